"""Bad files and bad places: each one a clear Indonesian message, and nothing lost."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desk import __version__
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety import backups as backup
from desk.safety import files, health
from desk.safety.files import DamagedDatabase, network_share
from desk.safety.opening import open_database
from desk.store import migrations
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.errors import MSG_LOCKED, DatabaseProblem, Problem
from desk.store.requests import create_request

WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)


def save(db: Database, name: str, serial: int = 1) -> str:
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    draft = RequestDraft(service_id=service, name=name, nik=make_nik("631104", date(1990, 1, 1), "L", serial))
    with db.write() as s:
        return create_request(s, draft, None, now=WED).ref_number


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_requests(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM service_requests").fetchone()[0])
    finally:
        conn.close()


# --- network shares ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [r"\\server\share\Desk", "//fileserver/dinas/desk", r"\\?\UNC\server\share\Desk", r"\\10.0.0.5\d$\desk"],
)
def test_unc_paths_are_network_shares(path: str) -> None:
    assert network_share(path, windows=True) == f"jalur UNC {path}"
    assert network_share(path, windows=False) is not None


def test_mapped_network_drive_is_refused_and_a_local_drive_is_not() -> None:
    kinds = {"Z:\\": files.DRIVE_REMOTE, "C:\\": 3}
    assert network_share(r"Z:\Desk\data", drive_type=kinds.__getitem__, windows=True) == "drive jaringan Z:"
    assert network_share(r"c:\Users\loket\AppData\Local\DKUKMTK\Desk", drive_type=kinds.__getitem__,
                         windows=True) is None
    assert network_share(r"\\?\Z:\Desk", drive_type=kinds.__getitem__, windows=True) == "drive jaringan Z:"


def test_cifs_and_nfs_mounts_are_found_in_proc_mounts(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(textwrap.dedent("""\
        /dev/sda1 / ext4 rw,relatime 0 0
        //nas/dinas /mnt/dinas\\040kantor cifs rw,vers=3.0 0 0
        nas:/export /srv/nfs nfs4 rw 0 0
        /dev/sdb1 /srv/nfs/local-disk ext4 rw 0 0
        tmpfs /tmp tmpfs rw 0 0
    """))
    assert network_share("/mnt/dinas kantor/desk", mounts_file=mounts, windows=False) == "cifs di /mnt/dinas kantor"
    assert network_share("/srv/nfs/desk/data", mounts_file=mounts, windows=False) == "nfs4 di /srv/nfs"
    assert network_share("/srv/nfs/local-disk/desk", mounts_file=mounts, windows=False) is None
    assert network_share("/srv/nfsx", mounts_file=mounts, windows=False) is None
    assert network_share("/home/loket/.local/share/Desk", mounts_file=mounts, windows=False) is None


def test_sqlite_on_a_network_share_is_refused_pointing_to_postgresql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//kantor/desk {share} cifs rw 0 0\n")
    monkeypatch.setattr(files, "MOUNTS_FILE", mounts)
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(share / "data"), share / "data")
    message = info.value.message
    assert "folder jaringan (cifs" in message and "PostgreSQL" in message and "DESK_DATABASE_URL" in message
    assert not (share / "data" / DATABASE_FILE).exists()


# --- what the file is ----------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    path.write_bytes(b"%PDF-1.7 tanda terima yang tersimpan dengan nama salah\n" * 200)
    before = digest(path)
    with pytest.raises(DamagedDatabase) as info:
        open_database(default_database_url(tmp_path), tmp_path)
    assert "bukan basis data Desk (isinya bukan SQLite)" in info.value.message
    assert digest(path) == before and not (tmp_path / (DATABASE_FILE + "-wal")).exists()


def test_another_programs_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kas (tanggal TEXT, jumlah INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabase) as info:
        open_database(default_database_url(tmp_path), tmp_path)
    assert "milik program lain" in info.value.message
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["kas"]
    conn.close()


def test_an_emptied_file_with_backups_around_is_not_seeded_over(db: Database, data_dir: Path) -> None:
    save(db, "Jangan Hilang")
    backup.create_backup(db, now=WED)
    db.dispose()
    (data_dir / DATABASE_FILE).write_bytes(b"")
    for extra in ("-wal", "-shm"):
        (data_dir / (DATABASE_FILE + extra)).unlink(missing_ok=True)
    with pytest.raises(DamagedDatabase) as info:
        open_database(default_database_url(data_dir), data_dir)
    assert "berkas kosong" in info.value.message
    # A first start (no backups anywhere) still creates the database in an empty file.
    fresh = data_dir.parent / "baru"
    fresh.mkdir()
    (fresh / DATABASE_FILE).write_bytes(b"")
    open_database(default_database_url(fresh), fresh).dispose()
    assert count_requests(fresh / DATABASE_FILE) == 0


def test_a_database_from_a_newer_desk_is_refused_naming_the_version(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('0999')")
    conn.execute("DELETE FROM settings WHERE key = 'desk.version'")
    conn.execute("INSERT INTO settings (key, value) VALUES ('desk.version', '\"1.4.0\"')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(data_dir), data_dir)
    message = info.value.message
    assert "versi Desk yang lebih baru" in message and "Pasang Desk versi 1.4.0 atau yang lebih baru" in message
    assert f"Desk ini versi {__version__}" in message
    assert digest(path) == before


def test_the_version_that_migrated_is_recorded(db: Database) -> None:
    with db.read() as s:
        assert s.scalar(text("SELECT value FROM settings WHERE key = 'desk.version'")) == f'"{__version__}"'


def test_quick_check_finds_damage_and_set_aside_never_overwrites(db: Database, data_dir: Path) -> None:
    for i in range(30):
        save(db, f"Pemohon {i}", i + 1)
    db.dispose()
    path = data_dir / DATABASE_FILE
    raw = bytearray(path.read_bytes())
    raw[4096 * 4 : 4096 * 9] = bytes(range(256)) * 80
    path.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabase) as info:
        files.check_database_file(path)
    assert info.value.details and info.value.details != ("ok",)
    assert "rusak" in info.value.message

    (data_dir / "desk-rusak-20251029-010000.sqlite3").write_bytes(b"kerusakan sebelumnya")
    (data_dir / (DATABASE_FILE + "-wal")).write_bytes(b"wal milik berkas rusak")
    aside = files.set_aside(path, WED)
    assert aside.name == "desk-rusak-20251029-010000-2.sqlite3"
    assert aside.read_bytes() == bytes(raw)
    assert Path(str(aside) + "-wal").read_bytes() == b"wal milik berkas rusak"
    assert (data_dir / "desk-rusak-20251029-010000.sqlite3").read_bytes() == b"kerusakan sebelumnya"
    assert not path.exists()


# --- locks ---------------------------------------------------------------------------------------

_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
else:
    conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE settings SET key = key WHERE 0")
print("terkunci", flush=True)
time.sleep(60)
"""


