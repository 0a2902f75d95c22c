"""The database file on disk: is it where it may be, is it Desk's, is it whole?

Run before the database is opened (and by `desk check`): a SQLite file must not sit on a
network share (SQLite's locking and WAL are unsafe there: it corrupts), its folder must be
writable, the file must be a Desk database (another program's file is never touched, not even
switched to WAL mode) and pass `PRAGMA quick_check`. A damaged file is never overwritten:
`set_aside` renames it (with its -wal and -shm) so the restore can put a good backup in its place.

Everything here reads the file with the sqlite3 module directly, read-only where it can: the
database is not opened through SQLAlchemy before these checks pass.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path, PureWindowsPath

from sqlalchemy.engine import make_url

from desk.domain.messages import N_, Filled
from desk.domain.os_errors import os_error_text
from desk.store.database import database_problem
from desk.store.errors import DatabaseProblem, Problem
from desk.store.migrations import shipped_revisions, too_new_problem

log = logging.getLogger(__name__)

MOUNTS_FILE = Path("/proc/mounts")
SQLITE_HEADER = b"SQLite format 3\x00"
# File systems reached over a network. SQLite's own documentation: locking is broken on
# many of them and WAL does not work at all across machines.
NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "coda", "fuse.sshfs", "sshfs", "davfs",
    "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs", "fuse.rclone",
    "fuse.s3fs", "9p.network",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
QUICK_CHECK_LIMIT = 20
# Up to this size quick_check runs before the window opens (well under a second); a larger database
# (1,6 GB at a million requests: 2–17 s) is checked in the background once the window is up.
QUICK_CHECK_BLOCKING_BYTES = 64 * 1024 * 1024

POSTGRES_HINT = N_(
    "Untuk beberapa loket yang berbagi data, gunakan mode PostgreSQL: pasang PostgreSQL di server kantor "
    "lalu atur DESK_DATABASE_URL=postgresql+psycopg://… di setiap loket (lihat README, bagian "
    "\"Several counters: PostgreSQL\"). Untuk satu loket, pakai folder data di disk komputer ini sendiri."
)


class DamagedDatabase(DatabaseProblem):
    """The file is not a usable Desk database; `path` is the file, `details` what SQLite said."""

    def __init__(self, message: str, path: Path, details: tuple[str, ...] = (), kind: Problem = Problem.DAMAGED) -> None:
        super().__init__(message, kind)
        self.path = path
        self.details = details


# --- where the file lies -----------------------------------------------------------------------


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _mount_fstype(path: Path, mounts_file: Path) -> tuple[str, str] | None:
    """(mount point, file-system type) of the mount holding `path`, from a /proc/mounts-style file."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path)
    best: tuple[str, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= len(best[0])):
            best = (mount_point, fstype)  # the last, longest match wins (stacked mounts)
    return best


def _real_path(path: Path) -> Path:
    """`path` with the symlinks of its existing part resolved (the rest may not exist yet)."""
    path = Path(os.path.abspath(path))
    existing, rest = path, []
    while not existing.exists() and existing.parent != existing:
        rest.append(existing.name)
        existing = existing.parent
    return existing.resolve().joinpath(*reversed(rest))


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def network_share(
    path: str | os.PathLike[str],
    *,
    mounts_file: Path | None = None,
    drive_type: Callable[[str], int] | None = None,
    windows: bool | None = None,
) -> str | None:
    """How `path` is reached over the network ("jalur UNC …", "drive jaringan Z:", "cifs"), or None if local.

    `mounts_file`, `drive_type` and `windows` exist so the Windows and Linux rules can be
    tested on any machine.
    """
    raw = os.fspath(path)
    windows = sys.platform == "win32" if windows is None else windows
    slashed = raw.replace("/", "\\")
    if slashed.startswith("\\\\"):
        if slashed.upper().startswith("\\\\?\\UNC\\"):
            return Filled(N_("jalur UNC {path}"), path=raw)
        if slashed.startswith(("\\\\?\\", "\\\\.\\")):
            raw = slashed[4:]  # a long-path prefix before an ordinary drive path
        else:
            return Filled(N_("jalur UNC {path}"), path=raw)
    win = PureWindowsPath(raw)
    if win.drive and len(win.drive) == 2 and win.drive[1] == ":":
        if windows or drive_type is not None:
            drive = win.drive.upper()
            if (drive_type or _windows_drive_type)(drive + "\\") == DRIVE_REMOTE:
                return Filled(N_("drive jaringan {drive}"), drive=drive)
        return None
    if windows:
        return None
    found = _mount_fstype(_real_path(Path(raw)), mounts_file or MOUNTS_FILE)
    if found and found[1].lower() in NETWORK_FILESYSTEMS:
        return Filled(N_("{kind} di {path}"), kind=found[1], path=found[0])
    return None


