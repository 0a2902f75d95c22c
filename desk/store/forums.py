"""Forums (FKP): the forum, its participants, check-in, import, notulen, berita acara, and what prints.

Each user action is one operation (docs/architecture.md): it takes the database bound to the
officer, checks the permission (forum.edit; check-in and walk-ins forum.checkin; printing
document.print), writes the audit entry in the same unit of work (phone numbers masked) and
returns frozen records, in a `Done` with `Change.FORUMS` when it changed something. Phone
numbers leave the store in full only for a reader who may see them (forum editors and officers
who may reveal personal data); the others get the masked form. Documents get numbers only when
a print asks for the No. HP column. Printing itself is logged in the one print log
(desk.store.prints).

The session-level `insert_forum`, `store_minutes` and `store_berita_acara` are for other store
modules writing in their own unit of work (the demo data); they check and audit the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, delete, func, or_, select
from sqlalchemy.orm import Session

from desk.domain.document_kinds import DocumentKind
from desk.domain.forum_rules import (
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    ForumDraft,
    ForumInfo,
    ForumRecap,
    ImportCheck,
    MinutesContent,
    ParticipantDraft,
    ParticipantRecord,
    check_import,
    clean_berita_acara,
    clean_forum,
    clean_minutes,
    clean_participant,
    forum_paper_gaps,
    name_key,
    person_key,
    recap,
    sort_participants,
)
from desk.domain.imports import ImportRejected
from desk.domain.messages import N_, joined
from desk.domain.office_rules import gaps_summary, office_gaps
from desk.domain.office_time import to_local
from desk.domain.phone import mask_phone
from desk.domain.records import OfficeProfile, ServiceRecord
from desk.store import access, audit
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Forum, OfficeProfileRow, Service, StandardVersion, User
from desk.store.models_forums import (
    ForumAgendaRow,
    ForumDiscussionRow,
    ForumParticipantRow,
    ForumReportRow,
    ForumStandardRow,
    ForumStatementRow,
)
from desk.store.printing_defaults import ALLOWED_PAPERS, default_paper
from desk.store.prints import copy_number
from desk.store.work import Change, Done, Work, reading, writing

CONCLUSION, OUTCOME = "conclusion", "outcome"
# The forum's documents, and the office's paper choice each one follows.
DOCUMENTS: tuple[DocumentKind, ...] = (
    DocumentKind.ATTENDANCE, DocumentKind.MINUTES, DocumentKind.BERITA_ACARA, DocumentKind.FORUM_RECAP,
)
_PAPER_CHOICE = {
    DocumentKind.ATTENDANCE: DocumentKind.ATTENDANCE,
    DocumentKind.MINUTES: DocumentKind.BERITA_ACARA,
    DocumentKind.BERITA_ACARA: DocumentKind.BERITA_ACARA,
    DocumentKind.FORUM_RECAP: DocumentKind.BERITA_ACARA,
}
# Papers that record what happened at the forum: a KONSEP until it was held and attendance recorded.
_FINAL_AFTER_THE_FORUM = (DocumentKind.MINUTES, DocumentKind.BERITA_ACARA, DocumentKind.FORUM_RECAP)
MAX_IMPORT_ROWS = 5000


class InvalidForum(StoreError):
    """Input with problems; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(joined(errors.values()), next(iter(errors), None))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class ForumSummary:
    id: int
    title: str
    starts_at: datetime  # UTC
    venue: str
    participants: int
    invited: int
    present: int
    upcoming: bool


@dataclass(frozen=True, slots=True)
class ForumList:
    """The forums as the area lists them, with the office's time zone to show their times in."""

    forums: tuple[ForumSummary, ...]
    tz: str
    today: date


@dataclass(frozen=True, slots=True)
class ApprovedVersion:
    """A standard version that names this forum as the one that approved it."""

    id: int
    service_id: int
    service_code: str
    service_name: str
    version_no: int
    effective_date: date
    sk_number: str


@dataclass(frozen=True, slots=True)
class ForumFile:
    """Everything the area shows of one forum, read in one unit of work."""

    forum: ForumInfo
    approved: tuple[ApprovedVersion, ...]
    participants: tuple[ParticipantRecord, ...]  # by unsur, then name
    recap: ForumRecap
    minutes: MinutesContent
    berita_acara: BeritaAcaraContent
    tz: str
    day: date  # the forum's day in office time
    today: date  # the office's today

    @property
    def is_today(self) -> bool:
        return self.day == self.today


