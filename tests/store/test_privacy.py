"""Personal data: masking, audited reveal, consent, retention and data-subject requests."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.status import DONE, IN_PROCESS
from desk.store import accounts, privacy
from desk.store.access import HEAD, OFFICER, AccessDenied, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry, ServiceRequest, Visitor
from desk.store.requests import RegisterFilter, change_status, create_request, register_page, register_rows

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Monday 2 March 2026, 09.00 WITA
LONG_AGO = datetime(2019, 3, 4, 1, 0, tzinfo=UTC)  # seven years before
NIK_SITI = make_nik("631104", date(1995, 5, 1), "P", 1)
NIK_AHMAD = make_nik("631105", date(1988, 8, 8), "L", 2)


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.write() as s:
        return accounts.actor_of(accounts.create_first_admin(s, "admin", "Admin Desk", "Balangan#2026"))


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
    with db.write(admin) as s:
        officer = accounts.actor_of(accounts.create_user(s, "rahmat", "Rahmat", OFFICER, "Loket-12345"))
        head = accounts.actor_of(accounts.create_user(s, "kadis", "Kepala Dinas", HEAD, "Kadis-12345"))
    with db.write(officer) as s:
        assert privacy.reveal(s, visitor_id, "nik", "cocokkan KTP") == NIK_SITI
        assert privacy.reveal(s, visitor_id, "phone") == "+6281234567890"
    with db.write(head) as s, pytest.raises(AccessDenied):
        privacy.reveal(s, visitor_id, "nik")
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
    with db.read() as s:
        assert privacy.consent_flags(s, visitor_id) == {
            privacy.WHATSAPP: False, privacy.FORUM_PHOTO: False, privacy.ATTENDANCE_PUBLICATION: False}
    with db.write(admin) as s:
        written = privacy.set_consents(s, visitor_id, {privacy.WHATSAPP: True, privacy.FORUM_PHOTO: False}, now=NOW)
    assert [(c.purpose, c.granted, c.recorded_by, c.recorded_at) for c in written] == [
        (privacy.WHATSAPP, True, "Admin Desk", NOW), (privacy.FORUM_PHOTO, False, "Admin Desk", NOW)]
    with db.write(admin) as s:  # unchanged decisions write nothing
        assert privacy.set_consents(s, visitor_id, {privacy.WHATSAPP: True}) == []
    with db.write(admin) as s:
        privacy.withdraw_consents(s, visitor_id, now=NOW + timedelta(days=1))
    with db.read() as s:
        assert privacy.consent_flags(s, visitor_id)[privacy.WHATSAPP] is False
        history = privacy.consent_history(s, visitor_id)
    assert [(c.purpose, c.granted) for c in history] == [
        (privacy.WHATSAPP, True), (privacy.FORUM_PHOTO, False), (privacy.WHATSAPP, False)]
    assert [d["changes"] for d in audit_actions(db, "consent.record")] == [
        {privacy.WHATSAPP: [None, True], privacy.FORUM_PHOTO: [None, False]}, {privacy.WHATSAPP: [True, False]}]


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

    with db.read(admin) as s:
        plan = privacy.run_retention(s, dry_run=True, now=NOW)
    assert (plan.years, plan.visitors, plan.requests, plan.visitor_ids) == (5, 1, 2, (old,))
    assert _personal_fields(db) == before_people  # a dry run changes nothing

    with db.write(admin) as s:
        done = privacy.run_retention(s, now=NOW)
    assert (done.visitors, done.requests) == (1, 2)
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
    with db.read(admin) as s:
        assert privacy.run_retention(s, dry_run=True, now=NOW).visitors == 0
        assert privacy.last_retention_run(s)["visitors"] == 1  # type: ignore[index]


def test_retention_follows_the_setting_and_is_offered_when_due(db: Database, admin: Actor) -> None:
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW - timedelta(days=800))
    with db.read() as s:
        assert privacy.retention_years(s) == 5
        assert not privacy.retention_due(s, NOW)
    with db.write(admin) as s:
        privacy.set_retention_years(s, 2)
    with db.read() as s:
        assert privacy.retention_due(s, NOW)
    with db.write(admin) as s:
        privacy.postpone_retention(s, days=7, now=NOW)
    with db.read() as s:
        assert not privacy.retention_due(s, NOW + timedelta(days=6))
        assert privacy.retention_due(s, NOW + timedelta(days=8))
    with db.write(admin) as s, pytest.raises(StoreError, match="antara 1 dan 30"):
        privacy.set_retention_years(s, 0)


# --- data-subject requests --------------------------------------------------------------------------


def test_subject_export_holds_all_of_a_persons_records_and_nobody_elses(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW - timedelta(days=60), code="P1")
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW - timedelta(days=3), code="K1", close=False)
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW - timedelta(days=3), code="P1")
    with db.write(admin) as s:
        privacy.set_consents(s, siti, {privacy.WHATSAPP: True})
        privacy.reveal(s, siti, "nik")
        asked = privacy.record_subject_request(s, siti, privacy.ACCESS, received_at=NOW - timedelta(hours=5), now=NOW)
        data = privacy.export_subject(s, siti, subject_request_id=asked.id, now=NOW)
    with db.read() as s:
        refs = set(s.scalars(select(ServiceRequest.ref_number).where(ServiceRequest.visitor_id == siti)))
    exported = json.loads(data.to_json())
    assert exported["visitor"]["nik"] == NIK_SITI and exported["visitor"]["phone"] == "+6281234567890"
    assert {r["ref_number"] for r in exported["requests"]} == refs and len(refs) == 2
    assert all(r["events"] and r["documents"] for r in exported["requests"])
    assert [c["purpose"] for c in exported["consents"]] == [privacy.WHATSAPP]
    assert "personal.reveal" in {e["action"] for e in exported["access_log"]}
    text = data.to_json()
    assert "Ahmad" not in text and NIK_AHMAD not in text and "81298765432" not in text

    masked = data.as_dict(masked=True)
    assert masked["visitor"]["nik"] == "6311********0001" and masked["visitor"]["phone"] == "0812-****-7890"
    with db.read(admin) as s:
        done = privacy.list_subject_requests(s, visitor_id=siti)[0]
    assert done.done and not done.overdue() and done.hours_taken() == pytest.approx(5)
    assert audit_actions(db, "subject.export")[0]["requests"] == 2


def test_correction_validates_and_audits_old_and_new_masked(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW)
    with db.write(admin) as s, pytest.raises(StoreError, match="Nomor HP") as bad:
        privacy.correct_subject(s, siti, privacy.VisitorCorrection(phone="12345"))
    assert bad.value.field == "phone"
    with db.write(admin) as s, pytest.raises(StoreError, match="orang lain"):
        privacy.correct_subject(s, siti, privacy.VisitorCorrection(nik=NIK_AHMAD, sex="L"))
    with db.write(admin) as s:
        asked = privacy.record_subject_request(s, siti, privacy.CORRECTION, now=NOW)
        changes = privacy.correct_subject(
            s, siti, privacy.VisitorCorrection(name="Siti Aminah Rahmah", phone="0813 1111 2222"),
            subject_request_id=asked.id, now=NOW + timedelta(hours=80))
    assert changes == {"name": ["Siti Aminah", "Siti Aminah Rahmah"], "phone": ["0812-****-7890", "0813-****-2222"]}
    with db.read() as s:
        visitor = s.get(Visitor, siti)
        assert visitor is not None and (visitor.name, visitor.phone) == ("Siti Aminah Rahmah", "+6281311112222")
    with db.read(admin) as s:
        late = privacy.list_subject_requests(s, visitor_id=siti)[0]
    assert late.done and late.overdue()  # answered after 80 hours: the 3×24-hour duty was missed
    assert audit_actions(db, "subject.correct")[0]["changes"] == changes


def test_erasure_anonymises_one_person_and_withdraws_consent(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW)
    with db.write(admin) as s:
        privacy.set_consents(s, siti, {privacy.WHATSAPP: True, privacy.FORUM_PHOTO: True})
        asked = privacy.record_subject_request(s, siti, privacy.ERASURE, now=NOW)
        assert privacy.erase_subject(s, siti, subject_request_id=asked.id, now=NOW) == 1
    with db.read(admin) as s:
        assert privacy.find_subjects(s, "Siti") == []
        assert [m.name for m in privacy.find_subjects(s, NIK_AHMAD)] == ["Ahmad Fauzi"]
        assert not any(privacy.consent_flags(s, siti).values())
        assert privacy.list_subject_requests(s, open_only=True) == []
    assert audit_actions(db, "subject.erase")[0]["nik"] == "6311********0001"
    with db.write(admin) as s, pytest.raises(StoreError, match="sudah dianonimkan"):
        privacy.erase_subject(s, siti)


def test_subject_requests_are_logged_with_a_due_time_three_days_later(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    with db.write(admin) as s:
        asked = privacy.record_subject_request(s, siti, privacy.WITHDRAWAL, channel="email",
                                               received_at=NOW - timedelta(hours=1), note="lewat e-mail", now=NOW)
    assert asked.due_at == NOW + timedelta(hours=71)
    with db.read(admin) as s:
        pending = privacy.list_subject_requests(s, open_only=True)
    assert [p.id for p in pending] == [asked.id]
    assert not pending[0].overdue(NOW + timedelta(hours=70)) and pending[0].overdue(NOW + timedelta(hours=72))
    with db.write(admin) as s, pytest.raises(StoreError, match="bukan"):
        privacy.export_subject(s, siti, subject_request_id=asked.id)  # an access export cannot close a withdrawal
    with db.write(admin) as s:
        privacy.withdraw_consents(s, siti, subject_request_id=asked.id, now=NOW)
    assert [d["kind"] for d in audit_actions(db, "subject.request")] == [privacy.WITHDRAWAL]
    assert audit_actions(db, "subject.complete")[0]["on_time"] is True


def test_find_subjects_by_nik_phone_or_name_shows_masked_identifiers(db: Database, admin: Actor) -> None:
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW)
    person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", NOW + timedelta(days=1), code="K1")
    with db.read(admin) as s:
        for typed in (NIK_SITI, "0812-3456-7890", "+6281234567890", "aminah"):
            found = privacy.find_subjects(s, typed)
            assert [(m.name, m.requests) for m in found] == [("Siti Aminah", 2)], typed
            assert (found[0].nik_masked, found[0].phone_masked) == ("6311********0001", "0812-****-7890")
        assert privacy.find_subjects(s, "6311") == []  # a part of a NIK finds nobody


def test_processing_in_progress_is_not_marked_finished(db: Database, admin: Actor) -> None:
    siti = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", LONG_AGO, close=False)
    with db.write(admin) as s:
        request_id = s.scalar(select(ServiceRequest.id).where(ServiceRequest.visitor_id == siti))
        change_status(s, request_id, IN_PROCESS, "", None, now=LONG_AGO + timedelta(days=1))  # type: ignore[arg-type]
    with db.read(admin) as s:
        assert privacy.run_retention(s, dry_run=True, now=NOW).visitors == 0
        assert privacy.open_requests_of(s, siti) == 1


def test_retention_and_subject_export_work_on_sqlite_and_postgresql(any_db: Database) -> None:
    db = any_db
    with db.write() as s:
        admin = accounts.actor_of(accounts.create_first_admin(s, "admin", "Admin Desk", "Balangan#2026"))
    old = person(db, admin, "Siti Aminah", NIK_SITI, "081234567890", LONG_AGO)
    recent = person(db, admin, "Ahmad Fauzi", NIK_AHMAD, "081298765432", NOW - timedelta(days=3))
    with db.write(admin) as s:
        exported = privacy.export_subject(s, recent, now=NOW)
        done = privacy.run_retention(s, now=NOW)
    assert [r.ref_number for r in exported.requests] and exported.visitor["nik"] == NIK_AHMAD
    assert (done.visitors, done.requests, done.visitor_ids) == (1, 1, (old,))
    with db.read(admin) as s:
        assert privacy.find_subjects(s, NIK_SITI) == []
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
    with db.read(admin) as s:
        plan = privacy.run_retention(s, dry_run=True, now=NOW)
        assert plan.participants == 1 and plan.anything and privacy.retention_due(s, now=NOW)
    assert forums.get_participant(as_admin, gone.id).phone == "+6281234567890"  # a dry run changes nothing
    with db.write(admin) as s:
        assert privacy.run_retention(s, now=NOW).participants == 1
    after = forums.get_participant(as_admin, gone.id)
    assert after.phone == "" and after.name == "Budi Santoso" and after.institution == "UD Berkah"
    assert forums.get_participant(as_admin, kept.id).phone == "+6281350001234"
    with db.read(admin) as s:
        assert privacy.run_retention(s, dry_run=True, now=NOW).participants == 0
    assert audit_actions(db, "retention.run")[-1]["participants"] == 1
