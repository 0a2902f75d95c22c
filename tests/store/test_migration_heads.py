"""The start-up fast path: a database at the shipped heads opens without Alembic, anything else migrates."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.paths import DATABASE_FILE, default_database_url
from desk.safety import backups as backup
from desk.safety.opening import open_database
from desk.store import migrations
from desk.store.database import Database
from desk.store.errors import DatabaseProblem

_MIGRATION = '''"""An extra migration for the test."""
from alembic import op

revision: str = "{revision}"
down_revision: str | tuple[str, ...] | None = {down}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE {table} (id INTEGER PRIMARY KEY)")


def downgrade() -> None:
    pass
'''


def scripts_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *extra: tuple[str, str, str]) -> Path:
    """A copy of the shipped scripts plus (revision, down_revision literal, table) migrations."""
    scripts = tmp_path / "db"
    shutil.copytree(migrations.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for revision, down, table in extra:
        (scripts / "versions" / f"{revision}_extra.py").write_text(
            _MIGRATION.format(revision=revision, down=down, table=table), encoding="utf-8")
    monkeypatch.setattr(migrations, "migrations_dir", lambda: scripts)
    return scripts


def revisions_in(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()


def test_the_shipped_heads_are_alembics_heads() -> None:
    # Fails when someone adds a script the plain reading cannot follow: fix shipped_heads, not this test.
    assert migrations.shipped_heads() == frozenset(migrations.head_revisions())


def test_a_new_script_and_a_multi_line_merge_are_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (head,) = migrations.head_revisions()
    scripts_with(tmp_path, monkeypatch, ("9801", repr(head), "satu"), ("9802", repr(head), "dua"),
                 ("9803", '(\n    "9801",\n    "9802",\n)', "tiga"))
    assert migrations.shipped_heads() == frozenset({"9803"}) == frozenset(migrations.head_revisions())


def test_an_unreadable_script_leaves_the_answer_to_alembic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = scripts_with(tmp_path, monkeypatch)
    (scripts / "versions" / "9801_computed.py").write_text('REV = "9801"\nrevision = REV\n', encoding="utf-8")
    assert migrations.shipped_heads() is None


def test_a_database_behind_the_new_head_is_still_migrated_after_a_safety_backup(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (head,) = migrations.head_revisions()
    scripts_with(tmp_path, monkeypatch, ("9801", repr(head), "tambahan"))
    open_database(default_database_url(data_dir), data_dir).dispose()
    path = data_dir / DATABASE_FILE
    assert revisions_in(path) == {"9801"}
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'tambahan'").fetchone()[0] == 1
    finally:
        conn.close()
    assert [b.kind for b in backup.list_backups([data_dir / "backups"])] == [backup.MIGRATION]


def test_a_database_at_the_heads_plus_a_newer_revision_is_refused(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(data_dir), data_dir)
    assert "versi Desk yang lebih baru" in info.value.message


def test_the_stored_revisions_are_read_by_plain_sql(db: Database) -> None:
    assert migrations.stored_revisions(db) == frozenset(migrations.head_revisions())
    assert migrations.at_shipped_heads(db)


def test_a_database_without_a_version_table_has_no_stored_revisions(tmp_path: Path) -> None:
    empty = Database(f"sqlite:///{tmp_path / 'kosong.sqlite3'}", tmp_path)
    try:
        assert migrations.stored_revisions(empty) is None and not migrations.at_shipped_heads(empty)
    finally:
        empty.dispose()


def test_opening_a_database_at_the_heads_does_not_import_alembic(data_dir: Path) -> None:
    # A fresh interpreter, as at start: the test session itself has Alembic loaded long ago.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desk.paths import default_database_url\n"
        "from desk.safety.opening import open_database\n"
        f"folder = Path({str(data_dir)!r})\n"
        "open_database(default_database_url(folder), folder).dispose()\n"
        "sys.exit(str(sorted(m for m in sys.modules if m.startswith('alembic'))[:3]) "
        "if 'alembic' in sys.modules else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert backup.list_backups([data_dir / "backups"]) == []  # nothing to migrate, so no safety backup


def test_the_postgresql_version_table_is_read_too(pg_db: Database) -> None:
    assert migrations.at_shipped_heads(pg_db)
