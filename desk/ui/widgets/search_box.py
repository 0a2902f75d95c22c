"""A search field that answers while typing, without a query per keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desk.ui.common import Debouncer

SEARCH_DELAY_MS = 150


class SearchBox(QLineEdit):
    """`search_changed(text)` fires once typing pauses; Down moves on to the results; Escape clears."""

    search_changed = Signal(str)
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._debounce = Debouncer(delay_ms, self._emit, self)
        self.textChanged.connect(lambda _text: self._debounce.trigger())
        self.returnPressed.connect(self._debounce.flush)

    def _emit(self) -> None:
        self.search_changed.emit(self.text())

    def flush(self) -> None:
        self._debounce.flush()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._debounce.flush()
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
