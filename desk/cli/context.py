"""What every CLI command shares: where the data is, the database opened (and migrated) once, and who acts.

Most commands act as the local system (whoever administers the PC): they read, back up, or
print. Commands that change accounts or personal data, or print personal data a screen shows only
to some roles (the forum participants' phone numbers), ask for an admin instead: `--user NAME`
(the password is asked, or read from the first line of standard input when that is not a
terminal), or `--as-system`, which is allowed but leaves an entry in the audit trail naming the
command and the operating-system account that ran it.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.cli.speech import _tr, said
from desk.paths import data_dir, default_database_url
from desk.safety.exit_codes import exit_code
from desk.store.errors import DatabaseProblem, StoreError

if TYPE_CHECKING:
    from desk.store.database import Database

EXIT_REFUSED = 1
log = logging.getLogger(__name__)


def _log_original(problem: DatabaseProblem) -> None:
    """The driver's or the system's own words behind `problem`, for whoever helps: the log only. Only the
    exception's message (for SQLAlchemy, the driver's `orig`), never the statement or the values it bound."""
    cause = problem.__cause__ or problem.__context__
    original = getattr(cause, "orig", None) or cause
    if original is not None:
        log.warning("database cannot be used (%s): %s: %s", problem.kind, type(original).__name__, original)


def _who() -> str:
    return _tr("Perintah ini mengubah akun atau membuka data pribadi, jadi harus dijalankan oleh admin Desk: tambahkan "
               "--user NAMA_ADMIN (kata sandinya ditanyakan). Bila tidak ada admin yang dapat masuk (mis. kata sandi "
               "admin terakhir lupa), pakai --as-system; perintah itu dicatat di jejak audit bersama nama akun "
               "komputer ini.")


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def add_who_arguments(parser: argparse.ArgumentParser) -> None:
    """`--user` / `--as-system` for a command that changes accounts or personal data."""
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--user", metavar=_tr("NAMA_ADMIN"), help=_tr(
        "admin yang menjalankan perintah (kata sandinya ditanyakan; tanpa terminal: baris pertama masukan standar)"))
    who.add_argument("--as-system", action="store_true",
                     help=_tr("jalankan sebagai sistem tanpa masuk (dicatat di jejak audit)"))


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


os_user = _os_user  # the PC's user: "dicetak oleh" on a paper made from the command line


def open_database(url: str, data_dir: Path, **options: Any) -> Database:
    """desk.safety.opening.open_database, imported on first use: `desk run` reads this module before
    its login dialog, which must not wait for SQLAlchemy."""
    from desk.safety.opening import open_database as open_checked

    return open_checked(url, data_dir, **options)


@dataclass
class CliContext:
    data_dir: Path
    database_url: str | None
    language: str | None = None  # `--lang`; None: this PC's setting (desk.cli.speech for the CLI; the window reads its own)
    _db: Database | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliContext:
        url = args.database_url or os.environ.get("DESK_DATABASE_URL") or None
        return cls(data_dir=data_dir(args.data_dir), database_url=url, language=getattr(args, "lang", None))

    @property
    def url(self) -> str:
        return self.database_url or default_database_url(self.data_dir)

    def db(self) -> Database:
        """The database, migrated and seeded; a problem becomes a clear CLI error with `desk check`'s exit code."""
        if self._db is None:
            try:
                self._db = open_database(self.url, self.data_dir)
            except DatabaseProblem as exc:
                _log_original(exc)
                raise CliError(said(exc.message), exit_code(exc.kind)) from None
            except StoreError as exc:
                raise CliError(said(exc.message), 2) from None
        return self._db

    def acting(self, args: argparse.Namespace, command: str) -> Database:
        """The database bound to the admin running `command` (see the module's docstring)."""
        from desk.store import accounts
        from desk.store.system_events import record_system_event

        db = self.db()
        if getattr(args, "as_system", False):
            record_system_event(db, "cli.system", "", "", {"command": command, "os_user": _os_user()})
            print(_tr("Peringatan: `desk {command}` dijalankan sebagai sistem, tanpa masuk sebagai admin; "
                      "tindakan ini dicatat di jejak audit.").format(command=command), file=sys.stderr)
            return db
        username = getattr(args, "user", None)
        if not username:
            raise CliError(_who(), EXIT_REFUSED)
        if sys.stdin.isatty():
            password = getpass.getpass(_tr("Kata sandi {username}: ").format(username=username))
        else:
            password = sys.stdin.readline().rstrip("\r\n")
        try:
            actor = accounts.login(db, username, password)
        except StoreError as exc:
            raise CliError(said(exc.message), EXIT_REFUSED) from None
        return db.as_user(actor)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
