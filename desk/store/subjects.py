"""Data-subject requests (UU 27/2022 Pasal 30-34): access, correction, erasure, consent withdrawal.

A request is logged with the time it was received and a due time 3×24 hours later, and is
completed by the action that answers it (the export, the correction, the anonymisation, the
withdrawal), so the screen and the audit trail show whether the duty was met. Everything here
is for whoever handles personal data (the admin).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk import __version__
from desk.domain.consent import ConsentPurpose
from desk.domain.errors import DomainError
from desk.domain.intake import RequestDraft, clean_draft
from desk.domain.messages import N_
from desk.domain.nik import clean_nik, mask_nik
from desk.domain.phone import mask_phone, normalize_phone
from desk.domain.records import OfficeProfile
from desk.domain.status import OPEN_STATUSES, status_label
from desk.domain.subject_rights import (
    RESPONSE_HOURS,
    SUBJECT_REQUEST_CHANNELS,
    WALK_IN,
    SubjectRequestKind,
    kind_label,
)
from desk.store import access
from desk.store.accounts import user_names
from desk.store.audit_verify import entries_about
from desk.store.catalog import known_nik_regions, region_name
from desk.store.consent import ConsentRecord, consent_history, current_consents, withdraw
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import RequestDocument, RequestEventRow, Service, ServiceRequest, Unit, Visitor
from desk.store.models_accounts import SubjectRequestRow
from desk.store.retention import anonymise, count_requests, overwrite_freed_space, scrub
from desk.store.reveal import NIK, PHONE, masked
from desk.store.work import Change, Done, Work, reading, writing

# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SubjectRequestRecord:
    id: int
    visitor_id: int
    visitor_name: str
    kind: str  # a SubjectRequestKind code
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
        return kind_label(self.kind)

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
class SubjectView:
    """One person as the data-subject screen shows them: identifiers masked, consents, requests."""

    visitor_id: int
    name: str
    nik_masked: str
    phone_masked: str
    anonymised: bool
    consents: dict[ConsentPurpose, ConsentRecord | None]
    requests: tuple[SubjectRequestRecord, ...]
    open_requests: int  # service requests still running (an erasure warns about them)
    timezone: str


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


@dataclass(frozen=True, slots=True)
class Handover:
    """An access request answered: the person's data and the office that hands it over."""

    export: SubjectExport
    office: OfficeProfile


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


def _visitor(session: Session, visitor_id: int, *, lock: bool = False) -> Visitor:
    visitor = session.get(Visitor, visitor_id, with_for_update=lock)
    if visitor is None:
        raise NotFound(N_("Data orang ini tidak ditemukan."))
    return visitor


def _who(work: Work) -> str:
    actor = work.actor
    return actor.full_name if actor else "sistem"


def _request_record(row: SubjectRequestRow, visitor_name: str, names: dict[int, str]) -> SubjectRequestRecord:
    return SubjectRequestRecord(
        row.id, row.visitor_id, visitor_name, row.kind, row.channel, row.received_at, row.due_at, row.note,
        names.get(row.recorded_by, "") if row.recorded_by else "sistem", row.completed_at,
        (names.get(row.completed_by, "") if row.completed_by else ("sistem" if row.completed_at else "")),
        row.outcome,
    )


def _requests_of(session: Session, *, visitor_id: int | None = None, open_only: bool = False,
                 limit: int = 500) -> list[SubjectRequestRecord]:
    query = select(SubjectRequestRow, Visitor.name).join(Visitor, Visitor.id == SubjectRequestRow.visitor_id)
    if visitor_id is not None:
        query = query.where(SubjectRequestRow.visitor_id == visitor_id)
    if open_only:
        query = query.where(SubjectRequestRow.completed_at.is_(None))
    names = user_names(session)
    rows = session.execute(query.order_by(SubjectRequestRow.id.desc()).limit(limit))
    return [_request_record(row, name, names) for row, name in rows]


def _open_service_requests(session: Session, visitor_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(ServiceRequest)
        .where(ServiceRequest.visitor_id == visitor_id, ServiceRequest.status.in_(OPEN_STATUSES))
    ) or 0


