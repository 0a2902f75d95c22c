"""Retention of personal data: anonymised after the office's retention period, leaving nothing behind.

`office_profile.retention_years` (default 5) after a visitor's last service ended, their
personal fields are anonymised; requests keep what the statistics need (service, dates,
status, kecamatan). Forum participants lose their phone number after the same period.

Anonymising must leave nothing recoverable in the database file:

- the rows themselves are overwritten in place (`overwrite_freed_space`: SQLite's `secure_delete`);
- the audit entries about those visitors and their requests have their personal values
  blanked (desk.store.audit.redact: the chain still checks);
- the search index is rebuilt into one segment (`optimize`), because FTS5 keeps the old words
  in its delete markers, and the freed pages are overwritten;
- the write-ahead log, which holds page images from before the run, is checkpointed and
  truncated.

On PostgreSQL the touched tables are vacuumed; the server's own archives are its
administrator's. Backups made before the run still hold the old values until rotation deletes
them: the screen and `desk retention run` say which and when (desk.safety.backups).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select, text, update
from sqlalchemy.orm import Session

from desk.domain.messages import N_
from desk.domain.status import OPEN_STATUSES
from desk.store import access, audit, clock
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Forum, OfficeProfileRow, ServiceRequest, Setting, Visitor
from desk.store.models_forums import ForumParticipantRow
from desk.store.work import Change, Done, reading, writing

log = logging.getLogger(__name__)

ANONYMOUS_NAME = "Anonim"
RETENTION_LAST_RUN_KEY = "retention.last_run"
RETENTION_SNOOZE_KEY = "retention.snoozed_until"
RETENTION_RANGE = (1, 30)
DEFAULT_YEARS = 5
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class RetentionReport:
    years: int
    cutoff: datetime  # UTC: visitors whose last service ended before this are due
    visitors: int
    requests: int
    dry_run: bool
    visitor_ids: tuple[int, ...] = ()
    participants: int = 0  # forum participants whose phone number goes (their forum ended before `cutoff`)
    audit_entries: int = 0  # audit entries whose personal values were blanked
    at: datetime | None = None  # when it ran (UTC)
    scrubbed: bool = True  # the search index, free pages and log hold none of the old values

    @property
    def anything(self) -> bool:
        return bool(self.visitors or self.participants)


@dataclass(frozen=True, slots=True)
class RetentionView:
    """The retention screen: the setting, what a run would do now, and the last run."""

    years: int
    plan: RetentionReport
    last_run: dict[str, Any] | None
    timezone: str


def _years(session: Session) -> int:
    office = session.get(OfficeProfileRow, 1)
    return office.retention_years if office and office.retention_years else DEFAULT_YEARS


def retention_cutoff(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February in a year without it
        return now.replace(year=now.year - years, day=28)


def _due_visitors(session: Session, cutoff: datetime, limit: int | None = None) -> list[int]:
    """Visitors who have no open request and none that ended (or, if open, began) on or after `cutoff`."""
    recent_or_open = exists().where(
        ServiceRequest.visitor_id == Visitor.id,
        or_(
            ServiceRequest.status.in_(OPEN_STATUSES),
            func.coalesce(ServiceRequest.closed_at, ServiceRequest.received_at) >= cutoff,
        ),
    )
    # A visitor with no request at all (never normal, but possible) counts from when they were entered.
    any_request = exists().where(ServiceRequest.visitor_id == Visitor.id)
    query = (
        select(Visitor.id)
        .where(Visitor.anonymised_at.is_(None), ~recent_or_open, or_(any_request, Visitor.created_at < cutoff))
        .order_by(Visitor.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def _due_participants(session: Session, cutoff: datetime, limit: int | None = None) -> list[int]:
    """Participants with a phone number on file whose forum ended (or, without an end, began) before `cutoff`.

    Only the phone goes: the attendance list of a forum (name, institution, unsur, signature) is part
    of the forum's record, kept with its berita acara under the archive schedule, not the
    personal-data retention period. The phone was collected only to invite and reach them.
    """
    held = func.coalesce(Forum.ends_at, Forum.starts_at)
    query = (select(ForumParticipantRow.id).join(Forum, Forum.id == ForumParticipantRow.forum_id)
             .where(ForumParticipantRow.phone.is_not(None), held < cutoff).order_by(ForumParticipantRow.id))
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_requests(session: Session, visitor_ids: list[int]) -> int:
    total = 0
    for start in range(0, len(visitor_ids), _CHUNK):
        chunk = visitor_ids[start:start + _CHUNK]
        total += session.scalar(
            select(func.count()).select_from(ServiceRequest).where(ServiceRequest.visitor_id.in_(chunk))
        ) or 0
    return total


def _request_ids(session: Session, visitor_ids: list[int]) -> list[str]:
    found: list[str] = []
    for start in range(0, len(visitor_ids), _CHUNK):
        chunk = visitor_ids[start:start + _CHUNK]
        found.extend(str(i) for i in session.scalars(
            select(ServiceRequest.id).where(ServiceRequest.visitor_id.in_(chunk))))
    return found


def overwrite_freed_space(session: Session) -> None:
    """SQLite: from here on, what this unit of work deletes or replaces is zeroed in the file."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def anonymise(session: Session, visitor_ids: list[int], at: datetime) -> int:
    """Blank the visitors' personal fields and the personal values of the audit entries about them.

    Kecamatan and the organisation kind stay for the statistics. Request notes are free text an
    officer may have written a name or number into, so they go too; service, dates, status and
    kecamatan stay. The search index follows through its triggers; `scrub` then removes what
    the index and the log still hold. Returns how many audit entries were blanked.
    """
    if not visitor_ids:
        return 0
    overwrite_freed_space(session)
    requests = _request_ids(session, visitor_ids)
    for start in range(0, len(visitor_ids), _CHUNK):
        chunk = visitor_ids[start:start + _CHUNK]
        session.execute(
            update(Visitor).where(Visitor.id.in_(chunk)).values(
                name=ANONYMOUS_NAME, nik=None, sex=None, birth_date=None, phone=None, address="",
                desa_code=None, region_text="", organisation="", anonymised_at=at,
            ).execution_options(synchronize_session=False)
        )
        session.execute(
            update(ServiceRequest).where(ServiceRequest.visitor_id.in_(chunk), ServiceRequest.notes != "")
            .values(notes="").execution_options(synchronize_session=False)
        )
    redacted = audit.redact(session, "visitor", [str(i) for i in visitor_ids])
    redacted += audit.redact(session, "request", requests)
    session.expire_all()
    return redacted


