"""Backups of the SQLite database: made, verified, rotated and listed (restoring: desk.safety.restore).

A backup is made with SQLite's online backup API (never a file copy of an open
database: the copy could catch the file and its WAL half-way), written under a
`.part` name, checked with `PRAGMA quick_check`, switched out of WAL mode (so it
is one self-contained file that can travel on a USB stick), fsynced, and only
then given its final name `desk-YYYYMMDD-HHMMSSZ-<kind>.sqlite3` (UTC time).

Backups live in `<data>/backups` and, when set, in a second folder (a USB stick
or second disk). Automatic backups (first start of the day, closing) are rotated:
the newest of each of the last 7 days, 4 weeks and 12 months that have one are
kept. Manual and safety backups (before a restore or a schema update) are kept
apart, the newest ten of each kind.

Every backup Desk makes is also a witness of the audit trail: the newest entry it holds is
recorded beside it (desk.safety.witness), so `desk audit verify` can tell when entries the
backup saw were later deleted or rewritten.

PostgreSQL: the office server's own backups apply; `pg_dump_backup` writes a
dump when the PostgreSQL client tools are installed on this PC.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import make_url

from desk.domain.audit_trail import AuditWitness
from desk.domain.messages import N_, Filled
from desk.domain.office_time import DEFAULT_TZ
from desk.safety import witness
from desk.safety.files import fsync_dir, os_error_text
from desk.store import access
from desk.store.database import Database
from desk.store.errors import DatabaseProblem, StoreError
from desk.store.system_events import record_system_event
from desk.store.work import office_context

log = logging.getLogger(__name__)

BACKUPS_DIR = "backups"
SETTINGS_FILE = "cadangan.json"
DEFAULT_WARN_AFTER_DAYS = 3



class BackupKind(StrEnum):
    """Why a backup was made; the code is part of its file name."""

    DAILY = "harian"
    CLOSE = "tutup"
    MANUAL = "manual"
    SAFETY = "pengaman"
    MIGRATION = "migrasi"


DAILY, CLOSE, MANUAL, SAFETY, MIGRATION = (BackupKind.DAILY, BackupKind.CLOSE, BackupKind.MANUAL,
                                           BackupKind.SAFETY, BackupKind.MIGRATION)
KIND_LABELS = {
    DAILY: N_("harian (awal hari)"),
    CLOSE: N_("saat Desk ditutup"),
    MANUAL: N_("manual"),
    SAFETY: N_("pengaman sebelum pemulihan"),
    MIGRATION: N_("pengaman sebelum pembaruan skema"),
}
ROTATED_KINDS = frozenset({DAILY, CLOSE})  # the automatic ones: grandfather-father-son
DAY_KINDS = frozenset({DAILY, CLOSE, MANUAL})  # any of these today means the day is backed up
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_OTHER = 10  # manual and safety backups: the newest ten of each kind

_NAME = re.compile(r"^desk-(\d{8})-(\d{6})Z-([a-z]+)(?:-(\d+))?\.(sqlite3|pgdump)$")


class BackupError(StoreError):
    """A backup or restore that could not be done; the message says why, in Indonesian."""


@dataclass(frozen=True, slots=True)
class BackupAge:
    """A backup made before personal data was anonymised: it holds the old values until it goes."""

    info: BackupInfo
    goes_by: date | None  # the office-local day rotation deletes it at the latest (daily use); None: see `kept`
    kept: str = ""  # when no day can be given ("sampai ada 10 cadangan manual lagi yang lebih baru"; marked, N_)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware UTC, from the file name
    kind: str
    size: int

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def is_automatic(self) -> bool:
        return self.kind in ROTATED_KINDS


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """Per-PC backup settings, kept in `<data>/cadangan.json` so they survive a damaged database."""

    second_folder: Path | None = None
    warn_after_days: int = DEFAULT_WARN_AFTER_DAYS




@dataclass(frozen=True, slots=True)
class BackupStatus:
    newest: BackupInfo | None
    age: timedelta | None
    too_old: bool
    message: str
    second_folder_problem: str = ""
    warn_after_days: int = 0  # the age past which a backup is too old (the screen says it in its own words)


@dataclass(frozen=True, slots=True)
class AutoBackupResult:
    made: tuple[BackupInfo, ...]
    problems: tuple[str, ...]  # Indonesian, one per folder that failed
    second_folder_failed: bool = False  # one of `problems` is about the second folder




# --- settings ----------------------------------------------------------------------------------


def backups_folder(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIR


def load_settings(data_dir: Path) -> BackupSettings:
    try:
        raw = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BackupSettings()
    if not isinstance(raw, dict):
        return BackupSettings()
    second = raw.get("second_folder") or None
    try:
        days = max(1, int(raw.get("warn_after_days", DEFAULT_WARN_AFTER_DAYS)))
    except (TypeError, ValueError):
        days = DEFAULT_WARN_AFTER_DAYS
    return BackupSettings(second_folder=Path(second) if isinstance(second, str) else None, warn_after_days=days)


def save_settings(data_dir: Path, settings: BackupSettings) -> None:
    if settings.warn_after_days < 1:
        raise BackupError(N_("Batas umur cadangan minimal 1 hari."), "warn_after_days")
    if settings.second_folder is not None:
        second = Path(settings.second_folder)
        if _same_place(second, backups_folder(data_dir)) or _same_place(second, data_dir):
            raise BackupError(
                N_("Folder cadangan kedua harus di tempat lain (flashdisk atau disk kedua), bukan folder data Desk."),
                "second_folder",
            )
    payload = {
        "second_folder": str(settings.second_folder) if settings.second_folder else None,
        "warn_after_days": settings.warn_after_days,
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / SETTINGS_FILE
    part = target.with_name(target.name + ".part")
    part.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(part, target)


def _same_place(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


# --- names and listing -------------------------------------------------------------------------


def parse_name(name: str) -> tuple[datetime, str] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    day, clock, kind = match.group(1), match.group(2), match.group(3)
    try:
        created = datetime.strptime(day + clock, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return created, kind


def _free_name(folder: Path, kind: str, now: datetime, ext: str = "sqlite3") -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    for n in range(1, 10_000):
        name = f"desk-{stamp}Z-{kind}" + (f"-{n}" if n > 1 else "") + f".{ext}"
        path = folder / name
        if not path.exists() and not path.with_name(name + ".part").exists():
            return path
    raise BackupError(N_("Tidak ada nama berkas cadangan yang bebas di {folder}."), folder=folder)  # pragma: no cover


def list_backups(folders: Iterable[Path | None]) -> list[BackupInfo]:
    """Every Desk backup in `folders` (missing folders are skipped), newest first."""
    found: list[BackupInfo] = []
    seen: set[Path] = set()
    for folder in folders:
        if folder is None:
            continue
        try:
            entries = list(Path(folder).iterdir())
        except OSError:
            continue
        for entry in entries:
            parsed = parse_name(entry.name)
            if parsed is None:
                continue
            try:
                size = entry.stat().st_size
                key = entry.resolve()
            except OSError:
                continue
            if key in seen:
                continue
            seen.add(key)
            found.append(BackupInfo(entry, parsed[0], parsed[1], size))
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


def backup_folders(data_dir: Path, settings: BackupSettings | None = None) -> list[Path]:
    settings = settings or load_settings(data_dir)
    folders = [backups_folder(data_dir)]
    if settings.second_folder is not None:
        folders.append(Path(settings.second_folder))
    return folders


def find_backup(data_dir: Path, name_or_path: str) -> Path:
    """A backup given as a path, or as a bare file name from `desk backups`."""
    given = Path(name_or_path).expanduser()
    if given.exists():
        return given
    if given.parent == Path("."):
        for info in list_backups(backup_folders(data_dir)):
            if info.path.name == given.name:
                return info.path
    raise BackupError(Filled(N_("Berkas cadangan {name} tidak ditemukan."), name=str(name_or_path)))


# --- making a backup ---------------------------------------------------------------------------


def _local_tz(db: Database | None) -> str:
    if db is None:
        return DEFAULT_TZ
    try:
        return office_context(db).clock.tz
    except StoreError:  # a backup must not fail over the time zone of its name
        return DEFAULT_TZ


def copy_sqlite(source: Path, folder: Path, kind: str, now: datetime | None = None) -> BackupInfo:
    """Copy the SQLite database `source` (open or not) into `folder` as a verified backup of `kind`."""
    now = now or datetime.now(UTC)
    if not source.is_file():  # sqlite3 would quietly create an empty database and back that up
        raise BackupError(N_("Basis data {source} tidak ditemukan; tidak ada yang dicadangkan."), source=source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(N_("Folder cadangan {folder} tidak dapat dibuat ({reason})."), folder=folder, reason=os_error_text(exc)) from exc
    target = _free_name(folder, kind, now)
    part = target.with_name(target.name + ".part")
    try:
        _backup_into(source, part)
        os.replace(part, target)
        fsync_dir(folder)
    except BaseException:
        for leftover in (part, Path(str(part) + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return BackupInfo(target, now.astimezone(UTC).replace(microsecond=0), kind, target.stat().st_size)


def _backup_into(source: Path, part: Path) -> None:
    try:
        src = sqlite3.connect(source, timeout=30)
    except sqlite3.Error as exc:
        raise _backup_failure(source.parent, exc) from exc
    try:
        dst = sqlite3.connect(part)
        try:
            # One step: a consistent snapshot; in WAL mode it does not block the counter's saves.
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file, no -wal beside it
            result = [str(r[0]) for r in dst.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise BackupError(Filled(N_("Salinan cadangan tidak lolos pemeriksaan ({details}); cadangan dibatalkan."),
                                         details="; ".join(result[:3])))
            dst.commit()
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise _backup_failure(part.parent, exc) from exc
    finally:
        src.close()
    with part.open("rb+") as handle:
        os.fsync(handle.fileno())


def _backup_failure(folder: Path, exc: BaseException) -> BackupError:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == 13 or "full" in str(exc).lower():
        return BackupError(N_("Cadangan gagal: disk {folder} penuh. Kosongkan ruang atau pilih "
                              "folder lain."), folder=folder)
    if code in (5, 6):
        return BackupError(N_("Cadangan gagal: basis data sedang dikunci program lain. Coba lagi sebentar lagi."))
    if code in (8, 14):
        return BackupError(N_("Cadangan gagal: folder {folder} tidak dapat ditulisi."), folder=folder)
    if code in (11, 26):
        return BackupError(N_("Cadangan gagal: basis data rusak. Pulihkan dari cadangan terakhir yang baik."))
    if code == 10:
        return BackupError(N_("Cadangan gagal: disk di {folder} tidak dapat dibaca atau ditulisi."), folder=folder)
    log.warning("backup failed: %s (SQLite code %s)", type(exc).__name__, code)
    return BackupError(N_("Cadangan gagal (kode SQLite {code}). Coba lagi; bila terus terjadi, "
                          "laporkan kepada pengelola Desk."), code=code)


def create_backup(
    db: Database,
    folder: Path | None = None,
    *,
    kind: BackupKind = MANUAL,
    now: datetime | None = None,
    rotate_after: bool = True,
) -> BackupInfo:
    """A backup by the acting user (admin) of the open database into `folder` (default `<data>/backups`)."""
    _require_sqlite(db)
    access.require_actor(db.actor, access.BACKUP)
    return _make_backup(db, folder, kind, now, rotate_after)


def _make_backup(db: Database, folder: Path | None, kind: BackupKind, now: datetime | None,
                 rotate_after: bool) -> BackupInfo:
    path = _require_sqlite(db)
    target_folder = folder or backups_folder(_data_dir(db))
    info = copy_sqlite(path, target_folder, kind, now)
    if rotate_after and folder is None:
        rotate(target_folder, now=now, tz=_local_tz(db))
    witness.record_backup(info.path, _data_dir(db))
    _audit(db, "backup.create", info)
    return info


def _audit(db: Database, action: str, info: BackupInfo, **extra: object) -> None:
    """Audit a backup or restore, written by Desk itself on the acting user's behalf."""
    try:
        record_system_event(db, action, "backup", info.path.name,
                            {"kind": str(info.kind), "size": info.size, "folder": str(info.path.parent), **extra},
                            on_behalf_of=db.actor)
    except DatabaseProblem as exc:  # the backup exists; a full disk must not undo it
        log.warning("audit of %s failed: %s", action, exc.kind)


