"""Forums (FKP): the forum, its participants, check-in, import, notulen, berita acara, prints.

Every change checks its permission (forum.edit; check-in and walk-ins forum.checkin;
printing document.print) and is written to the audit trail in the same transaction,
with phone numbers masked. Phone numbers leave the store in full only for a reader who
may see them (forum editors and officers who may reveal personal data); the others get
the masked form. Documents get numbers only when a print asks for the No. HP column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, delete, func, or_, select
from sqlalchemy.orm import Session

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
    name_key,
    person_key,
    recap,
    sort_participants,
)
from desk.domain.imports import ImportRejected
from desk.domain.office_time import to_local
from desk.domain.phone import mask_phone
from desk.domain.records import OfficeProfile
from desk.store import access, audit
from desk.store.errors import NotFound, StoreError
from desk.store.models import Forum, OfficeProfileRow, PrintRecord, Service, StandardVersion, User, utcnow
from desk.store.models_forums import (
    ForumAgendaRow,
    ForumDiscussionRow,
    ForumParticipantRow,
    ForumReportRow,
    ForumStandardRow,
    ForumStatementRow,
)
from desk.store.office import get_office_profile, office_clock

CONCLUSION, OUTCOME = "conclusion", "outcome"
DOCUMENT_KINDS: dict[str, str] = {
    "attendance": "Daftar hadir",
    "minutes": "Notulen",
    "berita_acara": "Berita acara",
    "forum_recap": "Rekap kehadiran forum",
}
MAX_IMPORT_ROWS = 5000


class InvalidForum(StoreError):
    """Input with problems; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()), next(iter(errors), None))
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
    """Everything the forum's documents need, read in one transaction."""

    office: OfficeProfile
    forum: ForumInfo
    participants: tuple[ParticipantRecord, ...]
    minutes: MinutesContent
    berita_acara: BeritaAcaraContent
    recap: ForumRecap


# --- helpers -----------------------------------------------------------------------------------------


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def _tz(session: Session) -> str:
    return office_clock(session).tz


def _forum_row(session: Session, forum_id: int, *, lock: bool = False) -> Forum:
    forum = session.get(Forum, forum_id, with_for_update=lock or None)
    if forum is None:
        raise NotFound("Forum tidak ditemukan.", "forum")
    return forum


def _participant_row(session: Session, participant_id: int) -> ForumParticipantRow:
    row = session.get(ForumParticipantRow, participant_id)
    if row is None:
        raise NotFound("Peserta tidak ditemukan.", "participant")
    return row


def can_see_phone(session: Session) -> bool:
    actor = access.current_actor(session)
    return access.allowed(actor, access.REVEAL_PERSONAL) or access.allowed(actor, access.FORUM_EDIT)


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


def _audit_person(draft: ParticipantDraft | ParticipantRecord) -> dict[str, Any]:
    return {
        "nama": draft.name,
        "unsur": draft.unsur,
        "hp": mask_phone(draft.phone) if draft.phone else "",
        "setuju_foto": draft.consent_photo,
        "setuju_publikasi": draft.consent_publication,
    }


# --- forums ------------------------------------------------------------------------------------------


def default_venue(session: Session) -> str:
    row = session.get(OfficeProfileRow, 1)
    return row.forum_venue if row else ""


def _forum_info(session: Session, forum: Forum) -> ForumInfo:
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
    )


def get_forum(session: Session, forum_id: int) -> ForumInfo:
    return _forum_info(session, _forum_row(session, forum_id))


def list_forums(session: Session, now: datetime | None = None) -> list[ForumSummary]:
    """Upcoming forums first (soonest first, today's included), then past ones (newest first)."""
    today = to_local(_now(now), _tz(session)).date()
    tz = _tz(session)
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
    return upcoming_list + past


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


def create_forum(session: Session, draft: ForumDraft) -> ForumInfo:
    access.require(session, access.FORUM_EDIT)
    cleaned = _clean(draft)
    forum = Forum(title=cleaned.title, starts_at=cleaned.starts_at, created_at=utcnow())
    session.add(forum)
    session.flush()
    _apply_forum(session, forum, cleaned)
    audit.record(session, "forum.create", "forum", forum.id, _forum_details(cleaned))
    return _forum_info(session, forum)


def update_forum(session: Session, forum_id: int, draft: ForumDraft) -> ForumInfo:
    access.require(session, access.FORUM_EDIT)
    cleaned = _clean(draft)
    forum = _forum_row(session, forum_id, lock=True)
    _apply_forum(session, forum, cleaned)
    audit.record(session, "forum.update", "forum", forum.id, _forum_details(cleaned))
    return _forum_info(session, forum)


