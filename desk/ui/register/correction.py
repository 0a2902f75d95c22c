"""Koreksi data: fix a saved request's visitor details, notes and channel (and its service while Diterima).

The form starts from the request as it stands. The stored NIK and phone show masked and are kept
unless the officer types over them ("Tampilkan" is the audited reveal, as in the intake form).
The store checks everything again and names each field at fault; the saved correction goes on the
request's timeline and, with its old and new values, into the audit trail.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.intake import MAX_ADDRESS, MAX_NAME, MAX_NOTES, MAX_ORGANISATION, MAX_REGION_TEXT
from desk.domain.records import RequestRecord
from desk.domain.status import CHANNEL_LABELS, ORGANISATION_KINDS, RECEIVED
from desk.store import walk_in
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.request_changes import RequestCorrection, correct_request
from desk.store.requests import InvalidRequest
from desk.store.work import Done
from desk.ui.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    actor_on_duty,
    add_field_row,
    show_error_text,
)
from desk.ui.intake.kept_value import NIK, PHONE, KeptValue
from desk.ui.intake.region_picker import RegionPicker
from desk.ui.intake.service_picker import ServicePicker
from desk.ui.register.reason import save_shortcuts
from desk.ui.translations import error_text
from desk.ui.widgets.wheel_guard import guard_wheel

log = logging.getLogger(__name__)

SEX_CHOICES = (("", "—"), ("L", "L — Laki-laki"), ("P", "P — Perempuan"))
FIELD_ORDER = ("name", "nik", "sex", "phone", "address", "region", "organisation", "organisation_kind",
               "service", "channel", "notes")


class CorrectionDialog(QDialog):
    """`answer` holds the store's answer (the corrected request and what changed) once it accepted it."""

    def __init__(self, db: Database, record: RequestRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("Koreksi data {ref}").format(ref=record.ref_number))
        self.db = db
        self.record = record
        self.answer: Done[RequestRecord] | None = None
        self.error_labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        form_data = walk_in.intake_form(db)
        regency = form_data.regency or self.tr("kabupaten ini")

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Data pemohon berlaku untuk semua permohonannya. Setiap koreksi dicatat pada "
                               "riwayat permohonan dan jejak audit (nilai lama dan baru)."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # spare height below the fields, not inside the address or notes rows
            columns.addLayout(column, 1)

        actor = actor_on_duty(db)
        self.name = QLineEdit(record.visitor_name)
        self.name.setMaxLength(MAX_NAME)
        self.nik = QLineEdit()
        self.nik.setMaxLength(24)
        self.kept_nik = KeptValue(db, actor, NIK, self.nik)
        self.sex = QComboBox()
        for code, label in SEX_CHOICES:
            self.sex.addItem(self.tr(label), code)
        self.sex.setCurrentIndex(max(0, self.sex.findData(record.visitor_sex or "")))
        self.phone = QLineEdit()
        self.phone.setMaxLength(24)
        self.kept_phone = KeptValue(db, actor, PHONE, self.phone)
        self.address = QPlainTextEdit(record.address_line)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.region = RegionPicker(list(form_data.kecamatan), self._load_desa,
                                   self.tr("Luar {regency}").format(regency=regency))
        self.region.region_text.setMaxLength(MAX_REGION_TEXT)
        self.region.set_values(record.visitor_kecamatan_code, record.visitor_desa_code, record.visitor_region_text)
        self.organisation = QLineEdit(record.organisation)
        self.organisation.setMaxLength(MAX_ORGANISATION)
        self.organisation_kind = QComboBox()
        for code, label in ORGANISATION_KINDS.items():
            self.organisation_kind.addItem(self.tr(label), code)
        self.organisation_kind.setCurrentIndex(max(0, self.organisation_kind.findData(record.organisation_kind)))

        unit_services = [s for s in form_data.services if s.unit_code == record.unit_code]
        self.service = ServicePicker(unit_services)
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service.setMinimumContentsLength(24)
        self.service.select_service(record.service_id)
        self.service.setEnabled(record.status == RECEIVED)
        self.service_note = QLabel(
            self.tr("Hanya layanan bidang {unit}. Untuk layanan bidang lain, batalkan permohonan ini lalu catat "
                    "permohonan baru.").format(unit=record.unit_name) if record.status == RECEIVED else
            self.tr("Layanan tidak dapat diganti lagi (status bukan Diterima). Bila salah layanan, batalkan "
                    "permohonan ini lalu catat permohonan baru."))
        self.service_note.setWordWrap(True)
        self.service_note.setStyleSheet(MUTED_STYLE)
        self.channel = QComboBox()
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(self.tr(label), code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(record.channel)))
        self.notes = QPlainTextEdit(record.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

        self._row(left, self.tr("N&ama"), self.name, "name")
        self._row(left, self.tr("&NIK"), self._with_reveal(self.kept_nik), "nik", buddy=self.nik,
                  extras=(self.kept_nik.refusal,))
        self._row(left, self.tr("&Jenis kelamin"), self.sex, "sex")
        self._row(left, self.tr("Nomor &HP"), self._with_reveal(self.kept_phone), "phone", buddy=self.phone,
                  extras=(self.kept_phone.refusal,))
        self._row(left, self.tr("A&lamat"), self.address, "address")
        self._row(left, self.tr("&Kecamatan / desa"), self.region, "region", buddy=self.region.kecamatan)
        self._row(left, self.tr("&Organisasi"), self.organisation, "organisation")
        self._row(left, self.tr("Jenis organ&isasi"), self.organisation_kind, "organisation_kind")
        self._row(right, self.tr("La&yanan"), self.service, "service", extras=(self.service_note,))
        self._row(right, self.tr("&Cara masuk"), self.channel, "channel")
        self._row(right, self.tr("Ca&tatan"), self.notes, "notes")
        # Kept values last: setting them validates nothing yet, and the reveal buttons stay out of Tab's way.
        if record.visitor_nik:
            self.kept_nik.keep(record.visitor_id, record.visitor_nik)
        if record.visitor_phone:
            self.kept_phone.keep(record.visitor_id, record.visitor_phone)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Simpan koreksi (Ctrl+S)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter in a field does not save half a correction
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self.save)
        save_shortcuts(self, self.save)
        guard_wheel(self)
        self.resize(980, 480)
        self.name.setFocus()

    @staticmethod
    def _with_reveal(kept: KeptValue) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(kept.edit, 1)
        row.addWidget(kept.reveal)
        return holder

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str, *, buddy: QWidget | None = None,
             extras: tuple[QWidget, ...] = ()) -> None:
        self.error_labels[key] = add_field_row(form, label, widget, key, buddy=buddy, extras=extras)
        self.fields[key] = buddy or widget

    def _load_desa(self, kecamatan_code: str) -> list[tuple[str, str]]:
        try:
            return walk_in.desa_of(self.db, kecamatan_code)
        except StoreError as exc:
            log.warning("desa list failed: %s", exc.message)
            return []

    def correction(self) -> RequestCorrection:
        kecamatan_code, desa_code, region_text = self.region.values()
        return RequestCorrection(
            name=self.name.text(), nik=self.kept_nik.value(), sex=self.sex.currentData() or "",
            phone=self.kept_phone.value(), address=self.address.toPlainText(), kecamatan_code=kecamatan_code,
            desa_code=desa_code, region_text=region_text, organisation=self.organisation.text(),
            organisation_kind=self.organisation_kind.currentData() or "", channel=self.channel.currentData() or "",
            notes=self.notes.toPlainText(), service_id=self.service.service_id(),
        )

    def save(self) -> None:
        for label in self.error_labels.values():
            show_error_text(label, "")
        self.problem.clear()
        correction = self.correction()
        errors: dict[str, str] = {}
        if self.service.isEnabled() and correction.service_id is None:
            errors["service"] = self.tr("Pilih layanan dari daftar.")
        if len(correction.address) > MAX_ADDRESS or len(correction.notes) > MAX_NOTES:
            key = "address" if len(correction.address) > MAX_ADDRESS else "notes"
            errors[key] = self.tr("Terlalu panjang (maksimal {n} huruf).").format(
                n=MAX_ADDRESS if key == "address" else MAX_NOTES)
        if not errors:
            try:
                done = correct_request(self.db, self.record.id, correction)
            except InvalidRequest as exc:
                errors = dict(exc.errors)
            except StoreError as exc:
                self.problem.setText(error_text(exc))
                return
            else:
                self.answer = done
                self.accept()
                return
        for key, message in errors.items():
            label = self.error_labels.get(key)
            if label is not None:
                show_error_text(label, message)
        first = next((key for key in FIELD_ORDER if key in errors), None)
        self.problem.setText(self.tr("Belum tersimpan: {message}").format(message=next(iter(errors.values()))))
        if first is not None:
            self.fields[first].setFocus()

    @classmethod
    def correct(cls, db: Database, record: RequestRecord, parent: QWidget | None = None
                ) -> Done[RequestRecord] | None:
        """Open the form; the store's answer, or None when the officer cancelled."""
        dialog = cls(db, record, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.exec()
        return dialog.answer
