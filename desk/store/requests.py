"""Service requests: intake, status changes, the register's pages and the detail view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from desk.domain.checklist import completion_day, is_optional, plan_due
from desk.domain.intake import RequestDraft, clean_draft
from desk.domain.messages import N_, joined
from desk.domain.nik import NIK_LENGTH, birth_date_from_nik, mask_nik
from desk.domain.office_time import local_midnight_utc
from desk.domain.phone import mask_phone
from desk.domain.records import ChecklistItem, RequestEvent, RequestRecord, ServiceRecord, UnitRecord
from desk.domain.refnumber import format_reference
from desk.domain.status import CLOSED_STATUSES, OPEN_STATUSES, RECEIVED, transition_problem
from desk.store import access, audit
from desk.store.calendar import work_calendar
from desk.store.catalog import current_version, known_nik_regions, list_services, list_units
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import (
    OfficeProfileRow,
    RefCounter,
    Region,
    RequestDocument,
    RequestEventRow,
    Service,
    ServiceRequest,
    StandardVersion,
    Unit,
    User,
    Visitor,
)
from desk.store.office import office_clock
from desk.store.search import matching_ids, search_page, search_terms
from desk.store.work import reading


class InvalidRequest(StoreError):
    """The draft has problems; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(joined(errors.values()), next(iter(errors), None))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class VisitorMatch:
    id: int
    name: str
    nik: str | None
    sex: str | None
    phone: str | None
    address: str
    kecamatan_code: str | None
    desa_code: str | None
    region_text: str
    organisation: str
    organisation_kind: str


# The status filter that stands for every request still open (diterima and diproses).
OPEN_FILTER = "terbuka"


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    text: str = ""
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    unit_id: int | None = None
    service_id: int | None = None
    status: str | None = None  # a status, OPEN_FILTER, or None for all
    overdue_only: bool = False
    due_on: date | None = None  # open requests due that local day (not those waiting for documents)
    closed_on: date | None = None  # requests closed (selesai, ditolak, dibatalkan) that local day


@dataclass(frozen=True, slots=True)
class RegisterRow:
    id: int
    ref_number: str
    received_at: datetime
    visitor_name: str
    nik_masked: str
    service_code: str
    service_name: str
    unit_code: str
    status: str
    due_date: date
    overdue: bool
    awaiting_documents: bool = False


def is_overdue(status: str, due: date, awaiting: bool, today: date) -> bool:
    """Open, past its due date, and not waiting for the visitor's documents."""
    return status in OPEN_STATUSES and due < today and not awaiting


def now_utc() -> datetime:
    return datetime.now(UTC)


def office_today(session: Session, now: datetime | None = None) -> date:
    return office_clock(session, now).today


def _office_tz(session: Session) -> str:
    return office_clock(session).tz


# --- visitors ------------------------------------------------------------------


def _visitor_match(v: Visitor) -> VisitorMatch:
    return VisitorMatch(
        v.id, v.name, v.nik, v.sex, v.phone, v.address, v.kecamatan_code, v.desa_code, v.region_text,
        v.organisation, v.organisation_kind,
    )


def find_visitor(session: Session, *, nik: str = "", phone: str = "") -> VisitorMatch | None:
    """A returning visitor by NIK (exact) or, failing that, by phone (the most recent one)."""
    if nik:
        visitor = session.scalar(select(Visitor).where(Visitor.nik == nik))
        if visitor is not None:
            return _visitor_match(visitor)
    if phone:
        visitor = session.scalar(select(Visitor).where(Visitor.phone == phone).order_by(Visitor.id.desc()).limit(1))
        if visitor is not None:
            return _visitor_match(visitor)
    return None


# The save path's queries are built once, on first use (with bound parameters): composing a select()
# through the ORM costs about as much as running it on SQLite, and building them at import would
# add to every start.
@cache
def _visitor_by_nik() -> Select[tuple[Visitor]]:
    return select(Visitor).where(Visitor.nik == bindparam("nik"))


@cache
def _visitors_by_phone_and_name() -> Select[tuple[Visitor]]:
    # Same phone and same name: the same person without a NIK on file (a family may share a phone).
    # "NIK is empty" is checked on the few rows found, not in SQL: without table statistics SQLite
    # reads `nik IS NULL` through the unique NIK index as if it matched one row, and scans every
    # visitor without a NIK instead (73 ms at a million requests, against 0.1 ms by phone).
    return select(Visitor).where(Visitor.phone == bindparam("phone"), func.lower(Visitor.name) == bindparam("lower_name"))


