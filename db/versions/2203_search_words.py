"""PostgreSQL search: every word of each request's search text in a B-tree, `(word, request_id)`.

Revision ID: 2203_search_words
Revises: 2202_recap_days
Create Date: 2026-12-04

The GIN index of 0902 answers "which requests have a word starting with 'rahmat'" with a bitmap: to
learn the newest of them it reads every posting and then every matching row from the table (about
11,000 heap blocks for a common name over a million requests, 45–50 ms). `request_words` holds the
same words (the lexemes of `request_search.words`) once per request, keyed on (word, request_id) in
byte order ("C" collation): a typed prefix is a range of that key, read from the index alone, and its
ids are sorted and tested newest first until a page is full (desk.store.search_pg).

Statement triggers on `request_search` keep it in step in the same transaction as every write of
the searchable fields (those already refresh `request_search` through 0401's triggers): inserted rows
add their words, updated rows swap the words that changed, deleted rows (a request deleted cascades
to `request_search`) take theirs away. SQLite needs nothing: FTS5's doclists are already in id order.

The upgrade reads every `request_search` row once and builds the key after loading (a sorted build).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "2203_search_words"
down_revision: str | Sequence[str] | None = "2202_recap_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _words(rows: str) -> str:
    """(request_id, word) of every lexeme of `rows` (request_search or a transition table of it)."""
    return f'SELECT r.id, w.word COLLATE "C" AS word FROM {rows} r, unnest(tsvector_to_array(r.words)) AS w(word)'


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE TABLE request_words (
            word text COLLATE "C" NOT NULL,
            request_id integer NOT NULL
        )""")
    # A bigger sort memory for this transaction only: the key below is built from every word at once.
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute(f"INSERT INTO request_words (request_id, word) {_words('request_search')}")
    op.execute("ALTER TABLE request_words ADD CONSTRAINT pk_request_words PRIMARY KEY (word, request_id)")
    op.execute(f"""
        CREATE FUNCTION desk_request_words_added() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO request_words (request_id, word) {_words('added')};
            RETURN NULL;
        END $$""")
    op.execute(f"""
        CREATE FUNCTION desk_request_words_changed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM request_words k
            USING ({_words('old_rows')} EXCEPT {_words('new_rows')}) gone
            WHERE k.word = gone.word AND k.request_id = gone.id;
            INSERT INTO request_words (request_id, word) {_words('new_rows')} EXCEPT {_words('old_rows')};
            RETURN NULL;
        END $$""")
    op.execute(f"""
        CREATE FUNCTION desk_request_words_removed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM request_words k
            USING ({_words('removed')}) gone
            WHERE k.word = gone.word AND k.request_id = gone.id;
            RETURN NULL;
        END $$""")
    op.execute("""
        CREATE TRIGGER request_words_ai AFTER INSERT ON request_search
        REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION desk_request_words_added()""")
    op.execute("""
        CREATE TRIGGER request_words_au AFTER UPDATE ON request_search
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION desk_request_words_changed()""")
    op.execute("""
        CREATE TRIGGER request_words_ad AFTER DELETE ON request_search
        REFERENCING OLD TABLE AS removed
        FOR EACH STATEMENT EXECUTE FUNCTION desk_request_words_removed()""")
    op.execute("ANALYZE request_words")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger in ("request_words_ai", "request_words_au", "request_words_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON request_search")
    for function in ("desk_request_words_added", "desk_request_words_changed", "desk_request_words_removed"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.execute("DROP TABLE IF EXISTS request_words")
