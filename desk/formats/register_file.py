"""The register as a file: the same columns in Excel (.xlsx) and CSV, one line per request.

Rows stream from the store's iterator straight into the file (openpyxl's write-only mode, the CSV
writer one row at a time), so exporting a million requests holds one batch in memory, not the
register. NIK and phone arrive masked unless the store was asked, and allowed, to reveal them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from desk.domain.messages import N_
from desk.domain.register_lines import RegisterLine
from desk.formats.csv_writer import write_csv
from desk.formats.files import replacing
from desk.formats.xlsx_writer import DATETIME_FORMAT, Column, Sheet, write_xlsx

ExportFormat = Literal["xlsx", "csv"]
SUFFIXES: dict[str, ExportFormat] = {".xlsx": "xlsx", ".csv": "csv"}
SHEET_TITLE = "Register pelayanan"
MSG_SUFFIX = N_("Simpan sebagai berkas Excel (.xlsx) atau CSV (.csv).")

COLUMNS: tuple[Column, ...] = (
    Column("No", 7),  # General shows a whole number as it is: no style to look up on every row
    Column("Nomor registrasi", 28),
    Column("Diterima", 17, DATETIME_FORMAT),
    Column("Unit", 7),
    Column("Kode layanan", 8),
    Column("Layanan", 40),
    Column("Nama pemohon", 28),
    Column("NIK", 19),
    Column("L/P", 5),
    Column("Nomor HP", 16),
    Column("Desa/Kelurahan", 20),
    Column("Kecamatan", 18),
    Column("Organisasi", 24),
    Column("Saluran", 16),
    Column("Status", 22),
    Column("Jatuh tempo", 12),
    Column("Ditutup", 17, DATETIME_FORMAT),
    Column("Terlambat", 10),
)
HEADINGS = tuple(c.heading for c in COLUMNS)


def export_format(suffix: str) -> ExportFormat | None:
    """"xlsx" or "csv" for a file name's ending (".XLSX" too); None for any other."""
    return SUFFIXES.get(suffix.lower())


def cells(line: RegisterLine) -> tuple[object, ...]:
    return (
        line.number, line.ref_number, line.received_at, line.unit_code, line.service_code, line.service_name,
        line.visitor_name, line.nik, line.sex, line.phone, line.desa, line.kecamatan, line.organisation,
        line.channel, line.status, line.due_date, line.closed_at, "Ya" if line.overdue else "Tidak",
    )


def _rows(lines: Iterable[RegisterLine]) -> Iterator[tuple[object, ...]]:
    return (cells(line) for line in lines)


def write_register(lines: Iterable[RegisterLine], kind: ExportFormat, target: BinaryIO) -> None:
    """Write `lines` to `target` as an Excel workbook (heading frozen, autofilter, widths) or a CSV file."""
    if kind == "xlsx":
        # Frozen beside the number too: the register number stays in view while scrolling right.
        write_xlsx([Sheet(SHEET_TITLE, COLUMNS, _rows(lines), freeze="C2")], target)
    else:
        write_csv(HEADINGS, _rows(lines), target)


@dataclass(frozen=True, slots=True)
class RegisterFile:
    """Where an export goes: its format, and the writer the store's export hands its lines to."""

    path: Path
    kind: ExportFormat
    target: BinaryIO

    def write(self, lines: Iterable[RegisterLine]) -> None:
        write_register(lines, self.kind, self.target)


@contextmanager
def open_export(path: Path) -> Iterator[RegisterFile]:
    """The file `path` (.xlsx or .csv) to export into: whole when the block ends, absent after an error.

    ValueError (with MSG_SUFFIX) for another ending; OSError when the folder cannot be written.
    """
    kind = export_format(path.suffix)
    if kind is None:
        raise ValueError(MSG_SUFFIX)
    with replacing(path) as target:
        yield RegisterFile(path, kind, target)
