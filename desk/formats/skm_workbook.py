"""SKM in Excel: the import template Desk writes, reading it back, and the processing sheet export.

- The template has one row per paper form, named columns (read by heading, never by position),
  cell checks Excel applies while typing (answers 1–4, L/P, codes 1–6, ages 15–99), and a guide
  sheet with the service codes and what every number means.
- Reading: the sheet's rows as the template's keys with the row numbers Excel shows; the
  store checks every row before storing any.
- The export: the regulation's per-respondent processing sheet (respondents × U1..U9, then the
  total, NRR and NRR tertimbang per unsur, the IKM, konversi and grade) and a summary sheet,
  with real numbers and the heading row frozen.

openpyxl is imported on first use, so Desk's start never pays for it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk.domain.errors import DomainError
from desk.domain.records import ServiceRecord
from desk.domain.skm import (
    EDUCATIONS,
    FORM_ORDER,
    JOBS,
    MAX_AGE,
    MIN_AGE,
    UNSUR,
    UNSUR_BY_KEY,
)
from desk.domain.skm_forms import (
    GUIDE_SHEET,
    TEMPLATE_COLUMNS,
    TEMPLATE_SHEET,
    SheetRow,
    column_letters,
)
from desk.domain.skm_records import ProcessingSheet, ScopeResult

TEMPLATE_ROWS = 1000  # rows prepared with Excel's checks; more may be added below
MAX_ROWS = 50_000
MAX_FILE_BYTES = 30_000_000
DATE_FORMAT = "DD-MM-YYYY"
_HEADING_FILL = "DDEBF7"


class FormsFileError(DomainError):
    """The file is not a readable SKM template (Indonesian message; nothing was imported)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "file")


# --- the template ----------------------------------------------------------------------------------