def network_share_problem(folder: Path, how: str) -> DatabaseProblem:
    return DatabaseProblem(Filled(N_(
        "Folder data {folder} berada di folder jaringan ({how}). Desk menolak menyimpan basis data SQLite di "
        "folder jaringan karena berkasnya bisa rusak bila dibuka dari lebih dari satu komputer atau saat "
        "jaringan terputus. {hint}"), folder=str(folder), how=how, hint=POSTGRES_HINT), Problem.NETWORK_SHARE,
    )


def folder_problem(folder: Path) -> DatabaseProblem | None:
    """Can Desk create and write files in `folder`? (Tried for real: root and read-only mounts ignore modes.)"""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _folder_error(folder, exc)
    try:
        handle, probe = tempfile.mkstemp(prefix=".desk-tulis-", dir=folder)
        try:
            os.write(handle, b"x")
            os.fsync(handle)
        finally:
            os.close(handle)
            os.unlink(probe)
    except OSError as exc:
        return _folder_error(folder, exc)
    return None


def _folder_error(folder: Path, exc: OSError) -> DatabaseProblem:
    log.warning("data folder %s cannot be used: %r", folder, exc)  # the system's own words: the log only
    if exc.errno == errno.ENOSPC:
        return DatabaseProblem(Filled(
            N_("Disk tempat folder data {folder} penuh. Kosongkan ruang disk agar Desk bisa menyimpan data."),
            folder=str(folder)), Problem.DISK_FULL)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseProblem(Filled(
            N_("Folder data {folder} hanya-baca: Desk tidak bisa menyimpan permohonan di sana. Minta pengelola "
               "komputer memberi izin tulis, atau jalankan Desk dengan folder data lain (--data-dir)."),
            folder=str(folder)), Problem.READ_ONLY)
    return DatabaseProblem(Filled(
        N_("Folder data {folder} tidak dapat dipakai ({why}). Pilih folder data lain dengan --data-dir, atau minta "
           "pengelola komputer memeriksanya."), folder=str(folder), why=os_error_text(exc)), Problem.FOLDER)


# --- what the file is --------------------------------------------------------------------------


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or another dialect."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def not_a_database(path: Path, why: str, kind: Problem = Problem.DAMAGED) -> DamagedDatabase:
    return DamagedDatabase(Filled(N_(
        "Berkas {path} bukan basis data Desk ({why}). Desk tidak akan menimpanya. Bila dipulihkan dari cadangan, "
        "berkas ini disisihkan dengan nama lain (tidak dihapus) dan cadangan terakhir yang baik dipasang."),
        path=str(path), why=why),
        path,
        (why,),
        kind,
    )


def foreign_database(path: Path, why: str) -> DamagedDatabase:
    return DamagedDatabase(Filled(N_(
        "Berkas {path} adalah basis data SQLite milik program lain ({why}). Desk tidak mengubahnya sama sekali. "
        "Pakai folder data lain untuk Desk (--data-dir), atau pindahkan berkas itu."), path=str(path), why=why),
        path,
        (why,),
        Problem.FOREIGN,
    )


def damaged(path: Path, details: tuple[str, ...]) -> DamagedDatabase:
    shown = "; ".join(details[:3])
    return DamagedDatabase(Filled(N_(
        "Basis data {path} rusak (pemeriksaan: {details}). Desk tidak akan menimpanya. Bila dipulihkan dari "
        "cadangan, berkas ini disisihkan dengan nama lain (tidak dihapus) dan cadangan terakhir yang baik dipasang."),
        path=str(path), details=shown),
        path,
        details,
    )


