"""Reading and checking the audit trail: the audit screen's and `desk audit`'s operations.

`verify` walks the entries in id order and recomputes each hash (keyed with this
installation's audit key; plain SHA-256 for the entries written before the key). The first
entry that does not fit is reported with what most likely happened:

- its own hash no longer matches its content: the entry was **edited**;
- it points to a predecessor hash that no entry has: an entry before it was **deleted**;
- it points to a hash another entry has, but not the one before it: entries were **reordered**;
- every entry is whole but the chain's head names a hash past the last entry: the newest
  entries were **deleted**.

Then every witness (a copy of the head kept in a backup file or recorded when a recap was
printed; desk.safety.witness gathers them) is compared with the chain: an entry a witness
recorded that is gone, or reads differently, is named with the witness that shows it.

What this cannot catch, said plainly (README, "Reliability"): someone who holds the audit key
can rewrite the chain from any entry on; only witnesses made before the rewrite show it.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, cast, func, or_, select
from sqlalchemy.orm import Session

from desk.domain.audit_trail import (
    ENTITY_LABELS,
    AuditHead,
    AuditWitness,
    ChainProblem,
    action_text,
    detail_lines,
)
from desk.domain.office_time import DEFAULT_TZ, local_midnight_utc
from desk.domain.text_id import format_datetime
from desk.store import access
from desk.store.audit import (
    KEY_ID_KEY,
    current_head,
    entry_hash,
    head_in,
    head_mac,
    key_id,
    local_key,
    redaction_mac,
)
from desk.store.database import Database
from desk.store.models import (
    AuditEntry,
    Forum,
    Holiday,
    Region,
    Service,
    ServiceRequest,
    Setting,
    StandardVersion,
    Unit,
    User,
)
from desk.store.office import office_clock
from desk.store.work import reading

_BATCH = 2000


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int
    broken_id: int | None = None  # the first entry that does not fit (for TAIL_DELETED: the last entry)
    problem: ChainProblem | None = None
    message: str = ""  # Indonesian, for the screen and `desk audit verify`
    witnesses: int = 0  # how many witnesses were compared
    findings: tuple[str, ...] = ()  # every problem found, one line each (the first is `message`)


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One entry as the audit screen shows it."""

    id: int
    at: datetime  # UTC
    username: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]
    record_name: str = ""  # "Permohonan 0001/PNP/DKUKMTK/I/2027", "Pengguna budi"
    redacted: bool = False
    timezone: str = DEFAULT_TZ  # the office's: the details' moments are read in it

    @property
    def action_label(self) -> str:
        return action_text(self.action)

    @property
    def detail_lines(self) -> tuple[str, ...]:
        return tuple(detail_lines(self.details, self.timezone))


@dataclass(frozen=True, slots=True)
class AuditFilter:
    text: str = ""  # matched against entity id, username and details
    action: str = ""  # exact, or a prefix ending in "." ("login." → login.failed, login.lock)
    username: str = ""
    date_from: date | None = None  # office-local dates, inclusive
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class AuditChoices:
    """What the audit screen's filters offer: the actions and user names in the trail."""

    actions: tuple[tuple[str, str], ...]  # (code, label), by label
    usernames: tuple[str, ...]
    timezone: str = ""
    today: date | None = None


# --- checking the chain ---------------------------------------------------------------------------


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


def _span(ids: list[int]) -> str:
    return f"#{ids[0]}" if len(ids) == 1 else f"#{ids[0]} sampai #{ids[-1]}"


def _content_ok(entry: AuditEntry, key: bytes | None, kid: str | None) -> bool | None:
    """Whether the entry's content fits its hash; None when it cannot be told here (another key)."""
    if entry.redaction:
        red_kid, _, mac = entry.redaction.partition(":")
        if key is None or red_kid != kid:
            return None
        return hmac.compare_digest(mac, redaction_mac(key, entry.hash, entry.details))
    if entry.key_id is not None and (key is None or entry.key_id != kid):
        return None
    entry_key = key if entry.key_id is not None else None
    expected = entry_hash(entry.prev_hash, entry.at, entry.username, entry.action, entry.entity,
                          entry.entity_id, entry.details, entry_key)
    return hmac.compare_digest(expected, entry.hash)


