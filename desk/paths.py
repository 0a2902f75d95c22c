"""Where Desk finds its shipped files and keeps its data.

Shipped files (`db/`, `resources/`) sit at the top of the source tree during
development and inside the package (`desk/_db`, `desk/_resources`) once
installed from a wheel; both layouts are looked up here and nowhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Desk"
APP_AUTHOR = "DKUKMTK"
DATABASE_FILE = "desk.sqlite3"

_PACKAGE = Path(__file__).resolve().parent


def _shipped(installed: str, source: str) -> Path:
    for candidate in (_PACKAGE / installed, _PACKAGE.parent / source):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Folder {source}/ tidak ditemukan di instalasi Desk.")


def migrations_dir() -> Path:
    return _shipped("_db", "db")


def resources_dir() -> Path:
    return _shipped("_resources", "resources")


def seed_dir() -> Path:
    return resources_dir() / "seed"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, then DESK_DATA_DIR, then the platform's user data dir."""
    chosen = override or os.environ.get("DESK_DATA_DIR")
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    return path


def default_database_url(folder: Path) -> str:
    return f"sqlite:///{(folder / DATABASE_FILE).as_posix()}"
