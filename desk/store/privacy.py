"""Personal data under UU 27/2022: revealing, consent, retention and data-subject requests.

- NIK and phone are masked everywhere by default; `reveal` hands out the full
  value only to a role allowed to see it and writes who saw which value to the
  audit trail.
- Consent for the optional uses (WhatsApp contact, forum photos, publication of
  attendance) is recorded per purpose with its date and officer; each decision is
  a new row, so a withdrawal never erases the proof of the earlier consent.
- Retention: `office_profile.retention_years` (default 5) after a visitor's last
  service ended, their personal fields are anonymised; requests keep what the
  statistics need (service, dates, status, kecamatan).
- Data-subject requests (access, correction, erasure, consent withdrawal) are
  logged with the time they were received and a due time 3×24 hours later, and
  completed by the action that answers them.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import Session

from desk import __version__
from desk.domain.errors import DomainError
from desk.domain.intake import RequestDraft, clean_draft
from desk.domain.nik import clean_nik, mask_nik
from desk.domain.phone import mask_phone, normalize_phone
from desk.domain.status import OPEN_STATUSES, status_label
from desk.store import access, audit
from desk.store.audit_verify import action_text, entries_about
from desk.store.catalog import known_nik_regions, region_name
from desk.store.errors import NotFound, StoreError
from desk.store.models import (
    Forum,
    OfficeProfileRow,
    RequestDocument,
    RequestEventRow,
    Service,
    ServiceRequest,
    Setting,
    Unit,
    User,
    Visitor,
)
from desk.store.models_accounts import ConsentRow, SubjectRequestRow
from desk.store.models_forums import ForumParticipantRow
from desk.store.office import get_office_profile, office_clock

# --- consent purposes and request kinds ----------------------------------------------------------

WHATSAPP, FORUM_PHOTO, ATTENDANCE_PUBLICATION = "whatsapp", "forum_photo", "attendance_publication"
CONSENT_PURPOSES: dict[str, str] = {
    WHATSAPP: "Dihubungi melalui WhatsApp/SMS (pemberitahuan hasil, undangan FKP)",
    FORUM_PHOTO: "Difoto dalam Forum Konsultasi Publik dan fotonya dipakai untuk dokumentasi",
    ATTENDANCE_PUBLICATION: "Nama dalam daftar hadir yang dipublikasikan (tanpa nomor HP)",
}

ACCESS, CORRECTION, ERASURE, WITHDRAWAL = "akses", "perbaikan", "penghapusan", "penarikan_persetujuan"
SUBJECT_REQUEST_KINDS: dict[str, str] = {
    ACCESS: "Akses dan salinan data",
    CORRECTION: "Perbaikan data",
    ERASURE: "Penghapusan (anonimisasi) data",
    WITHDRAWAL: "Penarikan persetujuan",
}
REQUEST_CHANNELS: dict[str, str] = {
    "loket": "Datang ke loket", "surat": "Surat", "email": "E-mail", "telepon": "Telepon", "whatsapp": "WhatsApp",
}
RESPONSE_HOURS = 72  # 3×24 jam (UU 27/2022 Pasal 30-34)

ANONYMOUS_NAME = "Anonim"
RETENTION_LAST_RUN_KEY = "retention.last_run"
RETENTION_SNOOZE_KEY = "retention.snoozed_until"
RETENTION_RANGE = (1, 30)
_CHUNK = 500

NIK, PHONE = "nik", "phone"
_FIELD_LABELS = {NIK: "NIK", PHONE: "nomor HP"}


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: int
    visitor_id: int
    purpose: str
    granted: bool
    recorded_at: datetime
    recorded_by: str
    note: str

    @property
    def purpose_label(self) -> str:
        return CONSENT_PURPOSES.get(self.purpose, self.purpose)


@dataclass(frozen=True, slots=True)
class SubjectRequestRecord:
    id: int
    visitor_id: int
    visitor_name: str
    kind: str
    channel: str
    received_at: datetime
    due_at: datetime
    note: str
    recorded_by: str
    completed_at: datetime | None
    completed_by: str
    outcome: str

    @property
    def kind_label(self) -> str:
        return SUBJECT_REQUEST_KINDS.get(self.kind, self.kind)

    @property
    def done(self) -> bool:
        return self.completed_at is not None

    def overdue(self, now: datetime | None = None) -> bool:
        """Past the 3×24 hours: still open after the due time, or completed after it."""
        end = self.completed_at or now or datetime.now(UTC)
        return end > self.due_at

    def hours_taken(self, now: datetime | None = None) -> float:
        end = self.completed_at or now or datetime.now(UTC)
        return (end - self.received_at).total_seconds() / 3600


@dataclass(frozen=True, slots=True)
class SubjectMatch:
    """A person found on the data-subject screen; identifiers masked."""

    visitor_id: int
    name: str
    nik_masked: str
    phone_masked: str
    kecamatan: str
    requests: int
    last_visit: datetime | None
    anonymised: bool


@dataclass(frozen=True, slots=True)
class RetentionReport:
    years: int
    cutoff: datetime  # UTC: visitors whose last service ended before this are due
    visitors: int
    requests: int
    dry_run: bool
    visitor_ids: tuple[int, ...] = ()
    participants: int = 0  # forum participants whose phone number goes (their forum ended before `cutoff`)

    @property
    def anything(self) -> bool:
        return bool(self.visitors or self.participants)


@dataclass(frozen=True, slots=True)
class VisitorCorrection:
    """New values for a visitor's fields; None leaves a field as it is."""

    name: str | None = None
    nik: str | None = None
    sex: str | None = None
    phone: str | None = None
    address: str | None = None
    kecamatan_code: str | None = None
    desa_code: str | None = None
    region_text: str | None = None
    organisation: str | None = None
    organisation_kind: str | None = None