def template_bytes(services: Sequence[ServiceRecord]) -> bytes:
    """The import template: the forms sheet with Excel's own checks, and the guide sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = TEMPLATE_SHEET
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=_HEADING_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(TEMPLATE_COLUMNS, 1):
        cell = sheet.cell(row=1, column=index, value=column.heading)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "A2"
    letters, _missing = column_letters([c.heading for c in TEMPLATE_COLUMNS])
    last = TEMPLATE_ROWS + 1

    def check(key: str, validation: DataValidation, title: str, text: str) -> None:
        validation.errorTitle, validation.error = title, text
        validation.promptTitle, validation.prompt = title, text
        validation.showErrorMessage = validation.showInputMessage = True
        sheet.add_data_validation(validation)
        validation.add(f"{letters[key]}2:{letters[key]}{last}")

    check("date", DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True),
          "Tanggal survei", "Tanggal formulir diisi, misalnya 05-11-2026.")
    codes = ",".join(s.code for s in services)
    if len(codes) <= 250:  # Excel's limit for a list typed into the check
        check("service", DataValidation(type="list", formula1=f'"{codes}"', allow_blank=True),
              "Kode layanan", "Pilih kode layanan (lihat lembar Petunjuk).")
    check("sex", DataValidation(type="list", formula1='"L,P"', allow_blank=True), "Jenis kelamin", "L atau P.")
    check("age", DataValidation(type="whole", operator="between", formula1=str(MIN_AGE), formula2=str(MAX_AGE),
                                allow_blank=True), "Umur", f"Umur dalam tahun, {MIN_AGE}–{MAX_AGE}.")
    for key, labels in (("education", EDUCATIONS), ("job", JOBS)):
        text = ", ".join(f"{i} = {label}" for i, label in enumerate(labels.values(), 1))
        check(key, DataValidation(type="whole", operator="between", formula1="1", formula2=str(len(labels)),
                                  allow_blank=True), "Pendidikan" if key == "education" else "Pekerjaan", text)
    for position, key in enumerate(FORM_ORDER, 1):
        unsur = UNSUR_BY_KEY[key]
        text = ", ".join(f"{score} = {label}" for score, label in enumerate(unsur.answers, 1))
        check(key, DataValidation(type="whole", operator="between", formula1="1", formula2="4", allow_blank=True),
              f"Pertanyaan {position}", text[:255])

    guide = book.create_sheet(GUIDE_SHEET)
    guide.column_dimensions["A"].width = 24
    guide.column_dimensions["B"].width = 100
    lines: list[tuple[str, str]] = [
        ("Cara mengisi", "Satu baris untuk satu formulir. Jangan mengubah judul kolom pada baris 1. Kosongkan sel "
                         "yang tidak diisi responden. Nama, NIK dan nomor HP responden tidak dicatat."),
        ("", ""),
        ("Kolom", "Isi"),
        *((c.heading, c.hint) for c in TEMPLATE_COLUMNS),
        ("", ""),
        ("Kode layanan", "Nama layanan"),
        *((s.code, f"{s.name} ({s.unit_name})") for s in services),
    ]
    for row, (label, text) in enumerate(lines, 1):
        guide.cell(row=row, column=1, value=label).font = bold if label in ("Cara mengisi", "Kolom",
                                                                            "Kode layanan") else Font()
        guide.cell(row=row, column=2, value=text).alignment = wrap
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- reading ---------------------------------------------------------------------------------------


def read_forms(path: str | Path) -> tuple[dict[str, str], list[SheetRow]]:
    """(the column letter of each template key, the non-blank rows after the heading row).

    FormsFileError when the file cannot be read as the template: not an .xlsx, damaged, too
    large, or a heading missing.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FormsFileError(f"Berkas {path.name} terlalu besar (lebih dari {MAX_FILE_BYTES // 1_000_000} MB).")
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as exc:
        raise FormsFileError(f"Berkas {path.name} tidak dapat dibaca: {exc.strerror or exc}.") from exc
    if start[:4] != b"PK\x03\x04":
        raise FormsFileError(f"Berkas {path.name} bukan berkas Excel (.xlsx). Pakai templat SKM yang dibuat Desk.")
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign zip: openpyxl raises several kinds
        raise FormsFileError(f"Berkas {path.name} tidak dapat dibuka sebagai Excel (rusak atau bukan .xlsx).") from exc
    try:
        sheet = book[TEMPLATE_SHEET] if TEMPLATE_SHEET in book.sheetnames else book.worksheets[0]
        sheet.reset_dimensions()  # read every row, whatever the sheet says its size is
        rows = sheet.iter_rows(values_only=True)
        header_number, header = 0, None
        for number, values in enumerate(rows, 1):
            if any(v not in (None, "") for v in values):
                header_number, header = number, values
                break
        if header is None:
            raise FormsFileError(f"Lembar {sheet.title} kosong.")
        letters, missing = column_letters(list(header))
        if missing:
            raise FormsFileError(f"Baris {header_number}: kolom {', '.join(missing)} tidak ditemukan. "
                                 "Pakai templat SKM yang dibuat Desk tanpa mengubah judul kolom.")
        index = {key: _index(letter) for key, letter in letters.items()}
        found: list[SheetRow] = []
        for number, values in enumerate(rows, header_number + 1):
            if not any(v not in (None, "") for v in values):
                continue
            if len(found) >= MAX_ROWS:
                raise FormsFileError(f"Berkas terlalu besar: paling banyak {MAX_ROWS:,} formulir.".replace(",", "."))
            found.append(SheetRow(number, {key: _text_or_value(values[i]) if i < len(values) else None
                                           for key, i in index.items()}))
        return letters, found
    finally:
        book.close()


def _index(letters: str) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + ord(ch) - 64
    return value - 1


