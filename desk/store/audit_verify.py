"""Reading and checking the audit trail.

`verify_chain` walks the entries in id order and recomputes each hash. The
first entry that does not fit is reported with what most likely happened:

- its own hash no longer matches its content: the entry was **edited**;
- it points to a predecessor hash that no entry has: an entry before it was **deleted**;
- it points to a hash another entry has, but not the one before it: entries were **reordered**;
- every entry is whole but the chain's head (settings row `audit.head`) names a hash past
  the last entry: the newest entries were **deleted**.

Someone who rewrites the whole chain from the broken entry on and moves the head
as well is not caught by the chain alone; backups (which hold older copies of
the chain) are the second line of defence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, cast, func, or_, select
from sqlalchemy.orm import Session

from desk.store import access
from desk.store.audit import HEAD_KEY, entry_hash
from desk.store.models import AuditEntry, Setting
from desk.store.office import office_clock

EDITED, DELETED, REORDERED, TAIL_DELETED = "diubah", "dihapus", "diubah_urutannya", "ujung_dihapus"
_BATCH = 2000


# Indonesian names of the actions and records, for the audit screen and the data-subject export.
ACTION_LABELS = {
    "login": "Masuk", "login.failed": "Gagal masuk", "login.lock": "Akun dikunci",
    "request.create": "Permohonan dicatat", "request.status": "Status diubah",
    "document.print": "Cetak", "document.reprint": "Cetak ulang", "data.export": "Ekspor", "data.import": "Impor",
    "backup.create": "Cadangan dibuat", "backup.restore": "Cadangan dipulihkan",
    "personal.reveal": "NIK/HP ditampilkan", "consent.record": "Persetujuan dicatat",
    "subject.request": "Permintaan subjek data", "subject.export": "Salinan data diberikan",
    "subject.correct": "Data diperbaiki", "subject.erase": "Data pribadi dihapus",
    "subject.complete": "Permintaan subjek data selesai", "retention.run": "Retensi dijalankan",
    "user.create": "Pengguna ditambah", "user.create_first_admin": "Admin pertama dibuat",
    "user.update": "Pengguna diubah", "user.password": "Kata sandi diganti",
    "user.password_failed": "Gagal mengganti kata sandi", "user.password_reset": "Kata sandi disetel admin",
    "user.deactivate": "Pengguna dinonaktifkan", "user.activate": "Pengguna diaktifkan",
    "user.unlock": "Kunci akun dibuka", "setting.update": "Pengaturan diubah", "office.update": "Profil kantor diubah",
    "complaint.create": "Pengaduan dicatat", "complaint.step": "Langkah pengaduan",
    "complaint.attachment": "Lampiran pengaduan ditambah", "complaint.attachment_open": "Lampiran pengaduan dibuka",
}
ENTITY_LABELS = {"user": "pengguna", "request": "permohonan", "visitor": "pengunjung", "backup": "cadangan",
                 "setting": "pengaturan", "office_profile": "profil kantor", "demo": "data contoh",
                 "complaint": "pengaduan"}


def action_text(action: str) -> str:
    """"Masuk" for "login"; unknown actions as they are."""
    return ACTION_LABELS.get(action, action)


def action_label(action: str) -> str:
    """"Masuk (login)": the name and the code, for the auditor's screen."""
    label = ACTION_LABELS.get(action)
    return f"{label} ({action})" if label else action


def entity_label(entity: str, entity_id: str) -> str:
    return f"{ENTITY_LABELS.get(entity, entity)} {entity_id}".strip()


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int
    broken_id: int | None = None  # the first entry that does not fit (for TAIL_DELETED: the last entry)
    problem: str = ""  # EDITED | DELETED | REORDERED | TAIL_DELETED
    message: str = ""  # Indonesian, for the screen and `desk audit verify`


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: datetime  # UTC
    username: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AuditFilter:
    text: str = ""  # matched against entity id, username and details
    action: str = ""  # exact, or a prefix ending in "." ("login." → login.failed, login.lock)
    username: str = ""
    date_from: date | None = None  # office-local dates, inclusive
    date_to: date | None = None


def _rows(session: Session) -> Iterator[AuditEntry]:
    last = 0
    while True:
        batch = list(session.scalars(
            select(AuditEntry).where(AuditEntry.id > last).order_by(AuditEntry.id).limit(_BATCH)
        ))
        yield from batch
        if len(batch) < _BATCH:
            return
        last = batch[-1].id
        session.expunge_all()  # a million entries must not pile up in the identity map


