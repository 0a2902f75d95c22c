"""The one table reader: a CSV or Excel file in, its rows with their line numbers out.

Every import (holidays, regions, forum participants, service standards) reads its file here,
so every import accepts the same files and refuses the same ones with the same words:

- CSV in UTF-8 (with or without the BOM Excel writes), UTF-16 with a BOM (Excel's "Unicode
  text"), else Windows-1252 (Excel's plain "CSV" on an Indonesian Windows); comma, semicolon
  (Excel with Indonesian regional settings) or tab, taken from the first non-empty line;
  LF, CRLF or CR-only line endings (old Mac Excel).
- Excel `.xlsx`/`.xlsm` through openpyxl (see xlsx_reader): every row is read whatever the
  sheet's recorded dimensions say, merged cells are filled, formulas without a saved value
  and error cells are refused with their cell.
- A file that is neither (a PDF, a picture, an old `.xls`, anything binary) is refused with a
  message that says what to do, never read as garbage.
- Control characters (NUL, ESC, BEL, ...) are dropped from every cell; line breaks inside a
  cell stay (list cells hold one item per line) and the rules that read one-line fields turn
  them into spaces. Text cells lose their outer spaces; rows with nothing in them are left out.
- The number of rows is checked while reading: a file over the limit is refused at the first
  row past it, not after reading a million.

Row numbers are those the user's program shows: the physical line a CSV record starts on, the
Excel row number; the problems an import reports point there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desk.domain.imports import ImportRejected
from desk.domain.messages import N_, Filled
from desk.domain.os_errors import os_error_text
from desk.formats.cells import MSG_NOT_TABLE, Cell, Row
from desk.formats.csv_reader import read_csv

__all__ = ["MSG_NOT_TABLE", "TABLE_SUFFIXES", "Cell", "Row", "Table", "read_bytes", "read_table",
           "sheet_names"]

TableKind = Literal["csv", "xlsx"]

MAX_FILE_BYTES = 50_000_000  # a kabupaten's list is kilobytes; the national desa list in CSV is about 3 MB
MAX_ROWS = 200_000  # the national list has about 91,000 kecamatan and desa
XLSX_SUFFIXES = (".xlsx", ".xlsm")
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", *XLSX_SUFFIXES)

MSG_OLD_EXCEL = N_("Berkas {name} berformat Excel lama (.xls) yang tidak dapat dibaca Desk. Buka di Excel, simpan "
                    "sebagai \"Excel Workbook (.xlsx)\", lalu impor lagi.")
MSG_UNSUPPORTED = N_("Jenis berkas tidak didukung. Pakai CSV (.csv) atau Excel (.xlsx).")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, Word .doc
_BINARY_STARTS = (
    b"%PDF-", b"\x89PNG\r\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"\x7fELF", b"\x1f\x8b\x08", b"Rar!\x1a\x07",
    b"7z\xbc\xaf\x27\x1c", b"SQLite format 3\x00", b"MZ\x90\x00",
)
# Bytes no text file has (tab, line feed, form feed and carriage return are text).
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13} | {127}


@dataclass(frozen=True, slots=True)
class Table:
    name: str  # the file's name (messages, the audit trail)
    kind: TableKind
    sheet: str  # the sheet read; "" for CSV
    header: tuple[str, ...]  # the first non-blank row as text, when read with header=True
    header_row: int | None
    rows: tuple[Row, ...]  # the non-blank rows after the header (all of them without one)


def too_many_rows(limit: int, what: str) -> ImportRejected:
    return ImportRejected(message=f"Berkas terlalu besar: paling banyak {limit} {what}.")


def read_bytes(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file the user chose; an Indonesian refusal when it is missing, unreadable or too big."""
    try:
        if path.stat().st_size > max_bytes:
            raise ImportRejected(message=Filled(N_("Berkas {name} terlalu besar (lebih dari {most} MB) untuk diimpor."),
                                                name=path.name, most=max_bytes // 1_000_000))
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise ImportRejected(message=Filled(N_("{name} adalah folder, bukan berkas."), name=path.name)) from exc
    except OSError as exc:
        raise ImportRejected(message=Filled(N_("Berkas {name} tidak dapat dibaca: {why}."), name=path.name,
                                            why=os_error_text(exc))) from exc


def file_kind(data: bytes, name: str) -> TableKind:
    """Excel or CSV, by what the file holds (and its name); refuses what is neither."""
    label = name or "ini"
    if data.startswith(_ZIP) or Path(name).suffix.lower() in XLSX_SUFFIXES:
        return "xlsx"
    if data.startswith(_OLE):
        raise ImportRejected(message=Filled(MSG_OLD_EXCEL, name=label))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: its NUL bytes are not binary
        return "csv"
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    # A stray control character or two is pasted text (and is dropped); a binary file is full of them.
    if data.startswith(_BINARY_STARTS) or (controls >= 16 and controls * 50 > len(sample)):
        raise ImportRejected(message=Filled(MSG_NOT_TABLE, name=label))
    return "csv"


def read_table(
    source: Path | str | bytes,
    *,
    name: str = "",
    sheet: str | None = None,
    header: bool = False,
    max_rows: int = MAX_ROWS,
    what: str = "baris",
    suffixes: tuple[str, ...] | None = None,
) -> Table:
    """The rows of a CSV or Excel file (a path, or the bytes of one named `name`).

    `sheet`: the Excel sheet to read, by name compared without case (default and fallback: the
    first). `header`: the first non-blank row holds the column headings. `max_rows`: how many
    rows (after the heading) the import takes; one more and the file is refused ("Berkas terlalu
    besar: paling banyak {max_rows} {what}."). `suffixes`: the file names accepted, when the
    import takes only some. Raises ImportRejected with an Indonesian message.
    """
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        name = name or path.name
        if suffixes is not None and path.suffix.lower() not in suffixes:
            raise ImportRejected(message=MSG_UNSUPPORTED)
        data = read_bytes(path)
    if not data.strip():
        raise ImportRejected(message=N_("Berkas kosong."))
    limit = max_rows + (1 if header else 0)
    if file_kind(data, name) == "xlsx":
        from desk.formats.xlsx_reader import read_sheet

        title, rows = read_sheet(data, sheet, limit=limit, too_many=too_many_rows(max_rows, what))
        return _table(name, "xlsx", title, rows, header, max_rows, what)
    rows = read_csv(data, limit=limit, too_many=too_many_rows(max_rows, what))
    return _table(name, "csv", "", rows, header, max_rows, what)


def sheet_names(source: Path | str | bytes, name: str = "") -> tuple[str, ...]:
    """The sheets of an Excel file, in order; () for a CSV file."""
    data = source if isinstance(source, bytes) else read_bytes(Path(source))
    if file_kind(data, name or ("" if isinstance(source, bytes) else str(source))) != "xlsx":
        return ()
    from desk.formats.xlsx_reader import workbook_sheets

    return workbook_sheets(data)


def _table(name: str, kind: TableKind, sheet: str, rows: list[Row], header: bool, max_rows: int,
           what: str) -> Table:
    heading: tuple[str, ...] = ()
    heading_row = None
    if header and rows:
        first = rows.pop(0)
        heading_row = first.number
        heading = tuple("" if cell is None else str(cell) for cell in first.cells)
    if len(rows) > max_rows:  # merged cells filled in can make a blank row count
        raise too_many_rows(max_rows, what)
    return Table(name, kind, sheet, heading, heading_row, tuple(rows))
