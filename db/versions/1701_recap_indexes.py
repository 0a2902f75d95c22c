"""Recap indexes: the requests received in a period, grouped by service, status, unit, channel and officer.

Revision ID: 1701_recap_indexes
Revises: 1801_complaints
Create Date: 2026-12-03

One covering index on (received_at, service_id, status, unit_id, channel, received_by): the recap's
GROUP BY queries over a period read it alone, without visiting the table's rows.

The recap's age bands read `visitors.birth_date`, which intake now fills from the NIK; visitors saved
before that get theirs from their NIK here (the century that gives an age of 0..120 on the day the
visitor was first recorded), in batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "1701_recap_indexes"
down_revision: str | Sequence[str] | None = "1901_region_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["received_at", "service_id", "status", "unit_id", "channel", "received_by"]


BATCH = 5000


def upgrade() -> None:
    # A database made from today's models already has it (a restored backup may run this again).
    op.create_index("ix_service_requests_recap", "service_requests", COLUMNS, if_not_exists=True)
    visitors = sa.table("visitors", sa.column("id", sa.Integer), sa.column("nik", sa.String),
                        sa.column("birth_date", sa.Date), sa.column("created_at", sa.DateTime))
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.select(visitors.c.id, visitors.c.nik, visitors.c.created_at)
            .where(visitors.c.id > last, visitors.c.nik.is_not(None), visitors.c.birth_date.is_(None))
            .order_by(visitors.c.id).limit(BATCH)).all()
        if not rows:
            break
        last = rows[-1].id
        found = [{"vid": vid, "born": born} for vid, nik, created in rows
                 if (born := birth_date_from_nik(nik, _day(created))) is not None]
        if found:
            conn.execute(visitors.update().where(visitors.c.id == sa.bindparam("vid"))
                         .values(birth_date=sa.bindparam("born")), found)


def birth_date_from_nik(nik: str, today: date) -> date | None:
    """DDMMYY at positions 7-12 (day + 40 for women), the century giving an age of 0..120 on `today`.

    Written out here rather than imported: a migration keeps the rule of the day it was written.
    """
    if len(nik) != 16 or not nik.isdigit():
        return None
    day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    day -= 40 if day > 40 else 0
    year = today.year - (today.year - year2) % 100
    while year >= today.year - 120:
        try:
            born = date(year, month, day)
        except ValueError:
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            year -= 100
            continue
        if born <= today:
            return born
        year -= 100
    return None


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value[:10]:
        return date.fromisoformat(value[:10])
    return date.today()


def downgrade() -> None:
    op.drop_index("ix_service_requests_recap", table_name="service_requests", if_exists=True)