def _complete(work: Work, request_id: int, outcome: str) -> SubjectRequestRecord:
    session = work.session
    row = session.get(SubjectRequestRow, request_id, with_for_update=True)
    if row is None:
        raise NotFound(N_("Permintaan subjek data tidak ditemukan."))
    if row.completed_at is not None:
        raise StoreError(N_("Permintaan ini sudah diselesaikan."), "request")
    if not outcome.strip():
        raise StoreError(N_("Tuliskan tindakan yang dilakukan."), "outcome")
    at = work.now
    row.completed_at = at
    row.completed_by = work.user_id
    row.outcome = outcome.strip()[:2000]
    session.flush()
    hours = (at - row.received_at).total_seconds() / 3600
    work.audit("subject.complete", "visitor", row.visitor_id,
               {"request_id": row.id, "kind": row.kind, "hours": round(hours, 1), "on_time": at <= row.due_at})
    visitor = session.get(Visitor, row.visitor_id)
    work.changed(Change.CONSENTS)
    return _request_record(row, visitor.name if visitor else "", user_names(session))


def _finish(work: Work, request_id: int | None, visitor_id: int, kind: SubjectRequestKind, outcome: str) -> None:
    if request_id is None:
        return
    row = work.session.get(SubjectRequestRow, request_id)
    if row is None or row.visitor_id != visitor_id:
        raise StoreError(N_("Permintaan subjek data ini bukan milik orang yang dipilih."), "request")
    if row.kind != kind:
        raise StoreError(N_("Permintaan ini berjenis {kind_label}, bukan {label}."), "request", kind_label=kind_label(row.kind), label=kind.label)
    _complete(work, request_id, outcome)


# --- finding and showing a person -----------------------------------------------------------------


def find_subjects(db: Database, text: str, limit: int = 50) -> list[SubjectMatch]:
    """People by NIK (whole), phone (whole, any form) or part of the name; identifiers masked."""
    with reading(db) as work:
        work.require(access.PERSONAL_DATA)
        session = work.session
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
            select(ServiceRequest.visitor_id, func.count().label("n"),
                   func.max(ServiceRequest.received_at).label("last"))
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
            SubjectMatch(v.id, v.name, masked(NIK, v.nik), masked(PHONE, v.phone),
                         region_name(session, v.kecamatan_code) or v.region_text, n or 0, last,
                         v.anonymised_at is not None)
            for v, n, last in session.execute(query)
        ]


def subject_view(db: Database, visitor_id: int) -> SubjectView:
    with reading(db) as work:
        work.require(access.PERSONAL_DATA)
        session = work.session
        v = _visitor(session, visitor_id)
        return SubjectView(
            v.id, v.name, masked(NIK, v.nik), masked(PHONE, v.phone), v.anonymised_at is not None,
            current_consents(session, v.id), tuple(_requests_of(session, visitor_id=v.id)),
            _open_service_requests(session, v.id), work.clock.tz,
        )


def open_subject_requests(db: Database) -> list[SubjectRequestRecord]:
    """Every request not yet answered, newest first."""
    with reading(db) as work:
        work.require(access.PERSONAL_DATA)
        return _requests_of(work.session, open_only=True)


def subject_requests(db: Database, *, visitor_id: int | None = None) -> list[SubjectRequestRecord]:
    with reading(db) as work:
        work.require(access.PERSONAL_DATA)
        return _requests_of(work.session, visitor_id=visitor_id)


# --- requests -----------------------------------------------------------------------------------------


