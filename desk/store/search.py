"""Text search over requests, behind one function whatever the database.

SQLite: the FTS5 table `request_fts` (migration 0002), queried with every
typed word as a quoted prefix term, so quotes, asterisks, SQL or FTS syntax
typed by an officer are only ever text. Other dialects: see `_generic_ids`.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from desk.store.models import ServiceRequest, Visitor

_DIGIT_JOIN = re.compile(r"(?<=\d)[\s.\-/]+(?=\d)")
_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


def search_terms(typed: str) -> list[str]:
    """The words of a query: digit groups typed with separators ("0812-3456") count as one number."""
    joined = _DIGIT_JOIN.sub("", typed)
    terms = [t.lower() for t in _TOKEN.findall(joined)]
    return terms[:MAX_TERMS]


def fts_query(terms: list[str]) -> str:
    return " ".join(f'"{term}"*' for term in terms)


def matching_ids(session: Session, typed: str) -> Select[tuple[int]] | None:
    """A SELECT of request ids matching `typed`, or None when there is nothing to search for."""
    terms = search_terms(typed)
    if not terms:
        return None
    if session.get_bind().dialect.name == "sqlite":
        return select(text("rowid").label("id")).select_from(text("request_fts")).where(
            text("request_fts MATCH :fts_query").bindparams(fts_query=fts_query(terms))
        )
    return _generic_ids(terms)


def _generic_ids(terms: list[str]) -> Select[tuple[int]]:
    """Portable fallback: every term must be a substring of one of the searchable fields."""
    fields = (
        ServiceRequest.ref_number,
        Visitor.name,
        func.coalesce(Visitor.nik, ""),
        func.coalesce(Visitor.phone, ""),
        Visitor.organisation,
        ServiceRequest.notes,
    )
    conditions: list[ColumnElement[bool]] = []
    for term in terms:
        pattern = f"%{term.replace('%', '').replace('_', '')}%"
        variants = [pattern]
        if term.startswith("0") and term.isdigit():
            variants.append(f"%62{term[1:]}%")  # local phone form against the stored +62 form
        conditions.append(or_(*(func.lower(f).like(v) for f in fields for v in variants)))
    return select(ServiceRequest.id).join(Visitor, Visitor.id == ServiceRequest.visitor_id).where(and_(*conditions))
