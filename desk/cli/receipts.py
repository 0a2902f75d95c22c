"""`desk print receipt NUMBER --out FILE.pdf [--paper ...] [--two-up]`: a request's receipt without the app.

Each run is recorded like a save from the preview, so a second run prints "SALINAN ke-2".
"""

from __future__ import annotations

import argparse
from typing import Any

from desk.cli import print_cmd
from desk.cli.context import CliContext, CliError
from desk.store.errors import StoreError

PAPERS = ("A4", "F4", "A5", "80mm", "58mm")


def register(subparsers: Any) -> None:
    print_cmd.register(subparsers)
    print_cmd.register_document("receipt", _arguments, run_receipt,
                                help="tanda terima berkas sebuah permohonan (PDF)")


def _paper(text: str) -> str:
    for paper in PAPERS:
        if paper.lower() == text.strip().lower():
            return paper
    raise argparse.ArgumentTypeError(f"kertas tidak dikenal: {text} (pilih {', '.join(PAPERS)})")


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar="NOMOR", help="nomor pendaftaran, mis. 0001/PNP/DKUKMTK/X/2025")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    parser.add_argument("--paper", type=_paper, metavar="|".join(PAPERS), help="ukuran kertas (bawaan: pengaturan kantor)")
    parser.add_argument("--two-up", action="store_true", help="dua lembar (pemohon + arsip) pada satu A4/F4")


def run_receipt(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store import receipts
    from desk.store.printing_defaults import RECEIPT, default_paper
    from desk.store.requests import find_by_reference

    db = ctx.db()
    try:
        secret = receipts.receipt_secret(db)
        with db.read() as session:
            request_id = find_by_reference(session, args.number)
            if request_id is None:
                raise CliError(f"Nomor {args.number} tidak ada di register pelayanan.")
            paper = args.paper or default_paper(session, RECEIPT)
            data = receipts.receipt_data(session, request_id, receipts.next_copy_no(session, RECEIPT, request_id),
                                         secret)
    except StoreError as exc:
        raise CliError(exc.message) from exc
    if args.two_up and paper not in ("A4", "F4"):
        raise CliError("Dua lembar pada satu kertas hanya untuk A4 atau F4.")
    from desk.documents.receipt import render_receipt

    path = print_cmd.write_pdf(args.out, render_receipt(data, paper, two_up=args.two_up))
    try:
        with db.write() as session:
            copy_no = receipts.record_print(session, RECEIPT, request_id, "save", paper, str(path.resolve()))
    except StoreError as exc:
        raise CliError(exc.message) from exc
    note = f" (salinan ke-{copy_no})" if copy_no > 1 else ""
    print(f"Tanda terima {args.number}{note} ditulis ke {path}.")
    return 0
