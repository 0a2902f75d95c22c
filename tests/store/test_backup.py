"""Backups on a real SQLite file: made with the online API, verified, rotated, restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety import backups as backup
from desk.safety import restore
from desk.safety.files import DamagedDatabase, check_database_file
from desk.safety.opening import open_database
from desk.store.access import AccessDenied, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.migrations import head_revisions
from desk.store.models import AuditEntry, ServiceRequest
from desk.store.requests import create_request

WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)
OFFICER = Actor(user_id=0, username="petugas", full_name="Petugas", role="petugas")


def save(db: Database, name: str, serial: int = 1) -> int:
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    draft = RequestDraft(service_id=service, name=name, nik=make_nik("631104", date(1990, 1, 1), "L", serial))
    with db.write() as s:
        return create_request(s, draft, None, now=WED).id


def names_in(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT v.name FROM service_requests r JOIN visitors v ON v.id = r.visitor_id")}
    finally:
        conn.close()


def test_backup_is_a_verified_single_file_holding_what_is_still_in_the_wal(db: Database, data_dir: Path) -> None:
    save(db, "Siti Aminah")
    wal = data_dir / (DATABASE_FILE + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the request is committed but not yet in the main file

    info = backup.create_backup(db, now=WED)

    assert info.path.parent == data_dir / "backups"
    assert info.path.name == "desk-20251029-010000Z-manual.sqlite3"
    assert info.size == info.path.stat().st_size > 0
    assert not Path(str(info.path) + "-wal").exists() and not list(info.path.parent.glob("*.part"))
    assert names_in(info.path) == {"Siti Aminah"}  # a plain copy of desk.sqlite3 would have missed it
    assert restore.inspect_backup(info.path).requests == 1
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup.create")).one()
        assert entry.entity_id == info.path.name and entry.details["kind"] == "manual"


def test_backup_and_restore_need_the_backup_permission(db: Database, data_dir: Path) -> None:
    with pytest.raises(AccessDenied):
        backup.create_backup(db.as_user(OFFICER))
    assert not (data_dir / "backups").exists()


def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2024, 1, 1, 2, 0, tzinfo=UTC)
    for day in range(500):  # two backups a day (start and close) for 500 days
        for hour, kind in ((0, backup.DAILY), (8, backup.CLOSE)):
            moment = start + timedelta(days=day, hours=hour)
            (folder / backup._free_name(folder, kind, moment).name).write_bytes(b"x")
    for n in range(15):
        (folder / backup._free_name(folder, backup.SAFETY, start + timedelta(days=n)).name).write_bytes(b"x")
    (folder / "catatan-admin.txt").write_text("jangan dihapus")
    stale = folder / "desk-20250101-010000Z-tutup.sqlite3.part"  # the closing backup of a power cut
    stale.write_bytes(b"setengah")
    os.utime(stale, (0, time.time() - 7200))
    running = folder / "desk-20250514-010000Z-manual.sqlite3.part"  # another process is writing it now
    running.write_bytes(b"sedang ditulis")

    removed = backup.rotate(folder, tz="Asia/Makassar")
    assert not stale.exists() and running.exists()
    removed.remove(stale)

    kept = backup.list_backups([folder])
    regular = [b for b in kept if b.is_automatic]
    local_days = [b.created_at.astimezone(backup.ZoneInfo("Asia/Makassar")).date() for b in regular]
    newest_day = date(2025, 5, 14)
    assert local_days[:7] == [newest_day - timedelta(days=n) for n in range(7)]
    assert all(b.kind == backup.CLOSE for b in regular[:7])  # the newest of each day
    weeks = {d.isocalendar()[:2] for d in local_days}
    months = {(d.year, d.month) for d in local_days}
    assert len(weeks) >= 4 and len(months) == 12
    assert len(regular) <= 7 + 4 + 12
    assert len([b for b in kept if b.kind == backup.SAFETY]) == backup.KEEP_OTHER
    assert (folder / "catatan-admin.txt").read_text() == "jangan dihapus"
    assert len(removed) == 1000 + 15 - len(kept)


def test_rotation_after_a_long_holiday_keeps_the_last_days_that_have_backups(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    for day in range(10):
        moment = datetime(2025, 3, 1, 1, tzinfo=UTC) + timedelta(days=day)
        (folder / backup._free_name(folder, backup.DAILY, moment).name).write_bytes(b"x")
    # Nothing for a month (Lebaran); rotation counts backups, not calendar days.
    backup.rotate(folder, now=datetime(2025, 4, 15, tzinfo=UTC))
    kept_days = [b.created_at.day for b in backup.list_backups([folder])]
    assert kept_days[:7] == [10, 9, 8, 7, 6, 5, 4]  # the last seven days with a backup
    assert kept_days[7:] == [2]  # and the newest of the week before (weekly)


def test_restore_takes_a_safety_backup_first_and_reopens(db: Database, data_dir: Path) -> None:
    save(db, "Ahmad Sebelum", 1)
    first = backup.create_backup(db, now=WED)
    save(db, "Budi Sesudah", 2)

    result = restore.restore_backup(first.path, url=db.url, data_dir=data_dir, db=db)

    assert result.safety_backup is not None and result.set_aside is None
    assert names_in(result.safety_backup.path) == {"Ahmad Sebelum", "Budi Sesudah"}
    restored = result.database
    try:
        with restored.read() as s:
            names = set(s.scalars(text("SELECT v.name FROM visitors v JOIN service_requests r ON r.visitor_id = v.id")))
            actions = list(s.scalars(select(AuditEntry.action)))
        assert names == {"Ahmad Sebelum"}
        assert "backup.restore" in actions
        assert save(restored, "Citra Baru", 3) > 0  # the restored database takes new requests
    finally:
        restored.dispose()
    check_database_file(data_dir / DATABASE_FILE)


def test_restore_refuses_bad_files_and_changes_nothing(db: Database, data_dir: Path, tmp_path: Path) -> None:
    save(db, "Tetap Ada")
    not_db = tmp_path / "desk-20251029-010000Z-manual.sqlite3"
    not_db.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 50)
    damaged_backup = backup.create_backup(db, now=WED).path
    raw = bytearray(damaged_backup.read_bytes())
    raw[4096 * 3 : 4096 * 5] = b"\xff" * 8192  # break two pages, keep the header
    damaged_backup.write_bytes(bytes(raw))
    newer = backup.create_backup(db, now=WED + timedelta(seconds=1)).path
    conn = sqlite3.connect(newer)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.execute("UPDATE settings SET value = '\"3.0.0\"' WHERE key = 'desk.version'")
    conn.commit()
    conn.close()
    before = len(backup.list_backups([data_dir / "backups"]))

    for bad, words in ((not_db, "bukan cadangan Desk"), (damaged_backup, "rusak"), (newer, "3.0.0"),
                       (tmp_path / "tidak-ada.sqlite3", "tidak ditemukan")):
        with pytest.raises(backup.BackupError) as info:
            restore.restore_backup(bad, url=db.url, data_dir=data_dir, db=db)
        assert words in info.value.message, info.value.message

    assert len(backup.list_backups([data_dir / "backups"])) == before  # refused before any safety backup
    assert not list(data_dir.glob("*.pemulihan*"))
    with db.read() as s:
        assert s.scalar(select(ServiceRequest.id)) is not None


def test_restore_over_a_damaged_database_sets_it_aside(data_dir: Path) -> None:
    url = default_database_url(data_dir)
    db = open_database(url, data_dir)
    save(db, "Dari Cadangan")
    good = backup.create_backup(db, now=WED)
    db.dispose()
    path = data_dir / DATABASE_FILE
    raw = bytearray(path.read_bytes())
    raw[4096 * 2 : 4096 * 6] = b"\x00\x13" * 8192
    path.write_bytes(bytes(raw))
    damaged_bytes = path.read_bytes()
    with pytest.raises(DamagedDatabase):
        check_database_file(path)

    result = restore.restore_backup(good.path, url=url, data_dir=data_dir, now=datetime(2025, 10, 30, 2, tzinfo=UTC))

    assert result.safety_backup is None
    assert result.set_aside == data_dir / "desk-rusak-20251030-020000.sqlite3"
    assert result.set_aside.read_bytes() == damaged_bytes  # kept, byte for byte
    try:
        with result.database.read() as s:
            assert s.scalar(text("SELECT count(*) FROM service_requests")) == 1
    finally:
        result.database.dispose()


def test_restoring_an_older_backup_migrates_it_after_a_safety_copy(db: Database, data_dir: Path) -> None:
    save(db, "Skema Lama")
    old = backup.create_backup(db, now=WED).path
    conn = sqlite3.connect(old)
    # As a Desk before 0401 (and the merge 0900) left it: two branch heads, 0101 and 0201.
    conn.execute("DELETE FROM alembic_version")
    conn.executemany("INSERT INTO alembic_version (version_num) VALUES (?)", [("0101",), ("0201",)])
    # ...and without the tables later migrations add (1801 creates them again on the way up).
    for table in ("complaint_attachments", "complaint_events", "complaints", "complaint_counters"):
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()

    result = restore.restore_backup(old, url=db.url, data_dir=data_dir, db=db)
    try:
        with result.database.engine.connect() as c:
            revisions = set(c.scalars(text("SELECT version_num FROM alembic_version")))
        assert revisions == set(head_revisions())
        kinds = {b.kind for b in backup.list_backups([data_dir / "backups"])}
        assert {backup.SAFETY, backup.MIGRATION} <= kinds
    finally:
        result.database.dispose()


def test_daily_backup_once_a_day_and_a_copy_in_the_second_folder(db: Database, data_dir: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    settings = backup.BackupSettings(second_folder=usb, warn_after_days=2)
    backup.save_settings(data_dir, settings)
    assert backup.load_settings(data_dir) == settings
    morning = datetime(2025, 10, 29, 0, 30, tzinfo=UTC)  # 08.30 WITA

    assert backup.daily_backup_due(data_dir, morning)
    result = backup.automatic_backup(db, backup.DAILY, now=morning)
    assert result.problems == () and [b.path.parent for b in result.made] == [data_dir / "backups", usb]
    assert not backup.daily_backup_due(data_dir, morning + timedelta(hours=3))
    assert backup.daily_backup_due(data_dir, morning + timedelta(days=1))
    assert restore.inspect_backup(result.made[1].path).requests == 0

    shutil.rmtree(usb)  # the stick is not plugged in
    later = backup.automatic_backup(db, backup.CLOSE, now=morning + timedelta(hours=8))
    assert len(later.made) == 1 and "tidak tersedia" in later.problems[0]


def test_status_warns_when_the_newest_backup_is_too_old(db: Database, data_dir: Path) -> None:
    backup.save_settings(data_dir, backup.BackupSettings(warn_after_days=3))
    none_yet = backup.backup_status(data_dir, now=WED)
    assert none_yet.too_old and none_yet.message == "Belum ada cadangan basis data."

    backup.create_backup(db, now=WED)
    fresh = backup.backup_status(data_dir, now=WED + timedelta(days=1))
    assert not fresh.too_old and "Rabu, 29 Oktober 2025 pukul 09.00 WITA (1 hari lalu)" in fresh.message
    stale = backup.backup_status(data_dir, now=WED + timedelta(days=4))
    assert stale.too_old and "lebih lama dari batas 3 hari" in stale.message


def test_settings_refuse_the_data_folder_as_second_folder(data_dir: Path) -> None:
    with pytest.raises(backup.BackupError) as info:
        backup.save_settings(data_dir, backup.BackupSettings(second_folder=data_dir / "backups"))
    assert info.value.field == "second_folder"
    with pytest.raises(backup.BackupError):
        backup.save_settings(data_dir, backup.BackupSettings(warn_after_days=0))
    (data_dir / backup.SETTINGS_FILE).write_text("{rusak")
    assert backup.load_settings(data_dir) == backup.BackupSettings()


@pytest.mark.postgres
def test_postgresql_backups_are_the_servers_or_pg_dump(pg_db: Database, tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError) as info:
        backup.create_backup(pg_db)
    assert "server" in info.value.message
    if backup.pg_dump_path() is None:
        pytest.skip("pg_dump not installed")
    dump = backup.pg_dump_backup(pg_db, tmp_path, now=WED)
    assert dump.path.name == "desk-20251029-010000Z-manual.pgdump" and dump.size > 0
    assert [b.path for b in backup.list_backups([tmp_path])] == [dump.path]
    with pytest.raises(backup.BackupError) as refused:
        restore.restore_backup(dump.path, url=pg_db.url)
    assert "pg_restore" in refused.value.message
