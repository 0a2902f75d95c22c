"""The audit trail: append-only, hash-chained entries.

Each entry's hash covers its content and the previous entry's hash, so an
edited, deleted or reordered entry breaks the chain. Writers serialise on the
`audit.head` settings row (locked FOR UPDATE on PostgreSQL; SQLite writers are
already serialised by BEGIN IMMEDIATE), so two counters never fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.store.access import current_actor
from desk.store.models import AuditEntry, Setting

HEAD_KEY = "audit.head"


def entry_hash(prev_hash: str, at: datetime, username: str, action: str, entity: str, entity_id: str,
               details: Any) -> str:
    payload = json.dumps(
        [prev_hash, at.astimezone(UTC).isoformat(timespec="microseconds"), username, action, entity, entity_id, details],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    action: str,
    entity: str = "",
    entity_id: object = "",
    details: dict[str, Any] | None = None,
    *,
    username: str | None = None,
    user_id: int | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction. NIK/phone in `details` must already be masked."""
    actor = current_actor(session)
    if actor is not None:
        user_id = actor.user_id if user_id is None else user_id
        username = actor.username if username is None else username
    head = session.get(Setting, HEAD_KEY, with_for_update=True)
    prev = str(head.value) if head is not None else ""
    at = datetime.now(UTC).replace(microsecond=datetime.now(UTC).microsecond)
    clean_details = json.loads(json.dumps(details or {}, default=str, ensure_ascii=False))
    entry = AuditEntry(
        at=at, user_id=user_id, username=username or "sistem", action=action, entity=entity,
        entity_id=str(entity_id), details=clean_details, prev_hash=prev,
    )
    entry.hash = entry_hash(prev, at, entry.username, action, entity, entry.entity_id, clean_details)
    session.add(entry)
    if head is None:
        session.add(Setting(key=HEAD_KEY, value=entry.hash))
    else:
        head.value = entry.hash
    session.flush()
    return entry


def last_entries(session: Session, limit: int = 50) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
