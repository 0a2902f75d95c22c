"""The office: its profile (one row) as a plain record, and its clock for one operation."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

from sqlalchemy.orm import Session

from desk.domain.messages import N_
from desk.domain.office_time import DEFAULT_TZ, OfficeClock
from desk.domain.records import OfficeContext, OfficeProfile
from desk.store.errors import NotFound
from desk.store.models import OfficeProfileRow

_FIELDS = tuple(f.name for f in fields(OfficeProfile))


def get_office_profile(session: Session) -> OfficeProfile:
    row = session.get(OfficeProfileRow, 1)
    if row is None:
        raise NotFound(N_("Profil kantor belum diisi."))
    # Fields without a column yet keep their defaults (the record may run ahead of the schema).
    return OfficeProfile(**{name: getattr(row, name) for name in _FIELDS if hasattr(row, name)})


def office_clock(session: Session, now: datetime | None = None) -> OfficeClock:
    """The office's clock at `now` (default: this moment); the default zone before a profile exists."""
    row = session.get(OfficeProfileRow, 1)
    return OfficeClock.at(row.timezone if row is not None else DEFAULT_TZ, now)


def load_office_context(session: Session, now: datetime | None = None) -> OfficeContext:
    """Profile and clock together: what `Work.office` builds once per operation."""
    profile = get_office_profile(session)
    return OfficeContext(profile, OfficeClock.at(profile.timezone, now))


def working_weekdays(session: Session) -> tuple[int, ...]:
    row = session.get(OfficeProfileRow, 1)
    text = row.working_weekdays if row is not None else "0,1,2,3,4"
    return tuple(int(part) for part in text.split(",") if part.strip())
