"""The audit trail: an entry for each action, NIK/phone masked, and a chain that shows tampering.

The chain is keyed with the installation's audit key (a file beside the data, never in the
database): someone who can edit the database but not read the key cannot make a rewritten or
shortened chain check. Copies of the head kept outside (backups, printed recaps) show what
even a key holder deleted or rewrote.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from desk.domain.audit_trail import AuditHead, AuditWitness, ChainProblem
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store import accounts, audit, audit_verify
from desk.store.audit_verify import AuditFilter, ChainReport
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.models import AuditEntry, Setting
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


def check(db: Database, witnesses: list[AuditWitness] | None = None) -> ChainReport:
    return audit_verify.verify(db, witnesses or [])


EDITED, DELETED, REORDERED, TAIL_DELETED = (ChainProblem.EDITED, ChainProblem.DELETED, ChainProblem.REORDERED,
                                            ChainProblem.TAIL_DELETED)


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
    accounts.create_first_admin(db, "admin", "Admin Desk", "Balangan#2026")
    accounts.login(db, "admin", "Balangan#2026")
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "admin", "salah-sandi")
    new_request(db)
    list_entries = audit_verify.entries
    assert [e.action for e in list_entries(db, AuditFilter(action="login."))] == ["login.failed"]
    assert [e.action for e in list_entries(db, AuditFilter(action="login"))] == ["login"]
    assert {e.username for e in list_entries(db, AuditFilter(username="admin"))} == {"admin"}
    assert [e.action for e in list_entries(db, AuditFilter(text="6311********0007"))] == ["request.create"]
    newest = list_entries(db, AuditFilter(), limit=2)
    older = list_entries(db, AuditFilter(), before_id=newest[-1].id)
    assert [e.id for e in newest + older] == sorted((e.id for e in newest + older), reverse=True)
    assert list_entries(db, AuditFilter(date_from=date(2000, 1, 1), date_to=date(2000, 12, 31))) == []



# --- the key and the witnesses --------------------------------------------------------------------


def head_value(db: Database) -> object:
    with db.read() as s:
        return s.execute(text("SELECT value FROM settings WHERE key = 'audit.head'")).scalar()


def set_head(db: Database, value: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(Setting.__table__).where(Setting.key == audit.HEAD_KEY).values(value=value))


def test_deleting_the_newest_entries_and_moving_the_head_is_found(db: Database) -> None:
    # The review's repro: delete the newest entry, then point the head at its predecessor's hash.
    ids = chain_of(db, 5)
    with db.read() as s:
        prev = s.scalar(select(AuditEntry.prev_hash).where(AuditEntry.id == ids[-1]))
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": ids[-1]})
    set_head(db, prev)
    report = check(db)
    assert not report.ok and report.problem is ChainProblem.UNSIGNED
    # Forging a head in the new shape does not help without the key.
    set_head(db, {"id": ids[-2], "hash": prev, "mac": "0" * 64})
    assert check(db).problem is ChainProblem.UNSIGNED


def test_a_rewritten_chain_without_the_key_is_found(db: Database) -> None:
    # The review's second repro: edit a row and recompute every following hash (plain SHA-256, no key).
    ids = chain_of(db, 5)
    with db.read() as s:
        rows = [(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.details, e.prev_hash)
                for e in s.scalars(select(AuditEntry).where(AuditEntry.id.in_(ids)).order_by(AuditEntry.id))]
    previous = rows[1][7]
    with db.engine.begin() as conn:
        for n, (row_id, at, username, action, entity, entity_id, old, _prev) in enumerate(rows[1:], start=1):
            details = {"n": 99} if n == 1 else old
            forged = audit.entry_hash(previous, at, username, action, entity, entity_id, details)
            conn.execute(update(AuditEntry.__table__).where(AuditEntry.id == row_id)
                         .values(details=details, prev_hash=previous, hash=forged))
            previous = forged
    set_head(db, previous)
    report = check(db)
    assert (report.ok, report.broken_id, report.problem) == (False, ids[1], EDITED)


def test_the_key_is_a_file_beside_the_data_never_in_the_database(db: Database) -> None:
    chain_of(db, 1)
    key_file = db.keys.path(audit.KEY_FILE)
    assert key_file is not None and key_file.is_file() and len(key_file.read_bytes()) == 32
    with db.read() as s:
        stored = json.dumps([list(r) for r in s.execute(text("SELECT key, value FROM settings")).all()], default=str)
    assert key_file.read_bytes().hex() not in stored


def test_a_witness_shows_entries_deleted_by_someone_holding_the_key(db: Database) -> None:
    ids = chain_of(db, 5)
    with db.read() as s:
        witnessed = audit.head_in(s)
    assert witnessed == AuditHead(ids[-1], witnessed.hash)  # type: ignore[union-attr]
    with db.read() as s:
        kept = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == ids[2]))
        kept_head = {"id": ids[2], "hash": kept, "mac": audit.head_mac(audit.local_key(s) or b"", ids[2], kept)}
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id > :i"), {"i": ids[2]})
    set_head(db, kept_head)  # a key holder re-signs the shortened head
    assert check(db).ok  # the chain alone cannot tell: said in the README
    report = check(db, [AuditWitness(witnessed, "cadangan desk-20270111-010000Z-manual.sqlite3")])  # type: ignore[arg-type]
    assert not report.ok and report.problem is ChainProblem.WITNESS_MISSING
    assert f"#{ids[3]} sampai #{ids[4]} tidak ada lagi" in report.message
    assert "cadangan desk-20270111-010000Z-manual.sqlite3" in report.message


def test_a_witness_shows_an_entry_rewritten_by_someone_holding_the_key(db: Database) -> None:
    ids = chain_of(db, 3)
    with db.read() as s:
        witnessed = audit.head_in(s)
        key = audit.local_key(s)
        row = s.get(AuditEntry, ids[-1])
        assert row is not None and key is not None and witnessed is not None
        forged = audit.entry_hash(row.prev_hash, row.at, row.username, row.action, row.entity, row.entity_id,
                                  {"n": 42}, key)
        row_id = row.id
    with db.engine.begin() as conn:
        conn.execute(update(AuditEntry.__table__).where(AuditEntry.id == row_id).values(details={"n": 42}, hash=forged))
    set_head(db, {"id": row_id, "hash": forged, "mac": audit.head_mac(key, row_id, forged)})
    assert check(db).ok
    report = check(db, [AuditWitness(witnessed, "rekap tercetak: Rekap kehadiran forum")])
    assert report.problem is ChainProblem.WITNESS_DIFFERS and f"#{row_id}" in report.message


def test_entries_from_before_the_key_stay_valid_and_are_protected_by_the_keyed_ones(db: Database) -> None:
    # An older Desk wrote plain SHA-256 entries and a bare head; this Desk continues the same chain.
    previous = ""
    with db.write() as s:
        for n in range(3):
            at = datetime(2026, 1, 5, 2, n, tzinfo=UTC)
            entry = AuditEntry(at=at, username="sistem", action="test.old", entity="thing", entity_id=str(n),
                               details={"nama": f"lama {n}"}, prev_hash=previous)
            entry.hash = audit.entry_hash(previous, at, "sistem", "test.old", "thing", str(n), {"nama": f"lama {n}"})
            s.add(entry)
            s.flush()
            previous = entry.hash
        s.add(Setting(key=audit.HEAD_KEY, value=previous))
    assert check(db).ok
    chain_of(db, 2)  # keyed from here on
    report = check(db)
    assert report.ok and report.checked == 5
    # An unsigned entry slipped in after the signed ones is refused.
    with db.write() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        at = datetime.now(UTC)
        forged = AuditEntry(at=at, username="x", action="test.step", entity="thing", entity_id="9", details={},
                            prev_hash=last.hash)
        forged.hash = audit.entry_hash(last.hash, at, "x", "test.step", "thing", "9", {})
        s.add(forged)
    assert check(db).problem is ChainProblem.UNSIGNED


def test_a_lost_key_is_replaced_in_the_open_and_the_old_entries_are_named(data_dir: Path) -> None:
    from desk.paths import default_database_url
    from desk.safety.opening import open_database

    db = open_database(default_database_url(data_dir), data_dir)
    try:
        ids = chain_of(db, 3)
    finally:
        db.dispose()
    (data_dir / audit.KEY_FILE).unlink()  # the PC was replaced, or someone removed the key
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        chain_of(db, 1)
        with db.read() as s:
            actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions[-2:] == [audit.KEY_NEW, "test.step"]
        report = check(db)
        assert not report.ok and report.problem is ChainProblem.UNKNOWN_KEY
        assert f"#{ids[0]} sampai #{ids[-1]}" in report.message and "tidak ada di komputer ini" in report.message
    finally:
        db.dispose()


def test_an_empty_trail_says_so(db: Database) -> None:
    report = check(db)
    assert report.ok and report.checked == 0 and "None" not in report.message and "kosong" in report.message


def test_a_counter_without_the_shared_key_is_refused_on_postgresql(pg_db: Database, tmp_path: Path) -> None:
    from desk.safety.opening import open_database
    from desk.store.errors import DatabaseProblem, Problem

    chain_of(pg_db, 1)  # the first counter made the key
    other = tmp_path / "loket-2"
    other.mkdir()
    with pytest.raises(DatabaseProblem) as refused:
        open_database(pg_db.url, other)
    assert refused.value.kind is Problem.AUDIT_KEY and "audit.key" in refused.value.message
    # With the key copied over, the second counter writes to the same chain.
    (other / audit.KEY_FILE).write_bytes(pg_db.keys.path(audit.KEY_FILE).read_bytes())  # type: ignore[union-attr]
    second = open_database(pg_db.url, other)
    try:
        chain_of(second, 1)
        assert check(second).ok
    finally:
        second.dispose()


def test_first_saves_on_a_fresh_postgresql_database_do_not_race_on_the_head(pg_db: Database) -> None:
    import threading

    with pg_db.write() as s:  # a fresh database: no head row yet
        s.execute(text("DELETE FROM settings WHERE key LIKE 'audit.%'"))
    chain_of(pg_db, 0)
    pg_db.keys.make(audit.KEY_FILE, audit.KEY_WHAT)  # the counters share the key (copied by the admin)
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def first_save(n: int) -> None:
        try:
            start.wait()
            with pg_db.write() as s:
                audit.record(s, "test.step", "thing", n, {"n": n})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_save, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = check(pg_db)
    assert report.ok and report.checked == 8
