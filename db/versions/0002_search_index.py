"""Search index over requests: FTS5 with prefix indexes on SQLite.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

The index holds one row per request (rowid = request id) with the text an
officer types: reference number, visitor name, NIK (whole and its last four
digits), phone (international, local and last four digits), organisation and
notes. Triggers keep it in step with requests and visitors, so no code path
can forget to update it. PostgreSQL gets its own index in a later revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The indexed text of request r and visitor v, shared by every trigger below.
_ROW = """
    r.id, r.ref_number, v.name,
    coalesce(v.nik, '') || ' ' || coalesce(substr(v.nik, 13, 4), ''),
    coalesce(substr(v.phone, 2), '') || ' ' || coalesce('0' || substr(v.phone, 4), '') || ' '
        || coalesce(substr(v.phone, -4), ''),
    v.organisation, r.notes
"""
_COLUMNS = "rowid, ref, name, nik, phone, organisation, notes"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE request_fts USING fts5("
        "ref, name, nik, phone, organisation, notes, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"
    )
    op.execute(f"""
        CREATE TRIGGER request_fts_ai AFTER INSERT ON service_requests BEGIN
            INSERT INTO request_fts({_COLUMNS})
            SELECT {_ROW} FROM service_requests r JOIN visitors v ON v.id = r.visitor_id WHERE r.id = NEW.id;
        END""")
    op.execute(f"""
        CREATE TRIGGER request_fts_au AFTER UPDATE OF ref_number, visitor_id, notes ON service_requests BEGIN
            DELETE FROM request_fts WHERE rowid = OLD.id;
            INSERT INTO request_fts({_COLUMNS})
            SELECT {_ROW} FROM service_requests r JOIN visitors v ON v.id = r.visitor_id WHERE r.id = NEW.id;
        END""")
    op.execute("""
        CREATE TRIGGER request_fts_ad AFTER DELETE ON service_requests BEGIN
            DELETE FROM request_fts WHERE rowid = OLD.id;
        END""")
    op.execute(f"""
        CREATE TRIGGER request_fts_visitor_au AFTER UPDATE OF name, nik, phone, organisation ON visitors BEGIN
            DELETE FROM request_fts WHERE rowid IN (SELECT id FROM service_requests WHERE visitor_id = NEW.id);
            INSERT INTO request_fts({_COLUMNS})
            SELECT {_ROW} FROM service_requests r JOIN visitors v ON v.id = r.visitor_id WHERE v.id = NEW.id;
        END""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("request_fts_ai", "request_fts_au", "request_fts_ad", "request_fts_visitor_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS request_fts")
