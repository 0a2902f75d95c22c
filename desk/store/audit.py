"""The audit trail: append-only entries, hash-chained and keyed with a secret kept outside the database.

Each entry's hash covers its content and the previous entry's hash, so an edited, deleted or
reordered entry breaks the chain. The hash is an HMAC-SHA-256 keyed with the installation's
audit key, a file `audit.key` in the data folder (never in the database): someone who can edit
the database but not read that file cannot write an entry, or a rewritten chain, that checks.
Entries written before the chain was keyed keep their plain SHA-256 (their `key_id` is None);
the first keyed entry links to the last of them, so they are protected from then on too.

The chain's head (settings row `audit.head`: the newest entry's id and hash, keyed too) shows
when the newest entries were deleted. Copies of the head kept elsewhere (in every backup and
every printed recap: desk.safety.witness) show it even to someone with the key.

Writers serialise on the head row (locked FOR UPDATE on PostgreSQL, created race-free on a new
database; SQLite writers are already serialised by BEGIN IMMEDIATE), so two counters never
fork the chain.

Retention may blank the personal values of old entries (`redact`): the entry keeps its hash,
and a keyed proof over that hash and the blanked details shows that only Desk's own retention
changed it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from desk.domain.audit_trail import AuditHead
from desk.domain.messages import N_, Filled
from desk.store.access import current_actor
from desk.store.errors import DatabaseProblem, Problem
from desk.store.key_files import KeyRing
from desk.store.models import AuditEntry, Setting

HEAD_KEY = "audit.head"
KEY_ID_KEY = "audit.key_id"  # the key the chain is signed with now
KEY_FILE = "audit.key"
KEY_WHAT = "jejak audit"
KEY_NEW = "audit.key_new"  # the entry that starts signing with a new key
REDACTED = "(dianonimkan)"

MSG_KEY_MISSING = N_(
    "Komputer ini tidak punya kunci jejak audit yang dipakai basis data kantor (berkas {file} di folder "
    "data {folder}). Salin berkas {file} dari folder data loket yang lain ke folder itu, lalu buka Desk lagi. "
    "Tanpa kunci itu Desk di komputer ini tidak dapat mencatat jejak audit."
)

# Detail keys whose values are personal (blanked by retention); nested under "changes" too.
PERSONAL_KEYS = frozenset({"name", "nama", "address", "alamat", "organisation", "region_text", "phone_full"})


@dataclass(frozen=True, slots=True)
class Head:
    """The newest entry as the head row records it."""

    entry_id: int | None
    hash: str
    mac: str = ""  # keyed over id and hash; empty for a head written before the chain was keyed


def key_id(key: bytes) -> str:
    """A short name for a key that says nothing about the key."""
    return hmac.new(key, b"desk audit key id", hashlib.sha256).hexdigest()[:16]


def _payload(prev_hash: str, at: datetime, username: str, action: str, entity: str, entity_id: str,
             details: Any) -> bytes:
    return json.dumps(
        [prev_hash, at.astimezone(UTC).isoformat(timespec="microseconds"), username, action, entity, entity_id, details],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str,
    ).encode("utf-8")


def entry_hash(prev_hash: str, at: datetime, username: str, action: str, entity: str, entity_id: str,
               details: Any, key: bytes | None = None) -> str:
    """The entry's hash: HMAC-SHA-256 with `key`, plain SHA-256 for an entry from before the key."""
    payload = _payload(prev_hash, at, username, action, entity, entity_id, details)
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def head_mac(key: bytes, entry_id: int | None, hash_: str) -> str:
    return hmac.new(key, f"head|{entry_id}|{hash_}".encode(), hashlib.sha256).hexdigest()


def redaction_mac(key: bytes, entry_hash_: str, details: Any) -> str:
    canonical = json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hmac.new(key, f"redact|{entry_hash_}|{canonical}".encode(), hashlib.sha256).hexdigest()


def parse_head(value: object) -> Head:
    """The head row's value: {"id", "hash", "mac"} (keyed), or the bare hash an older Desk wrote."""
    if isinstance(value, dict):
        raw_id = value.get("id")
        return Head(int(raw_id) if isinstance(raw_id, int) else None, str(value.get("hash") or ""),
                    str(value.get("mac") or ""))
    return Head(None, str(value or ""))


def local_key(session: Session) -> bytes | None:
    """This installation's audit key (None when there is none yet)."""
    keys = session.info.get("keys")
    return keys.get(KEY_FILE, KEY_WHAT) if isinstance(keys, KeyRing) else None


def _key_ring(session: Session) -> KeyRing:
    keys = session.info.get("keys")
    return keys if isinstance(keys, KeyRing) else KeyRing(None)


