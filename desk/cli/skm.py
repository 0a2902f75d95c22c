"""`desk skm ...`: the Survei Kepuasan Masyarakat without the app.

    desk skm report --period 2026-S2 [--unit PNP | --service P1] [--paper F4] --out LAPORAN.pdf
    desk skm poster --period 2026-S2 [--unit PNP] --out POSTER.pdf
    desk skm export --period 2026-S2 [--unit PNP] PENGOLAHAN.xlsx
    desk skm template TEMPLAT.xlsx
    desk skm import FORMULIR.xlsx

Periods: 2026-11 (month), 2026-Q4 (quarter), 2026-S2 (semester), 2026 (year). An import is
all or nothing: on any problem nothing is stored and every problem is listed with its row
and column. Reports and posters are recorded in the print log like a save from the app.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk.cli import print_cmd
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, number, period_label, said, score
from desk.domain.skm import Period, PeriodError, parse_period
from desk.domain.skm_records import OFFICE, SAMPLE_SHORT, SAMPLE_UNKNOWN, Scope, ScopeResult
from desk.store.errors import StoreError

PAPERS = ("A4", "F4")


def _period(text: str) -> Period:
    try:
        return parse_period(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(said(exc.message)) from exc


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "skm", help=_tr("survei kepuasan masyarakat: laporan, poster, ekspor dan impor formulir"),
        description=_tr("Survei Kepuasan Masyarakat (PermenPANRB 14/2017) tanpa membuka aplikasi."),
    )
    commands = parser.add_subparsers(title=_tr("perintah"), dest="skm_command", metavar=_tr("PERINTAH"))
    parser.set_defaults(func=lambda _ctx, _args: _missing(parser))

    def scoped(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--period", type=_period, required=True, metavar=_tr("PERIODE"),
                         help=_tr("2026-11 (bulan), 2026-Q4 (triwulan), 2026-S2 (semester) atau 2026 (tahun)"))
        which = sub.add_mutually_exclusive_group()
        which.add_argument("--unit", metavar=_tr("KODE"), help=_tr("satu unit pelayanan, mis. PNP (bawaan: seluruh kantor)"))
        which.add_argument("--service", metavar=_tr("KODE"), help=_tr("satu jenis layanan, mis. P1"))
        return sub

    for name, help_text, func in (("report", _tr("laporan hasil SKM (PDF)"), run_report),
                                  ("poster", _tr("poster hasil SKM satu halaman (PDF)"), run_poster)):
        sub = scoped(name, help_text)
        sub.add_argument("--out", required=True, metavar=_tr("BERKAS.pdf"), help=_tr("berkas PDF yang ditulis"))
        sub.add_argument("--paper", type=str.upper, choices=PAPERS, default="A4", help=_tr("ukuran kertas (bawaan A4)"))
        sub.set_defaults(func=func)
    export = scoped("export", _tr("lembar pengolahan per responden dan ringkasan (Excel)"))
    export.add_argument("out", metavar=_tr("BERKAS.xlsx"), help=_tr("berkas Excel yang ditulis"))
    export.set_defaults(func=run_export)
    template = commands.add_parser("template", help=_tr("templat Excel untuk mengetik formulir kertas"))
    template.add_argument("out", metavar=_tr("BERKAS.xlsx"))
    template.set_defaults(func=run_template)
    imported = commands.add_parser("import", help=_tr("impor formulir dari templat Excel (semua atau tidak sama sekali)"))
    imported.add_argument("path", metavar=_tr("BERKAS.xlsx"))
    imported.set_defaults(func=run_import)


def _missing(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _scope(ctx: CliContext, args: argparse.Namespace) -> dict[str, int | None]:
    from desk.store import survey

    unit_id, service_id = survey.scope_of(ctx.db(), unit_code=args.unit or "", service_code=args.service or "")
    return {"unit_id": unit_id, "service_id": service_id}


def _report(ctx: CliContext, args: argparse.Namespace, kind: str) -> int:
    from desk.documents.base import is_draft
    from desk.domain.document_kinds import DocumentKind, PrintAction
    from desk.store import prints, survey

    db = ctx.db()
    try:
        data = survey.report_data(db, args.period, **_scope(ctx, args))
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    if kind == "report":
        from desk.documents.skm_report import render_skm_report

        pdf, document = render_skm_report(data, paper=args.paper), DocumentKind.SKM_REPORT
    else:
        from desk.documents.skm_poster import render_skm_poster

        pdf, document = render_skm_poster(data, paper=args.paper), DocumentKind.SKM_POSTER
    path = print_cmd.write_pdf(args.out, pdf)
    try:
        prints.record_print(db, document, None, PrintAction.SAVE, args.paper, str(path.resolve()),
                            {"period": args.period.code, "scope": data.main.scope.label})
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    main = data.main
    result = (f"IKM {score(main.result.konversi_shown)} ({main.result.grade})" if main.result
              else said(main.problem))
    draft = " — " + _tr("KONSEP") if is_draft(data.office, data.draft) else ""
    print(_tr("{document} {scope}, {period}: {result}; {progress}{draft}. Ditulis ke {path}.").format(
        document=said(document.label), scope=_scope_label(main.scope), period=_period_label(args.period), result=result,
        progress=_progress(main), draft=draft, path=path))
    note = _sample_note(main)
    if note:
        print(note)
    return 0


def _period_label(period: Period) -> str:
    return period_label(period.first_day, period.last_day, period.label, period.kind)


def _scope_label(scope: Scope) -> str:
    """The office, a unit or a service as a result names it (the office's own words for itself in the run's
    language; a unit's or a service's name as the office wrote it)."""
    return _tr("Seluruh kantor") if scope.kind == OFFICE and not scope.name else said(scope.label)


def _progress(result: ScopeResult) -> str:
    """"21 dari 68 responden" / "21 of 68 respondents", as the survey screen says it (desk.ui.survey.words)."""
    if result.population == 0:
        return _tr("%n responden (belum ada permohonan selesai tercatat)", "", result.respondents)
    return _tr("{respondents} dari %n responden", "", result.minimum).format(respondents=number(result.respondents))


def _sample_note(result: ScopeResult) -> str:
    """What to say beside a result whose sample is short or cannot be judged ("" when it is enough)."""
    if not result.population_known:
        return said(SAMPLE_UNKNOWN)
    if not result.enough:
        return said(SAMPLE_SHORT).format(minimum=number(result.minimum), population=number(result.population))
    return ""


def run_report(ctx: CliContext, args: argparse.Namespace) -> int:
    return _report(ctx, args, "report")


def run_poster(ctx: CliContext, args: argparse.Namespace) -> int:
    return _report(ctx, args, "poster")


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.formats.skm_workbook import processing_bytes
    from desk.store import survey

    try:
        sheet = survey.processing_sheet(ctx.db(), args.period, **_scope(ctx, args))
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    path = print_cmd.write_pdf(args.out, processing_bytes(sheet))  # any file, written whole or not at all
    print(_tr("%n formulir {scope}, {period} ditulis ke {path}.", "", len(sheet.lines)).format(
        scope=_scope_label(sheet.main.scope), period=_period_label(args.period), path=path))
    return 0


def run_template(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.formats.skm_workbook import template_bytes
    from desk.store import survey

    try:
        services = survey.template_services(ctx.db())
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    path = print_cmd.write_pdf(args.out, template_bytes(services))
    print(_tr("Templat formulir SKM ditulis ke {path}.").format(path=path))
    return 0


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.domain.imports import ImportRejected
    from desk.formats.skm_workbook import read_forms
    from desk.store import survey

    path = Path(args.path)
    try:
        letters, rows = read_forms(path)
        done = survey.import_forms(ctx.db(), rows, letters, path.name)
    except ImportRejected as exc:  # nothing was imported; every problem with its row and column
        raise CliError("\n".join(said(line) for line in exc.lines()), 1) from exc
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    print(_tr("%n formulir diimpor dari {name}.", "", done.value).format(name=path.name))
    return 0
