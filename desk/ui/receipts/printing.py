"""A request's receipt in the shared preview: built from the store, every print and save recorded.

Each build reads the next copy number, so after the first print the preview already shows the
"SALINAN ke-2" the next print will carry. ReportLab is imported only when a receipt is built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.store import receipts
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.printing_defaults import ALLOWED_PAPERS, RECEIPT, default_paper
from desk.store.requests import get_request
from desk.ui.common import settings
from desk.ui.preview import PdfPreview
from desk.ui.preview.dialog import settings_key

log = logging.getLogger(__name__)

PRINT_DIRECTLY_KEY = "receipts/print_directly"


def receipt_builder(db: Database, request_id: int, secret: bytes) -> Callable[[str, bool], bytes]:
    """`build(paper, two_up)` for the preview: the receipt as the next copy."""

    def build(paper: str, two_up: bool) -> bytes:
        with db.read() as session:
            copy_no = receipts.next_copy_no(session, RECEIPT, request_id)
            data = receipts.receipt_data(session, request_id, copy_no, secret)
        from desk.documents.receipt import render_receipt

        return render_receipt(data, paper, two_up=two_up)

    return build


def recorder(db: Database, request_id: int) -> Callable[[str, str, str], None]:
    def record(action: str, paper: str, target: str) -> None:
        with db.write() as session:
            receipts.record_print(session, RECEIPT, request_id, action, paper, target)

    return record


def open_receipt(parent: QWidget | None, db: Database, request_id: int) -> PdfPreview | None:
    """Open the receipt preview of `request_id` (not blocking); None when it cannot be made."""
    try:
        secret = receipts.receipt_secret(db)
        with db.read() as session:
            ref = get_request(session, request_id).ref_number
            paper = default_paper(session, RECEIPT)
    except StoreError as exc:
        QMessageBox.warning(parent, parent.tr("Tanda terima") if parent else "Tanda terima", exc.message)
        return None
    name = "Tanda terima " + "".join(c if c.isalnum() or c in "-_" else "-" for c in ref) + ".pdf"
    return PdfPreview.show_preview(
        parent, kind=RECEIPT, title=f"Tanda terima {ref}", build=receipt_builder(db, request_id, secret),
        papers=ALLOWED_PAPERS[RECEIPT], paper=paper, on_output=recorder(db, request_id), allow_two_up=True,
        suggested_name=name,
    )


def print_directly(parent: QWidget | None, db: Database, request_id: int) -> bool:
    """Print the receipt on the remembered printer without a dialog; False when none is remembered."""
    name = str(settings().value(settings_key(RECEIPT, "printer"), "") or "")
    if not name or name not in QPrinterInfo.availablePrinterNames():
        return False
    preview = open_receipt(parent, db, request_id)
    if preview is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    done = preview.print_to(printer)
    preview.close()
    return done


def wants_direct_print() -> bool:
    return bool(settings().value(PRINT_DIRECTLY_KEY, False, type=bool))
