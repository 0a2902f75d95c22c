"""`desk run` starts behind the login: the dialog first, the database opened while the officer types.

Real SQLite files, the real worker thread, keys typed with pytest-qt. The worker is held at the
database (a threading.Event) where a test must be sure the officer typed before Desk was ready.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk import app
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store import accounts
from desk.store.database import Database
from desk.store.start_guess import StartGuess
from desk.ui.admin import office_setup
from desk.ui.backup import startup
from desk.ui.main_window import MainWindow
from desk.ui.settings import LAST_USERNAME
from desk.ui.start.dialogs import FirstAdminDialog, LoginDialog
from tests.conftest import saved_walk_in
from tests.ui.helpers import focused, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

PASSWORD = "Balangan#2026"


class Painted(QObject):
    """Counts the paint events `widget` receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def office(data_dir: Path) -> Path:
    """A Desk in use: an admin with a password, an officer, and one request in the register."""
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        admin = accounts.create_first_admin(db, "admin", "Syifa Miratil Hayati", PASSWORD).value.actor
        accounts.create_user(db.as_user(admin), "rahmat", "Rahmat Hidayat", accounts.OFFICER, "Loket-12345")
        saved_walk_in(db.as_user(admin), "Siti Aminah")
    finally:
        db.dispose()
    return data_dir


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the worker before it opens the database until the test sets the event."""
    release = threading.Event()
    quietly = startup.open_database_quietly

    def waiting(url: str, data_dir: Path) -> Database | None:
        assert release.wait(60), "the test never let the worker go on"
        return quietly(url, data_dir)

    monkeypatch.setattr(startup, "open_database_quietly", waiting)
    yield release
    release.set()


@pytest.fixture
def started() -> Iterator[list[app.StartBehindLogin]]:
    """The controllers a test began; their worker finished, window and database closed after it."""
    made: list[app.StartBehindLogin] = []
    yield made
    for controller in made:
        controller.preparation.wait(60)
        QApplication.processEvents()
        if controller.window is not None:
            controller.window.accounts.idle.stop()
            controller.window.close()
            controller.window.db.dispose()
        elif controller.db is not None:
            controller.db.dispose()
        if controller.dialog is not None:
            controller.dialog.close()


def begin(qtbot: QtBot, data_dir: Path, started: list[app.StartBehindLogin]) -> app.StartBehindLogin:
    controller = app.begin(data_dir)
    started.append(controller)
    assert controller.dialog is not None
    qtbot.waitExposed(controller.dialog)
    return controller


def register_painted(qtbot: QtBot, window: MainWindow) -> None:
    painted = Painted(window.register.table.viewport())
    window.show_register()
    qtbot.waitUntil(lambda: painted.count > 0 and window.register.table.isVisible())
    assert window.register.model.rowCount() == 1


def test_the_login_dialog_comes_first_focused_and_takes_keys_while_desk_opens_the_database(
    qtbot: QtBot, office: Path, held: threading.Event, started: list[app.StartBehindLogin]
) -> None:
    controller = begin(qtbot, office, started)
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert dialog.office.text() == "DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA"  # read before the store
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    qtbot.keyClicks(focused(), "rahmat")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Loket-12345")
    assert controller.db is None and not controller.preparation.done  # typed while the worker still works
    assert (dialog.username.text(), dialog.password.text()) == ("rahmat", "Loket-12345")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # before Desk is ready: Masuk waits and says so
    assert dialog.waiting and dialog.isVisible() and controller.window is None
    assert dialog.status.text() == "Desk sedang menyiapkan basis data; Anda masuk begitu siap."

    with qtbot.waitSignal(controller.window_shown, timeout=60_000):
        held.set()
    window = controller.window
    assert window is not None and window.isVisible() and not dialog.isVisible()
    assert window.actor.username == "rahmat" and window.officer_label.text() == "Petugas: Rahmat Hidayat"
    register_painted(qtbot, window)
    assert LAST_USERNAME.get() == "rahmat"


def test_a_wrong_password_keeps_the_dialog_with_its_message_and_the_right_one_opens_the_register(
    qtbot: QtBot, office: Path, started: list[app.StartBehindLogin]
) -> None:
    LAST_USERNAME.set("admin")
    controller = begin(qtbot, office, started)
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog) and dialog.username.text() == "admin"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password)  # the name is remembered
    qtbot.waitUntil(lambda: controller.db is not None, timeout=60_000)
    qtbot.keyClicks(dialog.password, "salah-sandi")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert controller.window is None and dialog.isVisible()
    assert "Nama pengguna atau kata sandi salah" in dialog.error.text() and "Sisa 4 kali" in dialog.error.text()
    assert dialog.password.text() == "" and QApplication.focusWidget() is dialog.password

    with qtbot.waitSignal(controller.window_shown, timeout=60_000):
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert controller.window is not None and controller.window.actor.username == "admin"
    register_painted(qtbot, controller.window)


def test_an_empty_data_folder_starts_with_the_first_admin_dialog_and_logs_the_admin_in(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[app.StartBehindLogin]
) -> None:
    offered: list[str] = []
    monkeypatch.setattr(office_setup, "run_setup", lambda dialog: offered.append(dialog.windowTitle()) or False)
    controller = begin(qtbot, tmp_path / "baru", started)
    dialog = controller.dialog
    assert isinstance(dialog, FirstAdminDialog)  # no file yet: no account can log in
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.full_name)
    qtbot.keyClicks(dialog.full_name, "Syifa Miratil Hayati")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, "Balangan#2025")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.error.text() == "Kedua kata sandi tidak sama." and controller.window is None
    qtbot.keyClicks(dialog.password, PASSWORD)  # the first password was selected: typed over
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASSWORD)
    with qtbot.waitSignal(controller.window_shown, timeout=60_000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    window = controller.window
    assert window is not None and (window.actor.username, window.actor.role) == ("admin", "admin")
    assert (tmp_path / "baru" / DATABASE_FILE).is_file()
    assert offered == ["Siapkan profil kantor"]  # the office set-up follows the first admin, as before


def test_a_wrong_guess_of_the_first_dialog_is_swapped_once_the_store_has_answered(
    qtbot: QtBot, office: Path, held: threading.Event, monkeypatch: pytest.MonkeyPatch,
    started: list[app.StartBehindLogin]
) -> None:
    # The guess read before the store says "first admin" (as if the accounts were made after it);
    # the store, once the database is open, says otherwise: the login dialog replaces it.
    monkeypatch.setattr(app, "guess_start", lambda url: StartGuess(first_admin=True))
    controller = begin(qtbot, office, started)
    assert isinstance(controller.dialog, FirstAdminDialog)
    with qtbot.waitSignal(controller.prepared, timeout=60_000):
        held.set()
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible() and dialog.db is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)


def test_a_database_that_fails_its_check_says_so_in_indonesian_and_desk_stops(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[app.StartBehindLogin]
) -> None:
    foreign = tmp_path / "asing"
    foreign.mkdir()
    conn = sqlite3.connect(foreign / DATABASE_FILE)  # another program's database: not Desk's
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(app, "show_start_error", shown.append)
    controller = begin(qtbot, foreign, started)
    assert isinstance(controller.dialog, LoginDialog)  # nothing to tell from the file: the usual dialog
    with qtbot.waitSignal(controller.stopped, timeout=60_000) as stop:
        pass
    assert stop.args == [3]  # as `desk check` says for a file that is not Desk's
    assert len(shown) == 1 and "milik program lain" in shown[0] and "Traceback" not in shown[0]
    assert controller.dialog is not None and not controller.dialog.isVisible() and controller.window is None


def test_keluar_before_desk_is_ready_closes_once_the_worker_is_done(
    qtbot: QtBot, office: Path, held: threading.Event, started: list[app.StartBehindLogin]
) -> None:
    controller = begin(qtbot, office, started)
    assert controller.dialog is not None
    qtbot.keyClick(controller.dialog, Qt.Key.Key_Escape)
    assert controller.code is None  # the worker may be migrating the file: it is let finish first
    with qtbot.waitSignal(controller.stopped, timeout=60_000) as stop:
        held.set()
    assert stop.args == [0] and controller.window is None
