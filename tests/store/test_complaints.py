"""The complaints register through its operations: the flow, deadlines, numbers, anonymity and masking."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.domain.complaints import ComplaintDraft, Deadlines
from desk.store import complaint_settings, complaints
from desk.store.access import ADMIN, HEAD, OFFICER, AccessDenied, Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry, Unit
from desk.store.models_complaints import ComplaintCounter, ComplaintEventRow
from desk.store.work import Change, writing
from tests.complaint_samples import BEFORE_LEBARAN, MONDAY, siti
from tests.factories import user_with_role


def make_user(db: Database, username: str, role: str) -> Actor:
    return user_with_role(db, role, username.title(), username=username, password="Mampari#2026")


@pytest.fixture
def officer(db: Database) -> Database:
    return db.as_user(make_user(db, "rahmat", OFFICER))


@pytest.fixture
def head(db: Database) -> Database:
    return db.as_user(make_user(db, "kadis", HEAD))


def unit_id(db: Database, code: str) -> int:
    with db.read() as s:
        return s.scalar(select(Unit.id).where(Unit.code == code))


def audit_actions(db: Database, entity_id: int) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "complaint",
                                                              AuditEntry.entity_id == str(entity_id))
                              .order_by(AuditEntry.id)))


# --- the flow -----------------------------------------------------------------------------------------


def test_a_complaint_goes_from_receipt_to_its_answer_with_every_step_on_the_timeline(any_db: Database) -> None:
    officer = any_db.as_user(make_user(any_db, "rahmat", OFFICER))
    done = complaints.record_complaint(officer, siti(), now=MONDAY)
    assert done.changes.touches([Change.COMPLAINTS])
    saved = done.value.complaint
    assert saved.number == "0001/PGD/DKUKMTK/XI/2026"
    assert saved.status == "diterima" and saved.received_by == "Rahmat"
    assert saved.name == "Siti Rahmah" and saved.phone_masked == "0812-****-7890"
    assert saved.email_masked == "s**********@contoh.id"
    assert done.value.receipt.complaint.number == saved.number and done.value.receipt.copy_no == 1

    penempatan = unit_id(any_db, "PNP")
    later = MONDAY + timedelta(days=1)
    steps = [
        ("diverifikasi", "Identitas dan isi sudah diperiksa.", None, ""),
        ("diteruskan", "Mohon ditindaklanjuti.", penempatan, "Kepala Bidang Penempatan"),
        ("ditindaklanjuti", "Kartu sedang dicetak; pelapor dihubungi lewat telepon.", None, ""),
        ("selesai", "Kartu AK/I sudah dapat diambil di loket.", None, ""),
    ]
    for status, text, unit, addressee in steps:
        record = complaints.move_complaint(officer, saved.id, status, text, unit_id=unit, addressee=addressee,
                                           now=later).value
        assert record.status == status
    assert record.unit_name == "Penempatan"
    assert record.answer == "Kartu AK/I sudah dapat diambil di loket."
    assert record.next_due is None and not record.overdue
    assert record.responded_on == date(2026, 11, 3) and record.closed_on == date(2026, 11, 3)
    assert [(e.from_status, e.to_status) for e in record.events] == [
        (None, "diterima"), ("diterima", "diverifikasi"), ("diverifikasi", "diteruskan"),
        ("diteruskan", "ditindaklanjuti"), ("ditindaklanjuti", "selesai"),
    ]
    forwarded = record.events[2]
    assert forwarded.unit_name == "Penempatan" and forwarded.addressee == "Kepala Bidang Penempatan"
    assert forwarded.user_name == "Rahmat"
    assert audit_actions(any_db, saved.id) == ["complaint.create"] + ["complaint.step"] * 4


def test_a_step_the_flow_does_not_allow_or_without_what_it_needs_is_refused_and_changes_nothing(
        officer: Database) -> None:
    saved = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    refusals = [
        ("selesai", "Sudah.", None, "tidak dapat diubah menjadi Selesai"),
        ("ditolak", "  ", None, "Alasan wajib diisi"),
        ("bukan_kewenangan", "", None, "Alasan wajib diisi"),
        ("dibatalkan", "", None, "tidak dikenal"),
    ]
    for status, text, unit, message in refusals:
        with pytest.raises(StoreError) as info:
            complaints.move_complaint(officer, saved.id, status, text, unit_id=unit)
        assert message in info.value.message
    complaints.move_complaint(officer, saved.id, "diverifikasi")
    with pytest.raises(StoreError, match="Pilih unit"):
        complaints.move_complaint(officer, saved.id, "diteruskan")
    record = complaints.complaint(officer, saved.id)
    assert record.status == "diverifikasi" and len(record.events) == 2


def test_rejected_and_not_ours_keep_their_reason_and_count_as_answered(officer: Database) -> None:
    first = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    second = complaints.record_complaint(officer, siti(subject="Izin usaha toko"), now=MONDAY).value.complaint
    rejected = complaints.move_complaint(officer, first.id, "ditolak", "Isi pengaduan tidak jelas dan pelapor "
                                         "tidak dapat dihubungi.", now=MONDAY + timedelta(days=1)).value
    complaints.move_complaint(officer, second.id, "diverifikasi", now=MONDAY)
    declined = complaints.move_complaint(officer, second.id, "bukan_kewenangan",
                                         "Izin usaha diterbitkan DPMPTSP; pelapor diarahkan ke sana.",
                                         now=MONDAY + timedelta(days=2)).value
    assert rejected.reason.startswith("Isi pengaduan tidak jelas") and rejected.closed_on == date(2026, 11, 3)
    assert declined.reason.startswith("Izin usaha") and declined.responded_on == date(2026, 11, 4)
    assert complaints.list_complaints(officer, complaints.ComplaintFilter(status=complaints.OPEN)).rows == ()


def test_forwarding_again_moves_it_to_another_unit(officer: Database, db: Database) -> None:
    saved = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    complaints.move_complaint(officer, saved.id, "diverifikasi")
    complaints.move_complaint(officer, saved.id, "diteruskan", unit_id=unit_id(db, "PNP"))
    record = complaints.move_complaint(officer, saved.id, "diteruskan", "Salah bidang.",
                                       unit_id=unit_id(db, "UKM")).value
    assert record.status == "diteruskan" and record.unit_name == "Usaha Kecil Menengah"
    assert [e.unit_name for e in record.events if e.to_status == "diteruskan"] == ["Penempatan", "Usaha Kecil Menengah"]


def test_the_head_of_office_forwards_but_may_not_record(head: Database, officer: Database, db: Database) -> None:
    with pytest.raises(AccessDenied):
        complaints.record_complaint(head, siti())
    saved = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    complaints.move_complaint(head, saved.id, "diverifikasi")
    record = complaints.move_complaint(head, saved.id, "diteruskan", "Segera.", unit_id=unit_id(db, "PNP"),
                                       addressee="Kepala Bidang Penempatan").value
    assert record.events[-1].user_name == "Kadis"


# --- deadlines ----------------------------------------------------------------------------------------


def test_deadlines_are_working_days_that_skip_nyepi_lebaran_and_good_friday(officer: Database) -> None:
    # Received Tue 17 March 2026. Closed: 18 (cuti), 19 (Nyepi), 20 (cuti), 21–22 (Idul Fitri, weekend),
    # 23–24 (cuti). Verification (3): 25, 26, 27 March. Response (5 more): 30, 31 March, 1, 2 April,
    # Good Friday 3 April closed, 6 April. Completion (10 more): 7–10, 13–17, 20 April.
    record = complaints.record_complaint(officer, siti(), now=BEFORE_LEBARAN).value.complaint
    assert record.received_on == date(2026, 3, 17)
    assert (record.due.verify, record.due.respond, record.due.complete) == (
        date(2026, 3, 27), date(2026, 4, 6), date(2026, 4, 20))
    assert record.next_due == date(2026, 3, 27)
    verified = complaints.move_complaint(officer, record.id, "diverifikasi", now=BEFORE_LEBARAN).value
    assert verified.next_due == date(2026, 4, 6)


def test_deadlines_per_kind_come_from_the_settings_and_apply_to_complaints_received_afterwards(
        db: Database, officer: Database) -> None:
    admin = db.as_user(make_user(db, "admin", ADMIN))
    before = complaints.record_complaint(officer, siti(kind="informasi"), now=MONDAY).value.complaint
    deadlines = {k: Deadlines() for k in ("pengaduan", "aspirasi")} | {"informasi": Deadlines(1, 2, 7)}
    with pytest.raises(AccessDenied):
        complaint_settings.save_settings(officer, "{seq:04d}/{unit}/{office}/{month_roman}/{year}", "PGD",
                                         deadlines)
    with pytest.raises(complaint_settings.InvalidSettings) as info:
        complaint_settings.save_settings(admin, "{seq}/{year}", "PGD",
                                         {**deadlines, "aspirasi": Deadlines(0, 5, 10)})
    assert set(info.value.errors) == {"pattern", "aspirasi.verify"}
    saved = complaint_settings.save_settings(admin, "{seq:04d}/{unit}/{office}/{month_roman}/{year}", "PGD",
                                             deadlines).value
    assert saved.deadlines_of("informasi") == Deadlines(1, 2, 7)
    after = complaints.record_complaint(officer, siti(kind="informasi"), now=MONDAY).value.complaint
    # Monday 2 November: 1 working day → Tue 3; 2 more → Thu 5; 7 more → Mon 16 November.
    assert (after.due.verify, after.due.respond, after.due.complete) == (
        date(2026, 11, 3), date(2026, 11, 5), date(2026, 11, 16))
    assert complaints.complaint(officer, before.id).due.complete == date(2026, 11, 26)  # 3 + 5 + 10, unchanged


def test_overdue_complaints_are_counted_and_filtered_by_the_deadline_of_their_stage(officer: Database) -> None:
    late = complaints.record_complaint(officer, siti(subject="Terlambat"), now=MONDAY).value.complaint
    answered = complaints.record_complaint(officer, siti(subject="Dijawab"), now=MONDAY).value.complaint
    complaints.move_complaint(officer, answered.id, "ditolak", "Bukan pengaduan pelayanan.", now=MONDAY)
    thursday = MONDAY + timedelta(days=10)  # 12 November: `late` was to be verified by Thursday 5 November
    fresh = complaints.record_complaint(officer, siti(subject="Baru"), now=thursday).value.complaint
    listing = complaints.list_complaints(officer, complaints.ComplaintFilter(status=complaints.OVERDUE),
                                         now=thursday)
    assert [r.subject for r in listing.rows] == ["Terlambat"] and listing.rows[0].overdue
    assert listing.overdue_count == 1 and listing.open_count == 2
    assert complaints.overdue_count(officer, now=thursday) == 1
    assert complaints.overdue_count(officer, now=MONDAY + timedelta(days=3)) == 0  # Thursday 5th: due today
    assert complaints.complaint(officer, late.id, now=thursday).overdue
    assert fresh.next_due == date(2026, 11, 17) and not fresh.overdue
    verified = complaints.move_complaint(officer, late.id, "diverifikasi", now=thursday).value
    # Verified late, now working against the response deadline (5 working days after 5 November).
    assert verified.next_due == date(2026, 11, 12) and not verified.overdue


# --- numbers --------------------------------------------------------------------------------------------


def test_numbers_follow_each_other_and_start_again_each_year(officer: Database) -> None:
    numbers = [complaints.record_complaint(officer, siti(), now=at).value.complaint.number
               for at in (MONDAY, MONDAY, datetime(2026, 12, 31, 16, 30, tzinfo=UTC),
                          datetime(2027, 1, 4, 1, 0, tzinfo=UTC))]
    # 31 December 16.30 UTC is already 1 January 2027 (00.30) in Balangan (WITA, UTC+8).
    assert numbers == ["0001/PGD/DKUKMTK/XI/2026", "0002/PGD/DKUKMTK/XI/2026", "0001/PGD/DKUKMTK/I/2027",
                       "0002/PGD/DKUKMTK/I/2027"]


def test_a_save_that_fails_gives_its_number_back(officer: Database) -> None:
    with pytest.raises(RuntimeError), writing(officer, now=MONDAY) as work:
        complaints.create_complaint(work, siti())
        raise RuntimeError("the power fails before the commit")
    with pytest.raises(complaints.InvalidComplaint):
        complaints.record_complaint(officer, siti(subject=""), now=MONDAY)
    saved = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    assert saved.number.startswith("0001/")


# --- anonymity and masking ---------------------------------------------------------------------------------


def test_an_anonymous_complaint_asks_no_contact_and_refuses_one(officer: Database) -> None:
    with pytest.raises(complaints.InvalidComplaint) as info:
        complaints.record_complaint(officer, ComplaintDraft(anonymous=True, name="Siti", contact_consent=True,
                                                            subject="Pungutan", description="Diminta uang."))
    assert "anonim" in info.value.errors["name"] and "contact_consent" in info.value.errors
    saved = complaints.record_complaint(officer, ComplaintDraft(
        anonymous=True, channel="kotak_saran", subject="Pungutan di loket",
        description="Petugas meminta uang untuk mempercepat kartu.")).value.complaint
    assert saved.anonymous and saved.complainant == "Anonim" and saved.phone_masked == ""
    assert complaints.list_complaints(officer).rows[0].complainant == "Anonim"


def test_a_named_complaint_needs_a_name_and_a_contact_when_the_complainant_wants_to_be_contacted(
        officer: Database) -> None:
    with pytest.raises(complaints.InvalidComplaint) as info:
        complaints.record_complaint(officer, siti(name="", phone="", email="", channel="lapor"))
    assert set(info.value.errors) == {"name", "phone", "lapor_id"}
    with pytest.raises(complaints.InvalidComplaint) as info:
        complaints.record_complaint(officer, siti(phone="021-555", email="siti@"))
    assert "phone" in info.value.errors and "email" in info.value.errors
    saved = complaints.record_complaint(officer, siti(channel="lapor", lapor_id="LAP-4412087")).value.complaint
    assert saved.lapor_id == "LAP-4412087" and saved.channel_label == "SP4N-LAPOR!"


def test_the_head_sees_names_masked_no_address_and_cannot_find_by_name_or_reveal(
        officer: Database, head: Database) -> None:
    saved = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    row = complaints.list_complaints(head).rows[0]
    assert row.complainant == "S*** R*****"
    record = complaints.complaint(head, saved.id)
    assert record.name == "S*** R*****" and record.address == "" and not record.identity_shown
    assert complaints.list_complaints(head, complaints.ComplaintFilter(text="rahmah")).rows == ()
    assert len(complaints.list_complaints(head, complaints.ComplaintFilter(text="AK/I")).rows) == 1
    with pytest.raises(AccessDenied):
        complaints.reveal_contact(head, saved.id)
    # The officer sees the name, finds by it, and reveals the contact with an audit entry.
    assert complaints.list_complaints(officer, complaints.ComplaintFilter(text="rahmah")).rows[0].id == saved.id
    contact = complaints.reveal_contact(officer, saved.id)
    assert (contact.phone, contact.email) == ("+6281234567890", "siti.rahmah@contoh.id")
    assert "personal.reveal" in audit_actions(officer, saved.id)
    # The receipt is handed to the complainant: it carries their name, whoever prints it.
    assert complaints.receipt_for(head, saved.id).complaint.name == "Siti Rahmah"


def test_no_audit_entry_names_the_complainant_or_their_contact(officer: Database) -> None:
    saved = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    complaints.move_complaint(officer, saved.id, "ditolak", "Tidak jelas.")
    complaints.reveal_contact(officer, saved.id)
    with officer.read() as s:
        details = [str(d) for d in s.scalars(select(AuditEntry.details).where(AuditEntry.entity == "complaint"))]
    assert details and not any(word in d for d in details for word in ("Siti", "Rahmah", "3456", "contoh.id"))


# --- linking a request -------------------------------------------------------------------------------------


def test_a_complaint_about_a_request_takes_its_service_and_may_name_its_applicant(officer: Database) -> None:
    from desk.domain.intake import RequestDraft
    from desk.store import walk_in

    form = walk_in.intake_form(officer)
    ak1 = next(s for s in form.services if s.code == "P1")
    request = walk_in.save_walk_in(officer, RequestDraft(service_id=ak1.id, name="Ahmad Fauzi",
                                                         phone="0813 5000 1234")).value.request
    found = complaints.find_requests(officer, "Fauzi")
    assert [r.ref_number for r in found] == [request.ref_number]
    assert complaints.request_by_number(officer, request.ref_number).id == request.id
    saved = complaints.record_complaint(officer, ComplaintDraft(
        request_id=request.id, complainant_is_applicant=True, contact_consent=True, subject="Kartu belum jadi",
        description="Sudah lewat waktu layanan.")).value.complaint
    assert saved.request_number == request.ref_number and saved.service_name == ak1.name
    assert saved.unit_name == ak1.unit_name and saved.name == "Ahmad Fauzi"
    assert saved.phone_masked == "0813-****-1234"


# --- concurrency ---------------------------------------------------------------------------------------------


def test_counters_saving_at_once_get_gapless_unique_numbers(any_db: Database) -> None:
    """Four counters (threads, each with its own connection pool) save 25 complaints each at once."""
    import threading

    from desk.store.database import Database as Db

    officer = make_user(any_db, "rahmat", OFFICER)
    start = threading.Barrier(4)
    saved: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def counter(n: int) -> None:
        own = Db(any_db.url, any_db.data_dir).as_user(officer)
        try:
            start.wait()
            for i in range(25):
                number = complaints.record_complaint(
                    own, siti(subject=f"Loket {n} pengaduan {i}"), now=MONDAY).value.complaint.number
                with lock:
                    saved.append(number)
        except BaseException as exc:
            failures.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=counter, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert sorted(saved) == [f"{n:04d}/PGD/DKUKMTK/XI/2026" for n in range(1, 101)]
    with any_db.read() as s:
        assert s.scalar(select(ComplaintCounter.last_seq).where(ComplaintCounter.year == 2026)) == 100
        assert s.scalar(select(func.count()).select_from(ComplaintEventRow)) == 100


# --- papers -------------------------------------------------------------------------------------------


def test_the_papers_are_signed_by_the_receiving_officer_with_nip_and_by_the_head_with_jabatan(db: Database) -> None:
    from desk.documents.complaint_receipt import render_complaint_receipt
    from desk.documents.complaint_reply import render_complaint_reply
    from desk.domain.nip import nip_line
    from desk.domain.office_rules import head_position_lines
    from desk.store.work import office_context
    from tests.documents.pdfcheck import text

    officer = db.as_user(user_with_role(db, OFFICER, "Rahmat Hidayat", nip="198805122010011003"))
    saved = complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint
    receipt = text(render_complaint_receipt(complaints.receipt_for(officer, saved.id), "A5"))
    assert "Petugas Penerima," in receipt and "Rahmat Hidayat" in receipt
    assert "NIP 19880512 201001 1 003" in receipt  # the NIP of the account that received it, grouped

    for status, note in (("diverifikasi", ""), ("ditolak", "Isi pengaduan tidak jelas dan pelapor tidak dapat "
                                                           "dihubungi untuk melengkapinya.")):
        complaints.move_complaint(officer, saved.id, status, note, now=MONDAY + timedelta(days=1))
    office = office_context(db).profile
    reply = " ".join(text(render_complaint_reply(complaints.reply_for(officer, saved.id), "A4")).split())
    assert " ".join(" ".join(head_position_lines(office)).split()) + "," in reply
    assert office.head_name.strip() in reply and nip_line(office.head_nip) in reply
    assert "Rahmat Hidayat" not in reply  # the head signs the reply, not the officer who typed it