@dataclass(frozen=True, slots=True)
class ForumForm:
    """What the forum dialog offers before anything is typed."""

    tz: str
    today: date
    services: tuple[ServiceRecord, ...]
    venue: str  # the office's usual forum venue
    organiser: str  # the office's name


@dataclass(frozen=True, slots=True)
class PersonSuggestion:
    """Someone from an earlier forum, offered by type-ahead so they are not typed twice."""

    name: str
    unsur: str
    institution: str
    position: str
    sex: str
    phone: str  # E.164, "" when none or when the reader may not see it
    forum_title: str
    seen_at: datetime  # UTC start of the forum they were last on

    def as_draft(self) -> ParticipantDraft:
        # Consent is never carried over: it was given for that forum and is asked again.
        return ParticipantDraft(self.name, self.unsur, self.institution, self.position, self.sex, self.phone)


@dataclass(frozen=True, slots=True)
class ParticipantImport:
    imported: int
    lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ForumPrintData:
    """Everything one of the forum's documents needs, read in one unit of work."""

    kind: DocumentKind
    office: OfficeProfile
    forum: ForumInfo
    participants: tuple[ParticipantRecord, ...]
    minutes: MinutesContent
    berita_acara: BeritaAcaraContent
    recap: ForumRecap
    copy_no: int  # the copy the next print carries (1 = the original)
    paper: str  # the office's paper for this document
    papers: tuple[str, ...]  # the papers it can be printed on
    now: datetime  # the office clock's moment of the read (what makes a forum paper final or KONSEP)
    draft_reasons: tuple[str, ...] = ()  # why it prints "KONSEP": the office profile, the forum not held yet


# --- helpers -----------------------------------------------------------------------------------------


def _forum_row(session: Session, forum_id: int, *, lock: bool = False) -> Forum:
    forum = session.get(Forum, forum_id, with_for_update=lock or None)
    if forum is None:
        raise NotFound(N_("Forum tidak ditemukan."), "forum")
    return forum


def _participant_row(session: Session, participant_id: int) -> ForumParticipantRow:
    row = session.get(ForumParticipantRow, participant_id)
    if row is None:
        raise NotFound(N_("Peserta tidak ditemukan."), "participant")
    return row


def _can_see_phone(work: Work) -> bool:
    return work.allowed(access.REVEAL_PERSONAL) or work.allowed(access.FORUM_EDIT)


def _user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())


def _record(row: ForumParticipantRow, names: dict[int, str], show_phone: bool) -> ParticipantRecord:
    phone = row.phone or ""
    return ParticipantRecord(
        id=row.id,
        forum_id=row.forum_id,
        name=row.name,
        unsur=row.unsur,
        institution=row.institution,
        position=row.position,
        sex=row.sex,
        phone=phone if show_phone else "",
        phone_masked=mask_phone(phone) if phone else "",
        consent_photo=row.consent_photo,
        consent_publication=row.consent_publication,
        photo_purpose=row.photo_purpose,
        publication_purpose=row.publication_purpose,
        photo_consent_at=row.photo_consent_at,
        photo_consent_by=names.get(row.photo_consent_by or 0, ""),
        publication_consent_at=row.publication_consent_at,
        publication_consent_by=names.get(row.publication_consent_by or 0, ""),
        invited=row.invited,
        present=row.present,
        checked_in_at=row.checked_in_at,
        walk_in=row.walk_in,
    )


def _records(session: Session, rows: Sequence[ForumParticipantRow], show_phone: bool) -> list[ParticipantRecord]:
    names = _user_names(
        session, [r.photo_consent_by for r in rows] + [r.publication_consent_by for r in rows]
    )
    return [_record(r, names, show_phone) for r in rows]


def _participant_rows(session: Session, forum_id: int) -> list[ForumParticipantRow]:
    return list(session.scalars(select(ForumParticipantRow).where(ForumParticipantRow.forum_id == forum_id)))


def _participant(work: Work, participant_id: int) -> ParticipantRecord:
    return _records(work.session, [_participant_row(work.session, participant_id)], _can_see_phone(work))[0]


