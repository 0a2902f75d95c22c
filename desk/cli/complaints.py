"""`desk complaints list|export [--period P]`: the complaints register without the app.

`list` prints the register (complainants masked, never a contact); `export --out FILE.xlsx` writes
it as a spreadsheet through desk/formats (text that a spreadsheet would run as a formula stays
text), with the recap of the period (by kind, channel, unit and status) when a period is given.
The export is audited.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, period_label, said
from desk.domain.complaint_records import ComplaintRecap, RegisterLine
from desk.domain.complaints import Period, parse_period
from desk.domain.errors import DomainError
from desk.domain.os_errors import os_error_text
from desk.domain.text_id import format_numeric_date
from desk.store.errors import StoreError

REGISTER_HEADINGS = (
    "Nomor", "Tanggal diterima", "Jam", "Jenis", "Saluran", "Tracking ID SP4N-LAPOR!", "Pelapor (disamarkan)",
    "Perihal", "Unit", "Layanan", "Nomor permohonan", "Status", "Batas verifikasi", "Batas tanggapan",
    "Batas penyelesaian", "Ditanggapi", "Tepat waktu", "Ditutup",
)
RECAP_HEADINGS = ("", "Diterima", "Ditanggapi", "Tepat waktu", "Selesai", "Masih berjalan")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("complaints", help=_tr("register pengaduan: daftar dan ekspor Excel"),
                                   description=_tr("Register pengaduan, saran dan permintaan informasi."))
    commands = parser.add_subparsers(title=_tr("perintah"), dest="complaints_command", metavar=_tr("PERINTAH"))
    parser.set_defaults(func=_help(parser))
    listing = commands.add_parser("list", help=_tr("daftar pengaduan (nama pelapor disamarkan)"))
    listing.add_argument("--period", type=_period, metavar="P", help=_tr("TTTT-BB (sebulan) atau TTTT (setahun)"))
    listing.set_defaults(func=run_list)
    export = commands.add_parser("export", help=_tr("tulis register (dan rekap periode) ke BERKAS.xlsx"))
    export.add_argument("--period", type=_period, metavar="P", help=_tr("TTTT-BB (sebulan) atau TTTT (setahun)"))
    export.add_argument("--out", required=True, metavar=_tr("BERKAS.xlsx"), help=_tr("berkas Excel yang ditulis"))
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
        raise argparse.ArgumentTypeError(said(exc.message)) from exc


def _period_label(period: Period) -> str:
    return period_label(period.first, period.last, period.label)


def _date(value: date | None) -> str:
    return format_numeric_date(value) if value is not None else ""


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store.complaint_recap import register_lines

    try:
        lines = register_lines(ctx.db(), args.period)
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    for line in lines:
        late = " " + _tr("TERLAMBAT") if line.on_time is False else ""
        print(f"{line.number}  {_date(line.received_on)}  {said(line.kind):<20}  {said(line.channel):<15}  "
              f"{line.complainant:<22}  {said(line.status):<18}{late}  {line.subject}")
    what = f" ({_period_label(args.period)})" if args.period else ""
    print(_tr("%n pengaduan{what}.", "", len(lines)).format(what=what))
    return 0


REGISTER_WIDTHS = (26, 12, 7, 20, 16, 14, 22, 40, 22, 36, 26, 18, 12, 12, 12, 12, 10, 12)


def workbook_bytes(lines: Sequence[RegisterLine], recap: ComplaintRecap | None) -> bytes:
    """The register sheet, and the recap sheet when there is a recap (desk/formats writes formulas as text)."""
    from desk.formats.xlsx_writer import Column, Sheet, write_xlsx

    register = Sheet("Register pengaduan", [Column(h, w) for h, w in zip(REGISTER_HEADINGS, REGISTER_WIDTHS,
                                                                         strict=True)], [
        (line.number, line.received_on, line.received_time, line.kind, line.channel, line.lapor_id,
         line.complainant, line.subject, line.unit, line.service, line.request_number, line.status,
         line.verify_due, line.respond_due, line.complete_due, line.responded_on,
         "" if line.on_time is None else "Ya" if line.on_time else "Tidak", line.closed_on)
        for line in lines
    ], freeze="B2")
    sheets = [register]
    if recap is not None:
        rows: list[tuple[object, ...]] = [
            ("Diterima", recap.received), ("Ditanggapi", recap.responded),
            ("Ditanggapi tepat waktu", recap.responded_on_time), ("Selesai", recap.completed),
            ("Ditolak", recap.rejected), ("Bukan kewenangan", recap.not_ours), ("Masih berjalan", recap.still_open),
        ]
        for title, lines_of in (("Jenis", recap.by_kind), ("Saluran", recap.by_channel), ("Unit", recap.by_unit)):
            rows += [(), (title, *RECAP_HEADINGS[1:])]
            rows += [(r.label, r.received, r.responded, r.responded_on_time, r.done, r.still_open) for r in lines_of]
        rows += [(), ("Status", "Jumlah"), *((label, n) for _code, label, n in recap.by_status)]
        sheets.append(Sheet("Rekap", [Column(f"Rekap pengaduan {recap.period.label}", 34),
                                      *(Column(h, 14) for h in RECAP_HEADINGS[1:])], rows, freeze=None,
                            autofilter=False))
    return write_xlsx(sheets)


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store.complaint_recap import complaint_recap, record_export, register_lines

    if not str(args.out).lower().endswith(".xlsx"):
        raise CliError(_tr("Berkas ekspor harus berakhiran .xlsx, mis. pengaduan-2025-10.xlsx."))
    db = ctx.db()
    try:
        lines = list(register_lines(db, args.period))
        recap = complaint_recap(db, args.period) if args.period else None
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    from desk.formats.files import write_atomically

    path = Path(args.out).expanduser()
    try:
        write_atomically(path, workbook_bytes(lines, recap))
    except OSError as exc:
        raise CliError(_tr("Berkas {path} tidak dapat ditulis: {why}.").format(
            path=path, why=said(os_error_text(exc)))) from exc
    try:
        record_export(db, path.name, args.period, len(lines))
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    what = f" ({_period_label(args.period)})" if args.period else ""
    print(_tr("%n pengaduan{what} ditulis ke {path}.", "", len(lines)).format(what=what, path=path))
    return 0