def check_chain(session: Session, witnesses: list[AuditWitness] | None = None) -> ChainReport:
    """Check every entry's hash and link, the head, and the witnesses; report what does not fit.

    The first problem is the report's `message`; every problem found (the chain's first break and
    each witness that no longer fits) is in `findings`, so what is missing is named in full.
    """
    witnesses = witnesses or []
    chain = _walk(session)
    found = _witness_findings(session, witnesses)
    if chain.ok and not found:
        return replace(chain, witnesses=len(witnesses))
    if not chain.ok:
        return replace(chain, witnesses=len(witnesses), findings=(chain.message, *(f[2] for f in found)))
    problem, broken_id, message = found[0]
    return ChainReport(False, chain.checked, broken_id, problem, message, len(witnesses), tuple(f[2] for f in found))


def _walk(session: Session) -> ChainReport:
    key = local_key(session)
    kid = key_id(key) if key is not None else None
    previous = ""
    checked = 0
    last_id: int | None = None
    keyed_seen = False
    unknown: list[int] = []
    for entry in _rows(session):
        if entry.key_id is None and keyed_seen and not entry.redaction:
            return _broken(checked, entry.id, ChainProblem.UNSIGNED,
                           f"Entri audit #{entry.id} tidak ditandatangani dengan kunci jejak audit, padahal entri "
                           "sebelumnya ditandatangani: entri ini ditulis di luar Desk.")
        keyed_seen = keyed_seen or entry.key_id is not None
        fits = _content_ok(entry, key, kid)
        if fits is None:
            unknown.append(entry.id)
        elif not fits:
            return _broken(checked, entry.id, ChainProblem.EDITED,
                           f"Entri audit #{entry.id} telah diubah: isinya tidak cocok lagi dengan sidiknya.")
        if entry.prev_hash != previous:
            if _hash_exists(session, entry.prev_hash):
                return _broken(checked, entry.id, ChainProblem.REORDERED,
                               f"Urutan entri audit diubah di sekitar entri #{entry.id}: entri ini tidak menyambung "
                               "ke entri tepat sebelumnya.")
            if last_id is not None and entry.id == last_id + 1:
                # No gap in the ids: the entry before was rewritten with a freshly computed hash.
                return _broken(checked, last_id, ChainProblem.EDITED,
                               f"Entri audit #{last_id} telah diubah (sidiknya dihitung ulang): entri #{entry.id} "
                               "tidak lagi menyambung kepadanya.")
            return _broken(checked, entry.id, ChainProblem.DELETED,
                           f"Entri audit sebelum entri #{entry.id} telah dihapus: entri yang dirujuknya tidak ada.")
        previous = entry.hash
        last_id = entry.id
        checked += 1
    head = current_head(session)
    if head.hash != previous:
        if last_id is None:
            message = "Semua entri audit telah dihapus: ujung rantai menunjuk entri yang tidak ada lagi."
        else:
            message = (f"Entri audit terbaru sesudah entri #{last_id} telah dihapus: ujung rantai tidak cocok "
                       "dengan entri terakhir.")
        return _broken(checked, last_id, ChainProblem.TAIL_DELETED, message)
    if keyed_seen and key is not None and head.entry_id is not None and not hmac.compare_digest(
            head.mac, head_mac(key, head.entry_id, head.hash)):
        return _broken(checked, last_id, ChainProblem.UNSIGNED,
                       "Ujung rantai audit ditulis di luar Desk (tanda tangannya tidak cocok): entri terbaru "
                       "mungkin telah dihapus.")
    if keyed_seen and not head.mac:
        return _broken(checked, last_id, ChainProblem.UNSIGNED,
                       "Ujung rantai audit tidak bertanda tangan: entri terbaru mungkin telah dihapus.")
    if key is not None and checked and not keyed_seen and local_key_predates(session):
        return _broken(checked, last_id, ChainProblem.UNSIGNED,
                       "Tidak satu pun entri audit ditandatangani dengan kunci jejak audit komputer ini, padahal "
                       "kunci itu sudah dipakai: rantai mungkin ditulis ulang.")
    if unknown:
        return _broken(checked, unknown[0], ChainProblem.UNKNOWN_KEY,
                       f"Entri audit {_span(unknown)} ditandatangani dengan kunci jejak audit yang tidak ada di "
                       "komputer ini: rantainya tersambung, tetapi isinya tidak dapat diperiksa di sini.")
    if not checked:
        return ChainReport(True, 0, message="Jejak audit masih kosong: belum ada entri.")
    return ChainReport(True, checked, message=f"Rantai audit utuh: {checked} entri diperiksa.")


