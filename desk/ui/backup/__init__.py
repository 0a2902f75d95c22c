"""Backups in the application: start-up checks and recovery, automatic backups, the backup screen.

What the rest of the UI calls:

- `open_database_checked(parent, url, data_dir)` in app start-up, instead of `open_database`;
- `install(window, db, data_dir, actor=...)` once the main window exists: status-bar
  warning, the day's first backup, the closing backup, and the "Cadangan basis data…" action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from desk.store.access import Actor
from desk.store.database import Database
from desk.ui.actions import AppAction
from desk.ui.backup.guard import BackupGuard
from desk.ui.backup.page import BackupDialog, BackupPage
from desk.ui.backup.restore_dialog import RestoreDialog
from desk.ui.backup.startup import (
    StartupDialogs,
    open_database_checked,
    recover_while_running,
    restart_application,
)

__all__ = [
    "BackupDialog",
    "BackupGuard",
    "BackupPage",
    "BackupUi",
    "RestoreDialog",
    "StartupDialogs",
    "install",
    "open_database_checked",
    "restart_application",
    "window_actor",
]


class BackupUi:
    """What `install` hands back: the guard, the menu action, and the dialog opener."""

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        data_dir: Path,
        actor: Actor | Callable[[], Actor | None] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.window = window
        self.db = db
        self.data_dir = data_dir
        self._actor = actor
        self.guard = BackupGuard(db, data_dir, window, clock=clock)
        self.guard.open_requested.connect(self.open_dialog)
        self.guard.damaged.connect(self.recover)
        self.action: QAction | None = None
        self.dialog: BackupDialog | None = None

    @property
    def actor(self) -> Actor | None:
        if self._actor is not None:
            return self._actor() if callable(self._actor) else self._actor
        return window_actor(self.window, self.db)

    def recover(self, message: str) -> bool:
        """Damage found after start: restore the latest good backup and restart (see recover_while_running)."""
        if recover_while_running(self.window, self.db, self.data_dir, message):
            restart_application()
            return True
        return False

    def open_dialog(self) -> BackupDialog:
        self.dialog = BackupDialog.open_for(
            self.window, self.db, self.data_dir, self.actor, self.guard,
            on_restored=lambda _result: restart_application(),
        )
        return self.dialog


def window_actor(window: QMainWindow, db: Database) -> Actor | None:
    """The officer on duty: the window's `actor` once logged in, else the user chosen at start.

    Never None for a window with an officer: no officer in the window means no one may
    make or restore backups by hand (automatic backups run as the system regardless).
    """
    actor = getattr(window, "actor", None)
    if isinstance(actor, Actor):
        return actor
    return Actor(0, "?", "?", "tanpa-peran")


def install(
    window: QMainWindow,
    db: Database,
    data_dir: Path | None = None,
    *,
    actor: Actor | Callable[[], Actor | None] | None = None,
    clock: Callable[[], datetime] | None = None,
    first_check_ms: int | None = None,
) -> BackupUi:
    """Hook backups into the main window: status-bar label, automatic backups, the "Cadangan" action.

    `data_dir` defaults to the database's data folder; `actor` (or a callable giving it) to the
    window's officer on duty.
    """
    folder = data_dir or db.data_dir or (db.sqlite_path.parent if db.sqlite_path else Path.cwd())
    ui = BackupUi(window, db, folder, actor, clock)
    bind = getattr(window, "bind", None)
    if callable(bind):  # the main window's "Cadangan basis data…" (a bare window in tests has none)
        ui.action = bind(AppAction.BACKUPS, ui.open_dialog)
    if first_check_ms is None:
        ui.guard.attach(window)
    else:
        ui.guard.attach(window, first_check_ms)
    return ui
