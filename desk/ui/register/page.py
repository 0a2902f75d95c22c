"""The register area: search while typing, filters, the lazy table, and the detail panel beside it.

A new search or filter starts at the top with the newest match selected, and the exact number of
matches (and of overdue ones) follows from a worker thread (desk.ui.register.counter). Ctrl+End
in the table goes to the oldest request, Ctrl+Home back to the newest. Every action on a request
is one store operation; the page shows its result and tells the other areas (`publish`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.records import RequestRecord
from desk.domain.status import CANCELLED, DONE, REJECTED, status_label
from desk.store import access
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.request_changes import record_documents, reopen_request, set_status
from desk.store.requests import RegisterCount, RegisterFilter, register_setup, request_detail
from desk.store.work import Change, Changes, Done
from desk.ui.actions import AppAction, with_shortcut
from desk.ui.common import ERROR_STYLE, MUTED_STYLE, OK_STYLE, actor_on_duty, may
from desk.ui.operations import publish
from desk.ui.register.closing import CloseDialog
from desk.ui.register.counter import RegisterCounter
from desk.ui.register.detail import DetailPanel
from desk.ui.register.filters import FilterBar
from desk.ui.register.model import (
    COL_DUE,
    COL_NIK,
    COL_RECEIVED,
    COL_REF,
    COL_SERVICE,
    COL_STATUS,
    COL_UNIT,
    COL_VISITOR,
    RegisterModel,
)
from desk.ui.register.reason import ReasonDialog
from desk.ui.screen_text import format_long_date, format_number
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from desk.store.register_export import RegisterExport
    from desk.ui.register.export import RegisterExportRun

log = logging.getLogger(__name__)

# What each column must fit, measured with the view's font (so widths follow the screen's fonts and DPI).
COLUMN_SAMPLES = {
    COL_REF: "0000/PNP/DKUKMTK/XII/2026", COL_RECEIVED: "29-10-2025 09.00", COL_VISITOR: "Muhammad Rizky Pra",
    COL_NIK: "6311********0001", COL_SERVICE: "P1 — Penerbitan Ka", COL_UNIT: "Unit ",
    COL_STATUS: "Diproses — Terlambat", COL_DUE: "29-10-2025",
}
DETAIL_WIDTH = 330

# What closing with a reason means, said before the officer confirms it.
CLOSING_TEXT = {
    REJECTED: ("Ditolak: {ref}", "Permohonan <b>{ref}</b> ditolak dan ditutup. Alasannya dicatat pada riwayat dan "
               "disampaikan kepada pemohon. Sesudah itu hanya admin yang dapat membukanya kembali.",
               "&Tolak permohonan"),
    CANCELLED: ("Dibatalkan: {ref}", "Permohonan <b>{ref}</b> dibatalkan dan ditutup; nomornya tidak dipakai lagi. "
                "Alasannya dicatat pada riwayat. Sesudah itu hanya admin yang dapat membukanya kembali.",
                "&Batalkan permohonan"),
}


class RegisterPage(QWidget):
    """`status_changed(request_id)` after a status change is committed."""

    status_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_page")
        self.db = db
        self._known: RequestRecord | None = None  # a record just handed over: shown without reading it again
        self._jumped_to_oldest = False  # Ctrl+End turned "Terlama dulu" on; Ctrl+Home turns it off again
        self.total: RegisterCount | None = None  # the exact count of the current search, once counted
        setup = register_setup(db)
        self.tz_name = setup.tz
        self.today = today = setup.today
        units, services = list(setup.units), list(setup.services)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Cari nomor registrasi, nama, NIK, nomor HP, desa, organisasi atau catatan…  (Ctrl+F)")
        )
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet(MUTED_STYLE)
        self.export_button = QPushButton(with_shortcut(self.tr("Ekspor…"), AppAction.EXPORT_REGISTER))
        self.export_button.setObjectName("export_register")
        self.export_button.setToolTip(self.tr("Semua permohonan sesuai pencarian dan saringan ke Excel atau CSV"))
        self.export_button.setVisible(may(actor_on_duty(db), access.EXPORT))
        self.export_button.clicked.connect(self.export_filtered)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.filters = FilterBar(units, services, today)
        layout.addWidget(self.filters)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.model = RegisterModel(db, self.tz_name, self)
        self.table = QTableView()
        self.table.setObjectName("register_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: nothing asks the model for every row to measure it.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)

        self.detail = DetailPanel(self.tz_name, db)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setMinimumWidth(DETAIL_WIDTH - 60)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([10_000, DETAIL_WIDTH])  # the table takes whatever the panel leaves
        layout.addWidget(self.splitter, 1)

        self.counter = RegisterCounter(db, self)
        self.counter.counted.connect(self._counted)
        self.counter.failed.connect(self._count_failed)

        self.search.search_changed.connect(lambda _text: self.new_search())
        self.search.down_pressed.connect(self.focus_table)
        self.filters.changed.connect(self.new_search)
        self.model.load_failed.connect(self._show_load_problem)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.status_requested.connect(self.change_status)
        self.detail.correct_requested.connect(self.correct_current)
        self.detail.reopen_requested.connect(self.reopen_current)
        self.detail.documents_requested.connect(self.save_documents)
        # Another screen changed requests (a holiday moved due dates, a print): refresh once, after the
        # event that caused it, unless this page refreshes itself first (a save it is about to show).
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(lambda: self.reload())
        self.new_search()

    def apply_changes(self, changes: Changes) -> None:
        """The main window's `changed`: the register shows requests, so only those matter."""
        if Change.REQUESTS in changes:
            self._refresh.start()
        if Change.CATALOGUE in changes or Change.OFFICE in changes:
            try:
                setup = register_setup(self.db)
            except StoreError as exc:
                self._show_load_problem(error_text(exc))
                return
            self.filters.set_choices(list(setup.units), list(setup.services))

    def _publish(self, changes: Changes) -> None:
        """Tell the other areas; this page has already shown the change itself."""
        publish(self, changes)
        self._refresh.stop()

    # --- loading ------------------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        return self.filters.apply_to(RegisterFilter(text=self.search.text()))

    def new_search(self) -> None:
        """The search text or a filter changed: from the top, the newest match selected, counted afresh.

        Dates that cannot be applied are refused (the bar says why) and the table stays as it was.
        """
        if self.filters.problem():
            return
        self.notice.hide()  # a saved request's number, a status message: about what was shown before
        self.model.reload(self.current_filter(), ascending=self.filters.is_ascending())
        self.table.scrollToTop()
        first = self.model.request_id(0)
        if first is None or not self.select_request(first):
            self._show_detail(None)
        self._count_again()

    def show_filter(self, filters: RegisterFilter) -> None:
        """Show the register as `filters` says (a count clicked on the Hari ini area): its search text and
        fields in the bar, from the top, counted afresh."""
        self.search.blockSignals(True)
        self.search.setText(filters.text)
        self.search.blockSignals(False)
        self.filters.set_filter(filters)
        self.new_search()

    def reload(self, *, keep: int | None = None) -> None:
        """Fetch the first page again with the current search and filters (F5, or another area changed
        requests); `keep` (default: the selected request) stays selected if it is still there."""
        keep = keep if keep is not None else self.current_request_id()
        self.model.reload(self.current_filter(), ascending=self.filters.is_ascending())
        if keep is None or not self.select_request(keep):
            self._show_detail(None)
        self._count_again()

    def _count_again(self) -> None:
        """The exact count (and the overdue among it), from the worker thread."""
        self.total = None
        if self.model.rowCount() == 0:
            self.counter.forget()
        else:
            self.counter.ask(self.model.filters, self.model.today or self.today)
        self._update_count()

    def _counted(self, count: RegisterCount) -> None:
        self.total = count
        self._update_count()

    def _count_failed(self, message: str) -> None:
        log.warning("register count failed: %s", message)
        self.count.setToolTip(message)

    def _update_count(self) -> None:
        loaded = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        filtered = bool(self.search.text().strip()) or self.filters.is_filtered()
        overdue_only = self.model.filters.overdue_only
        total = self.total.total if self.total is not None else (None if more else loaded)
        if loaded == 0:
            text = self.tr("Tidak ada permohonan yang cocok.") if filtered else self.tr(
                "Belum ada permohonan. Tekan Ctrl+N untuk mencatat permohonan baru."
            )
        elif total is None:
            text = self.tr("{count}+ permohonan (menghitung…)").format(count=format_number(loaded))
        elif overdue_only:
            text = self.tr("%Ln permohonan terlambat", "", total)
        else:
            text = self.tr("%Ln permohonan", "", total)
            if self.total is not None and self.total.overdue:
                text += self.tr(", {count} terlambat").format(count=format_number(self.total.overdue))
        self.count.setText(text)
        self.count.setToolTip("")

    def _show_load_problem(self, message: str) -> None:
        self.notice.setStyleSheet(ERROR_STYLE)
        self.notice.setText(message)
        self.notice.show()

    # --- selection and detail ---------------------------------------------------------------

    def current_request_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.request_id(index.row()) if index.isValid() else None

    def select_request(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        already = self.table.currentIndex().row() == row
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        shown = self.detail.record
        if already or shown is None or shown.id != request_id:  # else the new current row has shown it
            self._show_detail(request_id)
        return True

    def open_request(self, request_id: int) -> None:
        """Select request `request_id`; when the search or filters hide it, search for its number instead."""
        if self.select_request(request_id):
            return
        try:
            view = request_detail(self.db, request_id)
        except StoreError as exc:
            self._show_load_problem(error_text(exc))
            return
        self._known = view.record
        self.filters.reset()
        self.search.blockSignals(True)
        self.search.setText(view.record.ref_number)
        self.search.blockSignals(False)
        self.reload(keep=request_id)
        if self.current_request_id() != request_id:  # not even its number finds it: show it all the same
            self._known = view.record
            self._show_detail(request_id)
        self._known = None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.request_id(current.row()) if current.isValid() else None)

    def _show_detail(self, request_id: int | None) -> None:
        before = self.detail.record.id if self.detail.record else None
        if request_id is None:
            self.detail.show_record(None)
            return
        known, self._known = self._known, None
        if known is not None and known.id == request_id:
            self._show_record(known, before)
            return
        try:
            view = request_detail(self.db, request_id)
        except StoreError as exc:
            self.detail.show_record(None)
            self._show_load_problem(error_text(exc))
            return
        self.today = view.today
        self._show_record(view.record, before)

    def _show_record(self, record: RequestRecord, before: int | None) -> None:
        self.detail.show_record(record, self.today)
        if record.id != before:  # another request: its number, status and buttons first, not the old scroll
            self.detail_scroll.verticalScrollBar().setValue(0)

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.select_request(self.model.request_id(0) or 0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() == Qt.Key.Key_End:
                self.jump_to_oldest()
                return True
            if ctrl and event.key() == Qt.Key.Key_Home:
                self.jump_to_newest()
                return True
        return super().eventFilter(watched, event)

    def jump_to_oldest(self) -> None:
        """Ctrl+End: the oldest request of the search. Beyond the loaded pages the order flips ("Terlama
        dulu"), so it is one page away instead of every page in between."""
        if self.model.canFetchMore(QModelIndex()) and not self.filters.is_ascending():
            self._jumped_to_oldest = True
            self.filters.ascending.setChecked(True)  # a new search: the oldest is selected at the top
            return
        row = 0 if self.filters.is_ascending() else self.model.rowCount() - 1
        if row >= 0:
            self.select_request(self.model.request_id(row) or 0)

    def jump_to_newest(self) -> None:
        """Ctrl+Home: the newest request (back to newest first when Ctrl+End flipped the order)."""
        if self._jumped_to_oldest and self.filters.is_ascending():
            self._jumped_to_oldest = False
            self.filters.ascending.setChecked(False)
            return
        if self.model.rowCount():
            row = 0 if not self.filters.is_ascending() else self.model.rowCount() - 1
            self.select_request(self.model.request_id(row) or 0)

    # --- actions ------------------------------------------------------------------------------

    def show_saved(self, record: RequestRecord) -> None:
        """After intake: the new request selected in a fresh register, and its number on show."""
        self._refresh.stop()  # the reload below is the refresh the save asked for
        known = self.total
        self.model.reload(self.current_filter(), ascending=self.filters.is_ascending())
        self._known = record
        if not self.select_request(record.id):  # filtered out of the table: show it all the same
            self._known = record
            self._show_detail(record.id)
        self._known = None
        if known is not None and self.model.row_of(record.id) is not None:
            # One more than before, and a new request is not overdue: no need to count again.
            self.counter.forget()
            self.total = RegisterCount(known.total + 1, known.overdue)
            self._update_count()
        else:
            self._count_again()
        self._tell(self.tr("Permohonan tersimpan dengan nomor registrasi {ref}.").format(ref=record.ref_number),
                   bold=True)

    # --- export -------------------------------------------------------------------------------

    def export_filtered(self) -> None:
        """Ekspor…: every request of the current search and filters (not only the loaded rows) to a file."""
        if self.filters.problem():
            return
        from desk.ui.register.export import ExportDialog  # on the first export, not at start

        count = self.total.total if self.total is not None else None
        what = (self.tr("{count} permohonan sesuai pencarian dan saringan di layar akan diekspor, semuanya, "
                        "bukan hanya yang tampil.").format(count=format_number(count)) if count is not None
                else self.tr("Semua permohonan sesuai pencarian dan saringan di layar akan diekspor, bukan hanya "
                             "yang tampil."))
        dialog = ExportDialog(what, may(actor_on_duty(self.db), access.REVEAL_PERSONAL), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        filters = {"xlsx": self.tr("Excel (*.xlsx)"), "csv": self.tr("CSV (*.csv)")}[choice.kind]
        path = dialogs.choose_save_target(self, self.tr("Simpan ekspor register"),
                                          f"register-{self.today.isoformat()}.{choice.kind}", filters)
        if path is not None:
            self.export_to(path, reveal=choice.reveal)

    def export_to(self, path: Path, *, reveal: bool = False) -> RegisterExportRun:
        """Export the register as filtered now into `path` (.xlsx or .csv), with a progress dialog that can stop it."""
        from desk.ui.register.export import RegisterExportRun

        run = RegisterExportRun(self.db, self)
        run.finished.connect(self._exported)
        run.cancelled.connect(lambda: self._tell(self.tr("Ekspor dibatalkan; tidak ada berkas yang ditulis.")))
        run.failed.connect(lambda message: dialogs.inform(self, self.tr("Ekspor gagal"), message, problem=True))
        run.start(self.current_filter(), self.filters.is_ascending(), path, reveal)
        return run

    def _exported(self, result: RegisterExport) -> None:
        how = self.tr("NIK dan nomor HP lengkap") if result.revealed else self.tr("NIK dan nomor HP disamarkan")
        self._tell(self.tr("{count} permohonan diekspor ke {file} ({how}).").format(
            count=format_number(result.rows), file=result.file_name, how=how))

    def _tell(self, text: str, *, bold: bool = False) -> None:
        self.notice.setStyleSheet(OK_STYLE + (" font-weight: bold;" if bold else ""))
        self.notice.setText(text)
        self.notice.show()

    def _current_record(self) -> RequestRecord | None:
        record = self.detail.record
        request_id = self.current_request_id()
        if record is None or (request_id is not None and record.id != request_id):
            return None
        return record

    def _run(self, operation: object, title: str) -> Done[RequestRecord] | None:
        """Run an operation on the shown request; its answer, or None after telling the officer why not."""
        try:
            return operation()  # type: ignore[operator,no-any-return]
        except StoreError as exc:
            log.info("request operation refused: %s", type(exc).__name__)
            dialogs.inform(self, title, error_text(exc), problem=True)
            return None

    def _after(self, done: Done[RequestRecord], message: str) -> None:
        """Show what an operation did to the shown request, and tell the other areas."""
        record = done.value
        self._publish(done.changes)
        self.model.refresh_request(record.id)
        self.detail.show_record(record, self.today)
        self._tell(message)
        self._count_again()  # the status or the file may have moved it in or out of "terlambat"

    def change_status(self, to_status: str) -> None:
        record = self._current_record()
        if record is None:
            return
        reason, collection, override = "", None, ""
        if to_status == DONE:
            answer = CloseDialog.ask(self, record, may(actor_on_duty(self.db), access.REQUEST_REOPEN))
            if answer is None:
                return
            collection, override = answer
        elif to_status in CLOSING_TEXT:
            title, explanation, action = CLOSING_TEXT[to_status]
            asked = ReasonDialog.ask(self, self.tr(title).format(ref=record.ref_number),
                                     self.tr(explanation).format(ref=record.ref_number), self.tr(action))
            if asked is None:
                return
            reason = asked
        done = self._run(lambda: set_status(self.db, record.id, to_status, reason, collection=collection,
                                            override=override), self.tr("Status belum berubah"))
        if done is None:
            self._show_detail(record.id)
            return
        log.info("request %s → %s", done.value.ref_number, to_status)
        self._after(done, self.tr("Status {ref} diubah menjadi {status}.").format(
            ref=done.value.ref_number, status=translated(status_label(to_status))))
        self.status_changed.emit(record.id)

    def reopen_current(self) -> None:
        record = self._current_record()
        if record is None:
            return
        asked = ReasonDialog.ask(
            self, self.tr("Buka kembali: {ref}").format(ref=record.ref_number),
            self.tr("Permohonan <b>{ref}</b> berstatus {status}. Bila dibuka kembali, statusnya kembali seperti "
                    "sebelum ditutup dan dapat diubah lagi. Yang tercatat saat ditutup tetap ada di riwayat.").format(
                ref=record.ref_number, status=translated(status_label(record.status))),
            self.tr("&Buka kembali"))
        if asked is None:
            return
        done = self._run(lambda: reopen_request(self.db, record.id, asked), self.tr("Belum dibuka kembali"))
        if done is not None:
            self._after(done, self.tr("Permohonan {ref} dibuka kembali: {status}.").format(
                ref=done.value.ref_number, status=translated(status_label(done.value.status))))
            self.status_changed.emit(record.id)

    def correct_current(self) -> None:
        record = self._current_record()
        if record is None:
            return
        from desk.ui.register.correction import CorrectionDialog

        done = CorrectionDialog.correct(self.db, record, self)
        if done is None:
            return
        if not done.changes:
            self._tell(self.tr("Tidak ada yang berubah pada {ref}.").format(ref=record.ref_number))
            return
        self._after(done, self.tr("Data {ref} dikoreksi.").format(ref=record.ref_number))

    def save_documents(self, ticks: tuple[bool, ...]) -> None:
        record = self._current_record()
        if record is None:
            return
        done = self._run(lambda: record_documents(self.db, record.id, ticks), self.tr("Berkas belum tersimpan"))
        if done is None:
            self._show_detail(record.id)
            return
        after = done.value
        message = self.tr("Berkas {ref} disimpan.").format(ref=after.ref_number)
        if after.completed_on and not record.completed_on:
            message = self.tr("Berkas {ref} lengkap; jatuh tempo kini {due}.").format(
                ref=after.ref_number, due=format_long_date(after.due_date))
        self._after(done, message)
        self.table.setFocus()
