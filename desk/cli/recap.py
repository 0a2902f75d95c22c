"""`desk recap --period P [--unit U | --service S] --out FILE.pdf|FILE.xlsx` and `desk print register-book`.

The recap of the requests received in a period (a day, month, quarter, semester, year or a range
of dates) as the PDF the office prints or the spreadsheet it works in; the buku register of a period
as an F4 landscape PDF. Every file written is in the print log (a saved file, not a paper print).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desk.cli import print_cmd
from desk.cli.context import CliContext, CliError, os_user
from desk.cli.speech import _tr, number, period_label, said
from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.errors import DomainError
from desk.domain.recap_period import RecapPeriod, parse_recap_period
from desk.domain.recap_records import RecapScope
from desk.store.errors import StoreError


def _period_help() -> str:
    return _tr("2026-11 (bulan), 2026-Q4, 2026-S2, 2026 (tahun), 2026-11-03 (sehari) atau 2026-01-05..2026-02-10")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("recap", help=_tr("rekap permohonan suatu periode ke PDF atau Excel"),
                                   description=_tr("Rekap permohonan yang diterima pada suatu periode."))
    _scope_arguments(parser)
    parser.add_argument("--out", required=True, metavar=_tr("BERKAS.pdf|BERKAS.xlsx"), help=_tr("berkas yang ditulis"))
    parser.add_argument("--paper", default="A4", choices=("A4", "F4"), help=_tr("ukuran kertas PDF (bawaan A4)"))
    parser.set_defaults(func=run_recap)
    print_cmd.register(subparsers)
    print_cmd.register_document("register-book", _book_arguments, run_register_book,
                                _tr("buku register pelayanan suatu periode (F4 mendatar)"))


def _period(text: str) -> RecapPeriod:
    try:
        return parse_recap_period(text)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(said(exc.message)) from exc


def _period_label(period: RecapPeriod) -> str:
    return period_label(period.first, period.last, period.label, period.kind)


def _scope(scope: RecapScope) -> str:
    """The whole office in the run's language; a unit or a service by its name as the office wrote it."""
    return said(scope.label) if scope.code else _tr("Seluruh unit pelayanan")  # the office has no code


def _scope_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, type=_period, metavar="P", help=_period_help())
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--unit", metavar=_tr("KODE"), help=_tr("hanya satu unit (bidang), mis. PNP"))
    scope.add_argument("--service", metavar=_tr("KODE"), help=_tr("hanya satu layanan, mis. P1"))


def _book_arguments(parser: argparse.ArgumentParser) -> None:
    _scope_arguments(parser)
    parser.add_argument("--out", required=True, metavar=_tr("BERKAS.pdf"), help=_tr("berkas PDF yang ditulis"))


def _log_save(ctx: CliContext, kind: DocumentKind, paper: str, target: Path, period: RecapPeriod, scope: str) -> None:
    from desk.store.prints import record_print

    record_print(ctx.db(), kind, None, PrintAction.SAVE, paper, str(target), {"period": period.code, "scope": scope})


def run_recap(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store.recaps import recap

    out = str(args.out)
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(_tr("Berkas rekap harus berakhiran .pdf atau .xlsx, mis. rekap-2026-11.pdf."))
    db = ctx.db()
    try:
        data = recap(db, args.period, unit=args.unit, service=args.service, made_by=os_user())
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    if suffix == ".xlsx":
        from desk.formats.recap_workbook import recap_bytes

        target = print_cmd.write_pdf(out, recap_bytes(data))  # the same safe write: temporary file, then rename
        paper = "xlsx"
    else:
        from desk.documents.recap import render_recap
        from desk.store.prints import next_copy
        from desk.store.work import office_context

        copy_no = next_copy(db, DocumentKind.REQUEST_RECAP, None)
        target = print_cmd.write_pdf(out, render_recap(office_context(db).profile, data, paper=args.paper,
                                                       copy_no=copy_no))
        paper = args.paper
    _log_save(ctx, DocumentKind.REQUEST_RECAP, paper, target, args.period, data.scope.code)
    h = data.headline
    print(_tr("Rekap {period}, {scope}: %n permohonan, {done} selesai ({on_time} tepat waktu, {late} terlambat). "
              "Ditulis ke {path}.", "", h.received).format(
        period=_period_label(data.period), scope=_scope(data.scope), done=number(h.done),
        on_time=number(h.on_time), late=number(h.late), path=target))
    return 0


def run_register_book(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.register_book import render_register_book
    from desk.store.prints import next_copy
    from desk.store.recaps import register_book
    from desk.store.work import office_context

    if not str(args.out).lower().endswith(".pdf"):
        raise CliError(_tr("Berkas buku register harus berakhiran .pdf, mis. register-2026.pdf."))
    db = ctx.db()
    try:
        book = register_book(db, args.period, unit=args.unit, service=args.service, made_by=os_user())
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    copy_no = next_copy(db, DocumentKind.REGISTER_BOOK, None)
    target = print_cmd.write_pdf(args.out, render_register_book(office_context(db).profile, book, copy_no=copy_no))
    _log_save(ctx, DocumentKind.REGISTER_BOOK, "F4", target, args.period, book.scope.code)
    print(_tr("Buku register {period}: %n permohonan. Ditulis ke {path}.", "", len(book.lines)).format(
        period=_period_label(book.period), path=target))
    return 0