def _forum_details(draft: ForumDraft) -> dict[str, Any]:
    return {
        "judul": draft.title,
        "mulai": draft.starts_at.astimezone(UTC).isoformat(),
        "tempat": draft.venue,
        "standar": list(draft.service_ids),
    }


def approved_versions(session: Session, forum_id: int) -> list[ApprovedVersion]:
    """The standard versions that name this forum as the one that approved them."""
    rows = session.execute(
        select(StandardVersion, Service)
        .join(Service, Service.id == StandardVersion.service_id)
        .where(StandardVersion.forum_id == forum_id)
        .order_by(Service.sort, Service.code, StandardVersion.version_no)
    )
    return [
        ApprovedVersion(v.id, s.id, s.code, s.name, v.version_no, v.effective_date, v.sk_number) for v, s in rows
    ]


# --- participants ------------------------------------------------------------------------------------


def list_participants(session: Session, forum_id: int, order: str = "unsur") -> list[ParticipantRecord]:
    _forum_row(session, forum_id)
    rows = list(session.scalars(select(ForumParticipantRow).where(ForumParticipantRow.forum_id == forum_id)))
    return sort_participants(_records(session, rows, can_see_phone(session)), order)


def get_participant(session: Session, participant_id: int) -> ParticipantRecord:
    row = _participant_row(session, participant_id)
    return _records(session, [row], can_see_phone(session))[0]


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


def _new_row(
    session: Session, forum_id: int, draft: ParticipantDraft, now: datetime, *, invited: bool = True
) -> ForumParticipantRow:
    user_id = access.current_user_id(session)
    row = ForumParticipantRow(
        forum_id=forum_id, invited=invited, walk_in=not invited, present=False, created_at=now, created_by=user_id,
        consent_photo=False, consent_publication=False,
    )
    _fill(row, draft)
    _set_consents(row, draft, user_id, now)
    return row


def add_participant(
    session: Session, forum_id: int, draft: ParticipantDraft, now: datetime | None = None
) -> ParticipantRecord:
    """Invite one person to the forum."""
    access.require(session, access.FORUM_EDIT)
    _forum_row(session, forum_id, lock=True)
    cleaned = _clean_participant(draft)
    if person_key(cleaned.name, cleaned.institution) in _existing_keys(session, forum_id):
        raise InvalidForum({"name": f"{cleaned.name} sudah terdaftar sebagai peserta forum ini."})
    row = _new_row(session, forum_id, cleaned, _now(now))
    session.add(row)
    session.flush()
    audit.record(session, "forum.participant", "forum", forum_id, {"aksi": "tambah", **_audit_person(cleaned)})
    return get_participant(session, row.id)


def update_participant(
    session: Session, participant_id: int, draft: ParticipantDraft, now: datetime | None = None
) -> ParticipantRecord:
    access.require(session, access.FORUM_EDIT)
    row = _participant_row(session, participant_id)
    cleaned = _clean_participant(draft)
    if person_key(cleaned.name, cleaned.institution) in _existing_keys(session, row.forum_id, skip_id=row.id):
        raise InvalidForum({"name": f"{cleaned.name} sudah terdaftar sebagai peserta forum ini."})
    _fill(row, cleaned)
    _set_consents(row, cleaned, access.current_user_id(session), _now(now))
    session.flush()
    audit.record(session, "forum.participant", "forum", row.forum_id, {"aksi": "ubah", **_audit_person(cleaned)})
    return get_participant(session, row.id)


def remove_participant(session: Session, participant_id: int) -> None:
    access.require(session, access.FORUM_EDIT)
    row = _participant_row(session, participant_id)
    details = {"aksi": "hapus", "nama": row.name, "unsur": row.unsur}
    forum_id = row.forum_id
    session.delete(row)
    session.flush()
    audit.record(session, "forum.participant", "forum", forum_id, details)


