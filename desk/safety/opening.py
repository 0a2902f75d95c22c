"""Opening the database: the file's checks first, then the engine, the schema update and the seed.

A SQLite file is first checked where it lies (network share, read-only folder, a folder in its
place, not a database, another program's database, made by a newer Desk) with the sqlite3
module, read-only: nothing touches a file these checks refuse, not even a switch to WAL mode.
Before the schema of a database with data is updated, a verified safety backup is made.
Every problem is a `DatabaseProblem` in Indonesian with its `kind`.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from desk.domain.messages import N_, Filled
from desk.safety.backups import MIGRATION, BackupError, backups_folder, copy_sqlite, list_backups
from desk.safety.files import (
    check_file_kind,
    folder_in_place,
    folder_problem,
    network_share,
    network_share_problem,
    sqlite_file,
)
from desk.store import migrations
from desk.store.database import BUSY_TIMEOUT_MS, Database, database_problem
from desk.store.errors import DatabaseProblem, Problem
from desk.store.seed import seed_database
from desk.store.system_events import check_audit_key


def preflight_sqlite(url: str, data_dir: Path | None = None) -> None:
    """The checks `open_database` runs before touching a SQLite file; each failure is a DatabaseProblem."""
    path = sqlite_file(url)
    if path is None:
        return
    folder = Path(os.path.abspath(path)).parent
    how = network_share(folder)
    if how is not None:
        raise network_share_problem(folder, how)
    for place in dict.fromkeys([folder, *([data_dir] if data_dir is not None else [])]):
        problem = folder_problem(place)
        if problem is not None:
            raise problem
    if path.is_dir():
        raise folder_in_place(path)
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseProblem(Filled(N_(
            "Berkas basis data {path} hanya-baca: Desk tidak bisa menyimpan permohonan. Minta pengelola "
            "komputer memberi izin tulis pada berkas itu."), path=str(path)), Problem.READ_ONLY,
        )
    check_file_kind(path, backups_exist=bool(list_backups([backups_folder(data_dir or folder)])))


def _safety_backup(db: Database) -> str | None:
    """A verified copy of a SQLite database before its schema changes (server backups cover PostgreSQL)."""
    path = db.sqlite_path
    if path is None or not path.exists() or not migrations.stored_revisions(db):
        return None
    try:
        return str(copy_sqlite(path, backups_folder(db.data_dir or path.parent), MIGRATION).path)
    except BackupError as exc:
        raise DatabaseProblem(Filled(N_(
            "Desk perlu memperbarui skema basis data, tetapi cadangan pengaman sebelum pembaruan gagal dibuat: "
            "{reason} Basis data tidak diubah."), reason=exc.message), Problem.MIGRATION,
        ) from exc


def open_database(
    url: str,
    data_dir: Path | None = None,
    *,
    migrate: bool = True,
    seed: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Database:
    """Open (checking, migrating and seeding as needed) the database at `url`."""
    if sqlite_file(url) is not None:
        preflight_sqlite(url, data_dir)
    db = Database(url, data_dir, busy_timeout_ms=busy_timeout_ms)
    try:
        if migrate and migrations.needs_upgrade(db):
            migrations.upgrade(db, safety_backup=_safety_backup(db))
        if seed:
            seed_database(db)
        check_audit_key(db)
    except DatabaseProblem:
        db.dispose()
        raise
    except DBAPIError as exc:
        db.dispose()
        problem = database_problem(exc)
        if problem is None:
            raise
        raise problem from None
    return db
