"""The Hari ini area: what happened today and what waits, in one reading operation.

Every count is an SQL aggregate answered from an index (received_at; status, due_date and the
awaiting flag, migration 1702; status with closed_at, which the survey's migration added), never
rows pulled into Python, so the area refreshes in milliseconds over a million requests. Each count uses the register's own filter (`RegisterFilter` through `filter_conditions`),
so the number on the area is the number of rows the register shows when the officer clicks it. The
SKM sample comes from the survey's own query (`survey.office_result`); the next forums are read
here, with the forums area's rule for "upcoming" (not ended before today), because the forums
module is loaded only when its area first opens and this area is on screen at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from desk.domain.skm import SEMESTER, period_of
from desk.domain.skm_records import ScopeResult
from desk.domain.status import CANCELLED, DONE, REJECTED
from desk.store import access, catalog
from desk.store.complaints import count_overdue
from desk.store.database import Database
from desk.store.models import Forum, ServiceRequest
from desk.store.models_forums import ForumParticipantRow
from desk.store.requests import RegisterFilter, filter_conditions
from desk.store.survey import office_result
from desk.store.work import Change, Work, reading

UPCOMING_FORUMS = 3
# The survey area's default period: the Hari ini area follows the same running period.
SURVEY_PERIOD_KIND = SEMESTER
# What the area shows; it refreshes when an operation changed one of these.
SHOWN = frozenset({Change.REQUESTS, Change.CATALOGUE, Change.FORUMS, Change.SURVEY, Change.OFFICE,
                   Change.CALENDAR, Change.BACKUPS, Change.COMPLAINTS})


@dataclass(frozen=True, slots=True)
class ServiceToday:
    service_id: int
    code: str
    name: str
    received: int


@dataclass(frozen=True, slots=True)
class UnitToday:
    unit_id: int
    code: str
    name: str
    received: int
    services: tuple[ServiceToday, ...]  # only those that received something today


@dataclass(frozen=True, slots=True)
class UpcomingForum:
    id: int
    title: str
    starts_at: datetime  # UTC
    venue: str
    invited: int


@dataclass(frozen=True, slots=True)
class TodayView:
    """The counts of one office day, each the size of a register filter (`filter_for`)."""

    today: date
    tz: str
    read_at: datetime  # UTC
    received: int
    units: tuple[UnitToday, ...]  # every active unit, in the catalogue's order (zero included)
    due_today: int
    overdue: int
    closed: int
    closed_by_status: tuple[tuple[str, int], ...]  # (status, count) for selesai, ditolak, dibatalkan
    forums: tuple[UpcomingForum, ...]  # the next few, soonest first (today's included)
    survey: ScopeResult | None  # the office's SKM sample in the running period; None: not allowed to see
    complaints_overdue: int | None = None  # open complaints past their stage's deadline; None: not allowed to see

    # The register filters behind each count.
    def received_filter(self, unit_id: int | None = None, service_id: int | None = None) -> RegisterFilter:
        return RegisterFilter(date_from=self.today, date_to=self.today, unit_id=unit_id, service_id=service_id)

    def due_filter(self) -> RegisterFilter:
        return RegisterFilter(due_on=self.today)

    def overdue_filter(self) -> RegisterFilter:
        return RegisterFilter(overdue_only=True)

    def closed_filter(self) -> RegisterFilter:
        return RegisterFilter(closed_on=self.today)


def _count(work: Work, filters: RegisterFilter) -> int:
    where = filter_conditions(work.session, filters, work.today)
    return int(work.session.scalar(select(func.count()).select_from(ServiceRequest).where(*where)) or 0)


def _grouped(work: Work, filters: RegisterFilter, *columns: Any) -> dict[tuple[Any, ...], int]:
    where = filter_conditions(work.session, filters, work.today)
    query = select(*columns, func.count()).select_from(ServiceRequest).where(*where).group_by(*columns)
    return {tuple(row[:-1]): int(row[-1]) for row in work.session.execute(query)}


def _units(work: Work, received: dict[tuple[Any, ...], int]) -> tuple[UnitToday, ...]:
    # Keyed by the request's own unit (what the register's unit filter looks at) and service.
    services = catalog.list_services(work.session, active_only=False)
    units = []
    for unit in catalog.list_units(work.session, active_only=False):
        lines = tuple(ServiceToday(s.id, s.code, s.name, received[(unit.id, s.id)]) for s in services
                      if (unit.id, s.id) in received)
        if unit.active or lines:  # a closed unit shows only while it has something today
            units.append(UnitToday(unit.id, unit.code, unit.name, sum(line.received for line in lines), lines))
    return tuple(units)


def _upcoming_forums(work: Work) -> tuple[UpcomingForum, ...]:
    invited = (select(func.count()).where(ForumParticipantRow.forum_id == Forum.id,
                                          ForumParticipantRow.invited.is_(True)).scalar_subquery())
    query = (select(Forum.id, Forum.title, Forum.starts_at, Forum.venue, invited)
             .where(func.coalesce(Forum.ends_at, Forum.starts_at) >= work.clock.day_start(work.today))
             .order_by(Forum.starts_at, Forum.id).limit(UPCOMING_FORUMS))
    return tuple(UpcomingForum(fid, title, starts, venue, int(n or 0))
                 for fid, title, starts, venue, n in work.session.execute(query))


def today_view(db: Database, *, now: datetime | None = None) -> TodayView:
    """Today's counts for the Hari ini area (one unit of work; every number an indexed aggregate)."""
    with reading(db, now=now) as work:
        day = work.today
        view = TodayView(day, work.clock.tz, work.now, 0, (), 0, 0, 0, (), (), None)
        received = _grouped(work, view.received_filter(), ServiceRequest.unit_id, ServiceRequest.service_id)
        closed = {key[0]: n for key, n in _grouped(work, view.closed_filter(), ServiceRequest.status).items()}
        survey = (office_result(work, period_of(day, SURVEY_PERIOD_KIND))
                  if work.allowed(access.SURVEY_RESULTS) else None)
        complaints_overdue = count_overdue(work.session, day) if work.allowed(access.COMPLAINT_READ) else None
        return TodayView(
            today=day,
            tz=work.clock.tz,
            read_at=work.now,
            received=sum(received.values()),
            units=_units(work, received),
            due_today=_count(work, view.due_filter()),
            overdue=_count(work, view.overdue_filter()),
            closed=sum(closed.values()),
            closed_by_status=tuple((status, closed.get(status, 0)) for status in (DONE, REJECTED, CANCELLED)),
            forums=_upcoming_forums(work),
            survey=survey,
            complaints_overdue=complaints_overdue,
        )
