"""`desk complaints list|export [--period P]`: the complaints register without the app.

`list` prints the register (complainants masked, never a contact); `export --out FILE.xlsx` writes
it as a spreadsheet, with the recap of the period (by kind, channel, unit and status) when a
period is given. Text that a spreadsheet would run as a formula (= + - @ at the start) is written
as text. The export is audited.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desk.cli import print_cmd
from desk.cli.context import CliContext, CliError
from desk.domain.complaints import Period, parse_period
from desk.domain.errors import DomainError
from desk.domain.text_id import format_numeric_date
from desk.store.errors import StoreError

REGISTER_HEADINGS = (
    "Nomor", "Tanggal diterima", "Jam", "Jenis", "Saluran", "Tracking ID SP4N-LAPOR!", "Pelapor (disamarkan)",
    "Perihal", "Unit", "Layanan", "Nomor permohonan", "Status", "Batas verifikasi", "Batas tanggapan",
    "Batas penyelesaian", "Ditanggapi", "Tepat waktu", "Ditutup",
)
RECAP_HEADINGS = ("", "Diterima", "Ditanggapi", "Tepat waktu", "Selesai", "Masih berjalan")
FORMULA_STARTS = ("=", "+", "-", "@")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("complaints", help="register pengaduan: daftar dan ekspor Excel",
                                   description="Register pengaduan, saran dan permintaan informasi.")
    commands = parser.add_subparsers(title="perintah", dest="complaints_command", metavar="PERINTAH")
    parser.set_defaults(func=_help(parser))
    listing = commands.add_parser("list", help="daftar pengaduan (nama pelapor disamarkan)")
    listing.add_argument("--period", type=_period, metavar="P", help="TTTT-BB (sebulan) atau TTTT (setahun)")
    listing.set_defaults(func=run_list)
    export = commands.add_parser("export", help="tulis register (dan rekap periode) ke FILE.xlsx")
    export.add_argument("--period", type=_period, metavar="P", help="TTTT-BB (sebulan) atau TTTT (setahun)")
    export.add_argument("--out", required=True, metavar="FILE.xlsx", help="berkas Excel yang ditulis")
    export.set_defaults(func=run_export)


def _help(parser: argparse.ArgumentParser) -> Any:
    def run(_ctx: CliContext, _args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return run


def _period(text: str) -> Period:
    try:
        return parse_period(text)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def _date(value: date | None) -> str:
    return format_numeric_date(value) if value is not None else ""


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store.complaint_recap import register_lines

    try:
        lines = register_lines(ctx.db(), args.period)
    except StoreError as exc:
        raise CliError(exc.message) from exc
    for line in lines:
        late = " TERLAMBAT" if line.on_time is False else ""
        print(f"{line.number}  {_date(line.received_on)}  {line.kind:<20}  {line.channel:<15}  "
              f"{line.complainant:<22}  {line.status:<18}{late}  {line.subject}")
    what = f" ({args.period.label})" if args.period else ""
    print(f"{len(lines)} pengaduan{what}.")
    return 0


def _cells(sheet: Any, values: list[object]) -> list[object]:
    """Each value as a cell; text that starts like a formula is written as text, never run."""
    from openpyxl.cell import WriteOnlyCell

    cells: list[object] = []
    for value in values:
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            cells.append(cell)
        else:
            cells.append(value)
    return cells


def workbook_bytes(lines: list[Any], recap: Any | None) -> bytes:
    import io

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register pengaduan")
    bold = Font(bold=True)

    def heading(target: Any, texts: tuple[str, ...]) -> list[object]:
        cells = []
        for text in texts:
            cell = WriteOnlyCell(target, value=text)
            cell.font = bold
            cells.append(cell)
        return cells

    sheet.append(heading(sheet, REGISTER_HEADINGS))
    for line in lines:
        on_time = "" if line.on_time is None else "Ya" if line.on_time else "Tidak"
        sheet.append(_cells(sheet, [
            line.number, line.received_on, line.received_time, line.kind, line.channel, line.lapor_id,
            line.complainant, line.subject, line.unit, line.service, line.request_number, line.status,
            line.verify_due, line.respond_due, line.complete_due, line.responded_on, on_time, line.closed_on,
        ]))
    if recap is not None:
        summary = book.create_sheet("Rekap")
        summary.append(heading(summary, (f"Rekap pengaduan {recap.period.label}",)))
        summary.append(["Diterima", recap.received])
        summary.append(["Ditanggapi", recap.responded])
        summary.append(["Ditanggapi tepat waktu", recap.responded_on_time])
        summary.append(["Selesai", recap.completed])
        summary.append(["Ditolak", recap.rejected])
        summary.append(["Bukan kewenangan", recap.not_ours])
        summary.append(["Masih berjalan", recap.still_open])
        for title, rows in (("Jenis", recap.by_kind), ("Saluran", recap.by_channel), ("Unit", recap.by_unit)):
            summary.append([])
            summary.append(heading(summary, (title, *RECAP_HEADINGS[1:])))
            for row in rows:
                summary.append(_cells(summary, [row.label, row.received, row.responded, row.responded_on_time,
                                                row.done, row.still_open]))
        summary.append([])
        summary.append(heading(summary, ("Status", "Jumlah")))
        for _code, label, count in recap.by_status:
            summary.append([label, count])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store.complaint_recap import complaint_recap, record_export, register_lines

    if not str(args.out).lower().endswith(".xlsx"):
        raise CliError("Berkas ekspor harus berakhiran .xlsx, mis. pengaduan-2025-10.xlsx.")
    db = ctx.db()
    try:
        lines = list(register_lines(db, args.period))
        recap = complaint_recap(db, args.period) if args.period else None
    except StoreError as exc:
        raise CliError(exc.message) from exc
    path = print_cmd.write_pdf(args.out, workbook_bytes(lines, recap))
    try:
        record_export(db, path.name, args.period, len(lines))
    except StoreError as exc:
        raise CliError(exc.message) from exc
    what = f" ({args.period.label})" if args.period else ""
    print(f"{len(lines)} pengaduan{what} ditulis ke {path}.")
    return 0
