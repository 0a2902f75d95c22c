"""`desk standards ...` and `desk print standard|board|booklet|maklumat`: service standards from the command line.

    desk standards list                      services with the version in force
    desk standards search WORD...            services whose standard mentions every word
    desk standards export FILE.json|FILE.xlsx
    desk standards import FILE [--dry-run]   all or nothing; every problem with its row and column
    desk print standard SERVICE_CODE --out FILE.pdf [--paper A4|F4] [--version-no N]
    desk print board SERVICE_CODE|--all --out FILE.pdf [--paper A4|F4]
    desk print booklet --out FILE.pdf [--paper A4|F4]
    desk print maklumat --out FILE.pdf [--paper A4|F4] [--date YYYY-MM-DD]

The command line runs as the local system (no logged-in officer); every export and import is
audited, and every PDF written is logged in the print log like a "Simpan PDF" from the application.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.cli import print_cmd
from desk.cli.arguments import iso_date, whole_number
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, said
from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.store.errors import StoreError

if TYPE_CHECKING:
    from desk.store.standards_io import ImportReport

PAPERS = ("A4", "F4")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("standards", help=_tr("standar pelayanan: daftar, cari, ekspor dan impor (JSON/Excel)"),
                                   description=_tr("Standar pelayanan: daftar, cari, ekspor dan impor."))
    commands = parser.add_subparsers(title=_tr("perintah"), dest="standards_command", metavar=_tr("PERINTAH"))
    parser.set_defaults(func=_help(parser))
    listing = commands.add_parser("list", help=_tr("layanan dengan versi standar yang berlaku"))
    listing.set_defaults(func=run_list)
    search = commands.add_parser("search", help=_tr("layanan yang standarnya memuat semua kata yang dicari"))
    search.add_argument("words", nargs="+", metavar=_tr("KATA"))
    search.set_defaults(func=run_search)
    export = commands.add_parser("export", help=_tr("tulis semua standar ke BERKAS.json (lengkap) atau BERKAS.xlsx (templat)"))
    export.add_argument("file", metavar=_tr("BERKAS.json|BERKAS.xlsx"))
    export.set_defaults(func=run_export)
    imp = commands.add_parser("import", help=_tr("impor standar dari BERKAS.json atau BERKAS.xlsx (semua atau tidak sama sekali)"))
    imp.add_argument("file", metavar=_tr("BERKAS"))
    imp.add_argument("--dry-run", action="store_true", help=_tr("periksa saja, tidak ada yang disimpan"))
    imp.set_defaults(func=run_import)

    print_cmd.register(subparsers)
    print_cmd.register_document("standard", _standard_arguments, run_print_standard,
                                help=_tr("standar pelayanan satu layanan, 14 komponen (PDF)"))
    print_cmd.register_document("board", _board_arguments, run_print_board,
                                help=_tr("papan informasi standar pelayanan, satu halaman per layanan (PDF)"))
    print_cmd.register_document("booklet", _paper_arguments, run_print_booklet,
                                help=_tr("buku standar pelayanan: sampul, daftar isi, semua layanan per bidang (PDF)"))
    print_cmd.register_document("maklumat", _maklumat_arguments, run_print_maklumat,
                                help=_tr("maklumat pelayanan dengan tanda tangan kepala dinas (PDF)"))


def _help(parser: argparse.ArgumentParser) -> Any:
    def run(_ctx: CliContext, _args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return run


# --- standards -----------------------------------------------------------------------------------


def run_list(ctx: CliContext, _args: argparse.Namespace) -> int:
    from desk.store import standards

    unit = None
    for entry in standards.list_entries(ctx.db(), include_inactive=True):
        if entry.service.unit_code != unit:
            unit = entry.service.unit_code
            print(f"{entry.unit_full_name}")
        version = (_tr("versi {n}").format(n=entry.version_no) if entry.version_no
                   else _tr("belum ada standar"))
        state = " " + _tr("[tidak aktif]") if not entry.offered else ""
        print(f"  {entry.service.code:<6} {entry.service.name} ({version}){state}")
        if entry.aliases:
            print("         " + _tr("nama lain: {names}").format(names=", ".join(entry.aliases)))
    return 0


def run_search(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store import standards

    typed = " ".join(args.words)
    hits = standards.search_standards(ctx.db(), typed)
    if not hits:
        print(_tr("Tidak ada layanan yang standarnya memuat '{typed}'.").format(typed=typed))
        return 1
    for hit in hits:
        print(f"{hit.entry.service.code}  {hit.entry.service.name}")
        for match in hit.matches:
            print(f"    {said(match.label)}: {match.text}")
        if hit.more:
            print("    " + _tr("… dan %n baris lain", "", hit.more))
    return 0


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.formats.standards_file import write_standards_file
    from desk.store import standards_io

    try:
        report = standards_io.export_file(ctx.db(), args.file, write_standards_file).value
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    what = (_tr("%n versi", "", report.versions) if report.kind == "json"
            else _tr("versi terbaru tiap layanan"))
    print(_tr("Ditulis: {path} (%n layanan, {what}).", "", report.services).format(path=report.path, what=what))
    return 0


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.formats.standards_file import read_standards_file
    from desk.store import standards_io

    try:
        content = read_standards_file(args.file)
        if args.dry_run:
            report = standards_io.check_import_file(ctx.db(), content)
        else:
            report = standards_io.import_file(ctx.db(), content).value
    except standards_io.ImportRejected as exc:
        if not exc.problems:  # the file as a whole (missing, not a standards file): one line, as any refusal
            raise CliError(said(exc.message)) from exc
        first, *details = exc.lines()
        print(said(first))
        for line in details:
            print(f"  - {said(line)}")
        return 1
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    print(_tr("Pemeriksaan selesai; tidak ada yang disimpan (--dry-run).") if args.dry_run else _tr("Impor selesai."))
    for line in _report_lines(report):
        print(f"  {line}")
    return 0


def _report_lines(report: ImportReport) -> list[str]:
    """What an import changes (or would change), in this run's language: the lines of the store's
    ImportReport.lines(), which says them in Indonesian only, built from the report's parts."""
    will = report.dry_run
    names = ", ".join
    out: list[str] = []
    if report.units_created:
        out.append((_tr("Bidang baru (akan dibuat): {names}") if will else _tr("Bidang baru (telah dibuat): {names}"))
                   .format(names=names(report.units_created)))
    if report.services_created:
        out.append((_tr("Layanan baru (akan dibuat): {names}") if will
                    else _tr("Layanan baru (telah dibuat): {names}")).format(names=names(report.services_created)))
    if report.services_renamed:
        out.append(_tr("Nama layanan diubah: {names}").format(names=names(report.services_renamed)))
    if report.versions_added:
        out.append(_tr("Versi standar baru: {versions}").format(versions=names(
            _tr("{code} versi {n}").format(code=code, n=no) for code, no in report.versions_added)))
    if report.forums_created:
        out.append((_tr("Forum baru (akan dibuat): {names}") if will else _tr("Forum baru (telah dibuat): {names}"))
                   .format(names=names(report.forums_created)))
    if report.unchanged:
        out.append(_tr("Tidak berubah: {names}").format(names=names(report.unchanged)))
    if report.skipped:
        out.append(_tr("Dilewati (komponen belum diisi): {names}").format(names=names(report.skipped)))
    if not report.changes:
        out.append(_tr("Tidak ada perubahan: isi berkas sudah sama dengan standar di Desk."))
    return out


