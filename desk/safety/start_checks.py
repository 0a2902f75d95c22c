"""The start's checks of the database file that need nobody's answer.

Free of Qt, so the worker thread behind the login dialog (desk.ui.start.preparation) runs them while
the officer types, and the window's own start (desk.ui.backup.startup) runs the same ones before it
asks anything: a worker thread never defines or touches a Qt class.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desk.safety import backups as backup
from desk.safety import files
from desk.safety.opening import open_database, preflight_sqlite
from desk.safety.restore import BackupCheck, inspect_backup
from desk.store.database import Database
from desk.store.errors import StoreError

log = logging.getLogger(__name__)


def newest_good_backup(data_dir: Path) -> BackupCheck | None:
    """The newest backup that passes inspection (a damaged or too-new one is skipped)."""
    for info in backup.list_backups(backup.backup_folders(data_dir)):
        if info.path.suffix != ".sqlite3":
            continue
        try:
            return inspect_backup(info.path)
        except StoreError as exc:
            log.warning("backup %s skipped: %s", info.path, exc.message)
    return None


def check_existing_file(url: str, data_dir: Path, path: Path) -> None:
    """The start-up checks of an existing SQLite file; raises DatabaseProblem."""
    # Where the file lies and what it is first (as `desk check`): a read-only folder is said to be
    # one, not reported as a file that cannot be opened.
    preflight_sqlite(url, data_dir)
    if path.stat().st_size <= files.QUICK_CHECK_BLOCKING_BYTES:
        backups_exist = bool(backup.list_backups([backup.backups_folder(data_dir)]))
        files.check_database_file(path, backups_exist=backups_exist)
    # A larger file gets the cheap checks in open_database now and quick_check from the backup guard
    # in the background, once the window is on screen.


def open_database_quietly(url: str, data_dir: Path) -> Database | None:
    """The database when it passes the same checks and opens without a question to anyone, else None.

    For the worker thread behind the login dialog: the usual start. On None (a problem, a missing file
    with a backup to offer) the start calls desk.ui.backup.startup.open_database_checked on the GUI
    thread, which meets the same case again and asks or explains it as it always has.
    """
    path = files.sqlite_file(url)
    try:
        if path is not None:
            if not path.exists():
                if newest_good_backup(data_dir) is not None:
                    return None  # "restore it?" is the officer's question
            else:
                check_existing_file(url, data_dir, path)
        return open_database(url, data_dir)
    except (StoreError, OSError) as exc:
        log.info("database not opened quietly (%s); asking on screen", type(exc).__name__)
        return None
