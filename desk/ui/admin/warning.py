"""The missing-holidays warning: in the status bar all the time, and as a notice bar when Desk starts.

Due dates count working days, so a year without its SKB holidays gives due dates that are
too early without anyone noticing. The current year missing is always warned about; from
1 October the next year too (requests received in December are due in January). The date
comes from an injectable clock, and is checked again every hour so the warning appears on
1 October without a restart.

Who sees what: an admin, who can enter the list, sees it in red with the way to the holiday
page. An officer, who cannot, sees a plain notice that names the admins to tell. Next year's
SKB is often published late in the year: an admin can say the office knows ("Jangan ingatkan
sampai 1 Januari"), and from then on Desk stops announcing that year at every start, on every
counter, until the year begins; the status bar keeps the quiet reminder. This year's list
missing is never silenced: due dates are wrong now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar, QWidget

from desk.domain import holiday_rules
from desk.store import holidays
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.holidays import Coverage
from desk.store.work import Change, Changes
from desk.ui.admin.common import NOTICE_COLOR, Clock, now_of, tr
from desk.ui.common import ERROR_COLOR
from desk.ui.translations import translated

RECHECK_MS = 60 * 60 * 1000


def whom_to_tell(admins: tuple[str, ...]) -> str:
    """ "Beri tahu admin Desk (Budi atau Sari)" — by name when Desk knows its admins."""
    if not admins:
        return tr("Beri tahu admin Desk")
    names = admins[0] if len(admins) == 1 else ", ".join(admins[:-1]) + tr(" atau ") + admins[-1]
    return tr("Beri tahu admin Desk ({names})").format(names=names)


def officer_text(coverage: Coverage, years: tuple[int, ...]) -> str:
    """What an officer reads: the fact, what it means at the counter, and whom to tell."""
    shown = tr(" dan ").join(str(y) for y in years)
    return tr("Hari libur tahun {years} belum dimasukkan, jadi tenggat permohonan yang melewati hari libur itu "
              "mungkin terlalu cepat. {tell}.").format(years=shown, tell=whom_to_tell(coverage.admins))


class HolidayWarning(QPushButton):
    """A flat status-bar button; hidden while every needed year has its holidays.

    `open_requested()` when clicked (the admin area opens its holiday page).
    """

    open_requested = Signal()
    KINDS = frozenset({Change.CALENDAR, Change.OFFICE, Change.ACCOUNTS})  # the list, the day, the admins named

    def __init__(self, db: Database, clock: Clock | None = None, parent: QWidget | None = None,
                 *, for_admin: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.for_admin = for_admin
        self.coverage: Coverage | None = None
        self.setObjectName("holiday_warning")
        self.setFlat(True)
        self.clicked.connect(self.open_requested)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    @property
    def missing(self) -> tuple[int, ...]:
        return self.coverage.missing if self.coverage else ()

    @property
    def warnings(self) -> tuple[str, ...]:
        return warning_texts(self.coverage) if self.coverage else ()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(self.KINDS):
            self.refresh()

    def refresh(self) -> Coverage | None:
        try:
            self.coverage = holidays.coverage(self.db, now=now_of(self.clock))
        except StoreError:
            self.coverage = None  # a database problem is shown elsewhere; no noise here
        found = self.coverage
        if found is not None and found.missing:
            years = tr(" dan ").join(str(y) for y in found.missing)
            self.setText(tr("⚠ Hari libur {years} belum dimasukkan").format(years=years))
            if self.for_admin:
                self.setToolTip("\n\n".join(warning_texts(found)))
            else:
                self.setToolTip(officer_text(found, found.missing))
            # Red is for whoever can act on it, and only while nobody has: an officer gets a notice.
            urgent = self.for_admin and bool(found.unacknowledged)
            self.setStyleSheet(f"color: {ERROR_COLOR if urgent else NOTICE_COLOR}; font-weight: bold; "
                               "padding: 0 6px;")
        self.setVisible(bool(found and found.missing))
        return found


def warning_texts(coverage: Coverage) -> tuple[str, ...]:
    """One sentence per missing year in the screen's language (the store's `warnings` are Indonesian)."""
    return tuple(translated(holiday_rules.coverage_warning(coverage.today, year)).format(year=year)
                 for year in coverage.missing)


class HolidayBanner(QToolBar):
    """The start-up notice: a bar across the top of the window, closed with its button.

    Inside the window rather than a dialog, so the counter is never blocked and no focus is
    taken from the first visitor's form; it comes back at the next start while a year is missing
    and no admin has put it off (see the module's note). `acknowledge_requested()` when an admin
    puts off next year's reminder.
    """

    acknowledge_requested = Signal()

    def __init__(self, coverage: Coverage, *, for_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(tr("Peringatan hari libur"), parent)
        self.setObjectName("holiday_banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.setStyleSheet("QToolBar { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        years = coverage.unacknowledged
        if for_admin:
            text = "\n".join(w for y, w in zip(coverage.missing, warning_texts(coverage), strict=True) if y in years)
        else:
            text = officer_text(coverage, years)
        self.label = QLabel(text)
        self.label.setObjectName("holiday_banner_text")
        # Red for the admin who can fix it; an officer who cannot gets the notice colour.
        self.label.setStyleSheet(f"color: {ERROR_COLOR if for_admin else NOTICE_COLOR}; padding: 2px 8px;")
        # No word wrap: a toolbar gives a wrapping label far more height than its lines need.
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label)
        self.open_button: QPushButton | None = None
        self.later_button: QPushButton | None = None
        if for_admin:
            self.open_button = QPushButton(tr("Buka daftar hari libur"))
            self.open_button.setObjectName("open_holidays")
            self.addWidget(self.open_button)
            later = [y for y in years if coverage.can_acknowledge(y)]
            if later:
                self.later_button = QPushButton(tr("Jangan ingatkan sampai 1 Januari {year}").format(year=later[0]))
                self.later_button.setObjectName("acknowledge")
                self.later_button.setToolTip(tr("Untuk semua loket. Peringatan di bilah status tetap ada; mulai "
                                                "1 Januari {year} Desk mengingatkan lagi setiap mulai sampai daftar "
                                                "hari liburnya dimasukkan.").format(year=later[0]))
                self.later_button.clicked.connect(self.acknowledge_requested)
                self.addWidget(self.later_button)
        close = QPushButton(tr("Tutup"))
        close.setObjectName("close_banner")
        close.clicked.connect(self.hide)
        self.addWidget(close)


def show_startup_warning(window: QMainWindow, coverage: Coverage | None, *, for_admin: bool) -> HolidayBanner | None:
    """Put the start-up notice at the top of the window (nothing when no year needs announcing)."""
    if coverage is None or not coverage.unacknowledged:
        return None
    banner = HolidayBanner(coverage, for_admin=for_admin, parent=window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.show()
    return banner
