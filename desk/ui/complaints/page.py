"""The Pengaduan area: the register of complaints, suggestions and information requests.

Search and filters above, the list on the left (overdue ones in red), the chosen complaint on the
right with what can be done next. Every action is one store operation; the list refreshes when
an operation anywhere reports `Change.COMPLAINTS`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.domain.complaint_records import ComplaintListRow, ComplaintRecord
from desk.domain.complaints import KIND_LABELS, STATUS_LABELS, ComplaintStatus
from desk.domain.messages import N_
from desk.domain.office_time import to_local
from desk.domain.phone import format_phone
from desk.domain.text_id import format_numeric_date
from desk.store import access, complaints
from desk.store.complaint_files import AttachmentRefused, size_problem
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change, Changes
from desk.ui.actions import AppAction, with_shortcut
from desk.ui.common import MUTED_STYLE, may, office_tz
from desk.ui.complaints.detail import ComplaintDetail, complainant_text
from desk.ui.complaints.new_dialog import NewComplaintDialog
from desk.ui.complaints.printing import open_document
from desk.ui.complaints.step_dialog import StepDialog
from desk.ui.operations import publish, run
from desk.ui.preview import PdfPreview
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.search_box import SearchBox
from desk.ui.widgets.tables import fill_table, make_table, selected_key

log = logging.getLogger(__name__)

HEADERS = (N_("Nomor"), N_("Diterima"), N_("Pelapor"), N_("Perihal"), N_("Status"), N_("Batas tahap ini"))
SUBJECT_COLUMN = 3
# What each column must fit, measured in the table's font (kind, channel and unit are in the detail beside it).
COLUMN_SAMPLES = ("0000/PGD/DKUKMTK/XII/2026", "29-10-2025", "Muhammad Rizky R", "", "Ditindaklanjuti",
                  "05-11-2026 (terlambat)")
ATTACHMENT_FILTER = "Pindaian atau foto (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)"


def due_cell(row: ComplaintListRow) -> str:
    if row.next_due is None:
        return "—"
    return format_numeric_date(row.next_due) + (translated(N_(" (terlambat)")) if row.overdue else "")


class ComplaintsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaints_page")
        self.db = db
        self.tz = office_tz(db)
        self.rows: list[ComplaintListRow] = []
        self.dialog: NewComplaintDialog | None = None
        self.step_dialog: StepDialog | None = None
        self.preview: PdfPreview | None = None
        actor = db.actor
        self.may_record = may(actor, access.COMPLAINT_RECORD)
        self.may_reveal = may(actor, access.REVEAL_PERSONAL)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari nomor, Tracking ID, perihal atau nama pelapor…  (Ctrl+F)"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Semua status"), None)
        self.status_filter.addItem(self.tr("Masih berjalan"), complaints.OPEN)
        self.status_filter.addItem(self.tr("Terlambat"), complaints.OVERDUE)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(self.tr(label), status.value)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.addItem(self.tr("Semua jenis"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(self.tr(label), kind.value)
        self.new_button = QPushButton(with_shortcut(self.tr("Pengaduan bar&u…"), AppAction.NEW_COMPLAINT))
        self.new_button.setObjectName("new_complaint")
        self.new_button.clicked.connect(self.new_complaint)
        self.new_button.setVisible(self.may_record)
        self.recap_button = QPushButton(self.tr("R&ekap…"))
        self.recap_button.setObjectName("recap")
        self.recap_button.clicked.connect(self.open_recap)
        self.recap_button.setVisible(may(actor, access.RECAP_READ))
        self.settings_button = QPushButton(self.tr("Pen&gaturan…"))
        self.settings_button.setObjectName("settings")
        self.settings_button.clicked.connect(self.open_settings)
        self.settings_button.setVisible(may(actor, access.OFFICE_EDIT))
        for widget in (self.search, self.status_filter, self.kind_filter, self.new_button, self.recap_button,
                       self.settings_button):
            top.addWidget(widget, 1 if widget is self.search else 0)
        layout.addLayout(top)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.count)

        self.table = make_table([self.tr(h) for h in HEADERS], "complaints_table", stretch=SUBJECT_COLUMN,
                                fit_contents=False)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            if sample:
                self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        self.detail = ComplaintDetail(self.tz, may_handle=may(actor, access.COMPLAINT_HANDLE),
                                      may_record=self.may_record, may_reveal=self.may_reveal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(360)
        scroll.setMaximumWidth(430)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.search.search_changed.connect(lambda _text: self.reload())
        self.search.down_pressed.connect(self.table.setFocus)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.currentCellChanged.connect(lambda *_args: self._current_changed())
        self.detail.step_requested.connect(self.step)
        self.detail.print_receipt.connect(self.print_receipt)
        self.detail.print_reply.connect(self.print_reply)
        self.detail.add_attachment.connect(self.attach_file)
        self.detail.save_attachment.connect(self.save_attachment)
        self.detail.reveal_contact.connect(self.reveal_contact)
        self.reload()

    # --- the list ----------------------------------------------------------------------------------

    def filters(self) -> complaints.ComplaintFilter:
        return complaints.ComplaintFilter(text=self.search.text(), status=self.status_filter.currentData(),
                                          kind=self.kind_filter.currentData())

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        try:
            listing = complaints.list_complaints(self.db, self.filters())
        except StoreError as exc:
            self.count.setText(error_text(exc))
            return
        self.rows = list(listing.rows)
        overdue = {i for i, r in enumerate(self.rows) if r.overdue}
        fill_table(self.table, [
            (r.number, format_numeric_date(to_local(r.received_at, self.tz).date()), complainant_text(r.complainant), r.subject,
             translated(r.status_label), due_cell(r)) for r in self.rows
        ], [r.id for r in self.rows], highlight=overdue)
        self.count.setText(self.tr("{shown} ditampilkan · {open} masih berjalan · {late} terlambat").format(
            shown=len(self.rows), open=listing.open_count, late=listing.overdue_count))
        if not self.select(keep) and self.rows:
            self.table.selectRow(0)
        self._current_changed()

    def current_id(self) -> int | None:
        key = selected_key(self.table)
        return int(key) if key is not None else None

    def select(self, complaint_id: int | None) -> bool:
        if complaint_id is None:
            return False
        for i, row in enumerate(self.rows):
            if row.id == complaint_id:
                self.table.selectRow(i)
                return True
        return False

    def _current_changed(self) -> None:
        complaint_id = self.current_id()
        if complaint_id is None:
            self.detail.show_record(None)
            return
        if self.detail.record is not None and self.detail.record.id == complaint_id:
            return
        try:
            self.detail.show_record(complaints.complaint(self.db, complaint_id))
        except StoreError as exc:
            log.warning("complaint %s could not be read: %s", complaint_id, type(exc).__name__)
            self.detail.show_record(None)

    def on_changed(self, changes: Changes) -> None:
        """The main window says what an operation changed; complaints are all this area shows."""
        if Change.COMPLAINTS in changes:
            self.detail.record = None  # read it again: the change may be this very complaint
            self.reload()

    def show_overdue(self) -> None:
        """The overdue complaints, the first one chosen (from the Hari ini area's count)."""
        self.search.clear()
        self.status_filter.setCurrentIndex(self.status_filter.findData(complaints.OVERDUE))
        self.reload()
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- recording -----------------------------------------------------------------------------------

    def new_complaint(self) -> NewComplaintDialog | None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.activateWindow()
            return self.dialog
        try:
            dialog = NewComplaintDialog(self.db, self)
        except StoreError as exc:
            dialogs.inform(self, self.tr("Pengaduan baru"), error_text(exc), problem=True)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, recorded: complaints.RecordedComplaint) -> None:
        self._show(recorded.complaint)
        self.preview = open_document(self, self.db, recorded.receipt)

    def _show(self, record: ComplaintRecord) -> None:
        """After an operation: the record it returned, shown without reading it again."""
        self.detail.show_record(record)
        self.reload(keep=record.id)

    # --- the flow ------------------------------------------------------------------------------------

    def step(self, target: ComplaintStatus) -> StepDialog | None:
        """Ask what the step needs (window-modal, not blocking); the operation runs when it is saved."""
        record = self.detail.record
        if record is None:
            return None
        units = complaints.units(self.db) if target is ComplaintStatus.FORWARDED else ()
        dialog = StepDialog(target, record.status, units, record.unit_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_step(record.id, target, *dialog.values()))
        dialog.finished.connect(lambda _result: self._back_to_list())
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _apply_step(self, complaint_id: int, target: ComplaintStatus, text: str, unit_id: int | None,
                    addressee: str) -> None:
        moved = run(self, lambda: complaints.move_complaint(self.db, complaint_id, target.value, text, unit_id=unit_id,
                                                            addressee=addressee))
        if moved is not None:
            self._show(moved)

    def _back_to_list(self) -> None:
        """After a dialog: the keyboard back on the list, ready for the next Alt+<step>."""
        self.activateWindow()
        self.table.setFocus()

    # --- papers -----------------------------------------------------------------------------------------

    def print_receipt(self) -> None:
        record = self.detail.record
        if record is None:
            return
        try:
            data = complaints.receipt_for(self.db, record.id)
        except StoreError as exc:
            dialogs.inform(self, self.tr("Tanda terima pengaduan"), error_text(exc), problem=True)
            return
        self.preview = open_document(self, self.db, data)

    def print_reply(self) -> None:
        record = self.detail.record
        if record is None:
            return
        try:
            data = complaints.reply_for(self.db, record.id)
        except StoreError as exc:
            dialogs.inform(self, self.tr("Jawaban pengaduan"), error_text(exc), problem=True)
            return
        self.preview = open_document(self, self.db, data)

    # --- attachments and contact ----------------------------------------------------------------------

    def attach_file(self) -> None:
        record = self.detail.record
        if record is None:
            return
        path = dialogs.choose_open_file(self, self.tr("Lampirkan pindaian atau foto"), self.tr(ATTACHMENT_FILTER))
        if path is not None:
            self.attach_path(path)

    def attach_path(self, path: Path) -> bool:
        """Attach the file at `path` to the complaint shown; a refusal is said next to the list."""
        record = self.detail.record
        if record is None:
            return False
        try:
            problem = size_problem(path.name, path.stat().st_size)
            data = b"" if problem else path.read_bytes()
        except OSError as exc:
            problem = self.tr("Berkas {name} tidak dapat dibaca: {why}").format(name=path.name,
                                                                               why=exc.strerror or exc)
        if not problem:
            try:
                done = complaints.add_attachment(self.db, record.id, path.name, data)
            except AttachmentRefused as exc:
                problem = error_text(exc)
            except StoreError as exc:
                problem = error_text(exc)
            else:
                publish(self, done.changes)
                self._show(done.value)
                return True
        self.detail.show_problem(self.tr("Lampiran tidak disimpan. {why}").format(why=translated(problem)))
        dialogs.inform(self, self.tr("Lampiran tidak disimpan"), problem, problem=True)
        return False

    def save_attachment(self, attachment_id: int) -> None:
        try:
            found = complaints.attachment_file(self.db, attachment_id)
        except StoreError as exc:
            dialogs.inform(self, self.tr("Lampiran"), error_text(exc), problem=True)
            return
        path = dialogs.choose_save_target(self, self.tr("Simpan lampiran"), found.file_name, "")
        if path is None:
            return
        try:
            path.write_bytes(found.data)
        except OSError as exc:
            dialogs.inform(self, self.tr("Gagal menyimpan"), self.tr("Berkas {path} tidak dapat ditulis: {why}").format(
                path=path, why=exc.strerror or exc), problem=True)

    def reveal_contact(self) -> None:
        record = self.detail.record
        if record is None:
            return
        try:
            contact = complaints.reveal_contact(self.db, record.id)
        except StoreError as exc:
            dialogs.inform(self, self.tr("Kontak pelapor"), error_text(exc), problem=True)
            return
        lines = [self.tr("Nomor HP: {phone}").format(phone=format_phone(contact.phone)) if contact.phone else "",
                 self.tr("E-mail: {email}").format(email=contact.email) if contact.email else ""]
        dialogs.inform(self, self.tr("Kontak pelapor {number}").format(number=record.number),
                       "\n".join(line for line in lines if line))

    # --- recap and settings -----------------------------------------------------------------------------

    def open_recap(self) -> QDialog:
        from desk.ui.complaints.recap import RecapDialog

        dialog = RecapDialog(self.db, self)
        dialog.open()
        return dialog

    def open_settings(self) -> QDialog:
        from desk.ui.complaints.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        dialog.open()
        return dialog
