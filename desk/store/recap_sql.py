"""SQL pieces the recaps group by, written once for SQLite and once for PostgreSQL.

- `offset_minutes(tz, day)`: the office zone's offset from UTC. Indonesia's three zones keep one
  offset all year (no daylight saving since 1964); the closings' office day is counted at it
  (desk.store.recap_days).
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

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from desk.domain.office_time import zone


def offset_minutes(tz: str, day: date) -> int:
    """The office zone's offset from UTC on `day`, in minutes."""
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).astimezone(zone(tz)).utcoffset()
    assert offset is not None
    return int(offset.total_seconds() // 60)


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

