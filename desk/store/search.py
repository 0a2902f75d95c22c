"""Text search over requests, behind one function whatever the database.

SQLite: the FTS5 table `request_fts` (migrations 0002, 0901, 1502), queried with every
typed word as a quoted prefix term, so quotes, asterisks, SQL or FTS syntax
typed by an officer are only ever text. PostgreSQL: desk.store.search_pg (a tsvector of the same words,
migrations 0401 and 0902), with the same word-prefix meaning. Other dialects: `_generic_ids`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, literal_column, or_, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from desk.store.models import ServiceRequest, Visitor

_DIGIT_JOIN = re.compile(r"(?<=\d)[\s.\-/]+(?=\d)")
# An apostrophe inside a word: "Ma'ruf" is looked for as "maruf" (migration 1502 indexes both spellings).
_APOSTROPHE = re.compile(r"(?<=\w)['’`ʼ](?=\w)")
# Letters and digits only: "_" separates words, as FTS5's unicode61 and PostgreSQL's parser
# both read it, so "_" alone is nothing to search for on either database, like a space.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 8


def search_terms(typed: str) -> list[str]:
    """The words of a query: digit groups typed with separators ("0812-3456") count as one number, and a
    word with an apostrophe as one word ("ma'ruf" → "maruf")."""
    joined = _APOSTROPHE.sub("", _DIGIT_JOIN.sub("", typed))
    terms = [t.lower() for t in _TOKEN.findall(joined)]
    return terms[:MAX_TERMS]


def fts_query(terms: list[str]) -> str:
    return " ".join(f'"{term}"*' for term in terms)


def matching_ids(session: Session, typed: str) -> Select[tuple[int]] | None:
    """A SELECT of request ids matching `typed`, or None when there is nothing to search for."""
    terms = search_terms(typed)
    if not terms:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return select(literal_column("rowid").label("id")).select_from(text("request_fts")).where(
            text("request_fts MATCH :fts_query").bindparams(fts_query=fts_query(terms))
        )
    if dialect == "postgresql":
        from desk.store import search_pg

        return search_pg.matching_ids(terms)
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


def search_page(
    session: Session,
    terms: list[str],
    conditions: list[ColumnElement[bool]],
    *,
    after_id: int | None,
    limit: int,
    ascending: bool,
) -> list[int] | None:
    """One page of matching request ids in register order, or None where the database has no search index."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite_register_page(session, terms, conditions, after_id=after_id, limit=limit, ascending=ascending)
    if dialect == "postgresql":
        from desk.store.search_pg import pg_register_page

        return pg_register_page(session, terms, conditions, after_id=after_id, limit=limit, ascending=ascending)
    return None


# --- one page of the register over FTS5 (SQLite) ---------------------------------------------
# Driving the page from the FTS table in rowid order (rowid = request id) lets FTS5 stream its
# doclists and stop after `limit` rows; `id IN (SELECT rowid ... MATCH ...)` instead builds the
# whole match list first (every request for "6" over a million rows: 120 ms and more).
#
# Terms longer than the largest prefix index (migration 0901: prefix = '1 2 3 4 5 6 7 8') are
# the hard case: FTS5 then merges the doclist of every indexed word with that prefix in memory.
# Up to 8 characters that would be costly ("63110" starts nearly every NIK of Balangan: 500 ms
# over a million requests before 0901 indexed it); beyond 8, few words share a prefix, except
# long common words ("kerajinan"). So for such terms the page is first looked for among the rows
# matching the terms cut to 8 characters (served by the prefix index, newest first), checked here
# against the full terms; only when the full terms turn out rare among those rows does FTS5
# expand them, which is then cheap because few words match.

MAX_INDEXED_PREFIX = 8
SCAN_BATCH = 250
SCAN_BUDGET = 1500
_FTS_COLUMNS = ("ref", "name", "nik", "phone", "organisation", "notes", "place")
_fts = table("request_fts", column("rowid"), *(column(name) for name in _FTS_COLUMNS))


def _fts_text(values: tuple[str | None, ...]) -> str:
    """A row's text as FTS5 (unicode61, remove_diacritics 2) compares it: lower-cased, unaccented."""
    joined = " ".join(v for v in values if v).lower()
    if not joined.isascii():
        decomposed = unicodedata.normalize("NFKD", joined)
        joined = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return joined


def _word_start(term: str) -> re.Pattern[str]:
    # `term` at the start of a word: not preceded by a letter or digit (FTS5 words are runs of those).
    return re.compile(r"(?<![^\W_])" + re.escape(term))


def sqlite_register_page(
    session: Session,
    terms: list[str],
    conditions: list[ColumnElement[bool]],
    *,
    after_id: int | None,
    limit: int,
    ascending: bool,
) -> list[int]:
    """Ids of requests matching every term (as word prefixes) and `conditions`, in register order."""
    long_terms = [t for t in terms if len(t) > MAX_INDEXED_PREFIX]
    checkable = all(t.isascii() and t.isalnum() for t in long_terms)
    # Long runs of digits (a NIK, a phone number) are the exception to the costly expansion: past 8
    # digits few rows share a prefix (at a million requests ~1,000 NIKs share their first 9 digits, with
    # 1,500 requests in all), so FTS5 expands them in 0.2-0.5 ms of CPU, where checking candidate rows
    # here took 2-5 ms.
    if not checkable or all(t.isdigit() for t in long_terms):
        return _ids(session, _fts_page(fts_query(terms), conditions, after_id, limit, ascending))
    cut = list(dict.fromkeys(t[:MAX_INDEXED_PREFIX] for t in terms))
    checks = [_word_start(t).search for t in long_terms]
    found: list[int] = []
    cursor = after_id
    scanned = 0
    batch = SCAN_BATCH
    while scanned < SCAN_BUDGET:
        rows = session.connection().execute(
            _fts_page(fts_query(cut), conditions, cursor, batch, ascending, with_text=True)).all()
        for row in rows:
            row_text = _fts_text(tuple(row[1:]))
            if all(check(row_text) for check in checks):
                found.append(row[0])
                if len(found) == limit:
                    return found
        scanned += len(rows)
        if len(rows) < batch:
            return found  # every candidate seen: the page is complete
        cursor = rows[-1][0]
        if len(found) * SCAN_BUDGET < limit * scanned:
            break  # at this rate the budget will not fill the page: the full terms are rare
        batch = min(2 * batch, SCAN_BUDGET - scanned) or batch
    return found + _ids(session, _fts_page(fts_query(terms), conditions, cursor, limit - len(found), ascending))


def _ids(session: Session, page: Select[Any]) -> list[int]:
    # Core execution on the session's connection, every id fetched at once (this runs on every keystroke):
    # the ORM's result machinery and a driver call per row cost more than the FTS5 query itself.
    return list(session.connection().execute(page).scalars().all())


def _fts_page(
    match: str,
    conditions: list[ColumnElement[bool]],
    after_id: int | None,
    limit: int,
    ascending: bool,
    *,
    with_text: bool = False,
) -> Select[Any]:
    rowid = _fts.c.rowid
    columns = [rowid, *(_fts.c[name] for name in _FTS_COLUMNS)] if with_text else [rowid]
    query = select(*columns).where(text("request_fts MATCH :fts_query").bindparams(fts_query=match))
    if conditions:
        query = query.select_from(_fts.join(ServiceRequest, ServiceRequest.id == rowid)).where(*conditions)
    if after_id is not None:
        query = query.where(rowid > after_id if ascending else rowid < after_id)
    return query.order_by(rowid.asc() if ascending else rowid.desc()).limit(limit)
