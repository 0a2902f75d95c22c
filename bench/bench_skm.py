"""The SKM index of one year of forms, and the Laporan hasil SKM, each beside a floor from the same run.

Run: `.venv/bin/python -m bench.bench_skm [--responses 50000] [--runs 7]`.

The dataset: a seeded SQLite database with `responses` anonymous forms and 20,000 requests (fewer
for a small run)
answered over one calendar year (`desk demo-data`'s generators, seed 1), built once under
bench/data/skm-<n>/ and reused.

- Figure 8a, the IKM of the year: `survey.scope_result` for the whole office (the sum and count
  of every unsur, the population of completed requests, the exact index) against the floor of
  the same sums and counts as one raw SQL query through sqlite3. Goal: ≤ 200 ms.
- Figure 8b, the report: `survey.report_data` and `render_skm_report` (what the officer waits
  for after pressing Laporan PDF) against a bare ReportLab page holding the same tables (the
  nine unsur and the respondent profile as plain strings in the same font). Goal: ≤ 2 s.
Both take the median of `runs` alternating runs after one warm-up run each.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from bench import datasets
from desk.domain.skm import UNSUR_KEYS, Period
from desk.domain.skm_records import SkmReport
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.database import Database

YEAR = 2025
REQUESTS = 20_000
IKM_GOAL_MS = 200.0
REPORT_GOAL_MS = 2000.0


def dataset(responses: int, root: Path = datasets.DATA_ROOT, log: Callable[[str], None] = print,
            base: Path | None = None) -> Path:
    """The folder of the SKM dataset with `responses` forms in YEAR (built on first use).

    With `base` (a folder of another benchmark dataset) its register is copied and the forms are
    added to it, so the population comes from the same requests and nothing is migrated twice.
    """
    folder = root / (f"skm-{responses}" if base is None else f"skm-{responses}-{base.name}")
    if (folder / ".complete").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DATABASE_FILE).unlink(missing_ok=True)
    end = datetime(YEAR, 12, 31, 8, tzinfo=UTC)
    if base is not None:
        log(f"building the SKM dataset: {responses:,} forms in {YEAR} beside the requests of {base.name}")
        shutil.copy2(base / DATABASE_FILE, folder / DATABASE_FILE)
        db = open_database(default_database_url(folder), folder, migrate=True, seed=False)
    else:
        requests = min(REQUESTS, max(100, responses // 2))  # a small run stays small
        log(f"building the SKM dataset: {responses:,} forms, {requests:,} requests in {YEAR}")
        db = open_database(default_database_url(folder), folder)
    try:
        from desk.store.demo import add_demo_requests
        from desk.store.demo_skm import add_demo_responses

        if base is None:
            add_demo_requests(db, requests, seed=1, years=1.0, end=end)
        add_demo_responses(db, responses, seed=1, years=1.0, end=end)
    finally:
        db.dispose()
    (folder / ".complete").write_text("ok\n", encoding="utf-8")
    return folder


def _median_ms(func: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def raw_ikm_query(path: Path, period: Period) -> Callable[[], tuple[Any, ...]]:
    """The floor: the same sums and counts as one SQL query on a plain sqlite3 connection."""
    columns = ", ".join(f"SUM({k}), COUNT({k})" for k in UNSUR_KEYS)
    sql = f"SELECT COUNT(*), {columns} FROM survey_responses WHERE surveyed_on >= ? AND surveyed_on <= ?"
    conn = sqlite3.connect(path)
    args = (period.first_day.isoformat(), period.last_day.isoformat())

    def query() -> tuple[Any, ...]:
        return tuple(conn.execute(sql, args).fetchone())

    return query


def bare_report(report: SkmReport) -> bytes:
    """The floor: ReportLab's own tables of the same numbers on plain pages, nothing else."""
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

    from desk.documents.fonts import REGULAR, register_fonts
    from desk.documents.pages import get_paper

    register_fonts()
    result = report.main.result
    assert result is not None
    style = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    unsur = [["Kode", "Unsur", "Σ", "Jawaban", "NRR", "Konversi", "Mutu"]]
    unsur += [[r.unsur.code, r.unsur.name, str(r.total), str(r.answered), str(r.nrr_shown), str(r.konversi_shown),
               r.grade] for r in result.unsur]
    story: list[Any] = [Table(unsur, style=style), Spacer(1, 12)]
    for table in report.profile:
        rows = [[table.title, "Jumlah", "%"]] + [[r.label, str(r.count), str(r.share(table.total))] for r in table.rows]
        story += [Table(rows, style=style, repeatRows=1), Spacer(1, 12)]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=get_paper("A4").page_size(), initialFontName=REGULAR).build(story)
    return buffer.getvalue()


def measure(responses: int = 50_000, runs: int = 7, root: Path = datasets.DATA_ROOT,
            log: Callable[[str], None] = print, base: Path | None = None) -> dict[str, float]:
    """Medians (ms) of the IKM and its floor, and of the report and its floor, on the year's dataset."""
    from desk.documents.skm_report import render_skm_report
    from desk.store import survey

    folder = dataset(responses, root, log, base)
    year = Period(YEAR, "tahun")
    db: Database = open_database(default_database_url(folder), folder, migrate=True, seed=False)
    try:
        ikm = lambda: survey.scope_result(db, year)  # noqa: E731
        floor = raw_ikm_query(folder / DATABASE_FILE, year)
        first = ikm()
        assert first.respondents == responses and first.result is not None, first
        assert floor()[0] == responses
        report = lambda: render_skm_report(survey.report_data(db, year), paper="A4")  # noqa: E731
        data = survey.report_data(db, year)
        bare = lambda: bare_report(data)  # noqa: E731
        report()
        bare()
        ikm_ms, floor_ms, report_ms, bare_ms = [], [], [], []
        for _ in range(max(1, runs)):
            ikm_ms.append(_median_ms(ikm, 1))
            floor_ms.append(_median_ms(floor, 1))
            report_ms.append(_median_ms(report, 1))
            bare_ms.append(_median_ms(bare, 1))
    finally:
        db.dispose()
    return {
        "ikm_ms": statistics.median(ikm_ms), "ikm_floor_ms": statistics.median(floor_ms),
        "report_ms": statistics.median(report_ms), "report_floor_ms": statistics.median(bare_ms),
        "responses": float(responses), "konversi": float(first.result.konversi_shown),
        "pages": float(_pages(render_skm_report(data, paper="A4"))),
        "runs": float(len(ikm_ms)), "ikm_min_ms": min(ikm_ms), "ikm_max_ms": max(ikm_ms),
        "report_min_ms": min(report_ms), "report_max_ms": max(report_ms),
    }


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    result = measure(args.responses, args.runs)
    print(f"SKM, {int(result['responses']):,} forms in {YEAR}, median of {args.runs} runs")
    print(f"  IKM of the year (scope_result) : {result['ikm_ms']:8.1f} ms   (goal ≤ {IKM_GOAL_MS:.0f} ms)")
    print(f"  floor (one raw SQL aggregate)  : {result['ikm_floor_ms']:8.1f} ms")
    print(f"  report PDF (data + render)     : {result['report_ms']:8.1f} ms   (goal ≤ {REPORT_GOAL_MS:.0f} ms, "
          f"{int(result['pages'])} pages)")
    print(f"  floor (bare ReportLab tables)  : {result['report_floor_ms']:8.1f} ms")


if __name__ == "__main__":
    main()
