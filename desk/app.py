"""Start-up of the desktop application: settings, logging, database, login, main window.

`desk run` calls `run_app`. Imports stay light (no ReportLab, no documents) so the
window is on screen quickly; printing loads its modules when first used.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.log_file import LOG_FILE, setup_logging
from desk.paths import APP_AUTHOR, APP_NAME, default_database_url
from desk.safety.health import EXIT_UNUSABLE, exit_code
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import DatabaseProblem, Problem, StoreError
from desk.ui import accounts as accounts_ui
from desk.ui import translations
from desk.ui.admin import office_setup
from desk.ui.crash import CrashReporter
from desk.ui.first_paint import EXIT_AFTER_FIRST_PAINT_ENV, exit_after_first_paint
from desk.ui.main_window import MainWindow
from desk.ui.settings import LAST_USERNAME

log = logging.getLogger("desk")

EXIT_DATABASE = EXIT_UNUSABLE  # the default; `desk check`'s codes when the kind of problem is known
EXIT_CLOCK = 4  # the PC's clock is behind the records or far ahead of them (desk.store.clock)
# Benchmarks and screenshots only, on databases without passwords: open as the remembered (or first) officer.
SKIP_LOGIN_ENV = "DESK_SKIP_LOGIN"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskApp", text)


def application() -> QApplication:
    """The QApplication, created once with the names QSettings files its values under."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        translations.prepare_process()  # before Qt reads the system locale
        app = QApplication(sys.argv[:1])
        # Calendars and number fields in Indonesian, whatever the PC's own locale, until the screen's language
        # is installed; set only when the application is made, so a later call keeps English once chosen.
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def show_start_error(message: str) -> None:
    """Why Desk cannot start, in Indonesian (patched in tests)."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Desk tidak dapat dibuka"))
    box.setText(message)
    box.exec()


def confirm_clock(message: str) -> bool:
    """Whether a date far after the last record is right, asked before anything is written (patched in tests)."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Periksa tanggal komputer"))
    box.setText(message)
    right = box.addButton(_tr("Tanggal ini &benar"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Tutup Desk"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is right


def clock_is_right(db: Database) -> bool:
    """Refuse to start on a wrong clock (numbers of the wrong year, retention run too early), naming both
    times. Asked before the login, which itself is recorded at this clock's time. A date far ahead of
    the last record may be confirmed as right (an office that did not use Desk for months); the
    confirmation is recorded. A clock behind the records is never right."""
    from desk.store import clock

    try:
        problem = clock.clock_problem(db)
    except StoreError as exc:
        log.warning("clock check failed: %s", exc.message)
        return True  # the database said why elsewhere; the clock is checked again before every save
    if problem is None:
        return True
    log.error("clock refused at start (ahead=%s)", problem.ahead)
    if problem.ahead and confirm_clock(problem.message):
        try:
            clock.confirm_clock_ahead(db)
        except StoreError as exc:
            show_start_error(exc.message)
            return False
        return True
    show_start_error(problem.message)
    return False


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
    stopped: list[Problem] = []
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        # quick_check and the other start-up checks; a damaged file is offered its latest good backup.
        from desk.ui.backup import open_database_checked

        checked = open_database_checked(None, url, data_dir, show_error=show_start_error, refused=stopped.append)
        if checked is None:
            log.error("database could not be opened (shown to the user)")
            return (exit_code(stopped[-1]) if stopped else EXIT_DATABASE), None
        db = checked
    except StoreError as exc:
        kind = exc.kind if isinstance(exc, DatabaseProblem) else None
        log.error("database could not be opened: %s", kind or type(exc).__name__)
        show_start_error(exc.message)
        return exit_code(kind), None
    except OSError as exc:
        log.error("data folder could not be created: %s", exc)
        show_start_error(_tr("Folder data {folder} tidak dapat dibuat atau ditulisi. Pilih folder lain dengan "
                             "--data-dir atau DESK_DATA_DIR.").format(folder=data_dir))
        return EXIT_DATABASE, None
    if not clock_is_right(db):
        db.dispose()
        return EXIT_CLOCK, None
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


def run_app(data_dir: Path, database_url: str | None = None, language: str | None = None) -> int:
    app = application()
    translations.install(app, language)  # Qt's own words in Indonesian (or Desk's in English), before any window
    previous_hook = sys.excepthook
    sys.excepthook = CrashReporter(data_dir / LOG_FILE)
    window: MainWindow | None = None
    try:
        code, window = start(data_dir, database_url)
        if window is None:
            return code
        if os.environ.get(EXIT_AFTER_FIRST_PAINT_ENV):  # smoke test of a built Desk, not for users
            window.show_register()  # past Hari ini (built and counted at start too): the register's rows
            exit_after_first_paint(window, window.register.table, os.environ[EXIT_AFTER_FIRST_PAINT_ENV])
        # Everything made so far (modules, ORM mappers, widgets) lives as long as Desk does: out of the
        # collector's way, so the collections that a save or a receipt triggers stay short.
        gc.freeze()
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
        if window is not None:
            window.db.dispose()
