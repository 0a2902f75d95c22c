"""Counts of the requests per office day (and month), kept by triggers, so a recap sums them.

Revision ID: 2202_recap_days
Revises: 2201_received_on
Create Date: 2026-12-04

A year's recap grouped the year's requests (a third of a million at 1M) in every table, joining each
request's visitor for sex, age, kecamatan and desa, and the flow table read every request received
before the period's end: ~2.8 s on an idle machine. Four tables hold the same counts, each grouped
only by what its recap tables need, so that there are many requests to a row:

- `recap_day_counts`: received on (day), service, unit, status, channel, officer (0: none);
- `recap_day_ages`: received on, service, unit, the visitor's sex and age band on that day;
- `recap_month_places`: the month received in, service, unit, sex, kecamatan, desa (per day there
  are hardly two requests to a row; the recaps count the days of a partial month from the requests);
- `recap_day_visitors`: received on, service, unit, visitor, sex, age band, whether set aside (Ditolak
  or Dibatalkan): the job seekers' table counts distinct people, which no sum of days can give, but
  this is half the year's rows of the join it replaces and needs neither the visitors nor the ages;
- `recap_day_closings`: received on, closed on (the office day of `closed_at`, at the offset kept in
  `recap_day_offset`), service, unit, status, standard version and the day the clock started
  (`due_from`, else the day received), for every closed request.

Absent values are '' (sex, kecamatan, desa) and 0 (officer), so every key is unique. A row whose
last request left stays with n = 0 (readers skip zero sums).

Triggers keep them in the writing transaction on both databases, whatever the write path: a request
saved, moved to another status, reopened, corrected, deleted; a visitor's sex, birth date,
kecamatan or desa corrected or anonymised. `desk demo-data` suspends the insert trigger for its
chunk and adds the chunk with one INSERT ... SELECT ... GROUP BY per table (desk.store.recap_days,
which writes the same statements; this file keeps its own copy, as a migration keeps the schema of
the day it was written). Here the requests already stored are counted the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desk.domain.office_time import DEFAULT_TZ, zone

revision: str = "2202_recap_days"
down_revision: str | Sequence[str] | None = "2201_received_on"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, key columns): the column order of each table.
TABLES = {
    "recap_day_counts": ("received_on", "service_id", "unit_id", "status", "channel", "received_by"),
    "recap_day_ages": ("received_on", "service_id", "unit_id", "sex", "band"),
    "recap_month_places": ("month", "service_id", "unit_id", "sex", "kecamatan_code", "desa_code"),
    "recap_day_closings": ("received_on", "closed_on", "service_id", "unit_id", "status", "standard_version_id",
                           "start_on"),
    "recap_day_visitors": ("received_on", "service_id", "unit_id", "visitor_id", "sex", "band", "set_aside"),
}
OFFSET = "recap_day_offset"
# What each table reads of a request: a change to one of these moves the request's count.
COUNTED = ("received_on", "service_id", "unit_id", "status", "channel", "received_by")
PLACED = ("received_on", "service_id", "unit_id", "visitor_id")
CLOSED = ("received_on", "closed_at", "service_id", "unit_id", "status", "standard_version_id", "due_from")
VISITED = (*PLACED, "status")
DESCRIBED = ("sex", "birth_date", "kecamatan_code", "desa_code")
SQLITE_TRIGGERS = ("recap_days_ai", "recap_days_ad", "recap_days_au_counts", "recap_days_au_people",
                   "recap_days_au_closings", "recap_days_au_visitors", "recap_days_visitor_au")
PG_TRIGGERS = (("recap_days_request", "service_requests"), ("recap_days_visitor", "visitors"))
PG_FUNCTIONS = ("desk_recap_days_request", "desk_recap_days_visitor")
BANDS = (("15-19", 19), ("20-29", 29), ("30-44", 44), ("45-54", 54))  # IPK III/1, youngest first


# --- the SQL (desk/store/recap_days.py writes the same) ---------------------------------------------


def age_sql(sqlite: bool, birth: str, day: str) -> str:
    if sqlite:  # 'YYYY-MM-DD' text: as YYYYMMDD numbers, their difference / 10000 is the age in whole years
        return f"((CAST(replace({day}, '-', '') AS INTEGER) - CAST(replace({birth}, '-', '') AS INTEGER)) / 10000)"
    return f"CAST(date_part('year', age({day}, {birth})) AS INTEGER)"


def band_sql(sqlite: bool, birth: str, day: str) -> str:
    age = age_sql(sqlite, birth, day)
    whens = " ".join(f"WHEN {age} <= {high} THEN '{key}'" for key, high in BANDS)
    return f"CASE WHEN {birth} IS NULL THEN 'unknown' WHEN {age} < 15 THEN 'lt15' {whens} ELSE '55+' END"


def month_sql(sqlite: bool, day: str) -> str:
    return f"date({day}, 'start of month')" if sqlite else f"CAST(date_trunc('month', {day}) AS DATE)"


def closed_on_sql(sqlite: bool, moment: str) -> str:
    minutes = f"(SELECT minutes FROM {OFFSET})"
    if sqlite:
        return f"date({moment}, printf('%+d minutes', {minutes}))"
    return f"CAST({moment} + make_interval(mins => {minutes}) AS DATE)"


def values_sql(sqlite: bool, table: str, r: str, v: str) -> list[str]:
    """The key of request `r` (with its visitor `v`) in `table`, as SQL expressions."""
    if table == "recap_day_counts":
        return [f"{r}.received_on", f"{r}.service_id", f"{r}.unit_id", f"{r}.status", f"{r}.channel",
                f"COALESCE({r}.received_by, 0)"]
    if table == "recap_day_ages":
        return [f"{r}.received_on", f"{r}.service_id", f"{r}.unit_id", f"COALESCE({v}.sex, '')",
                band_sql(sqlite, f"{v}.birth_date", f"{r}.received_on")]
    if table == "recap_month_places":
        return [month_sql(sqlite, f"{r}.received_on"), f"{r}.service_id", f"{r}.unit_id", f"COALESCE({v}.sex, '')",
                f"COALESCE({v}.kecamatan_code, '')", f"COALESCE({v}.desa_code, '')"]
    if table == "recap_day_visitors":  # set aside: Ditolak or Dibatalkan
        return [f"{r}.received_on", f"{r}.service_id", f"{r}.unit_id", f"{r}.visitor_id", f"COALESCE({v}.sex, '')",
                band_sql(sqlite, f"{v}.birth_date", f"{r}.received_on"),
                f"CASE WHEN {r}.status IN ('ditolak', 'dibatalkan') THEN 1 ELSE 0 END"]
    return [f"{r}.received_on", closed_on_sql(sqlite, f"{r}.closed_at"), f"{r}.service_id", f"{r}.unit_id",
            f"{r}.status", f"{r}.standard_version_id", f"COALESCE({r}.due_from, {r}.received_on)"]


def count_sql(sqlite: bool, table: str, source: str, where: str, r: str = "r", v: str = "v",
              n: str = "COUNT(*)") -> str:
    """INSERT ... SELECT the counts of the requests `source` / `where` into `table`, adding to what is there."""
    key = TABLES[table]
    if table == "recap_day_closings":
        where = f"({where}) AND {r}.closed_at IS NOT NULL"
    groups = ", ".join(str(i) for i in range(1, len(key) + 1))
    return (f"INSERT INTO {table} ({', '.join(key)}, n) SELECT {', '.join(values_sql(sqlite, table, r, v))}, {n} "
            f"FROM {source} WHERE {where} GROUP BY {groups} "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET n = {table}.n + excluded.n;")


def row_sql(sqlite: bool, table: str, row: str, sign: int) -> str:
    """Count the trigger's request `row` (NEW or OLD) in `table` with `sign`, with its visitor as stored now."""
    if table in ("recap_day_counts", "recap_day_closings"):
        return count_sql(sqlite, table, "(SELECT 1) AS one", "true", r=row, n=str(sign))
    return count_sql(sqlite, table, "visitors v", f"v.id = {row}.visitor_id", r=row, n=str(sign))


