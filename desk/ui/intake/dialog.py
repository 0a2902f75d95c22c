"""New request (Ctrl+N): NIK or phone first, a returning visitor filled in, then the service.

Every edit re-validates (debounced) with the same `clean_draft` the store applies,
so each message appears next to its field and Save says why it cannot save yet.
A message appears once the officer has left the field (or the NIK is complete, or a
save was tried), so a half-typed field is not shouted at. Enter moves to the next field
and saves from the last one; Ctrl+S saves from anywhere.

Personal data (UU 27/2022): a returning visitor's stored NIK and phone are filled in
masked and saved unchanged; "Tampilkan" beside them is the audited reveal (KeptValue).
The privacy notice and the opt-in consents sit under the visitor's fields; the consents
are recorded in the transaction that saves the request. Their boxes come after Catatan
in the Tab order (Enter still saves from Catatan) and tick with Alt+W / Alt+F / Alt+P.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.domain.intake import (
    MAX_NAME,
    MAX_NOTES,
    MAX_ORGANISATION,
    MAX_REGION_TEXT,
    RequestDraft,
    clean_draft,
)
from desk.domain.nik import clean_nik, parse_nik
from desk.domain.phone import normalize_phone
from desk.domain.records import RequestRecord, StandardRecord
from desk.domain.status import CHANNEL_LABELS, ORGANISATION_KINDS, status_label
from desk.store import walk_in
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import InvalidRequest, OpenRequest, VisitorMatch
from desk.ui.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    Debouncer,
    add_field_row,
    show_error_text,
)
from desk.ui.intake.kept_value import NIK, PHONE, KeptValue
from desk.ui.intake.region_picker import RegionPicker
from desk.ui.intake.service_panel import StandardPanel
from desk.ui.intake.service_picker import ServicePicker
from desk.ui.operations import publish
from desk.ui.screen_text import format_date
from desk.ui.translations import error_text, translated
from desk.ui.widgets.form_dialog import FormDialog
from desk.ui.widgets.wheel_guard import guard_wheel

log = logging.getLogger(__name__)

VALIDATE_DELAY_MS = 150
NIK_LENGTH = 16
# Field keys in the order the form shows them: the first one in error gets the focus.
FIELD_ORDER = (
    "nik", "phone", "name", "sex", "address", "region", "organisation", "organisation_kind",
    "service", "channel", "notes",
)
SEX_CHOICES = (("", "—"), ("L", "L — Laki-laki"), ("P", "P — Perempuan"))


SAVE_ANYWAY, OPEN_EXISTING = "save", "open"


def ask_about_duplicate(parent: QWidget, existing: OpenRequest) -> str | None:
    """The visitor has this request open for the same service: open it, save a new one anyway, or go back
    (None). Patched in tests."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("NewRequestDialog", "Permohonan yang sama masih terbuka"))
    box.setText(QCoreApplication.translate(
        "NewRequestDialog",
        "Pemohon ini masih mempunyai permohonan {ref} untuk layanan yang sama, berstatus {status}.\n\n"
        "Buka permohonan itu (isian ini tidak disimpan), atau simpan permohonan baru bila memang untuk "
        "kebutuhan yang lain.").format(ref=existing.ref_number, status=translated(status_label(existing.status))))
    open_it = box.addButton(QCoreApplication.translate("NewRequestDialog", "&Buka {ref}").format(
        ref=existing.ref_number), QMessageBox.ButtonRole.AcceptRole)
    save = box.addButton(QCoreApplication.translate("NewRequestDialog", "Tetap simpan &baru"),
                         QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(QCoreApplication.translate("NewRequestDialog", "&Kembali ke isian"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_it)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return OPEN_EXISTING if clicked is open_it else SAVE_ANYWAY if clicked is save else None


class NewRequestDialog(FormDialog):
    """The intake form. `saved(walk_in)` fires after the request is committed, with the saved
    request and its receipt (desk.store.walk_in.WalkIn)."""

    saved = Signal(object)
    open_existing = Signal(int)  # the officer chose to open the visitor's open request instead of a new one

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved_record: RequestRecord | None = None
        self.errors: dict[str, str] = {}
        self.warnings: list[str] = []
        self._shown: set[str] = set()  # fields whose message may be shown
        self._looked_up: set[str] = set()  # NIKs and phones already searched
        self._sex_from_nik = False
        self._dirty = False
        self._consent_touched = False  # the officer ticked or unticked a box: a lookup leaves them alone
        self._consent_of: VisitorMatch | None = None  # whose earlier decisions the boxes show
        self._standard: StandardRecord | None = None
        self._open_requests: tuple[OpenRequest, ...] = ()  # the returning visitor's, for the duplicate warning
        self._region_from_nik = False  # the kecamatan was preselected from the NIK, not chosen
        self._region_nik: str | None = None  # the region code of the NIK that preselected it
        self.setWindowTitle(self.tr("Permohonan baru"))
        self.setObjectName("new_request_dialog")

        form = walk_in.intake_form(db)
        self.today: date = form.today
        self.known_regions = set(form.known_regions)
        # The regency is data (office profile), not code: Desk serves other offices too.
        self.regency = form.regency or self.tr("kabupaten ini")
        self.privacy_notice = form.privacy_notice
        services, kecamatan = list(form.services), list(form.kecamatan)
        self._aliases = form.aliases

        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self._build(services, kecamatan)
        self._validate = Debouncer(VALIDATE_DELAY_MS, self.validate_now, self)
        self._connect()
        self.validate_now()
        self.nik.setFocus()
        self.resize(1180, 660)  # the consent panel widens the visitor column; the service keeps its room

    # --- layout -----------------------------------------------------------------------------

    def _build(self, services: list, kecamatan: list[tuple[str, str]]) -> None:
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        visitor_box = QGroupBox(self.tr("Pemohon"))
        visitor_column = QVBoxLayout(visitor_box)
        visitor_form = QFormLayout()
        visitor_column.addLayout(visitor_form)
        visitor_column.addStretch(1)  # spare height goes below the fields, not into the address row
        visitor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 angka dari KTP"))
        self.nik.setMaxLength(24)  # room for spaces or dots typed from a copy
        # Imported with the first form, not at start: the accounts package is heavy (see kept_value.NIK).
        from desk.ui.accounts.consent import ConsentPanel
        from desk.ui.accounts.reveal import acting_user

        actor = acting_user(self.db)
        self.kept_nik = KeptValue(self.db, actor, NIK, self.nik)
        self.nik_hint = QLabel()
        self.nik_hint.setObjectName("nik_hint")
        self.nik_hint.setStyleSheet(MUTED_STYLE)
        self.nik_hint.setWordWrap(True)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("08…, 628… atau +628…"))
        self.phone.setMaxLength(24)
        self.kept_phone = KeptValue(self.db, actor, PHONE, self.phone)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.sex = QComboBox()
        for code, label in SEX_CHOICES:
            self.sex.addItem(self.tr(label), code)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)  # multi-line, yet Tab moves on as in every other field
        self.address.setPlaceholderText(self.tr("Jalan, RT/RW, nomor rumah"))
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.region = RegionPicker(kecamatan, self._load_desa, self.tr("Luar {regency}").format(regency=self.regency))
        self.region.region_text.setMaxLength(MAX_REGION_TEXT)
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(MAX_ORGANISATION)
        self.organisation.setPlaceholderText(self.tr("Nama perusahaan, koperasi atau UMKM (bila ada)"))
        self.organisation_kind = QComboBox()
        for code, label in ORGANISATION_KINDS.items():
            self.organisation_kind.addItem(self.tr(label), code)

        self._row(visitor_form, self.tr("&NIK"), self._with_reveal(self.kept_nik), "nik",
                  extras=(self.nik_hint, self.kept_nik.refusal), buddy=self.nik)
        self._row(visitor_form, self.tr("Nomor &HP"), self._with_reveal(self.kept_phone), "phone",
                  extras=(self.kept_phone.refusal,), buddy=self.phone)
        self._row(visitor_form, self.tr("N&ama"), self.name, "name")
        self._row(visitor_form, self.tr("&Jenis kelamin"), self.sex, "sex")
        self._row(visitor_form, self.tr("A&lamat"), self.address, "address")
        self._row(visitor_form, self.tr("&Kecamatan / desa"), self.region, "region", buddy=self.region.kecamatan)
        self._row(visitor_form, self.tr("&Organisasi"), self.organisation, "organisation")
        self._row(visitor_form, self.tr("Jenis organ&isasi"), self.organisation_kind, "organisation_kind")
        self.visitor_note = QLabel()
        self.visitor_note.setObjectName("visitor_note")
        self.visitor_note.setWordWrap(True)
        self.visitor_note.setStyleSheet(OK_STYLE)
        self.visitor_note.hide()
        visitor_form.addRow(self.visitor_note)
        self.consent = ConsentPanel(self.privacy_notice)
        self.consent.setObjectName("consent")
        # The visitor column has height to spare; the notice gets it rather than a scroll bar.
        self.consent.notice.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        self.consent.notice.setTabChangesFocus(True)
        visitor_column.insertWidget(visitor_column.count() - 1, self.consent)  # above the stretch
        columns.addWidget(visitor_box, 5)

        service_box = QGroupBox(self.tr("Layanan"))
        service_form = QFormLayout(service_box)
        service_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.service = ServicePicker(services, aliases=self._aliases)
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service.setMinimumContentsLength(30)
        self.standard = StandardPanel()
        self.channel = QComboBox()
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(self.tr(label), code)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Catatan (Enter untuk menyimpan)"))
        self.notes.setMaxLength(MAX_NOTES)
        self.duplicate_note = QLabel()
        self.duplicate_note.setObjectName("duplicate_note")
        self.duplicate_note.setWordWrap(True)
        self.duplicate_note.setStyleSheet(ERROR_STYLE)
        self.duplicate_note.hide()
        self._row(service_form, self.tr("La&yanan"), self.service, "service", extras=(self.duplicate_note,))
        service_form.addRow(self.standard)
        self._row(service_form, self.tr("&Cara masuk"), self.channel, "channel")
        self._row(service_form, self.tr("Ca&tatan"), self.notes, "notes")
        columns.addWidget(service_box, 6)

        bottom = QHBoxLayout()
        self.save_reason = QLabel()
        self.save_reason.setObjectName("save_reason")
        self.save_reason.setWordWrap(True)
        self.save_reason.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("&Simpan (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Batal (Esc)"))
        self.cancel_button.setAutoDefault(False)
        bottom.addWidget(self.save_reason, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        outer.addLayout(bottom)

        # The buttons are reached by shortcut, not by Tab. Tab (and Enter) runs down the visitor's column,
        # the privacy notice and the consents included, then down the service's column; after Catatan
        # (where Enter saves) it wraps to the NIK.
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain: list[QWidget] = [
            self.nik, self.phone, self.name, self.sex, self.address, self.region.kecamatan, self.region.desa,
            self.region.region_text, self.organisation, self.organisation_kind, self.consent.notice,
            *self.consent.boxes.values(), self.service, self.standard.checklist, self.channel, self.notes,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        guard_wheel(self)  # scrolling over the form never changes the sex, kecamatan, service or channel

    @staticmethod
    def _with_reveal(kept: KeptValue) -> QWidget:
        """The line edit with its "Tampilkan" button (shown only for a returning visitor's stored value)."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(kept.edit, 1)
        row.addWidget(kept.reveal)
        return holder

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str, *, extras: tuple[QWidget, ...] = (),
             buddy: QWidget | None = None) -> None:
        self.error_labels[key] = add_field_row(form, label, widget, key, buddy=buddy, extras=extras)
        self.field_widgets[key] = buddy or widget

    def _connect(self) -> None:
        for edit in (self.phone, self.name, self.organisation, self.notes):
            edit.textChanged.connect(self._edited)
        self.nik.textChanged.connect(self._nik_edited)
        self.address.textChanged.connect(self._edited)
        for combo in (self.sex, self.organisation_kind, self.channel):
            combo.currentIndexChanged.connect(self._edited)
        self.region.changed.connect(self._edited)
        self.region.kecamatan.activated.connect(lambda _i: setattr(self, "_region_from_nik", False))
        self.service.service_changed.connect(self._service_changed)
        self.service.chosen.connect(self._service_chosen)
        self.service.editTextChanged.connect(self._edited)
        self.standard.ticks_changed.connect(self._edited)
        self.sex.activated.connect(lambda _i: setattr(self, "_sex_from_nik", False))
        for box in self.consent.boxes.values():
            box.clicked.connect(lambda _checked=False: setattr(self, "_consent_touched", True))

        # Leaving a field allows its message to show (watched app-wide: an editable combo with its
        # suggestion popup open does not always get a focus-out of its own).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.phone.editingFinished.connect(self._lookup_by_phone)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.save)

    # --- events -----------------------------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        key = self._key_of(old) if old is not None else None
        if key is not None and key not in self._shown:
            self._shown.add(key)
            self._validate.trigger()

    def _key_of(self, widget: QObject) -> str | None:
        if widget is self.address:
            return "address"
        if widget is self.service or widget is self.service.lineEdit():
            return "service"
        if widget is self.region.region_text:
            return "region"
        for key, field in self.field_widgets.items():
            if field is widget:
                return key
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.focusWidget() is self.notes:
                self.save()
            else:
                self.focusNextChild()
            return
        if key == Qt.Key.Key_Escape and plain:
            self.cancel()
            return
        super().keyPressEvent(event)

    def has_unsaved_input(self) -> bool:
        return self._dirty and self.saved_record is None

    def discard_question(self) -> str:
        return self.tr("Isian permohonan ini belum disimpan. Buang isian ini?")

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self._validate.trigger()

    def _nik_edited(self, text: str) -> None:
        self._edited()
        if len(clean_nik(text)) == NIK_LENGTH:
            # The 16th digit: find the returning visitor and read the sex now, before the next field.
            self._validate.flush()

    # --- lookups ----------------------------------------------------------------------------

    def _load_desa(self, kecamatan_code: str) -> list[tuple[str, str]]:
        try:
            return walk_in.desa_of(self.db, kecamatan_code)
        except StoreError as exc:
            log.warning("desa list failed: %s", exc.message)
            return []

    def _service_changed(self, service_id: int | None) -> None:
        self._standard = None
        if service_id is not None:
            try:
                self._standard = walk_in.standard_for_intake(self.db, service_id, self.today)
            except StoreError as exc:
                show_error_text(self.error_labels["service"], error_text(exc))
        self.standard.show_standard(self._standard, self.service.service_name(service_id) if service_id else "")
        self._update_duplicate()
        self._edited()

    def _service_chosen(self) -> None:
        """A service picked from the suggestions (Enter): on to its checklist, where Space ticks."""
        if self.service.service_id() is None:
            return
        target = self.standard.checklist if self.standard.checklist.isVisible() else self.channel
        target.setFocus()

    def _lookup(self, *, nik: str = "", phone: str = "") -> None:
        key = nik or phone
        if not key or key in self._looked_up:
            return
        self._looked_up.add(key)
        try:
            found = walk_in.find_returning_visitor(self.db, nik=nik, phone=phone)
        except StoreError as exc:
            log.warning("visitor lookup failed: %s", exc.message)
            return
        if found is not None:
            self.fill_visitor(found.visitor, found.consents)
            self._open_requests = found.open_requests
            self._update_duplicate()

    def _update_duplicate(self) -> None:
        """Warn, before saving, of the visitor's open request for the same service (found with the visitor)."""
        service_id = self.service.service_id()
        same = [r for r in self._open_requests if r.service_id == service_id] if service_id is not None else []
        if same:
            self.duplicate_note.setText(self.tr(
                "Pemohon ini masih mempunyai permohonan {ref} ({status}) untuk layanan ini. Saat menyimpan, "
                "Desk menawarkan membuka permohonan itu.").format(ref=same[0].ref_number,
                                                               status=translated(status_label(same[0].status))))
        self.duplicate_note.setVisible(bool(same))

    def _lookup_by_phone(self) -> None:
        try:
            phone = normalize_phone(self.phone.text())
        except DomainError:
            return
        self._lookup(phone=phone)

    def fill_visitor(self, match: VisitorMatch, consents: Mapping[str, bool] | None = None) -> None:
        """Fill the fields still empty from a returning visitor's last details (NIK and phone masked)."""
        if not self.nik.text().strip() and match.nik:
            self._looked_up.add(match.nik)
            self.kept_nik.keep(match.id, match.nik)
        if not self.phone.text().strip() and match.phone:
            self._looked_up.add(match.phone)
            self.kept_phone.keep(match.id, match.phone)
        if not self.name.text().strip():
            self.name.setText(match.name)
        if match.sex and (not self.sex.currentData() or self._sex_from_nik):
            self.sex.setCurrentIndex(self.sex.findData(match.sex))
        if not self.address.toPlainText().strip() and match.address:
            self.address.setPlainText(match.address)
        if self.region.is_empty() or self._region_from_nik:  # what they told us beats what the NIK suggests
            self.region.set_values(match.kecamatan_code, match.desa_code, match.region_text)
            self._region_from_nik = False
        if not self.organisation.text().strip() and match.organisation:
            self.organisation.setText(match.organisation)
        if not self.organisation_kind.currentData() and match.organisation_kind:
            index = self.organisation_kind.findData(match.organisation_kind)
            if index >= 0:
                self.organisation_kind.setCurrentIndex(index)
        if not self._consent_touched and consents is not None:  # their earlier decisions, to confirm or change
            self.consent.set_flags(consents)
            self._consent_of = match
        self.visitor_note.setText(
            self.tr("Pemohon lama ditemukan: {name}. Data diisi dari kunjungan sebelumnya; periksa dan "
                    "perbarui bila ada yang berubah.").format(name=match.name.rstrip("."))  # "S.Pd." ends a sentence once
        )
        self.visitor_note.show()

    # --- validation -------------------------------------------------------------------------

    def draft(self) -> RequestDraft:
        kecamatan_code, desa_code, region_text = self.region.values()
        return RequestDraft(
            service_id=self.service.service_id(),
            name=self.name.text(),
            nik=self.kept_nik.value(),  # a kept value is the stored one, never its mask
            sex=self.sex.currentData() or "",
            phone=self.kept_phone.value(),
            address=self.address.toPlainText(),
            kecamatan_code=kecamatan_code,
            desa_code=desa_code,
            region_text=region_text,
            organisation=self.organisation.text(),
            organisation_kind=self.organisation_kind.currentData() or "",
            channel=self.channel.currentData() or "",
            notes=self.notes.text(),
            documents_received=self.standard.ticks(),
        )

    def validate_now(self) -> dict[str, str]:
        """Check the form as it stands; update messages, the NIK hint and the Save button."""
        self._update_nik()
        cleaned, errors, warnings = clean_draft(self.draft(), self.today, self.known_regions)
        if self.region.outside and not self.region.values()[2]:
            errors["region"] = self.tr("Isi daerah asal pemohon dari luar {regency}.").format(regency=self.regency)
        self.errors = {key: translated(message) for key, message in errors.items()}  # N_() in the domain
        self.warnings = warnings
        self._forget_consents_of_someone_else(cleaned)
        if "nik" not in errors and len(cleaned.nik) == NIK_LENGTH:
            self._lookup(nik=cleaned.nik)
        self._show_errors()
        return errors

    def _forget_consents_of_someone_else(self, cleaned: RequestDraft) -> None:
        """Back to the unticked defaults once the form no longer names the visitor whose decisions were loaded.

        The same test the store links a visitor by (NIK, else phone and name without a NIK): one
        person's consent must never be recorded for another. Boxes the officer set are left alone.
        """
        match = self._consent_of
        if match is None or self._consent_touched:
            return
        if match.nik:
            same = cleaned.nik == match.nik
        else:
            same = not cleaned.nik and cleaned.phone == match.phone and cleaned.name.lower() == match.name.lower()
        if not same:
            self._consent_of = None
            self.consent.clear()

    def _update_nik(self) -> None:
        """Derive sex and birth date from a complete NIK; show what it says, or why it is wrong."""
        digits = clean_nik(self.nik.text())
        if len(digits) >= NIK_LENGTH:
            self._shown.add("nik")  # complete: a wrong NIK is shown at once
        if len(digits) != NIK_LENGTH:
            self.nik_hint.hide()
            return
        try:
            info = parse_nik(digits, self.today, self.known_regions)
        except DomainError:
            self.nik_hint.hide()
            return
        if not self.sex.currentData() or self._sex_from_nik:
            self.sex.blockSignals(True)
            self.sex.setCurrentIndex(self.sex.findData(info.sex))
            self.sex.blockSignals(False)
            self._sex_from_nik = True
        sex = self.tr("Perempuan") if info.sex == "P" else self.tr("Laki-laki")
        hint = self.tr("{sex}, lahir {born}").format(sex=sex, born=format_date(info.birth_date))
        code = info.region_code
        place = [self.tr("terdaftar di luar {regency} (kode wilayah {code})").format(
            regency=self.regency, code=f"{code[:2]}.{code[2:4]}.{code[4:]}")] if info.outside else []
        self.nik_hint.setText("; ".join([hint, *place, *info.warnings]))
        self.nik_hint.show()
        self._region_from(info.region_code, info.outside)

    def _region_from(self, region_code: str, outside: bool) -> None:
        """Preselect the kecamatan the NIK was registered in (or "Luar …"), once per NIK typed, unless the
        officer chose one."""
        if region_code == self._region_nik or not (self.region.is_empty() or self._region_from_nik):
            return
        self._region_nik = region_code
        dotted = f"{region_code[:2]}.{region_code[2:4]}.{region_code[4:]}"
        if outside:
            self.region.set_outside()
        elif not self.region.set_values(dotted, None, ""):
            return
        self._region_from_nik = True

    def _show_errors(self) -> None:
        for key, label in self.error_labels.items():
            show_error_text(label, self.errors.get(key, "") if key in self._shown else "")
        first = self._first_error()
        if first is None:
            self.save_button.setEnabled(True)
            self.save_button.setToolTip(self.tr("Simpan permohonan (Ctrl+S, atau Enter di Catatan)"))
            self.save_reason.clear()
            return
        self.save_button.setEnabled(False)
        reason = self.tr("Belum dapat disimpan: {message}").format(message=translated(self.errors[first]))
        self.save_button.setToolTip(reason)
        self.save_reason.setText(reason)

    def _first_error(self) -> str | None:
        ordered = [key for key in FIELD_ORDER if key in self.errors]
        ordered += [key for key in self.errors if key not in FIELD_ORDER]
        return ordered[0] if ordered else None

    def _focus_first_error(self) -> None:
        first = self._first_error()
        widget = self.field_widgets.get(first) if first else None
        if widget is not None:
            widget.setFocus()

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        self._validate.flush()
        if self.validate_now():
            self._shown.update(self.errors)  # a tried save shows every message
            self._show_errors()
            self._focus_first_error()
            return
        self._save(allow_duplicate=False)

    def _save(self, *, allow_duplicate: bool) -> None:
        try:
            # One operation: the consents stand or fall with the request, and carry its officer.
            done = walk_in.save_walk_in(self.db, self.draft(), self.consent.flags(), allow_duplicate=allow_duplicate)
        except walk_in.DuplicateRequest as exc:
            existing = exc.existing[0]
            choice = ask_about_duplicate(self, existing)
            if choice == SAVE_ANYWAY:
                self._save(allow_duplicate=True)
            elif choice == OPEN_EXISTING:
                self.saved_record = None
                self._dirty = False  # the officer chose to leave this form for the open request
                self.open_existing.emit(existing.id)
                self.reject()
            return
        except InvalidRequest as exc:
            self.errors = dict(exc.errors)
            self._shown.update(exc.errors)
            self._show_errors()
            self._focus_first_error()
            return
        except StoreError as exc:
            log.warning("saving a request failed: %s", exc.message)
            self.save_reason.setText(error_text(exc))
            QMessageBox.warning(self, self.tr("Permohonan belum tersimpan"), error_text(exc))
            return
        saved = done.value
        log.info("request %s saved", saved.request.ref_number)
        self.saved_record = saved.request
        publish(self.parent(), done.changes)
        self.saved.emit(saved)
        self.accept()