def _forget_participant_phones(session: Session, participant_ids: list[int]) -> None:
    for start in range(0, len(participant_ids), _CHUNK):
        chunk = participant_ids[start:start + _CHUNK]
        session.execute(update(ForumParticipantRow).where(ForumParticipantRow.id.in_(chunk)).values(phone=None)
                        .execution_options(synchronize_session=False))


def scrub(db: Database) -> bool:
    """After personal values were overwritten: leave none of them in the search index, free pages or log.

    SQLite: the search index is merged into one new segment (its old segments, with the
    delete markers that carry the old words, are freed and overwritten), then the write-ahead
    log is checkpointed and truncated. PostgreSQL: the touched tables are vacuumed. Returns
    whether all of it was done (another program holding the file can keep the log from
    being truncated; the next run finishes it).
    """
    if not db.is_sqlite:
        return _vacuum(db)
    raw = db.engine.raw_connection()  # outside SQLAlchemy's transactions: a checkpoint needs none open
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        if cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'request_fts'").fetchone():
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute("INSERT INTO request_fts(request_fts) VALUES('optimize')")
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
        busy, _frames, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
        if busy:
            log.warning("write-ahead log not truncated after anonymising: the database is in use")
        return not busy
    except Exception as exc:  # the anonymising is committed; what is left is reported, not raised
        log.warning("scrub after anonymising incomplete: %s", type(exc).__name__)
        return False
    finally:
        raw.close()


def _vacuum(db: Database) -> bool:
    done = True
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in ("visitors", "service_requests", "request_search", "request_words", "audit_log",
                      "forum_participants"):
            try:
                conn.execute(text(f"VACUUM {table}"))
            except Exception:  # a missing table or a refused vacuum must not undo what was anonymised
                log.warning("vacuum of %s skipped", table)
                done = False
    return done


# --- operations ----------------------------------------------------------------------------------


