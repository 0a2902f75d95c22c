"""What a database holds, in numbers: for `desk check` and anyone who asks what they are looking at."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk.store.database import Database
from desk.store.migrations import current_revisions
from desk.store.models import Holiday, Service, ServiceRequest
from desk.store.work import reading


@dataclass(frozen=True, slots=True)
class DatabaseSummary:
    where: str  # the file, or the server URL without its password
    revisions: tuple[str, ...]
    services: int
    requests: int
    holidays: int
    timezone: str


def database_summary(db: Database) -> DatabaseSummary:
    with reading(db) as work:
        session = work.session
        services = session.scalar(select(func.count()).select_from(Service)) or 0
        requests = session.scalar(select(func.count()).select_from(ServiceRequest)) or 0
        holidays = session.scalar(select(func.count()).select_from(Holiday)) or 0
        tz = work.clock.tz
    return DatabaseSummary(db.describe(), current_revisions(db), services, requests, holidays, tz)
