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
from desk.store import accounts
from desk.store.catalog import list_services
from desk.store.database import open_database
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


def test_first_admin_and_user_management_from_the_command_line(desk: Callable[..., tuple[int, str, str]],
                                                               data_dir: Path) -> None:
    code, out, _ = desk("users", "list")
    assert code == 0 and "Belum ada akun" in out
    code, _, err = desk("users", "create-admin", "admin", "--name", "Syifa", "--password-stdin", stdin="pendek\n")
    assert code == 1 and "minimal 8" in err
    code, out, _ = desk("users", "create-admin", "admin", "--name", "Syifa Miratil Hayati", "--password-stdin",
                        stdin="Balangan#2026\n")
    assert code == 0 and "Admin pertama dibuat: admin" in out
    code, _, err = desk("users", "create-admin", "lagi", "--name", "Lagi", "--password-stdin", stdin="Balangan#2026\n")
    assert code == 1 and "sudah ada" in err

    assert desk("users", "add", "rahmat", "--name", "Rahmat Hidayat", "--password-stdin",
                stdin="Loket-12345\n")[0] == 0
    code, out, _ = desk("users", "list")
    assert "rahmat" in out and "Petugas loket" in out and "Admin" in out
    assert desk("users", "deactivate", "rahmat")[0] == 0
    assert "nonaktif" in desk("users", "list")[1]
    code, _, err = desk("users", "deactivate", "tidak.ada")
    assert code == 1 and "tidak ada" in err
    assert desk("users", "activate", "rahmat")[0] == 0
    assert desk("users", "reset-password", "rahmat", "--password-stdin", stdin="Sandi-Baru-99\n")[0] == 0

    db = open_database(default_database_url(data_dir), data_dir)
    try:
        assert accounts.login(db, "rahmat", "Sandi-Baru-99").role == "petugas"
    finally:
        db.dispose()
    code, out, _ = desk("audit", "list", "--action", "user.")
    assert code == 0 and "user.create" in out and "user.deactivate" in out and "user.password_reset" in out


@pytest.mark.parametrize("tamper, expected", [
    ("UPDATE audit_log SET username = 'pemalsu' WHERE id = 3", "#3"),
    ("DELETE FROM audit_log WHERE id = 3", "#4"),
    ("UPDATE audit_log SET id = -1 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = 4; "
     "UPDATE audit_log SET id = 4 WHERE id = -1", "#3"),
])
def test_audit_verify_exits_non_zero_naming_the_first_broken_entry(
    desk: Callable[..., tuple[int, str, str]], data_dir: Path, tamper: str, expected: str
) -> None:
    desk("users", "create-admin", "admin", "--name", "Admin", "--password-stdin", stdin="Balangan#2026\n")
    for n in range(4):
        desk("users", "add", f"petugas{n}", "--name", f"Petugas {n}", "--password-stdin", stdin="Loket-12345\n")
    code, out, _ = desk("audit", "verify")
    assert code == 0 and "utuh: 5 entri" in out

    for statement in tamper.split("; "):
        sql(data_dir, statement)
    code, out, err = desk("audit", "verify")
    assert code == 5
    assert f"entri {expected}" in err and "RUSAK" in out


def test_retention_run_dry_run_then_real(desk: Callable[..., tuple[int, str, str]], data_dir: Path) -> None:
    add_old_request(data_dir, "Ahmad Fauzi", NIK, datetime(2015, 6, 1, 2, 0, tzinfo=UTC))
    add_old_request(data_dir, "Siti Baru", make_nik("631104", date(1995, 5, 1), "P", 1), datetime.now(UTC))

    code, out, _ = desk("retention", "run", "--dry-run")
    assert code == 0 and "dianonimkan: 1" in out and "Uji coba" in out
    assert sql(data_dir, "SELECT count(*) FROM visitors WHERE nik IS NOT NULL") == [(2,)]

    code, out, _ = desk("retention", "run")
    assert code == 0 and "Selesai: 1 pengunjung dianonimkan, 1 permohonan tetap tercatat" in out
    assert sql(data_dir, "SELECT name, nik, phone FROM visitors ORDER BY id") == [
        ("Anonim", None, None), ("Siti Baru", make_nik("631104", date(1995, 5, 1), "P", 1), "+6281234567890")]
    assert sql(data_dir, "SELECT count(*) FROM service_requests") == [(2,)]
    assert "Tidak ada data" in desk("retention", "run")[1]
    assert desk("audit", "verify")[0] == 0
