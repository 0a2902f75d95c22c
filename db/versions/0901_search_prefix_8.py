"""Search index: FTS5 prefix indexes for every prefix length up to 8 characters.

Revision ID: 0901
Revises: 0900
Create Date: 2026-12-01

With prefix indexes only for 1–4 characters, a longer typed prefix makes FTS5 merge
the doclist of every indexed word that starts with it: "63110" starts nearly every
NIK of Balangan (one word per visitor), and "dkukm" the office code in every
reference number. Over a million requests one such keystroke took 70–500 ms. With
indexes for 5–8 characters too, every prefix up to 8 characters is read from one
doclist in id order (under 1 ms); longer prefixes name few words and stay cheap.
Measured on 100,000 requests: the index grows from 32 to 47 MB, insert time is
unchanged (bench/results.md has the figures).

The table is rebuilt from its own stored text. The triggers that fill it (0002) are
dropped first and re-created from their stored SQL afterwards, because SQLite checks
every trigger's body when a table they name is dropped or renamed.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0901"
down_revision: str | Sequence[str] | None = "0900"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "ref, name, nik, phone, organisation, notes"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _rebuild(prefix: str) -> None:
    bind = op.get_bind()
    triggers = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%request_fts%'").all()
    for name, _sql in triggers:
        op.execute(f"DROP TRIGGER {name}")
    op.execute(f"CREATE TEMP TABLE request_fts_copy AS SELECT rowid AS id, {_COLUMNS} FROM request_fts")
    op.execute("DROP TABLE request_fts")
    op.execute(f"CREATE VIRTUAL TABLE request_fts USING fts5({_COLUMNS}, {_TOKENIZE}, prefix = '{prefix}')")
    op.execute(f"INSERT INTO request_fts(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM request_fts_copy ORDER BY id")
    op.execute("DROP TABLE request_fts_copy")
    for _name, sql in triggers:
        op.execute(sql)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild("1 2 3 4 5 6 7 8")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild("1 2 3 4")
