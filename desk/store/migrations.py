"""Alembic migrations, run automatically at start and by every CLI command."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desk.paths import migrations_dir
from desk.store.database import Database
from desk.store.errors import DatabaseProblem


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revisions() -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(db: Database) -> tuple[str, ...]:
    with db.engine.connect() as conn:
        return tuple(MigrationContext.configure(conn).get_current_heads())


def upgrade(db: Database) -> None:
    """Bring the schema to the newest revision, refusing a database made by a newer Desk."""
    current = current_revisions(db)
    unknown = [rev for rev in current if rev not in known_revisions()]
    if unknown:
        raise DatabaseProblem(
            "Basis data ini dibuat oleh versi Desk yang lebih baru "
            f"(revisi skema {', '.join(unknown)}). Perbarui Desk ke versi terbaru untuk membukanya."
        )
    if set(current) == set(head_revisions()):
        return
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
