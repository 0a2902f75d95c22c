"""`desk demo-data --complaints N`, `desk complaints list` and `desk complaints export`, without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desk.cli import main
from desk.domain.complaints import ComplaintDraft
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store import complaints
from desk.store.complaint_recap import register_lines
from desk.store.database import Database
from desk.store.models import AuditEntry
from tests.complaint_samples import MONDAY, siti


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def lines_of(folder: Path) -> list[tuple[object, ...]]:
    db = open_database(default_database_url(folder), folder)
    try:
        return [(line.number, line.received_on, line.received_time, line.kind, line.channel, line.subject,
                 line.status, line.complainant) for line in register_lines(db)]
    finally:
        db.dispose()


def test_demo_complaints_are_the_same_for_the_same_seed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    made = []
    for name in ("satu", "dua", "tiga"):
        seed = "5" if name != "tiga" else "6"
        code, out, _err = desk(capsys, "--data-dir", str(tmp_path / name), "demo-data", "--requests", "30",
                               "--complaints", "40", "--seed", seed, "--years", "1")
        assert code == 0 and "Ditambahkan 40 pengaduan" in out
        made.append(lines_of(tmp_path / name))
    assert made[0] == made[1] and made[0] != made[2]
    numbers = [number for number, *_ in made[0]]
    assert len(set(numbers)) == 40
    kinds = {kind for _n, _d, _t, kind, *_ in made[0]}
    assert kinds <= {"Pengaduan", "Aspirasi/saran", "Permintaan informasi"} and len(kinds) >= 2
    code, _out, err = desk(capsys, "--data-dir", str(tmp_path / "satu"), "demo-data", "--requests", "0",
                           "--complaints", "-1")
    assert code == 1 and "tidak boleh negatif" in err


def test_list_and_export_mask_the_complainant_and_write_formulas_as_text(
        capsys: pytest.CaptureFixture[str], data_dir: Path, db: Database, tmp_path: Path) -> None:
    complaints.record_complaint(db, siti(subject="=HYPERLINK(\"http://contoh.id\",\"klik\")"), now=MONDAY)
    complaints.record_complaint(db, ComplaintDraft(kind="aspirasi", channel="kotak_saran", anonymous=True,
                                                   subject="Tambah kursi", description="Ruang tunggu penuh."),
                                now=MONDAY)
    code, out, _err = desk(capsys, "--data-dir", str(data_dir), "complaints", "list", "--period", "2026-11")
    assert code == 0
    assert "0001/PGD/DKUKMTK/XI/2026" in out and "S*** R*****" in out and "Anonim" in out
    assert "Siti" not in out and "2 pengaduan (November 2026)." in out

    target = tmp_path / "pengaduan-2026-11.xlsx"
    code, out, _err = desk(capsys, "--data-dir", str(data_dir), "complaints", "export", "--period", "2026-11",
                           "--out", str(target))
    assert code == 0 and "2 pengaduan (November 2026) ditulis" in out
    book = load_workbook(target)
    register = book["Register pengaduan"]
    rows = list(register.iter_rows(values_only=True))
    assert rows[0][0] == "Nomor" and len(rows) == 3
    formula = register.cell(row=2, column=8)
    assert formula.value == "=HYPERLINK(\"http://contoh.id\",\"klik\")" and formula.data_type == "s"
    assert register.cell(row=2, column=7).value == "S*** R*****"
    recap = [tuple(v for v in row if v is not None) for row in book["Rekap"].iter_rows(values_only=True)]
    assert ("Diterima", 2) in recap and ("Kotak saran", 1, 0, 0, 0, 1) in recap
    with db.read() as s:
        details = s.scalar(select(AuditEntry.details).where(AuditEntry.action == "data.export",
                                                            AuditEntry.entity == "complaint"))
    assert details == {"file": target.name, "period": "2026-11", "complaints": 2}

    code, _out, err = desk(capsys, "--data-dir", str(data_dir), "complaints", "export", "--out",
                           str(tmp_path / "pengaduan.csv"))
    assert code == 1 and ".xlsx" in err
    with pytest.raises(SystemExit):
        desk(capsys, "--data-dir", str(data_dir), "complaints", "list", "--period", "2026-13")
    assert "Bulan periode harus 1 sampai 12" in capsys.readouterr().err
