"""The health report `desk check` prints and the start-up uses: findings with a level and a topic.

Levels and topics are codes; what a person reads is data here. The exit code of `desk check`
and of `desk run` for a database that cannot be used comes from the problem's kind, in one place.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import make_url

from desk.domain.messages import N_, Filled
from desk.domain.office_time import DEFAULT_TZ
from desk.safety.backups import BackupStatus, backup_status, backups_folder, list_backups, load_settings
from desk.safety.exit_codes import exit_code as exit_code  # `desk check` names it here
from desk.safety.files import (
    check_database_file,
    folder_problem,
    network_share,
    network_share_problem,
    sqlite_file,
)
from desk.store.errors import DatabaseProblem, Problem


class Level(StrEnum):
    OK = "ok"
    WARNING = "peringatan"
    ERROR = "galat"

    @property
    def mark(self) -> str:
        return {Level.OK: N_("ok"), Level.WARNING: N_("PERINGATAN"), Level.ERROR: N_("GALAT")}[self]


class Topic(StrEnum):
    DATABASE = "database"
    LOCATION = "location"
    FOLDER = "folder"
    FILE = "file"
    ACCESS = "access"
    FILE_CHECK = "file_check"
    NEWEST_BACKUP = "newest_backup"
    SECOND_FOLDER = "second_folder"
    BACKUPS = "backups"
    OFFICE_PROFILE = "office_profile"
    CLOCK = "clock"

    @property
    def label(self) -> str:
        return TOPIC_LABELS[self]


TOPIC_LABELS: dict[Topic, str] = {
    Topic.DATABASE: N_("Basis data"),
    Topic.LOCATION: N_("Lokasi"),
    Topic.FOLDER: N_("Folder data"),
    Topic.FILE: N_("Berkas"),
    Topic.ACCESS: N_("Akses"),
    Topic.FILE_CHECK: N_("Pemeriksaan berkas"),
    Topic.NEWEST_BACKUP: N_("Cadangan terbaru"),
    Topic.SECOND_FOLDER: N_("Folder cadangan kedua"),
    Topic.BACKUPS: N_("Cadangan"),
    Topic.OFFICE_PROFILE: N_("Profil kantor"),
    Topic.CLOCK: N_("Jam komputer"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of a health report."""

    level: Level
    topic: Topic
    message: str
    problem: Problem | None = None  # for an error: what kind

    @property
    def line(self) -> str:
        return f"  [{self.level.mark}] {self.topic.label}: {self.message}"


def _error(topic: Topic, problem: DatabaseProblem) -> Finding:
    return Finding(Level.ERROR, topic, problem.message, problem.kind)


def file_findings(url: str, data_dir: Path | None) -> list[Finding]:
    """Where and what the database file is, without opening it through SQLAlchemy."""
    path = sqlite_file(url)
    if path is None:
        if make_url(url).get_backend_name() == "sqlite":
            return []
        return [Finding(Level.OK, Topic.DATABASE, N_("PostgreSQL (server kantor): pemeriksaan berkas tidak berlaku"))]
    findings: list[Finding] = []
    folder = Path(os.path.abspath(path)).parent
    how = network_share(folder)
    if how is not None:
        return [_error(Topic.LOCATION, network_share_problem(folder, how))]
    findings.append(Finding(Level.OK, Topic.LOCATION, Filled(N_("disk lokal ({folder})"), folder=folder)))
    problem = folder_problem(folder)
    if problem is not None:
        return [*findings, _error(Topic.FOLDER, problem)]
    findings.append(Finding(Level.OK, Topic.FOLDER, N_("dapat ditulisi")))
    try:
        check_database_file(path, backups_exist=bool(list_backups([backups_folder(data_dir or folder)])))
    except DatabaseProblem as exc:
        file_kinds = (Problem.DAMAGED, Problem.FOREIGN, Problem.FOLDER, Problem.TOO_NEW)
        return [*findings, _error(Topic.FILE if exc.kind in file_kinds else Topic.ACCESS, exc)]
    if path.exists():
        findings.append(Finding(Level.OK, Topic.FILE_CHECK, "quick_check: ok"))
    return findings


def backup_findings(data_dir: Path, now: datetime | None = None, tz: str = DEFAULT_TZ,
                    text: Callable[[BackupStatus], str] = lambda status: status.message) -> list[Finding]:
    """The newest backup and the second folder; `text` says the newest backup's status (by default in Indonesian,
    as BackupStatus.message does; the command line says it in the run's language)."""
    status = backup_status(data_dir, load_settings(data_dir), now=now, tz=tz)
    findings = [Finding(Level.WARNING if status.too_old else Level.OK, Topic.NEWEST_BACKUP, text(status))]
    if status.second_folder_problem:
        findings.append(Finding(Level.WARNING, Topic.SECOND_FOLDER, status.second_folder_problem))
    return findings
