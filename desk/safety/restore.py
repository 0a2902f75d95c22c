"""Restoring a backup: check it, keep the current database (or set a damaged one aside), put it in place.

Restore checks the chosen file first, always takes a safety backup of the current database (or,
when that one is damaged, renames it aside), disposes the engine, writes the backup into place
through SQLite's backup API (a power cut leaves the old or the new, never half), and reopens it
(migrating an older backup to the current schema). The audit witness log records the point the
trail went back to, so entries dropped by the restore are not reported as deleted.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desk.domain.messages import N_, Filled
from desk.domain.office_time import DEFAULT_TZ
from desk.safety import witness
from desk.safety.backups import (
    SAFETY,
    BackupError,
    BackupInfo,
    _audit,
    _backup_failure,
    _local_tz,
    backups_folder,
    copy_sqlite,
    parse_name,
    rotate,
)
from desk.safety.files import (
    DamagedDatabase,
    check_file_kind,
    os_error_text,
    quick_check,
    set_aside,
    sqlite_file,
)
from desk.safety.opening import open_database
from desk.store import access
from desk.store.database import Database
from desk.store.errors import DatabaseProblem, Problem


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """What a backup file holds, found before restoring it."""

    path: Path
    revision: str
    requests: int
    newest_request_at: datetime | None
    timezone: str = DEFAULT_TZ  # the office's, to show its dates before the database is open


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    safety_backup: BackupInfo | None  # the database as it was just before, when it was readable
    set_aside: Path | None  # the damaged file, renamed, when it was not
    database: Database  # reopened and migrated




def inspect_backup(path: Path, shown_name: str | None = None) -> BackupCheck:
    """Check that `path` is a whole Desk backup this Desk can open; raise BackupError saying what is wrong."""
    name = shown_name or path.name
    if not path.is_file():
        raise BackupError(Filled(N_("Berkas cadangan {name} tidak ditemukan."), name=str(path)))
    if path.suffix == ".pgdump":
        raise BackupError(
            N_("Ini cadangan PostgreSQL (pg_dump). Pemulihannya dilakukan di server dengan pg_restore oleh "
            "pengelola server, bukan dari loket.")
        )
    if path.stat().st_size == 0:
        raise BackupError(N_("Berkas {name} kosong (0 bita); bukan cadangan."), name=name)
    try:
        check_file_kind(path)
    except DamagedDatabase as exc:
        raise BackupError(N_("Berkas {name} bukan cadangan Desk yang dapat dipakai ({detail})."), name=name, detail=exc.details[0]) from exc
    except DatabaseProblem as exc:
        if exc.kind is Problem.TOO_NEW:
            raise BackupError(N_("Cadangan {name} dibuat oleh Desk yang lebih baru{made_by_file}. "
                                 "Perbarui Desk di komputer ini terlebih dahulu, lalu pulihkan lagi."), name=name, made_by_file=_made_by_file(path)) from exc
        raise BackupError(exc.message) from exc
    try:
        # Read-only, so a write-protected USB stick is fine and nothing is written beside the file.
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            return _inspect(conn, path, name)
        finally:
            conn.close()
    except sqlite3.OperationalError:
        # A WAL-mode file (the live database copied by hand) may refuse a read-only open: use a copy.
        with tempfile.TemporaryDirectory(prefix="desk-periksa-") as tmp:
            copy = _local_copy(path, Path(tmp) / "periksa.sqlite3")
            conn = sqlite3.connect(copy)
            try:
                return replace(_inspect(conn, path, name), path=path)
            finally:
                conn.close()


def _inspect(conn: sqlite3.Connection, path: Path, name: str) -> BackupCheck:
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
            raise
        result = [str(exc)]
    if result != ["ok"]:
        raise BackupError(N_("Cadangan {name} rusak (pemeriksaan: {items}). Pilih cadangan lain."), name=name, items='; '.join(result[:3]))
    try:
        revisions = [str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
        counted = conn.execute("SELECT count(*), max(received_at) FROM service_requests").fetchone()
    except sqlite3.OperationalError as exc:
        if "unable to open" in str(exc):
            raise
        raise BackupError(N_("Berkas {name} bukan cadangan Desk (tabel permohonan tidak ada)."), name=name) from exc
    newest = None
    if counted[1]:
        with contextlib.suppress(ValueError):
            newest = datetime.fromisoformat(str(counted[1])).replace(tzinfo=UTC)
    tz = DEFAULT_TZ
    with contextlib.suppress(sqlite3.Error, TypeError):
        tz = conn.execute("SELECT timezone FROM office_profile WHERE id = 1").fetchone()[0] or DEFAULT_TZ
    return BackupCheck(path, ", ".join(revisions), int(counted[0]), newest, tz)


def _made_by_file(path: Path) -> str:
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'desk.version'").fetchone()
        finally:
            conn.close()
        return f" (Desk {json.loads(row[0])})" if row else ""
    except (sqlite3.Error, ValueError, TypeError):
        return ""


def _local_copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    wal = Path(str(source) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(target) + "-wal"))
    return target


def restore_backup(
    source: Path,
    *,
    url: str,
    data_dir: Path | None = None,
    db: Database | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Put backup `source` in place of the SQLite database at `url`; returns the reopened database.

    `db`, when given, is the open database being replaced, bound to the user restoring: their
    permission is checked (admin only), it gets a safety backup and it is disposed. Without `db` (the file
    could not be opened at start) a readable file still gets a safety backup and an
    unreadable one is set aside, never overwritten.
    """
    now = now or datetime.now(UTC)
    target = sqlite_file(url)
    if target is None:
        raise BackupError(
            N_("Pemulihan dari loket hanya untuk basis data SQLite. Basis data PostgreSQL dipulihkan di server "
            "dengan pg_restore oleh pengelola server.")
        )
    data_dir = data_dir or (db.data_dir if db is not None else None) or target.parent
    actor = db.actor if db is not None else None
    if db is not None:
        access.require_actor(actor, access.BACKUP)
    if source.suffix == ".pgdump" or not source.is_file():
        inspect_backup(source)  # raises with the reason
    staging = target.with_name(target.name + ".pemulihan")
    _remove_staging(staging)
    # Work from a local copy: a USB stick pulled half-way must not leave half a database.
    try:
        _local_copy(source, staging)
    except OSError as exc:
        _remove_staging(staging)
        raise BackupError(N_("Cadangan tidak dapat disalin ke folder data ({reason})."), reason=os_error_text(exc)) from exc
    try:
        checked = inspect_backup(staging, shown_name=source.name)
        _settle(staging)
    except BaseException:
        _remove_staging(staging)
        raise

    safety: BackupInfo | None = None
    aside: Path | None = None
    if db is not None:
        db.dispose()
    if target.exists() and target.stat().st_size > 0:
        if _readable(target):
            safety = copy_sqlite(target, backups_folder(data_dir), SAFETY, now)
        else:
            aside = set_aside(target, now)
    elif target.exists():
        aside = set_aside(target, now)
    restored_head = witness.backup_head(staging)
    try:
        _write_into(staging, target)
    finally:
        _remove_staging(staging)
    witness.record_restore(data_dir, restored_head, source.name, at=datetime.now(UTC))
    reopened = open_database(url, data_dir)
    parsed = parse_name(source.name)
    info = BackupInfo(source, parsed[0] if parsed else now, "pulih", source.stat().st_size)
    _audit(reopened.as_user(actor), "backup.restore", info, requests=checked.requests,
           safety_backup=safety.path.name if safety else "", set_aside=aside.name if aside else "")
    rotate(backups_folder(data_dir), tz=_local_tz(reopened))
    return RestoreResult(source, safety, aside, reopened)


