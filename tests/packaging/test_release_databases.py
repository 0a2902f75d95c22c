"""Every released database opens with today's Desk: migrated (after a safety backup), nothing lost.

tests/fixtures/releases/ keeps one database per released schema (made by
tests/fixtures/make_release_db.py with that release). Each is opened as an office upgrading Desk
would open it, through `desk check`; then every request, visitor, event, print, forum,
participant, account and audit entry it held must still be there unchanged, the audit chain must
verify, and the schema must be today's.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk import __version__
from desk.store.migrations import shipped_heads

ROOT = Path(__file__).resolve().parents[2]
RELEASES = sorted((ROOT / "tests" / "fixtures" / "releases").glob("desk-*.sqlite3.gz"))
DESK = str(Path(sys.executable).with_name("desk"))

# What an upgrade must keep, row for row: the columns that identify and describe each record.
KEPT: dict[str, str] = {
    "service_requests": "id, ref_number, service_id, visitor_id, received_at, due_date, status, notes",
    "visitors": "id",
    "request_events": "id, request_id, at, kind, from_status, to_status, reason",
    "request_documents": "id",
    "print_records": "id, document_kind, record_id, copy_no, at",
    "forums": "id, title, starts_at, venue",
    "forum_participants": "id, forum_id, name, unsur, present",
    "users": "id, username, full_name, role, password_hash, active",
    "holidays": "id",
    "audit_log": "id, at, username, action, entity, entity_id, details, prev_hash, hash",
}


def rows(path: Path) -> dict[str, set[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {table: set(conn.execute(f"SELECT {columns} FROM {table}")) for table, columns in KEPT.items()}
    finally:
        conn.close()


def revisions(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {rev for (rev,) in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()


def test_the_first_release_is_kept() -> None:
    assert "desk-0.1.0.sqlite3.gz" in {p.name for p in RELEASES}


@pytest.mark.parametrize("packed", RELEASES, ids=[p.name.removesuffix(".sqlite3.gz") for p in RELEASES])
def test_released_database_upgrades_keeping_every_record(packed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "desk.sqlite3"
    with gzip.open(packed) as source, database.open("wb") as target:
        shutil.copyfileobj(source, target)
    before, revisions_before = rows(database), revisions(database)
    assert len(before["service_requests"]) >= 200 and len(before["forums"]) >= 2
    assert len(before["forum_participants"]) > 0 and len(before["audit_log"]) > 10
    assert any(row[3] == "admin" for row in before["users"])

    check = subprocess.run([DESK, "--data-dir", str(data), "check"], capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "sehat" in check.stdout

    after = rows(database)
    for table, kept in before.items():
        assert kept <= after[table], f"{table}: {len(kept - after[table])} rows changed or lost"
    assert revisions(database) == set(shipped_heads() or ())
    if revisions_before != revisions(database):
        # A schema change: the safety backup holds the database exactly as the older Desk left it.
        (safety,) = (data / "backups").glob("*-migrasi.sqlite3")
        assert revisions(safety) == revisions_before and rows(safety) == before
        conn = sqlite3.connect(database)
        (stored,) = conn.execute("SELECT value FROM settings WHERE key = 'desk.version'").fetchone()
        conn.close()
        assert __version__ in stored

    verify = subprocess.run([DESK, "--data-dir", str(data), "audit", "verify"], capture_output=True, text=True,
                            timeout=300)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert f"Rantai audit utuh: {len(after['audit_log'])} entri diperiksa" in verify.stdout
