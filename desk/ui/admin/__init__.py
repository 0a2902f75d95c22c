"""Administration in the application: office profile, holidays and working days, units and services,
regions, printing defaults, the missing-holidays warning, and the Help menu (Tentang Desk, F1).

What the rest of the UI calls: `install(window, db)` once the main window exists, with the database
bound to the logged-in user. It puts the missing-holidays warning in the status bar (for everyone:
an officer tells the admin), says it once at start, and for an admin adds the "Administrasi" area.
Everything listens to the window's `changed`: a page reloads for the kinds of data it shows, the
warning for the calendar. The store refuses every change to anyone but an admin, whatever the
screen shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from desk.domain.messages import N_
from desk.store import access, holidays
from desk.store.database import Database
from desk.store.work import Changes
from desk.ui.admin import about
from desk.ui.admin.catalogue_page import CataloguePage
from desk.ui.admin.common import AdminPage, Clock, now_of, tr
from desk.ui.admin.holidays_page import HolidayDialog, HolidaysPage
from desk.ui.admin.printing_page import PrintingPage, pc_printer, set_pc_printer
from desk.ui.admin.profile_page import OfficeProfilePage
from desk.ui.admin.regions_page import RegionsPage
from desk.ui.admin.warning import HolidayBanner, HolidayWarning, show_startup_warning
from desk.ui.operations import BROADCAST, run

__all__ = [
    "AREA_KEY",
    "AdminArea",
    "AdminUi",
    "CataloguePage",
    "HolidayBanner",
    "HolidayDialog",
    "HolidayWarning",
    "HolidaysPage",
    "OfficeProfilePage",
    "PrintingPage",
    "RegionsPage",
    "install",
    "pc_printer",
    "set_pc_printer",
]

AREA_KEY = "admin"


class AdminArea(QTabWidget):
    """The admin's pages, one tab each, each built the first time it is shown.

    Building them at start would count requests per service and visitors per region on
    every start of Desk; an admin opens these pages rarely, the counter opens Desk daily.
    """

    PAGES: tuple[tuple[str, str], ...] = (
        ("profile", N_("Profil kantor")),
        ("holidays", N_("Hari libur dan hari kerja")),
        ("catalogue", N_("Bidang dan layanan")),
        ("regions", N_("Wilayah")),
        ("printing", N_("Cetak")),
    )

    def __init__(self, db: Database, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin_area")
        self.db = db
        self._clock = clock
        self._pages: dict[str, AdminPage] = {}
        self._holders: dict[str, QWidget] = {}
        for key, title in self.PAGES:
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.addTab(holder, tr(title))
        self._shown_key = self.PAGES[0][0]
        self.currentChanged.connect(lambda _index: self._tab_changed())

    def _make(self, key: str) -> AdminPage:
        db, clock = self.db, self._clock
        if key == "profile":
            return OfficeProfilePage(db, clock)
        if key == "holidays":
            return HolidaysPage(db, clock)
        if key == "catalogue":
            return CataloguePage(db)
        if key == "regions":
            return RegionsPage(db)
        return PrintingPage(db)

    def page(self, key: str) -> AdminPage:
        if key not in self._pages:
            page = self._make(key)
            self._pages[key] = page
            layout = self._holders[key].layout()
            assert layout is not None
            layout.addWidget(page)
            if isinstance(page, OfficeProfilePage):
                page.dirty_changed.connect(self._show_profile_dirty)
        return self._pages[key]

    def _show_profile_dirty(self, dirty: bool) -> None:
        title = tr("Profil kantor")
        self.setTabText(self.indexOf(self._holders["profile"]), tr("{title} (belum disimpan)").format(title=title)
                        if dirty else title)

    def has_unsaved_changes(self) -> bool:
        page = self._pages.get("profile")
        return isinstance(page, OfficeProfilePage) and page.dirty

    def may_leave(self) -> bool:
        """Whether the admin may leave the administration now (the profile asks about unsaved changes)."""
        page = self._pages.get("profile")
        return not isinstance(page, OfficeProfilePage) or page.may_leave()

    def _key_of(self, holder: QWidget | None) -> str | None:
        return next((k for k, h in self._holders.items() if h is holder), None)

    def _tab_changed(self) -> None:
        key = self._key_of(self.currentWidget())
        if self._shown_key == "profile" and key != "profile" and self.has_unsaved_changes():
            # Asked over the profile, as if the tab had not been clicked yet; then on, or stay.
            target = self.currentIndex()
            blocked = self.blockSignals(True)
            self.setCurrentWidget(self._holders["profile"])
            self.blockSignals(blocked)
            if self.may_leave():
                self.setCurrentIndex(target)
            return
        if key is not None:
            self._shown_key = key
            self.page(key)

    def on_changed(self, changes: Changes) -> None:
        """Tell the pages built so far; one not built yet reads everything fresh when it is."""
        for page in self._pages.values():
            page.on_changed(changes)

    def _build_current(self) -> None:
        key = self._key_of(self.currentWidget())
        if key is not None:
            self.page(key)

    def showEvent(self, event: QShowEvent) -> None:
        self._build_current()
        super().showEvent(event)

    @property
    def profile(self) -> OfficeProfilePage:
        return self.page("profile")  # type: ignore[return-value]

    @property
    def holidays(self) -> HolidaysPage:
        return self.page("holidays")  # type: ignore[return-value]

    @property
    def catalogue(self) -> CataloguePage:
        return self.page("catalogue")  # type: ignore[return-value]

    @property
    def regions(self) -> RegionsPage:
        return self.page("regions")  # type: ignore[return-value]

    @property
    def printing(self) -> PrintingPage:
        return self.page("printing")  # type: ignore[return-value]

    def show_page(self, key: str) -> AdminPage:
        page = self.page(key)  # built before its tab is shown, so it is shown with it
        self.setCurrentWidget(self._holders[key])
        return page


class AdminUi(QObject):
    """What `install` hands back: the status-bar warning, and the area when the user is an admin."""

    def __init__(self, window: QMainWindow, db: Database, clock: Clock | None) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self._clock = clock
        self.is_admin = access.allowed(db.actor, access.OFFICE_EDIT)
        # Parented from the start: a parentless widget made visible would open as a window of its own.
        self.warning = HolidayWarning(db, clock, window.statusBar(), for_admin=self.is_admin)
        self.banner: HolidayBanner | None = None
        self.area: AdminArea | None = None
        if self.is_admin:
            self.area = AdminArea(db, clock)
            self.warning.open_requested.connect(self.open_holidays)

    def on_changed(self, changes: Changes) -> None:
        self.warning.on_changed(changes)
        found = self.warning.coverage
        if self.banner is not None and (found is None or not found.unacknowledged):
            self.banner.hide()  # the year it announced was entered (or put off): nothing left to say
        if self.area is not None:
            self.area.on_changed(changes)

    def may_close(self) -> bool:
        """Whether the main window may close: nothing unsaved in the administration, or the admin chose."""
        return self.area is None or self.area.may_leave()

    def watch_areas(self, tabs: QTabWidget) -> None:
        """Ask about unsaved administration changes when the admin opens another area of the window."""
        self._areas = tabs
        self._area_shown = tabs.currentWidget()
        tabs.currentChanged.connect(self._area_changed)

    def _area_changed(self) -> None:
        tabs, area = self._areas, self.area
        if self._area_shown is area and tabs.currentWidget() is not area and area is not None \
                and area.has_unsaved_changes():
            # Asked over the administration, as if the other area had not been opened yet; then on, or stay.
            target = tabs.currentIndex()
            blocked = tabs.blockSignals(True)
            tabs.setCurrentWidget(area)
            tabs.blockSignals(blocked)
            if area.may_leave():
                tabs.setCurrentIndex(target)
            return
        self._area_shown = tabs.currentWidget()

    def open_holidays(self) -> None:
        if self.area is None:
            return
        show_area = getattr(self.window, "show_area", None)
        if callable(show_area):
            show_area(AREA_KEY)
        page = self.area.show_page("holidays")
        if self.warning.missing:  # straight to the year that needs its SKB entered
            page.reload(self.warning.missing[0])  # type: ignore[call-arg]

    def show_startup(self) -> HolidayBanner | None:
        if self.banner is not None:
            self.banner.deleteLater()
        self.banner = show_startup_warning(self.window, self.warning.refresh(), for_admin=self.is_admin)
        if self.banner is not None and self.banner.open_button is not None:
            self.banner.open_button.clicked.connect(self.open_holidays)
            self.banner.acknowledge_requested.connect(self.put_off_next_year)
        return self.banner

    def put_off_next_year(self) -> None:
        """The admin knows next year's SKB is not in yet: stop announcing it at start until 1 January."""
        found = self.warning.coverage
        if found is None:
            return
        for year in [y for y in found.unacknowledged if found.can_acknowledge(y)]:
            if run(self.window, lambda y=year: holidays.acknowledge_missing_year(  # type: ignore[misc]
                    self.db, y, now=now_of(self._clock))) is None:
                return
        if not callable(getattr(self.window, BROADCAST, None)):
            self.warning.refresh()  # no main window to pass the change on
        if self.banner is not None:
            self.banner.hide()


def install(window: QMainWindow, db: Database, *, clock: Clock | None = None,
            startup_warning: bool = True) -> AdminUi:
    """Hook administration into the main window, for the user `db` is bound to.

    ``clock``: returns the current UTC time (tests inject it). The window's `changed(Changes)`
    signal, when it has one, reaches every page and the warning.
    """
    ui = AdminUi(window, db, clock)
    window.statusBar().insertPermanentWidget(0, ui.warning)
    ui.warning.refresh()
    if ui.area is not None:
        add_area = getattr(window, "add_area", None)
        if callable(add_area):
            add_area(AREA_KEY, tr("Administrasi"), ui.area)
    changed = getattr(window, "changed", None)
    if changed is not None:
        changed.connect(ui.on_changed)
    tabs = getattr(window, "tabs", None)
    if ui.area is not None and isinstance(tabs, QTabWidget):
        ui.watch_areas(tabs)
    close_checks = getattr(window, "close_checks", None)
    if close_checks is not None:
        close_checks.append(ui.may_close)
    about.install(window, db)  # the Help menu: Tentang Desk, and F1
    if startup_warning:
        ui.show_startup()
    return ui
