"""The complaints register: record a complaint, move it through its flow, attach scans, read and list.

One public function per user action, each its own unit of work (desk.store.work), returning frozen
records from desk.domain.complaint_records. Every step is a timeline event and an audit entry.

Personal data: the complainant's name and address are shown to roles that may reveal personal
data (access.REVEAL_PERSONAL); others see the name masked and no address. Phone and e-mail are
masked for everyone and revealed by `reveal_contact`, which is audited. Audit entries never carry
the complainant's name or contact.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk.domain.complaint_records import (
    ANONYMOUS,
    AttachmentInfo,
    ComplaintContact,
    ComplaintEvent,
    ComplaintListRow,
    ComplaintReceiptData,
    ComplaintRecord,
    ComplaintReplyData,
    ComplaintSettings,
)
from desk.domain.complaints import (
    FINAL_STATUSES,
    MAX_ADDRESSEE,
    RESPONDED,
    ComplaintDraft,
    ComplaintStatus,
    DueDates,
    Period,
    clean_complaint,
    due_dates,
    mask_name,
    step_problem,
)
from desk.domain.document_kinds import DocumentKind
from desk.domain.intake import plain_text
from desk.domain.messages import N_, joined
from desk.domain.phone import mask_phone
from desk.domain.records import ServiceRecord, UnitRecord
from desk.domain.refnumber import format_reference
from desk.domain.status import status_label as request_status_label
from desk.store import access, catalog, clock, prints
from desk.store.calendar import work_calendar
from desk.store.complaint_files import MAX_ATTACHMENTS, check_attachment
from desk.store.complaint_settings import load_settings, next_complaint_sequence
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Service, ServiceRequest, Unit, User, Visitor
from desk.store.models_complaints import ComplaintAttachmentRow, ComplaintEventRow, ComplaintRow
from desk.store.requests import RegisterFilter, register_page, register_rows
from desk.store.work import Change, Done, Work, reading, writing

S = ComplaintStatus
OPEN = "berjalan"  # list filter: every complaint still open
OVERDUE = "terlambat"  # list filter: open and past the deadline of its stage
LIST_LIMIT = 500


class InvalidComplaint(StoreError):
    """The draft has problems; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(joined(errors.values()), next(iter(errors), None))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class ComplaintForm:
    """What the New complaint form offers before anything is typed."""

    today: date
    units: tuple[UnitRecord, ...]
    services: tuple[ServiceRecord, ...]
    settings: ComplaintSettings
    may_reveal: bool  # the officer sees complainants' names in lists


@dataclass(frozen=True, slots=True)
class LinkableRequest:
    """A request of the register a complaint can be about."""

    id: int
    ref_number: str
    received_at: datetime
    visitor_name: str
    service_id: int
    service_name: str
    unit_id: int
    status_label: str


@dataclass(frozen=True, slots=True)
class RecordedComplaint:
    """A saved complaint and its original receipt, ready to print."""

    complaint: ComplaintRecord
    receipt: ComplaintReceiptData


@dataclass(frozen=True, slots=True)
class ComplaintFilter:
    text: str = ""  # number, Tracking ID, subject, or the complainant's name
    status: str | None = None  # a status, OPEN or OVERDUE; None: all
    kind: str | None = None
    period: Period | None = None  # received in
    limit: int = LIST_LIMIT


@dataclass(frozen=True, slots=True)
class ComplaintList:
    rows: tuple[ComplaintListRow, ...]
    open_count: int  # every open complaint, whatever the filter
    overdue_count: int  # every overdue one, whatever the filter
    today: date


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    file_name: str
    media_type: str
    data: bytes


# --- the form -------------------------------------------------------------------------------------


def complaint_form(db: Database) -> ComplaintForm:
    with reading(db) as work:
        work.require(access.COMPLAINT_RECORD)
        return ComplaintForm(
            today=work.today,
            units=tuple(catalog.list_units(work.session)),
            services=tuple(catalog.list_services(work.session)),
            settings=load_settings(work.session),
            may_reveal=work.allowed(access.REVEAL_PERSONAL),
        )


def units(db: Database) -> tuple[UnitRecord, ...]:
    """The active units (bidang), for the disposition."""
    with reading(db) as work:
        return tuple(catalog.list_units(work.session))