def _audit_person(draft: ParticipantDraft | ParticipantRecord) -> dict[str, Any]:
    return {
        "name": draft.name,
        "unsur": draft.unsur,
        "phone": mask_phone(draft.phone) if draft.phone else "",
        "consent_photo": draft.consent_photo,
        "consent_publication": draft.consent_publication,
    }


# --- forums ------------------------------------------------------------------------------------------


def _default_venue(session: Session) -> str:
    row = session.get(OfficeProfileRow, 1)
    return row.forum_venue if row else ""


def _forum_info(session: Session, forum: Forum, now: datetime | None = None) -> ForumInfo:
    """The forum as a record; with `now` (the office clock), whether it had begun by then (`held`)."""
    standards = session.execute(
        select(Service.id, Service.name)
        .join(ForumStandardRow, ForumStandardRow.service_id == Service.id)
        .where(ForumStandardRow.forum_id == forum.id)
        .order_by(Service.sort, Service.code)
    ).all()
    return ForumInfo(
        id=forum.id,
        title=forum.title,
        starts_at=forum.starts_at,
        ends_at=forum.ends_at,
        topic=forum.topic,
        venue=forum.venue,
        organiser=forum.organiser,
        moderator=forum.moderator,
        notes=forum.notes,
        service_ids=tuple(sid for sid, _ in standards),
        standards=tuple(name for _, name in standards),
        held=None if now is None else forum.starts_at <= now,
    )


def forum_form(db: Database) -> ForumForm:
    """What the New forum / Ubah forum dialog offers: services, the usual venue, the office's name."""
    with reading(db) as work:
        profile = work.office.profile
        return ForumForm(profile.timezone, work.today, tuple(list_services(work.session)),
                         _default_venue(work.session), profile.office_name)


def get_forum(db: Database, forum_id: int) -> ForumInfo:
    with reading(db) as work:
        return _forum_info(work.session, _forum_row(work.session, forum_id))


def list_forums(db: Database, *, now: datetime | None = None) -> ForumList:
    """Upcoming forums first (soonest first, today's included), then past ones (newest first)."""
    with reading(db, now=now) as work:
        session, tz, today = work.session, work.clock.tz, work.today
        counts = {
            fid: (total, invited or 0, present or 0)
            for fid, total, invited, present in session.execute(
                select(
                    ForumParticipantRow.forum_id,
                    func.count(),
                    func.sum(case((ForumParticipantRow.invited, 1), else_=0)),
                    func.sum(case((ForumParticipantRow.present, 1), else_=0)),
                ).group_by(ForumParticipantRow.forum_id)
            )
        }
        summaries = []
        for forum in session.scalars(select(Forum)):
            total, invited, present = counts.get(forum.id, (0, 0, 0))
            upcoming = to_local(forum.ends_at or forum.starts_at, tz).date() >= today
            summaries.append(
                ForumSummary(forum.id, forum.title, forum.starts_at, forum.venue, total, invited, present, upcoming)
            )
        upcoming_list = sorted((s for s in summaries if s.upcoming), key=lambda s: (s.starts_at, s.id))
        past = sorted((s for s in summaries if not s.upcoming), key=lambda s: (s.starts_at, s.id), reverse=True)
        return ForumList(tuple(upcoming_list + past), tz, today)


def _approved_versions(session: Session, forum_id: int) -> list[ApprovedVersion]:
    rows = session.execute(
        select(StandardVersion, Service)
        .join(Service, Service.id == StandardVersion.service_id)
        .where(StandardVersion.forum_id == forum_id)
        .order_by(Service.sort, Service.code, StandardVersion.version_no)
    )
    return [
        ApprovedVersion(v.id, s.id, s.code, s.name, v.version_no, v.effective_date, v.sk_number) for v, s in rows
    ]


def forum_file(db: Database, forum_id: int, *, now: datetime | None = None) -> ForumFile:
    """One forum as the area shows it: facts, approved versions, participants, recap, notulen, berita acara."""
    with reading(db, now=now) as work:
        session = work.session
        forum = _forum_info(session, _forum_row(session, forum_id), work.now)
        participants = sort_participants(_records(session, _participant_rows(session, forum_id),
                                                  _can_see_phone(work)))
        tz = work.clock.tz
        return ForumFile(
            forum=forum,
            approved=tuple(_approved_versions(session, forum_id)),
            participants=tuple(participants),
            recap=recap(participants),
            minutes=_minutes(session, forum_id),
            berita_acara=_berita_acara(session, forum_id),
            tz=tz,
            day=to_local(forum.starts_at, tz).date(),
            today=work.today,
        )


