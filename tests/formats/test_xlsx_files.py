"""The table reader on Excel workbooks that say wrong things about themselves, or hold what cannot be read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.domain.imports import ImportRejected
from desk.formats.table import read_table, sheet_names
from tests.formats.xlsx_files import (
    edit_sheet_xml,
    inline_row,
    replace_sheet,
    set_dimension,
    sheet_xml_with_rows,
    write_workbook,
)

ROWS = [["Kode", "Bidang", "Nama", "Keterangan"]] + [[f"P{n}", "PNP", f"Layanan {n}", ""] for n in range(1, 21)]


def openpyxl_read_only_rows(path: Path) -> list[tuple[object, ...]]:
    """What openpyxl's read-only sheet gives on its own (the way Desk read workbooks before)."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_a_stale_dimension_never_drops_rows(tmp_path: Path) -> None:
    path = set_dimension(write_workbook(tmp_path / "standar.xlsx", ROWS), "A1:D11")
    assert len(openpyxl_read_only_rows(path)) == 11  # the file really is stale: read-only openpyxl stops early
    table = read_table(path, header=True)
    assert [row.cells[0] for row in table.rows] == [f"P{n}" for n in range(1, 21)]
    assert table.rows[-1].number == 21


def test_a_dimension_of_a1_never_drops_columns(tmp_path: Path) -> None:
    path = set_dimension(write_workbook(tmp_path / "standar.xlsx", ROWS), "A1")
    assert openpyxl_read_only_rows(path) == [("Kode",)]
    table = read_table(path, header=True)
    assert table.header == ("Kode", "Bidang", "Nama", "Keterangan")
    assert table.rows[0].cells == ("P1", "PNP", "Layanan 1")


def test_merged_cells_are_filled_into_the_rows_that_have_data(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Kode", "Bidang", "Nama"])
    for code, unit, name in (("P1", "PNP", "AK/1"), ("P2", None, "Rekomendasi paspor"), ("P3", None, "Antar kerja"),
                             ("U1", "UKM", "NIB"), ("U2", None, "Pendampingan")):
        sheet.append([code, unit, name])
    sheet.append([None, None, None])
    sheet.merge_cells("B2:B4")
    sheet.merge_cells("B5:B7")  # runs past the data into a blank row: that row stays out
    book.save(tmp_path / "bidang.xlsx")
    table = read_table(tmp_path / "bidang.xlsx", header=True)
    assert [(row.number, row.cells) for row in table.rows] == [
        (2, ("P1", "PNP", "AK/1")), (3, ("P2", "PNP", "Rekomendasi paspor")), (4, ("P3", "PNP", "Antar kerja")),
        (5, ("U1", "UKM", "NIB")), (6, ("U2", "UKM", "Pendampingan")),
    ]


def test_a_formula_without_a_saved_value_is_refused_with_its_cell(tmp_path: Path) -> None:
    rows = [*ROWS[:3], ["P3", "PNP", "Layanan 3", "=CONCAT(C4,\" baru\")"], ["P4", "PNP", "=B5", ""]]
    path = write_workbook(tmp_path / "rumus.xlsx", rows)  # openpyxl, like many generators, saves no value
    with pytest.raises(ImportRejected) as refused:
        read_table(path, header=True)
    assert [(p.row, p.column) for p in refused.value.problems] == [(4, "D"), (5, "C")]
    assert refused.value.problems[0].text().startswith("Lembar Sheet, baris 4, kolom D: Sel berisi rumus")


def test_a_formula_with_its_saved_value_is_read_as_that_value_and_error_values_are_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "rumus.xlsx", [["Nama", "Jumlah", "Catatan"], ["A", 1, "x"], ["B", 2, "y"]])

    def calculated(xml: str) -> str:  # as Excel saves a calculated workbook
        xml = xml.replace('<c r="B2" t="n"><v>1</v></c>', '<c r="B2"><f>1+0</f><v>1</v></c>')
        xml = xml.replace('<c r="C2" t="inlineStr"><is><t>x</t></is></c>', '<c r="C2" t="str"><f>""</f><v></v></c>')
        assert '<f>""</f>' in xml and "<f>1+0</f>" in xml
        return xml

    edit_sheet_xml(path, calculated)
    assert read_table(path, header=True).rows[0].cells == ("A", 1)
    edit_sheet_xml(path, lambda xml: xml.replace('<c r="B3" t="n"><v>2</v></c>',
                                                 '<c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'))
    with pytest.raises(ImportRejected, match="1 sel tidak dapat dibaca") as refused:
        read_table(path, header=True)
    assert [p.text() for p in refused.value.problems] == ["Lembar Sheet, baris 3, kolom B: Sel berisi galat rumus #DIV/0!."]


def test_dates_and_numbers_stay_real_and_line_breaks_are_line_feeds(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "libur.xlsx", [["tanggal", "nama", "jenis"],
                                                    [datetime(2027, 1, 1), " Tahun Baru\r\n2027 ", "libur_nasional"],
                                                    [datetime(2027, 5, 1), "Hari\tBuruh", 6311042008]])
    rows = read_table(path).rows
    assert rows[1].cells == (datetime(2027, 1, 1), "Tahun Baru\n2027", "libur_nasional")
    assert rows[2].cells == (datetime(2027, 5, 1), "Hari\tBuruh", 6311042008)


def test_the_sheet_is_chosen_by_name_else_the_first(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Standar Pelayanan"
    first.append(["Kode"])
    book.create_sheet("Bidang").append(["Kode Bidang"])
    book.save(tmp_path / "dua.xlsx")
    assert sheet_names(tmp_path / "dua.xlsx") == ("Standar Pelayanan", "Bidang")
    assert read_table(tmp_path / "dua.xlsx", sheet="bidang", header=True).header == ("Kode Bidang",)
    assert read_table(tmp_path / "dua.xlsx", sheet="Lain", header=True).header == ("Kode",)


def test_a_million_rows_are_refused_at_the_first_row_past_the_limit(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "sejuta.xlsx", [["x"]])
    # A million rows, then a cell naming a shared text that does not exist: reading that far fails another way.
    rows = b"".join(inline_row(n, "P", "Layanan") for n in range(1, 1_000_001))
    broken = b'<row r="1000001"><c r="A1000001" t="s"><v>99</v></c></row>'
    replace_sheet(path, sheet_xml_with_rows(rows + broken))
    with pytest.raises(ImportRejected, match=r"Berkas terlalu besar: paling banyak 1.000 layanan\."):
        read_table(path, header=True, max_rows=1000, what="layanan")


def test_a_workbook_that_unpacks_to_too_much_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.formats import xlsx_reader

    path = write_workbook(tmp_path / "bom.xlsx", ROWS)
    monkeypatch.setattr(xlsx_reader, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(ImportRejected, match="Berkas Excel terlalu besar"):
        read_table(path)


def test_a_damaged_workbook_is_refused_in_words(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "rusak.xlsx", ROWS)
    edit_sheet_xml(path, lambda xml: xml[: len(xml) // 2])
    with pytest.raises(ImportRejected, match=r"Berkas Excel tidak dapat dibuka \(rusak atau bukan .xlsx\)"):
        read_table(path)
    (tmp_path / "bukan.xlsx").write_text("Nama,Unsur\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="Berkas Excel tidak dapat dibuka"):
        read_table(tmp_path / "bukan.xlsx")