def _linkable(session: Session, ids: list[int]) -> list[LinkableRequest]:
    rows = {r.id: r for r in register_rows(session, ids)}
    extra = {rid: (sid, uid) for rid, sid, uid in session.execute(
        select(ServiceRequest.id, ServiceRequest.service_id, ServiceRequest.unit_id).where(ServiceRequest.id.in_(ids)))}
    return [
        LinkableRequest(r.id, r.ref_number, r.received_at, r.visitor_name, extra[r.id][0], r.service_name,
                        extra[r.id][1], request_status_label(r.status))
        for i in ids if (r := rows.get(i)) is not None
    ]


def find_requests(db: Database, text: str, limit: int = 20) -> tuple[LinkableRequest, ...]:
    """Requests of the register matching `text` (number, name, NIK, phone…), newest first, for linking."""
    with reading(db) as work:
        work.require(access.COMPLAINT_RECORD)
        if not text.strip():
            return ()
        ids = register_page(work.session, RegisterFilter(text=text), limit=limit)
        return tuple(_linkable(work.session, ids))


def request_by_number(db: Database, ref_number: str) -> LinkableRequest | None:
    with reading(db) as work:
        work.require(access.COMPLAINT_RECORD)
        rid = work.session.scalar(select(ServiceRequest.id).where(ServiceRequest.ref_number == ref_number.strip()))
        if rid is None:
            return None
        found = _linkable(work.session, [rid])
        return found[0] if found else None


# --- recording --------------------------------------------------------------------------------------


def create_complaint(work: Work, draft: ComplaintDraft) -> ComplaintRow:
    """Validate and store a complaint with its number, deadlines and first timeline event."""
    work.require(access.COMPLAINT_RECORD)
    session = work.session
    cleaned, errors = clean_complaint(draft)
    visitor: Visitor | None = None
    request: ServiceRequest | None = None
    if cleaned.request_id is not None:
        request = session.get(ServiceRequest, cleaned.request_id)
        if request is None:
            errors["request"] = N_("Permohonan yang dipilih tidak ditemukan.")
        elif cleaned.complainant_is_applicant:
            visitor = session.get(Visitor, request.visitor_id)
            if visitor is None or visitor.anonymised_at is not None:
                errors["request"] = N_("Data pemohon permohonan ini sudah dianonimkan; isi identitas pelapor.")
    service = session.get(Service, cleaned.service_id) if cleaned.service_id is not None else None
    if cleaned.service_id is not None and service is None:
        errors["service"] = N_("Layanan yang dipilih tidak ditemukan.")
    unit_id = cleaned.unit_id
    if unit_id is not None and session.get(Unit, unit_id) is None:
        errors["unit"] = N_("Unit yang dipilih tidak ditemukan.")
    if errors:
        raise InvalidComplaint(errors)
    if request is not None:
        service = service or session.get(Service, request.service_id)
    if unit_id is None:
        unit_id = service.unit_id if service is not None else request.unit_id if request is not None else None

    settings = load_settings(session)
    office = work.office.profile
    today = work.today
    dues = due_dates(work_calendar(session), today, settings.deadlines_of(cleaned.kind))
    seq = next_complaint_sequence(session, today.year)
    number = format_reference(settings.pattern, seq, settings.code, office.short_name, today)
    row = ComplaintRow(
        number=number, year=today.year, seq=seq, kind=cleaned.kind, channel=cleaned.channel,
        lapor_id=cleaned.lapor_id, received_at=work.now, received_on=today, received_by=work.user_id,
        anonymous=cleaned.anonymous,
        name=cleaned.name or (visitor.name if visitor is not None else ""),
        phone=cleaned.phone or (visitor.phone if visitor is not None else None) or None,
        email=cleaned.email, address=cleaned.address or (visitor.address if visitor is not None else ""),
        contact_consent=cleaned.contact_consent, visitor_id=visitor.id if visitor is not None else None,
        subject=cleaned.subject, description=cleaned.description, unit_id=unit_id,
        service_id=service.id if service is not None else None,
        request_id=request.id if request is not None else None, status=S.RECEIVED.value,
        verify_due=dues.verify, respond_due=dues.respond, complete_due=dues.complete, next_due=dues.verify,
        answer="", reason="",
    )
    session.add(row)
    session.flush()
    session.add(ComplaintEventRow(complaint_id=row.id, at=work.now, user_id=work.user_id, from_status=None,
                                  to_status=S.RECEIVED.value, addressee="", note=""))
    session.flush()
    work.audit("complaint.create", "complaint", row.id, {
        "number": number, "kind": row.kind, "channel": row.channel, "lapor_id": row.lapor_id,
        "anonymous": row.anonymous, "request": request.ref_number if request is not None else "",
    })
    return row