def _apply_forum(session: Session, forum: Forum, draft: ForumDraft) -> None:
    forum.title = draft.title
    forum.topic = draft.topic
    forum.starts_at = draft.starts_at
    forum.ends_at = draft.ends_at
    forum.venue = draft.venue
    forum.organiser = draft.organiser
    forum.moderator = draft.moderator
    forum.notes = draft.notes
    known = set(session.scalars(select(Service.id).where(Service.id.in_(draft.service_ids))))
    unknown = [sid for sid in draft.service_ids if sid not in known]
    if unknown:
        raise InvalidForum({"standards": "Standar yang dipilih tidak ditemukan lagi. Muat ulang daftar standar."})
    session.execute(delete(ForumStandardRow).where(ForumStandardRow.forum_id == forum.id))
    session.add_all(ForumStandardRow(forum_id=forum.id, service_id=sid) for sid in draft.service_ids)
    session.flush()


def _clean(draft: ForumDraft) -> ForumDraft:
    cleaned, errors = clean_forum(draft)
    if errors:
        raise InvalidForum(errors)
    return cleaned


def _forum_details(draft: ForumDraft) -> dict[str, Any]:
    return {
        "title": draft.title,
        "starts_at": draft.starts_at.isoformat(),
        "venue": draft.venue,
        "standards": list(draft.service_ids),
    }


def insert_forum(session: Session, draft: ForumDraft, *, now: datetime) -> ForumInfo:
    """Store a new forum in the caller's unit of work (forum.edit; audited as forum.create)."""
    access.require(session, access.FORUM_EDIT)
    cleaned = _clean(draft)
    forum = Forum(title=cleaned.title, starts_at=cleaned.starts_at, created_at=now)
    session.add(forum)
    session.flush()
    _apply_forum(session, forum, cleaned)
    audit.record(session, "forum.create", "forum", forum.id, _forum_details(cleaned))
    return _forum_info(session, forum)


def create_forum(db: Database, draft: ForumDraft) -> Done[ForumInfo]:
    with writing(db) as work:
        forum = insert_forum(work.session, draft, now=work.now)
        work.changed(Change.FORUMS)
        return work.done(forum)


def update_forum(db: Database, forum_id: int, draft: ForumDraft) -> Done[ForumInfo]:
    with writing(db) as work:
        work.require(access.FORUM_EDIT)
        cleaned = _clean(draft)
        forum = _forum_row(work.session, forum_id, lock=True)
        _apply_forum(work.session, forum, cleaned)
        work.audit("forum.update", "forum", forum.id, _forum_details(cleaned))
        work.changed(Change.FORUMS)
        return work.done(_forum_info(work.session, forum))


# --- participants ------------------------------------------------------------------------------------


def list_participants(db: Database, forum_id: int, order: str = "unsur") -> list[ParticipantRecord]:
    with reading(db) as work:
        _forum_row(work.session, forum_id)
        rows = _participant_rows(work.session, forum_id)
        return sort_participants(_records(work.session, rows, _can_see_phone(work)), order)


def get_participant(db: Database, participant_id: int) -> ParticipantRecord:
    with reading(db) as work:
        return _participant(work, participant_id)


def _clean_participant(draft: ParticipantDraft) -> ParticipantDraft:
    cleaned, errors = clean_participant(draft)
    if errors:
        raise InvalidForum(errors)
    return cleaned


def _existing_keys(session: Session, forum_id: int, *, skip_id: int | None = None) -> dict[str, str]:
    rows = session.execute(
        select(ForumParticipantRow.id, ForumParticipantRow.name, ForumParticipantRow.institution).where(
            ForumParticipantRow.forum_id == forum_id
        )
    )
    return {person_key(name, inst): name for pid, name, inst in rows if pid != skip_id}


