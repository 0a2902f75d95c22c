"""Start-up of the desktop application: settings, logging, login, database, main window.

`desk run` calls `run_app`, which starts behind the login (`StartBehindLogin`): the login dialog (or,
on a database without accounts, the first-admin dialog) is on screen first, as fast as a bare window,
and while the officer types a worker thread imports the store and the main window's modules and opens
and checks the database (desk.ui.start.preparation). Once the password is accepted the main window is
built from what is ready. So this module imports only Qt and Desk's light modules at the top; the
rest is imported where it is used. `start` is the same start without the dialog first: the database,
then `log_in` (tests, and DESK_SKIP_LOGIN for benchmarks and screenshots).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.log_file import LOG_FILE, setup_logging
from desk.paths import APP_AUTHOR, APP_NAME, default_database_url
from desk.safety.exit_codes import EXIT_UNUSABLE, exit_code
from desk.store.errors import DatabaseProblem, Problem, StoreError
from desk.store.start_guess import guess_start
from desk.ui import translations
from desk.ui.crash import CrashReporter
from desk.ui.first_paint import EXIT_AFTER_FIRST_PAINT_ENV, exit_after_first_paint
from desk.ui.settings import LAST_USERNAME
from desk.ui.start.dialogs import FirstAdminDialog, LoginDialog
from desk.ui.start.preparation import Preparation, Prepared, QtTypesAhead

if TYPE_CHECKING:
    from desk.store.access import Actor
    from desk.store.database import Database
    from desk.ui.main_window import MainWindow

__all__ = ["LOG_FILE", "StartBehindLogin", "begin", "run_app", "setup_logging", "start"]

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
    from desk.ui import accounts as accounts_ui

    if os.environ.get(SKIP_LOGIN_ENV) == "1":
        actor = accounts_ui.skip_login_actor(db, LAST_USERNAME.get())
        if actor is not None:
            return actor
    return accounts_ui.login_at_start(db)


def open_checked(data_dir: Path, url: str) -> tuple[int, Database | None]:
    """The database after the start-up checks, asking or explaining on screen: (exit code, db or None)."""
    stopped: list[Problem] = []
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        # quick_check and the other start-up checks; a damaged file is offered its latest good backup.
        from desk.ui.backup import open_database_checked

        checked = open_database_checked(None, url, data_dir, show_error=show_start_error, refused=stopped.append)
        if checked is None:
            log.error("database could not be opened (shown to the user)")
            return (exit_code(stopped[-1]) if stopped else EXIT_DATABASE), None
        return 0, checked
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


def open_window(db: Database, actor: Actor, first_start: bool, log_path: Path | None) -> MainWindow:
    """After the login: the office profile offered once after the first admin, then the main window, shown."""
    from desk.ui.admin import office_setup
    from desk.ui.main_window import MainWindow

    office_setup.offer_after_first_admin(db.as_user(actor), first_start)  # the office profile, once
    window = MainWindow(db, actor)
    window.setProperty("log_path", str(log_path) if log_path else "")
    window.show()
    return window


def start(data_dir: Path, database_url: str | None = None) -> tuple[int, MainWindow | None]:
    """The start without the dialog first: database, clock, `log_in`, main window (tests, DESK_SKIP_LOGIN).

    (exit code, shown main window or None when Desk should stop).
    """
    from desk.ui.admin import office_setup

    application()
    log_path = setup_logging(data_dir)
    url = database_url or default_database_url(data_dir)
    log.info("Desk %s starting; data folder %s", __version__, data_dir)
    code, db = open_checked(data_dir, url)
    if db is None:
        return code, None
    if not clock_is_right(db):
        db.dispose()
        return EXIT_CLOCK, None
    first_start = office_setup.is_first_start(db)
    actor = log_in(db)
    if actor is None:
        log.info("nobody logged in; closing")
        db.dispose()
        return 0, None
    return 0, open_window(db, actor, first_start, log_path)


class _AfterFirstPaint(QObject):
    """Calls `then` once `widget` has been painted (a zero-timer after its first paint event)."""

    def __init__(self, widget: QObject, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.then = widget, then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


# The worker starts once the dialog is painted (it would compete for the interpreter with the first
# paint otherwise); this long at the latest, should no paint come (a hidden or minimised screen).
PREPARE_AT_THE_LATEST_MS = 1000


class StartBehindLogin(QObject):
    """`desk run`: the login (or first-admin) dialog first, then Desk made ready while the officer types.

    `begin()` shows the dialog the database most likely asks for (desk.store.start_guess) and starts the
    `Preparation`. When it is `ready`: a database that needs the officer (damaged, locked, a backup to
    offer, a wrong clock) is asked about or explained exactly as `start` does, with the dialog hidden;
    the dialog is swapped if the guess was wrong; then it gets the database, and a Masuk pressed before
    goes on. After the login the main window is built and shown (`window_shown`); `stopped(code)`
    when Desk should close without it.
    """

    prepared = Signal(object)  # Prepared, once the dialog has the database
    window_shown = Signal(object)  # MainWindow
    stopped = Signal(int)  # exit code

    def __init__(self, data_dir: Path, url: str, log_path: Path | None) -> None:
        super().__init__()
        self.data_dir, self.url, self.log_path = data_dir, url, log_path
        self.dialog: LoginDialog | FirstAdminDialog | None = None
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.code: int | None = None  # set once Desk should stop before its window
        self.first_start = False
        self._quitting = False
        self.preparation = Preparation(url, data_dir, self)
        self.preparation.ready.connect(self._ready)
        self.qt_types = QtTypesAhead(self)
        self.preparation.ready.connect(lambda _prepared: self.qt_types.allow_modules())

    def begin(self) -> None:
        guess = guess_start(self.url)
        self._show_dialog(guess.first_admin if guess else False, guess.office_name if guess else None)
        assert self.dialog is not None
        field = self.dialog.focusWidget() or self.dialog
        _AfterFirstPaint(field, self._prepare)
        QTimer.singleShot(PREPARE_AT_THE_LATEST_MS, self, self._prepare)

    def _prepare(self) -> None:
        self.preparation.start()
        self.qt_types.start()

    def _show_dialog(self, first_admin: bool, office: str | None = None) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
        dialog: LoginDialog | FirstAdminDialog
        if first_admin:
            dialog = FirstAdminDialog(self.db)
        else:
            dialog = LoginDialog(self.db, username=LAST_USERNAME.get(), office=office)
        dialog.accepted.connect(self._logged_in)
        dialog.rejected.connect(self._rejected)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _ready(self, prepared: Prepared) -> None:
        if self._quitting:  # Keluar was pressed before the database was ready: the worker is done now, so close
            if prepared.db is not None:
                prepared.db.dispose()
            self._stop(0)
            return
        assert self.dialog is not None
        db, first_admin = prepared.db, prepared.first_admin
        if db is None or prepared.clock_wrong:
            self.dialog.hide()  # what follows speaks to the officer in its own dialogs
            if db is None:
                code, db = open_checked(self.data_dir, self.url)
                if db is None:
                    self._stop(code)
                    return
                from desk.store import accounts

                first_admin = accounts.needs_first_admin(db)
            if not clock_is_right(db):
                db.dispose()
                self._stop(EXIT_CLOCK)
                return
        self.db, self.first_start = db, first_admin
        if first_admin != isinstance(self.dialog, FirstAdminDialog):
            log.info("start dialog swapped (first admin: %s)", first_admin)
            self._show_dialog(first_admin, prepared.office_name)
        elif not self.dialog.isVisible():
            self.dialog.show()
            self.dialog.activateWindow()
        self.dialog.set_database(db)  # a Masuk pressed before goes on now (and may open the window)
        self.prepared.emit(prepared)

    def _logged_in(self) -> None:
        assert self.dialog is not None and self.db is not None
        actor = self.dialog.actor
        if actor is None:
            return
        # Remembered for the next start's dialog; only a real login is (a skipped one names a demo officer).
        LAST_USERNAME.set(actor.username)
        self.window = open_window(self.db, actor, self.first_start, self.log_path)
        self.dialog.deleteLater()
        self.dialog = None
        self.window_shown.emit(self.window)

    def _rejected(self) -> None:
        log.info("nobody logged in; closing")
        self._quitting = True
        if self.db is not None:  # ready already: close now
            self.db.dispose()
            self._stop(0)
        # else the worker may be migrating the file: `_ready` closes once it is done

    def _stop(self, code: int) -> None:
        self.code = code
        if self.dialog is not None:
            self.dialog.hide()
        self.stopped.emit(code)


def begin(data_dir: Path, database_url: str | None = None) -> StartBehindLogin:
    """Show the first dialog and start the work behind it (the event loop does the rest)."""
    application()
    log_path = setup_logging(data_dir)
    log.info("Desk %s starting behind the login; data folder %s", __version__, data_dir)
    controller = StartBehindLogin(data_dir, database_url or default_database_url(data_dir), log_path)
    controller.begin()
    return controller


def _on_screen(window: MainWindow) -> None:
    if os.environ.get(EXIT_AFTER_FIRST_PAINT_ENV):  # smoke test of a built Desk, not for users
        window.show_register()  # past Hari ini (built and counted at start too): the register's rows
        exit_after_first_paint(window, window.register.table, os.environ[EXIT_AFTER_FIRST_PAINT_ENV])
    # Everything made so far (modules, ORM mappers, widgets) lives as long as Desk does: out of the
    # collector's way, so the collections that a save or a receipt triggers stay short.
    gc.freeze()


def run_app(data_dir: Path, database_url: str | None = None, language: str | None = None) -> int:
    app = application()
    translations.install(app, language)  # Qt's own words in Indonesian (or Desk's in English), before any window
    previous_hook = sys.excepthook
    sys.excepthook = CrashReporter(data_dir / LOG_FILE)
    window: MainWindow | None = None
    try:
        if os.environ.get(SKIP_LOGIN_ENV) == "1":
            code, window = start(data_dir, database_url)
            if window is None:
                return code
            _on_screen(window)
            return int(app.exec())
        # Between the dialog and the main window no window may be open (a start error is shown on its
        # own): Desk closes when its main window does, or when the controller stops it.
        app.setQuitOnLastWindowClosed(False)
        controller = begin(data_dir, database_url)
        controller.stopped.connect(app.exit)

        def shown(made: MainWindow) -> None:
            nonlocal window
            window = made
            app.setQuitOnLastWindowClosed(True)
            _on_screen(made)

        controller.window_shown.connect(shown)
        code = int(app.exec())
        return controller.code if controller.code is not None else code
    finally:
        sys.excepthook = previous_hook
        if window is not None:
            window.db.dispose()
