"""The missing-holidays warning: in the status bar all the time, and as a notice bar when Desk starts.

Due dates count working days, so a year without its SKB holidays gives due dates that are
too early without anyone noticing. The current year missing is always warned about; from
1 October the next year too (requests received in December are due in January). The date
comes from an injectable clock, and is checked again every hour so the warning appears on
1 October without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar, QWidget

from desk.store import holidays
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change, Changes
from desk.ui.admin.common import Clock, now_of, tr
from desk.ui.common import ERROR_COLOR

RECHECK_MS = 60 * 60 * 1000


class HolidayWarning(QPushButton):
    """A flat status-bar button; hidden while every needed year has its holidays.

    `open_requested()` when clicked (the admin area opens its holiday page).
    """

    open_requested = Signal()
    KINDS = frozenset({Change.CALENDAR, Change.OFFICE})  # the list, and the time zone that says which day it is

    def __init__(self, db: Database, clock: Clock | None = None, parent: QWidget | None = None,
                 *, for_admin: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.for_admin = for_admin
        self.warnings: tuple[str, ...] = ()
        self.missing: tuple[int, ...] = ()
        self.setObjectName("holiday_warning")
        self.setFlat(True)
        self.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold; padding: 0 6px;")
        self.clicked.connect(self.open_requested)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(self.KINDS):
            self.refresh()

    def refresh(self) -> tuple[str, ...]:
        try:
            found = holidays.coverage(self.db, now=now_of(self.clock))
        except StoreError:
            found = None  # a database problem is shown elsewhere; no noise here
        self.warnings = found.warnings if found else ()
        self.missing = found.missing if found else ()
        if self.warnings:
            years = " dan ".join(str(y) for y in self.missing)
            self.setText(tr("⚠ Hari libur {years} belum dimasukkan").format(years=years))
            tip = "\n\n".join(self.warnings)
            if not self.for_admin:
                tip += "\n\n" + tr("Beri tahu admin Desk.")
            self.setToolTip(tip)
        self.setVisible(bool(self.warnings))
        return self.warnings


class HolidayBanner(QToolBar):
    """The start-up notice: a bar across the top of the window, closed with its button.

    Inside the window rather than a dialog, so the counter is never blocked and no focus is
    taken from the first visitor's form; it comes back at the next start while a year is missing.
    """

    def __init__(self, warnings: tuple[str, ...], *, for_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(tr("Peringatan hari libur"), parent)
        self.setObjectName("holiday_banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.setStyleSheet("QToolBar { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        text = "\n".join(warnings)
        if not for_admin:
            text += "\n" + tr("Beri tahu admin Desk: tenggat permohonan mungkin terlalu cepat.")
        self.label = QLabel(text)
        self.label.setObjectName("holiday_banner_text")
        self.label.setStyleSheet(f"color: {ERROR_COLOR}; padding: 2px 8px;")  # no word wrap: a toolbar
        # gives a wrapping label far more height than its lines need
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label)
        self.open_button: QPushButton | None = None
        if for_admin:
            self.open_button = QPushButton(tr("Buka daftar hari libur"))
            self.addWidget(self.open_button)
        close = QPushButton(tr("Tutup"))
        close.setObjectName("close_banner")
        close.clicked.connect(self.hide)
        self.addWidget(close)


def show_startup_warning(window: QMainWindow, warnings: tuple[str, ...], *, for_admin: bool) -> HolidayBanner | None:
    """Put the start-up notice at the top of the window (nothing when no year is missing)."""
    if not warnings:
        return None
    banner = HolidayBanner(warnings, for_admin=for_admin, parent=window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.show()
    return banner