def _upsert_visitor(session: Session, draft: RequestDraft) -> Visitor:
    visitor: Visitor | None = None
    if draft.nik:
        visitor = session.scalar(_visitor_by_nik(), {"nik": draft.nik})
    if visitor is None and draft.phone:
        same = session.scalars(_visitors_by_phone_and_name(), {"phone": draft.phone, "lower_name": draft.name.lower()})
        visitor = next((v for v in same.all() if v.nik is None), None)
    if visitor is None and draft.nik and session.get_bind().dialect.name == "postgresql":
        visitor = _claim_nik(session, draft)
    if visitor is None:
        visitor = Visitor(name=draft.name)
        session.add(visitor)
    visitor.name = draft.name
    visitor.nik = draft.nik or visitor.nik
    visitor.sex = draft.sex or visitor.sex
    if draft.nik:  # the recaps' age bands read it
        visitor.birth_date = birth_date_from_nik(draft.nik, office_today(session))
    visitor.phone = draft.phone or visitor.phone
    visitor.address = draft.address or visitor.address
    visitor.kecamatan_code = draft.kecamatan_code or visitor.kecamatan_code
    visitor.desa_code = draft.desa_code or visitor.desa_code
    visitor.region_text = draft.region_text or visitor.region_text or ""
    visitor.organisation = draft.organisation or visitor.organisation or ""
    visitor.organisation_kind = draft.organisation_kind or visitor.organisation_kind or ""
    session.flush()
    return visitor


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """A visitor's request still open: what the officer needs to decide whether a new one is another need."""

    id: int
    ref_number: str
    service_id: int
    status: str
    received_at: datetime


def open_requests_of(session: Session, nik: str, service_id: int | None = None) -> tuple[OpenRequest, ...]:
    """The open requests of the visitor with this NIK (for one service, or all), newest first."""
    if len(nik) != NIK_LENGTH:
        return ()
    query = (
        select(ServiceRequest.id, ServiceRequest.ref_number, ServiceRequest.service_id, ServiceRequest.status,
               ServiceRequest.received_at)
        .join(Visitor, Visitor.id == ServiceRequest.visitor_id)
        .where(Visitor.nik == nik, ServiceRequest.status.in_(OPEN_STATUSES))
        .order_by(ServiceRequest.id.desc())
    )
    if service_id is not None:
        query = query.where(ServiceRequest.service_id == service_id)
    return tuple(OpenRequest(*row) for row in session.execute(query))


def _claim_nik(session: Session, draft: RequestDraft) -> Visitor:
    """A new visitor with this NIK, or the one another counter saved a moment ago.

    Several counters on one PostgreSQL database can take the same new visitor at once (a family
    at two desks, a double click on two PCs): each reads "no such NIK" and inserts, and all but
    one would fail on the unique NIK. INSERT ... ON CONFLICT DO NOTHING waits for the other
    counter's save and then inserts nothing; the row it committed is read instead. (SQLite
    saves one at a time: its writers queue for the database's write lock.)
    """
    from sqlalchemy.dialects.postgresql import insert

    visitor = session.scalar(  # the new row comes back as the ORM's own object: no second query
        insert(Visitor).values(name=draft.name, nik=draft.nik)
        .on_conflict_do_nothing(index_elements=[Visitor.nik]).returning(Visitor))
    if visitor is None:
        visitor = session.scalar(_visitor_by_nik(), {"nik": draft.nik})
    assert visitor is not None  # inserted here, or committed by the counter that won
    return visitor


# --- reference numbers ---------------------------------------------------------


def next_sequence(session: Session, unit_id: int, year: int) -> int:
    """Bump and return the unit's counter for `year` inside the caller's transaction.

    One INSERT ... ON CONFLICT DO UPDATE ... RETURNING: the first number of a year creates
    the row with 1, later ones increment it. The update takes the row lock, so two counters
    on one PostgreSQL database queue here instead of issuing the same number.
    """
    bump = _bump_counter(session.get_bind().dialect.name)
    return session.execute(bump, {"unit_id": unit_id, "year": year}).scalar_one()


