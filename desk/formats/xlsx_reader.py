"""Reading one sheet of an Excel workbook without trusting what the file says about itself.

openpyxl's read-only mode stops at the sheet's recorded `<dimension>`; some programs write a
stale one (the rows after it were silently lost) or just `A1` (every column but the first
lost). Here the rows are streamed from the sheet's XML with openpyxl's own cell parser, which
is what its read-only sheets do minus the dimension: every `<row>` in the file is read, and
the row limit is checked as they come. The same pass sees what the read-only sheets hide:

- merged cells: the merged value is filled into every cell of the range, on the rows that
  have data of their own (a unit code merged down the rows of its services reads as that
  code on each row);
- a formula without a saved value (a file written by a program that does not calculate):
  refused with its cell, never read as an empty cell;
- an error value (#REF!, #VALUE!, ...): refused with its cell, never imported as text.

openpyxl is pinned (pyproject.toml); `WorkSheetParser` is the parser its read-only
worksheets use, and tests/formats pin the behaviour this module relies on.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

from desk.domain.imports import ImportProblem, ImportRejected
from desk.domain.messages import N_
from desk.formats.cells import MSG_BAD_XLSX, Cell, Row, clean_cell

MAX_UNPACKED_BYTES = 400_000_000  # what the parts of the workbook say they unpack to (a zip bomb is refused)
_NO_VALUE = "formula without a value"
MSG_NO_VALUE = "Sel berisi rumus yang belum dihitung (tidak ada nilai tersimpan)."
MSG_CELLS = ("{n} sel tidak dapat dibaca; tidak ada yang diimpor. Buka berkas di Excel, perbaiki rumus yang galat, "
             "simpan lagi (Excel menghitung dan menyimpan nilai setiap rumus), lalu impor lagi.")


class _Parser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's sheet parser with values only, marking formulas whose value was never saved."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if element.find(FORMULA_TAG) is not None:
            saved = element.find(VALUE_TAG)
            # `<v/>` is what openpyxl and other non-calculating writers leave; a saved empty text is t="str".
            if saved is None or (not saved.text and element.get("t") != "str"):
                cell["data_type"] = _NO_VALUE
        return cell


def _open(data: bytes) -> Any:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ImportRejected(message=MSG_BAD_XLSX) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRejected(message=f"Berkas Excel terlalu besar untuk diimpor (isinya lebih dari "
                                     f"{MAX_UNPACKED_BYTES // 1_000_000} MB).")
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # InvalidFileException, KeyError, XML errors: all mean a damaged or foreign file
        raise ImportRejected(message=MSG_BAD_XLSX) from exc


def workbook_sheets(data: bytes) -> tuple[str, ...]:
    book = _open(data)
    try:
        return tuple(sheet.title for sheet in book.worksheets)
    finally:
        book.close()


def read_sheet(data: bytes, sheet: str | None, *, limit: int, too_many: ImportRejected) -> tuple[str, list[Row]]:
    """(the sheet's title, its non-blank rows): `sheet` by name without case, else the first sheet."""
    book = _open(data)
    try:
        worksheets = book.worksheets
        if not worksheets:
            raise ImportRejected(message=N_("Buku kerja Excel ini tidak mempunyai lembar kerja."))
        wanted = (sheet or "").casefold().strip()
        chosen = next((ws for ws in worksheets if ws.title.casefold().strip() == wanted), worksheets[0])
        source = chosen._get_source()
        try:
            parser = _Parser(source, book.shared_strings, data_only=True, epoch=book.epoch,
                             date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
            cells, problems = _read_cells(parser, chosen.title, limit, too_many)
            merged = [m.ref for m in parser.merged_cells.mergeCell] if parser.merged_cells else []
        except ImportRejected:
            raise
        except Exception as exc:  # broken XML inside a valid zip
            raise ImportRejected(message=MSG_BAD_XLSX) from exc
        finally:
            source.close()
    finally:
        book.close()
    if problems:
        raise ImportRejected(problems, MSG_CELLS.format(n=len(problems)))
    _fill_merged(cells, merged)
    rows = [Row(number, _row_cells(values)) for number, values in sorted(cells.items())]
    if len(rows) > limit:
        raise too_many
    return chosen.title, rows


def _read_cells(parser: _Parser, title: str, limit: int,
                too_many: ImportRejected) -> tuple[dict[int, dict[int, Cell]], list[ImportProblem]]:
    rows: dict[int, dict[int, Cell]] = {}
    problems: list[ImportProblem] = []
    for number, parsed in parser.parse():
        values: dict[int, Cell] = {}
        for cell in parsed:
            column, kind = cell["column"], cell["data_type"]
            if kind in (_NO_VALUE, "e"):
                letter = get_column_letter(column)
                message = MSG_NO_VALUE if kind == _NO_VALUE else f"Sel berisi galat rumus {cell['value']}."
                problems.append(ImportProblem(number, message, letter, f"Lembar {title}, baris {number}, kolom {letter}"))
                values[column] = None
                continue
            value = clean_cell(cell["value"])
            if value is not None and value != "":
                values[column] = value
        if not values:
            continue
        rows[number] = values
        if len(rows) > limit:
            raise too_many
    return rows, problems


def _fill_merged(rows: dict[int, dict[int, Cell]], merged: list[str]) -> None:
    """Copy each merged range's value into its other cells, on the rows that have data of their own."""
    if not rows:
        return
    widest = max(max(values) for values in rows.values())
    for ref in merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        min_col, min_row = min_col or 1, min_row or 1  # "A:A" or "2:2" leave one side open
        max_col, max_row = max_col or widest, max_row or max(rows)
        value = rows.get(min_row, {}).get(min_col)
        if value is None:
            continue
        for number, values in rows.items():
            if min_row <= number <= max_row:
                for column in range(min_col, min(max_col, widest) + 1):
                    values.setdefault(column, value)


def _row_cells(values: dict[int, Cell]) -> tuple[Cell, ...]:
    return tuple(values.get(column) for column in range(1, max(values) + 1))