def suggest_people(
    session: Session, text: str, *, limit: int = 8, exclude_forum_id: int | None = None
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
    show_phone = can_see_phone(session)
    seen: set[str] = set()
    out: list[PersonSuggestion] = []
    for row, title, starts_at in session.execute(query):
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


def check_participant_rows(
    session: Session, forum_id: int, headings: Sequence[object], rows: Sequence[tuple[int, Sequence[object]]]
) -> ImportCheck:
    """What an import would do, without doing it: every bad or duplicate row with its line.

    `headings` and `rows` (line number, cells) are a list as desk.formats.table reads it (CSV or Excel).
    """
    _forum_row(session, forum_id)
    if len(rows) > MAX_IMPORT_ROWS:
        return ImportCheck(header_problem=f"Berkas terlalu besar: paling banyak {MAX_IMPORT_ROWS} baris peserta.")
    return check_import(headings, rows, _existing_keys(session, forum_id))


def import_participants(
    session: Session,
    forum_id: int,
    headings: Sequence[object],
    rows: Sequence[tuple[int, Sequence[object]]],
    *,
    source: str = "",
    now: datetime | None = None,
) -> ParticipantImport:
    """Invite everyone on a list, or no one: any bad row rejects the whole list (ImportRejected)."""
    access.require(session, access.FORUM_EDIT)
    _forum_row(session, forum_id, lock=True)
    check = check_participant_rows(session, forum_id, headings, rows)
    if check.header_problem:
        raise ImportRejected(message=check.header_problem)
    if check.problems:
        raise ImportRejected(check.problems, f"{len(check.problems)} baris bermasalah; tidak ada peserta yang "
                                             "diimpor. Perbaiki berkas lalu impor lagi.")
    if not check.rows:
        raise ImportRejected(message="Berkas tidak memuat satu pun baris peserta.")
    at = _now(now)
    session.add_all(_new_row(session, forum_id, draft, at) for _, draft in check.rows)
    session.flush()
    audit.record(
        session, "data.import", "forum", forum_id,
        {"jenis": "peserta_forum", "jumlah": len(check.rows), "berkas": Path(source).name if source else ""},
    )
    return ParticipantImport(len(check.rows), tuple(line for line, _ in check.rows))


# --- check-in on the day -------------------------------------------------------------------------------


def check_in(session: Session, participant_id: int, now: datetime | None = None) -> ParticipantRecord:
    """Mark someone present with the time; checking in twice keeps the first time."""
    access.require(session, access.FORUM_CHECKIN)
    row = _participant_row(session, participant_id)
    if not row.present:
        row.present = True
        row.checked_in_at = _now(now)
        row.checked_in_by = access.current_user_id(session)
        session.flush()
        audit.record(session, "forum.checkin", "forum", row.forum_id, {"nama": row.name, "peserta": row.id})
    return get_participant(session, row.id)


def undo_check_in(session: Session, participant_id: int) -> ParticipantRecord:
    access.require(session, access.FORUM_CHECKIN)
    row = _participant_row(session, participant_id)
    if row.present:
        row.present = False
        row.checked_in_at = None
        row.checked_in_by = None
        session.flush()
        audit.record(session, "forum.checkin_undo", "forum", row.forum_id, {"nama": row.name, "peserta": row.id})
    return get_participant(session, row.id)


def add_walk_in(
    session: Session, forum_id: int, draft: ParticipantDraft, now: datetime | None = None
) -> ParticipantRecord:
    """Someone who came without an invitation: added and checked in at once."""
    access.require(session, access.FORUM_CHECKIN)
    _forum_row(session, forum_id, lock=True)
    cleaned = _clean_participant(draft)
    if person_key(cleaned.name, cleaned.institution) in _existing_keys(session, forum_id):
        raise InvalidForum({"name": f"{cleaned.name} sudah ada di daftar peserta: cari lalu tandai hadir."})
    at = _now(now)
    row = _new_row(session, forum_id, cleaned, at, invited=False)
    row.present = True
    row.checked_in_at = at
    row.checked_in_by = access.current_user_id(session)
    session.add(row)
    session.flush()
    audit.record(session, "forum.walk_in", "forum", forum_id, _audit_person(cleaned))
    return get_participant(session, row.id)


def forum_recap(session: Session, forum_id: int) -> ForumRecap:
    _forum_row(session, forum_id)
    rows = session.scalars(select(ForumParticipantRow).where(ForumParticipantRow.forum_id == forum_id))
    return recap(_record(r, {}, False) for r in rows)


# --- notulen and berita acara --------------------------------------------------------------------------


def _report_row(session: Session, forum_id: int) -> ForumReportRow | None:
    return session.get(ForumReportRow, forum_id)


def _statements(session: Session, forum_id: int, kind: str) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(ForumStatementRow.text)
            .where(ForumStatementRow.forum_id == forum_id, ForumStatementRow.kind == kind)
            .order_by(ForumStatementRow.position)
        )
    )


