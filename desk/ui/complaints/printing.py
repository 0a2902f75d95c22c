"""A complaint's receipt and reply letter in the shared preview, every print and save in the print log.

The preview is built from the record the store hands over (after saving, the saved complaint's own
receipt; later, `complaints.receipt_for` / `reply_for`). After a print, the next paper is a copy:
the print log says which copy it carried. ReportLab is imported only when a document is built.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from desk.domain.complaint_records import ComplaintReceiptData, ComplaintReplyData
from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.store import prints
from desk.store.database import Database
from desk.ui.operations import publish
from desk.ui.preview import PdfPreview

RECEIPT, REPLY = DocumentKind.COMPLAINT_RECEIPT, DocumentKind.COMPLAINT_REPLY
RECEIPT_PAPERS = ("A4", "F4", "A5")
REPLY_PAPERS = ("A4", "F4")


def _file_part(number: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in number)


class ComplaintPrintJob:
    """One document of one complaint in a preview; its copy number kept up to date by the print log."""

    def __init__(self, db: Database, kind: DocumentKind, data: ComplaintReceiptData | ComplaintReplyData,
                 parent: QWidget | None) -> None:
        self.db, self.kind, self.data, self.parent = db, kind, data, parent

    def build(self, paper: str, _two_up: bool) -> bytes:
        if isinstance(self.data, ComplaintReceiptData):
            from desk.documents.complaint_receipt import render_complaint_receipt

            return render_complaint_receipt(self.data, paper)
        from desk.documents.complaint_reply import render_complaint_reply

        return render_complaint_reply(self.data, paper)

    def record(self, action: str, paper: str, target: str) -> None:
        done = prints.record_print(self.db, self.kind, self.data.complaint.id, PrintAction(action), paper, target,
                                   {"number": self.data.complaint.number})
        if action == PrintAction.PRINT:
            self.data = replace(self.data, copy_no=done.value + 1)
        publish(self.parent, done.changes)


def open_document(parent: QWidget | None, db: Database, data: ComplaintReceiptData | ComplaintReplyData) -> PdfPreview:
    """The preview of a complaint's receipt or reply letter (not blocking)."""
    receipt = isinstance(data, ComplaintReceiptData)
    kind = RECEIPT if receipt else REPLY
    number = data.complaint.number
    what = "Tanda terima pengaduan" if receipt else "Jawaban pengaduan"
    title = f"{what} {number}"
    job = ComplaintPrintJob(db, kind, data, parent)
    kwargs: dict[str, Any] = {
        "kind": kind.value, "title": title, "build": job.build, "papers": RECEIPT_PAPERS if receipt else REPLY_PAPERS,
        "paper": "A4", "on_output": job.record, "suggested_name": f"{what} {_file_part(number)}.pdf",
    }
    preview = PdfPreview.show_preview(parent, **kwargs)
    preview.job = job  # type: ignore[attr-defined]
    return preview
