"""Login at start, first-admin set-up, lock-out, and the idle screen lock (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import app
from desk.domain.intake import RequestDraft
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store import accounts
from desk.store.access import OFFICER, AccessDenied, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.demo import DEMO_OFFICERS, add_demo_requests
from desk.store.models import AuditEntry
from desk.store.requests import create_request
from desk.ui import accounts as accounts_ui
from desk.ui.accounts import login as login_module
from desk.ui.accounts.idle_lock import IdleLock
from desk.ui.accounts.login import FirstAdminDialog, LoginDialog, skip_login_actor
from desk.ui.settings import LAST_USERNAME
from tests.ui.helpers import open_main_window, settings_dir  # noqa: F401

PASSWORD = "Balangan#2026"


def make_admin(db: Database) -> Actor:
    return accounts.create_first_admin(db, "admin", "Syifa Miratil Hayati", PASSWORD).value.actor


def actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def service_of(session: Session) -> int:
    return next(svc.id for svc in list_services(session) if svc.code == "P1")


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_first_start_creates_the_first_admin_and_logs_in(qtbot: QtBot, db: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(FirstAdminDialog, "ask", classmethod(lambda cls, db, parent=None: asked.append("first")))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, db, parent=None, username="": asked.append("login")))
    login_module.login_at_start(db)
    assert asked == ["first"]  # no account has a password yet: no login with a default password

    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "admin"
    type_into(qtbot, dialog.full_name, "Syifa Miratil Hayati")
    type_into(qtbot, dialog.password, PASSWORD)
    type_into(qtbot, dialog.repeat, "Balangan#2025")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Kedua kata sandi tidak sama." and dialog.actor is None
    type_into(qtbot, dialog.password, "1234")
    type_into(qtbot, dialog.repeat, "1234")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "minimal 8 karakter" in dialog.error.text()
    type_into(qtbot, dialog.password, PASSWORD)
    type_into(qtbot, dialog.repeat, PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and (dialog.actor.username, dialog.actor.role) == ("admin", "admin")
    assert actions(db) == ["user.create_first_admin", "login"]

    asked.clear()
    login_module.login_at_start(db)
    assert asked == ["login"]


def test_login_success_and_failure(qtbot: QtBot, db: Database) -> None:
    make_admin(db)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username, "admin")
    type_into(qtbot, dialog.password, "salah-sandi")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and dialog.isVisible()
    assert "Nama pengguna atau kata sandi salah" in dialog.error.text()
    assert "Sisa 4 kali" in dialog.error.text()
    assert dialog.password.text() == ""  # cleared for the next try

    type_into(qtbot, dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.full_name == "Syifa Miratil Hayati"
    assert actions(db)[-2:] == ["login.failed", "login"]


def test_five_wrong_passwords_lock_the_account_at_the_login_dialog(qtbot: QtBot, db: Database) -> None:
    admin = make_admin(db)
    accounts.create_user(db.as_user(admin), "rahmat", "Rahmat Hidayat", OFFICER, "Loket-12345")
    dialog = LoginDialog(db, username="rahmat")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        type_into(qtbot, dialog.password, "keliru-terus")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "Akun dikunci karena 5 kali salah kata sandi" in dialog.error.text()
    type_into(qtbot, dialog.password, "Loket-12345")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and "Akun dikunci" in dialog.error.text()
    assert "login.lock" in actions(db)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    win.resize(800, 500)
    qtbot.addWidget(win)
    win.show()
    return win


def test_idle_time_locks_the_screen_and_only_the_password_unlocks_it(
    qtbot: QtBot, db: Database, window: QMainWindow
) -> None:
    admin = make_admin(db)
    lock = IdleLock(window, db, admin, timeout_ms=150)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    screen = lock.screen
    assert screen is not None and screen.isVisible() and lock.is_locked
    assert screen.geometry().size() == window.frameGeometry().size()  # the register is covered

    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.isVisible()  # Escape does not unlock
    type_into(qtbot, screen.password, "bukan-ini")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    # The lock screen has no user-name field: its message speaks of the password only.
    assert screen.isVisible() and screen.error.text().startswith("Kata sandi salah.")
    assert "Nama pengguna" not in screen.error.text()

    type_into(qtbot, screen.password, PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not screen.isVisible() and not lock.is_locked
    assert lock.timer.isActive()  # counting again
    assert actions(db)[-2:] == ["login.failed", "login"]
    lock.stop()


def test_activity_restarts_the_idle_countdown(qtbot: QtBot, db: Database, window: QMainWindow) -> None:
    admin = make_admin(db)
    edit = QLineEdit(window)
    window.setCentralWidget(edit)
    lock = IdleLock(window, db, admin, timeout_ms=60_000)
    qtbot.wait(300)
    assert lock.timer.remainingTime() < 59_800
    qtbot.keyClick(edit, "a")
    assert lock.timer.remainingTime() > 59_800
    assert not lock.is_locked
    lock.set_minutes(3)
    assert lock.timer.interval() == 180_000
    lock.stop()


@pytest.mark.usefixtures("settings_dir")
def test_install_adds_the_menu_status_label_and_ctrl_l(qtbot: QtBot, db: Database) -> None:
    admin = make_admin(db)
    officer = accounts.create_user(db.as_user(admin), "rahmat", "Rahmat Hidayat", OFFICER, "Loket-12345").value.actor
    main = open_main_window(qtbot, db, officer)
    ui = main.accounts
    assert ui.user_label is main.officer_label and ui.user_label.text() == "Petugas: Rahmat Hidayat"
    visible = [a.text() for a in main.menus["account"].actions() if a.isVisible()]
    assert visible == ["&Kunci layar", "&Ganti kata sandi…"]  # a petugas sees no admin screens
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ui.idle.is_locked
    ui.idle.stop()


def test_a_shift_change_at_the_lock_screen_closes_desk_and_starts_it_again_at_the_login(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.ui.backup import startup

    restarted: list[bool] = []
    monkeypatch.setattr(startup, "restart_application", lambda: restarted.append(True))
    admin = make_admin(db)
    officer = accounts.create_user(db.as_user(admin), "rahmat", "Rahmat Hidayat", OFFICER, "Loket-12345").value.actor
    main = open_main_window(qtbot, db, officer)
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = main.accounts.idle.screen
    assert screen is not None
    qtbot.waitUntil(screen.isActiveWindow)
    assert screen.switch_button.text() == "&Ganti petugas"
    qtbot.keyClick(screen.password, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # no password needed to hand over
    qtbot.waitUntil(lambda: restarted == [True])
    assert not main.isVisible() and not screen.isVisible()
    main.accounts.idle.stop()


# --- the start of the application: the officer on duty is the logged-in user ----------------------


@pytest.mark.usefixtures("settings_dir")
def test_app_start_logs_in_and_the_window_works_as_that_user(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        admin = make_admin(db)
        accounts.create_user(db.as_user(admin), "rahmat", "Rahmat Hidayat", OFFICER, "Loket-12345")
        accounts.create_user(db.as_user(admin), "kadis", "Kepala Dinas", "pimpinan", "Kepala-12345")
    finally:
        db.dispose()
    monkeypatch.setenv(app.SKIP_LOGIN_ENV, "1")  # refused: this database has passwords
    asked: list[str] = []

    def login_dialog(db: Database, parent: object = None) -> Actor:
        asked.append("login")
        return accounts.login(db, "rahmat", "Loket-12345")

    monkeypatch.setattr(accounts_ui, "login_at_start", login_dialog)
    code, window = app.start(data_dir)
    assert code == 0 and window is not None and asked == ["login"]
    qtbot.addWidget(window)
    assert window.actor is not None and window.actor.username == "rahmat"
    assert window.officer_label.text() == "Petugas: Rahmat Hidayat"
    assert [a.text() for a in window.accounts.actions if a.isVisible()] == ["&Kunci layar", "&Ganti kata sandi…"]
    with window.db.write() as s:  # what every area of the window does: the store sees Rahmat
        record = create_request(s, RequestDraft(service_id=service_of(s), name="Siti Aminah"), None)
        assert record.received_by == "Rahmat Hidayat"
    with pytest.raises(AccessDenied):
        accounts.create_user(window.db, "baru", "Baru", OFFICER, "Sandi-Baru-99")
    with window.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "request.create")).one()
        assert entry.username == "rahmat"
    window.accounts.idle.stop()
    window.close()

    monkeypatch.setattr(accounts_ui, "login_at_start", lambda db, parent=None: None)
    assert app.start(data_dir) == (0, None)  # "Keluar" at the login: Desk closes


@pytest.mark.usefixtures("settings_dir")
def test_a_skipped_login_leaves_the_pcs_last_user_name_alone(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        add_demo_requests(db, 0)
    finally:
        db.dispose()
    LAST_USERNAME.set("siti")  # who last logged in on this PC
    monkeypatch.setenv(app.SKIP_LOGIN_ENV, "1")  # a benchmark or a screenshot on demo data
    code, window = app.start(data_dir)
    assert code == 0 and window is not None
    qtbot.addWidget(window)
    assert window.actor is not None and window.actor.full_name in DEMO_OFFICERS
    assert LAST_USERNAME.get() == "siti"  # the next real start still offers Siti's name
    window.accounts.idle.stop()
    window.close()


def test_skip_login_only_on_a_database_without_passwords(db: Database) -> None:
    add_demo_requests(db, 0)  # demo data: its officers have no password
    actor = skip_login_actor(db)
    assert actor is not None and actor.full_name in DEMO_OFFICERS
    make_admin(db)
    assert skip_login_actor(db) is None
