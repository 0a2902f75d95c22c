"""Accounts: first admin, login and lock-out, passwords, and role refusals enforced by the store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.passwords import password_problem
from desk.store import accounts, audit_verify, retention, subjects
from desk.store.access import ADMIN, HEAD, OFFICER, AccessDenied, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry, User
from desk.store.requests import change_status, create_request

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Monday 09.00 WITA


def actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def make_admin(db: Database, username: str = "admin", password: str = "Balangan#2026") -> Actor:
    return accounts.create_first_admin(db, username, "Syifa Miratil Hayati", password).value.actor


def make_user(db: Database, admin: Actor, username: str, role: str, password: str = "Loket-12345") -> Actor:
    return accounts.create_user(db.as_user(admin), username, username.title(), role, password).value.actor


def test_a_new_database_has_no_password_and_asks_for_the_first_admin(db: Database) -> None:
    assert accounts.needs_first_admin(db)
    assert all(not a.has_password for a in accounts.accounts(db))
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "admin", "admin")

    admin = make_admin(db)
    assert admin.role == ADMIN
    assert not accounts.needs_first_admin(db)
    with db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored is not None and stored.startswith("$argon2id$") and "Balangan" not in stored
    # Once there is an admin, nobody can make themselves the "first" admin again.
    with pytest.raises(StoreError, match="sudah ada"):
        accounts.create_first_admin(db, "intruder", "Orang Lain", "Coba-coba-123")


def test_weak_first_password_is_refused_with_a_reason(db: Database) -> None:
    with pytest.raises(StoreError, match="minimal 8") as caught:
        accounts.create_first_admin(db, "admin", "Admin", "1234")
    assert caught.value.field == "password"
    with pytest.raises(StoreError, match="sama dengan nama pengguna"):
        accounts.create_first_admin(db, "balangan1", "Admin", "Balangan1")


@pytest.mark.parametrize("weak", [
    "12345678", "87654321", "11111111", "12121212", "abcdefgh", "qwertyuiop", "password", "Password1",
    "bismillah", "admin1234", "1234567890", "aaaaaaaaaa",
])
def test_the_passwords_people_try_first_are_refused_for_every_account(db: Database, weak: str) -> None:
    assert password_problem(weak) is not None
    with pytest.raises(StoreError, match=r"mudah ditebak|hanya angka") as caught:
        accounts.create_first_admin(db, "admin", "Admin", weak)
    assert caught.value.field == "password"
    admin = make_admin(db)
    with pytest.raises(StoreError, match=r"mudah ditebak|hanya angka"):
        make_user(db, admin, "rahmat", OFFICER, password=weak)
    officer = make_user(db, admin, "siti", OFFICER)
    with pytest.raises(StoreError, match=r"mudah ditebak|hanya angka"):
        accounts.reset_password(db.as_user(admin), officer.user_id, weak)
    with pytest.raises(StoreError, match=r"mudah ditebak|hanya angka"):
        accounts.change_own_password(db.as_user(officer), "Loket-12345", weak)


def test_a_password_with_the_user_name_in_it_is_refused(db: Database) -> None:
    admin = make_admin(db)
    with pytest.raises(StoreError, match="memuat nama pengguna"):
        make_user(db, admin, "rahmat", OFFICER, password="Rahmat-2027!")
    assert password_problem("Sandi-Baru-99", "rahmat") is None
    assert password_problem("123456789012") is None  # long enough digits are accepted


def test_login_success_and_failure_are_audited(db: Database) -> None:
    make_admin(db)
    actor = accounts.login(db, "ADMIN ", "Balangan#2026", now=NOW)
    assert (actor.username, actor.role) == ("admin", ADMIN)

    with pytest.raises(accounts.LoginFailed) as caught:
        accounts.login(db, "admin", "salah-sandi", now=NOW)
    assert "Sisa 4 kali" in caught.value.message
    with pytest.raises(accounts.LoginFailed, match="Nama pengguna atau kata sandi salah"):
        accounts.login(db, "tidak.ada", "apa saja", now=NOW)
    assert actions(db)[-3:] == ["login", "login.failed", "login.failed"]
    with db.read() as s:
        failed = s.scalars(select(AuditEntry.username).where(AuditEntry.action == "login.failed")).all()
    assert failed == ["admin", "tidak.ada"]


def test_five_wrong_passwords_lock_the_account_for_five_minutes(db: Database) -> None:
    admin = make_admin(db)
    make_user(db, admin, "rahmat", OFFICER)
    for _ in range(4):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(db, "rahmat", "keliru-terus", now=NOW)
    with pytest.raises(accounts.LoginFailed, match="Akun dikunci") as caught:
        accounts.login(db, "rahmat", "keliru-terus", now=NOW)
    assert caught.value.locked_until == NOW + timedelta(minutes=5)
    assert "setelah pukul 09.05 WITA" in caught.value.message  # the same day: the time alone
    assert actions(db)[-2:] == ["login.failed", "login.lock"]

    # The right password does not help while locked ...
    with pytest.raises(accounts.LoginFailed, match="Akun dikunci"):
        accounts.login(db, "rahmat", "Loket-12345", now=NOW + timedelta(minutes=4, seconds=59))
    # ... and works once the five minutes are over.
    actor = accounts.login(db, "rahmat", "Loket-12345", now=NOW + timedelta(minutes=5, seconds=1))
    assert actor.username == "rahmat"
    assert accounts.find_account(db, "rahmat").failed_attempts == 0  # type: ignore[union-attr]


def test_a_lock_that_ends_on_another_day_says_which_day(db: Database) -> None:
    make_admin(db)
    late = datetime(2026, 3, 2, 15, 58, tzinfo=UTC)  # 23.58 WITA: the lock ends after midnight
    for _ in range(5):
        with pytest.raises(accounts.LoginFailed) as caught:
            accounts.login(db, "admin", "keliru-terus", now=late)
    assert "setelah 03-03-2026 pukul 00.03 WITA" in caught.value.message


def test_a_success_resets_the_count_of_wrong_passwords(db: Database) -> None:
    make_admin(db)
    for _ in range(3):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(db, "admin", "salah-lagi", now=NOW)
    accounts.login(db, "admin", "Balangan#2026", now=NOW)
    for _ in range(4):
        with pytest.raises(accounts.LoginFailed, match="Sisa"):
            accounts.login(db, "admin", "salah-lagi", now=NOW)


def test_change_own_password_and_admin_reset_and_deactivate(db: Database) -> None:
    admin = make_admin(db)
    officer = make_user(db, admin, "siti", OFFICER)
    as_officer = db.as_user(officer)
    with pytest.raises(StoreError, match="lama salah"):
        accounts.change_own_password(as_officer, "bukan-ini", "Sandi-Baru-99")
    assert actions(db)[-1] == "user.password_failed"  # the failure is kept, though the change was refused
    accounts.change_own_password(as_officer, "Loket-12345", "Sandi-Baru-99")
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "siti", "Loket-12345")
    accounts.login(db, "siti", "Sandi-Baru-99")

    as_admin = db.as_user(admin)
    accounts.reset_password(as_admin, officer.user_id, "Dari-Admin-77")
    accounts.login(db, "siti", "Dari-Admin-77")

    accounts.set_active(as_admin, officer.user_id, False)
    with pytest.raises(accounts.LoginFailed, match="dinonaktifkan"):
        accounts.login(db, "siti", "Dari-Admin-77")
    # Deactivated, never deleted: the audit still refers to the account.
    assert accounts.find_account(db, "siti").active is False  # type: ignore[union-attr]
    assert {"user.password", "user.password_reset", "user.deactivate"} <= set(actions(db))


def test_admin_unlocks_a_locked_account(db: Database) -> None:
    admin = make_admin(db)
    make_user(db, admin, "noor", OFFICER)
    for _ in range(5):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(db, "noor", "keliru-terus", now=NOW)
    user_id = accounts.find_account(db, "noor").id  # type: ignore[union-attr]
    accounts.unlock(db.as_user(admin), user_id)
    assert accounts.login(db, "noor", "Loket-12345", now=NOW).username == "noor"


def test_the_last_admin_cannot_be_demoted_or_deactivated(db: Database) -> None:
    admin = make_admin(db)
    other = make_user(db, admin, "kepala", HEAD)
    as_admin = db.as_user(admin)
    with pytest.raises(StoreError, match="sendiri"):
        accounts.set_active(as_admin, admin.user_id, False)
    with pytest.raises(StoreError, match="admin aktif terakhir"):
        accounts.update_user(as_admin, admin.user_id, role=OFFICER)
    accounts.update_user(as_admin, other.user_id, role=ADMIN, full_name="Kepala Dinas Baru")
    changed = accounts.update_user(as_admin, admin.user_id, role=OFFICER).value
    assert changed.role == OFFICER
    with db.read() as s:
        details = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "user.update")).first()
    assert details["changes"]["role"] == [HEAD, ADMIN]  # type: ignore[index]


# --- role refusals at store level ---------------------------------------------------------------


def _draft(db: Database) -> RequestDraft:
    with db.read() as s:
        service = next(svc for svc in list_services(s) if svc.code == "P1")
    return RequestDraft(service_id=service.id, name="Siti Aminah", nik=make_nik("631104", date(1995, 5, 1), "P", 1),
                        phone="081234567890", kecamatan_code="63.11.04")


def test_a_petugas_is_refused_admin_functions(db: Database) -> None:
    admin = make_admin(db)
    officer = make_user(db, admin, "rahmat", OFFICER)
    as_officer = db.as_user(officer)
    refused = [
        lambda: accounts.create_user(as_officer, "baru", "Baru", OFFICER, "Sandi-Baru-99"),
        lambda: accounts.reset_password(as_officer, admin.user_id, "Sandi-Baru-99"),
        lambda: accounts.set_active(as_officer, admin.user_id, False),
        lambda: accounts.set_idle_lock_minutes(as_officer, 3),
        lambda: retention.plan_retention(as_officer),
        lambda: subjects.find_subjects(as_officer, "Siti"),
        lambda: audit_verify.verify(as_officer),
    ]
    for call in refused:
        with pytest.raises(AccessDenied, match="Petugas loket tidak berwenang"):
            call()
    # What a petugas may do still works.
    with db.write(officer) as s:
        request = create_request(s, _draft(db), None, now=NOW)
    assert request.received_by == "Rahmat"


def test_pimpinan_reads_but_cannot_register_or_change_status(db: Database) -> None:
    admin = make_admin(db)
    head = make_user(db, admin, "kadis", HEAD)
    with db.write(admin) as s:
        request = create_request(s, _draft(db), None, now=NOW)
    with db.write(head) as s, pytest.raises(AccessDenied):
        create_request(s, _draft(db), None, now=NOW)
    with db.write(head) as s, pytest.raises(AccessDenied):
        change_status(s, request.id, "diproses", "", None)
    assert audit_verify.verify(db.as_user(head)).ok  # pimpinan may audit
