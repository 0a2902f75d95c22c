"""New complaint (Ctrl+Shift+N): kind and channel, the complainant (or anonymous), what it is about, the text.

Keyboard first, as at the counter: Enter moves to the next field (in the text it starts a new
line), Ctrl+S saves from anywhere, Escape cancels (asking first when something was typed). The
same checks as the store (`clean_complaint`) run while typing; a message shows under its field
once the officer has left it or tried to save. An anonymous complaint asks no identity and no
contact: those fields are emptied and closed. The request a complaint is about is found by its
number (typed whole) or searched (F4), and then gives the unit and service.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.complaints import (
    CHANNEL_LABELS,
    KIND_LABELS,
    MAX_LAPOR_ID,
    MAX_SUBJECT,
    Channel,
    ComplaintDraft,
    clean_complaint,
)
from desk.store import complaints
from desk.store.complaints import InvalidComplaint, LinkableRequest, RecordedComplaint
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    Debouncer,
    add_field_row,
    office_tz,
    show_error_text,
)
from desk.ui.complaints.request_picker import RequestPicker
from desk.ui.operations import publish
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.form_dialog import FormDialog

log = logging.getLogger(__name__)

FIELD_ORDER = ("kind", "channel", "lapor_id", "name", "phone", "email", "address", "contact_consent", "request",
               "unit", "service", "subject", "description")
VALIDATE_DELAY_MS = 150


class NewComplaintDialog(FormDialog):
    """`saved(recorded)` after the complaint is committed, with its receipt (RecordedComplaint)."""

    saved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("new_complaint_dialog")
        self.setWindowTitle(self.tr("Pengaduan baru"))
        self.form_data = complaints.complaint_form(db)
        self.tz = office_tz(db)
        self.errors: dict[str, str] = {}
        self._shown: set[str] = set()
        self._dirty = False
        self.request: LinkableRequest | None = None
        self.picker: RequestPicker | None = None
        self.recorded: RecordedComplaint | None = None
        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self._build()
        self._validate = Debouncer(VALIDATE_DELAY_MS, self.validate_now, self)
        self._connect()
        self._sync_enabled()
        self.validate_now()
        self.kind.setFocus()
        self.resize(1100, 640)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        what = QGroupBox(self.tr("Jenis dan saluran"))
        what_form = self._form(what)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.channel = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(self.tr(label), channel.value)
        self.lapor_id = QLineEdit()
        self.lapor_id.setMaxLength(MAX_LAPOR_ID)
        self.lapor_id.setPlaceholderText(self.tr("Tracking ID dari lapor.go.id"))
        self._row(what_form, self.tr("&Jenis"), self.kind, "kind")
        self._row(what_form, self.tr("&Saluran"), self.channel, "channel")
        self._row(what_form, self.tr("&Tracking ID"), self.lapor_id, "lapor_id")
        left.addWidget(what)

        who = QGroupBox(self.tr("Pelapor"))
        who_form = self._form(who)
        self.anonymous = QCheckBox(self.tr("A&nonim (identitas tidak dicatat)"))
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("08…, 628… atau +628…"))
        self.phone.setMaxLength(24)
        self.email = QLineEdit()
        self.email.setMaxLength(200)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.contact_consent = QCheckBox(self.tr("Bersedia &dihubungi tentang pengaduan ini"))
        who_form.addRow(self.anonymous)
        self._row(who_form, self.tr("N&ama"), self.name, "name")
        self._row(who_form, self.tr("Nomor &HP"), self.phone, "phone")
        self._row(who_form, self.tr("&E-mail"), self.email, "email")
        self._row(who_form, self.tr("A&lamat"), self.address, "address")
        self._row(who_form, "", self.contact_consent, "contact_consent")
        left.addWidget(who)
        left.addStretch(1)
        columns.addLayout(left, 5)

        about = QGroupBox(self.tr("Pengaduan"))
        about_form = self._form(about)
        self.request_edit = QLineEdit()
        self.request_edit.setObjectName("request")
        self.request_edit.setPlaceholderText(self.tr("Nomor registrasi permohonan (bila ada)"))
        self.find_request = QPushButton(self.tr("Cari… (F4)"))
        self.find_request.setObjectName("find_request")
        self.find_request.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        request_row = QWidget()
        request_layout = QHBoxLayout(request_row)
        request_layout.setContentsMargins(0, 0, 0, 0)
        request_layout.addWidget(self.request_edit, 1)
        request_layout.addWidget(self.find_request)
        self.request_note = QLabel()
        self.request_note.setObjectName("request_note")
        self.request_note.setWordWrap(True)
        self.request_note.setStyleSheet(OK_STYLE)
        self.request_note.hide()
        self.is_applicant = QCheckBox(self.tr("Pelapor adalah &pemohon permohonan ini"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("— belum ditentukan —"), None)
        for unit in self.form_data.units:
            self.unit.addItem(unit.name, unit.id)
        self.service = QComboBox()
        self.service.addItem(self.tr("— tidak tentang layanan tertentu —"), None)
        for service in self.form_data.services:
            self.service.addItem(f"{service.code} — {service.name}", service.id)
        self.subject = QLineEdit()
        self.subject.setMaxLength(MAX_SUBJECT)
        self.subject.setPlaceholderText(self.tr("Ringkas, mis. Kartu AK/I belum selesai"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Isi pengaduan, saran atau permintaan informasi, "
                                                    "seperti disampaikan pelapor"))
        self._row(about_form, self.tr("Permohonan ter&kait"), request_row, "request", extras=(self.request_note,),
                  buddy=self.request_edit)
        self._row(about_form, "", self.is_applicant, "is_applicant")
        self._row(about_form, self.tr("&Unit"), self.unit, "unit")
        self._row(about_form, self.tr("La&yanan"), self.service, "service")
        self._row(about_form, self.tr("Pe&rihal"), self.subject, "subject")
        self._row(about_form, self.tr("&Isi"), self.description, "description")
        columns.addWidget(about, 6)

        bottom = QHBoxLayout()
        self.save_reason = QLabel()
        self.save_reason.setObjectName("save_reason")
        self.save_reason.setWordWrap(True)
        self.save_reason.setStyleSheet(ERROR_STYLE)
        hint = QLabel(self.tr("Enter: kolom berikutnya · Ctrl+S: simpan · Esc: batal"))
        hint.setStyleSheet(MUTED_STYLE)
        self.save_button = QPushButton(self.tr("Simpan (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button = QPushButton(self.tr("Batal (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bottom.addWidget(self.save_reason, 1)
        bottom.addWidget(hint)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        outer.addLayout(bottom)

        order: list[QWidget] = [self.kind, self.channel, self.lapor_id, self.anonymous, self.name, self.phone,
                                self.email, self.address, self.contact_consent, self.request_edit, self.is_applicant,
                                self.unit, self.service, self.subject, self.description]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str, *, extras: tuple[QWidget, ...] = (),
             buddy: QWidget | None = None) -> None:
        self.error_labels[key] = add_field_row(form, label, widget, key, buddy=buddy, extras=extras)
        self.field_widgets[key] = buddy or widget

    def _connect(self) -> None:
        for edit in (self.lapor_id, self.name, self.phone, self.email, self.subject):
            edit.textChanged.connect(self._edited)
        for text in (self.address, self.description):
            text.textChanged.connect(self._edited)
        for combo in (self.kind, self.channel, self.unit, self.service):
            combo.currentIndexChanged.connect(self._edited)
        for box in (self.anonymous, self.contact_consent, self.is_applicant):
            box.toggled.connect(self._edited)
        self.channel.currentIndexChanged.connect(self._sync_enabled)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.is_applicant.toggled.connect(self._sync_enabled)
        self.request_edit.textEdited.connect(self._request_typed)
        self.request_edit.editingFinished.connect(self._resolve_typed_request)
        self.find_request.clicked.connect(self.pick_request)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save, context=Qt.ShortcutContext.WindowShortcut)
        QShortcut(QKeySequence("F4"), self, activated=self.pick_request, context=Qt.ShortcutContext.WindowShortcut)

    # --- what the fields allow --------------------------------------------------------------------

    def _sync_enabled(self) -> None:
        lapor = self.channel.currentData() == Channel.LAPOR.value
        self.lapor_id.setEnabled(lapor)
        if not lapor:
            self.lapor_id.clear()
        anonymous = self.anonymous.isChecked()
        for widget in (self.name, self.phone, self.email, self.address, self.contact_consent):
            widget.setEnabled(not anonymous)
        # Enabled before the request is linked: the number is looked up as the cursor leaves it, and Tab
        # must not skip this box on the way. Ticked without a request, it says so under the field.
        self.is_applicant.setEnabled(not anonymous)
        if anonymous:
            self.is_applicant.setChecked(False)
        from_request = self.is_applicant.isChecked()
        self.name.setPlaceholderText(self.tr("diambil dari data pemohon") if from_request else "")
        self.phone.setPlaceholderText(self.tr("diambil dari data pemohon") if from_request
                                      else self.tr("08…, 628… atau +628…"))

    def _anonymous_toggled(self, on: bool) -> None:
        if on:
            for edit in (self.name, self.phone, self.email):
                edit.clear()
            self.address.clear()
            self.contact_consent.setChecked(False)
        self._sync_enabled()

    # --- the request it is about -------------------------------------------------------------------

    def _request_typed(self, _text: str) -> None:
        if self.request is not None:
            self.link_request(None)

    def _resolve_typed_request(self) -> None:
        typed = self.request_edit.text().strip()
        if not typed or (self.request is not None and typed == self.request.ref_number):
            return
        try:
            found = complaints.request_by_number(self.db, typed)
        except StoreError as exc:
            log.warning("request look-up failed: %s", exc.message)
            return
        if found is not None:
            self.link_request(found)

    def pick_request(self) -> RequestPicker:
        """Search the register (window-modal, not blocking); the chosen request is linked when picked."""
        picker = RequestPicker(self.db, self.tz, self.request_edit.text(), self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._picked(picker.chosen))
        self.picker = picker
        picker.open()
        return picker

    def _picked(self, found: LinkableRequest | None) -> None:
        if found is not None:
            self.link_request(found)
            self.is_applicant.setFocus()

    def link_request(self, request: LinkableRequest | None) -> None:
        """Link `request` (None: none); its unit and service fill the fields still empty."""
        self.request = request
        if request is None:
            self.request_note.hide()
        else:
            self.request_edit.setText(request.ref_number)
            self.request_note.setText(self.tr("{visitor} — {service} ({status})").format(
                visitor=request.visitor_name, service=request.service_name, status=request.status_label))
            self.request_note.show()
            if self.unit.currentData() is None:
                self.unit.setCurrentIndex(max(0, self.unit.findData(request.unit_id)))
            if self.service.currentData() is None:
                self.service.setCurrentIndex(max(0, self.service.findData(request.service_id)))
        self._sync_enabled()
        self._edited()

    # --- events --------------------------------------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        for key, widget in self.field_widgets.items():
            if widget is old and key not in self._shown:
                self._shown.add(key)
                self._validate.trigger()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.focusNextChild()
            return
        if event.key() == Qt.Key.Key_Escape and plain:
            self.cancel()
            return
        super().keyPressEvent(event)

    def has_unsaved_input(self) -> bool:
        return self._dirty and self.recorded is None

    def discard_question(self) -> str:
        return self.tr("Isian pengaduan ini belum disimpan. Buang isian ini?")

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self._validate.trigger()

    # --- validation and saving -------------------------------------------------------------------------

    def draft(self) -> ComplaintDraft:
        return ComplaintDraft(
            kind=self.kind.currentData(), channel=self.channel.currentData(), lapor_id=self.lapor_id.text(),
            anonymous=self.anonymous.isChecked(), name=self.name.text(), phone=self.phone.text(),
            email=self.email.text(), address=self.address.toPlainText(),
            contact_consent=self.contact_consent.isChecked(), subject=self.subject.text(),
            description=self.description.toPlainText(), unit_id=self.unit.currentData(),
            service_id=self.service.currentData(), request_id=self.request.id if self.request else None,
            complainant_is_applicant=self.is_applicant.isChecked(),
        )

    def validate_now(self) -> dict[str, str]:
        _cleaned, errors = clean_complaint(self.draft())
        if self.request_edit.text().strip() and self.request is None:
            errors["request"] = self.tr("Permohonan dengan nomor ini tidak ditemukan; cari dengan F4 atau kosongkan.")
        self.errors = errors
        self._show_errors()
        return errors

    def _show_errors(self) -> None:
        for key, label in self.error_labels.items():
            show_error_text(label, self.errors.get(key, "") if key in self._shown else "")
        first = self._first_error()
        if first is None:
            self.save_reason.clear()
            return
        self.save_reason.setText(self.tr("Belum dapat disimpan: {message}").format(message=translated(self.errors[first])))

    def _first_error(self) -> str | None:
        ordered = [k for k in FIELD_ORDER if k in self.errors] + [k for k in self.errors if k not in FIELD_ORDER]
        return ordered[0] if ordered else None

    def _refuse(self, errors: dict[str, str]) -> None:
        self.errors = errors
        self._shown.update(errors)
        self._show_errors()
        first = self._first_error()
        widget = self.field_widgets.get(first) if first else None
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    def save(self) -> None:
        self._validate.flush()
        errors = self.validate_now()
        if errors:
            self._refuse(errors)
            return
        try:
            done = complaints.record_complaint(self.db, self.draft())
        except InvalidComplaint as exc:
            self._refuse(dict(exc.errors))
            return
        except StoreError as exc:
            log.warning("saving a complaint failed: %s", type(exc).__name__)
            self.save_reason.setText(error_text(exc))
            dialogs.inform(self, self.tr("Pengaduan belum tersimpan"), error_text(exc), problem=True)
            return
        self.recorded = done.value
        log.info("complaint %s saved", done.value.complaint.number)
        publish(self.parent(), done.changes)
        self.saved.emit(done.value)
        self.accept()
