"""Opening the database: engine, connection pragmas, sessions, migrations.

One `Database` per process. Reads use `db.read()`, writes `db.write()`; on
SQLite a write transaction starts with BEGIN IMMEDIATE so two counters never
deadlock upgrading a read lock, and the busy timeout absorbs short waits.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desk.store.access import Actor
from desk.store.errors import DatabaseProblem

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_IMMEDIATE = "desk_immediate"
_PG_SEED_LOCK = 7_410_402


# --- durability: what a failing database means to the officer ------------------------------------
# SQLite primary result codes (sqlite3 exceptions carry them as `sqlite_errorcode` since Python 3.11).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26

MSG_LOCKED = (
    "Basis data sedang dikunci oleh program lain terlalu lama (mungkin Desk yang lain, program pencadangan "
    "atau antivirus). Tidak ada yang berubah. Tunggu sebentar lalu coba lagi; bila terus terjadi, tutup "
    "program lain yang memakai berkas basis data."
)
MSG_DISK_FULL = (
    "Penyimpanan penuh: disk tempat basis data tidak punya ruang lagi, jadi isian ini belum tersimpan. "
    "Data yang sudah tersimpan sebelumnya aman. Kosongkan ruang disk, lalu simpan lagi."
)
MSG_READ_ONLY = (
    "Basis data tidak bisa ditulisi (berkas atau folder data hanya-baca). Isian ini belum tersimpan. "
    "Minta pengelola komputer memberi izin tulis pada folder data Desk."
)
MSG_DAMAGED = (
    "Berkas basis data rusak atau bukan basis data Desk. Tutup Desk; saat dibuka lagi, Desk menawarkan "
    "pemulihan dari cadangan terakhir yang baik (atau jalankan `desk restore`)."
)
MSG_IO = (
    "Disk tidak dapat dibaca atau ditulisi (kesalahan masukan/keluaran). Isian ini belum tersimpan. "
    "Periksa disk atau flashdisk tempat folder data, lalu coba lagi."
)
MSG_CANT_OPEN = (
    "Berkas basis data tidak dapat dibuka. Periksa bahwa folder data ada dan boleh ditulisi."
)
MSG_SERVER = (
    "Server basis data tidak dapat dihubungi. Periksa jaringan kantor dan bahwa server PostgreSQL menyala, "
    "lalu coba lagi. Isian ini belum tersimpan."
)


def database_problem(exc: BaseException) -> DatabaseProblem | None:
    """The officer-facing problem behind a driver error, or None when it is not about the database itself.

    Constraint violations and programming errors are not translated: they are bugs or
    validation matters for the caller, not a disk, lock or server that the officer can fix.
    """
    if isinstance(exc, DatabaseProblem):
        return exc
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if orig is None:
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        primary = int(code) & 0xFF
        message = {
            _SQLITE_BUSY: MSG_LOCKED,
            _SQLITE_LOCKED: MSG_LOCKED,
            _SQLITE_READONLY: MSG_READ_ONLY,
            _SQLITE_IOERR: MSG_IO,
            _SQLITE_CORRUPT: MSG_DAMAGED,
            _SQLITE_FULL: MSG_DISK_FULL,
            _SQLITE_CANTOPEN: MSG_CANT_OPEN,
            _SQLITE_NOTADB: MSG_DAMAGED,
        }.get(primary)
        return DatabaseProblem(message) if message else None
    sqlstate = getattr(orig, "sqlstate", None) or ""
    text_ = str(orig).lower()
    if sqlstate == "53100" or "no space left on device" in text_:  # PostgreSQL disk_full
        return DatabaseProblem(MSG_DISK_FULL)
    if sqlstate in ("55P03", "57014") and "lock" in text_:  # lock_not_available / lock_timeout
        return DatabaseProblem(MSG_LOCKED)
    lost_connection = not sqlstate and type(orig).__module__.startswith("psycopg") and (
        type(orig).__name__ == "OperationalError"
    )
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03") or lost_connection:
        return DatabaseProblem(MSG_SERVER)
    return None


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
        kwargs: dict[str, Any] = {"echo": echo}
        if self.dialect == "sqlite":
            kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine = create_engine(url, **kwargs)
        if self.dialect == "sqlite":
            _configure_sqlite(self.engine, busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.actor: Actor | None = None

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
        session = self._sessions(info={"actor": actor or self.actor})
        try:
            yield session
        except DBAPIError as exc:
            problem = database_problem(exc)
            if problem is None:
                raise
            raise problem from exc
        finally:
            _quietly_rollback(session)
            session.close()

    @contextmanager
    def write(self, actor: Actor | None = None) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error.

        `actor` is the logged-in user the store checks permissions against and stamps on audit entries.
        A full disk, a lock held too long, a read-only folder or a lost server become a
        `DatabaseProblem` with an Indonesian message; the transaction is rolled back, so
        nothing of it reaches the disk and everything committed before stays as it was.
        """
        session = self._sessions(info={"actor": actor or self.actor})
        try:
            if self.is_sqlite:
                session.connection(execution_options={_IMMEDIATE: True})
            yield session
            session.commit()
        except BaseException as exc:
            _quietly_rollback(session)
            problem = database_problem(exc) if isinstance(exc, DBAPIError) else None
            if problem is not None:
                log.warning("write failed: %s", exc)
                raise problem from exc
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
        log.warning("rollback failed: %s", exc)


def open_database(
    url: str,
    data_dir: Path | None = None,
    *,
    migrate: bool = True,
    seed: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Database:
    """Open (migrating and seeding as needed) the database at `url`.

    A SQLite file is first checked where it lies (network share, read-only folder, not a
    database: see desk.store.health); every problem is a `DatabaseProblem` in Indonesian.
    """
    from desk.store import health, migrations
    from desk.store import seed as seeding

    if make_url(url).get_backend_name() == "sqlite":
        health.preflight_sqlite(url, data_dir)
    db = Database(url, data_dir, busy_timeout_ms=busy_timeout_ms)
    try:
        if migrate:
            migrations.upgrade(db)
        if seed:
            with db.write() as session:
                if db.dialect == "postgresql":
                    # Counters starting together on a new shared database: one seeds, the others
                    # wait here and then find the seed version already written.
                    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SEED_LOCK})
                seeding.seed_if_empty(session)
    except DatabaseProblem:
        db.dispose()
        raise
    except DBAPIError as exc:
        db.dispose()
        problem = database_problem(exc)
        if problem is None:
            raise
        raise problem from exc
    return db