def folder_in_place(path: Path) -> DatabaseProblem:
    return DatabaseProblem(Filled(N_(
        "Di tempat berkas basis data {path} ternyata ada sebuah folder. Desk tidak mengubahnya. Pindahkan atau "
        "ganti nama folder itu, lalu buka Desk lagi."), path=str(path)), Problem.FOLDER,
    )


def check_file_kind(path: Path, *, backups_exist: bool = False) -> None:
    """Raise DatabaseProblem when an existing `path` is not a Desk database this Desk may open.

    Cheap: the header, the table names and the schema revisions, read-only. Another program's
    database (no migration table, an empty one, or revisions no Desk has) is refused untouched;
    one made by a newer Desk says which version it needs.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise folder_in_place(path)
    size = path.stat().st_size
    if size == 0:
        # SQLite would take an empty file for a new database and Desk would seed it: with
        # backups around, that is a lost database, not a first start.
        if backups_exist:
            raise not_a_database(path, N_("berkas kosong, 0 bita"))
        return
    if read_header(path) != SQLITE_HEADER:
        raise not_a_database(path, N_("isinya bukan SQLite"))
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revisions = ([str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
                         if "alembic_version" in tables else [])
            made_by = _desk_version(conn) if "settings" in tables else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _primary_code(exc) in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
            raise damaged(path, (str(exc),)) from exc
        return  # locked, unreadable, read-only: opening it says so in its own words
    if not tables:
        return  # a database with nothing in it yet: Desk's first start
    if "alembic_version" not in tables:
        raise foreign_database(path, N_("tanpa tabel revisi skema"))
    if not revisions:
        raise foreign_database(path, N_("tabel revisi skemanya kosong"))
    known = shipped_revisions()
    unknown = sorted(r for r in revisions if known is not None and r not in known)
    if unknown:
        if made_by is None:
            raise foreign_database(path, Filled(N_("revisi skema {revisions} bukan milik Desk"), revisions=", ".join(unknown)))
        raise too_new_problem(unknown, made_by)


def _desk_version(conn: sqlite3.Connection) -> str | None:
    """The Desk version that last migrated the file (settings row `desk.version`), if any."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'desk.version'").fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    try:
        return str(json.loads(row[0]))
    except (TypeError, ValueError):
        return str(row[0])


def _primary_code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def quick_check(path: Path, timeout_s: float = 10.0) -> list[str]:
    """`PRAGMA quick_check` of the file (with its WAL): ["ok"] when whole, else what SQLite found."""
    try:
        conn = sqlite3.connect(path, timeout=timeout_s)
        try:
            rows = conn.execute(f"PRAGMA quick_check({QUICK_CHECK_LIMIT})").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _primary_code(exc) not in (11, 26):  # not damage: locked, unreadable disk, no permission
            problem = database_problem(exc)
            if problem is not None:
                raise problem from exc
        return [str(exc)]
    return [str(row[0]) for row in rows]


def check_database_file(path: Path, *, backups_exist: bool = False) -> None:
    """Raise a DatabaseProblem unless `path` is absent or a Desk database that passes quick_check."""
    check_file_kind(path, backups_exist=backups_exist)
    if not path.exists() or path.stat().st_size == 0:
        return
    result = quick_check(path)
    if result != ["ok"]:
        raise damaged(path, tuple(result))


# --- setting a damaged file aside --------------------------------------------------------------


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm, which belong to it) out of the way; never overwrite.

    Returns the new path of the main file, e.g. `desk-rusak-20251029-010000.sqlite3`.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    stem = path.name.split(".")[0] or "desk"
    suffix = "".join(path.suffixes) or ".sqlite3"
    base = f"{stem}-rusak-{now:%Y%m%d-%H%M%S}"
    for n in range(1, 1000):
        name = base + (f"-{n}" if n > 1 else "") + suffix
        target = path.with_name(name)
        if not any(Path(str(target) + extra).exists() for extra in ("", "-wal", "-shm", "-journal")):
            break
    else:  # pragma: no cover - a thousand damaged files in one second
        raise DatabaseProblem(Filled(N_("Berkas rusak {path} tidak dapat disisihkan."), path=str(path)), Problem.DAMAGED)
    for extra in ("-wal", "-shm", "-journal", ""):  # the main file last: it is what marks "present"
        source = Path(str(path) + extra)
        if source.exists():
            os.replace(source, Path(str(target) + extra))
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return target


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
