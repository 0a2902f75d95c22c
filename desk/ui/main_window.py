"""The main window: one area per duty (register, standards, forums), menus and the status bar.

Later issues add their areas with `add_area(key, title, widget)` (or `add_lazy_area(key, title,
build)`) and their actions to the menus kept on the window (`file_menu`, `register_menu`).

Only the register, the first screen, is built at start (issue 8: the window is on screen
quickly). Every other area has its tab and its Ctrl+<n> from the start and is built, modules
and all, the first time it is opened: by its tab, its shortcut, `show_area` or `ensure_area`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from desk.store.access import Actor  # issue 7
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.office import get_office_profile
from desk.store.users import get_user
from desk.ui.accounts.session import bind_actor  # issue 7
from desk.ui.common import MUTED_STYLE, settings
from desk.ui.register import RegisterPage
from desk.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from desk.ui.intake import NewRequestDialog
    from desk.ui.standards import StandardsArea

log = logging.getLogger(__name__)

GEOMETRY_KEY = "main_window/geometry"
REGISTER, STANDARDS, FORUMS = "register", "standards", "forums"


def placeholder(text: str) -> QWidget:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


class MainWindow(QMainWindow):
    """`request_saved(request_id)` after a new request is committed (the receipt hooks in here)."""

    request_saved = Signal(int)

    def __init__(self, db: Database, user: Actor | int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # issue 7: the logged-in user; every area gets a database whose read()/write() carry them.
        self.actor = user if isinstance(user, Actor) else None
        db = bind_actor(db, self.actor) if self.actor is not None else db
        user_id = self.actor.user_id if self.actor is not None else user
        self.db = db
        self.user_id = user_id
        self.intake_dialog: NewRequestDialog | None = None
        self.areas: dict[str, QWidget] = {}
        office_name, officer_name = self._names()
        self.setWindowTitle(f"Desk — {office_name}" if office_name else "Desk")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("areas")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._area_actions: dict[str, QAction] = {}
        self._unbuilt: dict[str, Callable[[], object]] = {}  # area key -> builds it (and add_area's it)
        self._standards: StandardsArea | None = None
        self._build_menus()
        self.register = RegisterPage(db, user_id)
        self.add_area(REGISTER, self.tr("Register Pelayanan"), self.register)
        self.add_lazy_area(STANDARDS, self.tr("Standar Pelayanan"), self._build_standards)  # issue 4
        self.add_lazy_area(FORUMS, self.tr("Forum Konsultasi Publik"), self._build_forums)  # issue 5
        self.tabs.currentChanged.connect(self._build_current)
        self.officer_label = QLabel(self.tr("Petugas: {name}").format(name=officer_name or "—"))
        self.officer_label.setObjectName("officer")
        self.database_label = ElidedLabel(self.tr("Basis data: {where}").format(where=db.describe()))
        self.database_label.setObjectName("database")
        self.database_label.setStyleSheet(MUTED_STYLE)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.database_label)
        from desk.ui import admin  # issue 9

        self.admin = admin.install(self, db)  # issue 9: "Administrasi" area + missing-holidays warning
        if self.actor is not None:  # issue 7: "Akun" menu, idle screen lock, retention offered when due
            from desk.ui import accounts

            self.accounts = accounts.install(self, db, self.actor, user_label=self.officer_label)
        from desk.ui import backup as backup_ui  # issue 6

        self.backups = backup_ui.install(self, db, menu=self.file_menu)  # issue 6: automatic backups, status-bar warning
        from desk.ui import receipts  # issue 3

        self.receipts = receipts.install(self, db)  # issue 3: receipt preview after save, reprint, Ctrl+K check
        self._restore_geometry()

    @property
    def standards(self) -> StandardsArea:
        """The Standards area (issue 4), built now if it was not opened yet."""
        self.ensure_area(STANDARDS)
        assert self._standards is not None
        return self._standards

    def _build_standards(self) -> None:
        from desk.ui import standards as standards_ui

        self._standards = standards_ui.install(self, self.db)  # look-up, editor, publishing (key STANDARDS)

    def _build_forums(self) -> None:
        from desk.ui.forums import ForumsPage

        self.add_area(FORUMS, self.tr("Forum Konsultasi Publik"), ForumsPage(self.db, self.actor))

    def _names(self) -> tuple[str, str]:
        try:
            with self.db.read() as session:
                profile = get_office_profile(session)
                office = " ".join(part for part in (profile.short_name, profile.regency) if part)
                user = get_user(session, self.user_id) if self.user_id is not None else None
        except StoreError as exc:
            log.warning("names for the window: %s", exc.message)
            return "", ""
        return office, user.full_name if user else ""

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self.new_request_action = QAction(self.tr("Permohonan &baru…"), self)
        self.new_request_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_request_action.triggered.connect(self.new_request)
        self.file_menu.addAction(self.new_request_action)
        self.file_menu.addSeparator()
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quit)
        self.file_menu.addAction(quit_action)

        # "Lihat": the areas (Ctrl+1, Ctrl+2, … added by add_area), then the register's search and refresh.
        self.view_menu = self.menuBar().addMenu(self.tr("&Lihat"))
        self.register_menu = self.view_menu
        self._areas_end = self.view_menu.addSeparator()
        self.search_action = QAction(self.tr("&Cari"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self.tr("&Muat ulang"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh)
        self.register_menu.addAction(self.search_action)
        self.register_menu.addAction(self.refresh_action)

    # --- areas --------------------------------------------------------------------------------

    def add_area(self, key: str, title: str, widget: QWidget) -> int:
        """Add (or replace) the area `key`, reachable with Ctrl+<its position>; returns its tab index."""
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
            self._area_actions[key].setText(title)
        else:
            index = self.tabs.addTab(widget, title)
            action = QAction(title, self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
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

    # --- actions ------------------------------------------------------------------------------

    def new_request(self) -> NewRequestDialog:
        """Open the intake form (window-modal, not blocking); returns it for whoever wants to watch."""
        if self.intake_dialog is not None and self.intake_dialog.isVisible():
            self.intake_dialog.activateWindow()
            return self.intake_dialog
        from desk.ui.intake import NewRequestDialog  # on first Ctrl+N, not at start (issue 8)

        dialog = NewRequestDialog(self.db, self.user_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._request_saved)
        dialog.destroyed.connect(lambda *_: setattr(self, "intake_dialog", None))
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _request_saved(self, request_id: int) -> None:
        dialog = self.intake_dialog
        ref = dialog.saved_record.ref_number if dialog is not None and dialog.saved_record else ""
        self.show_area(REGISTER)
        self.register.show_saved(request_id, ref)
        self.statusBar().showMessage(self.tr("Tersimpan: {ref}").format(ref=ref), 15_000)
        self.activateWindow()
        self.register.table.setFocus()
        self.request_saved.emit(request_id)

    def focus_search(self) -> None:
        self.show_area(REGISTER)
        self.register.focus_search()

    def refresh(self) -> None:
        self.register.reload()

    # --- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings().value(GEOMETRY_KEY)
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
        dialog = self.intake_dialog
        if dialog is None or not dialog.isVisible() or not dialog.has_unsaved_input():
            return False
        from desk.ui.intake.dialog import confirm_discard

        return not confirm_discard(dialog)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's X is asked about like Ctrl+Q; a close from code (shutdown, tests) is not.
        if event.spontaneous() and self._keeps_unsaved_request():
            event.ignore()
            return
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
