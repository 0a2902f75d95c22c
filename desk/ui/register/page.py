"""The register area: search while typing, filters, the lazy table, and the detail panel beside it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.records import RequestRecord
from desk.domain.status import NEEDS_REASON, status_label
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.request_changes import set_status
from desk.store.requests import RegisterFilter, register_setup, request_detail
from desk.store.work import Change, Changes
from desk.ui.common import ERROR_STYLE, MUTED_STYLE, OK_STYLE
from desk.ui.operations import publish
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
from desk.ui.widgets.search_box import SearchBox

log = logging.getLogger(__name__)

# What each column must fit, measured with the view's font (so widths follow the screen's fonts and DPI).
COLUMN_SAMPLES = {
    COL_REF: "0000/PNP/DKUKMTK/XII/2026", COL_RECEIVED: "29-10-2025 09.00", COL_VISITOR: "Muhammad Rizky Pra",
    COL_NIK: "6311********0001", COL_SERVICE: "P1 — Penerbitan Ka", COL_UNIT: "Unit ",
    COL_STATUS: "Diproses — Terlambat", COL_DUE: "29-10-2025",
}
DETAIL_WIDTH = 330


class RegisterPage(QWidget):
    """`status_changed(request_id)` after a status change is committed."""

    status_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_page")
        self.db = db
        self._known: RequestRecord | None = None  # a record just handed over: shown without reading it again
        setup = register_setup(db)
        self.tz_name = setup.tz
        self.today = today = setup.today
        units, services = list(setup.units), list(setup.services)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Cari nomor registrasi, nama, NIK, nomor HP, organisasi atau catatan…  (Ctrl+F)")
        )
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet(MUTED_STYLE)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
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

        self.detail = DetailPanel(self.tz_name, db)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(DETAIL_WIDTH - 60)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([10_000, DETAIL_WIDTH])  # the table takes whatever the panel leaves
        layout.addWidget(self.splitter, 1)

        self.search.search_changed.connect(lambda _text: self.reload())
        self.search.down_pressed.connect(self.focus_table)
        self.filters.changed.connect(self.reload)
        self.model.load_failed.connect(self._show_load_problem)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.status_requested.connect(self.change_status)
        # Another screen changed requests (a holiday moved due dates, a print): refresh once, after the
        # event that caused it, unless this page refreshes itself first (a save it is about to show).
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(lambda: self.reload())
        self.reload()

    def apply_changes(self, changes: Changes) -> None:
        """The main window's `changed`: the register shows requests, so only those matter."""
        if Change.REQUESTS in changes:
            self._refresh.start()

    def _publish(self, changes: Changes) -> None:
        """Tell the other areas; this page has already shown the change itself."""
        publish(self, changes)
        self._refresh.stop()

    # --- loading ------------------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        return self.filters.apply_to(RegisterFilter(text=self.search.text()))

    def reload(self, *, keep: int | None = None) -> None:
        """Fetch the first page again with the current search and filters; keep `keep` selected if loaded."""
        keep = keep if keep is not None else self.current_request_id()
        self.model.reload(self.current_filter(), ascending=self.filters.is_ascending())
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_request(keep)
        else:
            self._show_detail(None)

    def _update_count(self) -> None:
        loaded = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        filtered = bool(self.search.text().strip()) or self.filters.is_filtered()
        if loaded == 0:
            text = self.tr("Tidak ada permohonan yang cocok.") if filtered else self.tr(
                "Belum ada permohonan. Tekan Ctrl+N untuk mencatat permohonan baru."
            )
        elif more:
            text = self.tr("{count}+ permohonan").format(count=loaded)
        else:
            text = self.tr("{count} permohonan").format(count=loaded)
        self.count.setText(text)
        self.count.setToolTip(self.tr("Gulir ke bawah untuk memuat permohonan berikutnya.") if more else "")

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
            self._show_load_problem(exc.message)
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
        if request_id is None:
            self.detail.show_record(None)
            return
        known, self._known = self._known, None
        if known is not None and known.id == request_id:
            self.detail.show_record(known, self.today)
            return
        try:
            view = request_detail(self.db, request_id)
        except StoreError as exc:
            self.detail.show_record(None)
            self._show_load_problem(exc.message)
            return
        self.today = view.today
        self.detail.show_record(view.record, view.today)

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.select_request(self.model.request_id(0) or 0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- actions ------------------------------------------------------------------------------

    def show_saved(self, record: RequestRecord) -> None:
        """After intake: the new request selected in a fresh register, and its number on show."""
        self._refresh.stop()  # the reload below is the refresh the save asked for
        self._known = record
        self.reload(keep=record.id)
        if self.current_request_id() != record.id:  # filtered out of the table: show it all the same
            self._known = record
            self._show_detail(record.id)
        self._known = None
        self.notice.setStyleSheet(OK_STYLE + " font-weight: bold;")
        self.notice.setText(self.tr("Permohonan tersimpan dengan nomor registrasi {ref}.").format(
            ref=record.ref_number))
        self.notice.show()

    def change_status(self, to_status: str) -> None:
        request_id = self.current_request_id() or (self.detail.record.id if self.detail.record else None)
        if request_id is None:
            return
        reason = ""
        if to_status in NEEDS_REASON:
            title = self.tr("Alasan: {status}").format(status=status_label(to_status))
            asked = ReasonDialog.ask(self, title)
            if asked is None:
                return
            reason = asked
        try:
            done = set_status(self.db, request_id, to_status, reason)
        except StoreError as exc:
            log.warning("status change failed: %s", exc.message)
            QMessageBox.warning(self, self.tr("Status belum berubah"), exc.message)
            self._show_detail(request_id)
            return
        record = done.value
        self._publish(done.changes)
        log.info("request %s → %s", record.ref_number, to_status)
        self.model.refresh_request(request_id)
        self._show_detail(request_id)
        self.notice.setStyleSheet(OK_STYLE)
        self.notice.setText(
            self.tr("Status {ref} diubah menjadi {status}.").format(ref=record.ref_number, status=status_label(to_status))
        )
        self.notice.show()
        self.status_changed.emit(request_id)
