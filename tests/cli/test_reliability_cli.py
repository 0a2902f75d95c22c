"""The command line's error output carries its own Indonesian words only: no driver or log lines."""

from __future__ import annotations

import functools
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import context, main
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database


def test_a_locked_database_gives_one_indonesian_line_and_the_log_keeps_the_rest(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(default_database_url(data_dir), data_dir).dispose()
    # Wait 0.3 s for the lock instead of ten.
    monkeypatch.setattr(context, "open_database", functools.partial(open_database, busy_timeout_ms=300))
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(data_dir / DATABASE_FILE)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\nprint('terkunci', flush=True)\ntime.sleep(60)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "terkunci"
        code = main(["--data-dir", str(data_dir), "users", "add", "rahmat", "--name", "Rahmat Hidayat",
                     "--password-stdin", "--as-system"])
    finally:
        holder.kill()
        holder.wait()
    _out, err = capsys.readouterr()
    assert code != 0
    assert "dikunci" in err
    for english in ("sqlite3", "OperationalError", "[SQL", "sqlalche.me", "Traceback", "write failed",
                    "database is locked", "Logging error"):
        assert english not in err, english
    assert "database problem: locked" in (data_dir / "desk.log").read_text(encoding="utf-8")


def test_a_command_on_another_programs_database_leaves_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / DATABASE_FILE)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = (folder / DATABASE_FILE).read_bytes()
    assert main(["--data-dir", str(folder), "users", "list"]) == 3
    assert "milik program lain" in capsys.readouterr().err
    assert (folder / DATABASE_FILE).read_bytes() == before


def test_desk_check_says_when_the_clock_is_behind_the_records(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from desk.store import clock
    from tests.conftest import saved_walk_in

    db = open_database(default_database_url(data_dir), data_dir)
    saved_walk_in(db, "Siti Aminah")  # recorded at the real time
    db.dispose()
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "[ok] Jam komputer: sesuai dengan catatan terakhir" in capsys.readouterr().out
    monkeypatch.setattr(clock, "utc_now", lambda: datetime(2019, 3, 1, 1, 0, tzinfo=UTC))  # a flat CMOS battery
    assert main(["--data-dir", str(data_dir), "check"]) == 0  # the file is whole
    out = capsys.readouterr().out
    assert "[PERINGATAN] Jam komputer: Jam komputer ini menunjukkan Jumat, 1 Maret 2019 pukul 09.00 WITA" in out
    assert "lebih awal daripada catatan terakhir" in out and "Status     : sehat (" in out
