"""The main window: one area per duty (register, standards, forums, …), menus and the status bar.

Areas are added with `add_area(key, title, widget)` or `add_lazy_area(key, title, build)`: only
Hari ini (the first screen, Ctrl+0) and the register are built at start, so the window is on screen
quickly; every other area has its tab and its Ctrl+<n> from the start and is built, modules and
all, the first time it is opened (its tab, its shortcut, `show_area` or `ensure_area`).

The window's actions are declared once in desk.ui.actions; each has its QAction, menu entry and
shortcut from the start, and an area binds its handler (`bind`). Every store operation a screen
runs reports its `Changes` to `broadcast_changes`, and `changed` tells every area; each refreshes
only for the kinds of data it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from desk.store import access
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Changes, office_context
from desk.ui import translations
from desk.ui.actions import MENUS, AppAction
from desk.ui.common import MUTED_STYLE
from desk.ui.register import RegisterPage
from desk.ui.settings import WINDOW_GEOMETRY
from desk.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from desk.store.walk_in import WalkIn
    from desk.ui.intake import NewRequestDialog
    from desk.ui.standards import StandardsArea

log = logging.getLogger(__name__)

REGISTER, STANDARDS, FORUMS, COMPLAINTS = "register", "standards", "forums", "complaints"


def placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


class MainWindow(QMainWindow):
    """`request_saved(walk_in)` after a new request is committed (the receipt hooks in here);
    `changed(changes)` after any operation changed data."""

    request_saved = Signal(object)  # desk.store.walk_in.WalkIn
    changed = Signal(object)  # desk.store.work.Changes

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        # Every area gets the database as the logged-in user: the store checks their role and
        # audits their name on every unit of work.
        self.db = db = db.as_user(actor)
        self.intake_dialog: NewRequestDialog | None = None
        self.areas: dict[str, QWidget] = {}
        # Areas holding unsaved work add a check here: it asks the user and says whether Desk may close.
        self.close_checks: list[Callable[[], bool]] = []
        self.setWindowTitle(f"Desk — {self._office_name()}".rstrip(" —"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("areas")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._area_actions: dict[str, QAction] = {}
        self._unbuilt: dict[str, Callable[[], object]] = {}  # area key -> builds it (and add_area's it)
        self._standards: StandardsArea | None = None
        self._build_menus()
        from desk.ui import today

        self.today = today.install(self, db)  # "Hari ini", the first area: what an officer sees after login
        self.register = RegisterPage(db)
        self.changed.connect(self.register.apply_changes)
        self.bind(AppAction.EXPORT_REGISTER, lambda: (self.show_register(), self.register.export_filtered()))
        self.add_area(REGISTER, self.tr("Register Pelayanan"), self.register)
        self.add_lazy_area(STANDARDS, self.tr("Standar Pelayanan"), self._build_standards)
        self.add_lazy_area(FORUMS, self.tr("Forum Konsultasi Publik"), self._build_forums)
        self.add_lazy_area(COMPLAINTS, self.tr("Pengaduan"), self._build_complaints)
        self.tabs.currentChanged.connect(self._build_current)
        self.officer_label = QLabel(self.tr("Petugas: {name}").format(name=actor.full_name))
        self.officer_label.setObjectName("officer")
        self.database_label = ElidedLabel(self.tr("Basis data: {where}").format(where=db.describe()))
        self.database_label.setObjectName("database")
        self.database_label.setStyleSheet(MUTED_STYLE)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.database_label)
        from desk.ui import admin

        self.admin = admin.install(self, db)  # the "Administrasi" area and the missing-holidays warning
        from desk.ui import accounts

        # The "Akun" menu, the idle screen lock, and the retention run offered when due.
        self.accounts = accounts.install(self, db, actor, user_label=self.officer_label)
        from desk.ui import backup as backup_ui

        # Automatic backups and their status-bar warning.
        self.backups = backup_ui.install(self, db)
        self.backups.guard.status_changed.connect(lambda *_: self.today.refresh_backup())
        from desk.ui import receipts

        self.receipts = receipts.install(self, db)  # receipt preview after a save, reprint, Ctrl+K check
        from desk.ui import survey

        # The SKM area (built when opened), its actions, and the survey offered when a request is Selesai.
        self.survey = survey.install(self, db)
        from desk.ui import recaps

        self.recaps = recaps.install(self, db)  # the "Rekap" area, for those who may read recaps
        self._restore_geometry()

    @property
    def file_menu(self) -> QMenu:
        return self.menus["file"]

    @property
    def register_menu(self) -> QMenu:
        return self.menus["register"]

    @property
    def view_menu(self) -> QMenu:
        return self.menus["view"]

    @property
    def standards(self) -> StandardsArea:
        """The Standards area, built now if it was not opened yet."""
        self.ensure_area(STANDARDS)
        assert self._standards is not None
        return self._standards

    def _build_standards(self) -> None:
        from desk.ui import standards as standards_ui

        self._standards = standards_ui.install(self, self.db)  # look-up, editor, publishing (key STANDARDS)

    def _build_forums(self) -> None:
        from desk.ui import forums as forums_ui

        forums_ui.install(self, self.db)  # invitees, check-in, recap, notulen, berita acara (key FORUMS)

    def _build_complaints(self) -> None:
        from desk.ui import complaints

        complaints.install(self, self.db)  # the register of complaints; binds NEW_COMPLAINT

    def _new_complaint(self) -> None:
        """Ctrl+Shift+N before the area was opened: build it, which binds its own handler, and run that."""
        self.ensure_area(COMPLAINTS)
        handler = self._handlers.get(AppAction.NEW_COMPLAINT)
        if handler is not None and handler != self._new_complaint:
            handler()

    def _office_name(self) -> str:
        try:
            profile = office_context(self.db).profile
        except StoreError as exc:
            log.warning("office name for the window: %s", exc.message)
            return ""
        return " ".join(part for part in (profile.short_name, profile.regency) if part)

    # --- actions ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {key: self.menuBar().addMenu(self.tr(title)) for key, title in MENUS.items()}
        self.actions_of: dict[AppAction, QAction] = {}
        self._handlers: dict[AppAction, Callable[[], object]] = {}
        for action in AppAction:
            spec = action.spec
            made = QAction(action.text, self)
            made.setObjectName(action.name.lower())
            if spec.shortcut:
                made.setShortcut(action.key)
            if spec.tip:
                made.setStatusTip(self.tr(spec.tip))
            made.setVisible(spec.permission is None or access.allowed(self.actor, spec.permission))
            if spec.menu:
                if action is AppAction.QUIT:
                    self.menus[spec.menu].addSeparator()
                self.menus[spec.menu].addAction(made)
            else:
                self.addAction(made)
            made.triggered.connect(lambda _checked=False, a=action: self._trigger(a))
            self.actions_of[action] = made
        # "Lihat": Hari ini, then the areas (Ctrl+1, Ctrl+2, … added by add_area) above the search and refresh.
        view = self.menus["view"]
        self._areas_end = view.insertSeparator(view.actions()[1])
        self.bind(AppAction.NEW_REQUEST, self.new_request)
        self.bind(AppAction.NEW_COMPLAINT, self._new_complaint)
        self.bind(AppAction.QUIT, self.quit)
        self.bind(AppAction.SEARCH, self.focus_search)
        self.bind(AppAction.REFRESH, self.refresh)
        self.bind(AppAction.LANGUAGE, lambda: translations.choose_language(self))
        for menu in self.menus.values():
            menu.menuAction().setVisible(any(a.isVisible() and not a.isSeparator() for a in menu.actions()))

    def _trigger(self, action: AppAction) -> None:
        handler = self._handlers.get(action)
        if handler is None:
            log.warning("action %s has no handler", action.name)
            return
        handler()

    def action(self, action: AppAction) -> QAction:
        return self.actions_of[action]

    def bind(self, action: AppAction, handler: Callable[[], object]) -> QAction:
        """Make `handler` what `action` does (replacing the previous one); returns its QAction."""
        made = self.actions_of[action]
        self._handlers[action] = handler
        menu_action = self.menus[action.spec.menu].menuAction() if action.spec.menu else None
        if menu_action is not None and made.isVisible():
            menu_action.setVisible(True)
        return made

    # --- changes ------------------------------------------------------------------------------

    def broadcast_changes(self, changes: Changes) -> None:
        """What an operation changed, to every area that listens (`changed`)."""
        if changes:
            self.changed.emit(changes)

    # --- areas --------------------------------------------------------------------------------

    def add_area(self, key: str, title: str, widget: QWidget, *, numbered: bool = True) -> int:
        """Add (or replace) the area `key`, reachable with Ctrl+<its number>; returns its tab index.

        An area that is not `numbered` (Hari ini, with its own action) takes no number: the others keep theirs.
        """
        if key in self.areas:
            self._unbuilt.pop(key, None)  # replaced before it was ever opened: nothing left to build
            old = self.areas[key]
            index = self.tabs.indexOf(old)
            was_current = self.tabs.currentIndex() == index
            # Swapped without a stop on a neighbouring tab: that would build the neighbour too.
            blocked = self.tabs.blockSignals(True)
            try:
                self.tabs.removeTab(index)
                index = self.tabs.insertTab(index, widget, title)
                if was_current:
                    self.tabs.setCurrentIndex(index)
            finally:
                self.tabs.blockSignals(blocked)
            old.deleteLater()
            if key in self._area_actions:
                self._area_actions[key].setText(title)
        elif not numbered:
            index = self.tabs.addTab(widget, title)
        else:
            index = self.tabs.addTab(widget, title)
            action = QAction(title, self)
            number = len(self._area_actions) + 1
            if number <= 9:
                action.setShortcut(f"Ctrl+{number}")
            action.triggered.connect(lambda _checked=False, k=key: self.show_area(k))
            self.view_menu.insertAction(self._areas_end, action)
            self._area_actions[key] = action
        self.areas[key] = widget
        return index

    def add_lazy_area(self, key: str, title: str, build: Callable[[], object]) -> int:
        """Give area `key` its tab and shortcut now; `build()` makes it (calling `add_area`) when first opened."""
        index = self.add_area(key, title, QWidget())
        self._unbuilt[key] = build
        return index

    def ensure_area(self, key: str) -> QWidget:
        """Area `key`, built now if it has not been opened yet."""
        build = self._unbuilt.pop(key, None)
        if build is not None:
            log.info("building area %s", key)
            build()
        return self.areas[key]

    def _build_current(self, index: int) -> None:
        current = self.tabs.widget(index)
        key = next((k for k in self._unbuilt if self.areas.get(k) is current), None)
        if key is not None:
            self.ensure_area(key)

    def show_area(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.ensure_area(key))

    def show_register(self) -> None:
        self.show_area(REGISTER)

    def current_area(self) -> QWidget | None:
        return self.tabs.currentWidget()

    # --- what the window itself does ----------------------------------------------------------

    def new_request(self) -> NewRequestDialog:
        """Open the intake form (window-modal, not blocking); returns it for whoever wants to watch."""
        if self.intake_dialog is not None and self.intake_dialog.isVisible():
            self.intake_dialog.activateWindow()
            return self.intake_dialog
        from desk.ui.intake import NewRequestDialog  # on the first Ctrl+N, not at start

        dialog = NewRequestDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._request_saved)
        dialog.open_existing.connect(self.open_request)
        dialog.destroyed.connect(lambda *_: setattr(self, "intake_dialog", None))
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _request_saved(self, walk_in: WalkIn) -> None:
        ref = walk_in.request.ref_number
        self.show_area(REGISTER)
        self.register.show_saved(walk_in.request)
        self.statusBar().showMessage(self.tr("Tersimpan: {ref}").format(ref=ref), 15_000)
        self.activateWindow()
        self.register.table.setFocus()
        self.request_saved.emit(walk_in)

    def open_request(self, request_id: int) -> None:
        """Show request `request_id` in the register, selected (outside the filters: they are cleared)."""
        self.show_area(REGISTER)
        self.register.open_request(request_id)
        self.activateWindow()

    def focus_search(self) -> None:
        """Ctrl+F: the search of the area on screen, or the register's when the area has none."""
        area = self.current_area()
        search = getattr(area, "focus_search", None)
        if area is not self.register and callable(search):
            search()
            return
        self.show_area(REGISTER)
        self.register.focus_search()

    def refresh(self) -> None:
        """F5: the register read again, and Hari ini's counts when it is on screen."""
        if self.current_area() is self.today:
            self.today.refresh()
        self.register.reload()

    # --- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = WINDOW_GEOMETRY.get()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # First start: the whole screen (office PCs are often 1366 × 768; every pixel counts).
            screen = self.screen()
            if screen is not None:
                self.setGeometry(screen.availableGeometry())
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def quit(self) -> None:
        """Ctrl+Q: close, unless a half-typed request should be kept."""
        if self._keeps_unsaved_request():
            return
        self.close()

    def _keeps_unsaved_request(self) -> bool:
        if not all(may_close() for may_close in self.close_checks):
            return True
        dialog = self.intake_dialog
        return dialog is not None and dialog.isVisible() and not dialog.may_discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's X is asked about like Ctrl+Q; a close from code (shutdown, tests) is not.
        if event.spontaneous() and self._keeps_unsaved_request():
            event.ignore()
            return
        WINDOW_GEOMETRY.set(self.saveGeometry())
        super().closeEvent(event)