def record_subject_request(
    db: Database,
    visitor_id: int,
    kind: str,
    *,
    received_at: datetime | None = None,
    channel: str = WALK_IN,
    note: str = "",
    now: datetime | None = None,
) -> Done[SubjectRequestRecord]:
    """Log a data subject's request as received; it is due 3×24 hours after `received_at`."""
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        if kind not in {k.value for k in SubjectRequestKind}:
            raise StoreError(N_("Jenis permintaan tidak dikenal."), "kind")
        if channel not in SUBJECT_REQUEST_CHANNELS:
            raise StoreError(N_("Cara permintaan disampaikan tidak dikenal."), "channel")
        at = work.now
        received = (received_at or at).astimezone(UTC)
        if received > at + timedelta(minutes=5):
            raise StoreError(N_("Waktu permintaan diterima tidak boleh di masa depan."), "received_at")
        visitor = _visitor(work.session, visitor_id)
        row = SubjectRequestRow(
            visitor_id=visitor.id, kind=kind, channel=channel, received_at=received,
            due_at=received + timedelta(hours=RESPONSE_HOURS), note=note.strip()[:2000], recorded_at=at,
            recorded_by=work.user_id, outcome="",
        )
        work.session.add(row)
        work.session.flush()
        work.audit("subject.request", "visitor", visitor.id,
                   {"request_id": row.id, "kind": kind, "channel": channel,
                    "received_at": received.isoformat(timespec="seconds"),
                    "due_at": row.due_at.isoformat(timespec="seconds")})
        work.changed(Change.CONSENTS)
        return work.done(_request_record(row, visitor.name, user_names(work.session)))


def complete_subject_request(db: Database, request_id: int, outcome: str, *,
                             now: datetime | None = None) -> Done[SubjectRequestRecord]:
    """Mark a request answered, with what was done (also used for requests handled by hand)."""
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        return work.done(_complete(work, request_id, outcome))


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


def _collect(work: Work, visitor_id: int) -> SubjectExport:
    session = work.session
    visitor = _visitor(session, visitor_id)
    names = user_names(session)
    office = work.office.profile
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
                select(RequestDocument).where(RequestDocument.request_id == request.id)
                .order_by(RequestDocument.position)
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
    log = [
        {"at": e.at, "by": e.username, "action": e.action, "action_label": e.action_label,
         "record": e.record_name if e.entity == "request" else "data diri"}
        for e in sorted(
            entries_about(session, "visitor", [str(visitor.id)]) + entries_about(session, "request", request_ids),
            key=lambda r: r.id,
        )
    ]
    subject_rows = session.scalars(
        select(SubjectRequestRow).where(SubjectRequestRow.visitor_id == visitor.id).order_by(SubjectRequestRow.id))
    return SubjectExport(
        generated_at=work.now, generated_by=_who(work), office_name=office.office_name,
        dpo_contact=office.dpo_contact, visitor=_visitor_dict(session, visitor), requests=tuple(requests),
        consents=tuple(consent_history(session, visitor.id)),
        subject_requests=tuple(_request_record(r, visitor.name, names) for r in subject_rows),
        access_log=tuple(log),
    )


