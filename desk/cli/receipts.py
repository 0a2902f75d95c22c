"""`desk print receipt NUMBER --out FILE.pdf [--paper ...] [--two-up]`: a request's receipt without the app.

Each run is recorded like a save from the preview: the file carries the copy number the next
paper print will carry (a saved PDF does not use up the original).
"""

from __future__ import annotations

import argparse
from typing import Any

from desk.cli import print_cmd
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, said
from desk.store.errors import StoreError

PAPERS = ("A4", "F4", "A5", "80mm", "58mm")


def register(subparsers: Any) -> None:
    print_cmd.register(subparsers)
    print_cmd.register_document("receipt", _arguments, run_receipt,
                                help=_tr("tanda terima berkas sebuah permohonan (PDF)"))


def _paper(text: str) -> str:
    for paper in PAPERS:
        if paper.lower() == text.strip().lower():
            return paper
    raise argparse.ArgumentTypeError(_tr("kertas tidak dikenal: {text} (pilih {papers})").format(
        text=text, papers=", ".join(PAPERS)))


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar=_tr("NOMOR"), help=_tr("nomor pendaftaran, mis. 0001/PNP/DKUKMTK/X/2025"))
    parser.add_argument("--out", required=True, metavar=_tr("BERKAS.pdf"), help=_tr("berkas PDF yang ditulis"))
    parser.add_argument("--paper", type=_paper, metavar="|".join(PAPERS), help=_tr("ukuran kertas (bawaan: pengaturan kantor)"))
    parser.add_argument("--two-up", action="store_true", help=_tr("dua lembar (pemohon + arsip) pada satu A4/F4"))


def run_receipt(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.domain.document_kinds import DocumentKind, PrintAction
    from desk.store import prints, receipts
    from desk.store.printing_defaults import paper_for
    from desk.store.requests import request_id_of

    db = ctx.db()
    try:
        request_id = request_id_of(db, args.number)
        if request_id is None:
            raise CliError(_tr("Nomor {number} tidak ada di register pelayanan.").format(number=args.number))
        paper = args.paper or paper_for(db, DocumentKind.RECEIPT)
        data = receipts.receipt_for(db, request_id)
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    if args.two_up and paper not in ("A4", "F4"):
        raise CliError(_tr("Dua lembar pada satu kertas hanya untuk A4 atau F4."))
    from desk.documents.receipt import render_receipt
    from desk.domain.office_rules import paper_draft_reasons

    path = print_cmd.write_pdf(args.out, render_receipt(data, paper, two_up=args.two_up))
    try:
        prints.record_print(db, DocumentKind.RECEIPT, request_id, PrintAction.SAVE, paper, str(path.resolve()))
    except StoreError as exc:
        raise CliError(said(exc.message)) from exc
    print_cmd.say_draft(paper_draft_reasons(data.office, [data.standard]), data.office)
    print(_tr("Tanda terima {number}{copy} ditulis ke {path}.").format(
        number=args.number, copy=print_cmd.copy_note(data.copy_no), path=path))
    return 0
