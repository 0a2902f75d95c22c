"""Figure 5: open the register and jump to the oldest request without loading the table."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from bench.fig_search import qt_application, show_screen
from desk.store.database import Database
from desk.ui.register.model import RegisterModel


class CountingModel(RegisterModel):
    """The register's model, counting the display rows it asks the store for."""

    fetched = 0

    def _row(self, row: int):  # type: ignore[no-untyped-def]
        before = len(self._rows)
        record = super()._row(row)
        self.fetched += max(0, len(self._rows) - before)
        return record

    def _keep_rows(self, first: int, page):  # type: ignore[no-untyped-def]
        # A page of ids brings the rows of its first chunk in the same unit of work: fetched too.
        before = len(self._rows)
        super()._keep_rows(first, page)
        self.fetched += max(0, len(self._rows) - before)


def open_and_jump(db: Database) -> dict[str, float]:
    """What the register does on opening and on Ctrl+End (oldest first): a page of ids, one screen of rows."""
    model = CountingModel(db, "Asia/Makassar", qt_application())
    started = time.perf_counter()
    model.reload()
    show_screen(model)
    opened = time.perf_counter()
    ids = model.rowCount()
    model.reload(ascending=True)
    show_screen(model)
    done = time.perf_counter()
    ids += model.rowCount()
    oldest = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) if model.rowCount() else 0
    model.deleteLater()
    return {"open_ms": (opened - started) * 1000, "jump_ms": (done - opened) * 1000,
            "rows_fetched": model.fetched, "ids_paged": ids, "oldest_id": oldest or 0}
