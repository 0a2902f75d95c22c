"""Accounts, audit and personal data in the application.

What the rest of the UI calls:

- `login_at_start(db, parent)` in app start-up: the first-admin set-up on a new
  Desk, the login dialog otherwise; returns the `Actor` (the officer on duty) or
  None when the officer chose to quit.
- `install(window, db, actor, menu=...)` once the main window exists: the idle
  screen lock (and Ctrl+L), "Ganti kata sandi", and for the roles that may use them
  "Pengguna", "Jejak audit" and "Pelindungan data pribadi"; a status-bar label with
  the logged-in user; and the retention run offered when due.
- `bind_actor(db, actor)`: the database whose every read()/write() carries the logged-in user
  (the main window hands it to all its areas).
- `ConsentPanel` for the intake form: the office's privacy notice and the three opt-in consents,
  recorded with `panel.record(session, visitor_id)` in the transaction that saves the request.
- `RevealField` for any panel that shows a NIK or phone: masked, with an audited
  "Tampilkan".
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from desk.store import access
from desk.store.access import ROLE_LABELS, Actor
from desk.store.database import Database
from desk.ui.accounts.idle_lock import IdleLock, LockScreen
from desk.ui.accounts.login import FirstAdminDialog, LoginDialog, login_at_start, skip_login_actor
from desk.ui.accounts.session import ActorDatabase, bind_actor

if TYPE_CHECKING:
    from desk.ui.accounts.retention import RetentionDialog

__all__ = [
    "AccountsUi",
    "ActorDatabase",
    "AuditDialog",
    "AuditPage",
    "ChangePasswordDialog",
    "ConsentPanel",
    "DataProtectionDialog",
    "FirstAdminDialog",
    "IdleLock",
    "LockScreen",
    "LoginDialog",
    "RetentionDialog",
    "RetentionPage",
    "RevealField",
    "SetPasswordDialog",
    "SubjectPage",
    "UserDialog",
    "UsersDialog",
    "UsersPage",
    "bind_actor",
    "install",
    "login_at_start",
    "offer_retention",
    "skip_login_actor",
]

# What start-up needs (login, idle lock) is imported above; the pages and dialogs an officer opens
# later are imported on first use (issue 8: the audit, privacy and retention modules are not needed
# to paint the register, and importing them took longer). `from desk.ui.accounts import AuditPage`
# still works.
_LATER = {
    "AuditDialog": "audit_page", "AuditPage": "audit_page",
    "ConsentPanel": "consent",
    "ChangePasswordDialog": "password", "SetPasswordDialog": "password",
    "RetentionDialog": "retention", "RetentionPage": "retention", "offer_retention": "retention",
    "RevealField": "reveal",
    "DataProtectionDialog": "subject_page", "SubjectPage": "subject_page",
    "UserDialog": "users_page", "UsersDialog": "users_page", "UsersPage": "users_page",
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


class AccountsUi(QObject):
    """What `install` hands back: the idle lock and the menu actions."""

    def __init__(self, window: QMainWindow, db: Database, actor: Actor, *, idle_timeout_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.idle = IdleLock(window, db, actor, timeout_ms=idle_timeout_ms)
        self.idle.quit_requested.connect(window.close)
        self.dialog: QWidget | None = None

        def action(text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
            made = QAction(text, window)
            made.triggered.connect(slot)  # type: ignore[arg-type]
            if shortcut is not None:
                made.setShortcut(shortcut)
            return made

        self.lock_action = action(window.tr("&Kunci layar"), self.idle.lock, QKeySequence("Ctrl+L"))
        self.password_action = action(window.tr("&Ganti kata sandi…"), self.change_password)
        self.users_action = action(window.tr("&Pengguna…"), self.open_users)
        self.audit_action = action(window.tr("&Jejak audit…"), self.open_audit)
        self.privacy_action = action(window.tr("Pelindungan &data pribadi…"), self.open_privacy)
        self.users_action.setVisible(access.allowed(actor, access.USERS_MANAGE))
        self.audit_action.setVisible(access.allowed(actor, access.AUDIT_READ))
        self.privacy_action.setVisible(access.allowed(actor, access.PERSONAL_DATA))
        self.user_label = QLabel(window.tr("Masuk sebagai {name} ({role})").format(
            name=actor.full_name, role=ROLE_LABELS.get(actor.role, actor.role)))
        self.user_label.setObjectName("loggedInUser")

    @property
    def actions(self) -> list[QAction]:
        return [self.lock_action, self.password_action, self.users_action, self.audit_action, self.privacy_action]

    def change_password(self) -> bool:
        from desk.ui.accounts.password import ChangePasswordDialog

        return ChangePasswordDialog.ask(self.db, self.actor, self.window)

    def _show(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_users(self) -> QWidget:
        from desk.ui.accounts.users_page import UsersDialog

        dialog = UsersDialog(self.db, self.actor, self.window)
        dialog.page.idle_minutes_changed.connect(self.idle.set_minutes)
        return self._show(dialog)

    def open_audit(self) -> QWidget:
        from desk.ui.accounts.audit_page import AuditDialog

        return self._show(AuditDialog(self.db, self.actor, self.window))

    def open_privacy(self) -> QWidget:
        from desk.ui.accounts.subject_page import DataProtectionDialog

        return self._show(DataProtectionDialog(self.db, self.actor, self.window))

    def offer_retention(self) -> RetentionDialog | None:
        if not access.allowed(self.actor, access.PERSONAL_DATA):
            return None  # only those who may run it are asked; nobody else waits for the check
        from desk.ui.accounts.retention import offer_retention

        return offer_retention(self.window, self.db, self.actor)


RETENTION_OFFER_DELAY_MS = 1500


def install(
    window: QMainWindow,
    db: Database,
    actor: Actor,
    *,
    menu: QMenu | None = None,
    user_label: QLabel | None = None,
    idle_timeout_ms: int | None = None,
    offer_retention_at_start: bool = True,
) -> AccountsUi:
    """Hook accounts into the main window (the menu defaults to a new "&Akun" menu in the menu bar).

    `user_label`: the window's own "officer on duty" label (already naming the logged-in user);
    without one, a "Masuk sebagai …" label is added to the status bar.
    """
    ui = AccountsUi(window, db, actor, idle_timeout_ms=idle_timeout_ms)
    target = menu if menu is not None else window.menuBar().addMenu(window.tr("&Akun"))
    for i, action in enumerate(ui.actions):
        if i == 2:
            target.addSeparator()
        target.addAction(action)
    if user_label is not None:
        ui.user_label = user_label
    else:
        window.statusBar().addPermanentWidget(ui.user_label)
    if offer_retention_at_start:
        # Once the register is painted: the check reads the visitors table and can wait a moment.
        QTimer.singleShot(RETENTION_OFFER_DELAY_MS, ui.offer_retention)
    return ui
