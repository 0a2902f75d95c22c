"""The table reader on CSV files as Excel and other programs write them, and on files that are not CSV."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk.domain.imports import ImportRejected
from desk.formats.table import read_table

HOLIDAYS = ["tanggal,nama,jenis", "2027-01-01,Tahun Baru,libur_nasional", "2027-05-01,Hari Buruh,libur_nasional"]
EXPECTED = [(1, ("tanggal", "nama", "jenis")), (2, ("2027-01-01", "Tahun Baru", "libur_nasional")),
            (3, ("2027-05-01", "Hari Buruh", "libur_nasional"))]


def rows_of(data: bytes, **options: object) -> list[tuple[int, tuple[object, ...]]]:
    return [(row.number, row.cells) for row in read_table(data, **options).rows]  # type: ignore[arg-type]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR-only (old Mac Excel)"])
def test_every_line_ending_gives_the_same_rows(newline: str) -> None:
    assert rows_of(newline.join(HOLIDAYS).encode() + newline.encode()) == EXPECTED


def test_a_cr_only_file_with_a_line_break_inside_quotes_keeps_both_lines_in_the_cell() -> None:
    data = b'kode;nama\r63.11.04;"Batu\rMandi"\r63.11.05;Juai\r'
    assert rows_of(data) == [(1, ("kode", "nama")), (2, ("63.11.04", "Batu\nMandi")), (4, ("63.11.05", "Juai"))]


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8-sig", ","), ("utf-8", ";"), ("cp1252", ";"), ("utf-16", "\t"),
], ids=["Excel CSV UTF-8", "UTF-8 semicolons", "Excel CSV (Windows-1252)", "Excel Unicode text"])
def test_excel_encodings_and_separators(encoding: str, delimiter: str) -> None:
    text = "\n".join(["tanggal;nama;jenis".replace(";", delimiter),
                      f"2027-08-17{delimiter}Proklamasi Kemerdekaan — 17 Agustus{delimiter}libur nasional"])
    assert rows_of(text.encode(encoding)) == [
        (1, ("tanggal", "nama", "jenis")), (2, ("2027-08-17", "Proklamasi Kemerdekaan — 17 Agustus", "libur nasional")),
    ]


def test_control_characters_are_dropped_and_blank_rows_left_out_with_their_numbers_kept() -> None:
    data = b"kode,nama\n\n63.11.04,Batu\x00 Mandi\x1b[2J\x07\n , \n63.11.05,\tJuai \n"
    assert rows_of(data) == [(1, ("kode", "nama")), (3, ("63.11.04", "Batu Mandi[2J")), (5, ("63.11.05", "Juai"))]


def test_a_header_row_is_taken_apart_from_the_rows() -> None:
    table = read_table(b"\n\nNama;Unsur\nAhmad;akademisi\n", header=True)
    assert (table.header, table.header_row, [r.number for r in table.rows]) == (("Nama", "Unsur"), 3, [4])


@pytest.mark.parametrize(("data", "words"), [
    (os.urandom(4096) + b"\x00" * 64, "bukan berkas CSV atau Excel"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "bukan berkas CSV atau Excel"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bukan berkas CSV atau Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), r"Excel lama \(\.xls\)"),
    (b"PK\x03\x04 not really a workbook", "Berkas Excel tidak dapat dibuka"),
    (b"   \n\r\n", "Berkas kosong."),
], ids=["random bytes", "PDF", "PNG", "Excel 97-2003", "broken zip", "empty"])
def test_a_file_that_is_not_a_table_is_refused_in_words(data: bytes, words: str) -> None:
    with pytest.raises(ImportRejected, match=words) as refused:
        read_table(data, name="libur.csv")
    assert "Traceback" not in refused.value.message


def test_a_missing_file_a_folder_and_a_kind_the_import_does_not_take(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match=r"tidak-ada\.csv tidak dapat dibaca"):
        read_table(tmp_path / "tidak-ada.csv")
    with pytest.raises(ImportRejected, match="folder"):
        read_table(tmp_path)
    pdf = tmp_path / "daftar.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(ImportRejected, match=r"Pakai CSV \(.csv\) atau Excel"):
        read_table(pdf, suffixes=(".csv", ".xlsx"))


def test_an_unclosed_quote_is_refused_at_the_line_it_starts_on() -> None:
    data = b'kode,nama\n63.11.04,"Batu Mandi\n' + b"x" * 200_000 + b"\n"
    with pytest.raises(ImportRejected) as refused:
        read_table(data)
    assert [(p.row, "tanda petik" in p.message) for p in refused.value.problems] == [(2, True)]


def test_the_row_limit_is_checked_while_reading() -> None:
    # Row 1,002 starts a quote that never ends: reading it would fail another way. The refusal for
    # too many rows comes first, so the reader stopped at the first row past the limit.
    data = b"".join(b"%d,baris\n" % n for n in range(1, 1002)) + b'1002,"' + b"x" * 200_000
    with pytest.raises(ImportRejected, match=r"Berkas terlalu besar: paling banyak 1.000 layanan\."):
        read_table(data, max_rows=1000, what="layanan")
    assert len(read_table(data[: data.index(b"1001,")], max_rows=1000).rows) == 1000
