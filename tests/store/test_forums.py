"""Forums in the store: create, invite, consent, check in, walk-ins, recap, notulen, berita acara, prints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from desk.domain.consent import ConsentPurpose
from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.forum_rules import (
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    ForumDraft,
    MinutesContent,
    ParticipantDraft,
)
from desk.store import forums, prints
from desk.store.access import ADMIN, HEAD, OFFICER, AccessDenied
from desk.store.database import Database
from desk.store.errors import NotFound
from desk.store.models import AuditEntry, PrintRecord, StandardVersion
from desk.store.work import Change
from tests.factories import user_with_role

FKP = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # Rabu 29 Oktober 2025, 09.00 WITA


@pytest.fixture
def db(any_db: Database) -> Database:
    """The core of the area runs on SQLite and on PostgreSQL."""
    return any_db


def as_user(db: Database, name: str, role: str) -> Database:
    """The database as a new user of `role` sees it (what the main window hands every screen)."""
    return db.as_user(user_with_role(db, role, name))


def new_forum(db: Database, **changes: object) -> int:
    offered = forums.forum_form(db)
    values: dict[str, object] = {
        "title": "Forum Konsultasi Publik Standar Pelayanan DKUKMTK",
        "starts_at": FKP, "ends_at": FKP + timedelta(hours=3), "venue": offered.venue,
        "service_ids": tuple(s.id for s in offered.services[:2]),
    }
    values.update(changes)
    return forums.create_forum(db, ForumDraft(**values)).value.id  # type: ignore[arg-type]


def actions(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as s:
        return [dict(d) for d in s.scalars(select(AuditEntry.details).where(AuditEntry.action == action))]  # type: ignore[call-overload]


def test_forum_gets_default_venue_standards_and_is_listed_upcoming_first(db: Database) -> None:
    past = new_forum(db, title="FKP 2025")
    upcoming = new_forum(db, title="FKP 2026", starts_at=datetime(2026, 12, 9, 1, tzinfo=UTC), ends_at=None)
    later = new_forum(db, title="FKP 2027", starts_at=datetime(2027, 3, 1, 1, tzinfo=UTC), ends_at=None)
    info = forums.get_forum(db, past)
    listed = forums.list_forums(db, now=datetime(2026, 11, 30, 2, tzinfo=UTC))
    assert info.venue == "Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi"
    assert len(info.standards) == 2 and all(info.standards)
    assert [f.id for f in listed.forums] == [upcoming, later, past]
    assert [f.upcoming for f in listed.forums] == [True, True, False]
    assert listed.tz == "Asia/Makassar" and str(listed.today) == "2026-11-30"
    assert actions(db, "forum.create")[0]["title"] == "FKP 2025"


def test_creating_a_forum_says_forums_changed(db: Database) -> None:
    done = forums.create_forum(db, ForumDraft("FKP 2026", FKP, venue="Aula"))
    assert Change.FORUMS in done.changes and done.value.title == "FKP 2026"


def test_invalid_forum_names_each_field(db: Database) -> None:
    with pytest.raises(forums.InvalidForum) as caught:
        forums.create_forum(db, ForumDraft(title=" ", starts_at=FKP, ends_at=FKP - timedelta(hours=1), venue=""))
    assert set(caught.value.errors) == {"title", "ends_at", "venue"}


def test_participant_consent_is_stored_with_purpose_date_and_officer(db: Database) -> None:
    admin = as_user(db, "Syifa Miratil Hayati", ADMIN)
    forum = new_forum(admin)
    at = datetime(2025, 10, 20, 2, tzinfo=UTC)
    p = forums.add_participant(
        admin, forum, ParticipantDraft("Budi  Santoso", "UMKM", "UD Berkah", "Pemilik", "laki-laki", "0812 3456 7890",
                                       consent_photo=False, consent_publication=True), now=at,
    ).value
    assert (p.name, p.unsur, p.sex, p.phone) == ("Budi Santoso", "pelaku_usaha", "L", "+6281234567890")
    assert p.consent_publication and p.publication_purpose == ConsentPurpose.ATTENDANCE_PUBLICATION.statement
    assert p.publication_consent_at == at and p.publication_consent_by == "Syifa Miratil Hayati"
    assert not p.consent_photo and p.photo_purpose == ""
    # A later edit that keeps the answer keeps its date; withdrawing stamps the new date.
    later = at + timedelta(days=3)
    kept = forums.update_participant(admin, p.id, p.as_draft(), now=later).value
    assert kept.publication_consent_at == at
    withdrawn = forums.update_participant(
        admin, p.id, ParticipantDraft(p.name, p.unsur, p.institution, consent_publication=False), now=later
    ).value
    assert not withdrawn.consent_publication and withdrawn.publication_consent_at == later
    logged = actions(db, "forum.participant")
    assert logged[0]["phone"] == "0812-****-7890" and "81234567890" not in str(logged)
    assert [entry["action"] for entry in logged] == ["add", "update", "update"]


def test_same_person_twice_is_refused(db: Database) -> None:
    forum = new_forum(db)
    forums.add_participant(db, forum, ParticipantDraft("Siti Aminah", "masyarakat", "Desa Mampari"))
    with pytest.raises(forums.InvalidForum, match="sudah terdaftar"):
        forums.add_participant(db, forum, ParticipantDraft("SITI aminah", "tokoh", "desa mampari"))


def test_removing_a_participant_is_audited(db: Database) -> None:
    forum = new_forum(db)
    p = forums.add_participant(db, forum, ParticipantDraft("Siti Aminah", "masyarakat")).value
    done = forums.remove_participant(db, p.id)
    assert Change.FORUMS in done.changes and forums.list_participants(db, forum) == []
    assert actions(db, "forum.participant")[-1] == {"action": "remove", "name": "Siti Aminah", "unsur": "masyarakat"}


def test_check_in_keeps_time_and_walk_in_is_present_at_once(db: Database) -> None:
    officer = as_user(db, "Rahmat Hidayat", OFFICER)
    forum = new_forum(db)
    a = forums.add_participant(db, forum, ParticipantDraft("Ahmad Fauzi", "akademisi", "Politeknik Hasnur")).value
    forums.add_participant(db, forum, ParticipantDraft("Noor Aisyah", "media", "Balangan Pos", sex="P"))
    t1 = FKP - timedelta(minutes=10)
    first = forums.check_in(officer, a.id, now=t1)
    again = forums.check_in(officer, a.id, now=t1 + timedelta(minutes=30))
    walk = forums.add_walk_in(officer, forum, ParticipantDraft("Hairul Anwar", "tokoh", "Desa Lok Batu", sex="L"),
                              now=FKP + timedelta(minutes=5)).value
    assert first.value.present and first.value.checked_in_at == t1 and again.value.checked_in_at == t1
    assert Change.FORUMS in first.changes and not again.changes  # the second check-in changed nothing
    assert walk.present and walk.walk_in and not walk.invited
    recap = forums.forum_recap(db, forum)
    listed = {p.name: p for p in forums.list_participants(db, forum)}
    assert not listed["Noor Aisyah"].present
    assert (recap.total.invited, recap.total.invited_present, recap.total.walk_ins, recap.total.present) == (2, 1, 1, 2)
    by_unsur = {line.key: line for line in recap.by_unsur}
    assert (by_unsur["akademisi"].invited, by_unsur["akademisi"].present) == (1, 1)
    assert (by_unsur["media"].invited, by_unsur["media"].present) == (1, 0)
    assert by_unsur["tokoh"].walk_ins == 1
    by_sex = {line.key: line for line in recap.by_sex}
    assert by_sex["P"].invited == 1 and by_sex["P"].present == 0 and by_sex["L"].present == 1
    assert by_sex[""].present == 1  # Ahmad: sex not given
    undone = forums.undo_check_in(officer, a.id).value
    assert not undone.present and undone.checked_in_at is None
    assert len(actions(db, "forum.checkin")) == 1 and len(actions(db, "forum.walk_in")) == 1
    assert len(actions(db, "forum.checkin_undo")) == 1


def test_the_forum_file_holds_what_the_area_shows_and_its_day(db: Database) -> None:
    forum = new_forum(db)
    forums.add_participant(db, forum, ParticipantDraft("Noor Aisyah", "media", "Balangan Pos", sex="P"))
    forums.add_participant(db, forum, ParticipantDraft("Ahmad Fauzi", "akademisi", "Politeknik Hasnur"))
    on_the_day = forums.forum_file(db, forum, now=FKP + timedelta(hours=1))
    assert [p.name for p in on_the_day.participants] == ["Ahmad Fauzi", "Noor Aisyah"]  # by unsur
    assert on_the_day.recap.total.invited == 2 and on_the_day.is_today
    assert str(on_the_day.day) == "2025-10-29" and on_the_day.tz == "Asia/Makassar"
    # 17.00 UTC on the 28th is already 01.00 on the 29th in Balangan: still the forum's day.
    assert forums.forum_file(db, forum, now=datetime(2025, 10, 28, 17, tzinfo=UTC)).is_today
    week_early = forums.forum_file(db, forum, now=FKP - timedelta(days=7))
    assert not week_early.is_today and str(week_early.today) == "2025-10-22"


def test_permissions_officer_checks_in_but_does_not_edit_head_does_neither(db: Database) -> None:
    officer = as_user(db, "Rahmat Hidayat", OFFICER)
    head = as_user(db, "Kepala Dinas", HEAD)
    forum = new_forum(db)
    p = forums.add_participant(db, forum, ParticipantDraft("Ahmad Fauzi", "akademisi")).value
    with pytest.raises(AccessDenied):
        forums.create_forum(officer, ForumDraft("X", FKP, venue="Aula"))
    with pytest.raises(AccessDenied):
        forums.add_participant(officer, forum, ParticipantDraft("Budi", "masyarakat"))
    with pytest.raises(AccessDenied):
        forums.check_in(head, p.id)
    assert forums.check_in(officer, p.id).value.present


def test_phone_is_masked_for_a_reader_who_may_not_see_it(db: Database) -> None:
    head = as_user(db, "Kepala Dinas", HEAD)
    forum = new_forum(db)
    forums.add_participant(db, forum, ParticipantDraft("Ahmad Fauzi", "akademisi", phone="081234567890"))
    p = forums.list_participants(head, forum)[0]
    data = forums.print_data(head, forum, DocumentKind.ATTENDANCE)
    with pytest.raises(AccessDenied):
        forums.print_data(head, forum, DocumentKind.ATTENDANCE, with_phone=True)
    assert p.phone == "" and p.phone_masked == "0812-****-7890"
    assert data.participants[0].phone == ""
    assert forums.print_data(db, forum, DocumentKind.ATTENDANCE, with_phone=True).participants[0].phone == \
        "+6281234567890"
    assert forums.forum_file(head, forum).participants[0].phone == ""


def test_type_ahead_offers_people_of_earlier_forums_once_without_consent(db: Database) -> None:
    old = new_forum(db, title="FKP 2024", starts_at=datetime(2024, 10, 2, 1, tzinfo=UTC), ends_at=None)
    older = new_forum(db, title="FKP 2023", starts_at=datetime(2023, 10, 2, 1, tzinfo=UTC), ends_at=None)
    current = new_forum(db)
    for forum, position in ((older, "Anggota"), (old, "Ketua")):
        forums.add_participant(db, forum, ParticipantDraft(
            "Hj. Masliani Rahman", "koperasi", "Koperasi Tani Sanggam", position, "P", "0813-1111-2222",
            consent_photo=True, consent_publication=True))
    forums.add_participant(db, old, ParticipantDraft("Rahmadi", "instansi", "Kecamatan Batumandi"))
    forums.add_participant(db, current, ParticipantDraft("Masrani", "masyarakat"))
    by_word = forums.suggest_people(db, "masl", exclude_forum_id=current)
    by_start = forums.suggest_people(db, "hj mas", exclude_forum_id=current)
    nobody = forums.suggest_people(db, "masr", exclude_forum_id=current)
    assert [p.name for p in by_word] == ["Hj. Masliani Rahman"] == [p.name for p in by_start]
    suggestion = by_word[0]
    assert (suggestion.position, suggestion.forum_title, suggestion.phone) == ("Ketua", "FKP 2024", "+6281311112222")
    draft = suggestion.as_draft()
    assert not draft.consent_photo and not draft.consent_publication  # asked again for each forum
    assert nobody == []


def test_minutes_and_berita_acara_round_trip_numbered_and_editable(db: Database) -> None:
    forum = new_forum(db)
    minutes = MinutesContent(
        agenda=(AgendaItem("09.00–09.15", "Pembukaan"), AgendaItem("", "  "), AgendaItem("09.15", "Paparan")),
        discussion=(DiscussionPoint("Ahmad Fauzi", "akademisi", "Waktu AK/I dipercepat.", "Disetujui."),),
        conclusions=("AK/I selesai hari itu juga.", ""),
        minute_taker="Noor Aisyah",
    )
    saved = forums.save_minutes(db, forum, minutes).value
    forums.save_berita_acara(db, forum, BeritaAcaraContent("01/BA/2025", outcomes=("Satu", "Dua", "Tiga"),
                                                           representative_name="Hairul Anwar"))
    edited = forums.save_berita_acara(db, forum, BeritaAcaraContent(
        "01/BA/2025", outcomes=("Dua (diubah)", "Satu"), representative_name="Hairul Anwar")).value
    assert [a.text for a in saved.agenda] == ["Pembukaan", "Paparan"]
    assert saved.conclusions == ("AK/I selesai hari itu juga.",) and saved.minute_taker == "Noor Aisyah"
    assert edited.outcomes == ("Dua (diubah)", "Satu")
    assert forums.get_berita_acara(db, forum).outcomes == ("Dua (diubah)", "Satu")
    assert forums.get_minutes(db, forum).discussion[0].unsur == "akademisi"
    with pytest.raises(forums.InvalidForum):
        forums.save_minutes(db, forum, MinutesContent(discussion=(DiscussionPoint("", "", "Tanpa pembicara"),)))
    assert actions(db, "forum.minutes") == [{"agenda": 2, "discussion": 1, "conclusions": 1}]
    assert actions(db, "forum.berita_acara")[-1] == {"number": "01/BA/2025", "outcomes": 2}


def test_forum_file_lists_the_standard_versions_it_approved(db: Database) -> None:
    forum = new_forum(db)
    with db.write() as s:
        version = s.scalars(select(StandardVersion).order_by(StandardVersion.id)).first()
        assert version is not None
        s.execute(update(StandardVersion).where(StandardVersion.id == version.id).values(forum_id=forum))
    approved = forums.forum_file(db, forum).approved
    assert [a.id for a in approved] == [version.id]
    assert approved[0].service_name and approved[0].version_no == version.version_no


def test_prints_go_to_the_one_print_log_and_a_saved_pdf_keeps_the_original(db: Database) -> None:
    head = as_user(db, "Kepala Dinas", HEAD)
    forum = new_forum(db)
    data = forums.print_data(head, forum, DocumentKind.ATTENDANCE)
    assert (data.copy_no, data.paper, data.papers) == (1, "F4", ("F4", "A4"))  # the office's attendance paper
    assert forums.print_data(head, forum, DocumentKind.MINUTES).papers == ("A4", "F4")
    saved = prints.record_print(head, DocumentKind.ATTENDANCE, forum, PrintAction.SAVE, "F4", "/tmp/daftar-hadir.pdf")
    first = prints.record_print(head, DocumentKind.ATTENDANCE, forum, PrintAction.PRINT, "F4", "Epson L3110")
    second = prints.record_print(head, DocumentKind.ATTENDANCE, forum, PrintAction.PRINT, "F4", "Epson L3110")
    ba = prints.record_print(head, DocumentKind.BERITA_ACARA, forum, PrintAction.PRINT, "A4", "Epson L3110")
    assert (saved.value, first.value, second.value, ba.value) == (1, 1, 2, 1)
    assert forums.print_data(head, forum, DocumentKind.ATTENDANCE).copy_no == 3
    with db.read() as s:
        kinds = [r.document_kind for r in s.scalars(select(PrintRecord).where(PrintRecord.record_id == forum))]
    assert sorted(kinds) == ["attendance", "attendance", "attendance", "berita_acara"]
    assert actions(db, "document.reprint")[0]["copy"] == 2


def test_a_forum_paper_says_why_it_is_a_konsep(db: Database) -> None:
    forum = new_forum(db)
    person = forums.add_participant(db, forum, ParticipantDraft("Noor Aisyah", "media", "Balangan Pos")).value
    before = forums.print_data(db, forum, DocumentKind.BERITA_ACARA, now=FKP - timedelta(days=1))
    assert before.forum.held is False
    assert before.draft_reasons[1:] == ("Forum belum dilaksanakan.", "Kehadiran peserta belum dicatat.")
    assert before.draft_reasons[0].startswith("Profil kantor belum lengkap untuk cetak resmi")  # the seeded stand-ins
    forums.check_in(db, person.id, now=FKP)
    after = forums.print_data(db, forum, DocumentKind.MINUTES, now=FKP + timedelta(hours=4))
    assert after.forum.held is True and len(after.draft_reasons) == 1  # only the profile is left
    sheet = forums.print_data(db, forum, DocumentKind.ATTENDANCE, now=FKP - timedelta(days=1))
    assert len(sheet.draft_reasons) == 1  # a sheet to sign at the door is not waiting for the forum


def test_a_forum_document_needs_the_print_permission(db: Database) -> None:
    forum = new_forum(db)
    with pytest.raises(ValueError):
        forums.print_data(db, forum, DocumentKind.RECEIPT)
    with pytest.raises(NotFound):
        forums.print_data(db, 999_999, DocumentKind.MINUTES)
