"""`desk print attendance|minutes|berita-acara|forum-recap FORUM_ID --out FILE.pdf`: a forum's documents.

The command line runs as the local system (no logged-in officer), so it may print phone
numbers when `--phone` asks for the column; even then a participant's number is printed
only with their consent. Every print is logged (print_records + audit) like one from the app.
"""

from __future__ import annotations

import argparse
from typing import Any

from desk.cli import print_cmd
from desk.cli.context import CliContext, CliError
from desk.store.errors import StoreError

PAPERS = ("A4", "F4")
MAX_BLANK_ROWS = 500


def register(subparsers: Any) -> None:
    print_cmd.register(subparsers)
    print_cmd.register_document(
        "attendance", _attendance_arguments, run_attendance,
        help="daftar hadir forum konsultasi publik (PDF), diisi peserta undangan",
    )
    print_cmd.register_document("minutes", _common_arguments, run_minutes, help="notulen forum (PDF)")
    print_cmd.register_document("berita-acara", _common_arguments, run_berita_acara, help="berita acara forum (PDF)")
    print_cmd.register_document(
        "forum-recap", _common_arguments, run_recap, help="rekap kehadiran forum per unsur dan jenis kelamin (PDF)"
    )


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("forum_id", type=int, metavar="FORUM_ID", help="nomor forum")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    parser.add_argument("--paper", type=str.upper, choices=PAPERS, help="ukuran kertas (bawaan: pengaturan kantor)")


def _attendance_arguments(parser: argparse.ArgumentParser) -> None:
    _common_arguments(parser)
    parser.add_argument("--landscape", action="store_true", help="kertas mendatar (lanskap)")
    parser.add_argument("--blank-rows", type=int, default=10, metavar="N",
                        help="baris kosong bernomor untuk peserta tanpa undangan (bawaan 10)")
    parser.add_argument("--blank", action="store_true", help="lembar kosong tanpa nama peserta")
    parser.add_argument("--sort", choices=("unsur", "nama"), default="unsur",
                        help="urutan peserta: per unsur lalu nama (bawaan) atau nama saja")
    parser.add_argument("--phone", action="store_true",
                        help="tampilkan kolom No. HP (hanya untuk peserta yang menyetujui)")


def _paper(ctx: CliContext, args: argparse.Namespace, kind: str) -> str:
    if args.paper:
        return str(args.paper)
    from desk.store.printing_defaults import default_paper

    with ctx.db().read() as session:
        paper = default_paper(session, kind)
    return paper if paper in PAPERS else "A4"


def _data(ctx: CliContext, forum_id: int, *, with_phone: bool = False) -> Any:
    from desk.store import forums

    try:
        with ctx.db().read() as session:
            return forums.print_data(session, forum_id, with_phone=with_phone)
    except StoreError as exc:
        raise CliError(f"{exc.message} (forum {forum_id})") from exc


def _log_print(ctx: CliContext, forum_id: int, kind: str, paper: str, out: str, details: dict[str, Any]) -> int:
    from desk.store import forums

    with ctx.db().write() as session:
        return forums.record_print(session, forum_id, kind, paper=paper, action="save", target=out, details=details)


def run_attendance(ctx: CliContext, args: argparse.Namespace) -> int:
    if not 0 <= args.blank_rows <= MAX_BLANK_ROWS:
        raise CliError(f"--blank-rows harus antara 0 dan {MAX_BLANK_ROWS}.")
    from desk.documents.attendance import AttendanceOptions, render_attendance

    paper = _paper(ctx, args, "attendance")
    data = _data(ctx, args.forum_id, with_phone=args.phone)
    options = AttendanceOptions(
        paper=paper, landscape=args.landscape, blank_rows=args.blank_rows, blank=args.blank,
        show_phone=args.phone, sort="name" if args.sort == "nama" else "unsur",
    )
    pdf = render_attendance(data.office, data.forum, data.participants, options)
    path = print_cmd.write_pdf(args.out, pdf)
    copy = _log_print(ctx, args.forum_id, "attendance", paper, str(path), {
        "lanskap": args.landscape, "baris_kosong": args.blank_rows, "kosong": args.blank, "kolom_hp": args.phone,
    })
    names = 0 if args.blank else len(data.participants)
    print(f"Daftar hadir ({paper}{', lanskap' if args.landscape else ''}; {names} peserta, "
          f"{args.blank_rows} baris kosong) ditulis ke {path} (salinan ke-{copy}).")
    return 0


def run_minutes(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.notulen import render_notulen

    paper = _paper(ctx, args, "berita_acara")
    data = _data(ctx, args.forum_id)
    path = print_cmd.write_pdf(args.out, render_notulen(data.office, data.forum, data.minutes, data.recap, paper=paper))
    copy = _log_print(ctx, args.forum_id, "minutes", paper, str(path), {})
    print(f"Notulen ({paper}) ditulis ke {path} (salinan ke-{copy}).")
    return 0


def run_berita_acara(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.berita_acara import render_berita_acara

    paper = _paper(ctx, args, "berita_acara")
    data = _data(ctx, args.forum_id)
    pdf = render_berita_acara(data.office, data.forum, data.berita_acara, data.recap, paper=paper)
    path = print_cmd.write_pdf(args.out, pdf)
    copy = _log_print(ctx, args.forum_id, "berita_acara", paper, str(path), {})
    print(f"Berita acara ({paper}) ditulis ke {path} (salinan ke-{copy}).")
    return 0


def run_recap(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.documents.forum_recap import render_forum_recap

    paper = _paper(ctx, args, "berita_acara")
    data = _data(ctx, args.forum_id)
    path = print_cmd.write_pdf(args.out, render_forum_recap(data.office, data.forum, data.recap, paper=paper))
    copy = _log_print(ctx, args.forum_id, "forum_recap", paper, str(path), {})
    print(f"Rekap kehadiran ({paper}) ditulis ke {path} (salinan ke-{copy}).")
    return 0
