"""Alembic migrations, run automatically at start and by every CLI command (desk.safety.opening).

Before a SQLite database with data is migrated, desk.safety.opening makes a safety backup in
`<data>/backups` and names it here; the migration runs in one transaction, so a failing one
leaves the database exactly as it was (and says so, naming the backup). The Desk version that
last migrated a database is kept in the settings row `desk.version`, so an older Desk can say
which version a database needs.

A database already at the newest revisions is the common case at every start: `upgrade`
recognises it with one plain query and the shipped scripts' revision lines, without
importing Alembic (a third of a second on every start). Anything else takes the full path.
"""

from __future__ import annotations

import ast
import logging
import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from desk import __version__
from desk.domain.messages import N_, Filled
from desk.paths import migrations_dir
from desk.store.database import Database, database_problem
from desk.store.errors import DatabaseProblem, Problem

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

VERSION_KEY = "desk.version"
_PG_MIGRATION_LOCK = 7_410_401  # one counter migrates a shared PostgreSQL database; the others wait
# `revision = "0101"` / `down_revision: str | ... = ("0101", "0201")` at the start of a line in a script.
_REVISION_LINE = re.compile(
    r"""^(revision|down_revision)[ \t]*(?::[^=\n]*)?=[ \t]*(\([^)]*\)|\[[^\]]*\]|"[^"\n]*"|'[^'\n]*'|None)""",
    re.MULTILINE,
)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def _shipped_graph() -> tuple[set[str], set[str]] | None:
    """(revisions, their parents) from the shipped scripts' revision lines; None when one is not plain text."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in (migrations_dir() / "versions").iterdir():
            name = path.name
            if name.startswith((".#", "__init__")) or not name.endswith((".py", ".pyc", ".pyo")):
                continue
            if not name.endswith(".py"):
                return None  # a compiled-only script: its revision is not in readable text
            found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
            if not isinstance(revision, str):
                return None
            revisions.add(revision)
            if isinstance(down, str):
                parents.add(down)
            elif isinstance(down, tuple | list):
                parents.update(str(d) for d in down)
            elif down is not None:
                return None
    except (OSError, KeyError, ValueError, SyntaxError, UnicodeDecodeError):
        return None
    return revisions, parents


def shipped_heads() -> frozenset[str] | None:
    """The head revisions of the shipped scripts, read from their `revision`/`down_revision` lines.

    None when a script cannot be read that simply (compiled only, a computed revision...): the
    caller then asks Alembic. tests/store/test_migration_heads.py holds this to Alembic's own heads.
    """
    graph = _shipped_graph()
    if graph is None:
        return None
    revisions, parents = graph
    return frozenset(revisions - parents) or None


def shipped_revisions() -> frozenset[str] | None:
    """Every revision this Desk ships, without importing Alembic (None: ask Alembic, see `known_revisions`)."""
    graph = _shipped_graph()
    return frozenset(graph[0]) if graph is not None else None


def stored_revisions(db: Database) -> frozenset[str] | None:
    """The revisions in the database's alembic_version table, by plain SQL; None without the table."""
    try:
        with db.engine.connect() as conn:
            return frozenset(str(r) for r in conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except DBAPIError:
        return None


def at_shipped_heads(db: Database) -> bool:
    """True when the database is at exactly the newest revisions this Desk ships (nothing to migrate)."""
    heads = shipped_heads()
    return heads is not None and stored_revisions(db) == heads


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revisions() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    return tuple(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(db: Database) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return tuple(MigrationContext.configure(conn).get_current_heads())


def _heads_of(conn: Connection) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    return tuple(MigrationContext.configure(conn).get_current_heads())


def stored_version(conn: Connection) -> str | None:
    """The Desk version recorded in the database, if the settings table has it."""
    from desk.store.models import Setting

    try:
        value = conn.execute(select(Setting.value).where(Setting.key == VERSION_KEY)).scalar()
    except DBAPIError:
        return None
    return None if value is None else str(value)


def too_new_problem(unknown: list[str], made_by: str | None) -> DatabaseProblem:
    needed = (Filled(N_("Desk versi {version} atau yang lebih baru"), version=made_by) if made_by
              else N_("Desk versi yang lebih baru"))
    return DatabaseProblem(Filled(N_(
        "Basis data ini dibuat oleh versi Desk yang lebih baru (revisi skema {revisions}); Desk ini "
        "versi {version}. Pasang {needed} untuk membukanya. Basis data tidak diubah."),
        revisions=", ".join(unknown), version=__version__, needed=needed), Problem.TOO_NEW,
    )


def needs_upgrade(db: Database) -> bool:
    """Whether the database is behind this Desk's newest revisions (a newer one raises, see `upgrade`)."""
    if at_shipped_heads(db):
        return False
    return set(current_revisions(db)) != set(head_revisions())


def upgrade(db: Database, *, safety_backup: str | None = None) -> None:
    """Bring the schema to the newest revision, refusing a database made by a newer Desk.

    `safety_backup` names the copy made before (desk.safety.opening), for the message a failed
    update shows.
    """
    if at_shipped_heads(db):
        return  # the everyday start: no Alembic import, no backup, nothing written
    from alembic import command

    current = current_revisions(db)
    known = known_revisions()
    unknown = [rev for rev in current if rev not in known]
    if unknown:
        with db.engine.connect() as conn:
            made_by = stored_version(conn)
        raise too_new_problem(unknown, made_by)
    if set(current) == set(head_revisions()):
        return
    cfg = alembic_config()
    try:
        with db.engine.begin() as conn:
            if db.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                if set(_heads_of(conn)) == set(head_revisions()):
                    return  # another counter migrated while this one waited
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
            _record_version(conn)
    except DatabaseProblem:
        raise
    except Exception as exc:
        problem = database_problem(exc)
        reason = N_("disk penuh") if problem is not None and problem.kind is Problem.DISK_FULL else _first_line(exc)
        log.error("migration failed: %s", reason)
        kept = (Filled(N_(" Cadangan pengaman sebelum pembaruan: {path}."), path=str(safety_backup)) if safety_backup
                else "")
        raise DatabaseProblem(Filled(N_(
            "Pembaruan skema basis data gagal ({reason}) dan dibatalkan seluruhnya: basis data tetap seperti "
            "sebelumnya, tidak ada data yang hilang.{kept} Laporkan pesan ini kepada pengelola Desk."),
            reason=reason, kept=kept),
            Problem.DISK_FULL if problem is not None and problem.kind is Problem.DISK_FULL else Problem.MIGRATION,
        ) from None


def _first_line(exc: BaseException) -> str:
    """What failed, for the message: the error's type and first line. A driver error is quoted from its
    own first line only: PostgreSQL puts the values a row held on the lines after it ("DETAIL: Key …")."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text_ = str(cause).strip().splitlines()[0][:200] if str(cause).strip() else ""
    return f"{type(cause).__name__}: {text_}" if text_ else type(cause).__name__


def _record_version(conn: Connection) -> None:
    from desk.store.models import Setting

    table = Setting.__table__
    updated = conn.execute(update(table).where(table.c.key == VERSION_KEY).values(value=__version__)).rowcount
    if not updated:
        conn.execute(insert(table).values(key=VERSION_KEY, value=__version__))
