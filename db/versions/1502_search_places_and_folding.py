"""Search finds what people type: names with apostrophes, any accented letter, the desa and kecamatan.

Revision ID: 1502
Revises: 1501
Create Date: 2026-12-03

- "maruf" finds "Ma'ruf": a name, organisation, note or place with an apostrophe is indexed both as
  written ("ma", "ruf") and without it ("maruf"); desk.store.search drops apostrophes inside typed words.
- "sukri" finds "Šukri": FTS5 (remove_diacritics 2) folds accents already; PostgreSQL's folding
  table now covers every accented Latin letter (Latin-1 to Latin Extended-B), not only some.
- "mampari" finds the requests of visitors from Desa Mampari: a new `place` column (SQLite) and
  the same words in `doc` (PostgreSQL) hold the kecamatan and desa names and the free-text region
  of a visitor from outside the kabupaten. Triggers follow a visitor's region and a renamed region.

SQLite rebuilds `request_fts` from the requests and visitors (prefix indexes as in 0901), the
triggers re-created with the new row; PostgreSQL redefines the refresh function and refreshes
every row. Both read every request once: minutes on a million requests, as 0901 did.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from alembic import op

revision: str = "1502"
down_revision: str | Sequence[str] | None = "1501"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APOSTROPHES = "'’`ʼ"
_PREFIX = "1 2 3 4 5 6 7 8"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def fold_table() -> tuple[str, str]:
    """(accented, plain): every Latin letter with a diacritic (U+00C0–U+024F) and its plain lower-case letter,
    plus the few that do not decompose. desk.store.search_pg folds typed words with the same table."""
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
    return "".join(accented), "".join(plain)


# --- SQLite ---------------------------------------------------------------------------------------


def _sqlite_with_folded(expr: str) -> str:
    """`expr`, and when it holds an apostrophe, a second time without it."""
    stripped = expr
    for mark in APOSTROPHES:
        stripped = f"replace({stripped}, '{mark.replace(chr(39), chr(39) * 2)}', '')"
    marks = APOSTROPHES.replace("'", "''")
    return f"{expr} || CASE WHEN {expr} GLOB '*[{marks}]*' THEN ' ' || {stripped} ELSE '' END"


_SQLITE_COLUMNS = "ref, name, nik, phone, organisation, notes, place"
_SQLITE_ROW = f"""
    r.id, r.ref_number, {_sqlite_with_folded("v.name")},
    coalesce(v.nik, '') || ' ' || coalesce(substr(v.nik, 13, 4), ''),
    coalesce(substr(v.phone, 2), '') || ' ' || coalesce('0' || substr(v.phone, 4), '') || ' '
        || coalesce(substr(v.phone, -4), ''),
    {_sqlite_with_folded("v.organisation")}, {_sqlite_with_folded("r.notes")},
    {_sqlite_with_folded("trim(coalesce(k.name, '') || ' ' || coalesce(d.name, '') || ' ' || coalesce(v.region_text, ''))")}
 FROM service_requests r JOIN visitors v ON v.id = r.visitor_id
    LEFT JOIN regions k ON k.code = v.kecamatan_code LEFT JOIN regions d ON d.code = v.desa_code"""

_OLD_SQLITE_COLUMNS = "ref, name, nik, phone, organisation, notes"
_OLD_SQLITE_ROW = """
    r.id, r.ref_number, v.name,
    coalesce(v.nik, '') || ' ' || coalesce(substr(v.nik, 13, 4), ''),
    coalesce(substr(v.phone, 2), '') || ' ' || coalesce('0' || substr(v.phone, 4), '') || ' '
        || coalesce(substr(v.phone, -4), ''),
    v.organisation, r.notes
 FROM service_requests r JOIN visitors v ON v.id = r.visitor_id"""


def _sqlite_build(columns: str, row: str, *, with_regions: bool) -> None:
    triggers = [name for (name,) in op.get_bind().exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%request_fts%'").all()]
    for name in triggers:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE IF EXISTS request_fts")
    op.execute(f"CREATE VIRTUAL TABLE request_fts USING fts5({columns}, {_TOKENIZE}, prefix = '{_PREFIX}')")
    op.execute(f"INSERT INTO request_fts(rowid, {columns}) SELECT {row} ORDER BY r.id")
    insert = f"INSERT INTO request_fts(rowid, {columns})\n            SELECT {row}"
    op.execute(f"""
        CREATE TRIGGER request_fts_ai AFTER INSERT ON service_requests BEGIN
            {insert} WHERE r.id = NEW.id;
        END""")
    op.execute(f"""
        CREATE TRIGGER request_fts_au AFTER UPDATE OF ref_number, visitor_id, notes ON service_requests BEGIN
            DELETE FROM request_fts WHERE rowid = OLD.id;
            {insert} WHERE r.id = NEW.id;
        END""")
    op.execute("""
        CREATE TRIGGER request_fts_ad AFTER DELETE ON service_requests BEGIN
            DELETE FROM request_fts WHERE rowid = OLD.id;
        END""")
    visitor_columns = "name, nik, phone, organisation" + (
        ", kecamatan_code, desa_code, region_text" if with_regions else "")
    op.execute(f"""
        CREATE TRIGGER request_fts_visitor_au AFTER UPDATE OF {visitor_columns} ON visitors BEGIN
            DELETE FROM request_fts WHERE rowid IN (SELECT id FROM service_requests WHERE visitor_id = NEW.id);
            {insert} WHERE v.id = NEW.id;
        END""")
    if with_regions:
        op.execute(f"""
            CREATE TRIGGER request_fts_region_au AFTER UPDATE OF name ON regions BEGIN
                DELETE FROM request_fts WHERE rowid IN (SELECT r.id FROM service_requests r JOIN visitors v
                    ON v.id = r.visitor_id WHERE v.kecamatan_code = NEW.code OR v.desa_code = NEW.code);
                {insert} WHERE v.kecamatan_code = NEW.code OR v.desa_code = NEW.code;
            END""")


# --- PostgreSQL -----------------------------------------------------------------------------------


def _pg_with_folded(expr: str) -> str:
    marks = APOSTROPHES.replace("'", "''")
    return f"{expr} || CASE WHEN {expr} ~ '[{marks}]' THEN ' ' || translate({expr}, '{marks}', '') ELSE '' END"


def _pg_doc(accented: str, plain: str, *, places: bool) -> str:
    def folded(expr: str) -> str:
        return _pg_with_folded(expr) if places else expr

    name, organisation, notes = (folded(f"coalesce({c}, '')") for c in ("v.name", "v.organisation", "r.notes"))
    where = " || ' ' || " + folded(
        "(coalesce(k.name, '') || ' ' || coalesce(d.name, '') || ' ' || coalesce(v.region_text, ''))")
    return f"""
    translate(lower(
        coalesce(r.ref_number, '') || ' ' || {name} || ' '
        || coalesce(v.nik, '') || ' ' || coalesce(substr(v.nik, 13, 4), '') || ' '
        || coalesce(substr(v.phone, 2), '') || ' ' || coalesce('0' || substr(v.phone, 4), '') || ' '
        || coalesce(right(v.phone, 4), '') || ' '
        || {organisation} || ' ' || {notes}{where if places else ""}
    ), '{accented}', '{plain}')"""


# 0401's folding table, for the downgrade.
_OLD_ACCENTED = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįðñńňòóôõöøōŏőùúûüūŭůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĔĖĘĚÌÍÎÏĪĬĮÐÑŃŇÒÓÔÕÖØŌŎŐÙÚÛÜŪŬŮŰŲÝŸŹŻŽ"
_OLD_PLAIN = "aaaaaaaaacccdeeeeeeeeeiiiiiiidnnnooooooooouuuuuuuuuyyzzz" * 2


def _pg_refresh_function(doc: str, *, places: bool) -> None:
    joins = """
            LEFT JOIN regions k ON k.code = v.kecamatan_code
            LEFT JOIN regions d ON d.code = v.desa_code""" if places else ""
    op.execute(f"""
        CREATE OR REPLACE FUNCTION desk_request_search_refresh(request_ids integer[]) RETURNS void
        LANGUAGE sql AS $$
            INSERT INTO request_search (id, doc)
            SELECT r.id, {doc}
            FROM service_requests r JOIN visitors v ON v.id = r.visitor_id{joins}
            WHERE r.id = ANY(request_ids)
            ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc
        $$""")


def _pg_visitor_trigger(columns: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS request_search_visitor_au ON visitors")
    op.execute(f"""
        CREATE TRIGGER request_search_visitor_au AFTER UPDATE OF {columns} ON visitors
        FOR EACH ROW EXECUTE FUNCTION desk_request_search_visitor()""")


def _pg_upgrade() -> None:
    accented, plain = fold_table()
    _pg_refresh_function(_pg_doc(accented, plain, places=True), places=True)
    _pg_visitor_trigger("name, nik, phone, organisation, kecamatan_code, desa_code, region_text")
    op.execute("""
        CREATE OR REPLACE FUNCTION desk_request_search_region() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM desk_request_search_refresh(ARRAY(
                SELECT r.id FROM service_requests r JOIN visitors v ON v.id = r.visitor_id
                WHERE v.kecamatan_code = NEW.code OR v.desa_code = NEW.code));
            RETURN NULL;
        END $$""")
    op.execute("DROP TRIGGER IF EXISTS request_search_region_au ON regions")
    op.execute("""
        CREATE TRIGGER request_search_region_au AFTER UPDATE OF name ON regions
        FOR EACH ROW EXECUTE FUNCTION desk_request_search_region()""")
    op.execute("SELECT desk_request_search_refresh(ARRAY(SELECT id FROM service_requests))")


def _pg_downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS request_search_region_au ON regions")
    op.execute("DROP FUNCTION IF EXISTS desk_request_search_region()")
    _pg_visitor_trigger("name, nik, phone, organisation")
    _pg_refresh_function(_pg_doc(_OLD_ACCENTED, _OLD_PLAIN, places=False), places=False)
    op.execute("SELECT desk_request_search_refresh(ARRAY(SELECT id FROM service_requests))")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_build(_SQLITE_COLUMNS, _SQLITE_ROW, with_regions=True)
    elif dialect == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_build(_OLD_SQLITE_COLUMNS, _OLD_SQLITE_ROW, with_regions=False)
    elif dialect == "postgresql":
        _pg_downgrade()
