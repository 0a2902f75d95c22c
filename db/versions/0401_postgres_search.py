"""Search index over requests on PostgreSQL: pg_trgm on one text per request.

Revision ID: 0401
Revises: 0002
Create Date: 2026-11-30

PostgreSQL's counterpart of the FTS5 table of revision 0002 (a no-op on SQLite).
`request_search` holds, per request, the same words the FTS5 row holds:
reference number, visitor name, NIK (whole and its last four digits), phone
(international without "+", local "08…" and last four digits), organisation and
notes, lower-cased and with accents folded. Triggers keep it in step with
requests and visitors. A trigram GIN index answers the word-prefix regular
expressions desk.store.search_pg builds (`\\mterm`), so typing "sit" finds
"Siti" through the index instead of reading every request.

pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the owner
of the Desk database may create it without being a superuser.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0401"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Accented Latin letters folded to their base letter, as FTS5's remove_diacritics does.
# Accented Latin letters folded to their plain lower-case letter, as FTS5's remove_diacritics does.
# Upper case is listed too: lower() leaves non-ASCII letters alone on a server in the C locale.
# desk.store.search_pg folds typed words with the same table.
_ACCENTED = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįðñńňòóôõöøōŏőùúûüūŭůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĔĖĘĚÌÍÎÏĪĬĮÐÑŃŇÒÓÔÕÖØŌŎŐÙÚÛÜŪŬŮŰŲÝŸŹŻŽ"
_PLAIN = "aaaaaaaaacccdeeeeeeeeeiiiiiiidnnnooooooooouuuuuuuuuyyzzzaaaaaaaaacccdeeeeeeeeeiiiiiiidnnnooooooooouuuuuuuuuyyzzz"

_DOC = f"""
    translate(lower(
        coalesce(r.ref_number, '') || ' ' || coalesce(v.name, '') || ' '
        || coalesce(v.nik, '') || ' ' || coalesce(substr(v.nik, 13, 4), '') || ' '
        || coalesce(substr(v.phone, 2), '') || ' ' || coalesce('0' || substr(v.phone, 4), '') || ' '
        || coalesce(right(v.phone, 4), '') || ' '
        || coalesce(v.organisation, '') || ' ' || coalesce(r.notes, '')
    ), '{_ACCENTED}', '{_PLAIN}')
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    assert len(_ACCENTED) == len(_PLAIN)
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("""
        CREATE TABLE request_search (
            id integer NOT NULL,
            doc text NOT NULL,
            CONSTRAINT pk_request_search PRIMARY KEY (id),
            CONSTRAINT fk_request_search_id_service_requests FOREIGN KEY (id)
                REFERENCES service_requests (id) ON DELETE CASCADE
        )""")
    op.execute(f"""
        CREATE FUNCTION desk_request_search_refresh(request_ids integer[]) RETURNS void
        LANGUAGE sql AS $$
            INSERT INTO request_search (id, doc)
            SELECT r.id, {_DOC}
            FROM service_requests r JOIN visitors v ON v.id = r.visitor_id
            WHERE r.id = ANY(request_ids)
            ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc
        $$""")
    op.execute("""
        CREATE FUNCTION desk_request_search_request() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM desk_request_search_refresh(ARRAY[NEW.id]);
            RETURN NULL;
        END $$""")
    op.execute("""
        CREATE FUNCTION desk_request_search_visitor() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM desk_request_search_refresh(
                ARRAY(SELECT id FROM service_requests WHERE visitor_id = NEW.id));
            RETURN NULL;
        END $$""")
    op.execute("""
        CREATE TRIGGER request_search_ai AFTER INSERT ON service_requests
        FOR EACH ROW EXECUTE FUNCTION desk_request_search_request()""")
    op.execute("""
        CREATE TRIGGER request_search_au AFTER UPDATE OF ref_number, visitor_id, notes ON service_requests
        FOR EACH ROW EXECUTE FUNCTION desk_request_search_request()""")
    op.execute("""
        CREATE TRIGGER request_search_visitor_au AFTER UPDATE OF name, nik, phone, organisation ON visitors
        FOR EACH ROW EXECUTE FUNCTION desk_request_search_visitor()""")
    op.execute("SELECT desk_request_search_refresh(ARRAY(SELECT id FROM service_requests))")
    op.execute("CREATE INDEX ix_request_search_doc_trgm ON request_search USING gin (doc gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS request_search_visitor_au ON visitors")
    op.execute("DROP TRIGGER IF EXISTS request_search_au ON service_requests")
    op.execute("DROP TRIGGER IF EXISTS request_search_ai ON service_requests")
    op.execute("DROP TABLE IF EXISTS request_search")
    op.execute("DROP FUNCTION IF EXISTS desk_request_search_visitor()")
    op.execute("DROP FUNCTION IF EXISTS desk_request_search_request()")
    op.execute("DROP FUNCTION IF EXISTS desk_request_search_refresh(integer[])")
