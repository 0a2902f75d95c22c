"""Logging in at start, and setting up the first admin of a new Desk.

There is no default password: while no active account has a password, the
start shows `FirstAdminDialog` (username, name, password twice), which creates
the admin and logs them in. Afterwards every start shows `LoginDialog`. Both
expose `ask(...)` so tests and the app start share one entry point.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.store import accounts
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import office_context
from desk.ui.common import MUTED_STYLE, error_label
from desk.ui.settings import LAST_USERNAME
from desk.ui.translations import error_text

log = logging.getLogger(__name__)


def _office_name(db: Database) -> str:
    try:
        return office_context(db).profile.office_name
    except StoreError:
        return ""


class LoginDialog(QDialog):
    """Username and password; the store counts wrong passwords and locks after five."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk ke Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        office = QLabel(_office_name(db))
        office.setWordWrap(True)
        office.setAlignment(Qt.AlignmentFlag.AlignCenter)
        office.setStyleSheet("font-weight: bold;")
        layout.addWidget(office)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setMaxLength(60)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        layout.addLayout(form)
        self.error = error_label("error")
        layout.addWidget(self.error)
        hint = QLabel(self.tr("Lupa kata sandi? Minta admin Desk menyetel kata sandi baru."))
        hint.setStyleSheet(MUTED_STYLE)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("&Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        buttons.addButton(self.tr("&Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def try_login(self) -> None:
        if not self.username.text().strip():
            self.show_error(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        try:
            self.actor = accounts.login(self.db, self.username.text(), self.password.text())
        except StoreError as exc:
            self.password.clear()
            self.password.setFocus()
            self.show_error(error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None, username: str = "") -> Actor | None:
        dialog = cls(db, parent, username=username)
        dialog.exec()
        return dialog.actor


class FirstAdminDialog(QDialog):
    """The first start: create the first admin account (there is no default password)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Akun admin pertama"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Desk belum punya akun yang dapat masuk. Buat akun admin pertama: admin menambah akun petugas "
            "dan pimpinan sesudahnya. Desk tidak punya kata sandi bawaan; simpan kata sandi ini baik-baik."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.nip = QLineEdit()
        self.nip.setObjectName("nip")
        self.nip.setPlaceholderText(self.tr("18 angka, boleh dikosongkan"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("minimal {n} karakter").format(n=accounts.MIN_PASSWORD_LENGTH))
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("NI&P:"), self.nip)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.repeat)
        layout.addLayout(form)
        self.error = error_label("error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("&Buat dan masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        buttons.addButton(self.tr("&Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.full_name.setFocus()
        self._fields = {"username": self.username, "full_name": self.full_name, "nip": self.nip,
                        "password": self.password}

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."), "password")
            return
        try:
            made = accounts.create_first_admin(
                self.db, self.username.text(), self.full_name.text(), self.password.text(), self.nip.text()
            ).value
            self.actor = accounts.login(self.db, made.username, self.password.text())
        except StoreError as exc:
            self.show_error(error_text(exc), exc.field)
            return
        self.accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> Actor | None:
        dialog = cls(db, parent)
        dialog.exec()
        return dialog.actor


def login_at_start(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The logged-in user for this session, or None when the officer chose to quit.

    The username of the last login on this PC is filled in (the password never is).
    """
    if accounts.needs_first_admin(db):
        actor = FirstAdminDialog.ask(db, parent)
    else:
        actor = LoginDialog.ask(db, parent, username=LAST_USERNAME.get())
    if actor is not None:
        LAST_USERNAME.set(actor.username)
    return actor


def skip_login_actor(db: Database, preferred_username: str = "") -> Actor | None:
    """For benchmarks and screenshots on demo data: an active user, without a password.

    Refused (None) as soon as any account has a password: an office's real Desk always asks.
    """
    actor = accounts.demo_actor(db, preferred_username)
    if actor is None:
        log.warning("skip-login refused: this database has accounts with passwords")
    return actor
