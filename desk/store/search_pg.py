"""Request search on PostgreSQL: word-prefix matches over `request_search` (migrations 0401, 0902, 1502).

Each typed word must start a word of the request's search text, as with FTS5
prefix queries on SQLite: "sit" finds "Siti", "0812" finds a phone typed as
08…, "0001" the last four digits of a NIK. The words come from
`search.search_terms` (letters and digits only), so nothing an
officer types reaches the server as query syntax.

Words in Latin letters and digits are prefix queries on the `words` tsvector
(`'sit':*`). A page of the register is looked for first among the newest rows in
id order, each tested on its own (cheap for a tsvector): common words fill the
page there. When they do not, the GIN index finds the remaining matches, which
are then few. Words in other scripts are matched on `doc` by regular expression.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, literal_column, select, table, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select


def _fold_table() -> dict[int, str]:
    """Every accented Latin letter to its plain lower-case letter: the table migration 1502 gives the
    server (its `fold_table`), so a typed word and the indexed text fold alike."""
    accented, plain = [], []
    for point in range(0xC0, 0x250):
        char = chr(point)
        parts = [c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)]
        if len(parts) == 1 and parts[0] != char and parts[0].isascii() and parts[0].isalpha():
            accented.append(char)
            plain.append(parts[0].lower())
    for char, base in (("ø", "o"), ("Ø", "o"), ("đ", "d"), ("Đ", "d"), ("ł", "l"), ("Ł", "l"), ("ð", "d"),
                       ("Ð", "d"), ("ı", "i")):
        accented.append(char)
        plain.append(base)
    return str.maketrans("".join(accented), "".join(plain))


_FOLD = _fold_table()
_ASCII_WORD = re.compile(r"[a-z0-9]+")

# Rows of the newest (or oldest) end tested one by one before the index is asked.
SCAN_ROWS = 2000

request_search = table("request_search", column("id"), column("doc"), column("words"))
service_requests = table("service_requests", column("id"))


def fold(term: str) -> str:
    return term.lower().translate(_FOLD)


def word_prefix_pattern(term: str) -> str:
    """A PostgreSQL regular expression matching `term` at the start of a word."""
    folded = fold(term)
    escaped = re.sub(r"([^\w])", r"\\\1", folded)
    # \m (start of word) only knows the server's word letters: plain ASCII words get it,
    # anything else (a name in another script) is matched anywhere.
    return (r"\m" + escaped) if folded.isascii() else escaped


def tsquery_text(terms: list[str]) -> str:
    """The prefix query of the Latin-letter and digit words: "'siti':* & 'rahm':*" ("" when none)."""
    words: list[str] = []
    for term in terms:
        folded = fold(term)
        if folded.isascii():
            words += _ASCII_WORD.findall(folded)  # "_" separates words in the tsvector too
    return " & ".join(f"'{word}':*" for word in dict.fromkeys(words))


def text_match(terms: list[str], source: Any = request_search) -> ColumnElement[bool]:
    """Every term as a word prefix of the search text in `source` (request_search or a subquery of it)."""
    conditions: list[ColumnElement[bool]] = []
    query = tsquery_text(terms)
    if query:
        tsquery = func.to_tsquery(literal_column("'simple'::regconfig"), query)
        conditions.append(source.c.words.op("@@")(tsquery))
    for term in terms:
        if not fold(term).isascii():
            conditions.append(source.c.doc.op("~*")(word_prefix_pattern(term)))
    return and_(true(), *conditions)


def matching_ids(terms: list[str]) -> Select[tuple[int]]:
    return select(request_search.c.id.label("id")).where(text_match(terms))


def pg_register_page(
    session: Session,
    terms: list[str],
    conditions: list[ColumnElement[bool]],
    *,
    after_id: int | None,
    limit: int,
    ascending: bool,
) -> list[int]:
    """Ids of requests matching every term and `conditions`, in register order (keyset on id)."""
    rid = request_search.c.id

    def rows() -> Select[Any]:
        query = select(rid, request_search.c.words, request_search.c.doc)
        if conditions:
            from desk.store.models import ServiceRequest

            query = query.join(ServiceRequest.__table__, ServiceRequest.id == rid).where(*conditions)
        if after_id is not None:
            query = query.where(rid > after_id if ascending else rid < after_id)
        return query.order_by(rid.asc() if ascending else rid.desc())

    # 1. The next SCAN_ROWS rows in id order, each tested on its own: ORDER BY + LIMIT inside
    #    keeps the plan an index walk, whatever the planner guesses about the words.
    window = rows().limit(SCAN_ROWS).subquery("window")
    found = list(session.scalars(
        select(window.c.id).where(text_match(terms, window))
        .order_by(window.c.id.asc() if ascending else window.c.id.desc()).limit(limit)))
    if len(found) == limit:
        return found
    edge = session.scalar(rows().with_only_columns(rid).offset(SCAN_ROWS - 1).limit(1))
    if edge is None:
        return found  # the window held every candidate
    # 2. Beyond the window matches are rare (else the window would have filled the page): the GIN
    #    index collects them (a materialised CTE, so the planner cannot turn it into a long walk).
    beyond = (rows().with_only_columns(rid).order_by(None)
              .where(text_match(terms), rid > edge if ascending else rid < edge)
              .cte("beyond").prefix_with("MATERIALIZED"))
    rest = session.scalars(select(beyond.c.id).order_by(beyond.c.id.asc() if ascending else beyond.c.id.desc())
                           .limit(limit - len(found)))
    return found + list(rest)
