"""A glance at the SQLite file before SQLAlchemy is loaded: which start dialog to show first.

Desk shows its login dialog (or, on a database without accounts, the first-admin dialog) before it
imports the store, opens and checks the database. Which of the two, and the office name on it, is
read here with the standard library, read-only, in a few milliseconds. It is only a guess for the
first frame: once the database is opened and checked, `accounts.needs_first_admin` and the office
profile decide, and the start swaps the dialog in the rare case the guess was wrong (a database
changed by another program, a file the checks then refuse, a PostgreSQL URL, which is not read here).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

_SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True, slots=True)
class StartGuess:
    first_admin: bool  # no active account has a password: the first admin must be created
    office_name: str = ""


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL (Desk's default); None for anything else."""
    if not url.startswith(_SQLITE_PREFIX) or "?" in url:
        return None
    database = url[len(_SQLITE_PREFIX):]
    return Path(database) if database and database != ":memory:" else None


def guess_start(url: str) -> StartGuess | None:
    """What the database most likely asks for at start; None when it cannot be told without the store."""
    path = sqlite_path(url)
    if path is None:
        return None
    if not path.exists():
        return StartGuess(first_admin=True)  # a new Desk: the database is created without accounts
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.05)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        can_log_in = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM users WHERE active AND password_hash IS NOT NULL)").fetchone()[0]
        row = conn.execute("SELECT office_name FROM office_profile WHERE id = 1").fetchone()
    except sqlite3.Error:  # not migrated yet, locked, damaged, not Desk's: the checks will say
        return None
    finally:
        conn.close()
    return StartGuess(first_admin=not can_log_in, office_name=str(row[0]) if row and row[0] else "")
