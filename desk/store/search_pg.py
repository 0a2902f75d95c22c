"""Request search on PostgreSQL: word-prefix matches over `request_search` (migrations 0401, 0902, 1502, 2203).

Each typed word must start a word of the request's search text, as with FTS5
prefix queries on SQLite: "sit" finds "Siti", "0812" finds a phone typed as
08…, "0001" the last four digits of a NIK. The words come from
`search.search_terms` (letters and digits only), so nothing an
officer types reaches the server as query syntax.

Words in Latin letters and digits are prefix queries on the `words` tsvector
(`'sit':*`). A page of the register is looked for first among the newest rows in
id order, each tested on its own (cheap for a tsvector): common words fill the
page there. When they do not, how often each word matched there decides whether
the rest is walked for or collected from the `(word, request_id)` key of
`request_words`, and which words' ranges are read there (see pg_register_page). The GIN index on `words`
answers `matching_ids` (counts, exports). Words in other scripts are matched on `doc` by
regular expression.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    column,
    func,
    intersect,
    literal,
    literal_column,
    select,
    table,
    true,
    union_all,
)
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

SCAN_ROWS = 2000  # see WALK_ROWS

request_search = table("request_search", column("id"), column("doc"), column("words"))
request_words = table("request_words", column("word"), column("request_id"))
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


def tsquery_words(terms: list[str]) -> list[str]:
    """The Latin-letter and digit words of the terms, each once, as the tsvector splits them."""
    words: list[str] = []
    for term in terms:
        folded = fold(term)
        if folded.isascii():
            words += _ASCII_WORD.findall(folded)  # "_" separates words in the tsvector too
    return list(dict.fromkeys(words))


def tsquery_text(terms: list[str]) -> str:
    """The prefix query of the Latin-letter and digit words: "'siti':* & 'rahm':*" ("" when none)."""
    return " & ".join(f"'{word}':*" for word in tsquery_words(terms))


def _tsquery(words: list[str]) -> ColumnElement[Any]:
    return func.to_tsquery(literal_column("'simple'::regconfig"), " & ".join(f"'{word}':*" for word in words))


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
    """Ids of requests matching every term and `conditions`, in register order (keyset on id).

    Two ways find a page, and neither is good for every word: walking the rows in id order and
    testing each stops after `limit` matches, so it suits words many rows have; the `(word, request_id)`
    key of `request_words` gives every request having the looked-up words, read from the index alone,
    and they are tested newest first until the page is full, which costs per id read and per candidate
    tested, so it suits rare words. Over a
    million rows a one-letter word has hundreds of thousands of matches and a full name a handful,
    so the page first walks SCAN_ROWS rows; how many of them matched (each word on its own, when
    there are several) tells how common the words are, and the rest of the page is then walked for
    or asked of the key, whichever those rates make cheaper.
    """
    found, edge = _window(session, terms, conditions, after_id, SCAN_ROWS, limit, ascending)
    if len(found) == limit or edge is None:
        return found  # the page is full, or the window held every candidate
    wanted = limit - len(found)
    words = tsquery_words(terms)
    counts = _word_counts(session, words, conditions, after_id, ascending) if len(words) > 1 else [len(found)] * len(words)
    rarest = min(counts, default=0)
    # The words the index looks up: a word on most rows ("d" of "DKUKMTK" in every reference number, the
    # "m" just typed after a rare name) costs the index far more than testing it on the rows the rarer
    # words leave; the other words are tested on those rows.
    by = [word for word, count in zip(words, counts, strict=True) if count <= _INDEX_WORD_SPREAD * rarest]
    # Ids are dense: the rows beyond the edge number about `edge` going down; going up, WALK_ROWS bounds it.
    beyond = edge if not ascending else WALK_ROWS
    index_us = _index_us(words, counts, by, len(found), wanted, beyond)
    to_walk = wanted * SCAN_ROWS / len(found) if found else None
    if to_walk is not None and to_walk <= WALK_ROWS and to_walk * _WALK_ROW_US < index_us:
        return found + _walk_then_index(session, terms, conditions, edge, wanted, ascending)
    return found + _from_index(session, terms, conditions, edge, wanted, ascending,
                               by if 0 < len(by) < len(words) else None)


# Rows of the newest (or oldest) end tested one by one before anything else: enough that a word on
# one row in ten fills a page of 200 there, and that the share of them matching is a usable rate.
# Beyond them at most WALK_ROWS more are walked, and only when the rates say the page fills within them
# and walking is cheaper than the index. The costs (µs) are EXPLAIN ANALYZE's on the bench's database of
# 1M requests under the default shared_buffers (128 MB, less than the table): walking and testing a row
# 1.0 (40,000 rows in 41 ms); reading one (word, request_id) of a typed word's range from the key of
# `request_words` (index only) and sorting the ids 0.2 ("rahmat": 12,116 in 2.2 ms); testing one candidate
# on its row 2–10 (448 in 0.8 ms, 1,119 in 11 ms at load 10). A word's range is read only when it is at
# most _INDEX_WORD_SPREAD times as common in the window as the rarest: a commoner word costs more to read
# than testing it on the rows the rarer words leave.
WALK_ROWS = 50_000
_WALK_ROW_US = 1.0
_POSTING_US = 0.2
_INDEX_ROW_US = 3.0
_INDEX_WORD_SPREAD = 3


def _index_us(words: list[str], counts: list[int], by: list[str], found: int, wanted: int, beyond: int) -> float:
    """What `_index` is expected to cost (µs) from the window's rates: the ranges of the words it reads,
    and a test per candidate until `wanted` matches (every candidate when none matched in the window)."""
    if not words:
        return math.inf  # a regular expression tested on every row
    scale = beyond / SCAN_ROWS
    candidates = scale * min((c for w, c in zip(words, counts, strict=True) if w in by), default=0)
    tested = min(candidates, wanted * candidates / (scale * found)) if found else candidates
    postings = scale * sum(c for w, c in zip(words, counts, strict=True) if w in by)
    return _POSTING_US * postings + _INDEX_ROW_US * tested


def _word_counts(session: Session, words: list[str], conditions: list[ColumnElement[bool]], after_id: int | None,
                 ascending: bool) -> list[int]:
    """How many rows of the window each word matches on its own."""
    window = _rows(conditions, after_id, ascending).limit(SCAN_ROWS).subquery("window")
    return list(session.execute(select(*(func.count().filter(window.c.words.op("@@")(_tsquery([word])))
                                         for word in words)).select_from(window)).one())


def _rows(conditions: list[ColumnElement[bool]], after_id: int | None, ascending: bool) -> Select[Any]:
    """request_search rows passing `conditions`, after `after_id` in register order."""
    rid = request_search.c.id
    query = select(rid, request_search.c.words, request_search.c.doc)
    if conditions:
        from desk.store.models import ServiceRequest

        query = query.join(ServiceRequest.__table__, ServiceRequest.id == rid).where(*conditions)
    if after_id is not None:
        query = query.where(rid > after_id if ascending else rid < after_id)
    return query.order_by(rid.asc() if ascending else rid.desc())


def _walk(terms: list[str], conditions: list[ColumnElement[bool]], after_id: int | None, rows: int,
          ascending: bool) -> Select[Any]:
    """The matches among the next `rows` rows in register order. ORDER BY + LIMIT inside keeps the plan
    an index walk, whatever the planner guesses about the words."""
    window = _rows(conditions, after_id, ascending).limit(rows).subquery("window")
    return (select(window.c.id).where(text_match(terms, window))
            .order_by(window.c.id.asc() if ascending else window.c.id.desc()))


def _edge(conditions: list[ColumnElement[bool]], after_id: int | None, rows: int,
          ascending: bool) -> Select[Any]:
    """The id of the `rows`-th row after `after_id` (NULL when there are fewer)."""
    return _rows(conditions, after_id, ascending).with_only_columns(request_search.c.id).offset(rows - 1).limit(1)


def _index(terms: list[str], conditions: list[ColumnElement[bool]], edge: Any, ascending: bool,
           by: list[str] | None = None) -> Select[Any]:
    """Every match beyond `edge` in register order, found by an index rather than by walking.

    With Latin-letter or digit words: the requests having a word that starts with each word of `by`
    (all of them when None) are read from the `(word, request_id)` key of `request_words` alone
    (migration 2203), intersected and sorted by id; each is then tested on its `request_search` row
    and `conditions`, newest first, so a LIMIT stops after a page's worth of matches. Without such
    words (a name in another script only), the regular expressions are tested on every row beyond."""
    words = tsquery_words(terms)
    if not words:
        rid = request_search.c.id
        beyond = _rows(conditions, None, ascending).order_by(None).where(rid > edge if ascending else rid < edge)
        found = beyond.with_only_columns(rid).where(text_match(terms)).cte("beyond").prefix_with("MATERIALIZED")
        return select(found.c.id).order_by(found.c.id.asc() if ascending else found.c.id.desc())
    key = request_words.c.request_id
    ranges = [select(key).where(*_prefix_range(word), key > edge if ascending else key < edge)
              for word in (by or words)]
    # In a FROM subquery the order is kept by the query around it: no second sort, and the LIMIT
    # stops the tests below after the page's matches.
    if len(ranges) == 1:
        ordered = ranges[0].distinct().order_by(key.asc() if ascending else key.desc()).subquery("ordered")
    else:
        both = intersect(*ranges).subquery("candidates")
        ordered = select(both.c.request_id).order_by(
            both.c.request_id.asc() if ascending else both.c.request_id.desc()).subquery("ordered")
    row = request_search.alias("searched")
    source: Any = row
    if conditions:
        from desk.store.models import ServiceRequest

        source = row.join(ServiceRequest.__table__, ServiceRequest.id == row.c.id)
    # A scalar subquery is run per candidate, in the candidates' order: never turned into a join that
    # would test every candidate (or walk the table) before the LIMIT applies.
    test = (select(true()).select_from(source)
            .where(row.c.id == ordered.c.request_id, _row_match(terms, row), *conditions).scalar_subquery())
    found = ordered.c.request_id
    return select(found.label("id")).where(test).order_by(found.asc() if ascending else found.desc())


def _prefix_range(word: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """`request_words.word` starting with `word` (letters a–z and digits) as a range of its "C"-collated key."""
    after = word[:-1] + chr(ord(word[-1]) + 1)
    return request_words.c.word >= word, request_words.c.word < after


def _row_match(terms: list[str], source: Any) -> ColumnElement[bool]:
    """text_match as conditions tested on a row already found (ts_match_vq is what `@@` calls: as a
    function it never becomes a condition of an index scan)."""
    words = tsquery_words(terms)
    tests = [func.ts_match_vq(source.c.words, _tsquery(words))] if words else []
    tests += [source.c.doc.op("~*")(word_prefix_pattern(t)) for t in terms if not fold(t).isascii()]
    return and_(true(), *tests)


def _window(session: Session, terms: list[str], conditions: list[ColumnElement[bool]], after_id: int | None,
            rows: int, limit: int, ascending: bool) -> tuple[list[int], int | None]:
    """The matches among the next `rows` rows (at most `limit`) and the last of those rows' id, in one
    statement; the edge is None when fewer rows follow `after_id`."""
    hits = _walk(terms, conditions, after_id, rows, ascending).limit(limit).subquery("hits")
    edge = _edge(conditions, after_id, rows, ascending).scalar_subquery()
    both = union_all(select(hits.c.id, literal(True).label("hit")),
                     select(edge.label("id"), literal(False).label("hit")))
    found: list[int] = []
    last: int | None = None
    for rid, hit in session.execute(both):
        if hit:
            found.append(rid)
        else:
            last = rid
    found.sort(reverse=not ascending)
    return found, last


def _from_index(session: Session, terms: list[str], conditions: list[ColumnElement[bool]], edge: int,
                wanted: int, ascending: bool, by: list[str] | None = None) -> list[int]:
    return list(session.scalars(_index(terms, conditions, edge, ascending, by).limit(wanted)))


def _walk_then_index(session: Session, terms: list[str], conditions: list[ColumnElement[bool]], edge: int,
                     wanted: int, ascending: bool) -> list[int]:
    """Up to WALK_ROWS more rows walked; should the rate have been misjudged, the index beyond them."""
    found, far = _window(session, terms, conditions, edge, WALK_ROWS, wanted, ascending)
    if len(found) == wanted or far is None:
        return found
    return found + _from_index(session, terms, conditions, far, wanted - len(found), ascending)
