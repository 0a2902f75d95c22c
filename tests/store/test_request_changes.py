"""A saved request corrected, completed, closed and reopened, each on the timeline and in the audit trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk.domain.audit_trail import DETAIL_LABELS, action_text, detail_lines
from desk.domain.nik import make_nik
from desk.domain.status import CANCELLED, DONE, IN_PROCESS, REJECTED
from desk.store import receipts, walk_in
from desk.store.access import ADMIN, AccessDenied
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry
from desk.store.request_changes import (
    MSG_SERVICE_LOCKED,
    Collection,
    MissingDocuments,
    RequestCorrection,
    correct_request,
    record_documents,
    reopen_request,
    set_due_counting,
    set_status,
)
from desk.store.requests import InvalidRequest, RegisterFilter, register_count, register_slice, request_detail
from desk.store.work import Change
from tests.conftest import saved_walk_in, service_id_of
from tests.factories import user_with_role


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


@pytest.fixture
def officer(db: Database) -> Database:
    return db.as_user(user_with_role(db, name="Rahmat Hidayat"))


@pytest.fixture
def admin(db: Database) -> Database:
    return db.as_user(user_with_role(db, ADMIN, "Admin Kantor"))


MON_3_NOV = datetime(2025, 11, 3, 1, 0, tzinfo=UTC)  # 09.00 WITA
WED_5_NOV = datetime(2025, 11, 5, 2, 0, tzinfo=UTC)
SITI = make_nik("631104", date(1995, 5, 1), "P", 1)
OTHER = make_nik("631104", date(1995, 5, 1), "P", 2)


def audit(db: Database, action: str) -> list[dict[str, Any]]:
    with db.read() as s:
        return [dict(e.details) for e in s.scalars(  # type: ignore[arg-type]
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))]


def test_visitor_details_notes_and_channel_are_corrected_on_the_timeline_and_in_the_audit(
    db: Database, officer: Database
) -> None:
    rec = saved_walk_in(officer, "Siti Aminah", nik=SITI, phone="0812-3456-7890", notes="datang pagi")
    fixed = replace(RequestCorrection.of(rec), name="Siti Aminah Rahman", nik=OTHER, phone="0813 1111 2222",
                    channel="whatsapp", notes="berkas menyusul besok")
    done = correct_request(officer, rec.id, fixed)
    after = done.value
    assert Change.REQUESTS in done.changes
    assert (after.visitor_name, after.visitor_nik, after.visitor_phone) == ("Siti Aminah Rahman", OTHER, "+6281311112222")
    assert (after.channel, after.notes, after.ref_number) == ("whatsapp", "berkas menyusul besok", rec.ref_number)
    event = after.events[-1]
    assert event.kind == "correction" and event.user_name == "Rahmat Hidayat"
    assert event.reason == "Dikoreksi: nama; NIK; nomor HP; cara masuk: Datang langsung → WhatsApp; catatan."
    (entry,) = audit(db, "request.correct")
    assert entry["ref"] == rec.ref_number
    assert entry["changes"]["name"] == ["Siti Aminah", "Siti Aminah Rahman"]
    assert entry["changes"]["nik"] == ["6311********0001", "6311********0002"]  # masked, old and new
    assert entry["changes"]["phone"] == ["0812-****-7890", "0813-****-2222"]
    assert entry["changes"]["notes"] == ["datang pagi", "berkas menyusul besok"]
    assert SITI not in str(entry) and OTHER not in str(entry)
    assert list(register_slice(db, RegisterFilter(text="rahman"), date.today()).ids) == [rec.id]

    same = correct_request(officer, rec.id, RequestCorrection.of(after))  # nothing changed: nothing recorded
    assert not same.changes and len(same.value.events) == len(after.events)


def test_a_correction_is_checked_like_a_new_request(db: Database, officer: Database) -> None:
    rec = saved_walk_in(officer, "Siti Aminah", nik=SITI)
    saved_walk_in(officer, "Nur Aisyah", nik=OTHER)
    with pytest.raises(InvalidRequest) as info:
        correct_request(officer, rec.id, replace(RequestCorrection.of(rec), name=" ", nik="6311", organisation="K" * 301))
    assert set(info.value.errors) == {"name", "nik", "organisation"}
    assert info.value.errors["organisation"] == "Nama organisasi terlalu panjang (maksimal 300 huruf)."
    with pytest.raises(InvalidRequest) as info:
        correct_request(officer, rec.id, replace(RequestCorrection.of(rec), nik=OTHER))
    assert "pemohon lain" in info.value.errors["nik"]
    assert request_detail(db, rec.id).record.visitor_nik == SITI  # nothing of a refused correction is kept


def test_the_service_changes_only_while_received_and_within_the_unit(db: Database, officer: Database) -> None:
    rec = saved_walk_in(officer, nik=SITI, service="P3", documents_received=(True, True))
    p6 = service_id_of(db, "P6")
    moved = correct_request(officer, rec.id, replace(RequestCorrection.of(rec), service_id=p6)).value
    assert moved.service_code == "P6" and moved.ref_number == rec.ref_number
    p6_standard = walk_in.standard_for_intake(db, p6, date.today())
    assert [c.text for c in moved.checklist] == list(p6_standard.requirements)
    assert moved.standard_version_id == p6_standard.id
    assert not any(c.received for c in moved.checklist)  # P6 asks for other papers
    assert moved.events[-1].reason == "Dikoreksi: layanan: P3 → P6."
    assert audit(db, "request.correct")[-1]["changes"]["service"] == ["P3", "P6"]

    with pytest.raises(InvalidRequest) as info:  # another unit: another number series
        correct_request(officer, rec.id, replace(RequestCorrection.of(moved), service_id=service_id_of(db, "U1")))
    assert info.value.errors["service"] == MSG_SERVICE_LOCKED and "batalkan" in MSG_SERVICE_LOCKED
    set_status(officer, rec.id, IN_PROCESS)
    with pytest.raises(InvalidRequest) as info:
        correct_request(officer, rec.id, replace(RequestCorrection.of(moved), service_id=service_id_of(db, "P3")))
    assert info.value.errors["service"] == MSG_SERVICE_LOCKED


def test_documents_brought_later_complete_the_file_and_the_due_date_counts_from_that_day(
    db: Database, officer: Database
) -> None:
    # U3 takes 12 working days, counted from a complete file; KTP-el (the second) is missing on Monday.
    rec = saved_walk_in(officer, service="U3", nik=SITI, now=MON_3_NOV,
                        documents_received=(True, False, True, True, True, False))
    assert rec.completed_on is None and rec.awaiting_documents
    assert rec.due_date == date(2025, 11, 19)  # an estimate from the day received
    long_after = date(2026, 1, 5)
    assert register_count(db, RegisterFilter(), long_after).overdue == 0  # waiting for the visitor, not late

    done = record_documents(officer, rec.id, (True, True, True, True, True, False), now=WED_5_NOV)
    after = done.value
    assert after.completed_on == date(2025, 11, 5) and not after.awaiting_documents
    assert after.due_from == date(2025, 11, 5) and after.due_date == date(2025, 11, 21)
    documents, due = after.events[-2:]
    assert documents.kind == "documents"
    assert documents.reason == "Berkas diterima: KTP-el. Berkas wajib lengkap pada Rabu, 5 November 2025."
    assert due.kind == "due_date" and "Rabu, 19 November 2025 menjadi Jumat, 21 November 2025" in due.reason
    (entry,) = audit(db, "request.documents")
    assert entry["received"] == ["KTP-el"] and entry["completed_on"] == [None, "2025-11-05"]
    assert register_count(db, RegisterFilter(), long_after).overdue == 1

    # The reprinted receipt shows the file and the due date as they are now.
    reprint = receipts.receipt_for(db, rec.id)
    assert all(item.received for item in reprint.request.checklist if not item.optional)
    from desk.documents.receipt import render_receipt

    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(render_receipt(reprint, "A4"))).pages)
    assert "21 November 2025" in " ".join(text.split())

    again = record_documents(officer, rec.id, (True, False, True, True, True, False), now=WED_5_NOV).value
    assert again.completed_on is None and again.awaiting_documents
    assert again.events[-2].reason == "Ditandai belum diterima: KTP-el. Berkas wajib tidak lengkap lagi."
    assert again.events[-1].kind == "due_date" and again.due_date == date(2025, 11, 19)  # the estimate again
    with pytest.raises(StoreError):
        record_documents(officer, rec.id, (True,))  # the checklist has six lines


def test_the_services_rule_can_count_from_the_day_received(db: Database, officer: Database, admin: Database) -> None:
    rec = saved_walk_in(officer, service="U3", nik=SITI, now=MON_3_NOV, documents_received=(True,))
    u3 = service_id_of(db, "U3")
    with pytest.raises(AccessDenied):
        set_due_counting(officer, u3, False)
    done = set_due_counting(admin, u3, False)
    assert done.value == 0 and {Change.CATALOGUE, Change.REQUESTS} <= done.changes.kinds  # the date stays, the wait ends
    after = request_detail(db, rec.id).record
    assert not after.awaiting_documents and not after.time_from_complete
    assert register_count(db, RegisterFilter(), date(2026, 1, 5)).overdue == 1
    assert audit(db, "service.due_counting")[-1]["changes"] == {"time_from_complete": [True, False]}
    assert set_due_counting(admin, u3, True).value == 0
    assert request_detail(db, rec.id).record.awaiting_documents


def test_selesai_records_who_collected_and_needs_a_complete_file_or_an_admins_reason(
    db: Database, officer: Database, admin: Database
) -> None:
    rec = saved_walk_in(officer, service="P3", nik=SITI, documents_received=(True, True))
    with pytest.raises(StoreError) as info:
        set_status(officer, rec.id, DONE)
    assert info.value.field == "collected_by"
    with pytest.raises(StoreError) as info:
        set_status(officer, rec.id, DONE, collection=Collection("kuasa"))
    assert "nama kuasa" in info.value.message
    collected = Collection("kuasa", "  Ahmad   Fauzi ", "AK1-6311-0001")
    with pytest.raises(MissingDocuments) as missing:
        set_status(officer, rec.id, DONE, collection=collected)
    assert "Akta kelahiran" in missing.value.missing[0] and "SKCK" not in " ".join(missing.value.missing)
    with pytest.raises(AccessDenied):
        set_status(officer, rec.id, DONE, collection=collected, override="pemohon sudah menunjukkan aslinya")
    assert request_detail(db, rec.id).record.status == "diterima"

    done = set_status(admin, rec.id, DONE, collection=collected, override="berkas asli sudah diperiksa").value
    assert done.status == DONE and (done.collected_by, done.collector_name, done.product_number) == (
        "kuasa", "Ahmad Fauzi", "AK1-6311-0001")
    assert done.events[-1].reason.startswith("Hasil diambil oleh kuasa, Ahmad Fauzi. Nomor produk: AK1-6311-0001. "
                                             "Berkas wajib belum lengkap (")
    entry = audit(db, "request.status")[-1]
    assert entry["collected_by"] == "kuasa" and entry["override"] == "berkas asli sudah diperiksa"
    assert entry["changes"] == {"status": ["diterima", "selesai"]}

    complete = saved_walk_in(officer, service="P1", nik=OTHER)
    by_visitor = set_status(officer, complete.id, DONE, collection=Collection("pemohon", "ignored")).value
    assert by_visitor.collected_by == "pemohon" and by_visitor.collector_name == ""
    assert by_visitor.events[-1].reason == "Hasil diambil oleh pemohon sendiri."


def test_an_admin_reopens_a_closed_request_with_a_reason(db: Database, officer: Database, admin: Database) -> None:
    rec = saved_walk_in(officer, nik=SITI)
    set_status(officer, rec.id, IN_PROCESS)
    set_status(officer, rec.id, REJECTED, "berkas tidak terbaca")
    with pytest.raises(StoreError):
        record_documents(officer, rec.id, tuple(c.received for c in rec.checklist))  # closed: the file is final
    with pytest.raises(AccessDenied):
        reopen_request(officer, rec.id, "salah pencet")
    with pytest.raises(StoreError) as info:
        reopen_request(admin, rec.id, "  ")
    assert info.value.field == "reason"
    opened = reopen_request(admin, rec.id, "ditolak karena salah baca berkas").value
    assert opened.status == IN_PROCESS  # back where it was before it was closed
    event = opened.events[-1]
    assert (event.kind, event.from_status, event.to_status) == ("reopen", REJECTED, IN_PROCESS)
    assert event.reason == "ditolak karena salah baca berkas" and event.user_name == "Admin Kantor"
    assert audit(db, "request.reopen")[-1]["changes"] == {"status": [REJECTED, IN_PROCESS]}
    with pytest.raises(StoreError):
        reopen_request(admin, rec.id, "lagi")  # it is open

    set_status(officer, rec.id, DONE, collection=Collection("kuasa", "Ahmad"))
    again = reopen_request(admin, rec.id, "hasil belum diambil, salah catat").value
    assert again.status == IN_PROCESS and again.collected_by == again.collector_name == ""
    set_status(officer, rec.id, CANCELLED, "pemohon membatalkan")
    assert request_detail(db, rec.id).record.status == CANCELLED


def test_the_audit_screen_reads_every_change_of_a_request_in_indonesian(
        db: Database, officer: Database, admin: Database) -> None:
    """Corrections, documents ticked later, a reopening and the service's rule: labelled actions and fields,
    no "request.reopen" or "Kecamatan code" left for a person to decode."""
    rec = saved_walk_in(officer, service="U3", nik=SITI, now=MON_3_NOV, documents_received=(True,))
    correct_request(officer, rec.id, replace(RequestCorrection.of(rec), name="Siti Aminah Rahmah",
                                             kecamatan_code="63.11.01", notes="datang lagi besok"))
    record_documents(officer, rec.id, tuple(True for _ in rec.checklist))
    set_status(officer, rec.id, DONE, collection=Collection("kuasa", "Ahmad", "AK/I-001"))
    reopen_request(admin, rec.id, "hasil belum diambil")
    set_due_counting(admin, service_id_of(db, "U3"), False)
    actions = ("request.correct", "request.documents", "request.status", "request.reopen", "service.due_counting")
    with db.read() as s:
        entries = list(s.execute(select(AuditEntry.action, AuditEntry.details).where(AuditEntry.action.in_(actions))))
    assert {action for action, _ in entries} == set(actions)
    for action, details in entries:
        assert action_text(action) != action, action
        keys = set(details) | set(details.get("changes") or {})
        assert keys <= set(DETAIL_LABELS), (action, keys - set(DETAIL_LABELS))
        assert all("_" not in line.split(":")[0] for line in detail_lines(details)), action
