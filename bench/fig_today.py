"""Figure 9: the Hari ini area's refresh, and the register's xlsx export, each beside a floor from the same run.

Run alone: `.venv/bin/python -m bench.fig_today [--size 10000] [--export-rows 10000]` (datasets under
bench/data/ are built on first use and reused, as for `make bench`).

- 9a, Hari ini refresh: `desk.store.today.today_view` (what the area runs on every change it shows)
  against the floor of the same aggregates as raw SQL on a plain sqlite3 connection: today's
  requests by unit and service, due today, overdue, closed today by status, the next three forums,
  and the SKM sums and population of the running semester. The two must give the same numbers.
  Goal: ≤ 100 ms at 1M requests. Median of `runs` alternating runs after one warm-up each.
- 9b, xlsx export: `desk.store.register_export.export_register` into an .xlsx through
  desk.formats.register_file (openpyxl write-only, batches of 2,000), the register filtered from
  the day that holds its `rows`-th newest request (a "Dari" date, as an officer would filter: a few
  more rows than `rows`), against a bare openpyxl write-only workbook of the same cells (already in
  memory, no styles; empty text left out, as Desk's writer leaves it out; saved as openpyxl saves, deflated
  at zlib's default level where Desk's writer deflates at the fastest). Goal: ≤ 15 s for 100,000 rows.
  Median of `runs` alternating runs of each (the machine's speed wanders by a tenth from minute to minute).
  Wall time and the CPU time of the process (SQLite runs in it) are both kept: on a shared machine the
  wall time grows with the load, the CPU time far less. Which XML writer openpyxl used (lxml when it is
  installed, as Desk pins it) goes with the figure.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import datasets
from desk.domain.office_time import local_midnight_utc, to_local
from desk.domain.skm import SEMESTER, UNSUR_KEYS, period_of
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.database import Database

TODAY_GOAL_MS = 100.0
EXPORT_GOAL_S = 15.0


def _median_ms(func: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _stamp(moment: datetime) -> str:
    """A UTC moment as SQLite holds Desk's times (naive UTC text)."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_today(path: Path, tz: str) -> Callable[[], dict[str, Any]]:
    """The floor: the area's aggregates as plain SQL queries on one sqlite3 connection."""
    conn = sqlite3.connect(path)

    def query() -> dict[str, Any]:
        today = to_local(datetime.now(UTC), tz).date()
        start, end = _stamp(local_midnight_utc(today, tz)), _stamp(local_midnight_utc(today + timedelta(days=1), tz))
        semester = period_of(today, SEMESTER)
        first = _stamp(local_midnight_utc(semester.first_day, tz))
        last = _stamp(local_midnight_utc(semester.last_day + timedelta(days=1), tz))
        day = today.isoformat()
        sums = ", ".join(f"COALESCE(SUM({k}), 0), COUNT({k})" for k in UNSUR_KEYS)
        return {
            "received": conn.execute(
                "SELECT unit_id, service_id, COUNT(*) FROM service_requests WHERE received_at >= ? AND received_at < ? "
                "GROUP BY unit_id, service_id", (start, end)).fetchall(),
            "due": conn.execute(
                "SELECT COUNT(*) FROM service_requests WHERE status IN ('diterima', 'diproses') AND due_date = ? "
                "AND awaiting_documents = 0", (day,)).fetchone()[0],
            "overdue": conn.execute(
                "SELECT COUNT(*) FROM service_requests WHERE status IN ('diterima', 'diproses') AND due_date < ? "
                "AND awaiting_documents = 0", (day,)).fetchone()[0],
            "closed": conn.execute(
                "SELECT status, COUNT(*) FROM service_requests WHERE status IN ('selesai', 'ditolak', 'dibatalkan') "
                "AND closed_at >= ? AND closed_at < ? GROUP BY status", (start, end)).fetchall(),
            "forums": conn.execute(
                "SELECT f.id, f.title, f.starts_at, f.venue, (SELECT COUNT(*) FROM forum_participants p "
                "WHERE p.forum_id = f.id AND p.invited = 1) FROM forums f WHERE COALESCE(f.ends_at, f.starts_at) >= ? "
                "ORDER BY f.starts_at, f.id LIMIT 3", (start,)).fetchall(),
            "survey": conn.execute(
                f"SELECT COUNT(*), {sums} FROM survey_responses WHERE surveyed_on >= ? AND surveyed_on <= ?",
                (semester.first_day.isoformat(), semester.last_day.isoformat())).fetchone(),
            "population": conn.execute(
                "SELECT COUNT(*) FROM service_requests WHERE status = 'selesai' AND closed_at >= ? AND closed_at < ?",
                (first, last)).fetchone()[0],
        }

    return query


