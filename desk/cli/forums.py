"""`desk print attendance|minutes|berita-acara|forum-recap FORUM_ID --out FILE.pdf`: a forum's documents.

The command line runs as the local system (no logged-in officer), except for the phone column:
`--phone` prints numbers the app shows only to roles that may reveal them, so it asks who runs it
(`--user NAME`, or `--as-system`, which the audit trail records), as the app would; even then a
participant's number is printed only with their consent. Every file is logged in the print log like a "Simpan PDF" from the app: it
carries the copy number the next paper print will carry.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desk.cli import print_cmd
from desk.cli.arguments import whole_number
from desk.cli.context import CliContext, CliError, add_who_arguments
from desk.cli.speech import _tr, said
from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.store.errors import StoreError

PAPERS = ("A4", "F4")
MAX_BLANK_ROWS = 500


def register(subparsers: Any) -> None:
    print_cmd.register(subparsers)
    print_cmd.register_document(
        "attendance", _attendance_arguments, run_attendance,
        help=_tr("daftar hadir forum konsultasi publik (PDF), diisi peserta undangan"),
    )
    print_cmd.register_document("minutes", _common_arguments, run_minutes, help=_tr("notulen forum (PDF)"))
    print_cmd.register_document("berita-acara", _common_arguments, run_berita_acara, help=_tr("berita acara forum (PDF)"))
    print_cmd.register_document(
        "forum-recap", _common_arguments, run_recap, help=_tr("rekap kehadiran forum per unsur dan jenis kelamin (PDF)")
    )


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("forum_id", type=whole_number, metavar=_tr("NOMOR_FORUM"), help=_tr("nomor forum"))
    parser.add_argument("--out", required=True, metavar=_tr("BERKAS.pdf"), help=_tr("berkas PDF yang ditulis"))
    parser.add_argument("--paper", type=str.upper, choices=PAPERS, help=_tr("ukuran kertas (bawaan: pengaturan kantor)"))


def _attendance_arguments(parser: argparse.ArgumentParser) -> None:
    _common_arguments(parser)
    parser.add_argument("--landscape", action="store_true", help=_tr("kertas mendatar (lanskap)"))
    parser.add_argument("--blank-rows", type=whole_number, default=10, metavar="N",
                        help=_tr("baris kosong bernomor untuk peserta tanpa undangan (bawaan 10)"))
    parser.add_argument("--blank", action="store_true", help=_tr("lembar kosong tanpa nama peserta"))
    parser.add_argument("--sort", choices=("unsur", "nama"), default="unsur",
                        help=_tr("urutan peserta: per unsur lalu nama (bawaan) atau nama saja"))
    parser.add_argument("--phone", action="store_true",
                        help=_tr("tampilkan kolom No. HP (hanya untuk peserta yang menyetujui); perlu --user atau "
                             "--as-system"))
    add_who_arguments(parser)


def _data(ctx: CliContext, args: argparse.Namespace, kind: DocumentKind, *, with_phone: bool = False) -> Any:
    from desk.store import forums

    # Phone numbers are shown in the app only to roles that may reveal them: the command asks who runs it.
    db = ctx.acting(args, f"print attendance {args.forum_id} --phone") if with_phone else ctx.db()
    try:
        data = forums.print_data(db, args.forum_id, kind, with_phone=with_phone)
    except StoreError as exc:
        raise CliError(f"{said(exc.message)} (forum {args.forum_id})") from exc
    if args.paper and args.paper not in data.papers:
        raise CliError(_tr("{document} dicetak pada kertas {papers}, bukan {paper}.").format(
            document=said(kind.label), papers=_tr(" atau ").join(data.papers), paper=args.paper))
    return data


def _write(ctx: CliContext, args: argparse.Namespace, data: Any, paper: str, pdf: bytes,
           details: dict[str, Any] | None = None) -> tuple[Path, str]:
    """Write the PDF and log it as a saved copy: the note says which copy the file carries."""
    from desk.store import prints

    path = print_cmd.write_pdf(args.out, pdf)
    try:
        prints.record_print(ctx.db(), data.kind, args.forum_id, PrintAction.SAVE, paper, str(path.resolve()),
                            details)
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    print_cmd.say_draft(data.draft_reasons, data.office)
    return path, print_cmd.copy_note(data.copy_no)


def run_attendance(ctx: CliContext, args: argparse.Namespace) -> int:
    if not 0 <= args.blank_rows <= MAX_BLANK_ROWS:
        raise CliError(_tr("--blank-rows harus antara 0 dan {most}.").format(most=MAX_BLANK_ROWS))
    from desk.documents.attendance import AttendanceOptions, render_attendance

    data = _data(ctx, args, DocumentKind.ATTENDANCE, with_phone=args.phone)
    paper = args.paper or data.paper
    options = AttendanceOptions(
        paper=paper, landscape=args.landscape, blank_rows=args.blank_rows, blank=args.blank,
        show_phone=args.phone, sort="name" if args.sort == "nama" else "unsur", copy_no=data.copy_no,
    )
    pdf = render_attendance(data.office, data.forum, data.participants, options)
    path, note = _write(ctx, args, data, paper, pdf, {
        "landscape": args.landscape, "blank_rows": args.blank_rows, "blank": args.blank, "phone_column": args.phone,
    })
    names = 0 if args.blank else len(data.participants)
    landscape = ", " + _tr("lanskap") if args.landscape else ""
    print(_tr("Daftar hadir ({paper}{landscape}; %n peserta, {blank} baris kosong){copy} ditulis ke {path}.", "",
              names).format(paper=paper, landscape=landscape, blank=args.blank_rows, copy=note, path=path))
    return 0


def run_minutes(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.notulen import render_notulen

    data = _data(ctx, args, DocumentKind.MINUTES)
    paper = args.paper or data.paper
    path, note = _write(ctx, args, data, paper,
                        render_notulen(data.office, data.forum, data.minutes, data.recap, paper=paper,
                                                   copy_no=data.copy_no, now=data.now))
    print(_tr("Notulen ({paper}){copy} ditulis ke {path}.").format(paper=paper, copy=note, path=path))
    return 0


def run_berita_acara(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.berita_acara import render_berita_acara

    data = _data(ctx, args, DocumentKind.BERITA_ACARA)
    paper = args.paper or data.paper
    pdf = render_berita_acara(data.office, data.forum, data.berita_acara, data.recap, paper=paper,
                              copy_no=data.copy_no, now=data.now)
    path, note = _write(ctx, args, data, paper, pdf)
    print(_tr("Berita acara ({paper}){copy} ditulis ke {path}.").format(paper=paper, copy=note, path=path))
    return 0


def run_recap(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.forum_recap import render_forum_recap

    data = _data(ctx, args, DocumentKind.FORUM_RECAP)
    paper = args.paper or data.paper
    path, note = _write(ctx, args, data, paper, render_forum_recap(data.office, data.forum, data.recap, paper=paper,
                                                                     copy_no=data.copy_no, now=data.now))
    print(_tr("Rekap kehadiran ({paper}){copy} ditulis ke {path}.").format(paper=paper, copy=note, path=path))
    return 0