def get_minutes(session: Session, forum_id: int) -> MinutesContent:
    _forum_row(session, forum_id)
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
    report = _report_row(session, forum_id)
    return MinutesContent(
        agenda, discussion, _statements(session, forum_id, CONCLUSION), report.minute_taker if report else ""
    )


def _ensure_report(session: Session, forum_id: int) -> ForumReportRow:
    report = _report_row(session, forum_id)
    if report is None:
        report = ForumReportRow(
            forum_id=forum_id, ba_number="", ba_opening="", representative_name="", representative_role="",
            representative_institution="", minute_taker="",
        )
        session.add(report)
    report.updated_at = utcnow()
    report.updated_by = access.current_user_id(session)
    return report


def _replace_statements(session: Session, forum_id: int, kind: str, texts: Sequence[str]) -> None:
    session.execute(
        delete(ForumStatementRow).where(ForumStatementRow.forum_id == forum_id, ForumStatementRow.kind == kind)
    )
    session.add_all(
        ForumStatementRow(forum_id=forum_id, kind=kind, position=i, text=t) for i, t in enumerate(texts, 1)
    )


def save_minutes(session: Session, forum_id: int, content: MinutesContent) -> MinutesContent:
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
    _ensure_report(session, forum_id).minute_taker = cleaned.minute_taker
    session.flush()
    audit.record(
        session, "forum.minutes", "forum", forum_id,
        {"acara": len(cleaned.agenda), "pembahasan": len(cleaned.discussion), "kesimpulan": len(cleaned.conclusions)},
    )
    return get_minutes(session, forum_id)


def get_berita_acara(session: Session, forum_id: int) -> BeritaAcaraContent:
    _forum_row(session, forum_id)
    report = _report_row(session, forum_id)
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


def save_berita_acara(session: Session, forum_id: int, content: BeritaAcaraContent) -> BeritaAcaraContent:
    access.require(session, access.FORUM_EDIT)
    _forum_row(session, forum_id, lock=True)
    cleaned, errors = clean_berita_acara(content)
    if errors:
        raise InvalidForum(errors)
    report = _ensure_report(session, forum_id)
    report.ba_number = cleaned.number
    report.ba_opening = cleaned.opening
    report.representative_name = cleaned.representative_name
    report.representative_role = cleaned.representative_role
    report.representative_institution = cleaned.representative_institution
    _replace_statements(session, forum_id, OUTCOME, cleaned.outcomes)
    session.flush()
    audit.record(
        session, "forum.berita_acara", "forum", forum_id,
        {"nomor": cleaned.number, "kesepakatan": len(cleaned.outcomes)},
    )
    return get_berita_acara(session, forum_id)


# --- printing ------------------------------------------------------------------------------------------


def print_data(session: Session, forum_id: int, *, with_phone: bool = False) -> ForumPrintData:
    """What the forum's documents print. Phone numbers only when the No. HP column is asked for."""
    access.require(session, access.PRINT)
    if with_phone:
        access.require(session, access.REVEAL_PERSONAL)
    forum = get_forum(session, forum_id)
    rows = list(session.scalars(select(ForumParticipantRow).where(ForumParticipantRow.forum_id == forum_id)))
    participants = tuple(_records(session, rows, with_phone))
    return ForumPrintData(
        office=get_office_profile(session),
        forum=forum,
        participants=participants,
        minutes=get_minutes(session, forum_id),
        berita_acara=get_berita_acara(session, forum_id),
        recap=recap(participants),
    )


def record_print(
    session: Session,
    forum_id: int,
    kind: str,
    *,
    paper: str = "A4",
    action: str = "save",
    target: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """Log a print or save of one of the forum's documents; returns which copy this is (1 = first)."""
    access.require(session, access.PRINT)
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"unknown forum document {kind!r}")
    _forum_row(session, forum_id)
    earlier = session.scalar(
        select(func.count()).select_from(PrintRecord).where(
            PrintRecord.document_kind == kind, PrintRecord.record_id == forum_id
        )
    ) or 0
    copy_no = earlier + 1
    session.add(
        PrintRecord(
            document_kind=kind, record_id=forum_id, action=action, copy_no=copy_no, paper=paper[:10],
            user_id=access.current_user_id(session), at=utcnow(), target=target[:300],
        )
    )
    audit.record(
        session, "document.print" if copy_no == 1 else "document.reprint", "forum", forum_id,
        {"dokumen": kind, "salinan": copy_no, "kertas": paper, "tindakan": action, **(details or {})},
    )
    return copy_no