@lru_cache(maxsize=2)
def _bump_counter(dialect: str) -> Any:
    # The dialect's own INSERT, imported here: loading PostgreSQL's dialect at start costs SQLite users ~0.1 s.
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return (
        insert(RefCounter)
        .values(unit_id=bindparam("unit_id"), year=bindparam("year"), last_seq=1)
        .on_conflict_do_update(
            index_elements=[RefCounter.unit_id, RefCounter.year], set_={"last_seq": RefCounter.last_seq + 1}
        )
        .returning(RefCounter.last_seq)
    )


# --- intake ----------------------------------------------------------------------


def create_request(
    session: Session, draft: RequestDraft, user_id: int | None, now: datetime | None = None
) -> RequestRecord:
    """Validate and store a walk-in request with its number, checklist and first event.

    Inside a unit of work only: the counter saves through the operation `walk_in.save_walk_in`
    (which also checks the clock and an open request for the same need); tests use
    tests/conftest.saved_walk_in.
    """
    access.require(session, access.INTAKE)
    user_id = user_id if user_id is not None else access.current_user_id(session)
    # Held for the whole save: the session's identity map keeps objects only while they are
    # referenced, and office_today, the work calendar and the number all read this row.
    office = session.get(OfficeProfileRow, 1)
    now = now or now_utc()
    today = office_today(session, now)
    cleaned, errors, _warnings = clean_draft(draft, today, known_nik_regions(session))
    service = session.get(Service, cleaned.service_id) if cleaned.service_id is not None else None
    if cleaned.service_id is not None and (service is None or not service.active):
        errors["service"] = N_("Layanan ini tidak tersedia lagi. Pilih layanan lain.")
    if errors:
        raise InvalidRequest(errors)
    assert service is not None
    unit = session.get(Unit, service.unit_id)
    assert unit is not None
    version = current_version(session, service.id, today)
    requirements = [item.text for item in version.items if item.kind == "requirement"]
    ticks = cleaned.documents_received
    checklist = [(text_, position <= len(ticks) and ticks[position - 1])
                 for position, text_ in enumerate(requirements, start=1)]
    completed_on = completion_day(checklist, None, today)
    plan = plan_due(work_calendar(session), today, completed_on, service.time_from_complete,
                    version.same_day, version.duration_days)
    assert office is not None

    visitor = _upsert_visitor(session, cleaned)
    seq = next_sequence(session, unit.id, today.year)
    ref = format_reference(office.ref_pattern, seq, unit.code, office.short_name, today)
    request = ServiceRequest(
        ref_number=ref,
        unit_id=unit.id,
        year=today.year,
        seq=seq,
        service_id=service.id,
        standard_version_id=version.id,
        visitor_id=visitor.id,
        received_at=now,
        received_on=today,
        received_by=user_id,
        due_date=plan.due,
        due_from=plan.start,
        awaiting_documents=plan.awaiting,
        completed_on=completed_on,
        status=RECEIVED,
        channel=cleaned.channel,
        notes=cleaned.notes.strip(),
    )
    for position, (text_, received) in enumerate(checklist, start=1):
        request.documents.append(RequestDocument(position=position, text=text_, received=received))
    session.add(request)
    session.flush()
    session.add(RequestEventRow(request_id=request.id, at=now, user_id=user_id, kind="status", to_status=RECEIVED))
    session.flush()
    audit.record(session, "request.create", "request", request.id, {  # NIK and phone masked: the audit trail is read by more people than the register
        "ref": ref, "service": service.code, "visitor_id": visitor.id, "name": visitor.name,
        "nik": mask_nik(visitor.nik) if visitor.nik else "", "phone": mask_phone(visitor.phone) if visitor.phone else "",
    })
    return get_request(session, request.id)