def record_complaint(db: Database, draft: ComplaintDraft, *, now: datetime | None = None) -> Done[RecordedComplaint]:
    """Save a new complaint (InvalidComplaint names each field at fault); the value carries its receipt."""
    with writing(db, now=now) as work:
        work.require(access.COMPLAINT_RECORD)
        clock.require_plausible(work.session, now)  # a number of the wrong year is never issued
        row = create_complaint(work, draft)
        record = read_complaint(work, row.id)
        work.changed(Change.COMPLAINTS)
        return work.done(RecordedComplaint(record, _receipt(work, record, 1)))


# --- moving it through its flow ---------------------------------------------------------------------


def apply_step(work: Work, complaint_id: int, target: str, text: str = "", *, unit_id: int | None = None,
               addressee: str = "") -> ComplaintRow:
    """One step of the flow inside `work`: checked, applied, put on the timeline and audited."""
    work.require(access.COMPLAINT_HANDLE)
    session = work.session
    row = session.get(ComplaintRow, complaint_id, with_for_update=True)
    if row is None:
        raise NotFound(N_("Pengaduan tidak ditemukan."))
    text = plain_text(text, multiline=True).strip()
    addressee = " ".join(plain_text(addressee).split())
    problem = step_problem(row.status, target, text, unit_id)
    if problem:
        raise StoreError(problem, "status")
    if len(addressee) > MAX_ADDRESSEE:
        raise StoreError(N_("Tujuan disposisi terlalu panjang (maksimal {most} huruf)."), "addressee", most=MAX_ADDRESSEE)
    to = ComplaintStatus(target)
    unit: Unit | None = None
    if to is S.FORWARDED:
        unit = session.get(Unit, unit_id)
        if unit is None or not unit.active:
            raise StoreError(N_("Unit tujuan disposisi tidak ditemukan atau tidak aktif."), "unit")
        row.unit_id = unit.id
    today = work.today
    from_status = row.status
    row.status = to.value
    if to in RESPONDED and row.responded_on is None:
        row.responded_on = today
    if to is S.DONE:
        row.answer = text
    if to in (S.REJECTED, S.NOT_OURS):
        row.reason = text
    if to in FINAL_STATUSES:
        row.closed_at, row.closed_on = work.now, today
    row.next_due = _dues(row).of_stage(to.value)
    session.add(ComplaintEventRow(
        complaint_id=row.id, at=work.now, user_id=work.user_id, from_status=from_status, to_status=to.value,
        unit_id=unit.id if unit is not None else None, addressee=addressee, note=text,
    ))
    session.flush()
    work.audit("complaint.step", "complaint", row.id, {
        "number": row.number, "changes": {"status": [from_status, to.value]},
        **({"unit": unit.code} if unit is not None else {}),
    })
    return row


def move_complaint(db: Database, complaint_id: int, target: str, text: str = "", *, unit_id: int | None = None,
                   addressee: str = "", now: datetime | None = None) -> Done[ComplaintRecord]:
    """Verify, forward to a unit (with whom it is addressed to), follow up, answer, reject or decline."""
    with writing(db, now=now) as work:
        work.require(access.COMPLAINT_HANDLE)
        # The step's date starts or stops the complaint's deadlines: a wrong clock would say it was
        # answered on time (or late) when it was not.
        clock.require_plausible(work.session, now)
        apply_step(work, complaint_id, target, text, unit_id=unit_id, addressee=addressee)
        work.changed(Change.COMPLAINTS)
        return work.done(read_complaint(work, complaint_id))


# --- attachments ------------------------------------------------------------------------------------