def visitor_sql(sqlite: bool, table: str, row: str, sign: int) -> str:
    """Count every request of the trigger's visitor `row` (NEW or OLD) in `table` with that visitor's values."""
    return count_sql(sqlite, table, "service_requests r", f"r.visitor_id = {row}.id", v=row, n=f"{sign} * COUNT(*)")


def changed(sqlite: bool, columns: Sequence[str]) -> str:
    test = "IS NOT" if sqlite else "IS DISTINCT FROM"
    return " OR ".join(f"OLD.{c} {test} NEW.{c}" for c in columns)


PEOPLE = ("recap_day_ages", "recap_month_places", "recap_day_visitors")  # what a visitor's details move
PLACES = ("recap_day_ages", "recap_month_places")  # what a request's day, service, unit and visitor move


def moved(sqlite: bool, tables: Sequence[str]) -> str:
    return "\n".join(row_sql(sqlite, t, "OLD", -1) + "\n" + row_sql(sqlite, t, "NEW", 1) for t in tables)


def create_sqlite_triggers() -> None:
    every = tuple(TABLES)
    op.execute("CREATE TRIGGER recap_days_ai AFTER INSERT ON service_requests BEGIN\n"
               + "\n".join(row_sql(True, t, "NEW", 1) for t in every) + "\nEND")
    op.execute("CREATE TRIGGER recap_days_ad AFTER DELETE ON service_requests BEGIN\n"
               + "\n".join(row_sql(True, t, "OLD", -1) for t in every) + "\nEND")
    for name, columns, tables in (("recap_days_au_counts", COUNTED, ("recap_day_counts",)),
                                  ("recap_days_au_people", PLACED, PLACES),
                                  ("recap_days_au_closings", CLOSED, ("recap_day_closings",)),
                                  ("recap_days_au_visitors", VISITED, ("recap_day_visitors",))):
        op.execute(f"CREATE TRIGGER {name} AFTER UPDATE OF {', '.join(columns)} ON service_requests "
                   f"WHEN {changed(True, columns)} BEGIN\n{moved(True, tables)}\nEND")
    op.execute(f"CREATE TRIGGER recap_days_visitor_au AFTER UPDATE OF {', '.join(DESCRIBED)} ON visitors "
               f"WHEN {changed(True, DESCRIBED)} BEGIN\n"
               + "\n".join(visitor_sql(True, t, "OLD", -1) + "\n" + visitor_sql(True, t, "NEW", 1) for t in PEOPLE)
               + "\nEND")


