"""A forum document in the shared preview: daftar hadir, notulen, berita acara or recap.

What it prints is read with one operation (`forums.print_data`), which also gives the office's
paper for it and the copy its next print carries; the preview prints it, saves it as a PDF and
logs each in the print log. ReportLab is imported only when a document is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desk.domain.document_kinds import DocumentKind
from desk.store import forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.forums.common import tr
from desk.ui.preview import PdfPreview
from desk.ui.preview.document import open_document
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs

Build = Callable[[forums.ForumPrintData, str, int], bytes]  # (data, paper, copy number) -> PDF


def open_forum_document(parent: QWidget, db: Database, forum_id: int, kind: DocumentKind, build: Build, *,
                        suggested_name: str, with_phone: bool = False,
                        details: dict[str, Any] | None = None) -> PdfPreview | None:
    """The preview of one of the forum's documents; None (and why, said) when it cannot be made."""
    try:
        data = forums.print_data(db, forum_id, kind, with_phone=with_phone)
    except StoreError as exc:
        dialogs.inform(parent, tr("Dokumen tidak dapat dibuat"), error_text(exc), problem=True)
        return None
    return open_document(
        parent, db, kind=kind, record_id=forum_id, build=lambda paper, copy_no: build(data, paper, copy_no),
        copy_no=data.copy_no, papers=data.papers, paper=data.paper, suggested_name=suggested_name,
        title=f"{translated(kind.label)} — {data.forum.title}", details=details, draft_reasons=data.draft_reasons,
    )
