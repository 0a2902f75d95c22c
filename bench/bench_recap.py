"""A year's recap on screen, beside the floor of the same aggregate as one raw SQL query, in the same run.

Run alone: `.venv/bin/python -m bench.bench_recap [--requests 1000000] [--runs 5]` (the dataset is
bench/data/sqlite-<n>/, built once with `desk demo-data` code and shared with the other figures).

- Figure 10, a year's recap on screen: the Rekap area's reload for the last full calendar year of
  the dataset (`recaps.recap`, every table of the recap as GROUP BY queries, then the tables and the
  Qt Charts filled), the whole office. Goal: ≤ 1 s.
- Its floor: the recap's first table (requests of the year by service and status) as one raw SQL
  query on a plain sqlite3 connection over the same index (the office day each request keeps).
Each is the median of `runs` alternating runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import datasets
from desk.domain.recap_period import year_of
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.database import Database
from desk.store.work import office_context

GOAL_MS = 1000.0


def raw_year_query(path: Path, first: str, last: str) -> Callable[[], list[tuple[Any, ...]]]:
    """The floor: requests of the year by service and status, one SQL query, no layers."""
    conn = sqlite3.connect(path)
    sql = ("SELECT service_id, status, COUNT(*) FROM service_requests WHERE received_on BETWEEN ? AND ? "
           "GROUP BY service_id, status")

    def query() -> list[tuple[Any, ...]]:
        return conn.execute(sql, (first, last)).fetchall()

    return query


def _ms(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return (time.perf_counter() - started) * 1000


def measure_db(db: Database, path: Path, runs: int = 5) -> dict[str, float]:
    """Medians (ms) of the area's reload for the last full year, and of the floor, on database `db`."""
    from bench.fig_search import qt_application
    from desk.ui.recaps.area import RecapArea

    qt_application()
    clock = office_context(db).clock
    year = clock.today.year - 1
    period = year_of(year)
    floor = raw_year_query(path, period.first.isoformat(), period.last.isoformat())
    area = RecapArea(db)
    area.kind.setCurrentIndex(area.kind.findData("tahun"))
    area.year.setValue(year)
    area._reload_soon._timer.stop()  # measured by hand below, not by the debounce timer
    area.reload()  # warm-up: the first run pays for imports and the page cache
    assert area.recap is not None and area.recap.period == period, area.message.text()
    counted = sum(n for _s, _st, n in floor())
    assert counted == area.recap.headline.received, (counted, area.recap.headline.received)
    screen, raw = [], []
    for _ in range(max(1, runs)):
        screen.append(_ms(area.reload))
        raw.append(_ms(floor))
    area.deleteLater()
    return {"recap_ms": statistics.median(screen), "floor_ms": statistics.median(raw),
            "recap_min_ms": min(screen), "recap_max_ms": max(screen), "floor_min_ms": min(raw),
            "floor_max_ms": max(raw), "runs": float(len(screen)), "requests_in_year": float(counted),
            "year": float(year)}


def measure(size: int, runs: int = 5, root: Path = datasets.DATA_ROOT,
            log: Callable[[str], None] = print) -> dict[str, float]:
    folder, _built = datasets.sqlite_dataset(size, root, log)
    db = open_database(default_database_url(folder), folder, migrate=True, seed=False)
    try:
        return measure_db(db, folder / DATABASE_FILE, runs)
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    result = measure(args.requests, args.runs)
    ratio = result["recap_ms"] / result["floor_ms"] if result["floor_ms"] else float("nan")
    print(f"year {int(result['year'])}: {int(result['requests_in_year']):,} requests; recap on screen "
          f"{result['recap_ms']:.0f} ms (goal ≤ {GOAL_MS:.0f} ms; {result['recap_min_ms']:.0f}–"
          f"{result['recap_max_ms']:.0f} ms over {args.runs} runs), floor {result['floor_ms']:.1f} ms "
          f"({result['floor_min_ms']:.1f}–{result['floor_max_ms']:.1f}), ×{ratio:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
