"""`desk export register`: the filtered register to xlsx or CSV from the command line, masked unless an admin reveals."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.cli import main
from desk.store import access
from desk.store.database import Database
from tests.conftest import saved_walk_in
from tests.factories import PASSWORD, user_with_role
from tests.ui.helpers import draft

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_register_by_service_status_and_dates(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path, db: Database,
    tmp_path: Path,
) -> None:
    nik = draft(db, "x", "631104", 1).nik
    siti = saved_walk_in(db, "Siti Aminah", "P1", now=NOW, nik=nik, phone="081234567890")
    saved_walk_in(db, "Budi Santoso", "K3", now=NOW)
    saved_walk_in(db, "Rina Wati", "P1", now=datetime(2026, 10, 1, 2, tzinfo=UTC))
    user_with_role(db, access.ADMIN, "Nurul Admin", username="nurul")
    base = ("--data-dir", str(data_dir), "export", "register")

    out_file = tmp_path / "p1.xlsx"
    code, out, err = desk(capsys, *base, "--service", "p1", "--from", "2026-11-01", "--to", "2026-11-30",
                          "--out", str(out_file))
    assert (code, err) == (0, "") and "1 permohonan ditulis" in out and "disamarkan" in out
    rows = list(load_workbook(out_file).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert len(rows) == 2 and rows[1][1] == siti.ref_number and rows[1][7] == "6311********0001"

    code, out, _err = desk(capsys, *base, "--status", "terbuka", "--out", str(tmp_path / "open.csv"))
    lines = list(csv.reader(io.StringIO((tmp_path / "open.csv").read_text("utf-8-sig")), delimiter=";"))
    assert code == 0 and sorted(line[6] for line in lines[1:]) == ["Budi Santoso", "Rina Wati", "Siti Aminah"]

    code, _out, err = desk(capsys, *base, "--reveal", "--out", str(tmp_path / "full.csv"))
    assert code == 1 and "--user" in err and not (tmp_path / "full.csv").exists()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, _err = desk(capsys, *base, "--reveal", "--user", "nurul", "--service", "P1",
                           "--out", str(tmp_path / "full.csv"))
    lines = list(csv.reader(io.StringIO((tmp_path / "full.csv").read_text("utf-8-sig")), delimiter=";"))
    assert code == 0 and "NIK dan nomor HP lengkap" in out
    assert {line[7] for line in lines[1:] if line[6] == "Siti Aminah"} == {nik}

    code, _out, err = desk(capsys, *base, "--out", str(tmp_path / "register.pdf"))
    assert code == 1 and ".xlsx" in err
    code, _out, err = desk(capsys, *base, "--service", "ZZ", "--out", str(tmp_path / "x.xlsx"))
    assert code == 1 and "ZZ" in err and not (tmp_path / "x.xlsx").exists()
