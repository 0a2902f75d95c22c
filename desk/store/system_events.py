"""Audit entries Desk writes itself: a backup, a restore, a command run as the local system.

Written as the system on the acting user's behalf: a restored database may predate that
user's account, and the entry must not fail on that (it names them, without linking the id).
"""

from __future__ import annotations

from typing import Any

from desk.store import audit
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.models import User
from desk.store.work import reading, writing


def check_audit_key(db: Database) -> None:
    """Refuse to start a counter that cannot sign the shared audit trail (PostgreSQL: see audit.key_problem)."""
    if db.is_sqlite:
        return
    with reading(db) as work:
        problem = audit.key_problem(work.session)
    if problem is not None:
        raise problem


def record_system_event(db: Database, action: str, entity: str, entity_id: object, details: dict[str, Any],
                        *, on_behalf_of: Actor | None = None) -> None:
    with writing(db.as_user(None)) as work:
        user_id = None
        if on_behalf_of is not None and work.session.get(User, on_behalf_of.user_id) is not None:
            user_id = on_behalf_of.user_id
        audit.record(work.session, action, entity, entity_id, details,
                     username=on_behalf_of.username if on_behalf_of is not None else None, user_id=user_id)
