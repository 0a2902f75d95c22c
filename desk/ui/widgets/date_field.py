"""A date typed as the office writes it, dd-mm-yyyy, with a calendar for the mouse.

Qt's date edit types into one section at a time: a click into the month and "01" does nothing,
and a date cannot be typed straight through. Here the officer types the eight digits ("01102025")
and the dashes come by themselves; a click or Tab into the field selects it, so what is typed
replaces it. ▾ (or Alt+Down / F4) opens a calendar.

`date()` is the date shown, or None while the text is not a whole, real date (`problem()` says
why, in Indonesian). `date_changed(date | None)` fires when the field settles on another value.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desk.domain.text_id import format_numeric_date
from desk.ui.common import tr

MASK = "99-99-9999;_"


def parse_typed_date(text: str) -> tuple[date | None, str]:
    """(the date, "") for "dd-mm-yyyy", or (None, why not) for anything else ("" is no date, no problem)."""
    digits = "".join(c for c in text if c.isdigit())
    if not digits:
        return None, ""
    if len(digits) != 8:
        return None, tr("Tulis tanggal lengkap: hari-bulan-tahun, mis. 01-10-2025.")
    try:
        return date(int(digits[4:]), int(digits[2:4]), int(digits[:2])), ""
    except ValueError:
        return None, tr("Tanggal {text} tidak ada di kalender.").format(text=text)


class DateField(QWidget):
    date_changed = Signal(object)  # date | None

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.edit = QLineEdit()
        self.edit.setInputMask(MASK)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.edit.setToolTip(tr("Ketik tanggal: hari-bulan-tahun (mis. 01102025), atau pilih di kalender (Alt+↓)"))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(tr("Pilih di kalender (Alt+↓)"))
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._calendar: QCalendarWidget | None = None
        self._value: date | None = None
        self.edit.installEventFilter(self)
        self.edit.editingFinished.connect(self._settle)
        self.edit.textEdited.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)
        self.set_date(value)

    # --- value ------------------------------------------------------------------------------------

    def date(self) -> date | None:
        return parse_typed_date(self.edit.text())[0]

    def problem(self) -> str:
        return parse_typed_date(self.edit.text())[1]

    def set_date(self, value: date | None) -> None:
        self.edit.setText(format_numeric_date(value) if value else "")
        self._settle()

    def _typed(self, _text: str) -> None:
        if self.edit.hasAcceptableInput():  # the eighth digit: the date is there, no need to leave the field
            self._settle()

    def _settle(self) -> None:
        value = self.date()
        if value != self._value:
            self._value = value
            self.date_changed.emit(value)

    # --- typing and the calendar --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            # After Qt has placed the cursor where the click was: all selected, typing starts afresh.
            QTimer.singleShot(0, self._select_all)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _select_all(self) -> None:
        if self.edit.hasFocus():
            self.edit.setCursorPosition(0)
            self.edit.selectAll()

    def open_calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            calendar = QCalendarWidget(self)  # PySide6's constructor takes no window flags
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
            self._calendar = calendar
        calendar = self._calendar
        shown = self.date() or date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        return calendar

    def _picked(self, picked: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self.edit.setFocus()