@dataclass(frozen=True, slots=True)
class ExportedRequest:
    ref_number: str
    service_code: str
    service_name: str
    unit_name: str
    received_at: datetime
    received_by: str
    due_date: date
    status: str
    status_label: str
    channel: str
    closed_at: datetime | None
    notes: str
    documents: tuple[tuple[str, bool], ...]
    events: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class SubjectExport:
    """Everything Desk holds about one person: their copy under the right of access."""

    generated_at: datetime
    generated_by: str
    office_name: str
    dpo_contact: str
    visitor: dict[str, Any]
    requests: tuple[ExportedRequest, ...]
    consents: tuple[ConsentRecord, ...]
    subject_requests: tuple[SubjectRequestRecord, ...]
    access_log: tuple[dict[str, Any], ...] = field(default=())

    def as_dict(self, *, masked: bool = False) -> dict[str, Any]:
        """The export as plain JSON data; `masked` hides NIK and phone (for a printout)."""
        visitor = dict(self.visitor)
        if masked:
            visitor["nik"] = mask_nik(visitor["nik"]) if visitor.get("nik") else ""
            visitor["phone"] = mask_phone(visitor["phone"]) if visitor.get("phone") else ""
        return _jsonable({
            "format": "desk.subject_export/1",
            "generated_at": self.generated_at,
            "generated_by": self.generated_by,
            "desk_version": __version__,
            "controller": {"office": self.office_name, "dpo_contact": self.dpo_contact},
            "masked": masked,
            "visitor": visitor,
            "requests": [asdict(r) for r in self.requests],
            "consents": [
                {"purpose": c.purpose, "purpose_label": c.purpose_label, "granted": c.granted,
                 "recorded_at": c.recorded_at, "recorded_by": c.recorded_by, "note": c.note}
                for c in self.consents
            ],
            "subject_requests": [
                {"kind": r.kind, "kind_label": r.kind_label, "channel": r.channel, "received_at": r.received_at,
                 "due_at": r.due_at, "completed_at": r.completed_at, "outcome": r.outcome, "note": r.note}
                for r in self.subject_requests
            ],
            "access_log": list(self.access_log),
        })

    def to_json(self, *, masked: bool = False) -> str:
        return json.dumps(self.as_dict(masked=masked), ensure_ascii=False, indent=2)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- helpers ----------------------------------------------------------------------------------


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def _visitor(session: Session, visitor_id: int, *, lock: bool = False) -> Visitor:
    visitor = session.get(Visitor, visitor_id, with_for_update=lock)
    if visitor is None:
        raise NotFound("Data orang ini tidak ditemukan.")
    return visitor


def _user_names(session: Session) -> dict[int, str]:
    return {uid: name for uid, name in session.execute(select(User.id, User.full_name))}


