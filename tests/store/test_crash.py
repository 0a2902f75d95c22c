"""Crash test: a writer saving requests is killed with SIGKILL at random moments, round after round.

After every kill the database is reopened and must hold every request whose save
had returned (the writer prints a line after each commit), intact; pass
`PRAGMA integrity_check`; and number each unit's requests of a year 1..n with no
gap and no duplicate, the counter row agreeing. `make test` runs 50 rounds;
DESK_CRASH_ROUNDS=500 runs a longer one, DESK_CRASH_SEED repeats a run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desk.paths import DATABASE_FILE, default_database_url

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("DESK_CRASH_ROUNDS", "50"))
MAX_DELAY_S = 0.3

# The writer: saves request after request through the store, printing each one after its commit.
WRITER = r"""
import sys
from datetime import date, timedelta
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.requests import create_request

url, i = sys.argv[1], int(sys.argv[2])
db = Database(url)
with db.read() as s:
    services = sorted(svc.id for svc in list_services(s))
print("siap", flush=True)
while True:
    nik = make_nik("631104", date(1950, 1, 1) + timedelta(days=i // 9999), "LP"[i % 2], i % 9999 + 1)
    draft = RequestDraft(service_id=services[i % len(services)], name=f"Pemohon {i}", nik=nik,
                         phone=f"0812{i:08d}"[-12:], notes=f"catatan {i} " + "x" * (i % 700),
                         documents_received=(True,) * (i % 3))
    with db.write() as s:
        rec = create_request(s, draft, None)
    print(f"{rec.id}\t{rec.ref_number}\t{i}", flush=True)
    i += 1
"""


@dataclass
class Tally:
    rounds: int = 0
    kills: int = 0
    saves_returned: int = 0
    lost: int = 0
    seconds: float = 0.0
    checked: list[int] = field(default_factory=list)


def expected_nik(i: int) -> str:
    from datetime import date, timedelta

    from desk.domain.nik import make_nik

    return make_nik("631104", date(1950, 1, 1) + timedelta(days=i // 9999), "LP"[i % 2], i % 9999 + 1)


def verify(path: Path, returned: list[tuple[int, str, int]]) -> int:
    """Check the reopened database; returns how many returned saves are missing or altered."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = {
            rid: (ref, name, nik, notes, docs)
            for rid, ref, name, nik, notes, docs in conn.execute(
                "SELECT r.id, r.ref_number, v.name, v.nik, r.notes, "
                "(SELECT count(*) FROM request_documents d WHERE d.request_id = r.id) = "
                "(SELECT count(*) FROM standard_items t WHERE t.version_id = r.standard_version_id "
                "AND t.kind = 'requirement') "
                "FROM service_requests r JOIN visitors v ON v.id = r.visitor_id"
            )
        }
        lost = 0
        for rid, ref, i in returned:
            expected = (ref, f"Pemohon {i}", expected_nik(i), (f"catatan {i} " + "x" * (i % 700)).strip())
            if rid not in rows or rows[rid][:4] != expected or not rows[rid][4]:  # [4]: whole checklist
                lost += 1
        per_scope: dict[tuple[int, int], list[int]] = {}
        for unit, year, seq in conn.execute("SELECT unit_id, year, seq FROM service_requests"):
            per_scope.setdefault((unit, year), []).append(seq)
        counters = {(u, y): last for u, y, last in conn.execute("SELECT unit_id, year, last_seq FROM ref_counters")}
        for scope, seqs in per_scope.items():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"gap or duplicate in {scope}"
            assert counters[scope] == len(seqs), f"counter of {scope} disagrees"
        events = conn.execute(
            "SELECT count(*) FROM service_requests r WHERE NOT EXISTS "
            "(SELECT 1 FROM request_events e WHERE e.request_id = r.id)"
        ).fetchone()[0]
        assert events == 0, "a request without its first event"
        return lost
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_writer_never_loses_a_committed_request(data_dir: Path) -> None:
    seed = int(os.environ.get("DESK_CRASH_SEED", str(random.SystemRandom().randrange(1 << 30))))
    rng = random.Random(seed)
    url = default_database_url(data_dir)
    path = data_dir / DATABASE_FILE
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    tally = Tally()
    every_returned: list[tuple[int, str, int]] = []
    started = time.perf_counter()
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(round_no * 100_000)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        assert proc.stdout is not None and proc.stderr is not None
        ready = proc.stdout.readline()
        assert ready.strip() == "siap", proc.stderr.read()
        # The first save of a fresh process is the slowest (statements are compiled then); on a busy
        # machine it can take longer than the longest delay. Waiting for it makes every kill land among
        # saves, however fast the machine is.
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0, MAX_DELAY_S))
        os.kill(proc.pid, signal.SIGKILL)
        output = first + proc.stdout.read()
        proc.wait()
        errors = proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL, errors
        returned = [
            (int(rid), ref, int(i))
            for rid, ref, i in (line.split("\t") for line in output.split("\n")[:-1])  # the last piece may be cut
        ]
        every_returned.extend(returned)
        tally.rounds += 1
        tally.kills += 1
        tally.saves_returned += len(returned)
        # Everything returned in any earlier round must still be there, not only this round's.
        tally.lost = verify(path, every_returned)
        assert tally.lost == 0, f"round {round_no} (seed {seed}): {tally.lost} committed requests lost"
    tally.seconds = time.perf_counter() - started
    conn = sqlite3.connect(path)
    stored = conn.execute("SELECT count(*) FROM service_requests").fetchone()[0]
    conn.close()
    print(
        f"\ncrash test: seed {seed}, {tally.rounds} rounds, {tally.kills} SIGKILLs, {tally.saves_returned} saves "
        f"returned before a kill, {stored} requests stored, lost {tally.lost}, {tally.seconds:.1f} s"
    )
    assert tally.saves_returned > tally.rounds  # the kills really landed among saves
    assert stored >= tally.saves_returned
