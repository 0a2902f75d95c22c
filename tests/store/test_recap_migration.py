"""Migration 1701_recap_indexes: visitors saved before it get their birth date from their NIK, and the recap's
index is there; a visitor saved after it gets the birth date at intake."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from alembic import command

from desk.domain.nik import make_nik
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store import migrations
from desk.store.database import Database
from desk.store.models import Visitor
from desk.store.request_changes import RequestCorrection, correct_request
from tests.conftest import saved_walk_in


def test_old_visitors_get_the_birth_date_of_their_nik(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    db = open_database(default_database_url(data_dir), data_dir)
    cfg = migrations.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "1801_complaints")
    db.dispose()
    woman = make_nik("63.11.04", date(1961, 2, 28), "P", 7)  # day + 40
    man = make_nik("63.11.01", date(2004, 12, 1), "L", 8)
    with sqlite3.connect(path) as conn:
        assert "ix_service_requests_recap" not in {r[1] for r in conn.execute("PRAGMA index_list(service_requests)")}
        for nik, name in ((woman, "Hj. Aminah"), (man, "Rizky"), (None, "Tanpa NIK"), ("0000000000000000", "Rusak")):
            conn.execute("INSERT INTO visitors (nik, name, address, region_text, organisation, organisation_kind, "
                         "created_at) VALUES (?, ?, '', '', '', '', '2025-06-01 02:00:00.000000')", (nik, name))

    db = open_database(default_database_url(data_dir), data_dir)
    try:
        with sqlite3.connect(path) as conn:
            assert "ix_service_requests_recap" in {r[1] for r in conn.execute("PRAGMA index_list(service_requests)")}
            born = dict(conn.execute("SELECT name, birth_date FROM visitors"))
        assert born["Hj. Aminah"] == "1961-02-28" and born["Rizky"] == "2004-12-01"
        assert born["Tanpa NIK"] is None and born["Rusak"] is None
    finally:
        db.dispose()


def test_intake_and_correction_keep_the_birth_date_of_the_nik(db: Database) -> None:
    saved = saved_walk_in(db, "Siti Rahmah", "P1", nik=make_nik("63.11.04", date(1999, 7, 9), "P", 31), sex="P")
    with db.read() as session:
        visitor = session.get(Visitor, saved.visitor_id)
        assert visitor is not None and visitor.birth_date == date(1999, 7, 9)
    fixed = replace(RequestCorrection.of(saved), nik=make_nik("63.11.04", date(1989, 7, 9), "P", 31))
    correct_request(db, saved.id, fixed)  # the NIK was mistyped: the age band follows the corrected one
    with db.read() as session:
        visitor = session.get(Visitor, saved.visitor_id)
        assert visitor is not None and visitor.birth_date == date(1989, 7, 9)