def _masked(field_name: str, value: str | None) -> str:
    if not value:
        return ""
    return mask_nik(value) if field_name == NIK else mask_phone(value)


def _who(session: Session) -> str:
    actor = access.current_actor(session)
    return actor.full_name if actor else "sistem"


# --- revealing a full NIK or phone ----------------------------------------------------------------


def reveal(session: Session, visitor_id: int, field_name: str, reason: str = "") -> str:
    """The full NIK or phone of a visitor; allowed by role, and audited as who saw what."""
    access.require(session, access.REVEAL_PERSONAL)
    if field_name not in _FIELD_LABELS:
        raise StoreError("Hanya NIK atau nomor HP yang dapat ditampilkan.", "field")
    visitor = _visitor(session, visitor_id)
    value = visitor.nik if field_name == NIK else visitor.phone
    if not value:
        raise StoreError(f"{_FIELD_LABELS[field_name].capitalize()} orang ini tidak tercatat.", field_name)
    audit.record(session, "personal.reveal", "visitor", visitor.id,
                 {"field": field_name, "value": _masked(field_name, value), "reason": reason.strip()[:200]})
    return value


# --- consent ----------------------------------------------------------------------------------


def _consent_record(row: ConsentRow, names: Mapping[int, str]) -> ConsentRecord:
    return ConsentRecord(row.id, row.visitor_id, row.purpose, bool(row.granted), row.recorded_at,
                         names.get(row.recorded_by, "") if row.recorded_by else "sistem", row.note)


def consent_history(session: Session, visitor_id: int) -> list[ConsentRecord]:
    names = _user_names(session)
    rows = session.scalars(select(ConsentRow).where(ConsentRow.visitor_id == visitor_id).order_by(ConsentRow.id))
    return [_consent_record(r, names) for r in rows]


def current_consents(session: Session, visitor_id: int) -> dict[str, ConsentRecord | None]:
    """The latest decision per purpose (None: never asked, which counts as no consent)."""
    latest: dict[str, ConsentRecord | None] = dict.fromkeys(CONSENT_PURPOSES)
    for record in consent_history(session, visitor_id):
        latest[record.purpose] = record
    return latest


def consent_flags(session: Session, visitor_id: int | None) -> dict[str, bool]:
    """Purpose → consent given, for printouts and messages to respect. No visitor: no consent."""
    if visitor_id is None:
        return dict.fromkeys(CONSENT_PURPOSES, False)
    return {p: bool(r and r.granted) for p, r in current_consents(session, visitor_id).items()}


def _granted(record: ConsentRecord | None) -> bool | None:
    return None if record is None else record.granted


def set_consents(
    session: Session, visitor_id: int, flags: Mapping[str, bool], note: str = "", now: datetime | None = None
) -> list[ConsentRecord]:
    """Record the visitor's decisions; only changes are written. Recorded by the logged-in officer."""
    access.require(session, access.INTAKE)
    unknown = set(flags) - set(CONSENT_PURPOSES)
    if unknown:
        raise StoreError(f"Tujuan persetujuan tidak dikenal: {', '.join(sorted(unknown))}.", "consent")
    visitor = _visitor(session, visitor_id)
    if visitor.anonymised_at is not None and any(flags.values()):
        raise StoreError("Data orang ini sudah dianonimkan; persetujuan tidak dapat dicatat lagi.", "consent")
    current = current_consents(session, visitor_id)
    at = _now(now)
    written: list[ConsentRow] = []
    for purpose, granted in flags.items():
        before = current[purpose]
        # A first "no" is written too: it proves the question was asked.
        if before is not None and before.granted == bool(granted):
            continue
        row = ConsentRow(visitor_id=visitor_id, purpose=purpose, granted=bool(granted), recorded_at=at,
                         recorded_by=access.current_user_id(session), note=note.strip()[:500])
        session.add(row)
        written.append(row)
    if not written:
        return []
    session.flush()
    changes = {r.purpose: [_granted(current[r.purpose]), r.granted] for r in written}
    audit.record(session, "consent.record", "visitor", visitor_id, {"changes": changes})
    names = _user_names(session)
    return [_consent_record(r, names) for r in written]


# --- retention ----------------------------------------------------------------------------------