def local_key_predates(session: Session) -> bool:
    """Whether the chain was already signed with this PC's key (the database says so)."""
    row = session.get(Setting, KEY_ID_KEY)
    return row is not None and bool(row.value)


def _witness_findings(session: Session, witnesses: list[AuditWitness]) -> list[tuple[ChainProblem, int, str]]:
    found: list[tuple[ChainProblem, int, str]] = []
    reported: set[int] = set()
    tz = office_clock(session).tz
    for witness in sorted(witnesses, key=lambda w: w.head.entry_id, reverse=True):
        wanted = witness.head.entry_id
        if wanted in reported:
            continue
        where = witness.source + (f" ({format_datetime(witness.at, tz)})" if witness.at else "")
        row = session.get(AuditEntry, wanted)
        if row is None:
            before = session.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.id < wanted)) or 0
            gone = list(range(before + 1, wanted + 1))
            reported.update(gone)
            found.append((ChainProblem.WITNESS_MISSING, before + 1,
                          f"Entri audit {_span([gone[0], gone[-1]] if len(gone) > 1 else gone)} tidak ada lagi, "
                          f"padahal {where} mencatat entri #{wanted}."))
        elif not hmac.compare_digest(row.hash, witness.head.hash):
            reported.add(wanted)
            found.append((ChainProblem.WITNESS_DIFFERS, wanted,
                          f"Entri audit #{wanted} berbeda dari yang dicatat {where}: entri itu ditulis ulang."))
    return sorted(found, key=lambda f: f[1])


def _hash_exists(session: Session, value: str) -> bool:
    return bool(value) and session.scalar(select(AuditEntry.id).where(AuditEntry.hash == value).limit(1)) is not None


def _broken(checked: int, entry_id: int | None, problem: ChainProblem, message: str) -> ChainReport:
    return ChainReport(False, checked, entry_id, problem, message, findings=(message,))


def verify(db: Database, witnesses: Iterable[AuditWitness] = ()) -> ChainReport:
    """Check the whole trail against itself and the witnesses (admin and pimpinan)."""
    with reading(db) as work:
        work.require(access.AUDIT_READ)
        report = check_chain(work.session, list(witnesses))
    if report.ok and report.witnesses:
        return replace(report, message=report.message.rstrip(".") +
                       f"; cocok dengan {report.witnesses} saksi (cadangan dan rekap tercetak).")
    return report


def head(db: Database) -> AuditHead | None:
    """The newest entry's id and hash, for a backup or a printout to keep (None: the trail is empty)."""
    with reading(db) as work:
        return head_in(work.session)


# --- the audit screen ----------------------------------------------------------------------------


