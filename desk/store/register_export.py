"""The register out of Desk: every request a register filter matches, as lines for a file, audited.

`export_register(db, filters, write, ...)` reads the matching requests in the register's own order
(`register_page`, so a search exports what it shows) in batches of BATCH ids, hands them to `write`
(desk.formats.register_file, which streams them into the file) as one iterator, and when the file is
whole records who exported what. NIK and phone are masked unless the user's role may reveal them and
asks to. The read is one reading unit of work (a consistent snapshot on SQLite; no write lock is held
while the file is written); the audit entry is a short write of its own afterwards.

`progress(done, total)` is called before the first batch and after each one; returning False cancels:
the iterator raises ExportCancelled, which `write` lets through, so the caller's file is removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import DateTime, bindparam, select, type_coerce
from sqlalchemy.orm import aliased

from desk.domain.messages import N_
from desk.domain.nik import mask_nik
from desk.domain.office_time import local_wall_clock
from desk.domain.phone import format_phone, mask_phone
from desk.domain.register_lines import RegisterLine
from desk.domain.status import CHANNEL_LABELS, status_label
from desk.store import access
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import Region, Service, ServiceRequest, Unit, Visitor
from desk.store.requests import RegisterFilter, count_register, is_overdue, register_page
from desk.store.work import Done, Work, reading, writing

BATCH = 2_000
FORMATS = ("xlsx", "csv")
_DIGITS = re.compile(r"\d{4,}")

Progress = Callable[[int, int], bool]


class ExportCancelled(StoreError):
    """The user stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(N_("Ekspor dibatalkan; tidak ada berkas yang ditulis."))


@dataclass(frozen=True, slots=True)
class RegisterExport:
    rows: int
    revealed: bool
    file_name: str
    file_format: str


def _line_query() -> Any:
    kecamatan, desa = aliased(Region), aliased(Region)
    # The two moments as the naive UTC the store holds: each line turns them into office wall time
    # itself (local_wall_clock), so making them aware first would only be undone.
    received_at = type_coerce(ServiceRequest.received_at, DateTime())
    closed_at = type_coerce(ServiceRequest.closed_at, DateTime())
    return (
        select(ServiceRequest.id, ServiceRequest.ref_number, received_at, Unit.code, Service.code,
               Service.name, Visitor.name, Visitor.nik, Visitor.sex, Visitor.phone, desa.name, kecamatan.name,
               Visitor.region_text, Visitor.organisation, ServiceRequest.channel, ServiceRequest.status,
               ServiceRequest.due_date, closed_at, ServiceRequest.awaiting_documents)
        .join(Visitor, Visitor.id == ServiceRequest.visitor_id)
        .join(Service, Service.id == ServiceRequest.service_id)
        .join(Unit, Unit.id == ServiceRequest.unit_id)
        .outerjoin(kecamatan, kecamatan.code == Visitor.kecamatan_code)
        .outerjoin(desa, desa.code == Visitor.desa_code)
        # One bound list rather than a batch's 2,000 ids made into SQL literals, batch after batch.
        .where(ServiceRequest.id.in_(bindparam("ids", expanding=True)))
    )


def _lines(work: Work, filters: RegisterFilter, ascending: bool, reveal: bool, total: int,
           progress: Progress | None, written: list[int]) -> Iterator[RegisterLine]:
    session, today = work.session, work.today
    wall_time = local_wall_clock(work.clock.tz)
    query = _line_query()
    after: int | None = None
    number = 0
    while True:
        ids = register_page(session, filters, after_id=after, limit=BATCH, ascending=ascending, today=today)
        if not ids:
            return
        # Core execution, the batch fetched at once: plain columns need none of the ORM's result
        # machinery, nor a driver call per row.
        rows = session.connection().execute(query, {"ids": ids}).all()
        by_id = {row[0]: row for row in rows}
        for request_id in ids:
            row = by_id.get(request_id)
            if row is None:
                continue
            (_rid, ref, received, unit, scode, sname, name, nik, sex, phone, desa, kecamatan, region_text,
             organisation, channel, status, due, closed, awaiting) = row
            number += 1
            yield RegisterLine(
                number=number, ref_number=ref, received_at=wall_time(received),
                unit_code=unit, service_code=scode, service_name=sname, visitor_name=name,
                nik=(nik or "") if reveal else (mask_nik(nik) if nik else ""), sex=sex or "",
                phone=((format_phone if reveal else mask_phone)(phone) if phone else ""),
                desa=desa or "", kecamatan=kecamatan or region_text or "", organisation=organisation or "",
                channel=CHANNEL_LABELS.get(channel, channel), status=status_label(status), due_date=due,
                closed_at=wall_time(closed) if closed is not None else None,
                overdue=is_overdue(status, due, bool(awaiting), today),
            )
        written[0] = number
        if progress is not None and not progress(number, max(total, number)):
            raise ExportCancelled()
        if len(ids) < BATCH:
            return
        after = ids[-1]


def _audited_filter(filters: RegisterFilter) -> dict[str, Any]:
    """The filter as the audit trail keeps it: no long digit runs (a NIK or phone typed in the search)."""
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {"search": _DIGITS.sub("****", filters.text.strip()), "from": day(filters.date_from),
            "to": day(filters.date_to), "unit_id": filters.unit_id, "service_id": filters.service_id,
            "status": filters.status, "overdue": filters.overdue_only, "due_on": day(filters.due_on),
            "closed_on": day(filters.closed_on)}


def export_register(
    db: Database,
    filters: RegisterFilter,
    write: Callable[[Iterable[RegisterLine]], object],
    *,
    file_name: str,
    file_format: str,
    reveal: bool = False,
    ascending: bool = False,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Done[RegisterExport]:
    """Every request matching `filters`, in the register's order, handed to `write`; audited once written."""
    with reading(db, now=now) as work:
        work.require(access.EXPORT)
        if reveal:
            work.require(access.REVEAL_PERSONAL)
        if file_format not in FORMATS:
            raise StoreError(N_("Pilih berkas Excel (.xlsx) atau CSV (.csv)."), "file")
        total = count_register(work.session, filters, work.today).total
        if progress is not None and not progress(0, total):
            raise ExportCancelled()
        written = [0]
        write(_lines(work, filters, ascending, reveal, total, progress, written))
    with writing(db, now=now) as work:
        work.audit("register.export", "register", "", {
            "format": file_format, "file": file_name, "rows": written[0], "revealed": reveal,
            "filter": _audited_filter(filters)})
    return Done(RegisterExport(written[0], reveal, file_name, file_format))
