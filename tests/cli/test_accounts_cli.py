"""`desk audit verify`, `desk audit list`, `desk retention run` and `desk users ...`."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk.cli import main
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store import accounts
from desk.store.catalog import list_services
from desk.store.requests import change_status, create_request

NIK = make_nik("631104", date(1990, 1, 2), "L", 7)


@pytest.fixture
def desk(data_dir: Path, capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> Callable[..., tuple[int, str, str]]:
    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def sql(data_dir: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        with conn:
            return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def add_old_request(data_dir: Path, name: str, nik: str, received: datetime) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        with db.read() as s:
            service = next(svc.id for svc in list_services(s) if svc.code == "P1")
        with db.write() as s:
            request = create_request(s, RequestDraft(service_id=service, name=name, nik=nik,
                                                     phone="081234567890"), None, received)
            change_status(s, request.id, "selesai", "", None, received)
    finally:
        db.dispose()


ADMIN = ("--user", "admin")
ADMIN_PASSWORD = "Balangan#2026\n"


def make_admin(desk: Callable[..., tuple[int, str, str]]) -> None:
    code, out, _ = desk("users", "create-admin", "admin", "--name", "Syifa Miratil Hayati", "--password-stdin",
                        stdin=ADMIN_PASSWORD)
    assert code == 0 and "Admin pertama dibuat: admin" in out


def test_first_admin_and_user_management_from_the_command_line(desk: Callable[..., tuple[int, str, str]],
                                                               data_dir: Path) -> None:
    code, out, _ = desk("users", "list")
    assert code == 0 and "Belum ada akun" in out
    code, _, err = desk("users", "create-admin", "admin", "--name", "Syifa", "--password-stdin", stdin="pendek\n")
    assert code == 1 and "minimal 8" in err
    code, _, err = desk("users", "create-admin", "admin", "--name", "Syifa", "--password-stdin", stdin="12345678\n")
    assert code == 1 and "mudah ditebak" in err
    make_admin(desk)
    code, _, err = desk("users", "create-admin", "lagi", "--name", "Lagi", "--password-stdin", stdin=ADMIN_PASSWORD)
    assert code == 1 and "sudah ada" in err

    # The admin's password comes first on standard input, the new account's second.
    assert desk("users", "add", "rahmat", "--name", "Rahmat Hidayat", "--password-stdin", *ADMIN,
                stdin=ADMIN_PASSWORD + "Loket-12345\n")[0] == 0
    code, out, _ = desk("users", "list")
    assert "rahmat" in out and "Petugas loket" in out and "Admin" in out
    assert desk("users", "deactivate", "rahmat", *ADMIN, stdin=ADMIN_PASSWORD)[0] == 0
    assert "nonaktif" in desk("users", "list")[1]
    code, _, err = desk("users", "deactivate", "tidak.ada", *ADMIN, stdin=ADMIN_PASSWORD)
    assert code == 1 and "tidak ada" in err
    assert desk("users", "activate", "rahmat", *ADMIN, stdin=ADMIN_PASSWORD)[0] == 0
    assert desk("users", "reset-password", "rahmat", "--password-stdin", *ADMIN,
                stdin=ADMIN_PASSWORD + "Sandi-Baru-99\n")[0] == 0

    db = open_database(default_database_url(data_dir), data_dir)
    try:
        assert accounts.login(db, "rahmat", "Sandi-Baru-99").role == "petugas"
    finally:
        db.dispose()
    code, out, _ = desk("audit", "list", "--action", "user.")
    assert code == 0 and "Pengguna ditambah" in out and "Pengguna dinonaktifkan" in out
    assert "Kata sandi disetel admin" in out and "Pengguna rahmat" in out


def test_changing_accounts_from_the_command_line_needs_an_admin_or_an_audited_system_run(
    desk: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    make_admin(desk)
    desk("users", "add", "rahmat", "--name", "Rahmat Hidayat", "--password-stdin", *ADMIN,
         stdin=ADMIN_PASSWORD + "Loket-12345\n")
    # Anyone at the PC used to reset the admin's password and log in as admin.
    code, _, err = desk("users", "reset-password", "admin", "--password-stdin", stdin="Pintu-Belakang-1\n")
    assert code == 1 and "--user NAMA_ADMIN" in err and "--as-system" in err
    code, _, err = desk("users", "reset-password", "admin", "--password-stdin", *ADMIN,
                        stdin="salah-sandi\nPintu-Belakang-1\n")
    assert code == 1 and "kata sandi salah" in err.lower()
    code, _, err = desk("users", "reset-password", "admin", "--password-stdin", "--user", "rahmat",
                        stdin="Loket-12345\nPintu-Belakang-1\n")
    assert code == 1 and "Petugas loket tidak berwenang" in err
    assert sql(data_dir, "SELECT count(*) FROM audit_log WHERE action = 'user.password_reset'") == [(0,)]

    # A forgotten last admin password: the system may reset it, and the trail says who ran what.
    code, out, err = desk("users", "reset-password", "admin", "--password-stdin", "--as-system",
                          stdin="Sandi-Kantor-Baru-9\n")
    assert code == 0 and "dicatat di jejak audit" in err
    (details,) = sql(data_dir, "SELECT details FROM audit_log WHERE action = 'cli.system'")[0]
    assert "users reset-password admin" in str(details) and "os_user" in str(details)
    code, out, _ = desk("audit", "list", "--action", "cli.system")
    assert "Perintah dijalankan sebagai sistem" in out


@pytest.mark.parametrize("tamper, expected", [
    ("UPDATE audit_log SET username = 'pemalsu' WHERE id = 3", "#3"),
    ("DELETE FROM audit_log WHERE id = 3", "#4"),
    ("UPDATE audit_log SET id = -1 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = 4; "
     "UPDATE audit_log SET id = 4 WHERE id = -1", "#3"),
])
def test_audit_verify_exits_non_zero_naming_the_first_broken_entry(
    desk: Callable[..., tuple[int, str, str]], data_dir: Path, tamper: str, expected: str
) -> None:
    make_admin(desk)
    for n in range(4):
        desk("users", "add", f"petugas{n}", "--name", f"Petugas {n}", "--password-stdin", "--as-system",
             stdin="Loket-12345\n")
    code, out, _ = desk("audit", "verify")
    assert code == 0 and "utuh:" in out

    for statement in tamper.split("; "):
        sql(data_dir, statement)
    code, out, err = desk("audit", "verify")
    assert code == 5
    assert expected in err and "TIDAK UTUH" in out


def test_audit_verify_names_what_a_backup_saw_and_is_gone(desk: Callable[..., tuple[int, str, str]],
                                                          data_dir: Path) -> None:
    make_admin(desk)  # entry #1
    desk("users", "add", "rahmat", "--name", "Rahmat Hidayat", "--password-stdin", *ADMIN,
         stdin=ADMIN_PASSWORD + "Loket-12345\n")  # #2 the admin's login, #3 the new account
    assert desk("backup")[0] == 0  # the backup holds the trail up to #3 (its own entry, #4, comes after)
    # Someone deletes the newest entries and moves the head back, the way the review did it.
    sql(data_dir, "DELETE FROM audit_log WHERE id >= 2")
    sql(data_dir, "UPDATE settings SET value = (SELECT json_quote(hash) FROM audit_log WHERE id = 1) "
                  "WHERE key = 'audit.head'")
    code, out, _ = desk("audit", "verify")
    assert code == 5
    assert "Entri audit #2 sampai #3 tidak ada lagi, padahal cadangan desk-" in out


def test_retention_run_dry_run_then_real(desk: Callable[..., tuple[int, str, str]], data_dir: Path) -> None:
    add_old_request(data_dir, "Ahmad Fauzi", NIK, datetime(2015, 6, 1, 2, 0, tzinfo=UTC))
    add_old_request(data_dir, "Siti Baru", make_nik("631104", date(1995, 5, 1), "P", 1), datetime.now(UTC))
    make_admin(desk)

    code, out, _ = desk("retention", "run", "--dry-run")
    assert code == 0 and "dianonimkan: 1" in out and "Uji coba" in out
    assert sql(data_dir, "SELECT count(*) FROM visitors WHERE nik IS NOT NULL") == [(2,)]

    # Without a terminal to ask, an irreversible run needs an explicit --ya.
    code, _, err = desk("retention", "run", *ADMIN, stdin=ADMIN_PASSWORD)
    assert code == 1 and "--ya" in err and "Tidak ada yang diubah" in err
    assert sql(data_dir, "SELECT count(*) FROM visitors WHERE nik IS NOT NULL") == [(2,)]
    code, _, err = desk("retention", "run", "--ya")
    assert code == 1 and "--user NAMA_ADMIN" in err

    code, out, _ = desk("retention", "run", "--ya", *ADMIN, stdin=ADMIN_PASSWORD)
    assert code == 0 and "Selesai: 1 pengunjung dianonimkan, 1 permohonan tetap tercatat" in out
    assert sql(data_dir, "SELECT name, nik, phone FROM visitors ORDER BY id") == [
        ("Anonim", None, None), ("Siti Baru", make_nik("631104", date(1995, 5, 1), "P", 1), "+6281234567890")]
    assert sql(data_dir, "SELECT count(*) FROM service_requests") == [(2,)]
    assert "Tidak ada data" in desk("retention", "run")[1]
    assert desk("audit", "verify")[0] == 0


def test_retention_names_the_backups_that_still_hold_the_old_values(
    desk: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    add_old_request(data_dir, "Ahmad Fauzi", NIK, datetime(2015, 6, 1, 2, 0, tzinfo=UTC))
    make_admin(desk)
    assert desk("backup")[0] == 0
    code, out, _ = desk("retention", "run", "--ya", "--as-system")
    assert code == 0
    assert "1 cadangan yang dibuat Desk sebelum ini masih memuat data lama" in out
    assert "manual" in out and "lebih baru" in out
