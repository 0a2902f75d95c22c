"""The office profile (one row) as a plain record."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from desk.domain.records import OfficeProfile
from desk.store.errors import NotFound
from desk.store.models import OfficeProfileRow

_FIELDS = tuple(f.name for f in fields(OfficeProfile))


def get_office_profile(session: Session) -> OfficeProfile:
    row = session.get(OfficeProfileRow, 1)
    if row is None:
        raise NotFound("Profil kantor belum diisi.")
    # Fields without a column yet keep their defaults (the record may run ahead of the schema).
    return OfficeProfile(**{name: getattr(row, name) for name in _FIELDS if hasattr(row, name)})


def working_weekdays(session: Session) -> tuple[int, ...]:
    row = session.get(OfficeProfileRow, 1)
    text = row.working_weekdays if row is not None else "0,1,2,3,4"
    return tuple(int(part) for part in text.split(",") if part.strip())
