"""The receipt exactly as the app makes it right after a request is saved (for the benchmark figures).

Same calls as desk.ui.receipts.printing.open_receipt + receipt_builder, without Qt: the
installation secret, the office's default receipt paper, the next copy number, the data read
in one transaction, then the ReportLab render.
"""

from __future__ import annotations

from desk.store import receipts
from desk.store.database import Database
from desk.store.printing_defaults import RECEIPT, default_paper


def receipt_pdf(db: Database, request_id: int) -> bytes:
    """The PDF bytes the preview shows for `request_id` (nothing is recorded: only printing records)."""
    secret = receipts.receipt_secret(db)
    with db.read() as session:
        paper = default_paper(session, RECEIPT)
        copy_no = receipts.next_copy_no(session, RECEIPT, request_id)
        data = receipts.receipt_data(session, request_id, copy_no, secret)
    from desk.documents.receipt import render_receipt

    return render_receipt(data, paper)
