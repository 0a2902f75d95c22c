"""Shared test factories: one way to make each thing a test needs."""

from __future__ import annotations

from desk.store import accounts
from desk.store.access import OFFICER, Actor
from desk.store.database import Database

PASSWORD = "Loket-Balangan-27"


def username_for(full_name: str) -> str:
    return ".".join(full_name.lower().split())[:60]


def user_with_role(
    db: Database, role: str = OFFICER, name: str = "Rahmat Hidayat", *, username: str | None = None,
    password: str = PASSWORD, nip: str = "",
) -> Actor:
    """A user with `role`, made by the store's own operation (as the local system, like `desk users add`)."""
    made = accounts.create_user(db.as_user(None), username or username_for(name), name, role, password,
                                nip).value
    return made.actor
