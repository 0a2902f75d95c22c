"""The office's working-day calendar, built from the holiday table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.workdays import WorkCalendar
from desk.store.models import Holiday
from desk.store.office import working_weekdays


def work_calendar(session: Session) -> WorkCalendar:
    holidays = session.scalars(select(Holiday.date))
    return WorkCalendar(holidays, weekdays=working_weekdays(session))