# --- printing ------------------------------------------------------------------------------------


def _paper_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar=_tr("BERKAS.pdf"), help=_tr("berkas PDF yang ditulis"))
    parser.add_argument("--paper", type=str.upper, choices=PAPERS, help=_tr("ukuran kertas (bawaan: pengaturan kantor)"))


def _standard_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar=_tr("KODE_LAYANAN"), help=_tr("kode layanan, mis. P1"))
    _paper_arguments(parser)
    parser.add_argument("--version-no", type=whole_number, metavar="N", help=_tr("cetak versi ke-N (bawaan: yang berlaku)"))


def _board_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", nargs="?", metavar=_tr("KODE_LAYANAN"), help=_tr("kode layanan, mis. P1"))
    parser.add_argument("--all", action="store_true", help=_tr("semua layanan aktif, satu halaman per layanan"))
    _paper_arguments(parser)


def _maklumat_arguments(parser: argparse.ArgumentParser) -> None:
    _paper_arguments(parser)
    parser.add_argument("--date", type=iso_date, metavar=_tr("TTTT-BB-HH"),
                        help=_tr("tanggal penandatanganan (bawaan: tanggal yang tersimpan di profil kantor)"))


def _data(ctx: CliContext, args: argparse.Namespace, kind: DocumentKind, *, code: str | None = None,
          version_no: int | None = None, on: date | None = None) -> Any:
    from desk.store import standards

    try:
        service_id = standards.service_by_code(ctx.db(), code).service.id if code else None
        return standards.print_data(ctx.db(), kind, service_id=service_id, version_no=version_no, on=on)
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc


