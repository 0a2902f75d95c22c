"""A request's receipt in the shared preview, every print and save recorded in the print log.

The preview is built from the receipt record the store hands over (after a save, the saved
request's own; for a reprint, `receipts.receipt_for`). After a print the next paper is a copy:
the print log says which copy it carried, and the preview shows the number the next one will
carry, without reading the request again. ReportLab is imported only when a receipt is built.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.office_rules import paper_draft_reasons
from desk.domain.records import ReceiptData
from desk.store import prints, receipts
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.printing_defaults import ALLOWED_PAPERS, paper_for
from desk.ui.operations import publish
from desk.ui.preview import PdfPreview
from desk.ui.preview.document import draft_notice
from desk.ui.settings import PRINT_DIRECTLY, PRINTER
from desk.ui.translations import error_text

log = logging.getLogger(__name__)

RECEIPT = DocumentKind.RECEIPT


class ReceiptJob:
    """The receipt in a preview: built from its record, its copy number kept up to date by the print log."""

    def __init__(self, db: Database, data: ReceiptData, parent: QWidget | None) -> None:
        self.db = db
        self.data = data
        self.parent = parent

    def build(self, paper: str, two_up: bool) -> bytes:
        from desk.documents.receipt import render_receipt

        return render_receipt(self.data, paper, two_up=two_up)

    def record(self, action: str, paper: str, target: str) -> None:
        done = prints.record_print(self.db, RECEIPT, self.data.request.id, PrintAction(action), paper, target)
        if action == PrintAction.PRINT:
            self.data = replace(self.data, copy_no=done.value + 1)
        publish(self.parent, done.changes)


def open_receipt(parent: QWidget | None, db: Database, data: ReceiptData, paper: str | None = None) -> PdfPreview:
    """Open the preview of receipt `data` (not blocking)."""
    ref = data.request.ref_number
    name = "Tanda terima " + "".join(c if c.isalnum() or c in "-_" else "-" for c in ref) + ".pdf"
    job = ReceiptJob(db, data, parent)
    preview = PdfPreview.show_preview(
        parent, kind=RECEIPT.value, title=f"Tanda terima {ref}", build=job.build,
        papers=ALLOWED_PAPERS[RECEIPT], paper=paper or paper_for(db, RECEIPT), on_output=job.record,
        allow_two_up=True, suggested_name=name,
        notice=draft_notice(paper_draft_reasons(data.office, [data.standard])),
    )
    preview.job = job  # type: ignore[attr-defined]
    return preview


def reprint(parent: QWidget | None, db: Database, request_id: int) -> PdfPreview | None:
    """The preview of a saved request's receipt as its next copy; None (and a message) when it cannot be made."""
    try:
        data = receipts.receipt_for(db, request_id)
    except StoreError as exc:
        QMessageBox.warning(parent, parent.tr("Tanda terima") if parent else "Tanda terima", error_text(exc))
        return None
    return open_receipt(parent, db, data)


def print_directly(parent: QWidget | None, db: Database, data: ReceiptData, paper: str | None = None) -> bool:
    """Print the receipt on the remembered printer without a dialog; False when none is remembered."""
    name = PRINTER.get(RECEIPT)
    if not name or name not in QPrinterInfo.availablePrinterNames():
        return False
    preview = open_receipt(parent, db, data, paper)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    done = preview.print_to(printer)
    preview.close()
    return done


def wants_direct_print() -> bool:
    return PRINT_DIRECTLY.get()
