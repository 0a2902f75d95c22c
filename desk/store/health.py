"""Start-up checks: is the database where it may be, and is it whole?

Run before the database is opened (and by `desk check`): a SQLite file must not
sit on a network share (SQLite's locking and WAL are unsafe there: it corrupts),
its folder must be writable, the file must be a Desk database and pass
`PRAGMA quick_check`. A damaged file is never overwritten: `set_aside` renames
it (with its -wal and -shm) so the restore can put a good backup in its place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PureWindowsPath

from sqlalchemy.engine import make_url

from desk.domain.office_time import DEFAULT_TZ
from desk.store.errors import DatabaseProblem

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

POSTGRES_HINT = (
    "Untuk beberapa loket yang berbagi data, gunakan mode PostgreSQL: pasang PostgreSQL di server kantor "
    "lalu atur DESK_DATABASE_URL=postgresql+psycopg://… di setiap loket (lihat README, bagian "
    "\"Several counters: PostgreSQL\"). Untuk satu loket, pakai folder data di disk komputer ini sendiri."
)


class DamagedDatabase(DatabaseProblem):
    """The file is not a usable Desk database; `path` is the file, `details` what SQLite said."""

    def __init__(self, message: str, path: Path, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.path = path
        self.details = details


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of a health report: `level` is "ok", "peringatan" (warning) or "galat" (error)."""

    level: str
    topic: str
    message: str


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
            return f"jalur UNC {raw}"
        if slashed.startswith(("\\\\?\\", "\\\\.\\")):
            raw = slashed[4:]  # a long-path prefix before an ordinary drive path
        else:
            return f"jalur UNC {raw}"
    win = PureWindowsPath(raw)
    if win.drive and len(win.drive) == 2 and win.drive[1] == ":":
        if windows or drive_type is not None:
            drive = win.drive.upper()
            if (drive_type or _windows_drive_type)(drive + "\\") == DRIVE_REMOTE:
                return f"drive jaringan {drive}"
        return None
    if windows:
        return None
    found = _mount_fstype(_real_path(Path(raw)), mounts_file or MOUNTS_FILE)
    if found and found[1].lower() in NETWORK_FILESYSTEMS:
        return f"{found[1]} di {found[0]}"
    return None