def retention_years(session: Session) -> int:
    office = session.get(OfficeProfileRow, 1)
    return office.retention_years if office and office.retention_years else 5


def set_retention_years(session: Session, years: int) -> None:
    access.require(session, access.PERSONAL_DATA)
    low, high = RETENTION_RANGE
    if not low <= years <= high:
        raise StoreError(f"Masa retensi antara {low} dan {high} tahun.", "retention_years")
    office = session.get(OfficeProfileRow, 1, with_for_update=True)
    if office is None:
        raise NotFound("Profil kantor belum diisi.")
    old = office.retention_years
    if old == years:
        return
    office.retention_years = years
    session.flush()
    audit.record(session, "office.update", "office_profile", 1, {"changes": {"retention_years": [old, years]}})


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


def _count_requests(session: Session, visitor_ids: list[int]) -> int:
    total = 0
    for start in range(0, len(visitor_ids), _CHUNK):
        chunk = visitor_ids[start:start + _CHUNK]
        total += session.scalar(
            select(func.count()).select_from(ServiceRequest).where(ServiceRequest.visitor_id.in_(chunk))
        ) or 0
    return total


def run_retention(session: Session, *, dry_run: bool = False, now: datetime | None = None) -> RetentionReport:
    """Anonymise every visitor past the retention period, and drop the phone numbers of forum
    participants whose forum ended before it (or, with `dry_run`, only count them)."""
    access.require(session, access.PERSONAL_DATA)
    at = _now(now)
    years = retention_years(session)
    cutoff = retention_cutoff(at, years)
    ids = _due_visitors(session, cutoff)
    requests = _count_requests(session, ids)
    participants = _due_participants(session, cutoff)
    report = RetentionReport(years, cutoff, len(ids), requests, dry_run, tuple(ids), len(participants))
    if dry_run:
        return report
    _anonymise(session, ids, at)
    _forget_participant_phones(session, participants)
    summary = {"years": years, "cutoff": cutoff.isoformat(timespec="seconds"), "visitors": len(ids),
               "requests": requests, "participants": len(participants)}
    audit.record(session, "retention.run", "visitor", "", summary)
    _put_setting(session, RETENTION_LAST_RUN_KEY, {"at": at.isoformat(timespec="seconds"), **summary})
    return report


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