def _record_names(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
    """A readable name for each record the entries are about: registration numbers, user names, titles."""
    wanted: dict[str, set[int]] = {}
    for e in entries:
        if e.entity_id.isdigit():
            wanted.setdefault(e.entity, set()).add(int(e.entity_id))
    names: dict[tuple[str, str], str] = {}

    def fill(entity: str, query: Any) -> None:
        ids = wanted.get(entity)
        if ids:
            for row_id, name in session.execute(query.where(query.selected_columns[0].in_(ids))):
                names[(entity, str(row_id))] = str(name)

    fill("request", select(ServiceRequest.id, ServiceRequest.ref_number))
    fill("user", select(User.id, User.username))
    fill("forum", select(Forum.id, Forum.title))
    fill("service", select(Service.id, Service.code + " " + Service.name))
    fill("unit", select(Unit.id, Unit.code))
    fill("standard", select(StandardVersion.id, Service.code + " versi " + cast(StandardVersion.version_no, String))
         .join(Service, Service.id == StandardVersion.service_id))
    fill("holiday", select(Holiday.id, cast(Holiday.date, String)))
    codes = {e.entity_id for e in entries if e.entity == "region" and e.entity_id}
    if codes:
        for code, name in session.execute(select(Region.code, Region.name).where(Region.code.in_(codes))):
            names[("region", code)] = f"{name} ({code})"
    return names


def _record_name(entry: AuditEntry, names: dict[tuple[str, str], str]) -> str:
    label = ENTITY_LABELS.get(entry.entity, entry.entity)
    if not entry.entity_id:
        return label if entry.entity else ""
    named = names.get((entry.entity, entry.entity_id))
    if named:
        # "Forum Konsultasi Publik …" is named by its title alone, not "Forum Forum Konsultasi …".
        return named if named.lower().startswith(label.lower()) else f"{label} {named}"
    if entry.entity_id.isdigit():
        return f"{label} no. {entry.entity_id}"
    return f"{label} {entry.entity_id}"


def _as_record(entry: AuditEntry, names: dict[tuple[str, str], str], tz: str) -> AuditRecord:
    details = dict(entry.details) if isinstance(entry.details, dict) else {"value": entry.details}
    return AuditRecord(entry.id, entry.at, entry.username, entry.action, entry.entity, entry.entity_id, details,
                       _record_name(entry, names), bool(entry.redaction), tz)


def entries(
    db: Database, filters: AuditFilter = AuditFilter(), *, before_id: int | None = None, limit: int = 200
) -> list[AuditRecord]:
    """One page of entries, newest first (keyset paging on id), each with its record's name."""
    with reading(db) as work:
        work.require(access.AUDIT_READ)
        conditions: list[ColumnElement[bool]] = []
        if filters.action:
            if filters.action.endswith("."):
                conditions.append(AuditEntry.action.startswith(filters.action))
            else:
                conditions.append(AuditEntry.action == filters.action)
        if filters.username:
            conditions.append(AuditEntry.username == filters.username)
        tz = work.clock.tz
        if filters.date_from:
            conditions.append(AuditEntry.at >= local_midnight_utc(filters.date_from, tz))
        if filters.date_to:
            conditions.append(AuditEntry.at < local_midnight_utc(filters.date_to + timedelta(days=1), tz))
        typed = filters.text.strip().lower()
        if typed:
            pattern = f"%{typed}%"
            matching = [ref_id for (ref_id,) in work.session.execute(
                select(ServiceRequest.id).where(func.lower(ServiceRequest.ref_number).like(pattern)).limit(200))]
            conditions.append(or_(
                func.lower(AuditEntry.entity_id).like(pattern),
                func.lower(AuditEntry.username).like(pattern),
                func.lower(AuditEntry.action).like(pattern),
                func.lower(cast(AuditEntry.details, String)).like(pattern),
                *([AuditEntry.entity_id.in_([str(i) for i in matching])] if matching else []),
            ))
        if before_id is not None:
            conditions.append(AuditEntry.id < before_id)
        query = select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc()).limit(limit)
        found = list(work.session.scalars(query))
        names = _record_names(work.session, found)
        return [_as_record(e, names, tz) for e in found]


def choices(db: Database) -> AuditChoices:
    """The actions and user names the trail holds, for the screen's filters."""
    with reading(db) as work:
        work.require(access.AUDIT_READ)
        actions = sorted(work.session.scalars(select(AuditEntry.action).distinct()))
        users = sorted(work.session.scalars(select(AuditEntry.username).distinct()))
        return AuditChoices(tuple(sorted(((a, action_text(a)) for a in actions), key=lambda p: p[1].lower())),
                            tuple(users), work.clock.tz, work.today)


def entries_about(session: Session, entity: str, entity_ids: list[str]) -> list[AuditRecord]:
    """Every entry about the given records (for a data subject's export), oldest first."""
    if not entity_ids:
        return []
    found: list[AuditEntry] = []
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start:start + 500]
        found.extend(session.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(chunk))))
    names = _record_names(session, found)
    tz = office_clock(session).tz
    return sorted((_as_record(e, names, tz) for e in found), key=lambda r: r.id)