def today_refresh(db: Database, path: Path, runs: int) -> dict[str, float]:
    """Figure 9a's numbers: the area's operation and its raw-SQL floor (median ms), and what they counted."""
    from desk.store.today import today_view
    from desk.store.work import office_context

    tz = office_context(db).tz
    floor = raw_today(path, tz)
    view, raw = today_view(db), floor()  # warm-up, and the check that both count the same
    counted = (view.received, view.due_today, view.overdue, view.closed)
    assert counted == (sum(n for *_k, n in raw["received"]), raw["due"], raw["overdue"],
                       sum(n for _s, n in raw["closed"])), (counted, raw)
    assert view.survey is None or view.survey.population == raw["population"]
    store_ms, floor_ms = [], []
    for _ in range(max(1, runs)):
        store_ms.append(_median_ms(lambda: today_view(db), 1))
        floor_ms.append(_median_ms(floor, 1))
    return {"ms": statistics.median(store_ms), "floor_ms": statistics.median(floor_ms), "received": view.received,
            "due": view.due_today, "overdue": view.overdue, "closed": view.closed,
            "population": view.survey.population if view.survey else 0}


def export_filter(db: Database, rows: int) -> Any:
    """A register filter as the officer would set it ("Dari" a day) matching at least `rows` requests:
    from the day the `rows`-th newest request was received."""
    from desk.domain.office_time import to_local
    from desk.store.requests import RegisterFilter, register_setup, register_slice, request_detail

    setup = register_setup(db)
    ids = register_slice(db, RegisterFilter(), setup.today, limit=rows, rows=0).ids
    received = request_detail(db, ids[-1]).record.received_at
    return RegisterFilter(date_from=to_local(received, setup.tz).date())


def xlsx_export(db: Database, rows: int, runs: int = 3) -> dict[str, float]:
    """Figure 9b's numbers: the export of about `rows` requests to xlsx and a bare openpyxl write of the same
    cells, each as wall and CPU seconds (medians of `runs` alternating runs, and the lowest and highest)."""
    import openpyxl
    from openpyxl import Workbook

    from desk.formats.register_file import SHEET_TITLE, cells, open_export
    from desk.store.register_export import export_register

    filters = export_filter(db, rows)
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-export-"))
    target = folder / "register.xlsx"
    kept: list[tuple[object, ...]] = []  # the same cells in memory for the floor (not timed)
    done = export_register(db, filters, lambda lines: kept.extend(
        tuple(None if value == "" else value for value in cells(line)) for line in lines), file_name="-",
        file_format="xlsx")
    assert len(kept) == done.value.rows

    def desk() -> None:
        with open_export(target) as out:
            exported = export_register(db, filters, out.write, file_name=target.name, file_format=out.kind)
        assert exported.value.rows == len(kept)

    def bare() -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(SHEET_TITLE)
        for row in kept:
            sheet.append(row)
        book.save(folder / "bare.xlsx")

    def timed(func: Callable[[], None]) -> tuple[float, float]:
        started, cpu = time.perf_counter(), time.process_time()
        func()
        return time.perf_counter() - started, time.process_time() - cpu

    desk_runs, bare_runs = [], []
    for _ in range(max(1, runs)):
        desk_runs.append(timed(desk))
        bare_runs.append(timed(bare))
    size = target.stat().st_size
    for made in folder.iterdir():
        made.unlink()
    folder.rmdir()
    walls, floor_walls = [w for w, _c in desk_runs], [w for w, _c in bare_runs]
    return {"s": statistics.median(walls), "floor_s": statistics.median(floor_walls),
            "cpu_s": statistics.median(c for _w, c in desk_runs),
            "floor_cpu_s": statistics.median(c for _w, c in bare_runs),
            "min_s": min(walls), "max_s": max(walls), "floor_min_s": min(floor_walls),
            "floor_max_s": max(floor_walls), "runs": float(len(walls)),
            "rows": done.value.rows, "bytes": size, "lxml": 1.0 if openpyxl.LXML else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fig_today", description=__doc__)
    parser.add_argument("--size", type=int, default=10_000, help="requests in the dataset")
    parser.add_argument("--export-rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of 9a (9b: 3)")
    parser.add_argument("--data", type=Path, default=datasets.DATA_ROOT)
    args = parser.parse_args(argv)
    folder, _built = datasets.sqlite_dataset(args.size, args.data)
    db = open_database(default_database_url(folder), folder, migrate=True, seed=False)
    try:
        today = today_refresh(db, folder / DATABASE_FILE, args.runs)
        print(f"9a Hari ini refresh ({datasets.label(args.size)}): {today['ms']:.1f} ms; floor {today['floor_ms']:.1f} ms "
              f"(received {today['received']}, due {today['due']}, overdue {today['overdue']}, closed {today['closed']})")
        export = xlsx_export(db, min(args.export_rows, args.size))
        print(f"9b xlsx export of {export['rows']:,} rows: {export['s']:.2f} s ({export['min_s']:.2f}–"
              f"{export['max_s']:.2f}; CPU {export['cpu_s']:.2f} s); bare openpyxl {export['floor_s']:.2f} s "
              f"({export['floor_min_s']:.2f}–{export['floor_max_s']:.2f}; CPU {export['floor_cpu_s']:.2f} s); "
              f"{export['bytes'] / 1e6:.1f} MB, XML through {'lxml' if export['lxml'] else 'et_xmlfile'}")
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