def _set_consents(row: ForumParticipantRow, draft: ParticipantDraft, user_id: int | None, now: datetime) -> None:
    # The date and officer change only when the answer changes: they prove when it was given.
    if row.consent_photo != draft.consent_photo or row.photo_consent_at is None:
        row.photo_consent_at, row.photo_consent_by = now, user_id
    if row.consent_publication != draft.consent_publication or row.publication_consent_at is None:
        row.publication_consent_at, row.publication_consent_by = now, user_id
    row.consent_photo = draft.consent_photo
    row.photo_purpose = draft.photo_purpose
    row.consent_publication = draft.consent_publication
    row.publication_purpose = draft.publication_purpose


def _fill(row: ForumParticipantRow, draft: ParticipantDraft) -> None:
    row.name = draft.name
    row.name_key = name_key(draft.name)
    row.unsur = draft.unsur
    row.institution = draft.institution
    row.position = draft.position
    row.sex = draft.sex
    row.phone = draft.phone or None


def _new_row(work: Work, forum_id: int, draft: ParticipantDraft, *, invited: bool = True) -> ForumParticipantRow:
    row = ForumParticipantRow(
        forum_id=forum_id, invited=invited, walk_in=not invited, present=False, created_at=work.now,
        created_by=work.user_id, consent_photo=False, consent_publication=False,
    )
    _fill(row, draft)
    _set_consents(row, draft, work.user_id, work.now)
    return row


def add_participant(
    db: Database, forum_id: int, draft: ParticipantDraft, *, now: datetime | None = None
) -> Done[ParticipantRecord]:
    """Invite one person to the forum."""
    with writing(db, now=now) as work:
        work.require(access.FORUM_EDIT)
        _forum_row(work.session, forum_id, lock=True)
        cleaned = _clean_participant(draft)
        if person_key(cleaned.name, cleaned.institution) in _existing_keys(work.session, forum_id):
            raise InvalidForum({"name": f"{cleaned.name} sudah terdaftar sebagai peserta forum ini."})
        row = _new_row(work, forum_id, cleaned)
        work.session.add(row)
        work.session.flush()
        work.audit("forum.participant", "forum", forum_id, {"action": "add", **_audit_person(cleaned)})
        work.changed(Change.FORUMS)
        return work.done(_participant(work, row.id))


def update_participant(
    db: Database, participant_id: int, draft: ParticipantDraft, *, now: datetime | None = None
) -> Done[ParticipantRecord]:
    with writing(db, now=now) as work:
        work.require(access.FORUM_EDIT)
        row = _participant_row(work.session, participant_id)
        cleaned = _clean_participant(draft)
        if person_key(cleaned.name, cleaned.institution) in _existing_keys(work.session, row.forum_id,
                                                                             skip_id=row.id):
            raise InvalidForum({"name": f"{cleaned.name} sudah terdaftar sebagai peserta forum ini."})
        _fill(row, cleaned)
        _set_consents(row, cleaned, work.user_id, work.now)
        work.session.flush()
        work.audit("forum.participant", "forum", row.forum_id, {"action": "update", **_audit_person(cleaned)})
        work.changed(Change.FORUMS)
        return work.done(_participant(work, row.id))


def remove_participant(db: Database, participant_id: int) -> Done[None]:
    with writing(db) as work:
        work.require(access.FORUM_EDIT)
        row = _participant_row(work.session, participant_id)
        details = {"action": "remove", "name": row.name, "unsur": row.unsur}
        forum_id = row.forum_id
        work.session.delete(row)
        work.session.flush()
        work.audit("forum.participant", "forum", forum_id, details)
        work.changed(Change.FORUMS)
        return work.done(None)


def suggest_people(
    db: Database, text: str, *, limit: int = 8, exclude_forum_id: int | None = None
) -> list[PersonSuggestion]:
    """People from earlier forums whose name (or a word of it) begins with `text`, most recent first."""
    key = name_key(text)
    if not key:
        return []
    query = (
        select(ForumParticipantRow, Forum.title, Forum.starts_at)
        .join(Forum, Forum.id == ForumParticipantRow.forum_id)
        .where(or_(ForumParticipantRow.name_key.startswith(key), ForumParticipantRow.name_key.contains(" " + key)))
        .order_by(Forum.starts_at.desc(), ForumParticipantRow.id.desc())
        .limit(limit * 20)
    )
    if exclude_forum_id is not None:
        query = query.where(ForumParticipantRow.forum_id != exclude_forum_id)
    with reading(db) as work:
        show_phone = _can_see_phone(work)
        seen: set[str] = set()
        out: list[PersonSuggestion] = []
        for row, title, starts_at in work.session.execute(query):
            pkey = person_key(row.name, row.institution)
            if pkey in seen:
                continue
            seen.add(pkey)
            out.append(
                PersonSuggestion(
                    row.name, row.unsur, row.institution, row.position, row.sex,
                    (row.phone or "") if show_phone else "", title, starts_at,
                )
            )
            if len(out) >= limit:
                break
        return out