def create_pg_triggers() -> None:
    every = tuple(TABLES)
    op.execute(f"""CREATE OR REPLACE FUNCTION desk_recap_days_request() RETURNS trigger AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            {" ".join(row_sql(False, t, "NEW", 1) for t in every)}
          ELSIF TG_OP = 'DELETE' THEN
            {" ".join(row_sql(False, t, "OLD", -1) for t in every)}
          ELSE
            IF {changed(False, COUNTED)} THEN {moved(False, ("recap_day_counts",))} END IF;
            IF {changed(False, PLACED)} THEN {moved(False, PLACES)} END IF;
            IF {changed(False, CLOSED)} THEN {moved(False, ("recap_day_closings",))} END IF;
            IF {changed(False, VISITED)} THEN {moved(False, ("recap_day_visitors",))} END IF;
          END IF;
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    op.execute(f"""CREATE TRIGGER recap_days_request AFTER INSERT OR DELETE OR UPDATE OF
        {', '.join(sorted(set(COUNTED) | set(PLACED) | set(CLOSED)))} ON service_requests
        FOR EACH ROW EXECUTE FUNCTION desk_recap_days_request()""")
    op.execute(f"""CREATE OR REPLACE FUNCTION desk_recap_days_visitor() RETURNS trigger AS $$
        BEGIN
          {" ".join(visitor_sql(False, t, "OLD", -1) + " " + visitor_sql(False, t, "NEW", 1) for t in PEOPLE)}
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    op.execute(f"""CREATE TRIGGER recap_days_visitor AFTER UPDATE OF {', '.join(DESCRIBED)} ON visitors
        FOR EACH ROW WHEN ({changed(False, DESCRIBED)}) EXECUTE FUNCTION desk_recap_days_visitor()""")


# --- the migration --------------------------------------------------------------------------------


def _office_minutes(conn: sa.Connection) -> int:
    name = conn.execute(sa.text("SELECT timezone FROM office_profile ORDER BY id LIMIT 1")).scalar()
    offset = datetime.now(UTC).astimezone(zone(str(name or DEFAULT_TZ))).utcoffset()
    assert offset is not None
    return int(offset.total_seconds() // 60)


def _column(name: str) -> sa.Column[object]:
    if name in ("received_on", "closed_on", "start_on", "month"):
        return sa.Column(name, sa.Date(), nullable=False)
    if name in ("service_id", "unit_id", "received_by", "standard_version_id", "visitor_id", "set_aside"):
        return sa.Column(name, sa.Integer(), autoincrement=False, nullable=False)
    return sa.Column(name, sa.String(20), nullable=False)


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    drop_all(sqlite)  # a restored backup may be marked older than it is
    op.create_table(OFFSET, sa.Column("minutes", sa.Integer(), nullable=False))
    conn.execute(sa.text(f"INSERT INTO {OFFSET} (minutes) VALUES (:m)"), {"m": _office_minutes(conn)})
    for table, key in TABLES.items():
        op.create_table(table, *(_column(c) for c in key), sa.Column("n", sa.Integer(), nullable=False),
                        sa.PrimaryKeyConstraint(*key, name=f"pk_{table}"), sqlite_with_rowid=False)
        source = "service_requests r JOIN visitors v ON v.id = r.visitor_id" if table in PEOPLE else "service_requests r"
        op.execute(count_sql(sqlite, table, source, "true"))
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
    for table in (*TABLES, OFFSET):
        op.execute(f"DROP TABLE IF EXISTS {table}")


def downgrade() -> None:
    drop_all(op.get_bind().dialect.name == "sqlite")
