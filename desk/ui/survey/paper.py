"""Paper forms typed in, keyboard only: one line per form, fifty forms without touching the mouse.

A form is typed as: the nine answers as digits 1–4 in the order the paper asks them ("-" for a
question left blank), then sex (L/P), age, education (1–6) and job (1–6) — "-" for any left
blank — then the service code and the date, which stay from one form to the next. Each field
moves on by itself when it is full; Enter adds the form to the list below; Ctrl+S stores the
whole list at once. A key that does not belong in a field is refused as it is typed, with a
message saying what the field takes. The list: Delete removes a form, F2 takes it back to edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.messages import N_
from desk.domain.records import ServiceRecord
from desk.domain.skm import (
    EDUCATION_DIGITS,
    EDUCATIONS,
    FORM_ORDER,
    JOB_DIGITS,
    JOBS,
    SEXES,
    SOURCE_PAPER,
    UNSUR_BY_KEY,
    ResponseDraft,
    response_problems,
)
from desk.domain.skm_forms import BLANK, age_value, answer_digits, parse_answer_digits, parse_day
from desk.domain.text_id import format_numeric_date
from desk.store import survey
from desk.store.database import Database
from desk.store.survey import SurveySetup
from desk.ui.common import MUTED_STYLE, message_label, show_message, tr
from desk.ui.operations import run
from desk.ui.survey.words import unsur_name
from desk.ui.translations import error_text, translated
from desk.ui.widgets.buttons import button_row, push_button
from desk.ui.widgets.tables import fill_table, make_table

FIELDS = ("answers", "sex", "age", "education", "job", "service", "day")
HEADERS = (N_("No."), N_("Jawaban 1–9"), N_("JK"), N_("Umur"), N_("Pendidikan"), N_("Pekerjaan"), N_("Layanan"), N_("Tanggal"))


class FieldEdit(QLineEdit):
    """A field that refuses what does not belong (saying so) and moves on when it is full."""

    def __init__(self, key: str, pattern: str, full: Callable[[str], bool], refused: str, width: int,  # in digits
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(key)
        self.refused_message = refused
        self._full = full
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        font = self.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * width + 16)

    def is_full(self) -> bool:
        return self._full(self.text())


class PaperFormsPage(QWidget):
    def __init__(self, db: Database, setup: SurveySetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperForms")
        self.db = db
        self.today: date = setup.today
        self.services: dict[str, ServiceRecord] = {s.code.upper(): s for s in setup.services}
        self.forms: list[ResponseDraft] = []

        codes = ", ".join(f"{d}={translated(EDUCATIONS[c])}" for d, c in EDUCATION_DIGITS.items())
        jobs = ", ".join(f"{d}={translated(JOBS[c])}" for d, c in JOB_DIGITS.items())
        order = ", ".join(f"{i} {unsur_name(UNSUR_BY_KEY[k]).split(',')[0].split('/')[0]}" for i, k in enumerate(FORM_ORDER, 1))
        guide = QLabel(tr(
            "Satu baris untuk satu formulir, urut seperti di kertas: {order}. Jawaban 1–4, tanda - bila tidak "
            "dijawab. Setiap kolom pindah sendiri bila sudah penuh; Enter menambah formulir ke daftar; Ctrl+S "
            "menyimpan semua.").format(order=order))
        guide.setWordWrap(True)
        guide.setStyleSheet(MUTED_STYLE)
        codes_label = QLabel(tr("Pendidikan: {codes}. Pekerjaan: {jobs}.").format(codes=codes, jobs=jobs))
        codes_label.setWordWrap(True)
        codes_label.setStyleSheet(MUTED_STYLE)

        self.answers = FieldEdit("answers", r"[1-4\-]{0,9}", lambda t: len(t) == len(FORM_ORDER),
                                 tr("Jawaban hanya angka 1, 2, 3, 4 atau tanda - (tidak dijawab)."), 11)
        self.sex = FieldEdit("sex", r"[LlPp\-]?", lambda t: len(t) == 1,
                             tr("Jenis kelamin: L (laki-laki), P (perempuan) atau - (tidak diisi)."), 3)
        self.age = FieldEdit("age", r"(-|[0-9]{0,2})", lambda t: t == BLANK or len(t) == 2,
                             tr("Umur: dua angka tahun, atau - (tidak diisi)."), 4)
        self.education = FieldEdit("education", r"[1-6\-]?", lambda t: len(t) == 1,
                                   tr("Pendidikan: angka 1–6 ({codes}) atau - (tidak diisi).").format(codes=codes), 3)
        self.job = FieldEdit("job", r"[1-6\-]?", lambda t: len(t) == 1,
                             tr("Pekerjaan: angka 1–6 ({jobs}) atau - (tidak diisi).").format(jobs=jobs), 3)
        self.service = FieldEdit("service", r"[A-Za-z0-9]{0,10}", lambda _t: False,
                                 tr("Kode layanan hanya huruf dan angka, misalnya P1."), 6)
        completer = QCompleter(sorted(self.services), self.service)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.service.setCompleter(completer)
        self.day = FieldEdit("day", r"[0-9\-/]{0,10}", lambda _t: False,
                             tr("Tanggal: HH-BB-TTTT, misalnya 05-11-2026."), 11)
        self.day.setText(format_numeric_date(self.today))
        self.fields: dict[str, FieldEdit] = {f.key: f for f in (self.answers, self.sex, self.age, self.education,
                                                                self.job, self.service, self.day)}
        self.service_name = QLabel()
        self.service_name.setObjectName("serviceName")
        self.service_name.setStyleSheet(MUTED_STYLE)
        grid = QGridLayout()
        # Alt+letters that neither the menu bar nor the area's tabs and buttons use.
        labels = (tr("&Jawaban 1–9"), tr("JK"), tr("Umur"), tr("Pendidikan"), tr("Pekerjaan"), tr("Lay&anan"),
                  tr("Ta&nggal"))
        for column, (key, text) in enumerate(zip(FIELDS, labels, strict=True)):
            label = QLabel(text)
            label.setBuddy(self.fields[key])
            grid.addWidget(label, 0, column)
            grid.addWidget(self.fields[key], 1, column)
        grid.addWidget(self.service_name, 2, 5, 1, 3)
        grid.setColumnStretch(8, 1)
        self.message = message_label("paperMessage")
        self.table = make_table([tr(h) for h in HEADERS], "paperFormsList", stretch=6)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.count = QLabel()
        self.count.setObjectName("paperCount")
        self.save_button = push_button(tr("&Simpan semua (Ctrl+S)"), self.save, "savePaperForms")
        self.clear_button = push_button(tr("Kosongkan daftar"), self.clear_list, "clearPaperForms")

        layout = QVBoxLayout(self)
        layout.addWidget(guide)
        layout.addWidget(codes_label)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.save_button, self.clear_button, note=self.count))

        for field in self.fields.values():
            field.inputRejected.connect(lambda f=field: show_message(self.message, f.refused_message, problem=True))
            field.textEdited.connect(lambda _t, f=field: self._edited(f))
            field.returnPressed.connect(self.add_form)
        self.service.textChanged.connect(self._show_service)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Delete"), self.table, activated=self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("F2"), self.table, activated=self.edit_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.answers, self.sex)
        for first, second in zip(list(self.fields.values()), list(self.fields.values())[1:], strict=False):
            self.setTabOrder(first, second)
        self.setTabOrder(self.day, self.table)
        self.setFocusProxy(self.answers)
        self._refresh()

    # --- typing -----------------------------------------------------------------------------------

    def _edited(self, field: FieldEdit) -> None:
        if self.message.isVisible():
            self.message.hide()
        if field.key in ("sex", "service") and field.text() != field.text().upper():
            position = field.cursorPosition()
            field.setText(field.text().upper())
            field.setCursorPosition(position)
        if field.is_full():
            index = FIELDS.index(field.key)
            following = self.fields[FIELDS[index + 1]]
            following.setFocus()
            following.selectAll()

    def _show_service(self, text: str) -> None:
        service = self.services.get(text.strip().upper())
        self.service_name.setText(service.name if service else "")

    def _problem(self, key: str, message: str) -> None:
        show_message(self.message, message, problem=True)
        self.fields[key].setFocus()
        self.fields[key].selectAll()

    def add_form(self) -> ResponseDraft | None:
        """The typed form added to the list (its problem shown next to the fields otherwise)."""
        try:
            answers = parse_answer_digits(self.answers.text())
        except ValueError as exc:
            self._problem("answers", error_text(exc))
            return None
        sex = self.sex.text().upper().replace(BLANK, "")
        if sex not in ("", *SEXES):
            self._problem("sex", self.sex.refused_message)
            return None
        try:
            age = age_value(self.age.text())
        except ValueError as exc:
            self._problem("age", error_text(exc))
            return None
        education = EDUCATION_DIGITS.get(self.education.text(), "")
        job = JOB_DIGITS.get(self.job.text(), "")
        service = self.services.get(self.service.text().strip().upper())
        if service is None:
            self._problem("service", tr("Kode layanan {code} tidak dikenal.").format(code=self.service.text())
                          if self.service.text() else tr("Kode layanan wajib diisi, misalnya P1."))
            return None
        try:
            day = parse_day(self.day.text())
        except ValueError as exc:
            self._problem("day", error_text(exc))
            return None
        draft = ResponseDraft(service.id, day, answers, sex=sex, age=age, education=education, job=job,
                              source=SOURCE_PAPER)
        problems = response_problems(draft, self.today)
        if problems:
            key, message = problems[0]
            self._problem(key if key in self.fields else "day" if key == "surveyed_on" else "answers", message)
            return None
        self.forms.append(draft)
        for key in ("answers", "sex", "age", "education", "job"):
            self.fields[key].clear()
        self._refresh()
        self.table.scrollToBottom()
        show_message(self.message, tr("Formulir ke-{n} masuk daftar.").format(n=len(self.forms)))
        self.answers.setFocus()
        return draft

    # --- the list ---------------------------------------------------------------------------------

    def _refresh(self) -> None:
        codes = {s.id: s.code for s in self.services.values()}
        rows = [(str(i), answer_digits(f.answers), f.sex or BLANK, str(f.age) if f.age is not None else BLANK,
                 translated(EDUCATIONS.get(f.education, BLANK)), translated(JOBS.get(f.job, BLANK)), codes.get(f.service_id, "?"),
                 format_numeric_date(f.surveyed_on)) for i, f in enumerate(self.forms, 1)]
        fill_table(self.table, rows, keys=list(range(len(rows))))
        self.count.setText(tr("%n formulir belum disimpan", "", len(self.forms)) if self.forms else "")
        self.save_button.setEnabled(bool(self.forms))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.forms):
            del self.forms[row]
            self._refresh()
            self.table.setCurrentCell(min(row, len(self.forms) - 1), 0)

    def edit_selected(self) -> None:
        """The selected form back in the fields, out of the list, to correct and add again."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.forms):
            return
        form = self.forms.pop(row)
        codes = {s.id: s.code for s in self.services.values()}
        values = {
            "answers": answer_digits(form.answers), "sex": form.sex or BLANK,
            "age": str(form.age) if form.age is not None else BLANK,
            "education": next((d for d, c in EDUCATION_DIGITS.items() if c == form.education), BLANK),
            "job": next((d for d, c in JOB_DIGITS.items() if c == form.job), BLANK),
            "service": codes.get(form.service_id, ""), "day": format_numeric_date(form.surveyed_on),
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self._refresh()
        self.answers.setFocus()
        self.answers.selectAll()

    def clear_list(self) -> None:
        self.forms.clear()
        self._refresh()
        self.message.hide()
        self.answers.setFocus()

    def save(self) -> None:
        if not self.forms:
            self._problem("answers", tr("Belum ada formulir di daftar. Ketik formulir lalu tekan Enter."))
            return
        forms = list(self.forms)
        stored = run(self, lambda: survey.record_batch(self.db, forms), title=tr("Formulir belum tersimpan"))
        if stored is None:
            return
        self.forms.clear()
        self._refresh()
        show_message(self.message, tr("%n formulir tersimpan.", "", stored))
        self.answers.setFocus()

    def has_unsaved_forms(self) -> bool:
        return bool(self.forms)
