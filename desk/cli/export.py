"""`desk export register [--from D --to D] [--status S] [--service CODE] [--reveal] --out FILE.xlsx|FILE.csv`.

The register as the register screen filters it, every matching request, newest first, written
through desk/formats (Excel with real dates, frozen heading and autofilter; or CSV with semicolons
for an Indonesian Excel). NIK and phone are masked; `--reveal` writes them whole and, since that is
personal data leaving Desk, needs an admin (`--user NAMA_ADMIN`). The export is audited; a file is
either written whole or not at all.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from desk.cli.arguments import iso_date
from desk.cli.context import CliContext, CliError, add_who_arguments
from desk.cli.speech import _tr, said
from desk.domain.os_errors import os_error_text
from desk.domain.status import STATUS_LABELS
from desk.store.errors import StoreError

OPEN = "terbuka"  # desk.store.requests.OPEN_FILTER (not imported here: argparse runs before any store module)
STATUSES = (*STATUS_LABELS, OPEN)
log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("export", help=_tr("ekspor data ke Excel atau CSV"),
                                   description=_tr("Ekspor data Desk ke berkas Excel (.xlsx) atau CSV."))
    commands = parser.add_subparsers(title=_tr("perintah"), dest="export_command", metavar=_tr("PERINTAH"))
    parser.set_defaults(func=_help(parser))
    reg = commands.add_parser("register", help=_tr("register pelayanan (sesuai saringan) ke BERKAS.xlsx atau BERKAS.csv"),
                              description=_tr("Register pelayanan, semua permohonan yang cocok, terbaru dulu."))
    reg.add_argument("--from", dest="date_from", type=iso_date, metavar=_tr("TTTT-BB-HH"), help=_tr("diterima sejak tanggal ini"))
    reg.add_argument("--to", dest="date_to", type=iso_date, metavar=_tr("TTTT-BB-HH"), help=_tr("diterima sampai tanggal ini"))
    reg.add_argument("--status", choices=STATUSES, help=_tr("status permohonan; 'terbuka' = diterima dan diproses"))
    reg.add_argument("--service", metavar=_tr("KODE"), help=_tr("kode layanan, mis. P1"))
    reg.add_argument("--reveal", action="store_true",
                     help=_tr("tulis NIK dan nomor HP lengkap (hanya admin: perlu --user)"))
    reg.add_argument("--out", required=True, metavar=_tr("BERKAS.xlsx|BERKAS.csv"), help=_tr("berkas yang ditulis"))
    add_who_arguments(reg)
    reg.set_defaults(func=run_register)


def _help(parser: argparse.ArgumentParser) -> Any:
    def run(_ctx: CliContext, _args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return run


def run_register(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.formats.register_file import MSG_SUFFIX, export_format, open_export
    from desk.store.register_export import export_register
    from desk.store.requests import RegisterFilter
    from desk.store.survey import scope_of

    path = Path(args.out).expanduser()
    if export_format(path.suffix) is None:
        raise CliError(said(MSG_SUFFIX))
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError(_tr("Tanggal --from sesudah --to."))
    # Whole NIKs and phones leave Desk only at an admin's hand; a masked export is the office's own report.
    db = ctx.acting(args, "export register --reveal") if args.reveal or args.user else ctx.db()
    try:
        service_id = scope_of(db, service_code=args.service)[1] if args.service else None
        filters = RegisterFilter(date_from=args.date_from, date_to=args.date_to, status=args.status,
                                 service_id=service_id)
        with open_export(path) as out:
            done = export_register(db, filters, out.write, file_name=path.name, file_format=out.kind,
                                   reveal=args.reveal)
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    except OSError as exc:  # the system's own words ("Permission denied") go to the log only
        log.error("export register: %s could not be written: %r", path.name, exc)
        raise CliError(_tr("Berkas {path} tidak dapat ditulis: {why}.").format(
            path=path, why=said(os_error_text(exc)))) from exc
    masked = _tr("NIK dan nomor HP lengkap") if done.value.revealed else _tr("NIK dan nomor HP disamarkan")
    print(_tr("%n permohonan ditulis ke {path} ({masked}).", "", done.value.rows).format(path=path, masked=masked))
    return 0