def _require_sqlite(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise BackupError(
            N_("Basis data ini ada di server PostgreSQL: cadangannya dibuat di server (pg_dump atau cadangan "
            "server kantor), bukan oleh Desk di loket. Jalankan `desk backup` di komputer yang punya pg_dump, "
            "atau minta pengelola server.")
        )
    return path


def _data_dir(db: Database) -> Path:
    if db.data_dir is not None:
        return db.data_dir
    path = db.sqlite_path
    assert path is not None
    return path.parent


def daily_backup_due(data_dir: Path, now: datetime | None = None, tz: str = DEFAULT_TZ) -> bool:
    """True when no regular backup was made today (office-local day) in the data folder."""
    now = now or datetime.now(UTC)
    today = now.astimezone(ZoneInfo(tz)).date()
    return not any(
        b.kind in DAY_KINDS and b.created_at.astimezone(ZoneInfo(tz)).date() == today
        for b in list_backups([backups_folder(data_dir)])
    )


def automatic_backup(
    db: Database, kind: BackupKind = DAILY, *, now: datetime | None = None, settings: BackupSettings | None = None
) -> AutoBackupResult:
    """The start-of-day or closing backup: data folder, then the second folder; rotated; never raises.

    Runs as the system (no actor): it is not an officer's action.
    """
    if db.sqlite_path is None:
        return AutoBackupResult((), ())
    db = db.as_user(None)
    data_dir = _data_dir(db)
    settings = settings or load_settings(data_dir)
    tz = _local_tz(db)
    made: list[BackupInfo] = []
    problems: list[str] = []
    try:
        first = _make_backup(db, None, kind, now, True)
        made.append(first)
    except StoreError as exc:
        return AutoBackupResult((), (exc.message,))
    second = settings.second_folder
    if second is not None:
        if not Path(second).is_dir():
            problems.append(
                Filled(N_(
                    "Folder cadangan kedua {second} tidak tersedia (flashdisk tidak terpasang?); "
                    "cadangan hanya disimpan di folder data."),
                    second=second)
            )
        else:
            try:
                info = _copy_backup(first.path, Path(second))
                made.append(info)
                rotate(Path(second), now=now, tz=tz)
            except (StoreError, OSError) as exc:
                problems.append(Filled(N_(
                    "Cadangan ke folder kedua {second} gagal: {value}"),
                    second=second, value=getattr(exc, 'message', exc)))
    return AutoBackupResult(tuple(made), tuple(problems), second is not None and len(made) < 2)


def _copy_backup(backup: Path, folder: Path) -> BackupInfo:
    """Put a finished (closed, non-WAL) backup file into a second folder, verified there too."""
    parsed = parse_name(backup.name)
    assert parsed is not None
    return copy_sqlite(backup, folder, parsed[1], parsed[0])


# --- rotation ----------------------------------------------------------------------------------


def backups_to_keep(backups: list[BackupInfo], tz: str = DEFAULT_TZ) -> set[Path]:
    """Grandfather-father-son over the automatic backups: the newest of each of the last 7 days, 4 weeks
    and 12 months that have one; of manual and safety backups, the newest ten of each kind."""
    zone = ZoneInfo(tz)
    keep: set[Path] = set()
    regular = sorted((b for b in backups if b.is_automatic), key=lambda b: b.created_at, reverse=True)

    def bucket_newest(key_of: object, count: int) -> None:
        seen: list[object] = []
        for b in regular:
            key = key_of(b.created_at.astimezone(zone).date())  # type: ignore[operator]
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(b.path)

    bucket_newest(lambda d: d, KEEP_DAILY)
    bucket_newest(lambda d: d.isocalendar()[:2], KEEP_WEEKLY)
    bucket_newest(lambda d: (d.year, d.month), KEEP_MONTHLY)
    others: dict[str, list[BackupInfo]] = {}
    for b in sorted(backups, key=lambda b: b.created_at, reverse=True):
        if not b.is_automatic:
            others.setdefault(b.kind, []).append(b)
    for same_kind in others.values():
        keep.update(b.path for b in same_kind[:KEEP_OTHER])
    return keep


def rotate(folder: Path, *, now: datetime | None = None, tz: str = DEFAULT_TZ) -> list[Path]:
    """Delete the backups in `folder` that rotation no longer keeps; returns what was deleted.

    Only files named like Desk backups (and their stale `.part` files) are considered; anything else
    in the folder is left alone. Rotation counts backups, not calendar days, so a long office holiday
    never empties the folder.
    """
    moment = (now or datetime.now(UTC)).timestamp()
    backups = list_backups([folder])
    keep = backups_to_keep(backups, tz)
    removed: list[Path] = []
    # A backup cut short (power cut while Desk was closing) leaves its .part file behind.
    for part in folder.glob("desk-*.part"):
        with contextlib.suppress(OSError):
            if moment - part.stat().st_mtime > 3600:
                part.unlink()
                removed.append(part)
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as exc:
                log.warning("could not rotate %s: %s", b.path, exc)
    return removed


def _aging(folder_backups: list[BackupInfo], since: datetime, tz: str, horizon_days: int) -> list[BackupAge]:
    zone = ZoneInfo(tz)
    old = [b for b in folder_backups if b.created_at < since]
    result: list[BackupAge] = []
    for b in old:
        if b.is_automatic:
            continue
        newer = sum(1 for other in folder_backups if other.kind == b.kind and other.created_at > b.created_at)
        more = max(1, KEEP_OTHER - newer)
        result.append(BackupAge(b, None, Filled(N_("sampai ada {more} cadangan {kind} lagi yang lebih baru"), more=more,
                                                kind=b.kind_label)))
    waiting = {b.path: b for b in old if b.is_automatic}
    if not waiting:
        return result
    future: list[BackupInfo] = []
    start = since.astimezone(zone).date()
    for offset in range(1, horizon_days + 1):
        day = start + timedelta(days=offset)
        noon = datetime(day.year, day.month, day.day, 12, tzinfo=zone).astimezone(UTC)
        future.append(BackupInfo(Path(f"/masa-depan/{day.isoformat()}"), noon, DAILY, 0))
        keep = backups_to_keep(folder_backups + future, tz)
        for path in [p for p in waiting if p not in keep]:
            result.append(BackupAge(waiting.pop(path), day))
        if not waiting:
            break
    result.extend(BackupAge(b, None, N_("lebih dari setahun lagi")) for b in waiting.values())
    return result


def old_value_holders(data_dir: Path, since: datetime, *, tz: str = DEFAULT_TZ,
                      horizon_days: int = 400) -> list[BackupAge]:
    """Desk's backups made before `since` (they still hold personal values anonymised then), each with
    the day rotation deletes it at the latest, if Desk makes its daily backup every day from now on."""
    ages: list[BackupAge] = []
    for folder in backup_folders(data_dir):
        ages.extend(_aging(list_backups([folder]), since, tz, horizon_days))
    return sorted(ages, key=lambda a: a.info.created_at)


# --- status ------------------------------------------------------------------------------------


def newest_backup(folders: Iterable[Path | None]) -> BackupInfo | None:
    backups = list_backups(folders)
    return backups[0] if backups else None


SECOND_FOLDER_MISSING = N_("Folder cadangan kedua {folder} tidak tersedia (flashdisk tidak terpasang?).")


def backup_status(
    data_dir: Path, settings: BackupSettings | None = None, *, now: datetime | None = None, tz: str = DEFAULT_TZ
) -> BackupStatus:
    """The newest backup and whether it is older than the warning age (for the status bar and `desk check`)."""
    from desk.domain.text_id import format_datetime

    settings = settings or load_settings(data_dir)
    now = now or datetime.now(UTC)
    newest = newest_backup(backup_folders(data_dir, settings))
    second_problem = ""
    if settings.second_folder is not None and not Path(settings.second_folder).is_dir():
        second_problem = Filled(SECOND_FOLDER_MISSING, folder=str(settings.second_folder))
    if newest is None:
        return BackupStatus(None, None, True, N_("Belum ada cadangan basis data."), second_problem)
    age = now - newest.created_at
    days = max(0, age.days)
    when = format_datetime(newest.created_at, tz)
    ago = "hari ini" if days == 0 else f"{days} hari lalu"
    too_old = age > timedelta(days=settings.warn_after_days)
    message = f"{when} ({ago}), {format_size(newest.size)}"
    if too_old:
        message = (
            f"Cadangan terakhir {when} ({ago}), lebih lama dari batas {settings.warn_after_days} hari. "
            "Buat cadangan sekarang."
        )
    return BackupStatus(newest, age, too_old, message, second_problem, settings.warn_after_days)


def format_size(size: int) -> str:
    """Bytes in Indonesian notation: "512 B", "4,0 KB", "1,2 MB", "2,5 GB"."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text_ = f"{value:.0f}" if unit == "B" else f"{value:.1f}"
            return f"{text_.replace('.', ',')} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover


# --- PostgreSQL ----------------------------------------------------------------------------------


def pg_dump_path() -> str | None:
    found = shutil.which("pg_dump")
    if found:
        return found
    for version in (17, 16, 15):
        candidate = Path(f"/usr/lib/postgresql/{version}/bin/pg_dump")
        if candidate.exists():
            return str(candidate)
    return None


def pg_dump_backup(db: Database, folder: Path, *, now: datetime | None = None) -> BackupInfo:
    """A custom-format pg_dump of the PostgreSQL database into `folder`, checked with pg_restore --list."""
    access.require_actor(db.actor, access.BACKUP)
    tool = pg_dump_path()
    if tool is None:
        raise BackupError(
            N_("pg_dump tidak terpasang di komputer ini. Basis data PostgreSQL dicadangkan oleh server kantor "
            "(cadangan server atau pg_dump di server); tidak ada yang dicadangkan dari loket ini.")
        )
    url = make_url(db.url)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    query = dict(url.query)
    host = query.get("host") or url.host
    args = [tool, "--format=custom", "--no-owner", "--dbname", str(url.database or "")]
    if host:
        args += ["--host", str(host if isinstance(host, str) else host[0])]
    port = query.get("port") or url.port
    if port:
        args += ["--port", str(port if not isinstance(port, tuple) else port[0])]
    if url.username:
        args += ["--username", url.username]
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, MANUAL, now or datetime.now(UTC), ext="pgdump")
    part = target.with_name(target.name + ".part")
    done = subprocess.run([*args, "--file", str(part)], capture_output=True, text=True, env=env, timeout=3600)
    if done.returncode != 0:
        with contextlib.suppress(OSError):
            part.unlink()
        log.warning("pg_dump failed with exit code %s", done.returncode)
        raise BackupError(N_("pg_dump gagal (kode keluar {returncode}). Periksa alamat server, nama "
                             "pengguna dan kata sandi basis data, lalu coba lagi."), returncode=done.returncode)
    restore_tool = str(Path(tool).with_name("pg_restore"))
    listed = subprocess.run([restore_tool, "--list", str(part)], capture_output=True, text=True, timeout=600)
    if listed.returncode != 0 or "service_requests" not in listed.stdout:
        with contextlib.suppress(OSError):
            part.unlink()
        raise BackupError(N_("Hasil pg_dump tidak lolos pemeriksaan pg_restore --list."))
    os.replace(part, target)
    info = BackupInfo(target, (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0), MANUAL,
                      target.stat().st_size)
    witness.record_database(db, info.path, folder)
    _audit(db, "backup.create", info)
    return info


# --- witnesses of the audit trail ------------------------------------------------------------------


def audit_witnesses(data_dir: Path) -> list[AuditWitness]:
    """Every copy of the audit trail's head kept outside the database: the backup files and the witness log."""
    files = [(b.path, b.created_at) for b in list_backups(backup_folders(data_dir)) if b.path.suffix == ".sqlite3"]
    return witness.gather(data_dir, files)


def holders_summary(ages: list[BackupAge], tz: str = DEFAULT_TZ) -> list[str]:
    """The backups still holding anonymised values, as lines a person reads (empty: none)."""
    from desk.domain.text_id import format_date

    if not ages:
        return []
    dated = [a for a in ages if a.goes_by is not None]
    lines = [f"{len(ages)} cadangan yang dibuat Desk sebelum ini masih memuat data lama sampai terhapus oleh rotasi:"]
    if dated:
        last = max(a.goes_by for a in dated if a.goes_by is not None)
        lines.append(f"- {len(dated)} cadangan otomatis, yang terakhir terhapus paling lambat {format_date(last)} "
                     "(bila Desk dipakai dan dicadangkan setiap hari).")
    for age in ages:
        if age.goes_by is None:
            lines.append(f"- {age.info.path.name} ({age.info.kind_label}): disimpan {age.kept}.")
    lines.append("Salinan di luar folder cadangan Desk (mis. disalin tangan) tidak terjangkau Desk; hapus sendiri bila ada.")
    return lines