# --- import ------------------------------------------------------------------------------------------


def _check_rows(
    session: Session, forum_id: int, headings: Sequence[object], rows: Sequence[tuple[int, Sequence[object]]]
) -> ImportCheck:
    _forum_row(session, forum_id)
    if len(rows) > MAX_IMPORT_ROWS:
        return ImportCheck(header_problem=f"Berkas terlalu besar: paling banyak {MAX_IMPORT_ROWS} baris peserta.")
    return check_import(headings, rows, _existing_keys(session, forum_id))


def check_participant_rows(
    db: Database, forum_id: int, headings: Sequence[object], rows: Sequence[tuple[int, Sequence[object]]]
) -> ImportCheck:
    """What an import would do, without doing it: every bad or duplicate row with its line.

    `headings` and `rows` (line number, cells) are a list as desk.formats.table reads it (CSV or Excel).
    """
    with reading(db) as work:
        return _check_rows(work.session, forum_id, headings, rows)


def import_participants(
    db: Database,
    forum_id: int,
    headings: Sequence[object],
    rows: Sequence[tuple[int, Sequence[object]]],
    *,
    source: str = "",
    now: datetime | None = None,
) -> Done[ParticipantImport]:
    """Invite everyone on a list, or no one: any bad row rejects the whole list (ImportRejected)."""
    with writing(db, now=now) as work:
        work.require(access.FORUM_EDIT)
        _forum_row(work.session, forum_id, lock=True)
        check = _check_rows(work.session, forum_id, headings, rows)
        if check.header_problem:
            raise ImportRejected(message=check.header_problem)
        if check.problems:
            raise ImportRejected(check.problems, f"{len(check.problems)} baris bermasalah; tidak ada peserta yang "
                                                 "diimpor. Perbaiki berkas lalu impor lagi.")
        if not check.rows:
            raise ImportRejected(message=N_("Berkas tidak memuat satu pun baris peserta."))
        work.session.add_all(_new_row(work, forum_id, draft) for _, draft in check.rows)
        work.session.flush()
        work.audit(
            "data.import", "forum", forum_id,
            {"kind": "forum_participants", "count": len(check.rows), "file": Path(source).name if source else ""},
        )
        work.changed(Change.FORUMS)
        return work.done(ParticipantImport(len(check.rows), tuple(line for line, _ in check.rows)))


# --- check-in on the day -------------------------------------------------------------------------------


def check_in(db: Database, participant_id: int, *, now: datetime | None = None) -> Done[ParticipantRecord]:
    """Mark someone present with the time; checking in twice keeps the first time."""
    with writing(db, now=now) as work:
        work.require(access.FORUM_CHECKIN)
        row = _participant_row(work.session, participant_id)
        if not row.present:
            row.present = True
            row.checked_in_at = work.now
            row.checked_in_by = work.user_id
            work.session.flush()
            work.audit("forum.checkin", "forum", row.forum_id, {"name": row.name, "participant": row.id})
            work.changed(Change.FORUMS)
        return work.done(_participant(work, row.id))


def undo_check_in(db: Database, participant_id: int) -> Done[ParticipantRecord]:
    with writing(db) as work:
        work.require(access.FORUM_CHECKIN)
        row = _participant_row(work.session, participant_id)
        if row.present:
            row.present = False
            row.checked_in_at = None
            row.checked_in_by = None
            work.session.flush()
            work.audit("forum.checkin_undo", "forum", row.forum_id, {"name": row.name, "participant": row.id})
            work.changed(Change.FORUMS)
        return work.done(_participant(work, row.id))


