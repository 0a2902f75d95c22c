"""The visitor screen: the survey full screen on a second monitor or a touch screen at the counter.

Large type, one question at a time, each with its four labelled answers as big buttons (or the
keys 1–4); first the respondent's profile (sex, age, education, job), then the nine questions in
the order of the regulation's sample form. Nothing personal is asked or shown. The form is saved
when the last question is answered; a minute without a touch or a key throws away a half-filled
form and shows the welcome again. The window cannot be left without the password of the officer
who opened it (the corner button "Petugas", or Ctrl+Shift+Q).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.records import ServiceRecord
from desk.domain.skm import (
    EDUCATIONS,
    FORM_ORDER,
    JOBS,
    MAX_AGE,
    MIN_AGE,
    SEXES,
    SOURCE_SCREEN,
    UNSUR_BY_KEY,
    ResponseDraft,
)
from desk.store import accounts, survey
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import office_context
from desk.ui.common import tr
from desk.ui.operations import run
from desk.ui.survey.words import answer_labels, unsur_prompt
from desk.ui.translations import error_text

log = logging.getLogger(__name__)

IDLE_MS = 60_000  # a minute without a touch: the half-filled form is thrown away
THANKS_MS = 6_000
STYLE = """
#visitorSurvey { background: #f4f7fb; }
#visitorSurvey QLabel { color: #13294b; }
#visitorSurvey QLabel#title { font-size: 34pt; font-weight: bold; }
#visitorSurvey QLabel#question { font-size: 26pt; font-weight: bold; }
#visitorSurvey QLabel#step { font-size: 16pt; color: #4a5d7a; }
#visitorSurvey QLabel#text { font-size: 20pt; }
#visitorSurvey QLabel#error { font-size: 18pt; color: #a40000; }
#visitorSurvey QPushButton { font-size: 20pt; padding: 8px 24px; border-radius: 10px; background: white;
    border: 2px solid #8fa6c7; color: #13294b; min-height: 56px; }
#visitorSurvey QPushButton:focus { border: 4px solid #1f5fae; }
#visitorSurvey QPushButton:pressed { background: #d6e4f7; }
#visitorSurvey QPushButton#primary { background: #1f5fae; color: white; border-color: #1f5fae; }
#visitorSurvey QPushButton#officer { font-size: 11pt; padding: 4px 10px; min-height: 0; background: transparent;
    border: 1px solid #c8d3e3; color: #6b7c95; }
