"""Who logs in at start: the first-admin set-up on a new Desk, the login dialog otherwise.

The dialogs themselves live in desk.ui.start.dialogs (light, so that `desk run` shows them before the
store is imported) and are named here too.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from desk.store import accounts
from desk.store.access import Actor
from desk.store.database import Database
from desk.ui.settings import LAST_USERNAME
from desk.ui.start.dialogs import FirstAdminDialog, LoginDialog

__all__ = ["FirstAdminDialog", "LoginDialog", "login_at_start", "skip_login_actor"]

log = logging.getLogger(__name__)


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