def add_attachment(db: Database, complaint_id: int, file_name: str, data: bytes) -> Done[ComplaintRecord]:
    """Attach a scan or photo (AttachmentRefused says why a file is not taken; nothing is then saved)."""
    access.require_actor(db.actor, access.COMPLAINT_RECORD)  # the role first, then the file
    checked = check_attachment(file_name, data)  # before the unit of work: a slow check holds no lock
    with writing(db) as work:
        work.require(access.COMPLAINT_RECORD)
        row = work.session.get(ComplaintRow, complaint_id, with_for_update=True)
        if row is None:
            raise NotFound(N_("Pengaduan tidak ditemukan."))
        if row.anonymised_at is not None:
            raise StoreError(N_("Data pelapor pengaduan ini sudah dianonimkan; lampiran tidak dapat ditambah."),
                             "attachment")
        count = work.session.scalar(select(func.count()).select_from(ComplaintAttachmentRow)
                                    .where(ComplaintAttachmentRow.complaint_id == row.id)) or 0
        if count >= MAX_ATTACHMENTS:
            raise StoreError(N_("Pengaduan ini sudah memiliki {most} lampiran (batasnya)."), "attachment", most=MAX_ATTACHMENTS)
        work.session.add(ComplaintAttachmentRow(
            complaint_id=row.id, file_name=checked.file_name, media_type=checked.media_type, size=checked.size,
            data=data, added_at=work.now, added_by=work.user_id,
        ))
        work.session.flush()
        # The file's name may carry a person's name ("KTP Siti.pdf"): the audit keeps its kind and size only.
        work.audit("complaint.attachment", "complaint", row.id,
                   {"number": row.number, "media_type": checked.media_type, "size": checked.size})
        work.changed(Change.COMPLAINTS)
        return work.done(read_complaint(work, row.id))


def attachment_file(db: Database, attachment_id: int) -> AttachmentFile:
    """An attachment's bytes, to open or save (a scan names the person: only for roles that may see them)."""
    with writing(db) as work:
        work.require(access.COMPLAINT_READ)
        work.require(access.REVEAL_PERSONAL)
        row = work.session.get(ComplaintAttachmentRow, attachment_id)
        if row is None:
            raise NotFound(N_("Lampiran tidak ditemukan."))
        number = work.session.scalar(select(ComplaintRow.number).where(ComplaintRow.id == row.complaint_id))
        work.audit("complaint.attachment_open", "complaint", row.complaint_id,
                   {"number": number, "attachment": row.id})
        return AttachmentFile(row.file_name, row.media_type, bytes(row.data))


# --- reading ----------------------------------------------------------------------------------------


def _dues(row: ComplaintRow) -> DueDates:
    return DueDates(row.verify_due, row.respond_due, row.complete_due)


def _shown_name(row_anonymous: bool, name: str, reveal: bool) -> str:
    if row_anonymous:
        return ANONYMOUS
    return name if reveal else mask_name(name)


