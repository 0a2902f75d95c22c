"""The receipt exactly as the app makes it right after a request is saved (for the benchmark figures).

Same calls as desk.ui.receipts (ReceiptActions after `request_saved`, then printing.open_receipt and
ReceiptJob.build), without Qt: the receipt record and the office's default receipt paper that the save
returned (read in the save's own unit of work, so nothing is read again), then the ReportLab render.
"""

from __future__ import annotations

from desk.store.walk_in import WalkIn


def receipt_pdf(walk_in: WalkIn) -> bytes:
    """The PDF bytes the preview shows for a saved walk-in's receipt (nothing is recorded: only printing records)."""
    from desk.documents.receipt import render_receipt

    return render_receipt(walk_in.receipt, walk_in.paper)
