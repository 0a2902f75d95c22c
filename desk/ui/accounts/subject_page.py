"""The data-subject screen (admin): find a person, their consents, and their requests under UU 27/2022.

Workflow: find the person; record their request (kind, how and when it was
received: the 3×24-hour clock starts then); handle it: access → export JSON and
PDF, correction → corrected fields, erasure → anonymise, withdrawal → consents
off. Handling completes the request with its time, so the screen (and the
audit trail) show whether the duty was met. Open requests of everyone are on
their own tab, late ones first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.consent import ConsentPurpose
from desk.domain.records import OfficeProfile
from desk.domain.subject_rights import SUBJECT_REQUEST_CHANNELS, SUBJECT_REQUEST_LABELS, SubjectRequestKind
from desk.store import consent, reveal, subjects
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.subjects import SubjectExport, SubjectMatch, SubjectRequestRecord, VisitorCorrection
from desk.store.work import Done
from desk.ui.accounts.retention import RetentionPage
from desk.ui.accounts.reveal import RevealField
from desk.ui.common import ERROR_STYLE, MUTED_STYLE, office_tz, short_datetime, tr
from desk.ui.operations import run
from desk.ui.screen_text import format_number
from desk.ui.translations import translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import button_row, close_buttons, push_button, save_cancel_buttons
from desk.ui.widgets.tables import fill_table, make_table, selected_key

T = TypeVar("T")


class SubjectRequestDialog(QDialog):
    """Record a request as received: kind, channel, when, note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catat permintaan subjek data"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, label in SUBJECT_REQUEST_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for key, label in SUBJECT_REQUEST_CHANNELS.items():
            self.channel.addItem(label, key)
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setObjectName("received")
        self.received.setDisplayFormat("dd-MM-yyyy HH.mm")
        self.received.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(self.tr("&Jenis:"), self.kind)
        form.addRow(self.tr("&Disampaikan melalui:"), self.channel)
        form.addRow(self.tr("Diterima &pada:"), self.received)
        form.addRow(self.tr("&Catatan:"), self.note)
        layout.addLayout(form)
        hint = QLabel(self.tr("Permintaan wajib ditanggapi paling lambat 3 × 24 jam sejak diterima."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(save_cancel_buttons(self, self.tr("&Catat"), cancel_text=self.tr("&Batal")))

    def values(self) -> tuple[str, str, datetime, str]:
        received = self.received.dateTime().toPython().astimezone(UTC)  # local wall clock → UTC
        return str(self.kind.currentData()), str(self.channel.currentData()), received, self.note.text()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str, str, datetime, str] | None:
        dialog = cls(parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CorrectionDialog(QDialog):
    """New values for the fields to correct; an empty field stays as it is."""

    FIELDS = (("name", "Nama"), ("nik", "NIK"), ("sex", "Jenis kelamin (L/P)"), ("phone", "Nomor HP"),
              ("address", "Alamat"), ("organisation", "Organisasi"))

    def __init__(self, current: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Perbaiki data"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Isi hanya yang diperbaiki. Nilai sekarang tampak samar di tiap kolom."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label in self.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(current.get(key, ""))
            self.edits[key] = edit
            form.addRow(self.tr(label) + ":", edit)
        layout.addLayout(form)
        layout.addWidget(save_cancel_buttons(self, self.tr("&Simpan perbaikan"), cancel_text=self.tr("&Batal")))

    def correction(self) -> VisitorCorrection:
        values = {k: e.text().strip() or None for k, e in self.edits.items()}
        if values["sex"]:
            values["sex"] = values["sex"].upper()
        return VisitorCorrection(**values)

    @classmethod
    def ask(cls, current: dict[str, str], parent: QWidget | None = None) -> VisitorCorrection | None:
        dialog = cls(current, parent)
        return dialog.correction() if dialog.exec() == QDialog.DialogCode.Accepted else None


def write_export(data: SubjectExport, folder: Path, office: OfficeProfile) -> list[Path]:
    """Save the JSON (full values: the person's own copy) and the PDF (NIK/phone masked, as every printout)."""
    from desk.documents.subject_export import render_subject_export  # ReportLab only when needed

    stem = f"data-pribadi-{data.visitor['id']}-{data.generated_at.astimezone(UTC):%Y%m%d-%H%M}"
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / f"{stem}.json"
    json_path.write_text(data.to_json(), encoding="utf-8")
    pdf_path = folder / f"{stem}.pdf"
    pdf_path.write_bytes(render_subject_export(data.as_dict(masked=True), office))
    return [json_path, pdf_path]


class SubjectPage(QWidget):
    """Find a person; their identifiers (masked, revealable), consents and data-subject requests."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db = db.as_user(actor)
        self.actor = actor
        self.tz = office_tz(db)
        self.matches: list[SubjectMatch] = []
        self.requests: list[SubjectRequestRecord] = []
        self.visitor_id: int | None = None
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("NIK lengkap, nomor HP lengkap, atau sebagian nama…"))
        self.search.returnPressed.connect(self.find)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(push_button(self.tr("&Cari"), self.find))
        layout.addLayout(search_row)

        splitter = QSplitter()
        self.results = make_table([
            self.tr("Nama"), self.tr("NIK"), self.tr("Nomor HP"), self.tr("Kecamatan"), self.tr("Permohonan"),
        ], "results")
        self.results.itemSelectionChanged.connect(self._select)
        splitter.addWidget(self.results)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        who = QGroupBox(self.tr("Orang"))
        who_form = QFormLayout(who)
        self.name = QLabel("—")
        self.name.setObjectName("name")
        self.nik = RevealField(db, actor, reveal.NIK)
        self.nik.setObjectName("nik")
        self.phone = RevealField(db, actor, reveal.PHONE)
        self.phone.setObjectName("phone")
        who_form.addRow(self.tr("Nama:"), self.name)
        who_form.addRow(self.tr("NIK:"), self.nik)
        who_form.addRow(self.tr("Nomor HP:"), self.phone)
        detail_layout.addWidget(who)

        consent_box = QGroupBox(self.tr("Persetujuan"))
        consent_layout = QVBoxLayout(consent_box)
        self.consents: dict[ConsentPurpose, QCheckBox] = {}
        for purpose in ConsentPurpose:
            box = QCheckBox(translated(purpose.label))
            box.setToolTip(translated(purpose.statement))
            box.setObjectName(purpose)
            self.consents[purpose] = box
            consent_layout.addWidget(box)
        self.consent_note = QLabel()
        self.consent_note.setStyleSheet(MUTED_STYLE)
        self.consent_note.setWordWrap(True)
        consent_layout.addWidget(self.consent_note)
        self.save_consents = push_button(self.tr("Simpan &persetujuan"), self.store_consents)
        consent_layout.addWidget(self.save_consents, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(consent_box)

        request_box = QGroupBox(self.tr("Permintaan subjek data (tanggapan paling lambat 3 × 24 jam)"))
        request_layout = QVBoxLayout(request_box)
        self.request_table = make_table([
            self.tr("No."), self.tr("Jenis"), self.tr("Diterima"), self.tr("Batas"), self.tr("Keadaan"),
        ], "requests")
        self.request_table.itemSelectionChanged.connect(self._update_buttons)
        request_layout.addWidget(self.request_table)
        self.record_button = push_button(self.tr("Catat &permintaan…"), self.record_request)
        self.handle_button = push_button(self.tr("&Tangani permintaan…"), self.handle_request, "handle")
        self.close_button = push_button(self.tr("Selesaikan &tanpa tindakan…"), self.close_request)
        request_layout.addLayout(button_row(self.record_button, self.handle_button, self.close_button))
        detail_layout.addWidget(request_box, 1)
        splitter.addWidget(detail)
        splitter.setSizes([480, 560])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._show_person(None)

    # --- finding --------------------------------------------------------------------------------

    def find(self) -> None:
        self.matches = subjects.find_subjects(self.db, self.search.text())
        fill_table(self.results, [[m.name, m.nik_masked, m.phone_masked, m.kecamatan, format_number(m.requests)]
                                  for m in self.matches], [m.visitor_id for m in self.matches])
        self.status.setText(self.tr("{n} orang ditemukan.").format(n=len(self.matches)) if self.matches
                            else self.tr("Tidak ada yang cocok. Cari dengan NIK atau nomor HP lengkap, atau nama."))
        if self.matches:
            self.results.selectRow(0)
        else:
            self._show_person(None)

    def open_person(self, visitor_id: int) -> None:
        """Show one person (from the open-requests tab)."""
        self.matches = []
        self.results.setRowCount(0)
        self._show_person(visitor_id)

    def _select(self) -> None:
        key = selected_key(self.results)
        self._show_person(int(key) if key is not None else None)  # type: ignore[call-overload]

    def _show_person(self, visitor_id: int | None) -> None:
        self.visitor_id = visitor_id
        enabled = visitor_id is not None
        for widget in (self.save_consents, self.record_button, *self.consents.values()):
            widget.setEnabled(enabled)
        if visitor_id is None:
            self.name.setText("—")
            self.nik.set_value(None, "")
            self.phone.set_value(None, "")
            self.requests = []
            self.request_table.setRowCount(0)
            self.consent_note.clear()
            self._update_buttons()
            return
        view = subjects.subject_view(self.db, visitor_id)
        self.view = view
        self.requests = list(view.requests)
        self.name.setText(view.name)
        self.nik.set_value(visitor_id, view.nik_masked)
        self.phone.set_value(visitor_id, view.phone_masked)
        notes = []
        for purpose, box in self.consents.items():
            record = view.consents[purpose]
            box.setChecked(bool(record and record.granted))
            if record is not None:
                notes.append(self.tr("{what}: {state} {when} oleh {who}").format(
                    what=record.purpose_label, state=self.tr("ya") if record.granted else self.tr("tidak"),
                    when=short_datetime(record.recorded_at, self.tz), who=record.recorded_by))
        self.consent_note.setText("\n".join(notes) or self.tr("Belum pernah ditanyakan (berarti tidak setuju)."))
        self._fill_requests()

    def _fill_requests(self) -> None:
        now = datetime.now(UTC)
        fill_table(self.request_table, [
            [str(r.id), r.kind_label, short_datetime(r.received_at, self.tz), short_datetime(r.due_at, self.tz),
             self._request_state(r, now)]
            for r in self.requests
        ], [r.id for r in self.requests])
        self._update_buttons()

    def _request_state(self, request: SubjectRequestRecord, now: datetime) -> str:
        if not request.done:
            return self.tr("TERLAMBAT") if request.overdue(now) else self.tr("terbuka")
        state = self.tr("selesai {t}").format(t=short_datetime(request.completed_at, self.tz))
        return state + self.tr(" (terlambat)") if request.overdue() else state

    def selected_request(self) -> SubjectRequestRecord | None:
        key = selected_key(self.request_table)
        return next((r for r in self.requests if r.id == key), None)

    def select_request(self, request_id: int) -> None:
        for row, r in enumerate(self.requests):
            if r.id == request_id:
                self.request_table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_request()
        open_one = chosen is not None and not chosen.done
        self.handle_button.setEnabled(open_one)
        self.close_button.setEnabled(open_one)

    # --- actions --------------------------------------------------------------------------------

    def _store(self, call: Callable[[], Done[T]], title: str) -> T | None:
        return run(self, call, title=title)

    def _refresh(self) -> None:
        visitor = self.visitor_id
        self._show_person(visitor)
        self.changed.emit()

    def store_consents(self) -> None:
        if self.visitor_id is None:
            return
        visitor = self.visitor_id
        flags = {p: box.isChecked() for p, box in self.consents.items()}
        self._store(lambda: consent.save_consents(self.db, visitor, flags), self.tr("Persetujuan"))
        self._refresh()

    def record_request(self) -> None:
        if self.visitor_id is None:
            return
        values = SubjectRequestDialog.ask(self)
        if values is None:
            return
        kind, channel, received, note = values
        visitor = self.visitor_id
        made = self._store(lambda: subjects.record_subject_request(
            self.db, visitor, kind, received_at=received, channel=channel, note=note), self.tr("Permintaan subjek data"))
        self._refresh()
        if made is not None:
            self.select_request(made.id)

    @classmethod
    def choose_folder(cls, parent: QWidget | None) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, tr("Simpan salinan data ke folder"))
        return Path(chosen) if chosen else None

    def handle_request(self) -> None:
        chosen = self.selected_request()
        if chosen is None or chosen.done or self.visitor_id is None:
            return
        handler = {
            SubjectRequestKind.ACCESS: self._handle_access, SubjectRequestKind.CORRECTION: self._handle_correction,
            SubjectRequestKind.ERASURE: self._handle_erasure, SubjectRequestKind.WITHDRAWAL: self._handle_withdrawal,
        }[SubjectRequestKind(chosen.kind)]
        handler(chosen)
        self._refresh()

    def _handle_access(self, chosen: SubjectRequestRecord) -> None:
        folder = self.choose_folder(self)
        if folder is None:
            return
        visitor = self.visitor_id
        assert visitor is not None
        handover = self._store(lambda: subjects.export_subject(self.db, visitor, subject_request_id=chosen.id),
                               self.tr("Salinan data"))
        if handover is None:
            return
        try:
            paths = write_export(handover.export, folder, handover.office)
        except OSError as exc:
            dialogs.inform(self, self.tr("Salinan data"), self.tr("Berkas tidak dapat disimpan: {e}").format(e=exc),
                           problem=True)
            return
        self.status.setText(self.tr("Salinan data disimpan: {files}").format(files=", ".join(str(p) for p in paths)))

    def _handle_correction(self, chosen: SubjectRequestRecord) -> None:
        current = {"name": self.name.text(), "nik": self.nik.masked, "phone": self.phone.masked}
        correction = CorrectionDialog.ask(current, self)
        if correction is None:
            return
        visitor = self.visitor_id
        changes = self._store(
            lambda: subjects.correct_subject(self.db, visitor, correction, subject_request_id=chosen.id),
            self.tr("Perbaikan data"))
        if changes:
            self.status.setText(self.tr("Data diperbaiki: {fields}.").format(fields=", ".join(sorted(changes))))

    def _handle_erasure(self, chosen: SubjectRequestRecord) -> None:
        visitor = self.visitor_id
        assert visitor is not None
        open_count = subjects.subject_view(self.db, visitor).open_requests
        warning = self.tr(" Masih ada {n} permohonan yang sedang berjalan; hasilnya tidak dapat dikabarkan lagi.").format(
            n=open_count) if open_count else ""
        if not dialogs.confirm(
            self, self.tr("Hapus data pribadi"),
            self.tr("Anonimkan data pribadi {name}? Nama, NIK, nomor HP, alamat dan organisasinya dihapus; "
                    "permohonannya tetap tercatat untuk statistik. Tindakan ini tidak dapat dibatalkan.").format(
                name=self.name.text()) + warning,
            self.tr("Anonimkan"), warning=True,
        ):
            return
        if self._store(lambda: subjects.erase_subject(self.db, visitor, subject_request_id=chosen.id),
                       self.tr("Hapus data pribadi")) is not None:
            self.status.setText(self.tr("Data pribadi sudah dianonimkan."))

    def _handle_withdrawal(self, chosen: SubjectRequestRecord) -> None:
        visitor = self.visitor_id
        assert visitor is not None
        withdrawn = self._store(lambda: subjects.withdraw_consents(self.db, visitor, subject_request_id=chosen.id),
                                self.tr("Penarikan persetujuan"))
        if withdrawn is not None:
            self.status.setText(self.tr("Persetujuan ditarik; pemrosesan untuk tujuan itu dihentikan."))

    def close_request(self) -> None:
        chosen = self.selected_request()
        if chosen is None or chosen.done:
            return
        outcome = OutcomeDialog.ask(self)
        if outcome:
            self._store(lambda: subjects.complete_subject_request(self.db, chosen.id, outcome), self.tr("Permintaan"))
            self._refresh()


class OutcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selesaikan permintaan"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tindakan yang dilakukan (mis. permintaan ditolak beserta alasannya):")))
        self.text = QPlainTextEdit()
        self.text.setObjectName("outcome")
        layout.addWidget(self.text)
        layout.addWidget(save_cancel_buttons(self, self.tr("&Selesaikan"), cancel_text=self.tr("&Batal")))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        return dialog.text.toPlainText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OpenRequestsPage(QWidget):
    """Every request not yet answered, late ones marked, for the 3×24-hour duty."""

    open_person = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor)
        self.actor = actor
        self.tz = office_tz(db)
        self.requests: list[SubjectRequestRecord] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.table = make_table([
            self.tr("No."), self.tr("Nama"), self.tr("Jenis"), self.tr("Diterima"), self.tr("Batas"), self.tr("Keadaan"),
        ], "open")
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Klik dua kali untuk membuka orangnya dan menangani permintaan."))
        hint.setStyleSheet(MUTED_STYLE)
        layout.addWidget(hint)
        self.reload()

    def reload(self) -> None:
        found = subjects.open_subject_requests(self.db)
        now = datetime.now(UTC)
        self.requests = sorted(found, key=lambda r: r.due_at)
        late = sum(1 for r in self.requests if r.overdue(now))
        self.summary.setText(self.tr("{n} permintaan belum selesai; {late} melewati batas 3 × 24 jam.").format(
            n=len(self.requests), late=late))
        self.summary.setStyleSheet(ERROR_STYLE if late else "")
        fill_table(self.table, [
            [str(r.id), r.visitor_name, r.kind_label, short_datetime(r.received_at, self.tz),
             short_datetime(r.due_at, self.tz), self._time_left(r, now)]
            for r in self.requests
        ], [r.visitor_id for r in self.requests])

    def _time_left(self, request: SubjectRequestRecord, now: datetime) -> str:
        hours = (request.due_at - now).total_seconds() / 3600
        return self.tr("TERLAMBAT") if hours < 0 else self.tr("sisa {h} jam").format(h=int(hours))

    def _open(self) -> None:
        key = selected_key(self.table)
        if key is not None:
            self.open_person.emit(int(key))  # type: ignore[call-overload]


class DataProtectionDialog(QDialog):
    """Data pribadi: the person screen, open requests, retention."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pelindungan data pribadi"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.subjects = SubjectPage(db, actor, self)
        self.open_requests = OpenRequestsPage(db, actor, self)
        self.retention = RetentionPage(db, actor, self)
        self.tabs.addTab(self.subjects, self.tr("Subjek data"))
        self.tabs.addTab(self.open_requests, self.tr("Permintaan terbuka"))
        self.tabs.addTab(self.retention, self.tr("Retensi"))
        layout.addWidget(self.tabs)
        self.subjects.changed.connect(self.open_requests.reload)
        self.subjects.changed.connect(self.retention.refresh)
        self.open_requests.open_person.connect(self._open_person)
        layout.addWidget(close_buttons(self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.subjects.search.setFocus()  # typing goes into the search at once

    def _open_person(self, visitor_id: int) -> None:
        self.subjects.open_person(visitor_id)
        self.tabs.setCurrentWidget(self.subjects)
