"""Witnesses of the audit trail kept outside the database: every backup, and the witness log.

A backup file holds the audit trail as it was when the backup was made; its newest entry is a
copy of the head that someone editing the live database cannot reach (least of all on a USB
stick). The witness log beside the data (desk.store.witness_log) keeps the head of every backup
made (also after rotation deleted the file) and of every printed recap.

A restore legitimately drops the entries after the restored backup: it is recorded in the log,
and the witnesses made before it of entries past the restored head are not counted.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk.domain.audit_trail import AuditHead, AuditWitness
from desk.store import witness_log
from desk.store.audit_verify import head
from desk.store.database import Database


@dataclass(frozen=True, slots=True)
class _Seen:
    witness: AuditWitness
    at: datetime


def backup_head(path: Path) -> AuditHead | None:
    """The newest audit entry a backup file holds (None: no trail in it, or not readable)."""
    with contextlib.suppress(sqlite3.Error, OSError):
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
        return AuditHead(int(row[0]), str(row[1])) if row else None
    return None


def record_backup(backup: Path, data_dir: Path, at: datetime | None = None) -> None:
    """Note the head a new backup holds in the witness log (the file itself witnesses it too, until rotated)."""
    witness_log.append(data_dir, backup_head(backup), f"cadangan {backup.name}", at=at)


def record_database(db: Database, made: Path, data_dir: Path) -> None:
    """Note the live head for a backup Desk cannot read back (a pg_dump file)."""
    witness_log.append(data_dir, head(db.as_user(None)), f"cadangan {made.name}")


def record_restore(data_dir: Path, restored: AuditHead | None, source: str, at: datetime | None = None) -> None:
    """The trail went back to `restored`: later entries witnessed before now were dropped on purpose."""
    witness_log.append(data_dir, restored or AuditHead(0, ""), f"pemulihan dari {source}",
                       kind=witness_log.RESTORE, at=at)


def gather(data_dir: Path, backup_files: list[tuple[Path, datetime]]) -> list[AuditWitness]:
    """The witnesses to compare the trail with: the log's lines and the heads in the given backup files."""
    seen: list[_Seen] = []
    restores: list[tuple[datetime, int]] = []
    for line in witness_log.read(data_dir):
        if line.kind == witness_log.RESTORE:
            restores.append((line.at, line.head.entry_id))
        elif line.head.hash:
            seen.append(_Seen(AuditWitness(line.head, line.source, line.at), line.at))
    for path, created in backup_files:
        found = backup_head(path)
        if found is not None:
            seen.append(_Seen(AuditWitness(found, f"cadangan {path.name}", created), created))
    kept: dict[tuple[int, str], AuditWitness] = {}
    for item in seen:
        dropped = any(at >= item.at and item.witness.head.entry_id > restored_id for at, restored_id in restores)
        key = (item.witness.head.entry_id, item.witness.head.hash)
        if not dropped and key not in kept:
            kept[key] = item.witness
    return sorted(kept.values(), key=lambda w: (w.head.entry_id, w.at or datetime.min.replace(tzinfo=UTC)))
