"""Writing CSV files that a spreadsheet on an Indonesian office PC opens as columns, safely.

- Semicolons between cells: Excel with Indonesian regional settings splits on `;` (the comma is
  the decimal mark there), and Desk's own reader takes either.
- UTF-8 with a byte-order mark, so Excel reads names with accents correctly; CRLF line ends.
- Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
  carriage return; the same test as xlsx_writer) gets a leading apostrophe, the usual defence for
  CSV, which has no way to mark a cell as text.
- Dates as 2026-11-25 and times as 2026-11-25 09.30 → "2026-11-25 09:30": ISO order, which every
  spreadsheet reads as a date whatever its regional settings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import BinaryIO

from desk.formats.xlsx_writer import is_formula_like

DELIMITER = ";"


def csv_text(value: object) -> str:
    """One cell as the file holds it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ValueError("CSV has no time zones: pass the local time the file should show")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    text = str(value)
    return "'" + text if isinstance(value, str) and is_formula_like(text) else text


def write_csv(headings: Sequence[str], rows: Iterable[Sequence[object]], target: BinaryIO) -> int:
    """Write the heading row and `rows` (streamed: one row in memory at a time); returns the rows written."""
    out = io.TextIOWrapper(target, encoding="utf-8-sig", newline="", write_through=False)
    try:
        writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in headings])
        count = 0
        for row in rows:
            writer.writerow([csv_text(cell) for cell in row])
            count += 1
        out.flush()
        return count
    finally:
        out.detach()  # the caller owns `target` and closes it
