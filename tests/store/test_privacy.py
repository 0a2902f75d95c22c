"""Personal data: masking, audited reveal, consent, retention and data-subject requests."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.domain.consent import ConsentPurpose
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.status import DONE, IN_PROCESS
from desk.domain.subject_rights import SubjectRequestKind
from desk.store import accounts, consent, retention, reveal, subjects
from desk.store.access import HEAD, OFFICER, AccessDenied, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry, ServiceRequest, Visitor
from desk.store.requests import RegisterFilter, change_status, create_request, register_page, register_rows
from desk.store.subjects import VisitorCorrection

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Monday 2 March 2026, 09.00 WITA
LONG_AGO = datetime(2019, 3, 4, 1, 0, tzinfo=UTC)  # seven years before
NIK_SITI = make_nik("631104", date(1995, 5, 1), "P", 1)
NIK_AHMAD = make_nik("631105", date(1988, 8, 8), "L", 2)


WHATSAPP, FORUM_PHOTO, ATTENDANCE_PUBLICATION = (ConsentPurpose.WHATSAPP, ConsentPurpose.FORUM_PHOTO,
                                                 ConsentPurpose.ATTENDANCE_PUBLICATION)
ACCESS, CORRECTION, ERASURE, WITHDRAWAL = (SubjectRequestKind.ACCESS, SubjectRequestKind.CORRECTION,
                                           SubjectRequestKind.ERASURE, SubjectRequestKind.WITHDRAWAL)


@pytest.fixture
def admin(db: Database) -> Actor:
    return accounts.create_first_admin(db, "admin", "Admin Desk", "Balangan#2026").value.actor


def consent_flags(db: Database, visitor_id: int) -> dict[ConsentPurpose, bool]:
    with db.read() as s:
        return consent.consent_flags(s, visitor_id)


def person(db: Database, admin: Actor, name: str, nik: str, phone: str, at: datetime, *,
           code: str = "P1", close: bool = True, notes: str = "") -> int:
    """One request of `name` received at `at` (closed the same day unless `close` is False)."""
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == code)
    draft = RequestDraft(service_id=service, name=name, nik=nik, phone=phone, address="Jl. Mampari RT 02",
                         kecamatan_code="63.11.04", desa_code="63.11.04.2008", organisation="UMKM Maju",
                         organisation_kind="umkm", notes=notes)
    with db.write(admin) as s:
        request = create_request(s, draft, None, now=at)
        if close:
            change_status(s, request.id, DONE, "", None, now=at + timedelta(hours=2))
    return request.visitor_id


def audit_actions(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as s:
        return [dict(d) for d in s.scalars(select(AuditEntry.details).where(AuditEntry.action == action))]  # type: ignore[call-overload]


# --- masking ---------------------------------------------------------------------------------------


def test_register_and_search_results_show_only_masked_nik(db: Database, admin: Actor) -> None:
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    with db.read() as s:
        for typed in ("", "Siti", NIK_SITI, NIK_SITI[-4:], "081234567890"):
            rows = register_rows(s, register_page(s, RegisterFilter(text=typed)))
            assert [r.visitor_name for r in rows] == ["Siti Aminah"], typed
            shown = json.dumps([str(r) for r in rows])
            assert NIK_SITI not in shown and "81234567890" not in shown
            assert rows[0].nik_masked == "6311********0001"


# --- reveal ---------------------------------------------------------------------------------------


def test_revealing_a_full_nik_is_role_checked_and_audited(db: Database, admin: Actor) -> None:
    visitor_id = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    as_admin = db.as_user(admin)
    officer = accounts.create_user(as_admin, "rahmat", "Rahmat", OFFICER, "Loket-12345").value.actor
    head = accounts.create_user(as_admin, "kadis", "Kepala Dinas", HEAD, "Kepala-12345").value.actor
    assert reveal.reveal(db.as_user(officer), visitor_id, "nik", "cocokkan KTP").value == NIK_SITI
    assert reveal.reveal(db.as_user(officer), visitor_id, "phone").value == "+6281234567890"
    with pytest.raises(AccessDenied):
        reveal.reveal(db.as_user(head), visitor_id, "nik")
    with db.read() as s:
        seen = s.execute(select(AuditEntry.username, AuditEntry.entity_id, AuditEntry.details)
                         .where(AuditEntry.action == "personal.reveal")).all()
    assert [(u, e) for u, e, _ in seen] == [("rahmat", str(visitor_id))] * 2
    assert seen[0][2] == {"field": "nik", "value": "6311********0001", "reason": "cocokkan KTP"}
    assert seen[1][2]["value"] == "0812-****-7890"  # type: ignore[index]


# --- consent ----------------------------------------------------------------------------------------


def test_consents_are_recorded_with_purpose_date_and_officer_and_withdrawal_keeps_history(
    db: Database, admin: Actor
) -> None:
    visitor_id = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    assert consent_flags(db, visitor_id) == {WHATSAPP: False, FORUM_PHOTO: False, ATTENDANCE_PUBLICATION: False}
    as_admin = db.as_user(admin)
    with db.write(admin) as s:
        written = consent.set_consents(s, visitor_id, {WHATSAPP: True, FORUM_PHOTO: False}, now=NOW)
    assert [(c.purpose, c.granted, c.recorded_by, c.recorded_at) for c in written] == [
        (WHATSAPP, True, "Admin Desk", NOW), (FORUM_PHOTO, False, "Admin Desk", NOW)]
    assert consent.save_consents(as_admin, visitor_id, {WHATSAPP: True}).value == []  # unchanged: nothing written
    subjects.withdraw_consents(as_admin, visitor_id, now=NOW + timedelta(days=1))
    assert consent_flags(db, visitor_id)[WHATSAPP] is False
    with db.read() as s:
        history = consent.consent_history(s, visitor_id)
    assert [(c.purpose, c.granted) for c in history] == [(WHATSAPP, True), (FORUM_PHOTO, False), (WHATSAPP, False)]
    assert [d["changes"] for d in audit_actions(db, "consent.record")] == [
        {WHATSAPP: [None, True], FORUM_PHOTO: [None, False]}, {WHATSAPP: [True, False]}]


# --- retention -----------------------------------------------------------------------------------------


def _personal_fields(db: Database) -> dict[str, tuple[object, ...]]:
    with db.read() as s:
        return {v.name if not v.anonymised_at else f"#{v.id}": (v.nik, v.phone, v.address, v.desa_code,
                                                                 v.organisation, v.sex, v.kecamatan_code)
                for v in s.scalars(select(Visitor))}


def _statistics(db: Database) -> list[tuple[object, ...]]:
    with db.read() as s:
        return s.execute(
            select(ServiceRequest.service_id, ServiceRequest.received_at, ServiceRequest.status,
                   ServiceRequest.closed_at, Visitor.kecamatan_code)
            .join(Visitor, Visitor.id == ServiceRequest.visitor_id).order_by(ServiceRequest.id)
        ).all()


def test_retention_dry_run_counts_and_real_run_anonymises_keeping_statistics(db: Database, admin: Actor) -> None:
    old = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", LONG_AGO, notes="Hubungi suaminya 0813")
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", LONG_AGO + timedelta(days=30))
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW - timedelta(days=30))  # recent: kept
    person(db, admin, "Masliani", "", "082155550000", LONG_AGO, close=False)  # still open: kept
    before_stats = _statistics(db)
    before_people = _personal_fields(db)

    as_admin = db.as_user(admin)
    plan = retention.plan_retention(as_admin, now=NOW)
    assert (plan.years, plan.visitors, plan.requests, plan.visitor_ids) == (5, 1, 2, (old,))
    assert _personal_fields(db) == before_people  # a dry run changes nothing

    done = retention.run_retention(as_admin, now=NOW).value
    assert (done.visitors, done.requests) == (1, 2) and done.scrubbed
    with db.read() as s:
        siti = s.get(Visitor, old)
        assert siti is not None and siti.anonymised_at == NOW
        assert (siti.name, siti.nik, siti.phone, siti.address, siti.desa_code, siti.organisation, siti.sex) == (
            "Anonim", None, None, "", None, "", None)
        assert siti.kecamatan_code == "63.11.04"
        assert s.scalar(select(func.count()).select_from(Visitor)) == 3
        notes = s.scalars(select(ServiceRequest.notes).where(ServiceRequest.visitor_id == old)).all()
        assert notes == ["", ""]
        # The search index forgot the NIK and the name too.
        assert register_page(s, RegisterFilter(text=NIK_SITI)) == []
        assert register_page(s, RegisterFilter(text="Aminah")) == []
    assert _statistics(db) == before_stats  # service, dates, status and kecamatan kept, same count
    people = _personal_fields(db)
    assert people["Ahmad Fauzi"][0] == NIK_AHMAD and people["Masliani"][1] == "+6282155550000"
    assert audit_actions(db, "retention.run")[0]["visitors"] == 1
    assert retention.plan_retention(as_admin, now=NOW).visitors == 0
    assert retention.last_retention_run(db)["visitors"] == 1  # type: ignore[index]


def test_retention_follows_the_setting_and_is_offered_when_due(db: Database, admin: Actor) -> None:
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW - timedelta(days=800))
    as_admin = db.as_user(admin)
    assert retention.retention_view(as_admin, now=NOW).years == 5
    assert not retention.retention_due(db, now=NOW)
    retention.set_retention_years(as_admin, 2)
    assert retention.retention_due(db, now=NOW)
    retention.postpone_retention(as_admin, days=7, now=NOW)
    assert not retention.retention_due(db, now=NOW + timedelta(days=6))
    assert retention.retention_due(db, now=NOW + timedelta(days=8))
    with pytest.raises(StoreError, match="antara 1 dan 30"):
        retention.set_retention_years(as_admin, 0)


# --- data-subject requests --------------------------------------------------------------------------


def test_subject_export_holds_all_of_a_persons_records_and_nobody_elses(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW - timedelta(days=60), code="P1")
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW - timedelta(days=3), code="K1", close=False)
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW - timedelta(days=3), code="P1")
    as_admin = db.as_user(admin)
    consent.save_consents(as_admin, siti, {WHATSAPP: True})
    reveal.reveal(as_admin, siti, "nik")
    asked = subjects.record_subject_request(as_admin, siti, ACCESS, received_at=NOW - timedelta(hours=5),
                                            now=NOW).value
    data = subjects.export_subject(as_admin, siti, subject_request_id=asked.id, now=NOW).value.export
    with db.read() as s:
        refs = set(s.scalars(select(ServiceRequest.ref_number).where(ServiceRequest.visitor_id == siti)))
    exported = json.loads(data.to_json())
    assert exported["visitor"]["nik"] == NIK_SITI and exported["visitor"]["phone"] == "+6281234567890"
    assert {r["ref_number"] for r in exported["requests"]} == refs and len(refs) == 2
    assert all(r["events"] and r["documents"] for r in exported["requests"])
    assert [c["purpose"] for c in exported["consents"]] == [WHATSAPP]
    assert {e["record"] for e in exported["access_log"]} >= {f"Permohonan {ref}" for ref in refs}
    assert "personal.reveal" in {e["action"] for e in exported["access_log"]}
    text = data.to_json()
    assert "Ahmad" not in text and NIK_AHMAD not in text and "81298765432" not in text

    masked = data.as_dict(masked=True)
    assert masked["visitor"]["nik"] == "6311********0001" and masked["visitor"]["phone"] == "0812-****-7890"
    done = subjects.subject_requests(as_admin, visitor_id=siti)[0]
    assert done.done and not done.overdue() and done.hours_taken() == pytest.approx(5)
    assert audit_actions(db, "subject.export")[0]["requests"] == 2


def test_correction_validates_and_audits_old_and_new_masked(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW)
    as_admin = db.as_user(admin)
    with pytest.raises(StoreError, match="Nomor HP") as bad:
        subjects.correct_subject(as_admin, siti, VisitorCorrection(phone="12345"))
    assert bad.value.field == "phone"
    with pytest.raises(StoreError, match="orang lain"):
        subjects.correct_subject(as_admin, siti, VisitorCorrection(nik=NIK_AHMAD, sex="L"))
    asked = subjects.record_subject_request(as_admin, siti, CORRECTION, now=NOW).value
    changes = subjects.correct_subject(
        as_admin, siti, VisitorCorrection(name="Siti Aminah Rahmah", phone="0813 1111 2222"),
        subject_request_id=asked.id, now=NOW + timedelta(hours=80)).value
    assert changes == {"name": ["Siti Aminah", "Siti Aminah Rahmah"], "phone": ["0812-****-7890", "0813-****-2222"]}
    with db.read() as s:
        visitor = s.get(Visitor, siti)
        assert visitor is not None and (visitor.name, visitor.phone) == ("Siti Aminah Rahmah", "+6281311112222")
    late = subjects.subject_requests(as_admin, visitor_id=siti)[0]
    assert late.done and late.overdue()  # answered after 80 hours: the 3×24-hour duty was missed
    assert audit_actions(db, "subject.correct")[0]["changes"] == changes


def test_erasure_anonymises_one_person_and_withdraws_consent(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW)
    as_admin = db.as_user(admin)
    consent.save_consents(as_admin, siti, {WHATSAPP: True, FORUM_PHOTO: True})
    asked = subjects.record_subject_request(as_admin, siti, ERASURE, now=NOW).value
    assert subjects.erase_subject(as_admin, siti, subject_request_id=asked.id, now=NOW).value == 1
    assert subjects.find_subjects(as_admin, "Siti") == []
    assert [m.name for m in subjects.find_subjects(as_admin, NIK_AHMAD)] == ["Ahmad Fauzi"]
    assert not any(consent_flags(db, siti).values())
    assert subjects.open_subject_requests(as_admin) == []
    assert audit_actions(db, "subject.erase")[0]["nik"] == "6311********0001"
    with pytest.raises(StoreError, match="sudah dianonimkan"):
        subjects.erase_subject(as_admin, siti)


def test_subject_requests_are_logged_with_a_due_time_three_days_later(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    as_admin = db.as_user(admin)
    asked = subjects.record_subject_request(as_admin, siti, WITHDRAWAL, channel="email",
                                            received_at=NOW - timedelta(hours=1), note="lewat e-mail", now=NOW).value
    assert asked.due_at == NOW + timedelta(hours=71)
    pending = subjects.open_subject_requests(as_admin)
    assert [p.id for p in pending] == [asked.id]
    assert not pending[0].overdue(NOW + timedelta(hours=70)) and pending[0].overdue(NOW + timedelta(hours=72))
    with pytest.raises(StoreError, match="bukan"):
        subjects.export_subject(as_admin, siti, subject_request_id=asked.id)  # an access export cannot close a withdrawal
    subjects.withdraw_consents(as_admin, siti, subject_request_id=asked.id, now=NOW)
    assert [d["kind"] for d in audit_actions(db, "subject.request")] == [WITHDRAWAL]
    assert audit_actions(db, "subject.complete")[0]["on_time"] is True


def test_find_subjects_by_nik_phone_or_name_shows_masked_identifiers(db: Database, admin: Actor) -> None:
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW + timedelta(days=1), code="K1")
    as_admin = db.as_user(admin)
    for typed in (NIK_SITI, "0812-3456-7890", "+6281234567890", "aminah"):
        found = subjects.find_subjects(as_admin, typed)
        assert [(m.name, m.requests) for m in found] == [("Siti Aminah", 2)], typed
        assert (found[0].nik_masked, found[0].phone_masked) == ("6311********0001", "0812-****-7890")
    assert subjects.find_subjects(as_admin, "6311") == []  # a part of a NIK finds nobody


def test_processing_in_progress_is_not_marked_finished(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", LONG_AGO, close=False)
    with db.write(admin) as s:
        request_id = s.scalar(select(ServiceRequest.id).where(ServiceRequest.visitor_id == siti))
        change_status(s, request_id, IN_PROCESS, "", None, now=LONG_AGO + timedelta(days=1))  # type: ignore[arg-type]
    assert retention.plan_retention(db.as_user(admin), now=NOW).visitors == 0
    assert subjects.subject_view(db.as_user(admin), siti).open_requests == 1


def test_retention_and_subject_export_work_on_sqlite_and_postgresql(any_db: Database) -> None:
    db = any_db
    admin = accounts.create_first_admin(db, "admin", "Admin Desk", "Balangan#2026").value.actor
    old = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", LONG_AGO)
    recent = person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW - timedelta(days=3))
    as_admin = db.as_user(admin)
    exported = subjects.export_subject(as_admin, recent, now=NOW).value.export
    done = retention.run_retention(as_admin, now=NOW).value
    assert [r.ref_number for r in exported.requests] and exported.visitor["nik"] == NIK_AHMAD
    assert (done.visitors, done.requests, done.visitor_ids) == (1, 1, (old,))
    assert subjects.find_subjects(as_admin, NIK_SITI) == []
    with db.read(admin) as s:
        assert register_page(s, RegisterFilter(text="Aminah")) == []
        assert len(register_page(s, RegisterFilter())) == 2


def test_retention_drops_the_phones_of_old_forum_participants_and_keeps_the_attendance_list(
    db: Database, admin: Actor
) -> None:
    from desk.domain.forum_rules import ForumDraft, ParticipantDraft
    from desk.store import forums

    old_day = NOW - timedelta(days=6 * 366)  # past the 5-year default
    recent_day = NOW - timedelta(days=30)
    as_admin = db.as_user(admin)
    old = forums.create_forum(as_admin, ForumDraft("FKP Standar Pelayanan 2020", old_day, old_day + timedelta(hours=3),
                                                   venue="Aula DKUKMTK")).value
    recent = forums.create_forum(as_admin, ForumDraft("FKP Standar Pelayanan 2026", recent_day,
                                                      venue="Aula DKUKMTK")).value
    gone = forums.add_participant(as_admin, old.id, ParticipantDraft("Budi Santoso", "pelaku_usaha", "UD Berkah",
                                                                     phone="0812 3456 7890"), now=old_day).value
    kept = forums.add_participant(as_admin, recent.id, ParticipantDraft("Siti Aminah", "tokoh_masyarakat",
                                                                        phone="0813 5000 1234"), now=recent_day).value
    plan = retention.plan_retention(as_admin, now=NOW)
    assert plan.participants == 1 and plan.anything and retention.retention_due(db, now=NOW)
    assert forums.get_participant(as_admin, gone.id).phone == "+6281234567890"  # a dry run changes nothing
    assert retention.run_retention(as_admin, now=NOW).value.participants == 1
    after = forums.get_participant(as_admin, gone.id)
    assert after.phone == "" and after.name == "Budi Santoso" and after.institution == "UD Berkah"
    assert forums.get_participant(as_admin, kept.id).phone == "+6281350001234"
    assert retention.plan_retention(as_admin, now=NOW).participants == 0
    assert audit_actions(db, "retention.run")[-1]["participants"] == 1
