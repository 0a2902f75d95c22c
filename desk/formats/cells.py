"""A cell and a row of an imported table, as every reader gives them (see table.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from desk.domain.intake import plain_text
from desk.domain.messages import N_

Cell = str | int | float | bool | date | datetime | time | timedelta | None

MSG_NOT_TABLE = N_("Berkas {name} bukan berkas CSV atau Excel (.xlsx). Simpan daftarnya dari Excel sebagai "
                    "\"CSV UTF-8\" atau \"Excel Workbook (.xlsx)\", lalu impor lagi.")
MSG_BAD_XLSX = N_("Berkas Excel tidak dapat dibuka (rusak atau bukan .xlsx).")


class Row(NamedTuple):
    """One non-blank row: its number as the user's program shows it, and its cells."""

    number: int
    cells: tuple[Cell, ...]


def clean_cell(value: Cell) -> Cell:
    """A cell as every import sees it: text without control characters, CR/CRLF as line feeds, no outer spaces."""
    if not isinstance(value, str):
        return value
    return plain_text(value.replace("\r\n", "\n").replace("\r", "\n"), multiline=True).strip()


def is_blank(cells: tuple[Cell, ...] | list[Cell]) -> bool:
    return all(cell is None or cell == "" for cell in cells)