#visitorSurvey QListWidget { font-size: 17pt; }
#visitorSurvey QListWidget::item { padding: 6px; border-bottom: 1px solid #dde5f0; color: #13294b; }
#visitorSurvey QListWidget::item:selected { background: #1f5fae; color: white; }
#visitorSurvey QLineEdit { font-size: 30pt; padding: 8px; }
"""


def _label(text: str, name: str = "text", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, slot: Callable[[], object], name: str = "") -> QPushButton:
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    button.clicked.connect(slot)
    return button


class ChoicePage(QWidget):
    """A question and its answers as big buttons; the key of an answer's number chooses it too."""

    chosen = Signal(object)

    def __init__(self, step: str, question: str, choices: Sequence[tuple[object, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.values = [value for value, _label in choices]
        layout = QVBoxLayout(self)
        self.step = _label(step, "step")
        layout.addWidget(self.step)
        layout.addWidget(_label(question, "question"))
        layout.addSpacing(16)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons: list[QPushButton] = []
        columns = 2 if len(choices) > 4 else 1
        for i, (value, text) in enumerate(choices):
            button = _button(f"{i + 1}   {text}", lambda v=value: self.chosen.emit(v))
            self.buttons.append(button)
            grid.addWidget(button, i // columns if columns > 1 else i, i % columns if columns > 1 else 0)
        layout.addLayout(grid)
        layout.addStretch(1)

    def choose_number(self, number: int) -> bool:
        if 1 <= number <= len(self.values):
            self.chosen.emit(self.values[number - 1])
            return True
        return False


class VisitorSurvey(QWidget):
    """`saved(count)` after a form is stored (the number of forms for that service today)."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, *, idle_ms: int = IDLE_MS, thanks_ms: int = THANKS_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.db = db
        self.actor = actor
        self.setObjectName("visitorSurvey")
        self.setWindowTitle(tr("Survei Kepuasan Masyarakat"))
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        setup = survey.survey_setup(db)
        self.office_name = setup.office_name
        self.services: tuple[ServiceRecord, ...] = setup.services
        self.preset: int | None = None  # the service the officer set for the next visitor
        self.service_id: int | None = None
        self.answers: dict[str, int] = {}
        self.profile: dict[str, object] = {}
        self._leaving = False
        self._history: list[int] = []
        self._before_password = 0

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 30)
        top = QHBoxLayout()
        top.addStretch(1)
        self.officer_button = _button(tr("Petugas"), self.ask_password, "officer")
        self.officer_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.officer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.officer_button.setMinimumHeight(self.officer_button.fontMetrics().height() + 12)
        top.addWidget(self.officer_button)
        outer.addLayout(top)
        outer.addWidget(self.stack, 1)
        self.back_button = _button(tr("◀  Kembali"), self.back)
        self.back_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        outer.addLayout(bottom)

        self._build_pages()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self.reset)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_ms)
        self.thanks_timer.timeout.connect(self.reset)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.ask_password)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reset()

    # --- pages ----------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        welcome = QWidget()
        layout = QVBoxLayout(welcome)
        layout.addStretch(1)
        layout.addWidget(_label(tr("Survei Kepuasan Masyarakat"), "title"))
        layout.addWidget(_label(self.office_name, "text"))
        layout.addSpacing(20)
        self.welcome_service = _label("", "text")
        self.welcome_service.setObjectName("welcomeService")
        self.welcome_service.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(self.welcome_service)
        layout.addWidget(_label(tr(
            "Pendapat Anda membantu kami memperbaiki pelayanan. Survei ini tanpa nama: nama, NIK dan nomor HP "
            "Anda tidak ditanyakan. Ada 4 pertanyaan tentang Anda dan 9 pertanyaan tentang pelayanan."), "text"))
        layout.addSpacing(30)
        self.start_button = _button(tr("Mulai survei"), self.begin, "primary")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button, 2)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.welcome = self._add(welcome)

        pick = QWidget()
        layout = QVBoxLayout(pick)
        layout.addWidget(_label(tr("Layanan apa yang Anda terima hari ini?"), "question"))
        self.service_list = QListWidget()
        self.service_list.setObjectName("serviceList")
        for service in self.services:
            item = QListWidgetItem(f"{service.code}  {service.name}")
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            self.service_list.addItem(item)
        self.service_list.setWordWrap(True)
        self.service_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One touch chooses (a touch screen has no double click); Enter chooses from the keyboard.
        self.service_list.itemClicked.connect(lambda item: self._service_chosen(item.data(Qt.ItemDataRole.UserRole)))
        self.service_list.itemActivated.connect(lambda item: self._service_chosen(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.service_list, 1)
        self.service_page = self._add(pick)

        steps = 4 + len(FORM_ORDER)
        self.sex_page = self._choice(tr("Langkah 1 dari {n}").format(n=steps), tr("Jenis kelamin Anda"),
                                     list(SEXES.items()), "sex")
        age = QWidget()
        layout = QVBoxLayout(age)
        layout.addWidget(_label(tr("Langkah 2 dari {n}").format(n=steps), "step"))
        layout.addWidget(_label(tr("Berapa umur Anda (tahun)?"), "question"))
        self.age_edit = QLineEdit()
        self.age_edit.setObjectName("age")
        self.age_edit.setMaxLength(2)
        self.age_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.age_edit.setMaximumWidth(220)
        self.age_edit.returnPressed.connect(self._age_entered)
        self.age_edit.textChanged.connect(lambda _t: self.age_error.hide())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.age_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.age_error = _label("", "error")
        self.age_error.hide()
        layout.addWidget(self.age_error)
        pad = QGridLayout()
        pad.setSpacing(12)
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "Lanjut"]):
            if key == "⌫":
                button = _button(key, self.age_edit.backspace)
            elif key == "Lanjut":
                button = _button(tr("Lanjut"), self._age_entered, "primary")
            else:
                button = _button(key, lambda k=key: self.age_edit.insert(k))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typed digits stay in the field
            pad.addWidget(button, i // 3, i % 3)
        padding = QHBoxLayout()
        padding.addStretch(1)
        padding.addLayout(pad, 2)
        padding.addStretch(1)
        layout.addLayout(padding)
        layout.addStretch(1)
        self.age_page = self._add(age)
        self.education_page = self._choice(tr("Langkah 3 dari {n}").format(n=steps), tr("Pendidikan terakhir Anda"),
                                           list(EDUCATIONS.items()), "education")
        self.job_page = self._choice(tr("Langkah 4 dari {n}").format(n=steps), tr("Pekerjaan Anda"),
                                     list(JOBS.items()), "job")
        self.question_pages: list[int] = []
        for number, key in enumerate(FORM_ORDER, 1):
            unsur = UNSUR_BY_KEY[key]
            step = tr("Pertanyaan {i} dari {n}").format(i=number, n=len(FORM_ORDER))
            page = ChoicePage(step, unsur_prompt(unsur), list(enumerate(answer_labels(unsur), 1)))
            page.setObjectName(f"question_{key}")
            page.chosen.connect(lambda value, k=key: self._answered(k, value))
            self.question_pages.append(self._add(page))

        thanks = QWidget()
        layout = QVBoxLayout(thanks)
        layout.addStretch(1)
        layout.addWidget(_label(tr("Terima kasih!"), "title"))
        layout.addWidget(_label(tr("Jawaban Anda sudah kami simpan tanpa nama dan akan kami pakai untuk "
                                   "memperbaiki pelayanan."), "text"))
        layout.addStretch(2)
        self.thanks = self._add(thanks)

        password = QWidget()
        layout = QVBoxLayout(password)
        layout.addStretch(1)
        layout.addWidget(_label(tr("Khusus petugas"), "question"))
        layout.addWidget(_label(tr("Ketik kata sandi {name} untuk menutup layar survei.").format(
            name=self.actor.full_name), "text"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(420)
        self.password.returnPressed.connect(self.try_leave)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addStretch(1)
        layout.addLayout(row)
        self.password_error = _label("", "error")
        self.password_error.hide()
        layout.addWidget(self.password_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(_button(tr("Tutup layar survei"), self.try_leave, "primary"))
        buttons.addWidget(_button(tr("Batal"), self.cancel_leave))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.password_page = self._add(password)

    def _add(self, page: QWidget) -> int:
        return self.stack.addWidget(page)

    def _choice(self, step: str, question: str, choices: Sequence[tuple[object, str]], key: str) -> int:
        page = ChoicePage(step, question, choices)
        page.setObjectName(f"profile_{key}")
        page.chosen.connect(lambda value: self._profile_chosen(key, value))
        return self._add(page)

    # --- moving through the form ----------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    @property
    def waiting(self) -> bool:
        """On the welcome page: no visitor is filling in a form now."""
        return self.page == self.welcome

    def _go(self, page: int, *, remember: bool = True) -> None:
        if remember and self.page not in (self.welcome, self.thanks, self.password_page):
            self._history.append(self.page)
        self.stack.setCurrentIndex(page)
        self.back_button.setVisible(bool(self._history) and page not in (self.thanks, self.password_page))
        if page in (self.welcome, self.thanks):
            self.idle.stop()
        else:
            self.idle.start()
        if page != self.thanks:
            self.thanks_timer.stop()  # e.g. the officer asked to close while the thank-you was showing
        widget = self.stack.currentWidget()
        if page == self.age_page:
            self.age_edit.setFocus()
        elif page == self.password_page:
            self.password.setFocus()
        elif page == self.service_page:
            self.service_list.setFocus()
        elif isinstance(widget, ChoicePage):
            widget.setFocus()  # keys 1–4 answer; no answer looks chosen before the visitor chooses
        elif page == self.welcome:
            self.start_button.setFocus()

    def prepare(self, service_id: int | None) -> None:
        """The officer sets the service the next visitor received (None: the visitor chooses it)."""
        self.preset = service_id
        name = next((f"{s.code} — {s.name}" for s in self.services if s.id == service_id), "")
        self.welcome_service.setText(tr("Layanan: {name}").format(name=name) if name else "")
        self.welcome_service.setVisible(bool(name))

    def reset(self) -> None:
        """Back to the welcome page; a half-filled form is thrown away."""
        self.idle.stop()
        self.thanks_timer.stop()
        self.answers, self.profile, self._history = {}, {}, []
        self.service_id = self.preset
        self.age_edit.clear()
        self.password.clear()
        self.password_error.hide()
        self.service_list.setCurrentRow(0)
        self.prepare(self.preset)
        self._go(self.welcome, remember=False)

    def begin(self) -> None:
        self.service_id = self.preset
        self._go(self.sex_page if self.service_id is not None else self.service_page)

    def _service_chosen(self, service_id: int) -> None:
        self.service_id = service_id
        self._go(self.sex_page)

    def _profile_chosen(self, key: str, value: object) -> None:
        self.profile[key] = value
        following = {"sex": self.age_page, "education": self.job_page, "job": self.question_pages[0]}
        self._go(following[key])

    def _age_entered(self) -> None:
        text = self.age_edit.text().strip()
        if not text.isdigit() or not MIN_AGE <= int(text) <= MAX_AGE:
            self.age_error.setText(tr("Tulis umur Anda dalam tahun, {low} sampai {high}.").format(
                low=MIN_AGE, high=MAX_AGE))
            self.age_error.show()
            return
        self.profile["age"] = int(text)
        self._go(self.education_page)

    def _answered(self, key: str, value: int) -> None:
        self.answers[key] = value
        position = FORM_ORDER.index(key)
        if position + 1 < len(FORM_ORDER):
            self._go(self.question_pages[position + 1])
        else:
            self._save()

    def back(self) -> None:
        if self._history:
            self._go(self._history.pop(), remember=False)

    def _save(self) -> None:
        assert self.service_id is not None
        try:
            today = office_context(self.db).clock.today
        except StoreError as exc:
            log.warning("visitor survey: %s", exc.message)
            return
        draft = ResponseDraft(
            service_id=self.service_id, surveyed_on=today, answers=dict(self.answers),
            sex=str(self.profile.get("sex", "")), age=self.profile.get("age"),  # type: ignore[arg-type]
            education=str(self.profile.get("education", "")), job=str(self.profile.get("job", "")),
            source=SOURCE_SCREEN,
        )
        count = run(self, lambda: survey.record_response(self.db, draft),
                    title=tr("Jawaban belum tersimpan"))
        if count is None:
            return
        self.preset = None  # the next visitor may have received another service
        self._go(self.thanks, remember=False)
        self.idle.stop()
        self.thanks_timer.start()
        self.saved.emit(count)

    # --- leaving ----------------------------------------------------------------------------------

    def ask_password(self) -> None:
        if self.page != self.password_page:
            self._before_password = self.welcome if self.page == self.thanks else self.page
        self.password.clear()
        self.password_error.hide()
        self._go(self.password_page, remember=False)

    def cancel_leave(self) -> None:
        """Back to where the visitor was (a form half filled in stays)."""
        self.password.clear()
        self._go(self._before_password, remember=False)
        if self._before_password == self.welcome:
            self.reset()

    def try_leave(self) -> None:
        try:
            accounts.login(self.db, self.actor.username, self.password.text())
        except StoreError as exc:
            self.password.clear()
            self.password_error.setText(error_text(exc))
            self.password_error.show()
            return
        self._leaving = True
        self.close()

    def show_on_visitor_screen(self, beside: QWidget | None = None) -> None:
        """Full screen on a screen other than `beside`'s when there is one (the visitor's monitor)."""
        screens = QGuiApplication.screens()
        own = beside.screen() if beside is not None else None
        target = next((s for s in screens if s is not own), None) or own or QGuiApplication.primaryScreen()
        if target is not None:
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.start_button.setFocus()

    # --- events -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        touched = event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
        if touched and self.page not in (self.welcome, self.thanks) and isinstance(watched, QWidget) \
                and watched.window() is self:
            self.idle.start()  # a minute from the last touch or key
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        widget = self.stack.currentWidget()
        if isinstance(widget, ChoicePage) and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            widget.choose_number(key - Qt.Key.Key_0)
            return
        if key == Qt.Key.Key_Escape:
            if self.page == self.password_page:
                self.cancel_leave()
            else:
                self.back()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.page == self.welcome:
            self.begin()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the officer's password closes it (or Desk itself quitting): never Alt+F4 by a visitor.
        if event.spontaneous() and not self._leaving:
            event.ignore()
            self.ask_password()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle.stop()
        self.thanks_timer.stop()
        super().closeEvent(event)

    def close_for_quit(self) -> None:
        """Closed by Desk itself (the main window closing)."""
        self._leaving = True
        self.close()