def _overwrite_freed_space(session: Session) -> None:
    """SQLite: overwrite what is deleted or replaced, so old personal values do not linger in the file."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def _forget_participant_phones(session: Session, participant_ids: list[int]) -> None:
    _overwrite_freed_space(session)
    for start in range(0, len(participant_ids), _CHUNK):
        chunk = participant_ids[start:start + _CHUNK]
        session.execute(update(ForumParticipantRow).where(ForumParticipantRow.id.in_(chunk)).values(phone=None)
                        .execution_options(synchronize_session=False))


def retention_due(session: Session, now: datetime | None = None) -> bool:
    """Whether to offer a retention run at start: someone is due and the offer was not put off."""
    at = _now(now)
    snoozed = session.get(Setting, RETENTION_SNOOZE_KEY)
    if snoozed is not None and isinstance(snoozed.value, str):
        try:
            if datetime.fromisoformat(snoozed.value) > at:
                return False
        except ValueError:
            pass
    cutoff = retention_cutoff(at, retention_years(session))
    return bool(_due_visitors(session, cutoff, limit=1) or _due_participants(session, cutoff, limit=1))


def postpone_retention(session: Session, days: int = 7, now: datetime | None = None) -> None:
    """"Nanti": do not offer the retention run again for `days` days."""
    access.require(session, access.PERSONAL_DATA)
    until = _now(now) + timedelta(days=days)
    _put_setting(session, RETENTION_SNOOZE_KEY, until.isoformat(timespec="seconds"))


def last_retention_run(session: Session) -> dict[str, Any] | None:
    row = session.get(Setting, RETENTION_LAST_RUN_KEY)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else None


def _put_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key, with_for_update=True)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def _anonymise(session: Session, visitor_ids: list[int], at: datetime) -> None:
    """Blank the personal fields; keep kecamatan and the organisation kind for the statistics.

    Request notes are free text an officer may have written a name or number into, so
    they go too; service, dates, status and kecamatan stay. The search index follows
    through its triggers. On SQLite, secure_delete overwrites the freed space, so the old
    values do not linger in the file.
    """
    if not visitor_ids:
        return
    _overwrite_freed_space(session)
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
    session.expire_all()


# --- data-subject requests ------------------------------------------------------------------------


def _subject_request_record(row: SubjectRequestRow, visitor_name: str, names: Mapping[int, str]) -> SubjectRequestRecord:
    return SubjectRequestRecord(
        row.id, row.visitor_id, visitor_name, row.kind, row.channel, row.received_at, row.due_at, row.note,
        names.get(row.recorded_by, "") if row.recorded_by else "sistem", row.completed_at,
        (names.get(row.completed_by, "") if row.completed_by else ("sistem" if row.completed_at else "")),
        row.outcome,
    )


def record_subject_request(
    session: Session,
    visitor_id: int,
    kind: str,
    *,
    received_at: datetime | None = None,
    channel: str = "loket",
    note: str = "",
    now: datetime | None = None,
) -> SubjectRequestRecord:
    """Log a data subject's request as received; it is due 3×24 hours after `received_at`."""
    access.require(session, access.PERSONAL_DATA)
    if kind not in SUBJECT_REQUEST_KINDS:
        raise StoreError("Jenis permintaan tidak dikenal.", "kind")
    if channel not in REQUEST_CHANNELS:
        raise StoreError("Cara permintaan disampaikan tidak dikenal.", "channel")
    at = _now(now)
    received = (received_at or at).astimezone(UTC)
    if received > at + timedelta(minutes=5):
        raise StoreError("Waktu permintaan diterima tidak boleh di masa depan.", "received_at")
    visitor = _visitor(session, visitor_id)
    row = SubjectRequestRow(
        visitor_id=visitor.id, kind=kind, channel=channel, received_at=received,
        due_at=received + timedelta(hours=RESPONSE_HOURS), note=note.strip()[:2000], recorded_at=at,
        recorded_by=access.current_user_id(session), outcome="",
    )
    session.add(row)
    session.flush()
    audit.record(session, "subject.request", "visitor", visitor.id,
                 {"request_id": row.id, "kind": kind, "channel": channel,
                  "received_at": received.isoformat(timespec="seconds"),
                  "due_at": row.due_at.isoformat(timespec="seconds")})
    return _subject_request_record(row, visitor.name, _user_names(session))


def complete_subject_request(
    session: Session, request_id: int, outcome: str, now: datetime | None = None
) -> SubjectRequestRecord:
    """Mark a request answered, with what was done (also used for requests handled by hand)."""
    access.require(session, access.PERSONAL_DATA)
    row = session.get(SubjectRequestRow, request_id, with_for_update=True)
    if row is None:
        raise NotFound("Permintaan subjek data tidak ditemukan.")
    if row.completed_at is not None:
        raise StoreError("Permintaan ini sudah diselesaikan.", "request")
    if not outcome.strip():
        raise StoreError("Tuliskan tindakan yang dilakukan.", "outcome")
    at = _now(now)
    row.completed_at = at
    row.completed_by = access.current_user_id(session)
    row.outcome = outcome.strip()[:2000]
    session.flush()
    hours = (at - row.received_at).total_seconds() / 3600
    audit.record(session, "subject.complete", "visitor", row.visitor_id,
                 {"request_id": row.id, "kind": row.kind, "hours": round(hours, 1),
                  "on_time": at <= row.due_at})
    visitor = session.get(Visitor, row.visitor_id)
    return _subject_request_record(row, visitor.name if visitor else "", _user_names(session))


def _finish(session: Session, request_id: int | None, visitor_id: int, kind: str, outcome: str,
            now: datetime | None) -> None:
    if request_id is None:
        return
    row = session.get(SubjectRequestRow, request_id)
    if row is None or row.visitor_id != visitor_id:
        raise StoreError("Permintaan subjek data ini bukan milik orang yang dipilih.", "request")
    if row.kind != kind:
        raise StoreError(
            f"Permintaan ini berjenis {SUBJECT_REQUEST_KINDS.get(row.kind, row.kind)}, bukan "
            f"{SUBJECT_REQUEST_KINDS[kind]}.", "request")
    complete_subject_request(session, request_id, outcome, now)