def network_share_problem(folder: Path, how: str) -> DatabaseProblem:
    return DatabaseProblem(
        f"Folder data {folder} berada di folder jaringan ({how}). Desk menolak menyimpan basis data SQLite di "
        "folder jaringan karena berkasnya bisa rusak bila dibuka dari lebih dari satu komputer atau saat "
        f"jaringan terputus. {POSTGRES_HINT}"
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
    if exc.errno == errno.ENOSPC:
        return DatabaseProblem(
            f"Disk tempat folder data {folder} penuh. Kosongkan ruang disk agar Desk bisa menyimpan data."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseProblem(
            f"Folder data {folder} hanya-baca: Desk tidak bisa menyimpan permohonan di sana. Minta pengelola "
            "komputer memberi izin tulis, atau jalankan Desk dengan folder data lain (--data-dir)."
        )
    return DatabaseProblem(f"Folder data {folder} tidak dapat dipakai: {exc.strerror or exc}.")


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


def not_a_database(path: Path, why: str) -> DamagedDatabase:
    return DamagedDatabase(
        f"Berkas {path} bukan basis data Desk ({why}). Desk tidak akan menimpanya: berkas ini disisihkan "
        "dan basis data dapat dipulihkan dari cadangan terakhir yang baik.",
        path,
        (why,),
    )


def damaged(path: Path, details: tuple[str, ...]) -> DamagedDatabase:
    shown = "; ".join(details[:3])
    return DamagedDatabase(
        f"Basis data {path} rusak (pemeriksaan: {shown}). Desk tidak akan menimpanya: berkas ini disisihkan "
        "dan basis data dapat dipulihkan dari cadangan terakhir yang baik.",
        path,
        details,
    )


def _has_backups(folder: Path) -> bool:
    from desk.store.backup import list_backups

    return bool(list_backups([folder]))


def check_file_kind(path: Path, backups: Path | None = None) -> None:
    """Raise DamagedDatabase when an existing `path` is not a Desk database (cheap: header and tables)."""
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        # SQLite would take an empty file for a new database and Desk would seed it: with
        # backups around, that is a lost database, not a first start.
        if backups is not None and _has_backups(backups):
            raise not_a_database(path, "berkas kosong, 0 bita")
        return
    if read_header(path) != SQLITE_HEADER:
        raise not_a_database(path, "isinya bukan SQLite")
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _primary_code(exc) in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
            raise damaged(path, (str(exc),)) from exc
        return  # locked, unreadable, read-only: opening it says so in its own words
    if tables and "alembic_version" not in tables:
        raise not_a_database(path, "basis data SQLite milik program lain")


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
            from desk.store.database import database_problem

            problem = database_problem(exc)
            if problem is not None:
                raise problem from exc
        return [str(exc)]
    return [str(row[0]) for row in rows]


def check_database_file(path: Path, backups: Path | None = None) -> None:
    """Raise DamagedDatabase unless `path` is absent or a Desk database that passes quick_check."""
    check_file_kind(path, backups)
    if not path.exists() or path.stat().st_size == 0:
        return
    result = quick_check(path)
    if result != ["ok"]:
        raise damaged(path, tuple(result))


def preflight_sqlite(url: str, data_dir: Path | None = None) -> None:
    """The checks `open_database` runs before touching a SQLite file; each failure is a DatabaseProblem."""
    path = sqlite_file(url)
    if path is None:
        return
    folder = Path(os.path.abspath(path)).parent
    how = network_share(folder)
    if how is not None:
        raise network_share_problem(folder, how)
    for place in dict.fromkeys([folder, *([data_dir] if data_dir is not None else [])]):
        problem = folder_problem(place)
        if problem is not None:
            raise problem
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseProblem(
            f"Berkas basis data {path} hanya-baca: Desk tidak bisa menyimpan permohonan. Minta pengelola "
            "komputer memberi izin tulis pada berkas itu."
        )
    from desk.store.backup import backups_folder

    check_file_kind(path, backups_folder(data_dir or folder))


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
        raise DatabaseProblem(f"Berkas rusak {path} tidak dapat disisihkan.")
    for extra in ("-wal", "-shm", "-journal", ""):  # the main file last: it is what marks "present"
        source = Path(str(path) + extra)
        if source.exists():
            os.replace(source, Path(str(target) + extra))
    with contextlib.suppress(OSError):
        _fsync_dir(path.parent)
    return target


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the report `desk check` and the status bar use --------------------------------------------


def file_findings(url: str, data_dir: Path | None) -> list[Finding]:
    """Where and what the database file is, without opening it through SQLAlchemy."""
    path = sqlite_file(url)
    if path is None:
        if make_url(url).get_backend_name() == "sqlite":
            return []
        return [Finding("ok", "Basis data", "PostgreSQL (server kantor): pemeriksaan berkas tidak berlaku")]
    findings: list[Finding] = []
    folder = Path(os.path.abspath(path)).parent
    how = network_share(folder)
    if how is not None:
        return [Finding("galat", "Lokasi", network_share_problem(folder, how).message)]
    findings.append(Finding("ok", "Lokasi", f"disk lokal ({folder})"))
    problem = folder_problem(folder)
    if problem is not None:
        return [*findings, Finding("galat", "Folder data", problem.message)]
    findings.append(Finding("ok", "Folder data", "dapat ditulisi"))
    try:
        from desk.store.backup import backups_folder

        check_database_file(path, backups_folder(data_dir or folder))
    except DamagedDatabase as exc:
        return [*findings, Finding("galat", "Berkas", exc.message)]
    except DatabaseProblem as exc:  # locked by another program: not damage
        return [*findings, Finding("galat", "Akses", exc.message)]
    if path.exists():
        findings.append(Finding("ok", "Pemeriksaan berkas", "quick_check: ok"))
    return findings


def backup_findings(data_dir: Path, now: datetime | None = None, tz: str = DEFAULT_TZ) -> list[Finding]:
    from desk.store.backup import backup_status, load_settings

    status = backup_status(data_dir, load_settings(data_dir), now=now, tz=tz)
    findings = [Finding("peringatan" if status.too_old else "ok", "Cadangan terbaru", status.message)]
    if status.second_folder_problem:
        findings.append(Finding("peringatan", "Folder cadangan kedua", status.second_folder_problem))
    return findings