def _remove_staging(staging: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(staging) + extra).unlink()


def _readable(path: Path) -> bool:
    try:
        return quick_check(path, timeout_s=5.0) == ["ok"]
    except DatabaseProblem:
        raise
    except Exception:  # anything unreadable is treated as damaged and set aside
        return False


def _settle(path: Path) -> None:
    """Fold a copied WAL into the file and leave it in rollback-journal mode."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _write_into(staging: Path, target: Path) -> None:
    """Write the staged backup over `target` through SQLite, so a power cut leaves old or new, never half."""
    src = sqlite3.connect(staging)
    try:
        dst = sqlite3.connect(target, timeout=10)
        try:
            # Out of WAL first: only possible when nobody else has the file open, which is what we want.
            mode = dst.execute("PRAGMA journal_mode=DELETE").fetchone()
            if mode is None or str(mode[0]).lower() != "delete":
                raise BackupError(
                    N_("Basis data sedang dibuka oleh program lain (Desk di jendela lain?). Tutup program itu lalu "
                    "pulihkan lagi.")
                )
            src.backup(dst)
            dst.commit()
            result = [str(r[0]) for r in dst.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:  # pragma: no cover - the staged copy passed the same check
                raise BackupError(Filled(N_("Hasil pemulihan tidak lolos pemeriksaan: {details}"),
                                         details="; ".join(result[:3])))
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise _backup_failure(target.parent, exc) from exc
    finally:
        src.close()


