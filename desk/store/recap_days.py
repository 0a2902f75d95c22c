"""The requests' counts per office day (migration 2202_recap_days), added in bulk for `desk demo-data`.

Triggers keep `recap_day_counts` and `recap_day_people` in every writing transaction. A bulk load of
a chunk of new requests would pay for one trigger call per row; instead it suspends the request
trigger for its inserts (SQLite: dropped and re-created from its own schema text before the
transaction commits, so no other writer sees the table without it; PostgreSQL: disabled and enabled
again) and adds the chunk's counts with one INSERT ... SELECT ... GROUP BY per table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal_column, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desk.store.models import RecapDayCount, RecapDayPeople, ServiceRequest, Visitor
from desk.store.recap_sql import band_of, whole_years

SQLITE_INSERT_TRIGGER = "recap_days_ai"
PG_REQUEST_TRIGGER = "recap_days_request"

R = ServiceRequest


def suspend_trigger(session: Session) -> str | None:
    """Stop counting inserted requests one by one in this transaction; what `add_requests` needs to put
    it back, or None when there is no such trigger (a schema before 2202: nothing to count)."""
    if session.get_bind().dialect.name == "sqlite":
        create = session.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
                                {"name": SQLITE_INSERT_TRIGGER})
        if not create:
            return None
        session.execute(text(f"DROP TRIGGER {SQLITE_INSERT_TRIGGER}"))
        return str(create)
    if session.scalar(text("SELECT count(*) FROM pg_trigger WHERE tgname = :name AND NOT tgisinternal"),
                      {"name": PG_REQUEST_TRIGGER}):
        session.execute(text(f"ALTER TABLE service_requests DISABLE TRIGGER {PG_REQUEST_TRIGGER}"))
        return PG_REQUEST_TRIGGER
    return None


def add_requests(session: Session, suspended: str | None, first_id: int, last_id: int) -> None:
    """Count requests first_id..last_id (inserted while the trigger was suspended) and put the trigger back."""
    if suspended is None:
        return
    if last_id >= first_id:
        in_range = R.id.between(first_id, last_id)
        # Constants written into the SQL: PostgreSQL matches a grouped expression to the selected one by its
        # text, and two bound parameters are two different expressions to it.
        none, blank = literal_column("0"), literal_column("''")
        counted = (R.received_on, R.service_id, R.unit_id, R.status, R.channel, func.coalesce(R.received_by, none))
        _add(session, RecapDayCount, select(*counted, func.count()).where(in_range).group_by(*counted))
        band = band_of(whole_years(Visitor.birth_date, R.received_on), Visitor.birth_date.is_not(None))
        keys = (R.received_on, R.service_id, R.unit_id, func.coalesce(Visitor.sex, blank), band,
                func.coalesce(Visitor.kecamatan_code, blank), func.coalesce(Visitor.desa_code, blank))
        _add(session, RecapDayPeople, select(*keys, func.count()).select_from(R)
             .join(Visitor, Visitor.id == R.visitor_id).where(in_range).group_by(*keys))
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(suspended))
    else:
        session.execute(text(f"ALTER TABLE service_requests ENABLE TRIGGER {PG_REQUEST_TRIGGER}"))


def _add(session: Session, model: Any, grouped: Any) -> None:
    """INSERT the grouped counts into `model`'s table, adding to the counts already there."""
    table = model.__table__
    columns = [c.name for c in table.columns]
    key = [c.name for c in table.primary_key.columns]
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    statement = dialect.insert(table).from_select(columns, grouped)
    session.execute(statement.on_conflict_do_update(index_elements=key,
                                                    set_={"n": table.c.n + statement.excluded.n}))
