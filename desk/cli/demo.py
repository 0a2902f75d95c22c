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

from desk.cli.arguments import decimal_number, whole_number
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, number

MAX_REQUESTS = 10_000_000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo-data",
        help=_tr("isi basis data dengan permohonan contoh (untuk demo, pelatihan dan uji kecepatan)"),
        description=_tr("Menambah permohonan contoh yang realistis (NIK, nama, alamat Balangan, layanan, status) "
                        "ke basis data. Jangan dijalankan pada basis data kantor yang sebenarnya."),
    )
    parser.add_argument("--requests", type=whole_number, default=1000, metavar="N", help=_tr("jumlah permohonan (bawaan 1000)"))
    parser.add_argument("--forums", type=whole_number, default=0, metavar="F", help=_tr("jumlah forum konsultasi publik contoh"))
    parser.add_argument("--participants", type=whole_number, default=40, metavar="P", help=_tr("peserta per forum (bawaan 40)"))
    parser.add_argument("--skm", type=whole_number, default=0, metavar="N",
                        help=_tr("jumlah formulir survei kepuasan masyarakat contoh (tahun terakhir)"))
    parser.add_argument("--complaints", type=whole_number, default=0, metavar="C",
                        help=_tr("jumlah pengaduan, saran dan permintaan informasi contoh"))
    parser.add_argument("--seed", type=whole_number, default=1, metavar="S", help=_tr("benih acak: benih sama, data sama"))
    parser.add_argument("--years", type=decimal_number, default=3.0, metavar=_tr("TAHUN"), help=_tr("rentang tanggal ke belakang, dalam tahun (bawaan 3)"))
    parser.set_defaults(func=run)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() or done == total:
        print("\r  " + _tr("{done} dari %n permohonan", "", total).format(done=number(done)), end="", file=sys.stderr,
              flush=True)
        if done == total:
            print(file=sys.stderr)


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    if not 0 <= args.requests <= MAX_REQUESTS:
        raise CliError(_tr("--requests harus antara 0 dan {most}.").format(most=number(MAX_REQUESTS)))
    if args.forums < 0 or args.participants < 0 or args.complaints < 0 or not 0 <= args.skm <= MAX_REQUESTS:
        raise CliError(_tr("--forums, --participants, --complaints dan --skm tidak boleh negatif "
                           "(--skm paling banyak {most}).").format(most=number(MAX_REQUESTS)))
    if args.years <= 0 or args.years > 30:
        raise CliError(_tr("--years harus lebih dari 0 dan paling banyak 30."))
    db = ctx.db()
    from desk.store.demo import add_demo_requests

    summary = add_demo_requests(db, args.requests, seed=args.seed, years=args.years, progress=_progress)
    print(_tr("Ditambahkan %n permohonan dari {visitors} pemohon baru dalam {seconds} detik.", "",
              summary.requests).format(visitors=number(summary.visitors), seconds=number(summary.seconds, 1)))
    if args.forums > 0:
        _add_forums(ctx, args)
    if args.skm > 0:
        from desk.store.demo_skm import add_demo_responses

        skm = add_demo_responses(db, args.skm, seed=args.seed)
        print(_tr("Ditambahkan %n formulir SKM dalam {seconds} detik.", "", skm.forms).format(
            seconds=number(skm.seconds, 1)))
    if args.complaints > 0:
        from desk.store.demo_complaints import add_demo_complaints

        made = add_demo_complaints(db, args.complaints, seed=args.seed, years=args.years)
        print(_tr("Ditambahkan %n pengaduan ({still_open} masih berjalan) dalam {seconds} detik.", "",
                  made.complaints).format(still_open=number(made.still_open), seconds=number(made.seconds, 1)))
    print(_tr("Basis data : {where}").format(where=db.describe()))
    return 0


def _add_forums(ctx: CliContext, args: argparse.Namespace) -> None:
    # Forums are another engineer's area; their generator is used when it is installed.
    if importlib.util.find_spec("desk.store.demo_forums") is None:
        raise CliError(_tr("Data contoh forum belum tersedia pada versi Desk ini (desk.store.demo_forums)."))
    from desk.store import demo_forums

    started = time.perf_counter()
    demo_forums.add_demo_forums(ctx.db(), args.forums, args.participants, args.seed)
    print(_tr("Ditambahkan %n forum dengan {participants} peserta per forum dalam {seconds} detik.", "",
              args.forums).format(participants=number(args.participants),
                                  seconds=number(time.perf_counter() - started, 1)))