@pytest.fixture
def lock_holder() -> Iterator[object]:
    started: list[subprocess.Popen[str]] = []

    def hold(path: Path, mode: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(path), mode], stdout=subprocess.PIPE, text=True)
        started.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "terkunci"
        return proc

    yield hold
    for proc in started:
        proc.kill()
        proc.wait()


def test_a_database_locked_at_start_says_so(data_dir: Path, lock_holder: object) -> None:
    lock_holder(data_dir / DATABASE_FILE, "exclusive")  # type: ignore[operator]
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(data_dir), data_dir, busy_timeout_ms=300)
    assert info.value.message == MSG_LOCKED


def test_a_save_blocked_longer_than_the_busy_timeout_fails_cleanly(data_dir: Path, lock_holder: object) -> None:
    db = open_database(default_database_url(data_dir), data_dir, busy_timeout_ms=300)
    try:
        first = save(db, "Sebelum Kunci", 1)
        holder = lock_holder(data_dir / DATABASE_FILE, "immediate")  # type: ignore[operator]
        with pytest.raises(DatabaseProblem) as info:
            save(db, "Saat Terkunci", 2)
        assert info.value.message == MSG_LOCKED and "Tidak ada yang berubah" in info.value.message
        holder.kill()
        holder.wait()
        second = save(db, "Setelah Kunci", 2)
    finally:
        db.dispose()
    assert first.startswith("0001/") and second.startswith("0002/")  # the blocked save used no number
    assert count_requests(data_dir / DATABASE_FILE) == 2


# --- read-only folder and full disk (real mounts; this needs root) --------------------------------