def add_walk_in(
    db: Database, forum_id: int, draft: ParticipantDraft, *, now: datetime | None = None
) -> Done[ParticipantRecord]:
    """Someone who came without an invitation: added and checked in at once."""
    with writing(db, now=now) as work:
        work.require(access.FORUM_CHECKIN)
        _forum_row(work.session, forum_id, lock=True)
        cleaned = _clean_participant(draft)
        if person_key(cleaned.name, cleaned.institution) in _existing_keys(work.session, forum_id):
            raise InvalidForum({"name": f"{cleaned.name} sudah ada di daftar peserta: cari lalu tandai hadir."})
        row = _new_row(work, forum_id, cleaned, invited=False)
        row.present = True
        row.checked_in_at = work.now
        row.checked_in_by = work.user_id
        work.session.add(row)
        work.session.flush()
        work.audit("forum.walk_in", "forum", forum_id, _audit_person(cleaned))
        work.changed(Change.FORUMS)
        return work.done(_participant(work, row.id))


def forum_recap(db: Database, forum_id: int) -> ForumRecap:
    with reading(db) as work:
        _forum_row(work.session, forum_id)
        return recap(_record(r, {}, False) for r in _participant_rows(work.session, forum_id))


# --- notulen and berita acara --------------------------------------------------------------------------


def _statements(session: Session, forum_id: int, kind: str) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(ForumStatementRow.text)
            .where(ForumStatementRow.forum_id == forum_id, ForumStatementRow.kind == kind)
            .order_by(ForumStatementRow.position)
        )
    )


def _minutes(session: Session, forum_id: int) -> MinutesContent:
    agenda = tuple(
        AgendaItem(r.time_text, r.text)
        for r in session.scalars(
            select(ForumAgendaRow).where(ForumAgendaRow.forum_id == forum_id).order_by(ForumAgendaRow.position)
        )
    )
    discussion = tuple(
        DiscussionPoint(r.speaker, r.unsur, r.point, r.response)
        for r in session.scalars(
            select(ForumDiscussionRow)
            .where(ForumDiscussionRow.forum_id == forum_id)
            .order_by(ForumDiscussionRow.position)
        )
    )
    report = session.get(ForumReportRow, forum_id)
    return MinutesContent(
        agenda, discussion, _statements(session, forum_id, CONCLUSION), report.minute_taker if report else ""
    )


def _berita_acara(session: Session, forum_id: int) -> BeritaAcaraContent:
    report = session.get(ForumReportRow, forum_id)
    outcomes = _statements(session, forum_id, OUTCOME)
    if report is None:
        return BeritaAcaraContent(outcomes=outcomes)
    return BeritaAcaraContent(
        number=report.ba_number,
        opening=report.ba_opening,
        outcomes=outcomes,
        representative_name=report.representative_name,
        representative_role=report.representative_role or "Wakil Masyarakat",
        representative_institution=report.representative_institution,
    )


def get_minutes(db: Database, forum_id: int) -> MinutesContent:
    with reading(db) as work:
        _forum_row(work.session, forum_id)
        return _minutes(work.session, forum_id)


def get_berita_acara(db: Database, forum_id: int) -> BeritaAcaraContent:
    with reading(db) as work:
        _forum_row(work.session, forum_id)
        return _berita_acara(work.session, forum_id)


def _ensure_report(session: Session, forum_id: int, now: datetime) -> ForumReportRow:
    report = session.get(ForumReportRow, forum_id)
    if report is None:
        report = ForumReportRow(
            forum_id=forum_id, ba_number="", ba_opening="", representative_name="", representative_role="",
            representative_institution="", minute_taker="",
        )
        session.add(report)
    report.updated_at = now
    report.updated_by = access.current_user_id(session)
    return report


def _replace_statements(session: Session, forum_id: int, kind: str, texts: Sequence[str]) -> None:
    session.execute(
        delete(ForumStatementRow).where(ForumStatementRow.forum_id == forum_id, ForumStatementRow.kind == kind)
    )
    session.add_all(
        ForumStatementRow(forum_id=forum_id, kind=kind, position=i, text=t) for i, t in enumerate(texts, 1)
    )


