"""`desk demo-data`: fill the database with realistic synthetic requests (and forums).

For demonstrations, training and the benchmarks; never on an office's real
database. A million requests take a minute or two on SQLite.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from typing import Any

from desk.cli.context import CliContext, CliError
from desk.domain.text_id import format_number

MAX_REQUESTS = 10_000_000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo-data",
        help="isi basis data dengan permohonan contoh (untuk demo, pelatihan dan uji kecepatan)",
        description=(
            "Menambah permohonan contoh yang realistis (NIK, nama, alamat Balangan, layanan, status) "
            "ke basis data. Jangan dijalankan pada basis data kantor yang sebenarnya."
        ),
    )
    parser.add_argument("--requests", type=int, default=1000, metavar="N", help="jumlah permohonan (bawaan 1000)")
    parser.add_argument("--forums", type=int, default=0, metavar="F", help="jumlah forum konsultasi publik contoh")
    parser.add_argument("--participants", type=int, default=40, metavar="P", help="peserta per forum (bawaan 40)")
    parser.add_argument("--skm", type=int, default=0, metavar="N",
                        help="jumlah formulir survei kepuasan masyarakat contoh (tahun terakhir)")
    parser.add_argument("--complaints", type=int, default=0, metavar="C",
                        help="jumlah pengaduan, saran dan permintaan informasi contoh")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="benih acak: benih sama, data sama")
    parser.add_argument("--years", type=float, default=3.0, help="rentang tanggal ke belakang, dalam tahun (bawaan 3)")
    parser.set_defaults(func=run)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() or done == total:
        print(f"\r  {format_number(done)} dari {format_number(total)} permohonan", end="", file=sys.stderr, flush=True)
        if done == total:
            print(file=sys.stderr)


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    if not 0 <= args.requests <= MAX_REQUESTS:
        raise CliError(f"--requests harus antara 0 dan {format_number(MAX_REQUESTS)}.")
    if args.forums < 0 or args.participants < 0 or args.complaints < 0 or not 0 <= args.skm <= MAX_REQUESTS:
        raise CliError("--forums, --participants, --complaints dan --skm tidak boleh negatif "
                       "(--skm paling banyak 10.000.000).")
    if args.years <= 0 or args.years > 30:
        raise CliError("--years harus lebih dari 0 dan paling banyak 30.")
    db = ctx.db()
    from desk.store.demo import add_demo_requests

    summary = add_demo_requests(db, args.requests, seed=args.seed, years=args.years, progress=_progress)
    print(
        f"Ditambahkan {format_number(summary.requests)} permohonan dari {format_number(summary.visitors)} pemohon "
        f"baru dalam {format_number(summary.seconds, 1)} detik."
    )
    if args.forums > 0:
        _add_forums(ctx, args)
    if args.skm > 0:
        from desk.store.demo_skm import add_demo_responses

        skm = add_demo_responses(db, args.skm, seed=args.seed)
        print(f"Ditambahkan {format_number(skm.forms)} formulir SKM dalam {format_number(skm.seconds, 1)} detik.")
    if args.complaints > 0:
        from desk.store.demo_complaints import add_demo_complaints

        made = add_demo_complaints(db, args.complaints, seed=args.seed, years=args.years)
        print(f"Ditambahkan {format_number(made.complaints)} pengaduan ({format_number(made.still_open)} masih "
              f"berjalan) dalam {format_number(made.seconds, 1)} detik.")
    print(f"Basis data : {db.describe()}")
    return 0


def _add_forums(ctx: CliContext, args: argparse.Namespace) -> None:
    # Forums are another engineer's area; their generator is used when it is installed.
    if importlib.util.find_spec("desk.store.demo_forums") is None:
        raise CliError("Data contoh forum belum tersedia pada versi Desk ini (desk.store.demo_forums).")
    from desk.store import demo_forums

    started = time.perf_counter()
    demo_forums.add_demo_forums(ctx.db(), args.forums, args.participants, args.seed)
    print(
        f"Ditambahkan {args.forums} forum dengan {args.participants} peserta per forum "
        f"dalam {format_number(time.perf_counter() - started, 1)} detik."
    )