def key_problem(session: Session) -> DatabaseProblem | None:
    """Why this counter cannot sign the shared chain: the database's key is not here (PostgreSQL).

    On SQLite (one PC) a lost key is replaced when the next entry is written, and the
    replacement is itself an entry that verification reports; several counters sharing a
    server database must all hold the same key, so there a missing key is refused.
    """
    if session.get_bind().dialect.name == "sqlite":
        return None
    row = session.get(Setting, KEY_ID_KEY)
    wanted = str(row.value) if row is not None and row.value else ""
    if not wanted:
        return None
    key = local_key(session)
    if key is not None and key_id(key) == wanted:
        return None
    ring = _key_ring(session)
    folder = str(ring.folder) if ring.folder is not None else N_("(tidak ada)")
    return DatabaseProblem(Filled(MSG_KEY_MISSING, file=KEY_FILE, folder=folder), Problem.AUDIT_KEY)


def _locked_head(session: Session) -> Setting:
    """The head row, locked; created first when a new database has none (two counters at once: one wins)."""
    head = session.get(Setting, HEAD_KEY, with_for_update=True)
    if head is not None:
        return head
    if session.get_bind().dialect.name == "postgresql":
        session.execute(pg_insert(Setting).values(key=HEAD_KEY, value="").on_conflict_do_nothing(
            index_elements=["key"]))
    else:
        session.add(Setting(key=HEAD_KEY, value=""))
        session.flush()
    head = session.get(Setting, HEAD_KEY, with_for_update=True, populate_existing=True)
    assert head is not None
    return head


def _put(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key, with_for_update=True)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _signing_key(session: Session, head: Setting) -> bytes:
    """The key to sign with (the head row already locked), made or replaced here when needed."""
    row = session.get(Setting, KEY_ID_KEY)
    wanted = str(row.value) if row is not None and row.value else ""
    ring = _key_ring(session)
    key = ring.get(KEY_FILE, KEY_WHAT)
    if not wanted:
        key = key if key is not None else ring.make(KEY_FILE, KEY_WHAT)
        _put(session, KEY_ID_KEY, key_id(key))
        return key
    if key is not None and key_id(key) == wanted:
        return key
    problem = key_problem(session)
    if problem is not None:
        raise problem
    key = key if key is not None else ring.make(KEY_FILE, KEY_WHAT)
    _put(session, KEY_ID_KEY, key_id(key))
    # Said in the chain itself: the entries before this one were signed with a key this PC lacks.
    _append(session, head, key, KEY_NEW, "audit", "", {"previous_key": wanted, "key": key_id(key)}, "sistem", None)
    return key


def _append(session: Session, head: Setting, key: bytes, action: str, entity: str, entity_id: object,
            details: dict[str, Any] | None, username: str, user_id: int | None) -> AuditEntry:
    prev = parse_head(head.value).hash
    at = datetime.now(UTC)
    clean_details = json.loads(json.dumps(details or {}, default=str, ensure_ascii=False))
    entry = AuditEntry(
        at=at, user_id=user_id, username=username, action=action, entity=entity,
        entity_id=str(entity_id), details=clean_details, prev_hash=prev, key_id=key_id(key),
    )
    entry.hash = entry_hash(prev, at, entry.username, action, entity, entry.entity_id, clean_details, key)
    session.add(entry)
    session.flush()
    head.value = {"id": entry.id, "hash": entry.hash, "mac": head_mac(key, entry.id, entry.hash)}
    return entry


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
    head = _locked_head(session)
    key = _signing_key(session, head)
    entry = _append(session, head, key, action, entity, entity_id, details, username or "sistem", user_id)
    session.flush()
    return entry


def head_in(session: Session) -> AuditHead | None:
    """The newest entry's id and hash (None: the trail is empty)."""
    row = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return AuditHead(int(row[0]), str(row[1])) if row is not None else None


def current_head(session: Session) -> Head:
    row = session.get(Setting, HEAD_KEY)
    return parse_head(row.value if row is not None else "")


def _blanked(details: Any) -> tuple[Any, bool]:
    """`details` with every personal value replaced; whether anything changed."""
    if not isinstance(details, dict):
        return details, False
    out: dict[str, Any] = {}
    changed = False
    for key, value in details.items():
        if key in PERSONAL_KEYS and value not in ("", None, REDACTED, [REDACTED, REDACTED]):
            out[key] = [REDACTED, REDACTED] if isinstance(value, list) else REDACTED
            changed = True
        elif key == "changes" and isinstance(value, dict):
            inner, inner_changed = _blanked(value)
            out[key] = inner
            changed = changed or inner_changed
        else:
            out[key] = value
    return out, changed


def redact(session: Session, entity: str, entity_ids: list[str]) -> int:
    """Blank the personal values in the entries about these records; returns how many changed.

    Each changed entry keeps its hash (so the chain still links) and gets a keyed proof over
    that hash and its new details, which verification checks instead of the lost content.
    """
    if not entity_ids:
        return 0
    key = _signing_key(session, _locked_head(session))
    kid = key_id(key)
    changed = 0
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start:start + 500]
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.entity == entity,
                                                              AuditEntry.entity_id.in_(chunk))):
            details, touched = _blanked(entry.details)
            if not touched:
                continue
            entry.details = details
            entry.redaction = f"{kid}:{redaction_mac(key, entry.hash, details)}"
            changed += 1
    session.flush()
    return changed


def last_entries(session: Session, limit: int = 50) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
