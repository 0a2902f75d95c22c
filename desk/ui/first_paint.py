"""Quit once the register is painted: the smoke test of a frozen or installed Desk.

With DESK_EXIT_AFTER_FIRST_PAINT set, Desk starts as usual and leaves with exit code 0 right after
the register's table has been painted showing at least one request; when the variable holds a
path ending in .png, the main window is saved there first. CI runs the frozen build this way
(offscreen, on demo data) to prove that the whole start, database to painted rows, works without
the source tree. Not for users: it is read only at start and does nothing when unset.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

log = logging.getLogger(__name__)

EXIT_AFTER_FIRST_PAINT_ENV = "DESK_EXIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    def __init__(self, window: QMainWindow, table: QTableView, screenshot: str) -> None:
        super().__init__(table)
        self.window, self.table, self.screenshot, self.done = window, table, screenshot, False
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint and self.table.model().rowCount() > 0:
            self.done = True
            QTimer.singleShot(0, self._leave)  # after this paint has finished
        return False

    def _leave(self) -> None:
        if self.screenshot and not self.window.grab().save(self.screenshot):
            log.error("could not save the first-paint screenshot")
            QApplication.exit(1)
            return
        log.info("register painted with %d rows; leaving (%s)", self.table.model().rowCount(),
                 EXIT_AFTER_FIRST_PAINT_ENV)
        QApplication.exit(0)


def exit_after_first_paint(window: QMainWindow, table: QTableView, value: str) -> None:
    """Leave the event loop with 0 once `table` is painted with rows (`value`: "1" or a .png path)."""
    _FirstPaint(window, table, value if value.lower().endswith(".png") else "")  # lives as the table's child
