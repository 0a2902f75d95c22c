"""Counts of the requests per office day, kept by triggers, so a recap sums days instead of requests.

Revision ID: 2202_recap_days
Revises: 2201_received_on
Create Date: 2026-12-04

A year's recap grouped the year's requests (a third of a million at 1M) in every table, joining each
request's visitor for sex, age, kecamatan and desa: ~2.8 s on an idle machine. Two summary tables
hold the same counts per office day the request was received on:

- `recap_day_counts`: (day, service, unit, status, channel, officer) → how many requests;
- `recap_day_people`: (day, service, unit, sex, age band on that day, kecamatan, desa) → how many.

Absent values are kept as '' (sex, kecamatan, desa) and 0 (officer) so every key is unique. Rows are
kept at zero rather than deleted when their last request leaves (readers skip sums of zero).

Triggers keep them in the writing transaction on both databases, whatever the write path: a request
saved, moved to another status, reopened, corrected (service, officer, channel), deleted or erased;
a visitor's sex, birth date, kecamatan or desa corrected or anonymised. `desk demo-data` suspends the
request trigger for its chunk and adds the chunk's counts with one INSERT ... SELECT ... GROUP BY
(desk.store.recap_days). Here the counts of the requests already stored are made the same way.

Written out rather than imported: a migration keeps the schema of the day it was written.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2202_recap_days"
down_revision: str | Sequence[str] | None = "2201_received_on"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTS, PEOPLE = "recap_day_counts", "recap_day_people"
COUNT_KEY = ("received_on", "service_id", "unit_id", "status", "channel", "received_by")
PEOPLE_KEY = ("received_on", "service_id", "unit_id", "sex", "band", "kecamatan_code", "desa_code")
SQLITE_TRIGGERS = ("recap_days_ai", "recap_days_ad", "recap_days_au_counts", "recap_days_au_people",
                   "recap_days_visitor_au")
PG_TRIGGERS = (("recap_days_request", "service_requests"), ("recap_days_visitor", "visitors"))
PG_FUNCTIONS = ("desk_recap_days_request", "desk_recap_days_visitor")
# (band key, highest age) of IPK III/1, youngest first; under 15 and unknown around them.
BANDS = (("15-19", 19), ("20-29", 29), ("30-44", 44), ("45-54", 54))


def age_sql(sqlite: bool, birth: str, day: str) -> str:
    if sqlite:  # dates are 'YYYY-MM-DD' text: as numbers, their difference / 10000 is the age in whole years
        return f"((CAST(replace({day}, '-', '') AS INTEGER) - CAST(replace({birth}, '-', '') AS INTEGER)) / 10000)"
    return f"CAST(date_part('year', age({day}, {birth})) AS INTEGER)"


def band_sql(sqlite: bool, birth: str, day: str) -> str:
    age = age_sql(sqlite, birth, day)
    whens = " ".join(f"WHEN {age} <= {high} THEN '{key}'" for key, high in BANDS)
    return f"CASE WHEN {birth} IS NULL THEN 'unknown' WHEN {age} < 15 THEN 'lt15' {whens} ELSE '55+' END"


def upsert(table: str, key: Sequence[str]) -> str:
    return f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET n = {table}.n + excluded.n"


def add_counts(row: str, sign: int) -> str:
    """Count request `row` (NEW or OLD) in recap_day_counts with `sign`."""
    return (f"INSERT INTO {COUNTS} ({', '.join(COUNT_KEY)}, n) VALUES ({row}.received_on, {row}.service_id, "
            f"{row}.unit_id, {row}.status, {row}.channel, COALESCE({row}.received_by, 0), {sign}) "
            f"{upsert(COUNTS, COUNT_KEY)};")


def add_people(sqlite: bool, row: str, sign: int) -> str:
    """Count request `row` (NEW or OLD) in recap_day_people with its visitor as stored now, with `sign`."""
    return (f"INSERT INTO {PEOPLE} ({', '.join(PEOPLE_KEY)}, n) SELECT {row}.received_on, {row}.service_id, "
            f"{row}.unit_id, COALESCE(v.sex, ''), {band_sql(sqlite, 'v.birth_date', row + '.received_on')}, "
            f"COALESCE(v.kecamatan_code, ''), COALESCE(v.desa_code, ''), {sign} FROM visitors v "
            f"WHERE v.id = {row}.visitor_id {upsert(PEOPLE, PEOPLE_KEY)};")


def move_visitor(sqlite: bool, row: str, sign: int) -> str:
    """Count every request of visitor `row` (NEW or OLD) with that visitor's values, with `sign`."""
    return (f"INSERT INTO {PEOPLE} ({', '.join(PEOPLE_KEY)}, n) SELECT r.received_on, r.service_id, r.unit_id, "
            f"COALESCE({row}.sex, ''), {band_sql(sqlite, row + '.birth_date', 'r.received_on')}, "
            f"COALESCE({row}.kecamatan_code, ''), COALESCE({row}.desa_code, ''), {sign} * COUNT(*) "
            f"FROM service_requests r WHERE r.visitor_id = {row}.id GROUP BY 1, 2, 3, 4, 5, 6, 7 "
            f"{upsert(PEOPLE, PEOPLE_KEY)};")


def changed(columns: Sequence[str], sqlite: bool) -> str:
    test = "IS NOT" if sqlite else "IS DISTINCT FROM"
    return " OR ".join(f"OLD.{c} {test} NEW.{c}" for c in columns)


COUNTED = ("received_on", "service_id", "unit_id", "status", "channel", "received_by")
PLACED = ("received_on", "service_id", "unit_id", "visitor_id")
DESCRIBED = ("sex", "birth_date", "kecamatan_code", "desa_code")


