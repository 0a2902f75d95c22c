"""Requests keep the office day they were received on (`received_on`), and the recap index is keyed on it.

Revision ID: 2201_received_on
Revises: 1702_today_indexes
Create Date: 2026-12-03

A recap is over office days, but a request kept only its UTC moment: every recap query shifted every
row's `received_at` into the office's time zone to find its day, month and age on that day, and read
the table's rows for the columns the old index did not hold. A year's recap over a million requests
took seconds. Now the store writes the office day next to the moment when a request is saved, and
one index on (received_on, service_id, status, unit_id, channel, received_by, visitor_id,
standard_version_id, due_from, closed_at) answers every recap query without visiting the table.

The requests already stored get their day here, in the office's time zone (the office profile's, else
Desk's default): on PostgreSQL with its own time-zone conversion, on SQLite through a function that
converts with zoneinfo, one statement each. PostgreSQL then refuses a request without its day (NOT
NULL); SQLite cannot add that to an existing column, so a trigger refuses it instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from desk.domain.office_time import DEFAULT_TZ

revision: str = "2201_received_on"
down_revision: str | Sequence[str] | None = "1702_today_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "service_requests"
INDEX = "ix_service_requests_recap"
# Written out rather than imported: a migration keeps the schema of the day it was written.
NEW_COLUMNS = ["received_on", "service_id", "status", "unit_id", "channel", "received_by", "visitor_id",
               "standard_version_id", "due_from", "closed_at"]
OLD_COLUMNS = ["received_at", "service_id", "status", "unit_id", "channel", "received_by"]
TRIGGER = "service_requests_received_on_ai"


def _office_tz(conn: sa.Connection) -> str:
    name = conn.execute(sa.text("SELECT timezone FROM office_profile ORDER BY id LIMIT 1")).scalar()
    return str(name or DEFAULT_TZ)


def _columns(conn: sa.Connection) -> set[str]:
    return {column["name"] for column in sa.inspect(conn).get_columns(TABLE)}


def _indexes(conn: sa.Connection) -> set[str]:
    return {index["name"] for index in sa.inspect(conn).get_indexes(TABLE)}


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if "received_on" not in _columns(conn):  # a restored backup may be marked older than it is
        op.add_column(TABLE, sa.Column("received_on", sa.Date(), nullable=True))
    tz = _office_tz(conn)
    if sqlite:
        zone = ZoneInfo(tz)

        @lru_cache(maxsize=65536)
        def local_day(minute: str) -> str:
            return datetime.fromisoformat(minute).replace(tzinfo=UTC).astimezone(zone).date().isoformat()

        def day_of(moment: str | None) -> str | None:
            # "YYYY-MM-DD HH:MM:SS.ffffff" as SQLAlchemy writes it; every zone's offset is whole minutes, so
            # the minute decides the day (and many requests share one: the conversion is cached).
            return None if moment is None else local_day(moment[:16])

        conn.connection.driver_connection.create_function(  # type: ignore[union-attr]
            "desk_received_on", 1, day_of, deterministic=True)
        op.execute(f"UPDATE {TABLE} SET received_on = desk_received_on(received_at) WHERE received_on IS NULL")
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
        op.execute(f"""
            CREATE TRIGGER {TRIGGER} BEFORE INSERT ON {TABLE}
            WHEN NEW.received_on IS NULL
            BEGIN SELECT RAISE(ABORT, '{TABLE}: received_on is required'); END""")
    else:
        conn.execute(sa.text(f"UPDATE {TABLE} SET received_on = CAST(timezone(:tz, timezone('UTC', received_at)) "
                             "AS DATE) WHERE received_on IS NULL"), {"tz": tz})
        op.alter_column(TABLE, "received_on", existing_type=sa.Date(), nullable=False)
    if INDEX in _indexes(conn):
        op.drop_index(INDEX, table_name=TABLE)
    op.create_index(INDEX, TABLE, NEW_COLUMNS)


def downgrade() -> None:
    conn = op.get_bind()
    if INDEX in _indexes(conn):
        op.drop_index(INDEX, table_name=TABLE)
    op.create_index(INDEX, TABLE, OLD_COLUMNS)
    if conn.dialect.name == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
        op.execute(f"ALTER TABLE {TABLE} DROP COLUMN received_on")
    else:
        op.drop_column(TABLE, "received_on")
