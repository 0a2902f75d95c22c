"""A recap of requests as an Excel workbook, through the one writer (desk.formats.xlsx_writer).

One sheet of facts (period, scope, who made it, the headline), then one sheet per table with real
numbers, the heading row frozen, an autofilter, column widths, and a totals row whose sums are
formulas (a median or a percentage, which do not add up, is written as the value), then the
job seekers in the IPK III/1 layout with what Desk cannot fill said in words.
"""

from __future__ import annotations

from desk.domain.office_time import to_local
from desk.domain.recap_records import Recap, RecapTable
from desk.formats.xlsx_writer import Column, Formula, Sheet, write_xlsx

INTEGER = "#,##0"
ONE_DECIMAL = "#,##0.0"


def _title(index: int, table: RecapTable) -> str:
    text = f"{index}. {table.short_title}"
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return text[:31]


def table_sheet(index: int, table: RecapTable) -> Sheet:
    columns = [Column(f"{table.title}: {table.first_heading.lower()}", 52)]
    columns += [Column(name, 13, ONE_DECIMAL if table.decimals_of(i) else INTEGER) for i, name in
                enumerate(table.columns)]
    rows = [(row.label, *row.values) for row in table.rows]
    totals: list[object] | None = None
    if table.total is not None:
        first, last = 2, len(rows) + 1
        totals = [table.total.label]
        for i, value in enumerate(table.total.values):
            summed = table.is_summed(i) and rows
            totals.append(Formula.column_sum(i + 2, first, last) if summed else value)
    return Sheet(_title(index, table), columns, rows, freeze="B2", totals=totals)


def recap_bytes(recap: Recap) -> bytes:
    h = recap.headline
    made = to_local(recap.made_at, recap.office_tz).replace(tzinfo=None, microsecond=0)
    facts: list[tuple[object, ...]] = [
        ("Periode", recap.period.label), ("Tanggal awal", recap.period.first), ("Tanggal akhir", recap.period.last),
        ("Cakupan", recap.scope.label), ("Dicetak oleh", recap.made_by or "–"), ("Dibuat pada", made),
        ("Permohonan diterima", h.received), ("Selesai", h.done), ("Selesai tepat waktu", h.on_time),
        ("Selesai terlambat", h.late), ("Ditolak", h.rejected), ("Dibatalkan", h.cancelled),
        ("Masih dalam proses", h.still_open), ("Median hari kerja", h.median_days),
        ("Persentil 90 hari kerja", h.p90_days),
    ]
    if recap.draft:
        facts.append(("Catatan", f"KONSEP: periode {recap.period.label} belum berakhir; angka masih dapat berubah."))
    sheets = [Sheet("Ringkasan", [Column("Rekap permohonan", 28), Column("", 60, "")], facts, freeze=None,
                    autofilter=False)]
    sheets += [table_sheet(i, table) for i, table in enumerate(recap.tables, 1)]
    seekers = recap.job_seekers
    if seekers is not None:
        headings = [f"{name} — {sex}" for name in seekers.columns for sex in ("L", "P")]
        columns = [Column("Kelompok umur", 30), *(Column(h_, 16, INTEGER) for h_ in headings)]
        rows = [(row.label, *("t.d." if v is None else v for v in row.values)) for row in seekers.rows]
        totals: list[object] = [seekers.total.label]
        for i, value in enumerate(seekers.total.values):
            totals.append("t.d." if value is None else Formula.column_sum(i + 2, 2, len(rows) + 1))
        sheets.append(Sheet("IPK III-1 pencari kerja", columns, rows, freeze="B2", totals=totals))
        notes = [("Layanan yang dihitung", "; ".join(seekers.services)),
                 ("t.d.", "tidak ada data: kolom yang tidak dapat diisi Desk"),
                 *(("Tidak dapat diisi", text) for text in seekers.missing)]
        sheets.append(Sheet("IPK III-1 catatan", [Column("", 24), Column("", 100)], notes, freeze=None,
                            autofilter=False, heading_style=False))
    return write_xlsx(sheets)

