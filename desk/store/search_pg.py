"""Request search on PostgreSQL: word-prefix matches over `request_search` (migration 0401).

Each typed word must start a word of the request's search text, as with FTS5
prefix queries on SQLite: "sit" finds "Siti", "0812" finds a phone typed as
08…, "0001" the last four digits of a NIK. The words come from
`search.search_terms` (letters, digits and underscore only), so nothing an
officer types reaches the regular expression as syntax; they are escaped all
the same. A trigram GIN index serves these expressions for words of three or
more letters; shorter ones read the (narrow) search table.
"""

from __future__ import annotations

import re

from sqlalchemy import and_, column, select, table
from sqlalchemy.sql import Select

# The same folding as migration 0401 applies to the indexed text.
_ACCENTED = (
    "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįðñńňòóôõöøōŏőùúûüūŭůűųýÿźżž"
    "ÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĔĖĘĚÌÍÎÏĪĬĮÐÑŃŇÒÓÔÕÖØŌŎŐÙÚÛÜŪŬŮŰŲÝŸŹŻŽ"
)
_PLAIN = "aaaaaaaaacccdeeeeeeeeeiiiiiiidnnnooooooooouuuuuuuuuyyzzz" * 2
_FOLD = str.maketrans(_ACCENTED, _PLAIN)

request_search = table("request_search", column("id"), column("doc"))


def fold(term: str) -> str:
    return term.lower().translate(_FOLD)


def word_prefix_pattern(term: str) -> str:
    """A PostgreSQL regular expression matching `term` at the start of a word."""
    folded = fold(term)
    escaped = re.sub(r"([^\w])", r"\\\1", folded)
    # \m (start of word) only knows the server's word letters: plain ASCII words get it,
    # anything else (a name in another script) is matched anywhere.
    return (r"\m" + escaped) if folded.isascii() else escaped


def matching_ids(terms: list[str]) -> Select[tuple[int]]:
    conditions = [request_search.c.doc.op("~*")(word_prefix_pattern(term)) for term in terms]
    return select(request_search.c.id.label("id")).where(and_(*conditions))
