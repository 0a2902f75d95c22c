"""The database: engine, connection pragmas, units of work, and what a failing database means.

One `Database` per process (opened, checked and migrated by `desk.safety.opening`). The store's
operations open their units of work with `db.read()` / `db.write()`; on SQLite a write
transaction starts with BEGIN IMMEDIATE so two counters never deadlock upgrading a read lock,
and the busy timeout absorbs short waits.

Nothing a driver says about a failed statement leaves this module as it was said: the engine
hides bound parameters, a disk, lock or server problem becomes a `DatabaseProblem` and a refused
value a `DataRejected`, each with an Indonesian message, and the log gets the problem's kind
and the constraint's name, never the values (names, NIKs, phones) that were being written.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk.store.access import Actor
from desk.store.errors import (
    MSG_CANT_OPEN,
    MSG_DAMAGED,
    MSG_DISK_FULL,
    MSG_DUPLICATE,
    MSG_IO,
    MSG_LOCKED,
    MSG_READ_ONLY,
    MSG_REFUSED,
    MSG_SERVER,
    DatabaseProblem,
    DataRejected,
    Problem,
    StoreError,
)
from desk.store.key_files import KeyRing

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_IMMEDIATE = "desk_immediate"


# --- durability: what a failing database means to the officer (the messages are in desk.store.errors)
# SQLite primary result codes (sqlite3 exceptions carry them as `sqlite_errorcode` since Python 3.11).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26

_SQLITE_MESSAGES = {
    _SQLITE_BUSY: (MSG_LOCKED, Problem.LOCKED),
    _SQLITE_LOCKED: (MSG_LOCKED, Problem.LOCKED),
    _SQLITE_READONLY: (MSG_READ_ONLY, Problem.READ_ONLY),
    _SQLITE_IOERR: (MSG_IO, Problem.IO),
    _SQLITE_CORRUPT: (MSG_DAMAGED, Problem.DAMAGED),
    _SQLITE_FULL: (MSG_DISK_FULL, Problem.DISK_FULL),
    _SQLITE_CANTOPEN: (MSG_CANT_OPEN, Problem.CANT_OPEN),
    _SQLITE_NOTADB: (MSG_DAMAGED, Problem.DAMAGED),
}


def database_problem(exc: BaseException) -> DatabaseProblem | None:
    """The officer-facing problem behind a driver error, or None when it is not about the database itself.

    Constraint violations and programming errors are not problems of the database itself: see
    `rejected_value` for the former; the latter are bugs.
    """
    if isinstance(exc, DatabaseProblem):
        return exc
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if orig is None:
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        found = _SQLITE_MESSAGES.get(int(code) & 0xFF)
        return DatabaseProblem(*found) if found else None
    sqlstate = getattr(orig, "sqlstate", None) or ""
    text_ = str(orig).lower()
    if sqlstate == "53100" or "no space left on device" in text_:  # PostgreSQL disk_full
        return DatabaseProblem(MSG_DISK_FULL, Problem.DISK_FULL)
    if sqlstate in ("55P03", "57014") and "lock" in text_:  # lock_not_available / lock_timeout
        return DatabaseProblem(MSG_LOCKED, Problem.LOCKED)
    lost_connection = not sqlstate and type(orig).__module__.startswith("psycopg") and (
        type(orig).__name__ == "OperationalError"
    )
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03") or lost_connection:
        return DatabaseProblem(MSG_SERVER, Problem.SERVER)
    return None


def rejected_value(exc: BaseException) -> DataRejected | None:
    """A constraint or a value the database refused, told without the values (they may be personal)."""
    if not isinstance(exc, (IntegrityError, DataError)):
        return None
    orig = exc.orig
    sqlstate = str(getattr(orig, "sqlstate", "") or "")
    diag = getattr(orig, "diag", None)
    constraint = str(getattr(diag, "constraint_name", "") or "")
    if not constraint and orig is not None and getattr(orig, "sqlite_errorcode", None) is not None:
        # SQLite names the columns, never the values: "UNIQUE constraint failed: visitors.nik".
        constraint = str(orig).split(":", 1)[-1].strip()[:120]
    duplicate = isinstance(exc, IntegrityError) and (sqlstate == "23505" or "UNIQUE" in str(orig))
    return DataRejected(MSG_DUPLICATE if duplicate else MSG_REFUSED, constraint, sqlstate)


def _translated(exc: BaseException) -> StoreError | None:
    """What the officer is told instead of a driver error escaping a unit of work (None: a bug, raised as is)."""
    if not isinstance(exc, DBAPIError):
        return None
    problem = database_problem(exc)
    if problem is not None:
        log.warning("database problem: %s", problem.kind)
        return problem
    refused = rejected_value(exc)
    if refused is not None:
        log.warning("value refused by the database: %s %s %s", type(exc).__name__, refused.sqlstate,
                    refused.constraint)
    return refused


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so the pragmas below run
        # outside any transaction (foreign_keys is ignored inside one).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(_IMMEDIATE):
            _begin_immediate(conn, busy_timeout_ms)
        else:
            conn.exec_driver_sql("BEGIN")


def _is_busy(exc: DBAPIError) -> bool:
    return (getattr(exc.orig, "sqlite_errorcode", 0) or 0) & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)


def _begin_immediate(conn: Any, busy_timeout_ms: int) -> None:
    """Take the write lock, waiting up to the busy timeout, in turn with the other writers.

    SQLite's own busy handler sleeps longer and longer (up to 100 ms) between tries, so
    with several processes writing one waiter can keep missing the short moments the
    lock is free and time out while others write hundreds of requests. Trying again
    every millisecond or so instead gives every waiting counter its turn. Only taking
    the lock is retried: nothing has been read or written yet at this point.
    """
    deadline = time.monotonic() + busy_timeout_ms / 1000
    conn.exec_driver_sql("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except DBAPIError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(0.0005, 0.002))
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")


class Database:
    """The engine and session factory for one database URL."""

    def __init__(
        self, url: str, data_dir: Path | None = None, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.url = url
        self.data_dir = data_dir
        self.busy_timeout_ms = busy_timeout_ms
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        # Bound values never appear in an error's text (they are names, NIKs, phones).
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.dialect == "sqlite":
            kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine = create_engine(url, **kwargs)
        if self.dialect == "sqlite":
            _configure_sqlite(self.engine, busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.actor: Actor | None = None
        # The audit key lives beside the data, never in the database it protects.
        self.keys = KeyRing(data_dir if data_dir is not None else self._file_folder())

    def _file_folder(self) -> Path | None:
        path = self.sqlite_path
        return path.parent if path is not None else None

    def _session(self, actor: Actor | None) -> Session:
        return self._sessions(info={"actor": actor or self.actor, "keys": self.keys})

    def as_user(self, actor: Actor | None) -> Database:
        """This database as `actor` sees it: every unit of work checks their role and audits their name.

        The same engine and sessions (no new connection pool); binding a bound database replaces the user.
        The main window hands the logged-in user's view to every screen it builds.
        """
        bound = object.__new__(Database)
        bound.__dict__.update(self.__dict__)
        bound.actor = actor
        return bound

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    def describe(self) -> str:
        """Where the data lives, for the status bar and `desk check` (no password)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self, actor: Actor | None = None) -> Iterator[Session]:
        session = self._session(actor)
        try:
            yield session
        except DBAPIError as exc:
            translated = _translated(exc)
            if translated is None:
                raise
            raise translated from None
        finally:
            _quietly_rollback(session)
            session.close()

    @contextmanager
    def write(self, actor: Actor | None = None) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error.

        `actor` is the logged-in user the store checks permissions against and stamps on audit entries.
        A full disk, a lock held too long, a read-only folder or a lost server become a
        `DatabaseProblem`, a refused value a `DataRejected`, each with an Indonesian message; the
        transaction is rolled back, so nothing of it reaches the disk and everything committed
        before stays as it was. The driver's own error is not chained: its text names the values.
        """
        session = self._session(actor)
        try:
            if self.is_sqlite:
                session.connection(execution_options={_IMMEDIATE: True})
            yield session
            session.commit()
        except BaseException as exc:
            _quietly_rollback(session)
            translated = _translated(exc)
            if translated is not None:
                raise translated from None
            raise
        finally:
            session.close()

    @contextmanager
    def system_write(self) -> Iterator[Session]:
        """A write by Desk itself (automatic backups and their audit entries), never on behalf of the
        user this database may be bound to (`as_user`)."""
        with self.as_user(None).write() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _quietly_rollback(session: Session) -> None:
    # After a disk-full or I/O error SQLite has often rolled back already; a second
    # failure here must not hide the first one.
    try:
        session.rollback()
    except DBAPIError as exc:
        log.warning("rollback failed: %s", type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__)
