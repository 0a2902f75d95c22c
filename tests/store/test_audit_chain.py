"""The audit trail: an entry for each action, NIK/phone masked, and a chain that shows tampering."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text, update

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store import accounts, audit
from desk.store.audit_verify import (
    DELETED,
    EDITED,
    REORDERED,
    TAIL_DELETED,
    AuditFilter,
    ChainReport,
    list_entries,
    verify_chain,
)
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.models import AuditEntry
from desk.store.requests import change_status, create_request

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
NIK = make_nik("631104", date(1990, 1, 2), "L", 7)


def new_request(db: Database, name: str = "Ahmad Fauzi", nik: str = NIK, phone: str = "081234567890") -> int:
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with db.write() as s:
        return create_request(s, RequestDraft(service_id=service, name=name, nik=nik, phone=phone), None, NOW).id


def chain_of(db: Database, count: int) -> list[int]:
    """`count` audit entries with varied content; returns their ids."""
    with db.write() as s:
        ids = [audit.record(s, "test.step", "thing", n, {"n": n, "teks": f"langkah {n}"}).id for n in range(count)]
    return ids


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


def check(db: Database) -> ChainReport:
    with db.read() as s:
        return verify_chain(s)


def test_request_create_and_status_change_are_audited_with_nik_and_phone_masked(db: Database) -> None:
    request_id = new_request(db)
    with db.write() as s:
        change_status(s, request_id, "ditolak", "Persyaratan tidak lengkap", None)
    with db.read() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.details).order_by(AuditEntry.id)).all()
    assert [(a, e) for a, e, _ in rows] == [("request.create", str(request_id)), ("request.status", str(request_id))]
    created, status = rows[0][2], rows[1][2]
    assert created["nik"] == "6311********0007" and created["phone"] == "0812-****-7890"
    assert NIK not in json.dumps(created) and "81234567890" not in json.dumps(created)
    assert status["changes"] == {"status": ["diterima", "ditolak"]}
    assert status["reason"] == "Persyaratan tidak lengkap"


def test_an_untouched_chain_verifies(db: Database) -> None:
    chain_of(db, 5)
    report = check(db)
    assert report.ok and report.checked == 5 and "utuh" in report.message


def test_an_edited_entry_is_found(db: Database) -> None:
    ids = chain_of(db, 5)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'orang.lain' WHERE id = :i"), {"i": ids[2]})
    report = check(db)
    assert not report.ok
    assert (report.broken_id, report.problem, report.checked) == (ids[2], EDITED, 2)
    assert f"#{ids[2]}" in report.message and "diubah" in report.message


def test_an_edited_entry_with_a_recomputed_hash_is_still_found(db: Database) -> None:
    ids = chain_of(db, 5)
    with db.read() as s:
        e = s.get(AuditEntry, ids[1])
        assert e is not None
        forged = audit.entry_hash(e.prev_hash, e.at, e.username, e.action, e.entity, e.entity_id, {"n": 99})
    with db.engine.begin() as conn:
        conn.execute(update(AuditEntry.__table__).where(AuditEntry.id == ids[1]).values(details={"n": 99}, hash=forged))
    report = check(db)
    assert (report.ok, report.broken_id, report.problem) == (False, ids[1], EDITED)


def test_a_deleted_entry_is_found(db: Database) -> None:
    ids = chain_of(db, 5)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": ids[2]})
    report = check(db)
    assert (report.ok, report.broken_id, report.problem) == (False, ids[3], DELETED)
    assert "dihapus" in report.message


def test_reordered_entries_are_found(db: Database) -> None:
    ids = chain_of(db, 5)
    with db.engine.begin() as conn:  # swap entries 2 and 3
        conn.execute(text("UPDATE audit_log SET id = -1 WHERE id = :i"), {"i": ids[2]})
        conn.execute(text("UPDATE audit_log SET id = :a WHERE id = :b"), {"a": ids[2], "b": ids[3]})
        conn.execute(text("UPDATE audit_log SET id = :a WHERE id = -1"), {"a": ids[3]})
    report = check(db)
    assert (report.ok, report.broken_id, report.problem) == (False, ids[2], REORDERED)
    assert "Urutan" in report.message


def test_deleting_the_newest_entries_is_found(db: Database) -> None:
    ids = chain_of(db, 5)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id >= :i"), {"i": ids[3]})
    report = check(db)
    assert (report.ok, report.broken_id, report.problem) == (False, ids[2], TAIL_DELETED)


def test_the_chain_continues_across_transactions_and_writers(db: Database) -> None:
    chain_of(db, 2)
    new_request(db)
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "siapa", "apa saja")
    chain_of(db, 2)
    assert check(db).ok


def test_the_audit_screen_filters_by_action_user_text_and_date(db: Database) -> None:
    with db.write() as s:
        accounts.create_first_admin(s, "admin", "Admin Desk", "Balangan#2026")
    accounts.login(db, "admin", "Balangan#2026")
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "admin", "salah-sandi")
    new_request(db)
    with db.read() as s:
        assert [e.action for e in list_entries(s, AuditFilter(action="login."))] == ["login.failed"]
        assert [e.action for e in list_entries(s, AuditFilter(action="login"))] == ["login"]
        assert {e.username for e in list_entries(s, AuditFilter(username="admin"))} == {"admin"}
        assert [e.action for e in list_entries(s, AuditFilter(text="6311********0007"))] == ["request.create"]
        newest = list_entries(s, AuditFilter(), limit=2)
        older = list_entries(s, AuditFilter(), before_id=newest[-1].id)
        assert [e.id for e in newest + older] == sorted((e.id for e in newest + older), reverse=True)
        assert list_entries(s, AuditFilter(date_from=date(2000, 1, 1), date_to=date(2000, 12, 31))) == []
