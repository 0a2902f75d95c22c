"""Migration 2201_received_on: requests saved before it get the office day they were received on.

On SQLite and PostgreSQL: a database taken back to the release before the column, with requests
saved on both sides of the office's midnight, upgrades to office days that match the WITA clock; the
recap counts them on those days, the recap index is keyed on the day, and a request without its day
is refused afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from desk.domain.recap_period import month_of, parse_recap_period
from desk.store import migrations, recaps
from desk.store.database import Database
from tests.conftest import saved_walk_in

BEFORE = "1702_today_indexes"

# (UTC moment, the office day in WITA, UTC+8)
MOMENTS = (
    (datetime(2026, 3, 31, 15, 59, tzinfo=UTC), date(2026, 3, 31)),  # 23.59 WITA
    (datetime(2026, 3, 31, 16, 0, tzinfo=UTC), date(2026, 4, 1)),  # 00.00 WITA: the next office day
    (datetime(2026, 4, 1, 1, 30, tzinfo=UTC), date(2026, 4, 1)),  # 09.30 WITA
    (datetime(2025, 12, 31, 16, 30, tzinfo=UTC), date(2026, 1, 1)),  # 00.30 WITA on New Year's day
)


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def migrate(db: Database, how: Callable[[Config, str], None], target: str) -> None:
    cfg = migrations.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        how(cfg, target)


def recap_index_columns(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        found = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("service_requests")}
    return list(found["ix_service_requests_recap"])


def test_stored_requests_get_their_office_day_and_the_recaps_count_them_there(db: Database) -> None:
    ids = {saved_walk_in(db, f"Pemohon {i}", "P1", now=moment).id: day for i, (moment, day) in enumerate(MOMENTS)}
    migrate(db, command.downgrade, BEFORE)
    with db.engine.connect() as conn:
        assert "received_on" not in {c["name"] for c in inspect(conn).get_columns("service_requests")}
    assert recap_index_columns(db)[0] == "received_at"

    migrate(db, command.upgrade, "heads")
    assert migrations.current_revisions(db) == migrations.head_revisions()
    with db.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT id, received_on FROM service_requests")).all())
    assert {rid: date.fromisoformat(str(day)) for rid, day in stored.items()} == ids
    assert recap_index_columns(db)[:2] == ["received_on", "service_id"]
    assert recaps.recap(db, parse_recap_period("2026-03-31")).headline.received == 1
    assert recaps.recap(db, parse_recap_period("2026-04-01")).headline.received == 2
    assert recaps.recap(db, month_of(2026, 1)).headline.received == 1
    assert recaps.recap(db, month_of(2025, 12)).headline.received == 0

    # Afterwards a request without its office day is refused by the schema itself, on both databases.
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO service_requests (ref_number, unit_id, year, seq, service_id, standard_version_id, "
            "visitor_id, received_at, due_date, status, channel, notes) SELECT 'X-1', unit_id, year, 999, "
            "service_id, standard_version_id, visitor_id, received_at, due_date, status, channel, '' "
            "FROM service_requests LIMIT 1"))
