"""The complainant's personal data under UU 27/2022: what retention, erasure and a subject's copy need.

Session-level helpers for the personal-data modules (retention, subject requests) to call inside
their own unit of work; each checks access.PERSONAL_DATA itself.

- Retention: a complaint closed before the cutoff keeps what the statistics and the archive need
  (number, kind, channel, unit, dates, status, subject, the timeline, the answer) and loses the
  complainant: name, phone, e-mail, address, the link to a visitor, the complainant's own text
  (which names them more often than not) and the attachments (scans of letters and ID cards).
  It is then shown as anonymous. Open complaints are never touched.
- Erasure on request: the same for one person's complaints, open ones included.
- Access: every complaint of a person, with the full identifiers, for their copy.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from desk.domain.complaints import channel_label, kind_label, status_label
from desk.domain.errors import DomainError
from desk.domain.phone import mask_phone, normalize_phone
from desk.store import access
from desk.store.models import User
from desk.store.models_complaints import ComplaintAttachmentRow, ComplaintEventRow, ComplaintRow

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ComplaintOfPerson:
    """One complaint as a data subject's copy lists it (full identifiers: the copy is theirs)."""

    number: str
    received_at: datetime
    kind: str
    channel: str
    lapor_id: str
    name: str
    phone: str
    email: str
    address: str
    contact_consent: bool
    subject: str
    description: str
    status: str
    answer: str
    reason: str
    closed_at: datetime | None
    events: tuple[dict[str, object], ...]  # {"at", "by", "status", "note"}
    attachments: tuple[dict[str, object], ...]  # {"file_name", "media_type", "size"}


@dataclass(frozen=True, slots=True)
class ComplainantMatch:
    """A complainant found by the subject-request page (identifiers masked)."""

    complaint_id: int
    number: str
    name: str
    phone_masked: str
    received_at: datetime


def _due_before(cutoff: datetime) -> list[object]:
    return [ComplaintRow.anonymised_at.is_(None), ComplaintRow.closed_at.is_not(None), ComplaintRow.closed_at < cutoff]


def count_complainants_before(session: Session, cutoff: datetime) -> int:
    """Closed complaints whose complainant retention would anonymise (for a dry run)."""
    access.require(session, access.PERSONAL_DATA)
    return session.scalar(select(func.count()).select_from(ComplaintRow).where(*_due_before(cutoff))) or 0


def anonymise_complainants_before(session: Session, cutoff: datetime, *, at: datetime) -> int:
    """Anonymise the complainants of complaints closed before `cutoff`; returns how many complaints."""
    access.require(session, access.PERSONAL_DATA)
    ids = list(session.scalars(select(ComplaintRow.id).where(*_due_before(cutoff)).order_by(ComplaintRow.id)))
    _anonymise(session, ids, at)
    return len(ids)


def erase_complainant(session: Session, complaint_ids: list[int], *, at: datetime) -> int:
    """Anonymise these complaints' complainant on their request (open ones too); returns how many."""
    access.require(session, access.PERSONAL_DATA)
    ids = list(session.scalars(select(ComplaintRow.id).where(ComplaintRow.id.in_(complaint_ids),
                                                             ComplaintRow.anonymised_at.is_(None))))
    _anonymise(session, ids, at)
    return len(ids)


def _anonymise(session: Session, ids: list[int], at: datetime) -> None:
    if not ids:
        return
    if session.get_bind().dialect.name == "sqlite":
        # Overwrite what is deleted or replaced, so the old values do not linger in the file.
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        session.execute(
            update(ComplaintRow).where(ComplaintRow.id.in_(chunk)).values(
                anonymous=True, name="", phone=None, email="", address="", contact_consent=False, visitor_id=None,
                description="", anonymised_at=at,
            ).execution_options(synchronize_session=False)
        )
        session.execute(delete(ComplaintAttachmentRow).where(ComplaintAttachmentRow.complaint_id.in_(chunk))
                        .execution_options(synchronize_session=False))
    session.expire_all()