def _text_or_value(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


# --- the processing sheet --------------------------------------------------------------------------


def processing_bytes(sheet: ProcessingSheet) -> bytes:
    """The regulation's processing sheet and the summary, as an .xlsx (write-only: any number of forms)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=_HEADING_FILL)

    def cells(ws: Any, values: Iterable[object], *, heading: bool = False, formats: dict[int, str] | None = None,
              strong: bool = False) -> list[Any]:
        out = []
        for i, value in enumerate(values):
            cell = WriteOnlyCell(ws, value=value)
            if heading:
                cell.font, cell.fill = bold, fill
            elif strong:
                cell.font = bold
            if isinstance(value, date | datetime):
                cell.number_format = DATE_FORMAT
            elif formats and i in formats:
                cell.number_format = formats[i]
            out.append(cell)
        return out

    # Sheet 1: one row per respondent, U1..U9 in the regulation's order, then the totals.
    ws = book.create_sheet("Pengolahan")
    widths = [8, 12, 11, 6, 7, 12, 11, *([9] * len(UNSUR))]
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"  # write-only sheets take their view before the first row
    ws.append(cells(ws, ["No. Resp", "Tanggal", "Layanan", "JK", "Umur", "Pendidikan", "Pekerjaan",
                         *(u.code for u in UNSUR)], heading=True))
    for line in sheet.lines:
        ws.append(cells(ws, [line.number, line.surveyed_on, line.service_code, line.sex or None, line.age,
                             EDUCATIONS.get(line.education), JOBS.get(line.job), *line.scores]))
    result = sheet.main.result
    lead = [None] * 6
    if result is not None:
        nrr_format = {7 + i: "0.000" for i in range(len(UNSUR))}
        ws.append([])
        ws.append(cells(ws, ["Σ Nilai per unsur", *lead, *(r.total for r in result.unsur)], strong=True))
        ws.append(cells(ws, ["Jumlah jawaban", *lead, *(r.answered for r in result.unsur)]))
        ws.append(cells(ws, ["NRR per unsur", *lead, *(float(r.nrr) for r in result.unsur)], formats=nrr_format,
                        strong=True))
        ws.append(cells(ws, ["NRR tertimbang per unsur", *lead,
                             *(float(r.nrr * result.weights[r.unsur.key]) for r in result.unsur)],
                        formats=nrr_format))
        ws.append(cells(ws, ["IKM (Σ NRR tertimbang)", *lead, float(result.ikm)], formats={7: "0.000"}, strong=True))
        ws.append(cells(ws, ["Konversi (IKM × 25)", *lead, float(result.konversi_shown)], formats={7: "0.00"},
                        strong=True))
        ws.append(cells(ws, ["Mutu pelayanan", *lead, f"{result.grade} ({result.grade_label})"], strong=True))

    # Sheet 2: the summary per unsur and the facts of the period.
    summary = book.create_sheet("Ringkasan")
    for i, width in enumerate([8, 42, 14, 14, 10, 12, 16], 1):
        summary.column_dimensions[get_column_letter(i)].width = width
    summary.freeze_panes = "A2"
    summary.append(cells(summary, ["Kode", "Unsur pelayanan", "Σ Nilai", "Jumlah jawaban", "NRR", "Konversi",
                                   "Mutu"], heading=True))
    if result is not None:
        for r in result.unsur:
            summary.append(cells(summary, [r.unsur.code, r.unsur.name, r.total, r.answered, float(r.nrr),
                                           float(r.konversi_shown), f"{r.grade} ({r.grade_label})"],
                                 formats={4: "0.000", 5: "0.00"}))
    summary.append([])
    for label, value, number_format in _facts(sheet.main):
        summary.append(cells(summary, [label, None, value], formats={2: number_format} if number_format else None,
                             strong=label in ("IKM (konversi)", "Mutu pelayanan")))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _facts(main: ScopeResult) -> list[tuple[str, object, str]]:
    result = main.result
    facts: list[tuple[str, object, str]] = [
        ("Periode", main.period.label, ""),
        ("Cakupan", main.scope.label, ""),
        ("Jumlah responden", main.respondents, "#,##0"),
        ("Permohonan selesai (populasi)", main.population, "#,##0"),
        ("Sampel minimal (Krejcie–Morgan)", main.minimum, "#,##0"),
        ("Sampel mencukupi", "Ya" if main.enough else "Belum" if main.population_known else "Belum dapat dinilai", ""),
    ]
    if result is None:
        facts.append(("Keterangan", main.problem, ""))
        return facts
    weakest = result.weakest
    facts += [
        ("IKM (NRR tertimbang)", float(result.ikm), "0.000"),
        ("IKM (konversi)", float(result.konversi_shown), "0.00"),
        ("Mutu pelayanan", f"{result.grade} ({result.grade_label})", ""),
        ("Unsur terendah", f"{weakest.unsur.code} {weakest.unsur.name} ({float(weakest.konversi_shown):.2f})", ""),
    ]
    return facts
