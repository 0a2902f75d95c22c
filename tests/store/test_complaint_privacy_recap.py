"""Retention, erasure and a subject's copy of their complaints; the monthly and yearly recap."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.domain.complaints import ComplaintDraft, month_period, parse_period, year_period
from desk.domain.errors import DomainError
from desk.store import complaint_privacy, complaint_recap, complaints
from desk.store.access import ADMIN, OFFICER, AccessDenied
from desk.store.database import Database
from desk.store.models import Unit
from desk.store.models_complaints import ComplaintAttachmentRow
from tests.complaint_samples import MONDAY, pdf_bytes, siti
from tests.factories import user_with_role

LONG_AGO = datetime(2019, 3, 4, 1, 0, tzinfo=UTC)
CUTOFF = datetime(2021, 11, 2, 1, 0, tzinfo=UTC)


@pytest.fixture
def officer(db: Database) -> Database:
    return db.as_user(user_with_role(db, OFFICER, "Rahmat", username="rahmat", password="Mampari#2026"))


@pytest.fixture
def admin(db: Database) -> Database:
    return db.as_user(user_with_role(db, ADMIN, "Admin", username="admin", password="Balangan#2026"))


def test_retention_forgets_the_complainant_of_complaints_closed_long_ago_and_keeps_the_record(
        officer: Database, admin: Database) -> None:
    old = complaints.record_complaint(officer, siti(), now=LONG_AGO).value.complaint
    complaints.add_attachment(officer, old.id, "ktp.pdf", pdf_bytes(1))
    complaints.move_complaint(officer, old.id, "ditolak", "Tidak jelas.", now=LONG_AGO + timedelta(days=1))
    still_open = complaints.record_complaint(officer, siti(subject="Masih berjalan"), now=LONG_AGO).value.complaint
    recent = complaints.record_complaint(officer, siti(subject="Baru"), now=MONDAY).value.complaint
    complaints.move_complaint(officer, recent.id, "ditolak", "Tidak jelas.", now=MONDAY)

    with admin.write() as s:
        assert complaint_privacy.count_complainants_before(s, CUTOFF) == 1
        assert complaint_privacy.anonymise_complainants_before(s, CUTOFF, at=MONDAY) == 1
    forgotten = complaints.complaint(officer, old.id)
    assert forgotten.anonymised and forgotten.complainant == "Anonim"
    assert (forgotten.phone_masked, forgotten.email_masked, forgotten.address, forgotten.description) == ("",) * 4
    assert forgotten.subject == "Kartu AK/I belum selesai" and forgotten.status == "ditolak"
    assert forgotten.number == old.number and forgotten.attachments == ()
    with officer.read() as s:
        assert s.scalar(select(func.count()).select_from(ComplaintAttachmentRow)) == 0
    assert complaints.complaint(officer, still_open.id).name == "Siti Rahmah"
    assert complaints.complaint(officer, recent.id).name == "Siti Rahmah"
    with admin.write() as s:
        assert complaint_privacy.anonymise_complainants_before(s, CUTOFF, at=MONDAY) == 0


def test_only_the_personal_data_role_runs_them(officer: Database) -> None:
    with officer.write() as s, pytest.raises(AccessDenied):
        complaint_privacy.anonymise_complainants_before(s, CUTOFF, at=MONDAY)
    with officer.read() as s, pytest.raises(AccessDenied):
        complaint_privacy.complaints_of_person(s, phone="081234567890", name="Siti Rahmah")


def test_a_subject_finds_their_complaints_by_phone_and_name_or_email_and_can_have_them_erased(
        officer: Database, admin: Database) -> None:
    mine = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    complaints.move_complaint(officer, mine.id, "diverifikasi", now=MONDAY)
    by_mail = complaints.record_complaint(officer, siti(name="Siti R.", phone="", subject="Lewat e-mail"),
                                          now=MONDAY).value.complaint
    sister = complaints.record_complaint(officer, siti(name="Nur Aini", email="", subject="Adik, HP sama"),
                                         now=MONDAY).value.complaint
    complaints.record_complaint(officer, ComplaintDraft(anonymous=True, subject="Anonim", description="Isi."))
    with admin.read() as s:
        found = complaint_privacy.complaints_of_person(s, name="siti rahmah", phone="0812-3456-7890",
                                                       email="SITI.RAHMAH@contoh.id")
        matches = complaint_privacy.find_complainants(s, "0812 3456 7890")
    assert [c.number for c in found] == [mine.number, by_mail.number]
    copy = found[0]
    assert (copy.name, copy.phone, copy.email) == ("Siti Rahmah", "+6281234567890", "siti.rahmah@contoh.id")
    assert [e["status"] for e in copy.events] == ["Diterima", "Diverifikasi"]
    assert {m.number for m in matches} == {mine.number, sister.number}
    assert all(m.phone_masked == "0812-****-7890" for m in matches)
    with admin.write() as s:
        ids = complaint_privacy.complaint_ids_of_person(s, name="Siti Rahmah", phone="081234567890")
        assert complaint_privacy.erase_complainant(s, ids, at=MONDAY) == 1
    assert complaints.complaint(officer, mine.id).anonymised
    assert complaints.complaint(officer, mine.id).status == "diverifikasi"  # erasure leaves the flow going
    assert complaints.complaint(officer, sister.id).name == "Nur Aini"


# --- recap --------------------------------------------------------------------------------------------------


def test_the_recap_counts_by_kind_channel_unit_status_and_answers_on_time(officer: Database, admin: Database) -> None:
    with officer.read() as s:
        ukm = s.scalar(select(Unit.id).where(Unit.code == "UKM"))
    on_time = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    complaints.move_complaint(officer, on_time.id, "ditolak", "Tidak jelas.", now=MONDAY + timedelta(days=2))
    late = complaints.record_complaint(officer, siti(channel="whatsapp", unit_id=ukm), now=MONDAY).value.complaint
    complaints.move_complaint(officer, late.id, "diverifikasi", now=MONDAY)
    complaints.move_complaint(officer, late.id, "diteruskan", unit_id=ukm, now=MONDAY)
    complaints.move_complaint(officer, late.id, "ditindaklanjuti", "Dicek.", now=MONDAY + timedelta(days=30))
    complaints.record_complaint(officer, ComplaintDraft(kind="aspirasi", channel="kotak_saran", anonymous=True,
                                                        subject="Kursi", description="Tambah kursi."), now=MONDAY)
    complaints.record_complaint(officer, siti(), now=datetime(2026, 10, 30, 1, 0, tzinfo=UTC))  # October

    recap = complaint_recap.complaint_recap(admin, month_period(2026, 11))
    assert (recap.received, recap.responded, recap.responded_on_time, recap.responded_late) == (3, 2, 1, 1)
    assert (recap.rejected, recap.completed, recap.still_open) == (1, 0, 2)
    assert recap.on_time_percent == 50.0
    assert [(line.label, line.received) for line in recap.by_kind] == [
        ("Pengaduan", 2), ("Aspirasi/saran", 1), ("Permintaan informasi", 0)]
    assert {line.label: line.received for line in recap.by_channel if line.received} == {
        "Datang langsung": 1, "WhatsApp": 1, "Kotak saran": 1}
    assert {line.label: (line.received, line.responded_on_time) for line in recap.by_unit if line.received} == {
        "Usaha Kecil Menengah": (1, 0), "Belum ditentukan": (2, 1)}
    assert dict((label, n) for _, label, n in recap.by_status) == {
        "Diterima": 1, "Diverifikasi": 0, "Diteruskan ke unit": 0, "Ditindaklanjuti": 1, "Selesai": 0,
        "Ditolak": 1, "Bukan kewenangan": 0}
    assert complaint_recap.complaint_recap(admin, year_period(2026)).received == 4
    summary = complaint_recap.handling_summary(admin, month_period(2026, 11))
    assert (summary.received, summary.responded_on_time, summary.on_time_percent) == (3, 1, 50.0)
    assert summary.channels == ("Datang langsung", "WhatsApp", "Kotak saran")
    with pytest.raises(AccessDenied):  # counter officers do not read recaps
        complaint_recap.complaint_recap(officer, month_period(2026, 11))
    lines = complaint_recap.register_lines(admin, month_period(2026, 11))
    assert [line.complainant for line in lines] == ["S*** R*****", "S*** R*****", "Anonim"]
    assert [line.on_time for line in lines] == [True, False, None]


def test_periods_are_read_as_a_month_or_a_year() -> None:
    assert parse_period("2026-02") == month_period(2026, 2)
    assert parse_period("2026-02").last == date(2026, 2, 28) and parse_period("2024-2").last == date(2024, 2, 29)
    assert parse_period(" 2025 ").label == "Tahun 2025" and parse_period("2025-12").label == "Desember 2025"
    assert parse_period("2025-12").key == "2025-12" and parse_period("2025").key == "2025"
    for wrong in ("2025-13", "25-10", "Oktober", "1999"):
        with pytest.raises(DomainError):
            parse_period(wrong)
