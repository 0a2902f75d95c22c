"""Accounts, audit and personal data in the application.

What the rest of the UI calls:

- `login_at_start(db, parent)` in app start-up: the first-admin set-up on a new
  Desk, the login dialog otherwise; returns the `Actor` (the officer on duty) or
  None when the officer chose to quit.
- `install(window, db, actor)` once the main window exists: the idle
  screen lock (and Ctrl+L), "Ganti kata sandi", and for the roles that may use them
  "Pengguna", "Jejak audit" and "Pelindungan data pribadi"; a status-bar label with
  the logged-in user; and the retention run offered when due: at start, and again on each
  new office day while Desk stays open.
- `ConsentPanel` for the intake form: the office's privacy notice and the three opt-in consents;
  the form hands `panel.flags()` to the operation that saves the request.
- `RevealField` for any panel that shows a NIK or phone: masked, with an audited
  "Tampilkan".
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from desk.store import access
from desk.store.access import ROLE_LABELS, Actor
from desk.store.database import Database
from desk.ui.accounts.idle_lock import IdleLock, LockScreen
from desk.ui.accounts.login import FirstAdminDialog, LoginDialog, login_at_start, skip_login_actor
from desk.ui.actions import AppAction

if TYPE_CHECKING:
    from desk.ui.accounts.retention import RetentionDialog
    from desk.ui.main_window import MainWindow

__all__ = [
    "AccountsUi",
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
    "install",
    "login_at_start",
    "offer_retention",
    "skip_login_actor",
]

# What start-up needs (login, idle lock) is imported above; the pages and dialogs an officer opens
# later are imported on first use (the audit, privacy and retention modules are not needed to paint
# the register, and importing them took longer). `from desk.ui.accounts import AuditPage`
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

    def __init__(self, window: MainWindow, db: Database, actor: Actor, *, idle_timeout_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.idle = IdleLock(window, db, actor, timeout_ms=idle_timeout_ms)
        self.idle.quit_requested.connect(window.close)
        self.idle.switch_requested.connect(self.switch_officer)
        self.dialog: QWidget | None = None
        self.lock_action = window.bind(AppAction.LOCK, self.idle.lock)
        self.password_action = window.bind(AppAction.CHANGE_PASSWORD, self.change_password)
        self.users_action = window.bind(AppAction.USERS, self.open_users)
        self.audit_action = window.bind(AppAction.AUDIT, self.open_audit)
        self.privacy_action = window.bind(AppAction.DATA_PROTECTION, self.open_privacy)
        self.user_label = QLabel(window.tr("Masuk sebagai {name} ({role})").format(
            name=actor.full_name, role=ROLE_LABELS.get(actor.role, actor.role)))
        self.user_label.setObjectName("loggedInUser")
        self.retention_dialog: RetentionDialog | None = None
        self.retention_asked_on: date | None = None  # the office day the offer was last checked
        # A Desk left open for days (a counter PC that is never shut down) is asked again each new day.
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(RETENTION_RECHECK_MS)
        self.retention_timer.timeout.connect(self.recheck_retention)

    @property
    def actions(self) -> list[QAction]:
        return [self.lock_action, self.password_action, self.users_action, self.audit_action, self.privacy_action]

    def switch_officer(self) -> None:
        """A shift change at the lock screen: Desk closes as at Keluar (its closing backup included) and starts
        again at the login, so the next officer works under their own account."""
        if self.window.close():
            from desk.ui.backup.startup import restart_application

            restart_application()

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
        from desk.store.work import office_context
        from desk.ui.accounts.retention import offer_retention

        self.retention_asked_on = office_context(self.db).clock.today
        dialog = offer_retention(self.window, self.db, self.actor)
        if dialog is not None:
            self.retention_dialog = dialog
            dialog.finished.connect(self._retention_closed)
        return dialog

    def recheck_retention(self) -> RetentionDialog | None:
        """The offer again once the office day has changed since it was last checked; never over the
        lock screen or over the offer still open."""
        if not access.allowed(self.actor, access.PERSONAL_DATA) or self.idle.is_locked:
            return None
        if self.retention_dialog is not None:
            return None
        from desk.store.work import office_context

        if office_context(self.db).clock.today == self.retention_asked_on:
            return None
        return self.offer_retention()

    def _retention_closed(self) -> None:
        self.retention_dialog = None


RETENTION_OFFER_DELAY_MS = 1500
RETENTION_RECHECK_MS = 60 * 60 * 1000  # hourly: a new office day is noticed within the hour


def install(
    window: MainWindow,
    db: Database,
    actor: Actor,
    *,
    user_label: QLabel | None = None,
    idle_timeout_ms: int | None = None,
    offer_retention_at_start: bool = True,
) -> AccountsUi:
    """Hook accounts into the main window: its "Akun" actions, the idle lock, the retention offer.

    `user_label`: the window's own "officer on duty" label (already naming the logged-in user);
    without one, a "Masuk sebagai …" label is added to the status bar.
    """
    ui = AccountsUi(window, db, actor, idle_timeout_ms=idle_timeout_ms)
    if user_label is not None:
        ui.user_label = user_label
    else:
        window.statusBar().addPermanentWidget(ui.user_label)
    if offer_retention_at_start:
        # Once the register is painted: the check reads the visitors table and can wait a moment.
        QTimer.singleShot(RETENTION_OFFER_DELAY_MS, ui.offer_retention)
        if access.allowed(actor, access.PERSONAL_DATA):
            ui.retention_timer.start()
    return ui
