"""Migration 1401: a database from before it (no rank, jabatan, decree or signing date; a NIP typed with spaces)
opens with today's Desk, keeps its profile, lists the new fields as still to fill in, and keeps a NIP's digits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from desk.domain.office_rules import office_gaps
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store import migrations
from desk.store.work import office_context


def test_a_database_from_before_the_papers_fields_keeps_its_profile(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    db = open_database(default_database_url(data_dir), data_dir)
    cfg = migrations.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "1502_standard_aliases")  # the schema as the release before this one left it
    db.dispose()
    with sqlite3.connect(path) as conn:
        assert "head_rank" not in {row[1] for row in conn.execute("PRAGMA table_info(office_profile)")}
        conn.execute("UPDATE office_profile SET head_name = 'Hj. Rusmilawati, S.E.', "
                     "head_nip = '19700101 199503 2 001', phone = '(0526) 2028123'")

    db = open_database(default_database_url(data_dir), data_dir)  # migrates, with its safety backup
    try:
        assert migrations.current_revisions(db) == migrations.head_revisions()
        profile = office_context(db).profile
        assert (profile.head_name, profile.phone) == ("Hj. Rusmilawati, S.E.", "(0526) 2028123")
        assert profile.head_nip == "197001011995032001"
        assert (profile.head_rank, profile.standards_decree_number, profile.standards_decree_date) == ("", "", None)
        gaps = {g.field: g.problem for g in office_gaps(profile)}
        assert gaps["head_rank"] == "belum diisi" and gaps["standards_decree_date"] == "belum diisi"
        assert "head_nip" not in gaps and "phone" not in gaps
    finally:
        db.dispose()
    assert list((data_dir / "backups").glob("*.sqlite3"))  # the upgrade's safety backup
