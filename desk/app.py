"""Start-up of the desktop application: settings, logging, database, login, main window.

`desk run` calls `run_app`. Imports stay light (no ReportLab, no documents) so the
window is on screen quickly; printing loads its modules when first used.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.paths import APP_AUTHOR, APP_NAME, default_database_url
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui import accounts as accounts_ui
from desk.ui.admin import office_setup
from desk.ui.crash import CrashReporter
from desk.ui.first_paint import EXIT_AFTER_FIRST_PAINT_ENV, exit_after_first_paint
from desk.ui.main_window import MainWindow
from desk.ui.settings import LAST_USERNAME

log = logging.getLogger("desk")

LOG_FILE = "desk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
EXIT_DATABASE = 2
# Benchmarks and screenshots only, on databases without passwords: open as the remembered (or first) officer.
SKIP_LOGIN_ENV = "DESK_SKIP_LOGIN"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskApp", text)


def setup_logging(data_dir: Path) -> Path | None:
    """A rotating `desk.log` in the data folder (once per process); None when the folder cannot be written."""
    path = data_dir / LOG_FILE
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "desk_log_path", None) == path:
            return path
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.basicConfig(level=logging.INFO)
        log.warning("cannot write the log in %s: %s", data_dir, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.desk_log_path = path  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def application() -> QApplication:
    """The QApplication, created once with the names QSettings files its values under."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Calendars and number fields in Indonesian, whatever the PC's own locale.
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return app


def show_start_error(message: str) -> None:
    """Why Desk cannot start, in Indonesian (patched in tests)."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Desk tidak dapat dibuka"))
    box.setText(message)
    box.exec()


def log_in(db: Database) -> Actor | None:
    """The officer on duty is the logged-in user: the first-admin set-up or the login dialog.

    DESK_SKIP_LOGIN=1 (benchmarks, screenshots) works only on a database where no account has a
    password yet, such as demo data; an office's own Desk always asks.
    """
    if os.environ.get(SKIP_LOGIN_ENV) == "1":
        actor = accounts_ui.skip_login_actor(db, LAST_USERNAME.get())
        if actor is not None:
            return actor
    return accounts_ui.login_at_start(db)


def start(data_dir: Path, database_url: str | None = None) -> tuple[int, MainWindow | None]:
    """Everything before the event loop: (exit code, shown main window or None when Desk should stop)."""
    application()
    log_path = setup_logging(data_dir)
    url = database_url or default_database_url(data_dir)
    log.info("Desk %s starting; data folder %s", __version__, data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        # quick_check and the other start-up checks; a damaged file is offered its latest good backup.
        from desk.ui.backup import open_database_checked

        checked = open_database_checked(None, url, data_dir, show_error=show_start_error)
        if checked is None:
            log.error("database could not be opened (shown to the user)")
            return EXIT_DATABASE, None
        db = checked
    except StoreError as exc:
        log.error("database could not be opened: %s", exc.message)
        show_start_error(exc.message)
        return EXIT_DATABASE, None
    except OSError as exc:
        log.error("data folder could not be created: %s", exc)
        show_start_error(_tr("Folder data {folder} tidak dapat dibuat atau ditulisi. Pilih folder lain dengan "
                             "--data-dir atau DESK_DATA_DIR.").format(folder=data_dir))
        return EXIT_DATABASE, None
    first_start = office_setup.is_first_start(db)
    actor = log_in(db)
    if actor is None:
        log.info("nobody logged in; closing")
        db.dispose()
        return 0, None
    office_setup.offer_after_first_admin(db.as_user(actor), first_start)  # the office profile, once
    window = MainWindow(db, actor)
    window.setProperty("log_path", str(log_path) if log_path else "")
    window.show()
    return 0, window


def run_app(data_dir: Path, database_url: str | None = None) -> int:
    app = application()
    previous_hook = sys.excepthook
    sys.excepthook = CrashReporter(data_dir / LOG_FILE)
    window: MainWindow | None = None
    try:
        code, window = start(data_dir, database_url)
        if window is None:
            return code
        if os.environ.get(EXIT_AFTER_FIRST_PAINT_ENV):  # smoke test of a built Desk, not for users
            exit_after_first_paint(window, window.register.table, os.environ[EXIT_AFTER_FIRST_PAINT_ENV])
        # Everything made so far (modules, ORM mappers, widgets) lives as long as Desk does: out of the
        # collector's way, so the collections that a save or a receipt triggers stay short.
        gc.freeze()
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
        if window is not None:
            window.db.dispose()