def change_status(
    session: Session, request_id: int, to_status: str, reason: str, user_id: int | None, now: datetime | None = None,
    details: dict[str, object] | None = None,
) -> RequestRecord:
    """The move itself, inside a unit of work: the operation (request_changes.set_status) checks the rest."""
    access.require(session, access.STATUS)
    user_id = user_id if user_id is not None else access.current_user_id(session)
    request = session.get(ServiceRequest, request_id, with_for_update=True)
    if request is None:
        raise NotFound(N_("Permohonan tidak ditemukan."))
    problem = transition_problem(request.status, to_status, reason)
    if problem:
        raise StoreError(problem, "status")
    now = now or now_utc()
    session.add(
        RequestEventRow(
            request_id=request.id, at=now, user_id=user_id, kind="status",
            from_status=request.status, to_status=to_status, reason=reason.strip(),
        )
    )
    audit.record(session, "request.status", "request", request.id,
                 {"ref": request.ref_number, "changes": {"status": [request.status, to_status]}, "reason": reason.strip(),
                  **(details or {})})
    request.status = to_status
    if to_status not in OPEN_STATUSES:
        request.closed_at = now
    session.flush()
    return get_request(session, request.id)


# --- reading ---------------------------------------------------------------------


@cache
def _request_queries() -> tuple[Select[Any], Select[Any]]:
    """get_request's two queries, built on first use: composing a select() costs more than running it here."""
    receiver, kecamatan, desa = aliased(User), aliased(Region), aliased(Region)
    request = (
        select(ServiceRequest, Service, Unit, Visitor, StandardVersion.version_no, receiver.full_name,
               kecamatan.name, desa.name)
        .join(Service, Service.id == ServiceRequest.service_id)
        .join(Unit, Unit.id == ServiceRequest.unit_id)
        .join(Visitor, Visitor.id == ServiceRequest.visitor_id)
        .outerjoin(StandardVersion, StandardVersion.id == ServiceRequest.standard_version_id)
        .outerjoin(receiver, receiver.id == ServiceRequest.received_by)
        .outerjoin(kecamatan, kecamatan.code == Visitor.kecamatan_code)
        .outerjoin(desa, desa.code == Visitor.desa_code)
        .where(ServiceRequest.id == bindparam("request_id"))
    )
    events = (
        select(RequestEventRow, User.full_name)
        .outerjoin(User, User.id == RequestEventRow.user_id)
        .where(RequestEventRow.request_id == bindparam("request_id"))
        .order_by(RequestEventRow.id)
    )
    return request, events



def get_request(session: Session, request_id: int) -> RequestRecord:
    # One query for the request and everything it names (standard version, receiving officer,
    # the visitor's kecamatan and desa), one for its events, one for its checklist: it runs on
    # every save and every receipt, where each extra round trip through the ORM costs ~0.5 ms.
    request_query, events_query = _request_queries()
    row = session.execute(request_query, {"request_id": request_id}).first()
    if row is None:
        raise NotFound(N_("Permohonan tidak ditemukan."))
    request, service, unit, visitor, version_no, received_by, kecamatan_name, desa_name = row
    version = request.standard_version_id
    events = tuple(
        RequestEvent(
            at=e.at, user_name=(user_name or "") if e.user_id else "", kind=e.kind,
            from_status=e.from_status, to_status=e.to_status, reason=e.reason,
        )
        for e, user_name in session.execute(events_query, {"request_id": request.id})
    )
    checklist = tuple(ChecklistItem(d.text, d.received, is_optional(d.text)) for d in request.documents)
    return RequestRecord(
        id=request.id,
        ref_number=request.ref_number,
        received_at=request.received_at,
        received_by=(received_by or "") if request.received_by else "",
        due_date=request.due_date,
        status=request.status,
        channel=request.channel,
        notes=request.notes,
        unit_code=unit.code,
        unit_name=unit.name,
        service_id=service.id,
        service_code=service.code,
        service_name=service.name,
        standard_version_id=version,
        standard_version_no=version_no or 0,
        visitor_id=visitor.id,
        visitor_name=visitor.name,
        visitor_nik=visitor.nik,
        visitor_sex=visitor.sex,
        visitor_phone=visitor.phone,
        visitor_address=visitor.address or visitor.region_text,
        visitor_kecamatan=(kecamatan_name or "") if visitor.kecamatan_code else "",
        visitor_desa=(desa_name or "") if visitor.desa_code else "",
        organisation=visitor.organisation,
        checklist=checklist,
        events=events,
        completed_on=request.completed_on,
        due_from=request.due_from,
        awaiting_documents=request.awaiting_documents,
        time_from_complete=service.time_from_complete,
        collected_by=request.collected_by,
        collector_name=request.collector_name,
        product_number=request.product_number,
        address_line=visitor.address,
        visitor_kecamatan_code=visitor.kecamatan_code or "",
        visitor_desa_code=visitor.desa_code or "",
        visitor_region_text=visitor.region_text,
        organisation_kind=visitor.organisation_kind,
    )