@pytest.fixture
def mounter() -> Iterator[object]:
    mounted: list[Path] = []

    def mount(*args: str) -> None:
        done = subprocess.run(["mount", *args], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"mount not permitted here: {done.stderr.strip()}")
        mounted.append(Path(args[-1]))

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_read_only_data_folder_is_refused_with_the_data_kept(data_dir: Path, mounter: object) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    save(db, "Tersimpan")
    db.dispose()
    before = count_requests(data_dir / DATABASE_FILE)
    mounter("--bind", str(data_dir), str(data_dir))  # type: ignore[operator]
    mounter("-o", "remount,ro,bind", str(data_dir))  # type: ignore[operator]
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(data_dir), data_dir)
    assert "hanya-baca" in info.value.message and str(data_dir) in info.value.message
    subprocess.run(["umount", str(data_dir)], check=True)
    assert count_requests(data_dir / DATABASE_FILE) == before == 1


def _fill(folder: Path) -> Path:
    filler = folder / "pengisi.bin"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_disk_full_during_a_save_fails_cleanly_on_a_real_full_disk(
    template_data_dir: Path, tmp_path: Path, mounter: object
) -> None:
    small = tmp_path / "kecil"
    small.mkdir()
    mounter("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(small))  # type: ignore[operator]
    shutil.copy2(template_data_dir / DATABASE_FILE, small / DATABASE_FILE)
    db = open_database(default_database_url(small), small)
    try:
        first = save(db, "Sebelum Penuh", 1)
        with db.engine.connect() as conn:  # an empty WAL: the next save must grow a file to land on disk
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = _fill(small)
        with pytest.raises(DatabaseProblem) as info:
            with db.read() as s:
                service = next(svc.id for svc in list_services(s) if svc.code == "P1")
            with db.write() as s:
                for _ in range(40):  # notes at their limit (2,000 characters) until the disk is full
                    create_request(s, RequestDraft(service_id=service, name="Saat Penuh", notes="catatan " * 250),
                                   None, now=WED)
        assert "Penyimpanan penuh" in info.value.message and "aman" in info.value.message
        filler.unlink()
        second = save(db, "Setelah Dikosongkan", 2)
    finally:
        db.dispose()
    assert (first[:4], second[:4]) == ("0001", "0002")
    assert files.quick_check(small / DATABASE_FILE) == ["ok"]
    assert count_requests(small / DATABASE_FILE) == 2


def test_disk_full_when_the_file_cannot_grow(db: Database, data_dir: Path) -> None:
    """The same failure without a mount: SQLite's max_page_count stops the file growing."""
    from sqlalchemy import event

    first = save(db, "Sebelum Penuh", 1)
    with db.read() as s:
        pages = s.scalar(text("PRAGMA page_count"))

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # type: ignore[attr-defined]

    db.engine.dispose()
    with pytest.raises(DatabaseProblem) as info:
        with db.read() as s:
            service = next(svc.id for svc in list_services(s) if svc.code == "P1")
        with db.write() as s:
            for _ in range(100):  # notes at their limit (2,000 characters) until the file may grow no more
                create_request(s, RequestDraft(service_id=service, name="Saat Penuh", notes="x" * 2000), None, now=WED)
    assert "Penyimpanan penuh" in info.value.message
    event.remove(db.engine, "connect", _cap)
    db.engine.dispose()
    assert save(db, "Setelah", 2)[:4] == "0002" and first[:4] == "0001"


# --- a migration that fails ----------------------------------------------------------------------

_FAILING_MIGRATION = '''
"""A migration that fails half-way (test)."""
import sqlalchemy as sa
from alembic import op

revision = "9990"
down_revision = {heads!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("percobaan", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE visitors SET name = 'DIUBAH'")
    raise RuntimeError("kolom tidak cocok")


def downgrade() -> None:
    pass
'''


def test_a_failing_migration_is_rolled_back_with_the_safety_backup_kept(
    db: Database, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(db, "Aman Tetap")
    db.dispose()
    scripts = tmp_path / "db"
    shutil.copytree(migrations.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    heads = migrations.head_revisions()
    (scripts / "versions" / "9990_fails.py").write_text(_FAILING_MIGRATION.format(heads=tuple(heads)))
    monkeypatch.setattr(migrations, "migrations_dir", lambda: scripts)

    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(data_dir), data_dir)

    message = info.value.message
    assert "Pembaruan skema basis data gagal (RuntimeError: kolom tidak cocok)" in message
    assert "dibatalkan seluruhnya" in message
    safety = backup.list_backups([data_dir / "backups"])
    assert [b.kind for b in safety] == [backup.MIGRATION] and str(safety[0].path) in message
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        names = [r[0] for r in conn.execute("SELECT name FROM visitors")]
        revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()
    assert "percobaan" not in tables and names == ["Aman Tetap"] and revisions == set(heads)
    assert count_requests(safety[0].path) == 1
    monkeypatch.undo()
    open_database(default_database_url(data_dir), data_dir).dispose()  # the real Desk opens it as before


# --- the report ----------------------------------------------------------------------------------


def test_findings_report_location_folder_file_and_backup(db: Database, data_dir: Path) -> None:
    findings = health.file_findings(db.url, data_dir)
    assert [f.level for f in findings] == ["ok", "ok", "ok"]
    assert findings[0].message.startswith("disk lokal")
    assert health.backup_findings(data_dir, now=WED)[0].level == "peringatan"
    backup.create_backup(db, now=WED)
    report = health.backup_findings(data_dir, now=WED)
    assert report[0].level == "ok" and "Rabu, 29 Oktober 2025 pukul 09.00 WITA" in report[0].message


def test_an_unreachable_postgresql_server_is_explained() -> None:
    from desk.store.database import MSG_SERVER

    with pytest.raises(DatabaseProblem) as info:
        open_database("postgresql+psycopg://desk:rahasia@127.0.0.1:1/desk?connect_timeout=2")
    assert info.value.message == MSG_SERVER and "rahasia" not in info.value.message


# --- another program's database, a folder in the file's place, wording --------------------------------


def _foreign(path: Path, *, revisions: tuple[str, ...] = (), desk_version: str | None = None,
             empty_version_table: bool = True) -> bytes:
    """Another program's SQLite file (rollback journal, as most programs leave it); returns its bytes."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    conn.execute("INSERT INTO pelanggan (nama) VALUES ('Toko Sebelah')")
    if empty_version_table or revisions:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.executemany("INSERT INTO alembic_version VALUES (?)", [(r,) for r in revisions])
    if desk_version is not None:
        conn.execute("CREATE TABLE settings (key VARCHAR(80) PRIMARY KEY, value JSON)")
        conn.execute("INSERT INTO settings VALUES ('desk.version', ?)", (f'"{desk_version}"',))
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("revisions", [(), ("a1b2c3d4e5f6",)], ids=["empty-version-table", "foreign-revision"])
def test_another_programs_database_is_refused_and_left_exactly_as_it_was(
    tmp_path: Path, revisions: tuple[str, ...]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / DATABASE_FILE
    before = _foreign(path, revisions=revisions)
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(folder), folder)
    assert info.value.kind is Problem.FOREIGN and "milik program lain" in info.value.message
    assert path.read_bytes() == before  # not written, not seeded
    assert not Path(str(path) + "-wal").exists()  # and not switched to WAL mode
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    (finding,) = [f for f in health.file_findings(default_database_url(folder), folder) if f.level == "galat"]
    assert finding.problem is Problem.FOREIGN and health.exit_code(finding.problem) == 3


def test_a_newer_desks_database_is_told_apart_from_a_foreign_one_and_not_switched_to_wal(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / DATABASE_FILE
    before = _foreign(path, revisions=("9999",), desk_version="9.0")
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(folder), folder)
    assert info.value.kind is Problem.TOO_NEW and "Desk versi 9.0" in info.value.message
    assert path.read_bytes() == before and not Path(str(path) + "-wal").exists()


def test_a_folder_where_the_database_file_should_be_is_said_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / DATABASE_FILE).mkdir(parents=True)
    with pytest.raises(DatabaseProblem) as info:
        open_database(default_database_url(folder), folder)
    assert info.value.kind is Problem.FOLDER and "ternyata ada sebuah folder" in info.value.message
    findings = health.file_findings(default_database_url(folder), folder)
    assert findings[-1].level == "galat" and "ternyata ada sebuah folder" in findings[-1].message


def test_messages_say_what_happens_in_indonesian(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    problem = files.folder_problem(blocker / "data")
    assert problem is not None and "Not a directory" not in problem.message and "File exists" not in problem.message
    assert "bukan folder" in problem.message
    damaged = files.damaged(tmp_path / DATABASE_FILE, ("database disk image is malformed",))
    # Not set aside yet: only a restore renames it, and the message says so.
    assert "berkas ini disisihkan dan" not in damaged.message and "Bila dipulihkan dari cadangan" in damaged.message
