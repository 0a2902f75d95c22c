"""Changing one's own password, and an admin setting another user's password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.store import accounts
from desk.store.access import Actor
from desk.store.accounts import AccountRecord
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import error_label
from desk.ui.operations import publish
from desk.ui.translations import error_text
from desk.ui.widgets.buttons import save_cancel_buttons


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _PasswordForm(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.layout_ = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.layout_.addWidget(text)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.new = _secret()
        self.new.setObjectName("new_password")
        self.new.setPlaceholderText(self.tr("minimal {n} karakter").format(n=accounts.MIN_PASSWORD_LENGTH))
        self.repeat = _secret()
        self.repeat.setObjectName("repeat")
        self.error = error_label("error")
        self.buttons = save_cancel_buttons(self, on_save=self.save, cancel_text=self.tr("&Batal"))

    def finish_layout(self) -> None:
        self.form.addRow(self.tr("Kata sandi &baru:"), self.new)
        self.form.addRow(self.tr("&Ulangi kata sandi baru:"), self.repeat)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def show_error(self, message: str, widget: QLineEdit | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def check_repeat(self) -> bool:
        if self.new.text() != self.repeat.text():
            self.show_error(self.tr("Kedua kata sandi baru tidak sama."), self.repeat)
            return False
        return True

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ChangePasswordDialog(_PasswordForm):
    """The logged-in user changes their own password (the old one is asked first)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ganti kata sandi"),
                         self.tr("Ganti kata sandi akun {user}.").format(user=actor.username), parent)
        self.db = db.as_user(actor)  # every operation checks and audits this user
        self.actor = actor
        self.old = _secret()
        self.old.setObjectName("old_password")
        self.form.addRow(self.tr("Kata sandi &lama:"), self.old)
        self.finish_layout()
        self.old.setFocus()

    def save(self) -> None:
        if not self.check_repeat():
            return
        try:
            accounts.change_own_password(self.db, self.old.text(), self.new.text())
        except StoreError as exc:
            self.show_error(error_text(exc), self.old if exc.field == "old_password" else self.new)
            return
        self.accept()

    @classmethod
    def ask(cls, db: Database, actor: Actor, parent: QWidget | None = None) -> bool:
        return cls(db, actor, parent).exec() == QDialog.DialogCode.Accepted


class SetPasswordDialog(_PasswordForm):
    """An admin sets a new password for another account (this also lifts a lock)."""

    def __init__(self, db: Database, actor: Actor, account: AccountRecord, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Setel kata sandi"),
            self.tr("Kata sandi baru untuk {name} ({user}). Sampaikan langsung kepada yang bersangkutan dan minta "
                    "ia menggantinya sendiri lewat menu Akun → Ganti kata sandi.").format(
                name=account.full_name, user=account.username),
            parent,
        )
        self.db = db.as_user(actor)  # every operation checks and audits this user
        self.actor = actor
        self.account = account
        self.finish_layout()
        self.new.setFocus()

    def save(self) -> None:
        if not self.check_repeat():
            return
        try:
            done = accounts.reset_password(self.db, self.account.id, self.new.text())
        except StoreError as exc:
            self.show_error(error_text(exc), self.new)
            return
        publish(self.parent(), done.changes)
        self.accept()

    @classmethod
    def ask(cls, db: Database, actor: Actor, account: AccountRecord, parent: QWidget | None = None) -> bool:
        return cls(db, actor, account, parent).exec() == QDialog.DialogCode.Accepted
