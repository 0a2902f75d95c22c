"""The requests' counts per office day and month that the recaps sum (migration 2202_recap_days).

Triggers keep the four tables in every writing transaction. Two writes count in bulk instead:

- `desk demo-data`: one trigger call per inserted row would slow a million requests down, so the
  chunk's transaction suspends the insert trigger (SQLite: dropped and re-created from its own schema
  text before the transaction commits, so no other writer sees the table without it; PostgreSQL:
  disabled and enabled again) and adds the chunk with one INSERT ... SELECT ... GROUP BY per table.
- A change of the office's time zone: the closings are counted on the office day of their closing
  moment, so they are counted again at the new offset.

The statements are the migration's (which keeps its own copy, as a migration keeps the schema of the
day it was written).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk.domain.recap_records import AGE_BANDS, AGE_UNKNOWN, UNDER_15
from desk.store.recap_sql import offset_minutes
from desk.store.row_triggers import restore_row_trigger, suspend_row_trigger

TABLES = {
    "recap_day_counts": ("received_on", "service_id", "unit_id", "status", "channel", "received_by"),
    "recap_day_ages": ("received_on", "service_id", "unit_id", "sex", "band"),
    "recap_month_places": ("month", "service_id", "unit_id", "sex", "kecamatan_code", "desa_code"),
    "recap_day_closings": ("received_on", "closed_on", "service_id", "unit_id", "status", "standard_version_id",
                           "start_on"),
    "recap_day_visitors": ("received_on", "service_id", "unit_id", "visitor_id", "sex", "band", "set_aside"),
}
PEOPLE = ("recap_day_ages", "recap_month_places", "recap_day_visitors")
OFFSET = "recap_day_offset"
SQLITE_INSERT_TRIGGER = "recap_days_ai"
PG_REQUEST_TRIGGER = "recap_days_request"


def age_sql(sqlite: bool, birth: str, day: str) -> str:
    if sqlite:  # 'YYYY-MM-DD' text: as YYYYMMDD numbers, their difference / 10000 is the age in whole years
        return f"((CAST(replace({day}, '-', '') AS INTEGER) - CAST(replace({birth}, '-', '') AS INTEGER)) / 10000)"
    return f"CAST(date_part('year', age({day}, {birth})) AS INTEGER)"


def band_sql(sqlite: bool, birth: str, day: str) -> str:
    age = age_sql(sqlite, birth, day)
    whens = " ".join(f"WHEN {age} <= {high} THEN '{key}'" for key, _label, _low, high in AGE_BANDS if high is not None)
    return (f"CASE WHEN {birth} IS NULL THEN '{AGE_UNKNOWN[0]}' WHEN {age} < {AGE_BANDS[0][2]} THEN '{UNDER_15[0]}' "
            f"{whens} ELSE '{AGE_BANDS[-1][0]}' END")


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


def count_sql(sqlite: bool, table: str, where: str) -> str:
    """INSERT ... SELECT the counts of the requests `r` matching `where` into `table`, adding to what is there."""
    key = TABLES[table]
    source = "service_requests r JOIN visitors v ON v.id = r.visitor_id" if table in PEOPLE else "service_requests r"
    if table == "recap_day_closings":
        where = f"({where}) AND r.closed_at IS NOT NULL"
    groups = ", ".join(str(i) for i in range(1, len(key) + 1))
    return (f"INSERT INTO {table} ({', '.join(key)}, n) SELECT {', '.join(values_sql(sqlite, table, 'r', 'v'))}, "
            f"COUNT(*) FROM {source} WHERE {where} GROUP BY {groups} "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET n = {table}.n + excluded.n")


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def suspend_trigger(session: Session) -> str | None:
    """Stop counting inserted requests one by one in this transaction; what `add_requests` needs to put
    it back, or None when there is no such trigger (a schema without the counts)."""
    return suspend_row_trigger(session, SQLITE_INSERT_TRIGGER, PG_REQUEST_TRIGGER)


def add_requests(session: Session, suspended: str | None, first_id: int, last_id: int) -> None:
    """Count requests first_id..last_id (inserted while the trigger was suspended) and put the trigger back."""
    if suspended is None:
        return
    if last_id >= first_id:
        sqlite = _sqlite(session)
        for table in TABLES:
            session.execute(text(count_sql(sqlite, table, "r.id BETWEEN :first AND :last")),
                            {"first": first_id, "last": last_id})
    restore_row_trigger(session, suspended)


def zone_changed(session: Session, tz: str, today: date) -> None:
    """The office moved to time zone `tz`: count every closing again on its office day there."""
    minutes = offset_minutes(tz, today)
    if session.scalar(text(f"SELECT minutes FROM {OFFSET}")) == minutes:
        return
    session.execute(text(f"UPDATE {OFFSET} SET minutes = :m"), {"m": minutes})
    session.execute(text("DELETE FROM recap_day_closings"))
    session.execute(text(count_sql(_sqlite(session), "recap_day_closings", "true")))