def find_by_reference(session: Session, ref_number: str) -> int | None:
    return session.scalar(select(ServiceRequest.id).where(ServiceRequest.ref_number == ref_number.strip()))


def request_id_of(db: Database, ref_number: str) -> int | None:
    """The request with this registration number, or None."""
    with reading(db) as work:
        return find_by_reference(work.session, ref_number)


def filter_conditions(session: Session, filters: RegisterFilter, today: date | None) -> list[ColumnElement[bool]]:
    """The filters other than the search text, as conditions on service_requests (one definition of
    "overdue", "due on" and "closed on" for the register, its count, its export and the Hari ini area)."""
    conditions: list[ColumnElement[bool]] = []
    if filters.unit_id is not None:
        conditions.append(ServiceRequest.unit_id == filters.unit_id)
    if filters.service_id is not None:
        conditions.append(ServiceRequest.service_id == filters.service_id)
    if filters.status == OPEN_FILTER:
        conditions.append(ServiceRequest.status.in_(OPEN_STATUSES))
    elif filters.status:
        conditions.append(ServiceRequest.status == filters.status)
    tz = _office_tz(session) if (filters.date_from or filters.date_to or filters.closed_on) else None
    if filters.date_from is not None and tz:
        conditions.append(ServiceRequest.received_at >= local_midnight_utc(filters.date_from, tz))
    if filters.date_to is not None and tz:
        conditions.append(ServiceRequest.received_at < local_midnight_utc(filters.date_to + timedelta(days=1), tz))
    if filters.overdue_only:
        conditions.extend(_overdue(today or office_today(session)))
    if filters.due_on is not None:
        conditions.extend([ServiceRequest.status.in_(OPEN_STATUSES), ServiceRequest.due_date == filters.due_on,
                           ServiceRequest.awaiting_documents.is_(False)])
    if filters.closed_on is not None and tz:
        # The status as well as the moment: the (status, closed_at) index answers it without the table.
        conditions.extend([ServiceRequest.status.in_(CLOSED_STATUSES),
                           ServiceRequest.closed_at >= local_midnight_utc(filters.closed_on, tz),
                           ServiceRequest.closed_at < local_midnight_utc(filters.closed_on + timedelta(days=1), tz)])
    return conditions


def _overdue(today: date) -> list[ColumnElement[bool]]:
    # A request waiting for its file to be complete is not late: the office's time has not started.
    return [ServiceRequest.status.in_(OPEN_STATUSES), ServiceRequest.due_date < today,
            ServiceRequest.awaiting_documents.is_(False)]


def register_page(
    session: Session,
    filters: RegisterFilter,
    *,
    after_id: int | None = None,
    limit: int = 200,
    ascending: bool = False,
    today: date | None = None,
) -> list[int]:
    """One page of request ids in register order (keyset paging on id; never the whole table)."""
    conditions = filter_conditions(session, filters, today)
    terms = search_terms(filters.text)
    if terms:
        # Driven from the search index in id order, so a short prefix over a million rows stops
        # after one page instead of collecting every match first.
        page = search_page(session, terms, conditions, after_id=after_id, limit=limit, ascending=ascending)
        if page is not None:
            return page
    query = select(ServiceRequest.id).where(*conditions)
    search = matching_ids(session, filters.text)
    if search is not None:
        query = query.where(ServiceRequest.id.in_(search.scalar_subquery()))
    if after_id is not None:
        query = query.where(ServiceRequest.id > after_id if ascending else ServiceRequest.id < after_id)
    query = query.order_by(ServiceRequest.id.asc() if ascending else ServiceRequest.id.desc()).limit(limit)
    # Core execution: a column of ids needs none of the ORM's per-row result machinery (an export
    # reads a page of 2,000 ids per batch). Every caller reads in a unit of its own: nothing to flush.
    return list(session.connection().execute(query).scalars().all())


