"""Logging in at start, and setting up the first admin of a new Desk.

There is no default password: while no active account has a password, the start shows
`FirstAdminDialog` (username, name, password twice), which creates the admin and logs them in.
Afterwards every start shows `LoginDialog`. Both expose `ask(...)` so tests and the app start
share one entry point.

Both are shown before the database is ready (`db=None`): Desk opens and checks it while the officer
types, then hands it over with `set_database`. Pressed before that, Masuk waits for it and goes on by
itself. The store is imported on first use, not with this module, so the dialog is on screen first.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

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

from desk.domain.passwords import MIN_PASSWORD_LENGTH
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, error_label, message_label, show_message
from desk.ui.translations import error_text

if TYPE_CHECKING:
    from desk.store.access import Actor
    from desk.store.database import Database

log = logging.getLogger(__name__)


def office_name(db: Database) -> str:
    """The office's name for the dialog's heading ("" while the profile cannot be read)."""
    from desk.store.work import office_context

    try:
        return office_context(db).profile.office_name
    except StoreError:
        return ""


class _StartDialog(QDialog):
    """What both start dialogs share: the database arriving while the officer types."""

    def __init__(self, db: Database | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self._waiting = False  # the officer asked to go on before the database was ready
        self.status = message_label("status")
        self.status.setStyleSheet(MUTED_STYLE)

    @property
    def waiting(self) -> bool:
        """Whether the officer's Masuk waits for the database (it goes on by itself once it is ready)."""
        return self._waiting

    def set_database(self, db: Database) -> None:
        """The database, opened and checked; a Masuk pressed before goes on now."""
        self.db = db
        self.status.hide()
        if self._waiting:
            self._waiting = False
            self.submit()

    def _wait_for_database(self) -> bool:
        """True (and the officer told so) when the database is not ready yet."""
        if self.db is not None:
            return False
        self._waiting = True
        show_message(self.status, self.tr("Desk sedang menyiapkan basis data; Anda masuk begitu siap."))
        self.status.setStyleSheet(MUTED_STYLE)
        return True

    def submit(self) -> None:
        raise NotImplementedError


class LoginDialog(_StartDialog):
    """Username and password; the store counts wrong passwords and locks after five."""

    def __init__(self, db: Database | None, parent: QWidget | None = None, *, username: str = "",
                 office: str | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Masuk ke Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.office = QLabel(office if office is not None else (office_name(db) if db is not None else ""))
        self.office.setObjectName("office")
        self.office.setWordWrap(True)
        self.office.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.office.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.office)
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
        layout.addWidget(self.status)
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

    def set_database(self, db: Database) -> None:
        if not self.office.text():
            self.office.setText(office_name(db))
        super().set_database(db)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def submit(self) -> None:
        self.try_login()

    def try_login(self) -> None:
        if not self.username.text().strip():
            self.show_error(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        if self._wait_for_database():
            return
        from desk.store import accounts

        assert self.db is not None
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


class FirstAdminDialog(_StartDialog):
    """The first start: create the first admin account (there is no default password)."""

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
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
        self.password.setPlaceholderText(self.tr("minimal {n} karakter").format(n=MIN_PASSWORD_LENGTH))
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
        layout.addWidget(self.status)
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

    def submit(self) -> None:
        self.create()

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."), "password")
            return
        if self._wait_for_database():
            return
        from desk.store import accounts

        assert self.db is not None
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
