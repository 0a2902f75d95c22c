"""Migrations 0901 and 1502: FTS5 prefix indexes up to 8 characters, the index rebuilt with places, on a
database that already has requests."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from desk.store import migrations
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.requests import RegisterFilter, register_page

END = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def _fts_sql(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'request_fts'")).scalar())


def _alembic(db: Database, action: str, revision: str) -> None:
    from alembic import command

    cfg = migrations.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


def test_upgrade_from_0900_keeps_every_request_findable_and_the_triggers_working(db: Database) -> None:
    add_demo_requests(db, 120, seed=5, end=END)
    _alembic(db, "downgrade", "0900")  # as a Desk of 28 November 2026 left the database
    assert "prefix = '1 2 3 4'" in _fts_sql(db)
    with db.read() as s:
        nik = s.execute(text("SELECT nik FROM visitors WHERE nik IS NOT NULL ORDER BY id LIMIT 1")).scalar_one()
        # What the 0900 index itself answered (the code of today expects today's columns).
        before = {q: list(s.scalars(text("SELECT rowid FROM request_fts WHERE request_fts MATCH :m "
                                          "ORDER BY rowid DESC LIMIT 500"), {"m": f'"{q}"*'}))
                  for q in (nik[:5], nik[:7], nik, "dkukmtk")}
    assert all(before.values())

    _alembic(db, "upgrade", "heads")
    assert "prefix = '1 2 3 4 5 6 7 8'" in _fts_sql(db)
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM request_fts")).scalar() == 120
        for query, ids in before.items():
            assert register_page(s, RegisterFilter(text=query), limit=500) == ids, query
    # the triggers of 0002 fill and follow the rebuilt table
    with db.write() as s:
        s.execute(text("UPDATE visitors SET name = 'Zulkarnain Baru' WHERE nik = :nik"), {"nik": nik})
    add_demo_requests(db, 5, seed=9, end=END)
    with db.read() as s:
        assert register_page(s, RegisterFilter(text="zulkarn")) == before[nik]
        assert s.execute(text("SELECT count(*) FROM request_fts")).scalar() == 125