def fill(sqlite: bool) -> None:
    """The counts of every stored request: one INSERT ... SELECT ... GROUP BY per table."""
    op.execute(f"INSERT INTO {COUNTS} ({', '.join(COUNT_KEY)}, n) SELECT received_on, service_id, unit_id, status, "
               "channel, COALESCE(received_by, 0), COUNT(*) FROM service_requests WHERE true "
               f"GROUP BY 1, 2, 3, 4, 5, 6 {upsert(COUNTS, COUNT_KEY)}")
    op.execute(f"INSERT INTO {PEOPLE} ({', '.join(PEOPLE_KEY)}, n) SELECT r.received_on, r.service_id, r.unit_id, "
               f"COALESCE(v.sex, ''), {band_sql(sqlite, 'v.birth_date', 'r.received_on')}, "
               "COALESCE(v.kecamatan_code, ''), COALESCE(v.desa_code, ''), COUNT(*) "
               "FROM service_requests r JOIN visitors v ON v.id = r.visitor_id WHERE true "
               f"GROUP BY 1, 2, 3, 4, 5, 6, 7 {upsert(PEOPLE, PEOPLE_KEY)}")


def create_sqlite_triggers() -> None:
    op.execute(f"""CREATE TRIGGER recap_days_ai AFTER INSERT ON service_requests BEGIN
        {add_counts('NEW', 1)}
        {add_people(True, 'NEW', 1)}
        END""")
    op.execute(f"""CREATE TRIGGER recap_days_ad AFTER DELETE ON service_requests BEGIN
        {add_counts('OLD', -1)}
        {add_people(True, 'OLD', -1)}
        END""")
    op.execute(f"""CREATE TRIGGER recap_days_au_counts AFTER UPDATE OF {', '.join(COUNTED)} ON service_requests
        WHEN {changed(COUNTED, True)} BEGIN
        {add_counts('OLD', -1)}
        {add_counts('NEW', 1)}
        END""")
    op.execute(f"""CREATE TRIGGER recap_days_au_people AFTER UPDATE OF {', '.join(PLACED)} ON service_requests
        WHEN {changed(PLACED, True)} BEGIN
        {add_people(True, 'OLD', -1)}
        {add_people(True, 'NEW', 1)}
        END""")
    op.execute(f"""CREATE TRIGGER recap_days_visitor_au AFTER UPDATE OF {', '.join(DESCRIBED)} ON visitors
        WHEN {changed(DESCRIBED, True)} BEGIN
        {move_visitor(True, 'OLD', -1)}
        {move_visitor(True, 'NEW', 1)}
        END""")


def create_pg_triggers() -> None:
    op.execute(f"""CREATE OR REPLACE FUNCTION desk_recap_days_request() RETURNS trigger AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            {add_counts('NEW', 1)}
            {add_people(False, 'NEW', 1)}
          ELSIF TG_OP = 'DELETE' THEN
            {add_counts('OLD', -1)}
            {add_people(False, 'OLD', -1)}
          ELSE
            IF {changed(COUNTED, False)} THEN
              {add_counts('OLD', -1)}
              {add_counts('NEW', 1)}
            END IF;
            IF {changed(PLACED, False)} THEN
              {add_people(False, 'OLD', -1)}
              {add_people(False, 'NEW', 1)}
            END IF;
          END IF;
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    op.execute(f"""CREATE TRIGGER recap_days_request AFTER INSERT OR DELETE OR UPDATE OF
        {', '.join(sorted(set(COUNTED) | set(PLACED)))} ON service_requests
        FOR EACH ROW EXECUTE FUNCTION desk_recap_days_request()""")
    op.execute(f"""CREATE OR REPLACE FUNCTION desk_recap_days_visitor() RETURNS trigger AS $$
        BEGIN
          {move_visitor(False, 'OLD', -1)}
          {move_visitor(False, 'NEW', 1)}
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    op.execute(f"""CREATE TRIGGER recap_days_visitor AFTER UPDATE OF {', '.join(DESCRIBED)} ON visitors
        FOR EACH ROW WHEN ({changed(DESCRIBED, False)}) EXECUTE FUNCTION desk_recap_days_visitor()""")


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    drop_all(sqlite)  # a restored backup may be marked older than it is
    def day_columns() -> list[sa.Column[object]]:
        return [sa.Column("received_on", sa.Date(), nullable=False),
                sa.Column("service_id", sa.Integer(), autoincrement=False, nullable=False),
                sa.Column("unit_id", sa.Integer(), autoincrement=False, nullable=False)]

    op.create_table(
        COUNTS, *day_columns(), sa.Column("status", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False), sa.Column("received_by", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*COUNT_KEY, name="pk_recap_day_counts"), sqlite_with_rowid=False)
    op.create_table(
        PEOPLE, *day_columns(), sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("band", sa.String(10), nullable=False), sa.Column("kecamatan_code", sa.String(20), nullable=False),
        sa.Column("desa_code", sa.String(20), nullable=False), sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*PEOPLE_KEY, name="pk_recap_day_people"), sqlite_with_rowid=False)
    fill(sqlite)
    if sqlite:
        create_sqlite_triggers()
    else:
        create_pg_triggers()


def drop_all(sqlite: bool) -> None:
    if sqlite:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, table in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute(f"DROP TABLE IF EXISTS {COUNTS}")
    op.execute(f"DROP TABLE IF EXISTS {PEOPLE}")


def downgrade() -> None:
    drop_all(op.get_bind().dialect.name == "sqlite")
