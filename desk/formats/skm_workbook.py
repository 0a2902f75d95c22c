"""SKM in Excel: the import template Desk writes, reading it back, and the processing sheet export.

- The template has one row per paper form, named columns (read by heading, never by position),
  cell checks Excel applies while typing (answers 1–4, L/P, codes 1–6, ages 15–99), and a guide
  sheet with the service codes and what every number means.
- Reading (through desk.formats.table): the sheet's rows as the template's keys with the row
  numbers Excel shows; the store checks every row before storing any.
- The export (through desk.formats.xlsx_writer): the regulation's per-respondent processing
  sheet (respondents × U1..U9, then the total, NRR and NRR tertimbang per unsur, the IKM,
  konversi and grade) and a summary sheet, with real numbers and the heading row frozen.

openpyxl is imported on first use, so Desk's start never pays for it. The template is written
here with openpyxl's full workbook because it carries Excel's cell checks, which the streaming
writer cannot.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from desk.domain.imports import ImportRejected
from desk.domain.messages import N_, Amount, Filled
from desk.domain.records import ServiceRecord
from desk.domain.skm import (
    EDUCATIONS,
    FORM_ORDER,
    JOBS,
    MAX_AGE,
    MIN_AGE,
    UNSUR,
    UNSUR_BY_KEY,
    format_score,
)
from desk.domain.skm_forms import (
    GUIDE_SHEET,
    TEMPLATE_COLUMNS,
    TEMPLATE_SHEET,
    SheetRow,
    column_letters,
)
from desk.domain.skm_records import ProcessingSheet, ScopeResult
from desk.formats.xlsx_writer import HEADING_FILL, Column, Sheet, write_xlsx

TEMPLATE_ROWS = 1000  # rows prepared with Excel's checks; more may be added below
MAX_ROWS = 50_000


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
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADING_FILL)
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

    Read with the one table reader (desk.formats.table): the template's sheet, or a CSV with the
    same headings. ImportRejected (Indonesian) when the file cannot be read or a heading is missing.
    """
    from desk.formats.table import TABLE_SUFFIXES, read_table

    table = read_table(path, sheet=TEMPLATE_SHEET, header=True, max_rows=MAX_ROWS, what=N_("formulir"),
                       suffixes=TABLE_SUFFIXES)
    letters, missing = column_letters(table.header)
    if missing:
        raise ImportRejected(message=Filled(N_(
            "Baris {row}: kolom {columns} tidak ditemukan. Pakai templat SKM yang dibuat Desk tanpa mengubah "
            "judul kolom."), row=Amount(table.header_row or 1), columns=", ".join(missing)))
    index = {key: _index(letter) for key, letter in letters.items()}
    rows = [SheetRow(row.number, {key: row.cells[i] if i < len(row.cells) else None for key, i in index.items()})
            for row in table.rows]
    return letters, rows


def _index(letters: str) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + ord(ch) - 64
    return value - 1


# --- the processing sheet --------------------------------------------------------------------------


def processing_bytes(sheet: ProcessingSheet) -> bytes:
    """The regulation's processing sheet and the summary, as an .xlsx (streamed: any number of forms)."""
    result = sheet.main.result
    lead = [None] * 6
    rows: list[list[object]] = [
        [line.number, line.surveyed_on, line.service_code, line.sex or None, line.age,
         EDUCATIONS.get(line.education), JOBS.get(line.job), *line.scores]
        for line in sheet.lines
    ]
    if result is not None:
        rows += [
            [],
            ["Σ Nilai per unsur", *lead, *(r.total for r in result.unsur)],
            ["Jumlah jawaban", *lead, *(r.answered for r in result.unsur)],
            ["NRR per unsur", *lead, *(float(r.nrr) for r in result.unsur)],
            ["NRR tertimbang per unsur", *lead, *(float(r.nrr * result.weights[r.unsur.key]) for r in result.unsur)],
            ["IKM (Σ NRR tertimbang)", *lead, float(result.ikm)],
            ["Konversi (IKM × 25)", *lead, float(result.konversi_shown)],
            ["Mutu pelayanan", *lead, f"{result.grade} ({result.grade_label})"],
        ]
    processing = Sheet(
        "Pengolahan",
        [Column("No. Resp", 10), Column("Tanggal", 12), Column("Layanan", 11), Column("JK", 6), Column("Umur", 7),
         Column("Pendidikan", 12), Column("Pekerjaan", 11), *(Column(u.code, 9) for u in UNSUR)],
        rows, freeze="A2", autofilter=False,  # the totals under the forms must not be sorted in among them
    )
    summary_rows: list[list[object]] = []
    if result is not None:
        summary_rows = [[r.unsur.code, r.unsur.name, r.total, r.answered, float(r.nrr), float(r.konversi_shown),
                         f"{r.grade} ({r.grade_label})"] for r in result.unsur]
    summary_rows.append([])
    summary_rows += [[label, None, value] for label, value in _facts(sheet.main)]
    summary = Sheet(
        "Ringkasan",
        [Column("Kode", 8), Column("Unsur pelayanan", 42), Column("Σ Nilai", 14), Column("Jumlah jawaban", 14),
         Column("NRR", 10), Column("Konversi", 12), Column("Mutu", 16)],
        summary_rows, freeze="A2", autofilter=False,
    )
    return write_xlsx([processing, summary])


def _facts(main: ScopeResult) -> list[tuple[str, object]]:
    result = main.result
    facts: list[tuple[str, object]] = [
        ("Periode", main.period.label),
        ("Cakupan", main.scope.label),
        ("Jumlah responden", main.respondents),
        ("Permohonan selesai (populasi)", main.population),
        ("Sampel minimal (Krejcie–Morgan)", main.minimum),
        ("Sampel mencukupi", "Ya" if main.enough else "Belum" if main.population_known else "Belum dapat dinilai"),
    ]
    if result is None:
        facts.append(("Keterangan", main.problem))
        return facts
    weakest = result.weakest
    facts += [
        ("IKM (NRR tertimbang)", float(result.ikm)),
        ("IKM (konversi)", float(result.konversi_shown)),
        ("Mutu pelayanan", f"{result.grade} ({result.grade_label})"),
        ("Unsur terendah", f"{weakest.unsur.code} {weakest.unsur.name} ({format_score(weakest.konversi_shown)})"),
    ]
    return facts