def read_complaint(work: Work, complaint_id: int) -> ComplaintRecord:
    """The complaint as the acting user may see it (see the module's note on personal data)."""
    session = work.session
    receiver = aliased(User)
    found = session.execute(
        select(ComplaintRow, receiver.full_name, Unit.name, Service.name, ServiceRequest.ref_number)
        .outerjoin(receiver, receiver.id == ComplaintRow.received_by)
        .outerjoin(Unit, Unit.id == ComplaintRow.unit_id)
        .outerjoin(Service, Service.id == ComplaintRow.service_id)
        .outerjoin(ServiceRequest, ServiceRequest.id == ComplaintRow.request_id)
        .where(ComplaintRow.id == complaint_id)
    ).first()
    if found is None:
        raise NotFound(N_("Pengaduan tidak ditemukan."))
    row, received_by, unit_name, service_name, request_number = found
    reveal = work.allowed(access.REVEAL_PERSONAL)
    event_unit = aliased(Unit)
    events = tuple(
        ComplaintEvent(e.at, user_name or "", e.from_status, e.to_status, event_unit_name or "", e.addressee, e.note)
        for e, user_name, event_unit_name in session.execute(
            select(ComplaintEventRow, User.full_name, event_unit.name)
            .outerjoin(User, User.id == ComplaintEventRow.user_id)
            .outerjoin(event_unit, event_unit.id == ComplaintEventRow.unit_id)
            .where(ComplaintEventRow.complaint_id == row.id).order_by(ComplaintEventRow.id)
        )
    )
    attachments = tuple(
        AttachmentInfo(aid, name, media, size, at, by or "")
        for aid, name, media, size, at, by in session.execute(
            select(ComplaintAttachmentRow.id, ComplaintAttachmentRow.file_name, ComplaintAttachmentRow.media_type,
                   ComplaintAttachmentRow.size, ComplaintAttachmentRow.added_at, User.full_name)
            .outerjoin(User, User.id == ComplaintAttachmentRow.added_by)
            .where(ComplaintAttachmentRow.complaint_id == row.id).order_by(ComplaintAttachmentRow.id)
        )
    )
    return ComplaintRecord(
        id=row.id, number=row.number, kind=row.kind, channel=row.channel, lapor_id=row.lapor_id,
        received_at=row.received_at, received_on=row.received_on, received_by=received_by or "",
        anonymous=row.anonymous, name=_shown_name(row.anonymous, row.name, reveal),
        phone_masked=mask_phone(row.phone) if row.phone else "",
        email_masked=_mask_email(row.email), address=row.address if reveal else "",
        contact_consent=row.contact_consent, identity_shown=reveal and not row.anonymous,
        subject=row.subject, description=row.description, unit_id=row.unit_id, unit_name=unit_name or "",
        service_id=row.service_id, service_name=service_name or "", request_id=row.request_id,
        request_number=request_number or "", status=row.status, due=_dues(row), next_due=row.next_due,
        overdue=row.next_due is not None and row.next_due < work.today, responded_on=row.responded_on,
        closed_on=row.closed_on, answer=row.answer, reason=row.reason, anonymised=row.anonymised_at is not None,
        events=events, attachments=attachments,
    )


def _mask_email(email: str) -> str:
    """"siti.rahmah@contoh.id" → "s*********@contoh.id"."""
    if not email:
        return ""
    local, _, domain = email.partition("@")
    return (local[:1] + "*" * max(1, len(local) - 1)) + ("@" + domain if domain else "")


def complaint(db: Database, complaint_id: int, *, now: datetime | None = None) -> ComplaintRecord:
    with reading(db, now=now) as work:
        work.require(access.COMPLAINT_READ)
        return read_complaint(work, complaint_id)


def reveal_contact(db: Database, complaint_id: int) -> ComplaintContact:
    """The complainant's full phone and e-mail (audited: who saw whose contact, when)."""
    with writing(db) as work:
        work.require(access.REVEAL_PERSONAL)
        row = work.session.get(ComplaintRow, complaint_id)
        if row is None:
            raise NotFound(N_("Pengaduan tidak ditemukan."))
        fields = [f for f, v in (("phone", row.phone), ("email", row.email)) if v]
        work.audit("personal.reveal", "complaint", row.id, {"number": row.number, "fields": fields})
        return ComplaintContact(row.phone or "", row.email)


# --- the list ---------------------------------------------------------------------------------------


def _conditions(f: ComplaintFilter, today: date, *, by_name: bool) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.status == OPEN:
        conditions.append(ComplaintRow.next_due.is_not(None))
    elif f.status == OVERDUE:
        conditions.append(ComplaintRow.next_due < today)
    elif f.status:
        conditions.append(ComplaintRow.status == f.status)
    if f.kind:
        conditions.append(ComplaintRow.kind == f.kind)
    if f.period is not None:
        conditions.append(ComplaintRow.received_on.between(f.period.first, f.period.last))
    words = " ".join(plain_text(f.text).split()).lower().replace("%", "").replace("_", "")
    if words:
        like = f"%{words}%"
        columns = [ComplaintRow.number, ComplaintRow.lapor_id, ComplaintRow.subject]
        if by_name:  # a role that sees names masked must not find a complaint by the name it cannot see
            columns.append(ComplaintRow.name)
        conditions.append(or_(*(func.lower(c).like(like) for c in columns)))
    return conditions


def count_overdue(session: Session, today: date) -> int:
    """Open complaints past the deadline of their stage: one indexed count."""
    return session.scalar(select(func.count()).select_from(ComplaintRow).where(ComplaintRow.next_due < today)) or 0


