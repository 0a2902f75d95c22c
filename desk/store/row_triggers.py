"""A per-row insert trigger on `service_requests` set aside while a bulk load inserts many rows in one
transaction, and put back in the same transaction: no other writer ever sees the table without it.

SQLite has no way to disable a trigger, so it is dropped and its own CREATE statement (read from the
schema, so it follows any later migration) is what puts it back; PostgreSQL disables and enables it.
The loader does per chunk, with one statement, what the trigger would have done per row.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session


def suspend_row_trigger(session: Session, sqlite_name: str, pg_name: str,
                        usable: Callable[[str], bool] = lambda _create: True) -> str | None:
    """Set the trigger aside; what `restore_row_trigger` needs (SQLite: its CREATE statement, PostgreSQL:
    its name), or None when the schema has no such trigger, or its SQLite statement fails `usable` (it
    then simply fires per row)."""
    if session.get_bind().dialect.name == "sqlite":
        create = session.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
                                {"name": sqlite_name})
        if not create or not usable(create):
            return None
        session.execute(text(f"DROP TRIGGER {sqlite_name}"))
        return str(create)
    if session.scalar(text("SELECT count(*) FROM pg_trigger WHERE tgname = :name AND NOT tgisinternal"),
                      {"name": pg_name}):
        session.execute(text(f"ALTER TABLE service_requests DISABLE TRIGGER {pg_name}"))
        return pg_name
    return None


def restore_row_trigger(session: Session, suspended: str) -> None:
    """Put back a trigger `suspend_row_trigger` set aside."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(suspended))
    else:
        session.execute(text(f"ALTER TABLE service_requests ENABLE TRIGGER {suspended}"))