def list_subject_requests(
    session: Session, *, visitor_id: int | None = None, open_only: bool = False, limit: int = 500
) -> list[SubjectRequestRecord]:
    """Newest first. Open ones come with their due time so the screen can show what is late."""
    access.require(session, access.PERSONAL_DATA)
    query = select(SubjectRequestRow, Visitor.name).join(Visitor, Visitor.id == SubjectRequestRow.visitor_id)
    if visitor_id is not None:
        query = query.where(SubjectRequestRow.visitor_id == visitor_id)
    if open_only:
        query = query.where(SubjectRequestRow.completed_at.is_(None))
    names = _user_names(session)
    rows = session.execute(query.order_by(SubjectRequestRow.id.desc()).limit(limit))
    return [_subject_request_record(row, name, names) for row, name in rows]


# --- finding a person ---------------------------------------------------------------------------


def find_subjects(session: Session, text: str, limit: int = 50) -> list[SubjectMatch]:
    """People by NIK (whole), phone (whole, any form) or part of the name; identifiers masked."""
    access.require(session, access.PERSONAL_DATA)
    typed = " ".join(text.split())
    if len(typed) < 2:
        return []
    conditions = []
    digits = clean_nik(typed)
    if digits.isdigit() and len(digits) == 16:
        conditions.append(Visitor.nik == digits)
    with contextlib.suppress(DomainError):  # not a phone number: fine, it is a name or a NIK
        conditions.append(Visitor.phone == normalize_phone(typed))
    if not digits.isdigit():
        conditions.append(func.lower(Visitor.name).like(f"%{typed.lower()}%"))
    if not conditions:
        return []
    stats = (
        select(ServiceRequest.visitor_id, func.count().label("n"), func.max(ServiceRequest.received_at).label("last"))
        .group_by(ServiceRequest.visitor_id).subquery()
    )
    query = (
        select(Visitor, stats.c.n, stats.c.last)
        .outerjoin(stats, stats.c.visitor_id == Visitor.id)
        .where(or_(*conditions), Visitor.anonymised_at.is_(None))
        .order_by(Visitor.name, Visitor.id)
        .limit(limit)
    )
    return [
        SubjectMatch(v.id, v.name, mask_nik(v.nik) if v.nik else "", mask_phone(v.phone) if v.phone else "",
                     region_name(session, v.kecamatan_code) or v.region_text, n or 0, last,
                     v.anonymised_at is not None)
        for v, n, last in session.execute(query)
    ]


# --- access: everything held about a person ---------------------------------------------------------


def _visitor_dict(session: Session, v: Visitor) -> dict[str, Any]:
    return {
        "id": v.id, "name": v.name, "nik": v.nik or "", "sex": v.sex or "", "birth_date": v.birth_date,
        "phone": v.phone or "", "address": v.address or "",
        "kecamatan_code": v.kecamatan_code or "", "kecamatan": region_name(session, v.kecamatan_code),
        "desa_code": v.desa_code or "", "desa": region_name(session, v.desa_code),
        "region_text": v.region_text or "", "organisation": v.organisation or "",
        "organisation_kind": v.organisation_kind or "", "created_at": v.created_at, "anonymised_at": v.anonymised_at,
    }