def verify_chain(session: Session) -> ChainReport:
    """Check every entry's hash and link; report the first broken entry."""
    access.require(session, access.AUDIT_READ)
    previous = ""
    checked = 0
    last_id: int | None = None
    for entry in _rows(session):
        expected = entry_hash(entry.prev_hash, entry.at, entry.username, entry.action, entry.entity,
                              entry.entity_id, entry.details)
        if expected != entry.hash:
            return _broken(checked, entry.id, EDITED,
                           f"Entri audit #{entry.id} telah diubah: isinya tidak cocok lagi dengan sidiknya.")
        if entry.prev_hash != previous:
            if _hash_exists(session, entry.prev_hash):
                return _broken(checked, entry.id, REORDERED,
                               f"Urutan entri audit diubah di sekitar entri #{entry.id}: entri ini tidak menyambung "
                               "ke entri tepat sebelumnya.")
            if last_id is not None and entry.id == last_id + 1:
                # No gap in the ids: the entry before was rewritten with a freshly computed hash.
                return _broken(checked, last_id, EDITED,
                               f"Entri audit #{last_id} telah diubah (sidiknya dihitung ulang): entri #{entry.id} "
                               "tidak lagi menyambung kepadanya.")
            return _broken(checked, entry.id, DELETED,
                           f"Entri audit sebelum entri #{entry.id} telah dihapus: entri yang dirujuknya tidak ada.")
        previous = entry.hash
        last_id = entry.id
        checked += 1
    head = session.get(Setting, HEAD_KEY)
    head_hash = str(head.value) if head is not None and head.value else ""
    if head_hash != previous:
        where = f"sesudah entri #{last_id}" if last_id is not None else "(semua entri)"
        return _broken(checked, last_id, TAIL_DELETED,
                       f"Entri audit terbaru {where} telah dihapus: ujung rantai tidak cocok dengan entri terakhir.")
    return ChainReport(True, checked, message=f"Rantai audit utuh: {checked} entri diperiksa.")


def _hash_exists(session: Session, value: str) -> bool:
    return bool(value) and session.scalar(select(AuditEntry.id).where(AuditEntry.hash == value).limit(1)) is not None


def _broken(checked: int, entry_id: int | None, problem: str, message: str) -> ChainReport:
    return ChainReport(False, checked, entry_id, problem, message)


# --- the audit screen ----------------------------------------------------------------------------


def _tz(session: Session) -> str:
    return office_clock(session).tz


def _local_midnight(day: date, tz: str) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def list_entries(
    session: Session, filters: AuditFilter, *, before_id: int | None = None, limit: int = 200
) -> list[AuditRecord]:
    """One page of entries, newest first (keyset paging on id)."""
    access.require(session, access.AUDIT_READ)
    conditions: list[ColumnElement[bool]] = []
    if filters.action:
        if filters.action.endswith("."):
            conditions.append(AuditEntry.action.startswith(filters.action))
        else:
            conditions.append(AuditEntry.action == filters.action)
    if filters.username:
        conditions.append(AuditEntry.username == filters.username)
    if filters.date_from or filters.date_to:
        tz = _tz(session)
        if filters.date_from:
            conditions.append(AuditEntry.at >= _local_midnight(filters.date_from, tz))
        if filters.date_to:
            conditions.append(AuditEntry.at < _local_midnight(filters.date_to + timedelta(days=1), tz))
    typed = filters.text.strip().lower()
    if typed:
        pattern = f"%{typed}%"
        conditions.append(or_(
            func.lower(AuditEntry.entity_id).like(pattern),
            func.lower(AuditEntry.username).like(pattern),
            func.lower(AuditEntry.action).like(pattern),
            func.lower(cast(AuditEntry.details, String)).like(pattern),
        ))
    if before_id is not None:
        conditions.append(AuditEntry.id < before_id)
    query = select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc()).limit(limit)
    return [
        AuditRecord(e.id, e.at, e.username, e.action, e.entity, e.entity_id,
                    dict(e.details) if isinstance(e.details, dict) else {"nilai": e.details})
        for e in session.scalars(query)
    ]


def known_actions(session: Session) -> list[str]:
    access.require(session, access.AUDIT_READ)
    return sorted(session.scalars(select(AuditEntry.action).distinct()))


def known_usernames(session: Session) -> list[str]:
    access.require(session, access.AUDIT_READ)
    return sorted(session.scalars(select(AuditEntry.username).distinct()))


def entries_about(session: Session, entity: str, entity_ids: list[str]) -> list[AuditRecord]:
    """Every entry about the given records (for a data subject's export), oldest first."""
    if not entity_ids:
        return []
    found: list[AuditRecord] = []
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start:start + 500]
        for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(chunk))
        ):
            found.append(AuditRecord(e.id, e.at, e.username, e.action, e.entity, e.entity_id,
                                     dict(e.details) if isinstance(e.details, dict) else {}))
    return sorted(found, key=lambda r: r.id)