@cache
def _register_rows_query() -> Select[Any]:
    """register_rows' query, built on first use like the save path's (it runs on every keystroke of the search)."""
    return (
        select(
            ServiceRequest.id, ServiceRequest.ref_number, ServiceRequest.received_at, Visitor.name, Visitor.nik,
            Service.code, Service.name, Unit.code, ServiceRequest.status, ServiceRequest.due_date,
            ServiceRequest.awaiting_documents,
        )
        .join(Visitor, Visitor.id == ServiceRequest.visitor_id)
        .join(Service, Service.id == ServiceRequest.service_id)
        .join(Unit, Unit.id == ServiceRequest.unit_id)
        .where(ServiceRequest.id.in_(bindparam("ids", expanding=True)))
    )


def register_rows(session: Session, ids: list[int], today: date | None = None) -> list[RegisterRow]:
    """The display rows for `ids`, in the order given."""
    if not ids:
        return []
    today = today or office_today(session)
    by_id = {}
    # Core execution on the session's connection, every row fetched at once: plain columns need none of
    # the ORM's result machinery, nor a driver call per row.
    result = session.connection().execute(_register_rows_query(), {"ids": list(ids)}).all()
    for rid, ref, received, name, nik, scode, sname, ucode, status, due, awaiting in result:
        by_id[rid] = RegisterRow(
            rid, ref, received, name, mask_nik(nik) if nik else "", scode, sname, ucode, status, due,
            is_overdue(status, due, bool(awaiting), today), bool(awaiting),
        )
    return [by_id[i] for i in ids if i in by_id]


def count_register(session: Session, filters: RegisterFilter, today: date) -> RegisterCount:
    """How many requests match `filters`, and how many of those are overdue (exact, whatever it costs)."""
    conditions = filter_conditions(session, filters, today)
    search = matching_ids(session, filters.text)

    def counted(extra: list[ColumnElement[bool]]) -> int:
        if search is not None and not conditions and not extra:
            # The index alone knows the number: no lookup of each matching request.
            return session.scalar(select(func.count()).select_from(search.subquery())) or 0
        query = select(func.count()).select_from(ServiceRequest).where(*conditions, *extra)
        if search is not None:
            query = query.where(ServiceRequest.id.in_(search.scalar_subquery()))
        return session.scalar(query) or 0

    total = counted([])
    overdue = total if filters.overdue_only else (counted(_overdue(today)) if total else 0)
    return RegisterCount(total, overdue)


# --- operations: what the register screen asks ------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegisterSetup:
    """What the register shows before its first page: the office's zone and day, and the filter choices."""

    tz: str
    today: date
    units: tuple[UnitRecord, ...]
    services: tuple[ServiceRecord, ...]


@dataclass(frozen=True, slots=True)
class RegisterSlice:
    """One page of the register: request ids in order, and the display rows of the first of them."""

    ids: tuple[int, ...]
    rows: tuple[RegisterRow, ...]


class RegisterCount(NamedTuple):
    total: int
    overdue: int


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request as the detail panel shows it, with the office's day it was read on."""

    record: RequestRecord
    today: date


def register_setup(db: Database) -> RegisterSetup:
    with reading(db) as work:
        return RegisterSetup(work.office.tz, work.today, tuple(list_units(work.session)),
                             tuple(list_services(work.session)))


def register_slice(
    db: Database,
    filters: RegisterFilter,
    today: date,
    *,
    after_id: int | None = None,
    limit: int = 200,
    ascending: bool = False,
    rows: int = 100,
) -> RegisterSlice:
    """The next page of ids after `after_id` (None: the first page) and the display rows of its first `rows`.

    One unit of work per page, on every keystroke of the search: `today` comes from the screen's
    office clock so that the office profile is not read again each time.
    """
    with reading(db) as work:
        ids = register_page(work.session, filters, after_id=after_id, limit=limit, ascending=ascending, today=today)
        shown = register_rows(work.session, ids[:rows], today=today) if rows else []
        return RegisterSlice(tuple(ids), tuple(shown))


def register_rows_of(db: Database, ids: list[int], today: date) -> list[RegisterRow]:
    """The display rows of `ids` (rows scrolled back into view after they were let go)."""
    with reading(db) as work:
        return register_rows(work.session, ids, today=today)


def register_count(db: Database, filters: RegisterFilter, today: date) -> RegisterCount:
    """The exact number of matching requests and of overdue ones among them (run off the screen's thread)."""
    with reading(db) as work:
        return count_register(work.session, filters, today)


def request_detail(db: Database, request_id: int) -> RequestView:
    with reading(db) as work:
        return RequestView(get_request(work.session, request_id), work.today)