def collect_subject_data(session: Session, visitor_id: int, now: datetime | None = None) -> SubjectExport:
    """Every record Desk holds about one person (no audit entry: see `export_subject`)."""
    access.require(session, access.PERSONAL_DATA)
    visitor = _visitor(session, visitor_id)
    names = _user_names(session)
    office = get_office_profile(session)
    requests: list[ExportedRequest] = []
    rows = session.execute(
        select(ServiceRequest, Service, Unit)
        .join(Service, Service.id == ServiceRequest.service_id)
        .join(Unit, Unit.id == ServiceRequest.unit_id)
        .where(ServiceRequest.visitor_id == visitor.id)
        .order_by(ServiceRequest.received_at, ServiceRequest.id)
    )
    request_ids: list[str] = []
    for request, service, unit in rows:
        request_ids.append(str(request.id))
        documents = tuple(
            (d.text, bool(d.received)) for d in session.scalars(
                select(RequestDocument).where(RequestDocument.request_id == request.id).order_by(RequestDocument.position)
            )
        )
        events = tuple(
            {"at": e.at, "by": names.get(e.user_id, "") if e.user_id else "", "kind": e.kind,
             "from": e.from_status or "", "to": e.to_status or "", "reason": e.reason}
            for e in session.scalars(
                select(RequestEventRow).where(RequestEventRow.request_id == request.id).order_by(RequestEventRow.id)
            )
        )
        requests.append(ExportedRequest(
            request.ref_number, service.code, service.name, unit.name, request.received_at,
            names.get(request.received_by, "") if request.received_by else "", request.due_date, request.status,
            status_label(request.status), request.channel, request.closed_at, request.notes, documents, events,
        ))
    refs = {str(r_id): ref for r_id, ref in session.execute(
        select(ServiceRequest.id, ServiceRequest.ref_number).where(ServiceRequest.visitor_id == visitor.id))}
    log = [
        {"at": e.at, "by": e.username, "action": e.action, "action_label": action_text(e.action),
         "record": f"permohonan {refs.get(e.entity_id, e.entity_id)}" if e.entity == "request" else "data diri"}
        for e in sorted(
            entries_about(session, "visitor", [str(visitor.id)]) + entries_about(session, "request", request_ids),
            key=lambda r: r.id,
        )
    ]
    subject_requests = tuple(
        _subject_request_record(r, visitor.name, names) for r in session.scalars(
            select(SubjectRequestRow).where(SubjectRequestRow.visitor_id == visitor.id).order_by(SubjectRequestRow.id)
        )
    )
    return SubjectExport(
        generated_at=_now(now), generated_by=_who(session), office_name=office.office_name,
        dpo_contact=office.dpo_contact, visitor=_visitor_dict(session, visitor), requests=tuple(requests),
        consents=tuple(consent_history(session, visitor.id)), subject_requests=subject_requests,
        access_log=tuple(log),
    )


def export_subject(
    session: Session,
    visitor_id: int,
    *,
    subject_request_id: int | None = None,
    formats: tuple[str, ...] = ("json", "pdf"),
    full_identifiers: bool = False,
    now: datetime | None = None,
) -> SubjectExport:
    """Collect a person's data for handing over; audited, and completes their access request if given.

    The audit entry and the completion come first, so the copy itself shows that it was handed over.
    """
    access.require(session, access.PERSONAL_DATA)
    visitor = _visitor(session, visitor_id)
    requests = _count_requests(session, [visitor_id])
    audit.record(session, "subject.export", "visitor", visitor_id, {
        "request_id": subject_request_id, "formats": list(formats), "requests": requests,
        "nik": mask_nik(visitor.nik) if visitor.nik else "", "full_identifiers": full_identifiers,
    })
    _finish(session, subject_request_id, visitor_id, ACCESS,
            f"Salinan data diberikan ({', '.join(f.upper() for f in formats)}), {requests} permohonan.", now)
    return collect_subject_data(session, visitor_id, now)


# --- correction ---------------------------------------------------------------------------------


def correct_subject(
    session: Session,
    visitor_id: int,
    correction: VisitorCorrection,
    *,
    subject_request_id: int | None = None,
    now: datetime | None = None,
) -> dict[str, list[str]]:
    """Correct a person's data; returns the changes (old → new, NIK and phone masked), as audited."""
    access.require(session, access.PERSONAL_DATA)
    visitor = _visitor(session, visitor_id, lock=True)
    if visitor.anonymised_at is not None:
        raise StoreError("Data orang ini sudah dianonimkan dan tidak dapat diperbaiki.", "name")
    wanted = {k: v for k, v in asdict(correction).items() if v is not None}
    current = {k: getattr(visitor, k) or "" for k in asdict(correction)}
    merged = {**current, **wanted}
    today = office_clock(session, _now(now)).today
    draft = RequestDraft(service_id=0, **merged)
    cleaned, errors, _warnings = clean_draft(draft, today, known_nik_regions(session))
    errors.pop("service", None)
    if errors:
        field_name, message = next(iter(errors.items()))
        raise StoreError(message, field_name)
    if cleaned.nik and cleaned.nik != (visitor.nik or "") and session.scalar(
        select(Visitor.id).where(Visitor.nik == cleaned.nik, Visitor.id != visitor.id)
    ) is not None:
        raise StoreError("NIK ini sudah tercatat untuk orang lain. Periksa kembali NIK-nya.", "nik")
    changes: dict[str, list[str]] = {}
    for name in asdict(correction):
        new = getattr(cleaned, name)
        old = current[name]
        if (new or "") == (old or ""):
            continue
        setattr(visitor, name, new or (None if name in ("nik", "phone", "sex", "kecamatan_code", "desa_code") else ""))
        if name == NIK:
            changes[name] = [mask_nik(old) if old else "", mask_nik(new) if new else ""]
        elif name == PHONE:
            changes[name] = [mask_phone(old) if old else "", mask_phone(new) if new else ""]
        else:
            changes[name] = [str(old), str(new)]
    if not changes:
        raise StoreError("Tidak ada data yang berubah.", "name")
    session.flush()
    audit.record(session, "subject.correct", "visitor", visitor.id,
                 {"request_id": subject_request_id, "changes": changes})
    _finish(session, subject_request_id, visitor_id, CORRECTION,
            "Data diperbaiki: " + ", ".join(sorted(changes)) + ".", now)
    return changes


