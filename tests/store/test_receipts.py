"""Receipt data, copy numbers and the genuine/forged check, on the real store."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.nik import make_nik
from desk.domain.receipt_check import make_qr_payload, verify_qr_payload
from desk.store import prints, receipts
from desk.store.database import Database
from desk.store.models import AuditEntry, PrintRecord, Setting
from desk.store.work import Change
from tests.conftest import saved_walk_in

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09.00 WITA on Monday 2 March 2026
NIK = make_nik("631104", date(1990, 1, 2), "L", 7)


RECEIPT = DocumentKind.RECEIPT


def new_request(db: Database) -> tuple[int, str]:
    record = saved_walk_in(db, "Ahmad Fauzi", nik=NIK, phone="081234567890", now=NOW)
    return record.id, record.ref_number


def test_the_installation_secret_is_made_once_and_kept_private(tmp_path: Path) -> None:
    first = receipts.installation_secret(tmp_path)
    assert len(first) == 32
    assert receipts.installation_secret(tmp_path) == first
    key = tmp_path / receipts.KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert receipts.installation_secret(tmp_path / "other") != first


def test_sqlite_keeps_the_secret_in_the_data_folder(db: Database, data_dir: Path) -> None:
    secret = receipts.receipt_secret(db)
    assert (data_dir / receipts.KEY_FILE).read_bytes() == secret
    with db.read() as s:
        assert s.get(Setting, receipts.SECRET_SETTING) is None


def test_a_server_database_shares_one_secret_in_the_settings(pg_db: Database) -> None:
    secret = receipts.receipt_secret(pg_db)
    assert len(secret) == 32
    assert receipts.receipt_secret(pg_db) == secret  # a second counter reads the same key
    with pg_db.read() as s:
        assert bytes.fromhex(s.get(Setting, receipts.SECRET_SETTING).value) == secret


def test_receipt_data_carries_a_qr_code_that_verifies_with_the_office_date(db: Database) -> None:
    request_id, ref = new_request(db)
    secret = receipts.receipt_secret(db)
    data = receipts.receipt_for(db, request_id)
    assert data.request.ref_number == ref
    assert data.standard.id == data.request.standard_version_id
    assert data.office.timezone
    verdict = verify_qr_payload(data.qr_payload, secret)
    assert verdict.genuine and verdict.ref_number == ref and verdict.received == date(2026, 3, 2)
    assert not verify_qr_payload(data.qr_payload, b"another office's key").genuine


def test_each_print_is_recorded_and_later_ones_are_copies(db: Database) -> None:
    request_id, _ = new_request(db)
    assert receipts.receipt_for(db, request_id).copy_no == 1
    first = prints.record_print(db, RECEIPT, request_id, PrintAction.PRINT, "A4", "Kasir-1")
    second = prints.record_print(db, RECEIPT, request_id, PrintAction.SAVE, "58mm", "/tmp/x.pdf")
    assert receipts.receipt_for(db, request_id).copy_no == 2  # the saved file used up no paper copy
    assert (first.value, second.value) == (1, 2)
    assert Change.PRINTS in first.changes
    with db.read() as s:
        rows = [(r.action, r.paper, r.copy_no, r.target) for r in s.scalars(
            select(PrintRecord).where(PrintRecord.record_id == request_id).order_by(PrintRecord.id))]
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("document.%"))
                            .order_by(AuditEntry.id)).all()
    data = receipts.receipt_for(db, request_id)
    assert rows == [
        ("print", "A4", 1, "Kasir-1"), ("save", "58mm", 2, "/tmp/x.pdf")]
    assert actions[-2:] == ["document.print", "document.reprint"]
    assert data.copy_no == 2


def test_check_tells_genuine_forged_unverified_and_unknown(db: Database) -> None:
    request_id, ref = new_request(db)
    secret = receipts.receipt_secret(db)
    check = receipts.check_typed_receipt
    payload = receipts.receipt_for(db, request_id).qr_payload
    genuine, found = check(db, payload)
    assert genuine.genuine and found == request_id
    other_ref = ref.replace("0001", "0002", 1)
    forged, _ = check(db, payload.replace(ref, other_ref))
    assert not forged.genuine and "dipalsukan" in forged.message
    bare, found = check(db, ref)
    assert not bare.genuine and found == request_id and "tidak dapat diverifikasi" in bare.message
    unknown, found = check(db, "0999/PNP/DKUKMTK/III/2026")
    assert not unknown.genuine and found is None and "tidak ada di register" in unknown.message
    # Signed with our key but for another day than the register shows: not accepted.
    wrong_day = make_qr_payload(ref, date(2026, 3, 3), secret)
    moved, found = check(db, wrong_day)
    assert not moved.genuine and found == request_id
