"""The receipt exactly as the app makes it right after a request is saved (for the benchmark figures).

Same calls as desk.ui.receipts.printing.open_receipt, without Qt: the receipt record the save
returned, the office's default receipt paper, then the ReportLab render.
"""

from __future__ import annotations

from desk.domain.document_kinds import DocumentKind
from desk.domain.records import ReceiptData
from desk.store.database import Database
from desk.store.printing_defaults import paper_for


def receipt_pdf(db: Database, receipt: ReceiptData) -> bytes:
    """The PDF bytes the preview shows for a saved walk-in's receipt (nothing is recorded: only printing records)."""
    paper = paper_for(db, DocumentKind.RECEIPT)
    from desk.documents.receipt import render_receipt

    return render_receipt(receipt, paper)
