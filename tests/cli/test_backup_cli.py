"""`desk backup`, `desk backups`, `desk restore` and the backup lines of `desk check`."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desk.cli import main
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety import backups as backup
from desk.safety import files, restore
from desk.safety.opening import open_database
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.requests import create_request


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def add_request(data_dir: Path, name: str, serial: int) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        with db.read() as s:
            service = next(svc.id for svc in list_services(s) if svc.code == "P1")
        with db.write() as s:
            create_request(s, RequestDraft(service_id=service, name=name,
                                           nik=make_nik("631104", date(1991, 2, 3), "L", serial)), None)
    finally:
        db.dispose()


def names(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM visitors"))
    finally:
        conn.close()


def test_backup_list_and_restore_from_the_command_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_request(data_dir, "Pertama", 1)
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "backup")
    assert code == 0 and "Cadangan dibuat: " + str(data_dir / "backups") in out and "diperiksa: ok" in out
    made = backup.list_backups([data_dir / "backups"])
    assert len(made) == 1

    usb = tmp_path / "flashdisk"
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "backup", "--to", str(usb))
    assert code == 0 and len(list(usb.glob("desk-*-manual.sqlite3"))) == 1

    add_request(data_dir, "Kedua", 2)
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "backups")
    assert code == 0
    assert "pukul" in out and "WITA" in out and " KB" in out and made[0].path.name in out
    assert "1 cadangan, terbaru di atas." in out

    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "restore", made[0].path.name, "--ya")
    assert code == 0, out
    assert "berisi 1 permohonan" in out and "Cadangan pengaman basis data sebelumnya:" in out
    assert names(data_dir) == ["Pertama"]
    safety = [b for b in backup.list_backups([data_dir / "backups"]) if b.kind == backup.SAFETY]
    assert len(safety) == 1 and restore.inspect_backup(safety[0].path).requests == 2  # "Kedua" is kept there


def test_check_reports_the_newest_backup_and_warns_without_one(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "check")
    assert code == 0 and "Cadangan terbaru: Belum ada cadangan basis data." in out
    office = out.count("[PERINGATAN] Profil kantor")  # the seeded profile's stand-ins, a warning each
    assert "[PERINGATAN] Cadangan terbaru" in out and f"Status     : sehat ({1 + office} peringatan)" in out
    assert "[ok] Pemeriksaan berkas: quick_check: ok" in out and "[ok] Lokasi: disk lokal" in out

    desk(capsys, "--data-dir", str(data_dir), "backup")
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "check")
    assert code == 0 and "(hari ini)" in out and out.rstrip().endswith(f"Status     : sehat ({office} peringatan)")


def test_check_and_restore_of_a_damaged_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_request(data_dir, "Selamat", 1)
    desk(capsys, "--data-dir", str(data_dir), "backup")
    path = data_dir / DATABASE_FILE
    raw = bytearray(path.read_bytes())
    raw[4096 * 2 : 4096 * 8] = b"\xde\xad" * (4096 * 3)
    path.write_bytes(bytes(raw))

    code, out, err = desk(capsys, "--data-dir", str(data_dir), "check")
    assert code == 3 and "[GALAT] Berkas" in out
    assert "rusak" in err and "desk restore" in err

    newest = backup.list_backups([data_dir / "backups"])[0]
    code, out, err = desk(capsys, "--data-dir", str(data_dir), "restore", str(newest.path), "--ya")
    assert code == 0, err
    assert "Berkas rusak disisihkan (tidak dihapus): " + str(data_dir / "desk-rusak-") in out
    assert len(list(data_dir.glob("desk-rusak-*.sqlite3"))) == 1
    assert names(data_dir) == ["Selamat"]
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "check")
    assert code == 0


def test_restore_refuses_a_file_that_is_not_a_backup(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_request(data_dir, "Tetap", 1)
    wrong = tmp_path / "laporan.xlsx"
    wrong.write_bytes(b"PK\x03\x04" + b"\x00" * 4000)
    code, _, err = desk(capsys, "--data-dir", str(data_dir), "restore", str(wrong), "--ya")
    assert code == 4 and "bukan cadangan Desk" in err
    code, _, err = desk(capsys, "--data-dir", str(data_dir), "restore", "desk-20990101-000000Z-manual.sqlite3")
    assert code == 4 and "tidak ditemukan" in err
    assert names(data_dir) == ["Tetap"] and not (data_dir / "backups").exists()


def test_check_refuses_a_data_folder_on_a_network_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mounts = tmp_path / "mounts"
    share = tmp_path / "Z"
    mounts.write_text(f"//server/loket {share} smb3 rw 0 0\n")
    monkeypatch.setattr(files, "MOUNTS_FILE", mounts)
    code, _, err = desk(capsys, "--data-dir", str(share / "desk"), "check")
    assert code == 2 and "folder jaringan (smb3" in err and "PostgreSQL" in err
    code, _, err = desk(capsys, "--data-dir", str(share / "desk"), "backup")
    assert code == 2 and "folder jaringan" in err
    assert not (share / "desk" / DATABASE_FILE).exists()


@pytest.mark.postgres
def test_backup_on_postgresql_uses_pg_dump_or_says_the_server_backs_up(
    pg_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = desk(capsys, "--data-dir", str(tmp_path), "--database-url", pg_db.url, "backup")
    if backup.pg_dump_path() is None:
        assert code == 4 and "server kantor" in err
    else:
        assert code == 0 and ".pgdump" in out
    code, _, err = desk(capsys, "--data-dir", str(tmp_path), "--database-url", pg_db.url, "restore", "x.sqlite3")
    assert code == 4 and "pg_restore" in err
    code, out, _ = desk(capsys, "--data-dir", str(tmp_path), "--database-url", pg_db.url, "check")
    assert code == 0 and "PostgreSQL: cadangan dibuat oleh server kantor" in out