def _plan(session: Session, at: datetime) -> RetentionReport:
    years = _years(session)
    cutoff = retention_cutoff(at, years)
    ids = _due_visitors(session, cutoff)
    return RetentionReport(years, cutoff, len(ids), count_requests(session, ids), True, tuple(ids),
                           len(_due_participants(session, cutoff)), at=at)


def plan_retention(db: Database, *, now: datetime | None = None) -> RetentionReport:
    """What a run would anonymise now (nothing changes)."""
    with reading(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        return _plan(work.session, work.now)


def retention_view(db: Database, *, now: datetime | None = None) -> RetentionView:
    with reading(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        return RetentionView(_years(work.session), _plan(work.session, work.now), _last_run(work.session),
                             work.clock.tz)


def run_retention(db: Database, *, now: datetime | None = None) -> Done[RetentionReport]:
    """Anonymise every visitor past the retention period and drop the phone numbers of forum
    participants whose forum ended before it; then scrub the file (see `scrub`)."""
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        # A clock years ahead would anonymise visitors whose time has not come: it cannot be undone.
        clock.require_plausible(work.session, now)
        session, at = work.session, work.now
        years = _years(session)
        cutoff = retention_cutoff(at, years)
        ids = _due_visitors(session, cutoff)
        requests = count_requests(session, ids)
        participants = _due_participants(session, cutoff)
        overwrite_freed_space(session)
        redacted = anonymise(session, ids, at)
        _forget_participant_phones(session, participants)
        summary = {"years": years, "cutoff": cutoff.isoformat(timespec="seconds"), "visitors": len(ids),
                   "requests": requests, "participants": len(participants), "redacted": redacted}
        work.audit("retention.run", "visitor", "", summary)
        _put_setting(session, RETENTION_LAST_RUN_KEY, {"at": at.isoformat(timespec="seconds"), **summary})
        work.changed(Change.CONSENTS, Change.REQUESTS, Change.FORUMS)
        report = RetentionReport(years, cutoff, len(ids), requests, False, tuple(ids), len(participants), redacted,
                                 at)
    if report.anything and not scrub(db):
        report = replace(report, scrubbed=False)
    return Done(report, work.changes)


def set_retention_years(db: Database, years: int) -> Done[int]:
    with writing(db) as work:
        work.require(access.PERSONAL_DATA)
        low, high = RETENTION_RANGE
        if not low <= years <= high:
            raise StoreError(N_("Masa retensi antara {low} dan {high} tahun."), "retention_years", low=low, high=high)
        office = work.session.get(OfficeProfileRow, 1, with_for_update=True)
        if office is None:
            raise NotFound(N_("Profil kantor belum diisi."))
        old = office.retention_years
        if old != years:
            office.retention_years = years
            work.session.flush()
            work.audit("office.update", "office_profile", 1, {"changes": {"retention_years": [old, years]}})
            work.changed(Change.CONSENTS, Change.OFFICE)
        return work.done(years)


def retention_due(db: Database, *, now: datetime | None = None) -> bool:
    """Whether to offer a retention run at start: someone is due and the offer was not put off."""
    with reading(db, now=now) as work:
        session, at = work.session, work.now
        snoozed = session.get(Setting, RETENTION_SNOOZE_KEY)
        if snoozed is not None and isinstance(snoozed.value, str):
            try:
                if datetime.fromisoformat(snoozed.value) > at:
                    return False
            except ValueError:
                pass
        cutoff = retention_cutoff(at, _years(session))
        return bool(_due_visitors(session, cutoff, limit=1) or _due_participants(session, cutoff, limit=1))


def postpone_retention(db: Database, days: int = 7, *, now: datetime | None = None) -> Done[datetime]:
    """"Nanti": do not offer the retention run again for `days` days."""
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        until = work.now + timedelta(days=days)
        _put_setting(work.session, RETENTION_SNOOZE_KEY, until.isoformat(timespec="seconds"))
        return work.done(until)


def _last_run(session: Session) -> dict[str, Any] | None:
    row = session.get(Setting, RETENTION_LAST_RUN_KEY)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else None


def last_retention_run(db: Database) -> dict[str, Any] | None:
    with reading(db) as work:
        return _last_run(work.session)


def _put_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key, with_for_update=True)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
