"""The SKM template filled in as an office would, read back and imported; the processing sheet read back."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desk.domain.imports import ImportRejected
from desk.domain.skm import UNSUR_KEYS, ResponseDraft, parse_period
from desk.domain.skm_forms import TEMPLATE_COLUMNS, TEMPLATE_SHEET
from desk.formats.skm_workbook import processing_bytes, read_forms, template_bytes
from desk.store import survey
from desk.store.catalog import list_services
from desk.store.database import Database

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def test_the_template_filled_in_excel_is_read_back_by_heading(db: Database, tmp_path: Path) -> None:
    with db.read() as s:
        services = list_services(s)
    path = tmp_path / "templat-skm.xlsx"
    path.write_bytes(template_bytes(services))
    book = load_workbook(path)
    sheet = book[TEMPLATE_SHEET]
    assert [c.value for c in sheet[1]] == [c.heading for c in TEMPLATE_COLUMNS]
    assert sheet.freeze_panes == "A2"
    checks = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert checks["G2:G1001"] == "1" and checks["C2:C1001"] == '"L,P"'
    guide = book["Petunjuk"]
    assert any(row[0] == "P1" for row in guide.iter_rows(values_only=True))
    # The office types two forms (one with a blank question) and leaves a blank row between them.
    for column, value in zip("ABCDEFGHIJKLMNO", [date(2026, 11, 3), "P1", "P", 41, 4, 5, 4, 3, 3, 4, 3, 3, 4, 2, 3],
                             strict=True):
        sheet[f"{column}2"] = value
    sheet["A4"], sheet["B4"], sheet["G4"], sheet["O4"] = datetime(2026, 11, 4, 0, 0), "u1", 2, None
    for column in "HIJKLMN":
        sheet[f"{column}4"] = 3
    book.save(path)

    letters, rows = read_forms(path)
    assert [r.number for r in rows] == [2, 4]
    assert rows[0].cells["sarana"] == 2 and rows[0].cells["pengaduan"] == 3  # by heading: sarana is asked 8th
    assert survey.import_forms(db, rows, letters, path.name, now=NOW).value == 2
    result = survey.scope_result(db, parse_period("2026-11"), now=NOW)
    assert result.respondents == 2 and result.result is not None
    assert result.result.of("pengaduan").answered == 1 and result.result.of("sarana").total == 5


def test_files_that_are_not_the_template_are_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "formulir.pdf"
    pdf.write_bytes(b"%PDF-1.7 not a workbook")
    with pytest.raises(ImportRejected, match="Jenis berkas tidak didukung"):
        read_forms(pdf)
    renamed = tmp_path / "formulir.xlsx"
    renamed.write_bytes(b"%PDF-1.7 not a workbook")
    with pytest.raises(ImportRejected, match="Berkas Excel tidak dapat dibuka"):
        read_forms(renamed)
    other = tmp_path / "lain.xlsx"
    book = Workbook()
    book.active.append(["Tanggal survei", "Kode layanan", "Nama"])
    book.save(other)
    with pytest.raises(ImportRejected, match="Baris 1: kolom Jenis kelamin, Umur"):
        read_forms(other)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(ImportRejected, match="tidak dapat dibuka"):
        read_forms(broken)


def test_the_processing_sheet_has_real_numbers_and_a_frozen_heading(db: Database, tmp_path: Path) -> None:
    with db.read() as s:
        p1 = next(svc for svc in list_services(s) if svc.code == "P1")
    forms = [ResponseDraft(p1.id, date(2026, 11, 5), dict.fromkeys(UNSUR_KEYS, 4), sex="L", age=30,
                           education="sma", job="swasta", source="kertas")]
    forms += [ResponseDraft(p1.id, date(2026, 11, 6), dict.fromkeys(UNSUR_KEYS, 3), source="kertas")] * 7
    survey.record_batch(db, forms, now=NOW)
    path = tmp_path / "pengolahan.xlsx"
    path.write_bytes(processing_bytes(survey.processing_sheet(db, parse_period("2026-11"))))
    book = load_workbook(path)
    sheet = book["Pengolahan"]
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("No. Resp", "Tanggal", "Layanan", "JK", "Umur", "Pendidikan", "Pekerjaan", "U1")
    assert rows[1][:8] == (1, datetime(2026, 11, 5), "P1", "L", 30, "SMA", "Swasta", 4)
    by_label = {row[0]: row for row in rows[10:] if row and row[0]}
    assert by_label["Σ Nilai per unsur"][7:16] == (25,) * 9
    assert by_label["NRR per unsur"][7] == pytest.approx(3.125)
    assert by_label["NRR tertimbang per unsur"][7] == pytest.approx(3.125 / 9)
    assert by_label["IKM (Σ NRR tertimbang)"][7] == pytest.approx(3.125)
    assert by_label["Konversi (IKM × 25)"][7] == 78.13  # half-up, as the report prints it
    assert by_label["Mutu pelayanan"][7] == "B (Baik)"
    summary = {row[0]: row for row in book["Ringkasan"].iter_rows(values_only=True) if row and row[0]}
    assert book["Ringkasan"].freeze_panes == "A2"
    assert summary["U1"][1:] == ("Persyaratan", 25, 8, 3.125, 78.13, "B (Baik)")
    assert summary["Jumlah responden"][2] == 8 and summary["IKM (konversi)"][2] == 78.13
    assert summary["Sampel mencukupi"][2] == "Belum dapat dinilai"  # no completed request on record
