"""Making a forum document and saving it where the officer chooses.

The PDF is built from `forums.print_data` (one read), ReportLab is imported only here and only
when a document is asked for, and every save or print is logged through `forums.record_print`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desk.store import forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import ActorSource, resolve_actor
from desk.ui.forums.common import tr
from desk.ui.widgets import dialogs

log = logging.getLogger(__name__)

Build = Callable[[forums.ForumPrintData], bytes]


def make_pdf(db: Database, actor: ActorSource, forum_id: int, build: Build, *, with_phone: bool = False) -> bytes:
    with db.read(resolve_actor(actor)) as session:
        data = forums.print_data(session, forum_id, with_phone=with_phone)
    return build(data)


def deliver(parent: QWidget | None, db: Database, actor: ActorSource, forum_id: int, kind: str, build: Build,
            *, paper: str, suggested_name: str, with_phone: bool = False,
            details: dict[str, Any] | None = None) -> Path | None:
    """Build the document and save it where the officer chooses; returns the path, or None."""
    try:
        pdf = make_pdf(db, actor, forum_id, build, with_phone=with_phone)
    except StoreError as exc:
        dialogs.inform(parent, tr("Dokumen tidak dapat dibuat"), exc.message, problem=True)
        return None
    path = dialogs.save_pdf(parent, pdf, forums.DOCUMENT_KINDS.get(kind, kind), suggested_name)
    if path is None:
        return None
    try:
        with db.write(resolve_actor(actor)) as session:
            forums.record_print(session, forum_id, kind, paper=paper, action="save", target=str(path),
                                details=details)
    except StoreError as exc:
        log.warning("print record for forum %s: %s", forum_id, exc.message)
    return path


def office_paper(db: Database, actor: ActorSource, kind: str = "berita_acara", fallback: str = "A4") -> str:
    """The office's default paper for a document kind (printing defaults), A4 or F4."""
    try:
        from desk.store.printing_defaults import default_paper

        with db.read(resolve_actor(actor)) as session:
            paper = default_paper(session, kind)
    except (ImportError, StoreError, ValueError):
        return fallback
    return paper if paper in ("A4", "F4") else fallback
