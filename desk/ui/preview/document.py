"""An office document in the shared preview, every print and save recorded in the one print log.

For the documents that are not a receipt (standards, board, booklet, maklumat, the forum's
papers). The caller reads what the document prints with one store operation, which also says
which copy the next print carries, and hands over `build(paper, copy_no) -> bytes`. After a
print the preview is built again as the next copy, from the print log's answer, without
reading the data again; a saved PDF does not use up the original.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.store import prints
from desk.store.database import Database
from desk.ui.operations import publish
from desk.ui.preview.dialog import PdfPreview
from desk.ui.translations import translated

Build = Callable[[str, int], bytes]  # (paper, copy number) -> PDF bytes


class DocumentJob:
    """One document in a preview: built on the paper chosen, as the copy the print log says is next."""

    def __init__(self, db: Database, kind: DocumentKind, record_id: int | None, build: Build, copy_no: int,
                 parent: QWidget | None, details: dict[str, Any] | None = None) -> None:
        self.db = db
        self.kind = kind
        self.record_id = record_id
        self._build = build
        self.copy_no = copy_no
        self.parent = parent
        self.details = details

    def build(self, paper: str, _two_up: bool) -> bytes:
        return self._build(paper, self.copy_no)

    def record(self, action: str, paper: str, target: str) -> None:
        done = prints.record_print(self.db, self.kind, self.record_id, PrintAction(action), paper, target,
                                   self.details)
        if action == PrintAction.PRINT:
            self.copy_no = done.value + 1
        publish(self.parent, done.changes)


def draft_notice(reasons: Sequence[str]) -> str:
    """The line above a KONSEP paper in the preview: why it may not be signed yet ("" when it may)."""
    return "Dicetak sebagai KONSEP (belum untuk ditandatangani): " + " ".join(reasons) if reasons else ""


def open_document(parent: QWidget | None, db: Database, *, kind: DocumentKind, record_id: int | None,
                  build: Build, copy_no: int, papers: Sequence[str], paper: str, suggested_name: str,
                  title: str = "", details: dict[str, Any] | None = None, draft_reasons: Sequence[str] = ()
                  ) -> PdfPreview:
    """Open the preview of a document (not blocking); tests drive the returned dialog.

    `draft_reasons` say why the paper prints "KONSEP" (a profile field missing, a forum not held
    yet): the preview shows them above the page, so the officer knows what to complete first.
    """
    job = DocumentJob(db, kind, record_id, build, copy_no, parent, details)
    preview = PdfPreview.show_preview(
        parent, kind=kind.value, title=title or translated(kind.label), build=job.build, papers=tuple(papers), paper=paper,
        on_output=job.record, suggested_name=suggested_name, notice=draft_notice(draft_reasons),
    )
    preview.job = job  # type: ignore[attr-defined]
    return preview
