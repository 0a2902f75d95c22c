"""The print log: every print or save of every document, and which copy it was.

One log for all documents. A copy is what reaches a person on paper: the first *print* is the
original and every later print a "salinan" (copy 2, 3, …). Saving a PDF file does not use up
the original: a save carries the number the next print will carry, so the visitor's first paper
is never marked as a copy because someone saved a PDF before printing it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.store import access, witness_log
from desk.store.audit import head_in
from desk.store.database import Database
from desk.store.models import PrintRecord
from desk.store.work import Change, Done, Work, reading, writing


@cache
def _prints_of_record() -> Select[tuple[int]]:
    """Built once, on first use: asked before every preview and print."""
    return select(func.count()).select_from(PrintRecord).where(
        PrintRecord.document_kind == bindparam("kind"),
        PrintRecord.record_id == bindparam("record_id"),
        PrintRecord.action == PrintAction.PRINT.value,
    )


@cache
def _prints_of_office_document() -> Select[tuple[int]]:
    return select(func.count()).select_from(PrintRecord).where(
        PrintRecord.document_kind == bindparam("kind"),
        PrintRecord.record_id.is_(None),
        PrintRecord.action == PrintAction.PRINT.value,
    )


def copy_number(work: Work, kind: DocumentKind, record_id: int | None) -> int:
    """The copy number the next print (or save) of this document carries (1 = the original)."""
    if record_id is None:
        earlier = work.session.scalar(_prints_of_office_document(), {"kind": kind.value})
    else:
        earlier = work.session.scalar(_prints_of_record(), {"kind": kind.value, "record_id": record_id})
    return (earlier or 0) + 1


def log_print(
    work: Work,
    kind: DocumentKind,
    record_id: int | None,
    action: PrintAction,
    paper: str,
    target: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """Record one print or save in `work`'s unit of work; returns the copy number it carried."""
    work.require(access.PRINT)
    copy_no = copy_number(work, kind, record_id)
    work.session.add(PrintRecord(
        document_kind=kind.value, record_id=record_id, action=action.value, copy_no=copy_no, paper=paper[:10],
        user_id=work.user_id, at=work.now, target=target[:300],
    ))
    work.audit(
        "document.print" if copy_no == 1 else "document.reprint", kind.entity, record_id or "",
        {"document": kind.value, "copy": copy_no, "paper": paper, "action": action.value, **(details or {})},
    )
    work.changed(Change.PRINTS)
    return copy_no


def record_print(
    db: Database,
    kind: DocumentKind,
    record_id: int | None,
    action: PrintAction,
    paper: str,
    target: str = "",
    details: dict[str, Any] | None = None,
) -> Done[int]:
    """Log that the user printed or saved a document; the value is the copy number it carried.

    A recap printed on paper also becomes a witness of the audit trail (desk.store.witness_log).
    """
    with writing(db) as work:
        done = work.done(log_print(work, kind, record_id, action, paper, target, details))
        head = head_in(work.session) if kind.is_recap and action is PrintAction.PRINT else None
    witness_log.append(db.keys.folder, head, f"rekap tercetak: {kind.label}")
    return done


def next_copy(db: Database, kind: DocumentKind, record_id: int | None) -> int:
    """The copy number the next print of this document will carry (1 = the original)."""
    with reading(db) as work:
        return copy_number(work, kind, record_id)
