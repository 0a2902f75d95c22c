"""`desk skm report|poster|export|template|import` and `desk demo-data --skm`, without Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk.cli import main
from desk.domain.document_kinds import DocumentKind
from desk.domain.skm import parse_period
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store import survey
from desk.store.database import Database
from desk.store.prints import next_copy


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_demo_forms_are_reproducible_and_reported_per_unit(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                           db: Database, tmp_path: Path) -> None:
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "demo-data", "--requests", "400", "--years", "1",
                          "--skm", "600", "--seed", "7")
    assert code == 0, err
    assert "Ditambahkan 600 formulir SKM" in out
    year = parse_period(str(date.today().year - 1))  # a whole year with forms in it
    first = survey.scope_result(db, year)
    assert first.respondents > 0 and first.result is not None

    other = tmp_path / "lain"
    other.mkdir()
    code, out, _err = desk(capsys, "--data-dir", str(other), "demo-data", "--requests", "400", "--years", "1",
                           "--skm", "600", "--seed", "7")
    again = open_database(default_database_url(other), other)
    try:
        second = survey.scope_result(again, year)
    finally:
        again.dispose()
    assert (second.respondents, second.konversi) == (first.respondents, first.konversi)  # same seed, same forms

    pdf = tmp_path / "laporan.pdf"
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "report", "--period", year.code,
                          "--unit", "pnp", "--paper", "f4", "--out", str(pdf))
    assert code == 0, err
    unit = survey.scope_result(db, year, unit_id=survey.scope_of(db, unit_code="PNP")[0])
    assert unit.result is not None
    konversi = str(unit.konversi).replace(".", ",")
    assert f"IKM {konversi} ({unit.grade})" in out and str(pdf) in out
    whole = text_of(pdf)
    assert "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT" in whole and konversi in whole
    # The year is over, but the seeded office profile still has stand-ins: KONSEP until the admin fills them.
    assert "belum berakhir" not in whole and "KONSEP — belum untuk ditandatangani" in whole and "— KONSEP." in out
    assert next_copy(db, DocumentKind.SKM_REPORT, None) == 1  # saved, logged, and the original is not used up

    poster = tmp_path / "poster.pdf"
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "poster", "--period", year.code, "--out",
                          str(poster))
    assert code == 0, err
    assert len(PdfReader(poster).pages) == 1

    sheet = tmp_path / "pengolahan.xlsx"
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "export", "--period", year.code,
                          "--service", "P1", str(sheet))
    assert code == 0, err
    book = load_workbook(sheet, read_only=True)
    assert book.sheetnames == ["Pengolahan", "Ringkasan"]


def test_template_then_import_all_or_nothing(capsys: pytest.CaptureFixture[str], data_dir: Path, db: Database,
                                             tmp_path: Path) -> None:
    template = tmp_path / "templat.xlsx"
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "template", str(template))
    assert code == 0, err
    book = load_workbook(template)
    sheet = book["Formulir SKM"]
    for row, values in enumerate((["03-11-2026", "P1", "L", 30, 3, 4, 3, 3, 2, 4, 3, 3, 3, 3, 3],
                                  ["04-11-2026", "K9", "P", 12, 3, 4, 3, 3, 3, 4, 3, 7, 3, 3, 3]), start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    book.save(template)
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "import", str(template))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "Galat: 3 masalah ditemukan; tidak ada formulir yang diimpor. Perbaiki berkas lalu impor lagi.",
        "Baris 3, kolom B (Kode layanan): Kode layanan K9 tidak dikenal.",
        "Baris 3, kolom D (Umur): Umur harus angka tahun antara 15 dan 99.",
        "Baris 3, kolom L (6. Kompetensi Pelaksana): Jawaban harus 1, 2, 3 atau 4 (atau kosong).",
    ]
    assert survey.scope_result(db, parse_period("2026-11")).respondents == 0
    sheet["B3"], sheet["D3"], sheet["L3"] = "K1", 22, 4
    book.save(template)
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "import", str(template))
    assert code == 0, err
    assert out.strip() == "2 formulir diimpor dari templat.xlsx."
    assert survey.scope_result(db, parse_period("2026-11")).respondents == 2


def test_bad_arguments_are_refused_in_indonesian(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                 tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        desk(capsys, "--data-dir", str(data_dir), "skm", "report", "--period", "2026-S3", "--out", "x.pdf")
    assert "Periode '2026-S3' tidak dikenal" in capsys.readouterr().err
    code, _out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "report", "--period", "2026", "--unit", "XYZ",
                           "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "Kode unit XYZ tidak dikenal." in err
    not_excel = tmp_path / "bukan.xlsx"
    not_excel.write_text("Nama;Umur\n", encoding="utf-8")
    code, _out, err = desk(capsys, "--data-dir", str(data_dir), "skm", "import", str(not_excel))
    assert code == 1 and "Berkas Excel tidak dapat dibuka (rusak atau bukan .xlsx)." in err
