"""The register as a lazy table model: request ids page by page, rows only when shown.

The model keeps the ids of the pages fetched so far (keyset paging: each page
starts after the last id held) and asks the store for display rows in small
chunks around the rows the view paints, keeping a bounded number of chunks. So
scrolling a register of a million requests never loads it whole.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desk.domain.office_time import OfficeClock, to_local
from desk.domain.status import status_label
from desk.domain.text_id import format_clock, format_numeric_date, tz_label
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import RegisterFilter, RegisterRow, RegisterSlice, register_rows_of, register_slice
from desk.ui.common import ERROR_COLOR
from desk.ui.translations import error_text, translated

log = logging.getLogger(__name__)

PAGE_SIZE = 200
CHUNK_SIZE = 100
MAX_CHUNKS = 30  # rows kept in memory: at most MAX_CHUNKS * CHUNK_SIZE

COL_REF, COL_RECEIVED, COL_VISITOR, COL_NIK, COL_SERVICE, COL_UNIT, COL_STATUS, COL_DUE = range(8)
COLUMN_COUNT = 8
RequestIdRole = Qt.ItemDataRole.UserRole
_DISPLAY, _FOREGROUND, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _FOREGROUND, _TOOLTIP, RequestIdRole})  # the roles data() answers

AnyIndex = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    load_failed = Signal(str)  # an Indonesian message when the database cannot be read

    def __init__(self, db: Database, tz_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tz_name = tz_name
        self.filters = RegisterFilter()
        self.ascending = False
        self.today: date | None = None
        self._ids: list[int] = []
        self._exhausted = True
        self._rows: dict[int, RegisterRow] = {}
        self._chunks: OrderedDict[int, list[int]] = OrderedDict()
        self._failed_chunks: set[int] = set()
        self._last_chunk: int | None = None  # the chunk at the end of _chunks (the most recently shown)
        self._overdue_brush = QBrush(QColor(ERROR_COLOR))
        self._headers = (
            self.tr("No. registrasi"),
            self.tr("Diterima ({zone})").format(zone=tz_label(tz_name)),
            self.tr("Pemohon"),
            self.tr("NIK"),
            self.tr("Layanan"),
            self.tr("Unit"),
            self.tr("Status"),
            self.tr("Jatuh tempo"),
        )

    # --- loading ----------------------------------------------------------------------------

    def reload(self, filters: RegisterFilter | None = None, *, ascending: bool | None = None) -> None:
        """Start again from the first page (new filters, new order, or F5)."""
        self.beginResetModel()
        if filters is not None:
            self.filters = filters
        if ascending is not None:
            self.ascending = ascending
        self._ids = []
        self._rows.clear()
        self._chunks.clear()
        self._failed_chunks.clear()
        self._last_chunk = None
        self._exhausted = True
        # The office's "today" from the zone the model already shows times in: no extra read per keystroke.
        self.today = OfficeClock.at(self.tz_name).today
        page = self._slice(None)
        if page is not None:
            self._ids = list(page.ids)
            self._keep_rows(0, page)
            self._exhausted = len(page.ids) < PAGE_SIZE
        self.endResetModel()

    def _slice(self, after: int | None) -> RegisterSlice | None:
        """The next page of ids and the rows of its first chunk, in one unit of work."""
        assert self.today is not None
        try:
            return register_slice(self.db, self.filters, self.today, after_id=after, limit=PAGE_SIZE,
                                  ascending=self.ascending, rows=CHUNK_SIZE)
        except StoreError as exc:
            log.warning("register page failed: %s", exc.message)
            self._exhausted = True
            self.load_failed.emit(error_text(exc))
            return None

    def _keep_rows(self, first: int, page: RegisterSlice) -> None:
        """Cache the rows a page came with (the chunk starting at row `first`)."""
        if not page.rows:
            return
        for record in page.rows:
            self._rows[record.id] = record
        self._remember_chunk(first // CHUNK_SIZE, list(page.ids[:CHUNK_SIZE]))

    def _remember_chunk(self, chunk: int, ids: list[int]) -> None:
        self._chunks[chunk] = ids
        self._chunks.move_to_end(chunk)
        self._last_chunk = chunk
        while len(self._chunks) > MAX_CHUNKS:
            _old, old_ids = self._chunks.popitem(last=False)
            for old_id in old_ids:
                self._rows.pop(old_id, None)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._ids[-1] if self._ids else None
        page = self._slice(after)
        if page is None:
            return
        self._exhausted = len(page.ids) < PAGE_SIZE
        if not page.ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(page.ids) - 1)
        self._ids.extend(page.ids)
        self._keep_rows(first, page)
        self.endInsertRows()

    def _row(self, row: int) -> RegisterRow | None:
        request_id = self._ids[row]
        chunk = row // CHUNK_SIZE
        cached = self._rows.get(request_id)
        if cached is not None:
            if chunk != self._last_chunk and chunk in self._chunks:
                self._chunks.move_to_end(chunk)  # recently shown: evicted last (once per chunk, not per cell)
                self._last_chunk = chunk
            return cached
        if chunk in self._failed_chunks:
            return None
        ids = self._ids[chunk * CHUNK_SIZE : (chunk + 1) * CHUNK_SIZE]
        assert self.today is not None
        try:
            rows = register_rows_of(self.db, ids, self.today)
        except StoreError as exc:
            log.warning("register rows failed: %s", exc.message)
            self._failed_chunks.add(chunk)
            self.load_failed.emit(error_text(exc))
            return None
        for record in rows:
            self._rows[record.id] = record
        self._remember_chunk(chunk, ids)
        return self._rows.get(request_id)

    # --- what the view asks -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # The view asks every cell it paints for a dozen roles: the roles this model has nothing for are
        # answered first, and the index is asked for its row once (each call into Qt costs about a µs).
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._ids) or not index.isValid():
            return None
        if role == RequestIdRole:
            return self._ids[row]
        record = self._row(row)
        if record is None:
            return None
        if role == _DISPLAY:
            return self._text(record, index.column())
        if role == _FOREGROUND:
            return self._overdue_brush if record.overdue else None
        return self._tooltip(record, index.column())

    def _text(self, record: RegisterRow, column: int) -> str:
        if column == COL_REF:
            return record.ref_number
        if column == COL_RECEIVED:
            local = to_local(record.received_at, self.tz_name)
            return f"{format_numeric_date(local.date())} {format_clock(local)}"
        if column == COL_VISITOR:
            return record.visitor_name
        if column == COL_NIK:
            return record.nik_masked
        if column == COL_SERVICE:
            return f"{record.service_code} — {record.service_name}"
        if column == COL_UNIT:
            return record.unit_code
        if column == COL_STATUS:
            label = translated(status_label(record.status))
            return self.tr("{status} — Terlambat").format(status=label) if record.overdue else label
        if column == COL_DUE:
            return format_numeric_date(record.due_date)
        return ""

    def _tooltip(self, record: RegisterRow, column: int) -> str | None:
        if column == COL_SERVICE:
            return f"{record.service_code} — {record.service_name}"
        if column in (COL_STATUS, COL_DUE) and record.overdue:
            return self.tr("Lewat jatuh tempo ({due}) dan belum selesai.").format(due=format_numeric_date(record.due_date))
        return None

    # --- for the page -------------------------------------------------------------------------

    def request_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, request_id: int) -> int | None:
        try:
            return self._ids.index(request_id)
        except ValueError:
            return None

    def refresh_request(self, request_id: int) -> None:
        """Read one request's row again (after a status change)."""
        row = self.row_of(request_id)
        if row is None:
            return
        if row // CHUNK_SIZE == self._last_chunk:
            self._last_chunk = None
        for cached_id in self._chunks.pop(row // CHUNK_SIZE, []):
            self._rows.pop(cached_id, None)
        self._rows.pop(request_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    @property
    def loaded_ids(self) -> int:
        return len(self._ids)

    @property
    def cached_rows(self) -> int:
        return len(self._rows)