def overdue_count(db: Database, *, now: datetime | None = None) -> int:
    """How many complaints are overdue today (for a "Hari ini" summary or the status bar)."""
    with reading(db, now=now) as work:
        work.require(access.COMPLAINT_READ)
        return count_overdue(work.session, work.today)


def list_complaints(db: Database, f: ComplaintFilter | None = None, *, now: datetime | None = None) -> ComplaintList:
    """The newest complaints matching `f` (at most `f.limit`), with the open and overdue counts."""
    f = f or ComplaintFilter()
    with reading(db, now=now) as work:
        work.require(access.COMPLAINT_READ)
        today = work.today
        session = work.session
        reveal = work.allowed(access.REVEAL_PERSONAL)
        conditions = _conditions(f, today, by_name=reveal)
        query = (
            select(ComplaintRow.id, ComplaintRow.number, ComplaintRow.received_at, ComplaintRow.kind,
                   ComplaintRow.channel, ComplaintRow.anonymous, ComplaintRow.name, ComplaintRow.subject,
                   Unit.name, ComplaintRow.status, ComplaintRow.next_due)
            .outerjoin(Unit, Unit.id == ComplaintRow.unit_id)
            .where(*conditions).order_by(ComplaintRow.id.desc()).limit(max(1, f.limit))
        )
        rows = tuple(
            ComplaintListRow(cid, number, received_at, kind, channel, _shown_name(anonymous, name, reveal), subject,
                             unit_name or "", status, next_due, next_due is not None and next_due < today)
            for cid, number, received_at, kind, channel, anonymous, name, subject, unit_name, status, next_due
            in session.execute(query)
        )
        open_count = session.scalar(select(func.count()).select_from(ComplaintRow)
                                    .where(ComplaintRow.next_due.is_not(None))) or 0
        return ComplaintList(rows, open_count, count_overdue(session, today), today)


# --- papers -----------------------------------------------------------------------------------------


def _receipt(work: Work, record: ComplaintRecord, copy_no: int) -> ComplaintReceiptData:
    nip = work.session.scalar(select(User.nip).join(ComplaintRow, ComplaintRow.received_by == User.id)
                              .where(ComplaintRow.id == record.id))
    return ComplaintReceiptData(work.office.profile, _for_paper(work, record), work.office.tz,
                                officer_name=record.received_by, officer_nip=nip or "", copy_no=copy_no)


def _for_paper(work: Work, record: ComplaintRecord) -> ComplaintRecord:
    """The record with the complainant's own name and address: the papers are handed to them.

    A role that sees names masked on screen still prints the name the complainant gave: the
    receipt and the reply are theirs. Phone and e-mail stay masked on paper.
    """
    if record.anonymous or record.identity_shown:
        return record
    row = work.session.get(ComplaintRow, record.id)
    assert row is not None
    return replace(record, name=row.name, address=row.address)


def receipt_for(db: Database, complaint_id: int) -> ComplaintReceiptData:
    """The tanda terima of a saved complaint, as its next copy."""
    with reading(db) as work:
        work.require(access.COMPLAINT_READ)
        work.require(access.PRINT)
        record = read_complaint(work, complaint_id)
        return _receipt(work, record, prints.copy_number(work, DocumentKind.COMPLAINT_RECEIPT, complaint_id))


def reply_for(db: Database, complaint_id: int, letter_date: date | None = None) -> ComplaintReplyData:
    """The jawaban of a closed complaint (selesai with its answer, or ditolak / bukan kewenangan with the reason)."""
    with reading(db) as work:
        work.require(access.COMPLAINT_READ)
        work.require(access.PRINT)
        record = read_complaint(work, complaint_id)
        if record.status not in {s.value for s in FINAL_STATUSES}:
            raise StoreError(N_("Surat jawaban dibuat setelah pengaduan selesai, ditolak, atau dinyatakan bukan "
                             "kewenangan."), "status")
        copy_no = prints.copy_number(work, DocumentKind.COMPLAINT_REPLY, complaint_id)
        return ComplaintReplyData(work.office.profile, _for_paper(work, record),
                                  letter_date or record.closed_on or work.today, work.office.tz, copy_no)
