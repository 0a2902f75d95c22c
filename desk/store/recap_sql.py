"""SQL pieces the recaps group by, written once for SQLite and once for PostgreSQL.

- `local_day(column, offset)`: the office's calendar date of a UTC moment. Indonesia's three zones
  keep one offset all year (no daylight saving since 1964), so the date is the UTC moment shifted
  by the offset; the offset is written into the SQL as a number (it comes from zoneinfo, never from
  a user), which also lets PostgreSQL see the same expression in SELECT and GROUP BY.
- `whole_years(birth, day)`: age in whole years on `day`.
- `month_of(day)`: the month (1..12) of a date.
- `unindexed(column)`: the column, marked on SQLite so that its planner does not pick an index for a
  condition on it. A recap reads a period of office days from the recap index alone; without table
  statistics SQLite would rather take an index on (status, ...) or (service_id, ...) that matches
  the condition more exactly, and then read every matching row of every year from the table (four
  to ten times slower for a year over a million requests). The unary `+` is SQLite's documented way
  to say so; PostgreSQL keeps statistics and plans for itself.

Both are ordinary expressions of the dialect, so the grouping stays in the database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, Integer, case
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from desk.domain.office_time import zone
from desk.domain.recap_records import AGE_BANDS, AGE_UNKNOWN, UNDER_15


def offset_minutes(tz: str, day: date) -> int:
    """The office zone's offset from UTC on `day`, in minutes."""
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).astimezone(zone(tz)).utcoffset()
    assert offset is not None
    return int(offset.total_seconds() // 60)


class local_day(FunctionElement[date]):
    """The office's date of a UTC column: ``local_day(ServiceRequest.received_at, 480)``."""

    type = Date()
    name = "local_day"
    inherit_cache = True

    def __init__(self, column: Any, minutes: int) -> None:
        self.minutes = int(minutes)
        super().__init__(column)

    def _gen_cache_key(self, anon_map: Any, bindparams: Any) -> Any:  # the offset is part of the SQL text
        return (*super()._gen_cache_key(anon_map, bindparams), self.minutes)


@compiles(local_day, "sqlite")
def _local_day_sqlite(element: local_day, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"date({column}, '{element.minutes:+d} minutes')"


@compiles(local_day, "postgresql")
def _local_day_pg(element: local_day, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"CAST(({column} + INTERVAL '{element.minutes:d} minutes') AS DATE)"


class whole_years(FunctionElement[int]):
    """Age in whole years of someone born on `birth` on the date `day` (both SQL dates)."""

    type = Integer()
    name = "whole_years"
    inherit_cache = True


@compiles(whole_years, "sqlite")
def _whole_years_sqlite(element: whole_years, compiler: Any, **kw: Any) -> str:
    birth, day = (compiler.process(c, **kw) for c in element.clauses)
    # Dates are 'YYYY-MM-DD' text: as YYYYMMDD numbers their difference divided by 10000 is the age in whole
    # years (replace() is a third cheaper than strftime() over the rows of a year's recap).
    return f"((CAST(replace({day}, '-', '') AS INTEGER) - CAST(replace({birth}, '-', '') AS INTEGER)) / 10000)"


@compiles(whole_years, "postgresql")
def _whole_years_pg(element: whole_years, compiler: Any, **kw: Any) -> str:
    birth, day = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(date_part('year', age({day}, {birth})) AS INTEGER)"


class month_of(FunctionElement[int]):
    """The month number (1..12) of a SQL date."""

    type = Integer()
    name = "month_of"
    inherit_cache = True


@compiles(month_of, "sqlite")
def _month_of_sqlite(element: month_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 6, 2) AS INTEGER)"


@compiles(month_of, "postgresql")
def _month_of_pg(element: month_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(date_part('month', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


class unindexed(FunctionElement[Any]):
    """`column` in a condition SQLite should not answer from an index of its own (see the module's note)."""

    name = "unindexed"
    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


def band_of(age: Any, birth_known: Any) -> Any:
    """The IPK III/1 band key of an age column (computed once, in a subquery), as a SQL CASE."""
    whens = [(~birth_known, AGE_UNKNOWN[0]), (age < AGE_BANDS[0][2], UNDER_15[0])]
    whens += [(age <= high, key) for key, _label, _low, high in AGE_BANDS if high is not None]
    return case(*whens, else_=AGE_BANDS[-1][0])