def store_minutes(session: Session, forum_id: int, content: MinutesContent, *, now: datetime) -> MinutesContent:
    """Replace the forum's notulen in the caller's unit of work (forum.edit; audited as forum.minutes)."""
    access.require(session, access.FORUM_EDIT)
    _forum_row(session, forum_id, lock=True)
    cleaned, errors = clean_minutes(content)
    if errors:
        raise InvalidForum(errors)
    session.execute(delete(ForumAgendaRow).where(ForumAgendaRow.forum_id == forum_id))
    session.execute(delete(ForumDiscussionRow).where(ForumDiscussionRow.forum_id == forum_id))
    session.add_all(
        ForumAgendaRow(forum_id=forum_id, position=i, time_text=a.time_text, text=a.text)
        for i, a in enumerate(cleaned.agenda, 1)
    )
    session.add_all(
        ForumDiscussionRow(forum_id=forum_id, position=i, speaker=d.speaker, unsur=d.unsur, point=d.point,
                           response=d.response)
        for i, d in enumerate(cleaned.discussion, 1)
    )
    _replace_statements(session, forum_id, CONCLUSION, cleaned.conclusions)
    _ensure_report(session, forum_id, now).minute_taker = cleaned.minute_taker
    session.flush()
    audit.record(
        session, "forum.minutes", "forum", forum_id,
        {"agenda": len(cleaned.agenda), "discussion": len(cleaned.discussion),
         "conclusions": len(cleaned.conclusions)},
    )
    return _minutes(session, forum_id)


def save_minutes(db: Database, forum_id: int, content: MinutesContent) -> Done[MinutesContent]:
    with writing(db) as work:
        stored = store_minutes(work.session, forum_id, content, now=work.now)
        work.changed(Change.FORUMS)
        return work.done(stored)


def store_berita_acara(session: Session, forum_id: int, content: BeritaAcaraContent, *,
                       now: datetime) -> BeritaAcaraContent:
    """Replace the forum's berita acara in the caller's unit of work (forum.edit; audited)."""
    access.require(session, access.FORUM_EDIT)
    _forum_row(session, forum_id, lock=True)
    cleaned, errors = clean_berita_acara(content)
    if errors:
        raise InvalidForum(errors)
    report = _ensure_report(session, forum_id, now)
    report.ba_number = cleaned.number
    report.ba_opening = cleaned.opening
    report.representative_name = cleaned.representative_name
    report.representative_role = cleaned.representative_role
    report.representative_institution = cleaned.representative_institution
    _replace_statements(session, forum_id, OUTCOME, cleaned.outcomes)
    session.flush()
    audit.record(
        session, "forum.berita_acara", "forum", forum_id,
        {"number": cleaned.number, "outcomes": len(cleaned.outcomes)},
    )
    return _berita_acara(session, forum_id)


def save_berita_acara(db: Database, forum_id: int, content: BeritaAcaraContent) -> Done[BeritaAcaraContent]:
    with writing(db) as work:
        stored = store_berita_acara(work.session, forum_id, content, now=work.now)
        work.changed(Change.FORUMS)
        return work.done(stored)


# --- printing ------------------------------------------------------------------------------------------


def print_data(db: Database, forum_id: int, kind: DocumentKind, *, with_phone: bool = False,
               now: datetime | None = None) -> ForumPrintData:
    """What one of the forum's documents prints, with the copy its next print carries and the office's paper.

    Phone numbers only when the No. HP column is asked for (personal.reveal).
    """
    if kind not in _PAPER_CHOICE:
        raise ValueError(f"not a forum document: {kind!r}")
    with reading(db, now=now) as work:
        session = work.session
        work.require(access.PRINT)
        if with_phone:
            work.require(access.REVEAL_PERSONAL)
        forum = _forum_info(session, _forum_row(session, forum_id), work.now)
        participants = tuple(_records(session, _participant_rows(session, forum_id), with_phone))
        papers = ALLOWED_PAPERS[_PAPER_CHOICE[kind]]
        profile = work.office.profile
        summary = recap(participants)
        reasons = [gaps_summary(office_gaps(profile))] if office_gaps(profile) else []
        if kind in _FINAL_AFTER_THE_FORUM:
            reasons += forum_paper_gaps(forum, summary.total.present, work.now)
        return ForumPrintData(
            kind=kind,
            office=profile,
            forum=forum,
            participants=participants,
            minutes=_minutes(session, forum_id),
            berita_acara=_berita_acara(session, forum_id),
            recap=summary,
            copy_no=copy_number(work, kind, forum_id),
            paper=default_paper(session, _PAPER_CHOICE[kind]),
            papers=papers,
            now=work.now,
            draft_reasons=tuple(reasons),
        )
