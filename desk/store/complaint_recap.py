"""Monthly and yearly recap of complaints: by kind, channel, unit and status, and answers on time.

SQL aggregates over the complaints received in the period (`received_on`), as they stand now.
"On time" is the regulation's response deadline: answered (followed up, closed, rejected or
declined) on or before `respond_due`. The recap holds counts only, never a complainant: it may be
printed or published. `handling_summary` is what the SKM report cites for its unsur
"Penanganan Pengaduan, Saran dan Masukan".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import Integer, case, func, select
from sqlalchemy.orm import Session

from desk.domain.complaint_records import ComplaintHandling, ComplaintRecap, RecapLine, RegisterLine
from desk.domain.complaints import (
    Channel,
    ComplaintKind,
    ComplaintStatus,
    Period,
    channel_label,
    kind_label,
    mask_name,
    status_label,
)
from desk.domain.office_time import to_local
from desk.store import access, catalog
from desk.store.database import Database
from desk.store.models import Service, ServiceRequest, Unit
from desk.store.models_complaints import ComplaintRow
from desk.store.work import Done, reading, writing

NO_UNIT = "Belum ditentukan"
C = ComplaintRow


def _sum(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0).cast(Integer)


def _measures(today: date) -> tuple[Any, ...]:
    return (
        func.count(),
        _sum(C.responded_on.is_not(None)),
        _sum(C.responded_on <= C.respond_due),
        _sum(C.status == ComplaintStatus.DONE.value),
        _sum(C.next_due.is_not(None)),
        _sum(C.next_due < today),
    )


def _in(period: Period) -> Any:
    return C.received_on.between(period.first, period.last)


def _lines(session: Session, key: Any, period: Period, today: date, order: Iterable[tuple[str, str]],
           label_of: Callable[[str], str]) -> tuple[RecapLine, ...]:
    counted = {
        str(k) if k is not None else "": (n, responded, on_time, done, still_open)
        for k, n, responded, on_time, done, still_open, _overdue in session.execute(
            select(key, *_measures(today)).where(_in(period)).group_by(key))
    }
    lines = [RecapLine(k, label, *counted.pop(k, (0, 0, 0, 0, 0))) for k, label in order]
    # Values outside the list (a unit since made inactive, an empty unit): after it, with their names.
    lines += [RecapLine(k, label_of(k), *v) for k, v in sorted(counted.items())]
    return tuple(lines)


def recap_of(session: Session, period: Period, today: date) -> ComplaintRecap:
    received, responded, on_time, done, still_open, overdue = session.execute(
        select(*_measures(today)).where(_in(period))).one()
    statuses = dict(session.execute(select(C.status, func.count()).where(_in(period)).group_by(C.status)).all())
    unit_names = {str(u.id): u.name for u in catalog.list_units(session, active_only=False)}
    active_units = [(str(u.id), u.name) for u in catalog.list_units(session)]
    return ComplaintRecap(
        period=period, received=received, responded=responded, responded_on_time=on_time, completed=done,
        rejected=statuses.get(ComplaintStatus.REJECTED.value, 0),
        not_ours=statuses.get(ComplaintStatus.NOT_OURS.value, 0), still_open=still_open, overdue=overdue,
        by_kind=_lines(session, C.kind, period, today, [(k.value, k.label) for k in ComplaintKind], str),
        by_channel=_lines(session, C.channel, period, today, [(c.value, c.label) for c in Channel], str),
        by_unit=_lines(session, C.unit_id, period, today, [*active_units, ("", NO_UNIT)],
                       lambda k: unit_names.get(k, NO_UNIT)),
        by_status=tuple((s.value, s.label, statuses.get(s.value, 0)) for s in ComplaintStatus),
    )


def complaint_recap(db: Database, period: Period) -> ComplaintRecap:
    """The recap of complaints received in `period` (a month or a year)."""
    with reading(db) as work:
        work.require(access.RECAP_READ)
        return recap_of(work.session, period, work.today)


def handling_of(session: Session, period: Period, today: date, *, unit_id: int | None = None,
                service_id: int | None = None) -> ComplaintHandling:
    """How the complaints received in `period` (of one unit or service, when given) were handled: counts only.

    Any span of days may be asked (the SKM's quarters and semesters too), not only a month or a year.
    """
    where = [_in(period)]
    if unit_id is not None:
        where.append(C.unit_id == unit_id)
    if service_id is not None:
        where.append(C.service_id == service_id)
    received, responded, on_time, done, still_open, _overdue = session.execute(
        select(*_measures(today)).where(*where)).one()
    used = set(session.scalars(select(C.channel).where(*where).distinct()))
    channels = tuple(c.label for c in Channel if c.value in used)
    percent = 100.0 * on_time / responded if responded else None
    return ComplaintHandling(period, received, responded, on_time, done, still_open, percent, channels)


def handling_summary(db: Database, period: Period) -> ComplaintHandling:
    """For the SKM report's unsur pengaduan: how many came in, were answered (on time), completed, are open."""
    with reading(db) as work:
        work.require(access.RECAP_READ)
        return handling_of(work.session, period, work.today)


def register_lines(db: Database, period: Period | None = None) -> tuple[RegisterLine, ...]:
    """Every complaint received in `period` (all when None), oldest first, for a listing or a spreadsheet."""
    with reading(db) as work:
        work.require(access.COMPLAINT_READ)
        query = (
            select(C, Unit.name, Service.name, ServiceRequest.ref_number)
            .outerjoin(Unit, Unit.id == C.unit_id).outerjoin(Service, Service.id == C.service_id)
            .outerjoin(ServiceRequest, ServiceRequest.id == C.request_id)
            .order_by(C.received_on, C.id)
        )
        if period is not None:
            query = query.where(_in(period))
        tz = work.office.tz
        return tuple(
            RegisterLine(
                c.number, c.received_on, f"{to_local(c.received_at, tz):%H.%M}", kind_label(c.kind),
                channel_label(c.channel), c.lapor_id, "Anonim" if c.anonymous else mask_name(c.name), c.subject,
                unit or NO_UNIT, service or "", ref or "", status_label(c.status), c.verify_due, c.respond_due,
                c.complete_due, c.responded_on,
                None if c.responded_on is None else c.responded_on <= c.respond_due, c.closed_on,
            )
            for c, unit, service, ref in work.session.execute(query)
        )


def record_export(db: Database, file_name: str, period: Period | None, complaints: int) -> Done[None]:
    """Audit that the register (masked) was written to a file: which file, which period, how many."""
    with writing(db) as work:
        work.require(access.EXPORT)
        work.audit("data.export", "complaint", "", {"file": file_name, "period": period.key if period else "",
                                                    "complaints": complaints})
        return work.done(None)
