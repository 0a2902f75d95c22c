"""Several counters at once: 8 processes × 200 saves on PostgreSQL, 4 processes on one SQLite file.

Every process saves through `create_request` as a counter would; the test then
checks that no number was issued twice, none was skipped, no request was lost
and no process met an unhandled error ("database is locked" included).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.paths import default_database_url
from desk.store.database import Database

ROOT = Path(__file__).resolve().parents[2]
SAVES = 200

WORKER = r"""
import json, sys, time
from datetime import date, timedelta
from pathlib import Path
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.requests import create_request

url, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
db = Database(url, Path(sys.argv[4]) if sys.argv[4] else None)  # the counter's data folder: its audit key
with db.read() as s:
    services = sorted(svc.id for svc in list_services(s))
print("siap", flush=True)
sys.stdin.readline()  # all counters start together
saved, slowest = [], 0.0
started = time.perf_counter()
for n in range(count):
    i = worker * 100_000 + n
    nik = make_nik("631104", date(1960, 1, 1) + timedelta(days=i // 9999), "LP"[i % 2], i % 9999 + 1)
    draft = RequestDraft(service_id=services[(worker + n) % len(services)], name=f"Loket {worker} pemohon {n}",
                         nik=nik)
    t0 = time.perf_counter()
    with db.write() as s:
        rec = create_request(s, draft, None)
    slowest = max(slowest, time.perf_counter() - t0)
    saved.append([rec.id, rec.ref_number, i])
print(json.dumps({"saved": saved, "seconds": time.perf_counter() - started, "slowest": slowest}), flush=True)
"""


def run_counters(url: str, processes: int, saves: int, data_dir: Path | None = None
                 ) -> tuple[list[dict[str, object]], float]:
    """`processes` counters saving `saves` requests each; on a server they share `data_dir`'s audit key."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, url, str(w), str(saves), str(data_dir or "")],
                         stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for w in range(processes)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip() == "siap", proc.stderr.read() if proc.stderr else ""
        started = time.perf_counter()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("mulai\n")
            proc.stdin.flush()
        results = []
        for w, proc in enumerate(procs):
            out, err = proc.communicate(timeout=240)
            assert proc.returncode == 0, f"counter {w} failed:\n{err}"
            assert "database is locked" not in err
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results, time.perf_counter() - started
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def check_numbers(db: Database, results: list[dict[str, object]], expected: int) -> None:
    saved = [tuple(row) for r in results for row in r["saved"]]  # type: ignore[attr-defined]
    assert len(saved) == expected
    with db.read() as s:
        rows = {
            rid: (ref, name, unit, year, seq)
            for rid, ref, name, unit, year, seq in s.execute(text(
                "SELECT r.id, r.ref_number, v.name, r.unit_id, r.year, r.seq "
                "FROM service_requests r JOIN visitors v ON v.id = r.visitor_id"
            ))
        }
        counters = {(u, y): last for u, y, last in s.execute(text("SELECT unit_id, year, last_seq FROM ref_counters"))}
    assert len(rows) == expected, "a request too many or too few"
    refs = [ref for ref, *_ in rows.values()]
    assert len(set(refs)) == len(refs), "a reference number issued twice"
    for rid, ref, i in saved:  # every save that returned is there, with its own number
        worker, n = divmod(int(i), 100_000)
        assert rows[int(rid)][:2] == (ref, f"Loket {worker} pemohon {n}")
    per_scope: dict[tuple[int, int], list[int]] = {}
    for _ref, _name, unit, year, seq in rows.values():
        per_scope.setdefault((unit, year), []).append(seq)
    for scope, seqs in per_scope.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"gap or duplicate in {scope}"
        assert counters[scope] == len(seqs)


def report(kind: str, processes: int, results: list[dict[str, object]], seconds: float) -> None:
    total = sum(len(r["saved"]) for r in results)  # type: ignore[arg-type]
    slowest = max(float(r["slowest"]) for r in results)  # type: ignore[arg-type]
    print(f"\nconcurrency {kind}: {processes} processes, {total} saves in {seconds:.1f} s "
          f"({total / seconds:.0f}/s), slowest save {slowest * 1000:.0f} ms, duplicates 0, gaps 0, lost 0")


@pytest.mark.slow
@pytest.mark.postgres
def test_eight_counters_on_postgresql(pg_db: Database) -> None:
    results, seconds = run_counters(pg_db.url, 8, SAVES, pg_db.keys.folder)
    check_numbers(pg_db, results, 8 * SAVES)
    report("PostgreSQL", 8, results, seconds)


@pytest.mark.slow
def test_four_processes_on_one_sqlite_file(db: Database, data_dir: Path) -> None:
    results, seconds = run_counters(default_database_url(data_dir), 4, SAVES)
    check_numbers(db, results, 4 * SAVES)
    report("SQLite", 4, results, seconds)


STARTER = r"""
import sys
from desk.safety.opening import open_database
sys.stdin.readline()
open_database(sys.argv[1]).dispose()
print("terbuka", flush=True)
"""


@pytest.mark.postgres
def test_counters_starting_together_on_a_new_server_database_set_it_up_once(pg_server: object) -> None:
    name = f"desk_baru_{os.getpid()}"
    url = pg_server.create_database(name)  # type: ignore[attr-defined]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", STARTER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(4)]
    try:
        for proc in procs:  # all four are ready, then start at once
            assert proc.stdin is not None
            proc.stdin.write("\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0 and out.strip() == "terbuka", err
        db = Database(url)
        try:
            with db.read() as s:
                assert s.scalar(text("SELECT count(*) FROM units")) == 4
                assert s.scalar(text("SELECT count(*) FROM office_profile")) == 1
                heads = set(s.scalars(text("SELECT version_num FROM alembic_version")))
        finally:
            db.dispose()
        from desk.store.migrations import head_revisions

        assert heads == set(head_revisions())
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
        pg_server.drop_database(name)  # type: ignore[attr-defined]