def _person(visitor_id: int | None, name: str, phone: str, email: str) -> list[object]:
    conditions: list[object] = []
    if visitor_id is not None:
        conditions.append(ComplaintRow.visitor_id == visitor_id)
    if phone and name.strip():
        # A phone is often shared in a family: the same phone and the same name make the same person.
        with contextlib.suppress(DomainError):
            conditions.append((ComplaintRow.phone == normalize_phone(phone))
                              & (func.lower(ComplaintRow.name) == " ".join(name.split()).lower()))
    if email.strip():
        conditions.append(func.lower(ComplaintRow.email) == email.strip().lower())
    return conditions


def complaint_ids_of_person(session: Session, *, visitor_id: int | None = None, name: str = "", phone: str = "",
                            email: str = "") -> list[int]:
    """The complaints of one person: linked to their visitor record, or by phone and name, or by e-mail."""
    access.require(session, access.PERSONAL_DATA)
    conditions = _person(visitor_id, name, phone, email)
    if not conditions:
        return []
    return list(session.scalars(select(ComplaintRow.id).where(or_(*conditions), ComplaintRow.anonymised_at.is_(None))
                                .order_by(ComplaintRow.id)))


def complaints_of_person(session: Session, *, visitor_id: int | None = None, name: str = "", phone: str = "",
                         email: str = "") -> tuple[ComplaintOfPerson, ...]:
    """Everything the register holds about one person's complaints, for their copy (no audit entry here)."""
    ids = complaint_ids_of_person(session, visitor_id=visitor_id, name=name, phone=phone, email=email)
    if not ids:
        return ()
    names = dict(session.execute(select(User.id, User.full_name)).all())
    found: list[ComplaintOfPerson] = []
    for row in session.scalars(select(ComplaintRow).where(ComplaintRow.id.in_(ids)).order_by(ComplaintRow.id)):
        events = tuple(
            {"at": e.at, "by": names.get(e.user_id, "") if e.user_id else "", "status": status_label(e.to_status),
             "note": e.note}
            for e in session.scalars(select(ComplaintEventRow).where(ComplaintEventRow.complaint_id == row.id)
                                     .order_by(ComplaintEventRow.id))
        )
        attachments = tuple(
            {"file_name": file_name, "media_type": media_type, "size": size}
            for file_name, media_type, size in session.execute(
                select(ComplaintAttachmentRow.file_name, ComplaintAttachmentRow.media_type,
                       ComplaintAttachmentRow.size).where(ComplaintAttachmentRow.complaint_id == row.id)
                .order_by(ComplaintAttachmentRow.id))
        )
        found.append(ComplaintOfPerson(
            row.number, row.received_at, kind_label(row.kind), channel_label(row.channel), row.lapor_id, row.name,
            row.phone or "", row.email, row.address, row.contact_consent, row.subject, row.description,
            status_label(row.status), row.answer, row.reason, row.closed_at, events, attachments,
        ))
    return tuple(found)


def find_complainants(session: Session, text: str, limit: int = 50) -> list[ComplainantMatch]:
    """Complainants by whole phone, whole e-mail or part of the name (for a subject request); masked."""
    access.require(session, access.PERSONAL_DATA)
    typed = " ".join(text.split())
    if len(typed) < 2:
        return []
    conditions = [func.lower(ComplaintRow.name).like(f"%{typed.lower().replace('%', '').replace('_', '')}%"),
                  func.lower(ComplaintRow.email) == typed.lower()]
    with contextlib.suppress(DomainError):
        conditions.append(ComplaintRow.phone == normalize_phone(typed))
    query = (select(ComplaintRow.id, ComplaintRow.number, ComplaintRow.name, ComplaintRow.phone,
                    ComplaintRow.received_at)
             .where(or_(*conditions), ComplaintRow.anonymous.is_(False), ComplaintRow.anonymised_at.is_(None))
             .order_by(ComplaintRow.id.desc()).limit(limit))
    return [ComplainantMatch(cid, number, name, mask_phone(phone) if phone else "", at)
            for cid, number, name, phone, at in session.execute(query)]