# --- erasure and consent withdrawal --------------------------------------------------------------------


def open_requests_of(session: Session, visitor_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(ServiceRequest)
        .where(ServiceRequest.visitor_id == visitor_id, ServiceRequest.status.in_(OPEN_STATUSES))
    ) or 0


def erase_subject(
    session: Session, visitor_id: int, *, subject_request_id: int | None = None, now: datetime | None = None
) -> int:
    """Anonymise a person on request (consents are withdrawn first); returns their request count."""
    access.require(session, access.PERSONAL_DATA)
    visitor = _visitor(session, visitor_id, lock=True)
    if visitor.anonymised_at is not None:
        raise StoreError("Data orang ini sudah dianonimkan.", "name")
    at = _now(now)
    masked_nik = mask_nik(visitor.nik) if visitor.nik else ""
    _withdraw_all(session, visitor.id, at, "Penghapusan data atas permintaan subjek data")
    requests = _count_requests(session, [visitor.id])
    _anonymise(session, [visitor.id], at)
    audit.record(session, "subject.erase", "visitor", visitor_id,
                 {"request_id": subject_request_id, "nik": masked_nik, "requests": requests})
    _finish(session, subject_request_id, visitor_id, ERASURE,
            f"Data pribadi dianonimkan; {requests} permohonan tetap tercatat untuk statistik.", now)
    return requests


def _withdraw_all(session: Session, visitor_id: int, at: datetime, note: str) -> list[str]:
    granted = [p for p, on in consent_flags(session, visitor_id).items() if on]
    for purpose in granted:
        session.add(ConsentRow(visitor_id=visitor_id, purpose=purpose, granted=False, recorded_at=at,
                               recorded_by=access.current_user_id(session), note=note))
    if granted:
        session.flush()
        audit.record(session, "consent.record", "visitor", visitor_id,
                     {"changes": {p: [True, False] for p in granted}, "note": note})
    return granted


def withdraw_consents(
    session: Session, visitor_id: int, purposes: list[str] | None = None, *,
    subject_request_id: int | None = None, now: datetime | None = None,
) -> list[str]:
    """The person withdraws consent (all purposes, or those given); answers a withdrawal request."""
    access.require(session, access.PERSONAL_DATA)
    _visitor(session, visitor_id)
    at = _now(now)
    if purposes is None:
        withdrawn = _withdraw_all(session, visitor_id, at, "Persetujuan ditarik oleh subjek data")
    else:
        flags = consent_flags(session, visitor_id)
        withdrawn = [p for p in purposes if flags.get(p)]
        for purpose in withdrawn:
            session.add(ConsentRow(visitor_id=visitor_id, purpose=purpose, granted=False, recorded_at=at,
                                   recorded_by=access.current_user_id(session),
                                   note="Persetujuan ditarik oleh subjek data"))
        if withdrawn:
            session.flush()
            audit.record(session, "consent.record", "visitor", visitor_id,
                         {"changes": {p: [True, False] for p in withdrawn}})
    labels = ", ".join(CONSENT_PURPOSES[p].split(" (")[0] for p in withdrawn) or "tidak ada yang aktif"
    _finish(session, subject_request_id, visitor_id, WITHDRAWAL, f"Persetujuan ditarik: {labels}.", now)
    return withdrawn