def _save(ctx: CliContext, args: argparse.Namespace, data: Any, pdf: bytes, paper: str,
          details: dict[str, Any]) -> int:
    """Write the PDF and log it as a saved copy (it carries the copy number the next print will carry)."""
    from desk.store import prints

    path = print_cmd.write_pdf(args.out, pdf)
    print_cmd.say_draft(data.draft_reasons, data.office)
    try:
        prints.record_print(ctx.db(), data.kind, data.record_id, PrintAction.SAVE, paper, str(path.resolve()),
                            details)
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    print(_tr("Ditulis: {path}{copy}").format(path=path, copy=print_cmd.copy_note(data.copy_no)))
    return 0


def run_print_standard(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.standard import render_standard

    data = _data(ctx, args, DocumentKind.STANDARD, code=args.code, version_no=args.version_no)
    paper = args.paper or data.paper
    published = data.standards[0]
    pdf = render_standard(data.office, published, paper, copy_no=data.copy_no)
    return _save(ctx, args, data, pdf, paper,
                 {"service": published.service_code, "version": published.standard.version_no})


def run_print_board(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.board import render_board

    if bool(args.code) == bool(args.all):
        raise CliError(_tr("Sebutkan satu kode layanan, atau --all untuk semua layanan."), 2)
    data = _data(ctx, args, DocumentKind.BOARD, code=args.code)
    paper = args.paper or data.paper
    pdf = render_board(data.office, list(data.standards), paper, copy_no=data.copy_no)
    return _save(ctx, args, data, pdf, paper, {"services": [p.service_code for p in data.standards]})


def run_print_booklet(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.booklet import render_booklet

    data = _data(ctx, args, DocumentKind.BOOKLET)
    paper = args.paper or data.paper
    pdf = render_booklet(data.office, data.standards, data.on, paper, copy_no=data.copy_no)
    return _save(ctx, args, data, pdf, paper, {"services": len(data.standards)})


def run_print_maklumat(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.maklumat import render_maklumat

    data = _data(ctx, args, DocumentKind.MAKLUMAT, on=args.date)
    paper = args.paper or data.paper
    office, reasons = data.office, data.draft_reasons
    if args.date:  # the signing date stated here; otherwise the one stored with the office profile
        office = replace(office, maklumat_date=args.date)
        reasons = tuple(r for r in reasons if "maklumat" not in r)
    pdf = render_maklumat(office, data.on, paper, copy_no=data.copy_no)
    data = replace(data, draft_reasons=reasons)
    return _save(ctx, args, data, pdf, paper, {"date": data.on.isoformat()})
