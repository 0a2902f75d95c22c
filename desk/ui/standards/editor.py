"""The admin's editor for all 14 components: saving writes a NEW version, never changes an old one.

It opens with the newest version's content; the admin changes what the new SK says, gives the
date it takes effect, the SK number and (when known) the forum that approved it, and saves. The
service's aliases (the names people use for it, which the look-up also finds) are edited here
too; when only they change, they are saved without a new version.
Every field is checked while typing with the same rules the store applies (desk.domain.
standard_rules), each message under its field; the store's own checks (the date against
earlier versions, nothing changed) come back the same way. Nothing is half-saved: the version
and all its lines are written in one transaction, or not at all.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.records import StandardRecord
from desk.domain.standard_rules import (
    COMPONENT_BY_KEY,
    MANAGEMENT_COMPONENTS,
    MANAGEMENT_HEADING,
    MAX_DAYS,
    MAX_FEE,
    MAX_MINUTES,
    NOTES_LABEL,
    PUBLIC_COMPONENTS,
    PUBLIC_HEADING,
    StandardDraft,
    clean_aliases,
    clean_standard,
    draft_of,
    same_content,
    split_aliases,
)
from desk.store import standards
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, Debouncer, error_label, show_error_text
from desk.ui.operations import publish
from desk.ui.standards.list_editor import ListEditor
from desk.ui.translations import error_text

VALIDATE_DELAY_MS = 200
# Field keys in the order the form shows them: the first one in error gets the focus on save.
FIELD_ORDER = ("requirements", "steps", "duration", "fee", "product", "complaints", "legal_basis", "facilities",
               "competence", "supervision", "staff_count", "service_assurance", "safety_assurance",
               "performance_evaluation", "notes", "aliases", "effective_date", "sk_number", "forum_id")


class StandardEditor(QDialog):
    """`saved(SavedStandard)` after a successful save (its changes already published); `saved_record`
    holds the service's newest version then."""

    saved = Signal(object)

    def __init__(self, db: Database, service_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service_id = service_id
        self.saved_record: StandardRecord | None = None
        self._tried = False
        self.setObjectName("standard_editor")
        form = standards.editor_form(db, service_id)
        self.entry, self.base, self.forums, self.today = form.entry, form.base, form.forums, form.today
        self.setWindowTitle(self.tr("Ubah standar pelayanan — {code}").format(code=self.entry.service.code))
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        self._fill(draft_of(self.base) if self.base else None)
        self._validate = Debouncer(VALIDATE_DELAY_MS, self.validate_now, self)
        self._connect()
        self.resize(1000, 720)
        self.list_editor("requirements").list.setFocus()  # the standard first; its other names are above it

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(f"<b>{self.entry.service.code} — {self.entry.service.name}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        outer.addWidget(title)
        intro = QLabel(
            self.tr("Disimpan sebagai versi {n}, dimulai dari isi versi {base}. Versi lama tetap tersimpan dan "
                    "permohonan yang sudah diterima tetap memakai versinya.").format(
                n=(self.base.version_no + 1) if self.base else 1, base=self.base.version_no if self.base else "—")
            if self.base else self.tr("Layanan ini belum mempunyai standar: ini akan menjadi versi 1."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        outer.addWidget(intro)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        names = QGroupBox(self.tr("Nama lain layanan (untuk pencarian)"))
        names_form = QFormLayout(names)
        self.aliases = QLineEdit()
        self.aliases.setObjectName("aliases")
        self.aliases.setPlaceholderText(self.tr("mis. kartu kuning, AK1, AK/1 (pisahkan dengan koma)"))
        self._row(names_form, self.tr("&Nama lain"), self.aliases, "aliases")
        hint = QLabel(self.tr("Nama yang biasa dipakai masyarakat untuk layanan ini; pencarian standar juga "
                              "menemukannya. Mengubah nama lain saja tidak membuat versi baru."))
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        names_form.addRow("", hint)
        column.addWidget(names)

        public = QGroupBox(self.tr("A. {heading} (ditampilkan kepada masyarakat)").format(heading=PUBLIC_HEADING))
        public_form = QFormLayout(public)
        for component in PUBLIC_COMPONENTS:
            self._add_component(public_form, component.key)
        column.addWidget(public)
        management = QGroupBox(self.tr("B. {heading}").format(heading=MANAGEMENT_HEADING))
        management_form = QFormLayout(management)
        for component in MANAGEMENT_COMPONENTS:
            self._add_component(management_form, component.key)
        self.notes = self._text("notes", 2)
        self._row(management_form, NOTES_LABEL, self.notes, "notes")
        column.addWidget(management)


        version = QGroupBox(self.tr("Pengesahan versi baru"))
        version_form = QFormLayout(version)
        self.effective_date = QDateEdit()
        self.effective_date.setObjectName("effective_date")
        self.effective_date.setCalendarPopup(True)
        self.effective_date.setDisplayFormat("dd-MM-yyyy")
        self.sk_number = QLineEdit()
        self.sk_number.setObjectName("sk_number")
        self.sk_number.setMaxLength(120)
        self.sk_number.setPlaceholderText(self.tr("mis. 188.4/123/DKUKMTK/2025"))
        self.forum = QComboBox()
        self.forum.setObjectName("forum_id")
        self.forum.addItem(self.tr("— tidak disebutkan —"), None)
        for forum in self.forums:
            self.forum.addItem(forum.label(), forum.id)
        self._row(version_form, self.tr("Tanggal &berlaku"), self.effective_date, "effective_date")
        self._row(version_form, self.tr("Nomor &SK"), self.sk_number, "sk_number")
        self._row(version_form, self.tr("Disetujui dalam &forum"), self.forum, "forum_id")
        column.addWidget(version)

        bottom = QHBoxLayout()
        self.message = error_label("message")
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        self.save_button = QPushButton(self.tr("&Simpan sebagai versi baru (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        bottom.addWidget(self.save_button)
        bottom.addWidget(cancel)
        outer.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    def _add_component(self, form: QFormLayout, key: str) -> None:
        component = COMPONENT_BY_KEY[key]
        label = f"{component.number}. {component.label}"
        if component.kind == "list":
            widget: QWidget = ListEditor(key)
        elif component.kind == "duration":
            widget = self._duration_widget()
        elif component.kind == "fee":
            widget = self._fee_widget()
        else:
            widget = self._text(key, 2 if key in ("product", "staff_count") else 3)
        self._row(form, label, widget, key)

    def _text(self, key: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(key)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _duration_widget(self) -> QWidget:
        box = QWidget()
        box.setObjectName("duration")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.same_day = QRadioButton(self.tr("Selesai di hari yang sama"))
        self.same_day.setObjectName("same_day")
        self.working_days = QRadioButton(self.tr("Hari kerja:"))
        self.working_days.setObjectName("working_days")
        group = QButtonGroup(box)
        group.addButton(self.same_day)
        group.addButton(self.working_days)
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(1, MAX_DAYS)
        self.days.setSuffix(self.tr(" hari kerja"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSpecialValueText(self.tr("tidak ditentukan"))
        self.minutes.setSuffix(self.tr(" menit"))
        self.minutes_label = QLabel(self.tr("lama layanan:"))
        for widget in (self.same_day, self.minutes_label, self.minutes, self.working_days, self.days):
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _fee_widget(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.fee = QSpinBox()
        self.fee.setObjectName("fee")
        self.fee.setRange(0, MAX_FEE)
        self.fee.setPrefix("Rp")
        self.fee.setSingleStep(1000)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSpecialValueText(self.tr("Gratis (Rp0)"))
        self.fee.setMinimumWidth(200)
        row.addWidget(self.fee)
        hint = QLabel(self.tr("rupiah, tanpa sen; 0 = Gratis"))
        hint.setStyleSheet(MUTED_STYLE)
        row.addWidget(hint)
        row.addStretch(1)
        return box

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(f"error_{key}")
        column.addWidget(error)
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setMinimumWidth(190)
        caption.setMaximumWidth(230)
        caption.setBuddy(self.fee if key == "fee" else widget)
        form.addRow(caption, holder)
        self.fields[key] = widget
        self.errors[key] = error

    # --- content ------------------------------------------------------------------------------

    def list_editor(self, key: str) -> ListEditor:
        widget = self.fields[key]
        assert isinstance(widget, ListEditor)
        return widget

    def text_edit(self, key: str) -> QPlainTextEdit:
        widget = self.fields[key]
        assert isinstance(widget, QPlainTextEdit)
        return widget

    def _fill(self, draft: StandardDraft | None) -> None:
        for key in ("requirements", "steps", "complaints", "legal_basis"):
            self.list_editor(key).set_lines(getattr(draft, key) if draft else ())
        for key in ("product", "facilities", "competence", "supervision", "staff_count", "service_assurance",
                    "safety_assurance", "performance_evaluation", "notes"):
            self.text_edit(key).setPlainText(getattr(draft, key) if draft else "")
        same_day = draft.same_day if draft else True
        (self.same_day if same_day else self.working_days).setChecked(True)
        self.days.setValue(draft.duration_days or 1 if draft and not same_day else 1)
        self.minutes.setValue(draft.duration_minutes or 0 if draft else 0)
        self.fee.setValue(draft.fee if draft else 0)
        # A new version takes effect today unless the admin says otherwise; the SK is the new one's to type.
        start = max(self.today, self.base.effective_date) if self.base else self.today
        self.effective_date.setDate(QDate(start.year, start.month, start.day))
        self.sk_number.setText("")
        self.forum.setCurrentIndex(max(0, self.forum.findData(draft.forum_id)) if draft and draft.forum_id else 0)
        self.aliases.setText(", ".join(self.entry.aliases))
        self._duration_mode()

    def _connect(self) -> None:
        for key in ("requirements", "steps", "complaints", "legal_basis"):
            self.list_editor(key).changed.connect(self._edited)
        for key in ("product", "facilities", "competence", "supervision", "staff_count", "service_assurance",
                    "safety_assurance", "performance_evaluation", "notes"):
            self.text_edit(key).textChanged.connect(self._edited)
        self.same_day.toggled.connect(lambda _on: (self._duration_mode(), self._edited()))
        for spin in (self.days, self.minutes, self.fee):
            spin.valueChanged.connect(self._edited)
        self.effective_date.dateChanged.connect(self._edited)
        self.sk_number.textChanged.connect(self._edited)
        self.aliases.textChanged.connect(self._edited)
        self.forum.currentIndexChanged.connect(self._edited)

    def _duration_mode(self) -> None:
        same_day = self.same_day.isChecked()
        self.days.setEnabled(not same_day)
        self.minutes.setEnabled(same_day)
        self.minutes_label.setEnabled(same_day)

    def _edited(self, *_args: object) -> None:
        self._validate.trigger()

    def draft(self) -> StandardDraft:
        qdate = self.effective_date.date()
        same_day = self.same_day.isChecked()
        return StandardDraft(
            effective_date=date(qdate.year(), qdate.month(), qdate.day()),
            sk_number=self.sk_number.text(),
            forum_id=self.forum.currentData(),
            same_day=same_day,
            duration_days=None if same_day else self.days.value(),
            duration_minutes=(self.minutes.value() or None) if same_day else None,
            fee=self.fee.value(),
            **{key: self.list_editor(key).lines() for key in ("requirements", "steps", "complaints", "legal_basis")},
            **{key: self.text_edit(key).toPlainText() for key in (
                "product", "facilities", "competence", "supervision", "staff_count", "service_assurance",
                "safety_assurance", "performance_evaluation", "notes")},
        )

    # --- checking and saving ------------------------------------------------------------------

    def alias_list(self) -> tuple[str, ...]:
        return split_aliases(self.aliases.text())

    def aliases_changed(self) -> bool:
        return clean_aliases(self.alias_list())[0] != self.entry.aliases

    def validate_now(self) -> dict[str, str]:
        _cleaned, errors = clean_standard(self.draft())
        if problem := clean_aliases(self.alias_list())[1]:
            errors["aliases"] = problem
        if self.only_aliases():
            errors.pop("sk_number", None)  # only the aliases are saved: no new version, so no SK
        # Before the first save, only fields already filled are judged: an empty SK is not yet an error.
        shown = errors if self._tried else {k: v for k, v in errors.items() if k != "sk_number"}
        self.show_errors(shown)
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            show_error_text(label, errors.get(key, ""))
        general = [message for key, message in errors.items() if key not in self.errors]
        show_error_text(self.message, " ".join(general) or (
            self.tr("Periksa isian yang ditandai merah.") if errors and self._tried else ""))

    def save(self) -> None:
        self._tried = True
        self._validate.flush()
        errors = self.validate_now()
        if errors:
            self._focus_first(errors)
            return
        try:
            done = standards.save_version(self.db, self.service_id, self.draft(), self.alias_list())
        except standards.InvalidStandard as exc:
            self.show_errors(exc.errors)
            self._focus_first(exc.errors)
            return
        except StoreError as exc:
            show_error_text(self.message, error_text(exc))
            return
        self.saved_record = done.value.record
        publish(self, done.changes)
        self.saved.emit(done.value)
        self.accept()

    def only_aliases(self) -> bool:
        """Whether this save changes only the aliases: the standard as it is, no new SK (store.save_version)."""
        return (self.base is not None and self.aliases_changed() and not self.sk_number.text().strip()
                and same_content(self.base, clean_standard(self.draft())[0]))

    def _focus_first(self, errors: dict[str, str]) -> None:
        key = next((k for k in FIELD_ORDER if k in errors), None)
        widget = self.fields.get(key) if key else None
        if widget is None:
            return
        target = widget.list if isinstance(widget, ListEditor) else widget
        if key == "duration":
            target = self.days if self.working_days.isChecked() else self.minutes
        elif key == "fee":
            target = self.fee
        target.setFocus()
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget)

    @classmethod
    def open_for(cls, parent: QWidget | None, db: Database, service_id: int) -> StandardEditor:
        """Open the editor without blocking (window-modal); `saved` fires when a save went through."""
        dialog = cls(db, service_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