def collect_subject_data(db: Database, visitor_id: int, *, now: datetime | None = None) -> SubjectExport:
    """Every record Desk holds about one person (no audit entry: see `export_subject`)."""
    with reading(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        return _collect(work, visitor_id)


def export_subject(
    db: Database,
    visitor_id: int,
    *,
    subject_request_id: int | None = None,
    formats: tuple[str, ...] = ("json", "pdf"),
    full_identifiers: bool = False,
    now: datetime | None = None,
) -> Done[Handover]:
    """Collect a person's data for handing over; audited, and completes their access request if given.

    The audit entry and the completion come first, so the copy itself shows that it was handed over.
    """
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        visitor = _visitor(work.session, visitor_id)
        requests = count_requests(work.session, [visitor_id])
        work.audit("subject.export", "visitor", visitor_id, {
            "request_id": subject_request_id, "formats": list(formats), "requests": requests,
            "nik": masked(NIK, visitor.nik), "full_identifiers": full_identifiers,
        })
        _finish(work, subject_request_id, visitor_id, SubjectRequestKind.ACCESS,
                f"Salinan data diberikan ({', '.join(f.upper() for f in formats)}), {requests} permohonan.")
        return work.done(Handover(_collect(work, visitor_id), work.office.profile))


# --- correction ---------------------------------------------------------------------------------


def correct_subject(
    db: Database,
    visitor_id: int,
    correction: VisitorCorrection,
    *,
    subject_request_id: int | None = None,
    now: datetime | None = None,
) -> Done[dict[str, list[str]]]:
    """Correct a person's data; returns the changes (old → new, NIK and phone masked), as audited.

    The old values are not kept in the file: the rows are overwritten and the search index
    scrubbed afterwards (desk.store.retention.scrub).
    """
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        session = work.session
        visitor = _visitor(session, visitor_id, lock=True)
        if visitor.anonymised_at is not None:
            raise StoreError(N_("Data orang ini sudah dianonimkan dan tidak dapat diperbaiki."), "name")
        overwrite_freed_space(session)
        wanted = {k: v for k, v in asdict(correction).items() if v is not None}
        current = {k: getattr(visitor, k) or "" for k in asdict(correction)}
        merged = {**current, **wanted}
        draft = RequestDraft(service_id=0, **merged)
        cleaned, errors, _warnings = clean_draft(draft, work.today, known_nik_regions(session))
        errors.pop("service", None)
        if errors:
            field_name, message = next(iter(errors.items()))
            raise StoreError(message, field_name)
        if cleaned.nik and cleaned.nik != (visitor.nik or "") and session.scalar(
            select(Visitor.id).where(Visitor.nik == cleaned.nik, Visitor.id != visitor.id)
        ) is not None:
            raise StoreError(N_("NIK ini sudah tercatat untuk orang lain. Periksa kembali NIK-nya."), "nik")
        changes: dict[str, list[str]] = {}
        for name in asdict(correction):
            new = getattr(cleaned, name)
            old = current[name]
            if (new or "") == (old or ""):
                continue
            setattr(visitor, name,
                    new or (None if name in ("nik", "phone", "sex", "kecamatan_code", "desa_code") else ""))
            if name in (NIK, PHONE):
                changes[name] = [masked(name, old), masked(name, new)]
            else:
                changes[name] = [str(old), str(new)]
        if not changes:
            raise StoreError(N_("Tidak ada data yang berubah."), "name")
        session.flush()
        work.audit("subject.correct", "visitor", visitor.id, {"request_id": subject_request_id, "changes": changes})
        _finish(work, subject_request_id, visitor_id, SubjectRequestKind.CORRECTION,
                "Data diperbaiki: " + ", ".join(sorted(changes)) + ".")
        work.changed(Change.CONSENTS, Change.REQUESTS)
    scrub(db)
    return Done(changes, work.changes)


# --- erasure and consent withdrawal --------------------------------------------------------------------


def erase_subject(
    db: Database, visitor_id: int, *, subject_request_id: int | None = None, now: datetime | None = None
) -> Done[int]:
    """Anonymise a person on request (consents are withdrawn first); returns their request count."""
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        session = work.session
        visitor = _visitor(session, visitor_id, lock=True)
        if visitor.anonymised_at is not None:
            raise StoreError(N_("Data orang ini sudah dianonimkan."), "name")
        masked_nik = masked(NIK, visitor.nik)
        withdraw(session, visitor.id, None, work.now, "Penghapusan data atas permintaan subjek data")
        requests = count_requests(session, [visitor.id])
        anonymise(session, [visitor.id], work.now)
        work.audit("subject.erase", "visitor", visitor_id,
                   {"request_id": subject_request_id, "nik": masked_nik, "requests": requests})
        _finish(work, subject_request_id, visitor_id, SubjectRequestKind.ERASURE,
                f"Data pribadi dianonimkan; {requests} permohonan tetap tercatat untuk statistik.")
        work.changed(Change.CONSENTS, Change.REQUESTS)
    scrub(db)
    return Done(requests, work.changes)


def withdraw_consents(
    db: Database, visitor_id: int, purposes: list[str] | None = None, *,
    subject_request_id: int | None = None, now: datetime | None = None,
) -> Done[list[str]]:
    """The person withdraws consent (all purposes, or those given); answers a withdrawal request."""
    with writing(db, now=now) as work:
        work.require(access.PERSONAL_DATA)
        _visitor(work.session, visitor_id)
        withdrawn = withdraw(work.session, visitor_id, purposes, work.now, "Persetujuan ditarik oleh subjek data")
        labels = ", ".join(ConsentPurpose(p).label for p in withdrawn) or "tidak ada yang aktif"
        _finish(work, subject_request_id, visitor_id, SubjectRequestKind.WITHDRAWAL, f"Persetujuan ditarik: {labels}.")
        work.changed(Change.CONSENTS)
        return work.done(withdrawn)
