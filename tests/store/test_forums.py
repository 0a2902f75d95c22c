"""Forums in the store: create, invite, consent, check in, walk-ins, recap, notulen, berita acara, prints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from desk.domain.consent import ConsentPurpose
from desk.domain.forum_rules import (
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    ForumDraft,
    MinutesContent,
    ParticipantDraft,
)
from desk.store import forums
from desk.store.access import ADMIN, HEAD, OFFICER, AccessDenied, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.models import AuditEntry, PrintRecord, StandardVersion
from tests.factories import user_with_role

FKP = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # Rabu 29 Oktober 2025, 09.00 WITA


@pytest.fixture
def db(any_db: Database) -> Database:
    """The core of the area runs on SQLite and on PostgreSQL."""
    return any_db


def actor(db: Database, name: str, role: str) -> Actor:
    return user_with_role(db, role, name)


def new_forum(db: Database, who: Actor | None = None, **changes: object) -> int:
    with db.read() as s:
        services = [svc.id for svc in list_services(s)][:2]
        venue = forums.default_venue(s)
    values: dict[str, object] = {
        "title": "Forum Konsultasi Publik Standar Pelayanan DKUKMTK",
        "starts_at": FKP, "ends_at": FKP + timedelta(hours=3), "venue": venue, "service_ids": tuple(services),
    }
    values.update(changes)
    with db.write(who) as s:
        return forums.create_forum(s, ForumDraft(**values)).id  # type: ignore[arg-type]


def actions(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as s:
        return [dict(d) for d in s.scalars(select(AuditEntry.details).where(AuditEntry.action == action))]  # type: ignore[call-overload]


def test_forum_gets_default_venue_standards_and_is_listed_upcoming_first(db: Database) -> None:
    past = new_forum(db, title="FKP 2025")
    upcoming = new_forum(db, title="FKP 2026", starts_at=datetime(2026, 12, 9, 1, tzinfo=UTC), ends_at=None)
    later = new_forum(db, title="FKP 2027", starts_at=datetime(2027, 3, 1, 1, tzinfo=UTC), ends_at=None)
    with db.read() as s:
        info = forums.get_forum(s, past)
        listed = forums.list_forums(s, now=datetime(2026, 11, 30, 2, tzinfo=UTC))
    assert info.venue == "Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi"
    assert len(info.standards) == 2 and all(info.standards)
    assert [f.id for f in listed] == [upcoming, later, past]
    assert [f.upcoming for f in listed] == [True, True, False]
    assert actions(db, "forum.create")[0]["judul"] == "FKP 2025"


def test_invalid_forum_names_each_field(db: Database) -> None:
    with db.write() as s, pytest.raises(forums.InvalidForum) as caught:
        forums.create_forum(s, ForumDraft(title=" ", starts_at=FKP, ends_at=FKP - timedelta(hours=1), venue=""))
    assert set(caught.value.errors) == {"title", "ends_at", "venue"}


def test_participant_consent_is_stored_with_purpose_date_and_officer(db: Database) -> None:
    admin = actor(db, "Syifa Miratil Hayati", ADMIN)
    forum = new_forum(db, admin)
    at = datetime(2025, 10, 20, 2, tzinfo=UTC)
    with db.write(admin) as s:
        p = forums.add_participant(
            s, forum, ParticipantDraft("Budi  Santoso", "UMKM", "UD Berkah", "Pemilik", "laki-laki", "0812 3456 7890",
                                       consent_photo=False, consent_publication=True), now=at,
        )
    assert (p.name, p.unsur, p.sex, p.phone) == ("Budi Santoso", "pelaku_usaha", "L", "+6281234567890")
    assert p.consent_publication and p.publication_purpose == ConsentPurpose.ATTENDANCE_PUBLICATION.statement
    assert p.publication_consent_at == at and p.publication_consent_by == "Syifa Miratil Hayati"
    assert not p.consent_photo and p.photo_purpose == ""
    # A later edit that keeps the answer keeps its date; withdrawing stamps the new date.
    later = at + timedelta(days=3)
    with db.write(admin) as s:
        kept = forums.update_participant(s, p.id, p.as_draft(), now=later)
        assert kept.publication_consent_at == at
        withdrawn = forums.update_participant(
            s, p.id, ParticipantDraft(p.name, p.unsur, p.institution, consent_publication=False), now=later
        )
    assert not withdrawn.consent_publication and withdrawn.publication_consent_at == later
    logged = actions(db, "forum.participant")
    assert logged[0]["hp"] == "0812-****-7890" and "81234567890" not in str(logged)


def test_same_person_twice_is_refused(db: Database) -> None:
    forum = new_forum(db)
    with db.write() as s:
        forums.add_participant(s, forum, ParticipantDraft("Siti Aminah", "masyarakat", "Desa Mampari"))
    with db.write() as s, pytest.raises(forums.InvalidForum, match="sudah terdaftar"):
        forums.add_participant(s, forum, ParticipantDraft("SITI aminah", "tokoh", "desa mampari"))


def test_check_in_keeps_time_and_walk_in_is_present_at_once(db: Database) -> None:
    officer = actor(db, "Rahmat Hidayat", OFFICER)
    forum = new_forum(db)
    with db.write() as s:
        a = forums.add_participant(s, forum, ParticipantDraft("Ahmad Fauzi", "akademisi", "Politeknik Hasnur"))
        forums.add_participant(s, forum, ParticipantDraft("Noor Aisyah", "media", "Balangan Pos", sex="P"))
    t1 = FKP - timedelta(minutes=10)
    with db.write(officer) as s:
        first = forums.check_in(s, a.id, now=t1)
        again = forums.check_in(s, a.id, now=t1 + timedelta(minutes=30))
        walk = forums.add_walk_in(s, forum, ParticipantDraft("Hairul Anwar", "tokoh", "Desa Lok Batu", sex="L"),
                                  now=FKP + timedelta(minutes=5))
    assert first.present and first.checked_in_at == t1 and again.checked_in_at == t1
    assert walk.present and walk.walk_in and not walk.invited
    with db.read() as s:
        recap = forums.forum_recap(s, forum)
        listed = {p.name: p for p in forums.list_participants(s, forum)}
    assert not listed["Noor Aisyah"].present
    assert (recap.total.invited, recap.total.invited_present, recap.total.walk_ins, recap.total.present) == (2, 1, 1, 2)
    by_unsur = {line.key: line for line in recap.by_unsur}
    assert (by_unsur["akademisi"].invited, by_unsur["akademisi"].present) == (1, 1)
    assert (by_unsur["media"].invited, by_unsur["media"].present) == (1, 0)
    assert by_unsur["tokoh"].walk_ins == 1
    by_sex = {line.key: line for line in recap.by_sex}
    assert by_sex["P"].invited == 1 and by_sex["P"].present == 0 and by_sex["L"].present == 1
    assert by_sex[""].present == 1  # Ahmad: sex not given
    with db.write(officer) as s:
        undone = forums.undo_check_in(s, a.id)
    assert not undone.present and undone.checked_in_at is None
    assert len(actions(db, "forum.checkin")) == 1 and len(actions(db, "forum.walk_in")) == 1


def test_permissions_officer_checks_in_but_does_not_edit_head_does_neither(db: Database) -> None:
    officer = actor(db, "Rahmat Hidayat", OFFICER)
    head = actor(db, "Kepala Dinas", HEAD)
    forum = new_forum(db)
    with db.write() as s:
        p = forums.add_participant(s, forum, ParticipantDraft("Ahmad Fauzi", "akademisi"))
    with db.write(officer) as s, pytest.raises(AccessDenied):
        forums.create_forum(s, ForumDraft("X", FKP, venue="Aula"))
    with db.write(officer) as s, pytest.raises(AccessDenied):
        forums.add_participant(s, forum, ParticipantDraft("Budi", "masyarakat"))
    with db.write(head) as s, pytest.raises(AccessDenied):
        forums.check_in(s, p.id)
    with db.write(officer) as s:
        assert forums.check_in(s, p.id).present


def test_phone_is_masked_for_a_reader_who_may_not_see_it(db: Database) -> None:
    head = actor(db, "Kepala Dinas", HEAD)
    forum = new_forum(db)
    with db.write() as s:
        forums.add_participant(s, forum, ParticipantDraft("Ahmad Fauzi", "akademisi", phone="081234567890"))
    with db.read(head) as s:
        p = forums.list_participants(s, forum)[0]
        data = forums.print_data(s, forum)
        with pytest.raises(AccessDenied):
            forums.print_data(s, forum, with_phone=True)
    assert p.phone == "" and p.phone_masked == "0812-****-7890"
    assert data.participants[0].phone == ""
    with db.read() as s:
        assert forums.print_data(s, forum, with_phone=True).participants[0].phone == "+6281234567890"


def test_type_ahead_offers_people_of_earlier_forums_once_without_consent(db: Database) -> None:
    old = new_forum(db, title="FKP 2024", starts_at=datetime(2024, 10, 2, 1, tzinfo=UTC), ends_at=None)
    older = new_forum(db, title="FKP 2023", starts_at=datetime(2023, 10, 2, 1, tzinfo=UTC), ends_at=None)
    current = new_forum(db)
    with db.write() as s:
        for forum, position in ((older, "Anggota"), (old, "Ketua")):
            forums.add_participant(s, forum, ParticipantDraft(
                "Hj. Masliani Rahman", "koperasi", "Koperasi Tani Sanggam", position, "P", "0813-1111-2222",
                consent_photo=True, consent_publication=True))
        forums.add_participant(s, old, ParticipantDraft("Rahmadi", "instansi", "Kecamatan Batumandi"))
        forums.add_participant(s, current, ParticipantDraft("Masrani", "masyarakat"))
    with db.read() as s:
        by_word = forums.suggest_people(s, "masl", exclude_forum_id=current)
        by_start = forums.suggest_people(s, "hj mas", exclude_forum_id=current)
        nobody = forums.suggest_people(s, "masr", exclude_forum_id=current)
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
    with db.write() as s:
        saved = forums.save_minutes(s, forum, minutes)
        forums.save_berita_acara(s, forum, BeritaAcaraContent("01/BA/2025", outcomes=("Satu", "Dua", "Tiga"),
                                                              representative_name="Hairul Anwar"))
        edited = forums.save_berita_acara(s, forum, BeritaAcaraContent(
            "01/BA/2025", outcomes=("Dua (diubah)", "Satu"), representative_name="Hairul Anwar"))
    assert [a.text for a in saved.agenda] == ["Pembukaan", "Paparan"]
    assert saved.conclusions == ("AK/I selesai hari itu juga.",) and saved.minute_taker == "Noor Aisyah"
    assert edited.outcomes == ("Dua (diubah)", "Satu")
    with db.read() as s:
        assert forums.get_berita_acara(s, forum).outcomes == ("Dua (diubah)", "Satu")
        assert forums.get_minutes(s, forum).discussion[0].unsur == "akademisi"
    with db.write() as s, pytest.raises(forums.InvalidForum):
        forums.save_minutes(s, forum, MinutesContent(discussion=(DiscussionPoint("", "", "Tanpa pembicara"),)))


def test_forum_page_lists_the_standard_versions_it_approved(db: Database) -> None:
    forum = new_forum(db)
    with db.write() as s:
        version = s.scalars(select(StandardVersion).order_by(StandardVersion.id)).first()
        assert version is not None
        s.execute(update(StandardVersion).where(StandardVersion.id == version.id).values(forum_id=forum))
    with db.read() as s:
        approved = forums.approved_versions(s, forum)
    assert [a.id for a in approved] == [version.id]
    assert approved[0].service_name and approved[0].version_no == version.version_no


def test_prints_are_logged_with_copy_numbers(db: Database) -> None:
    head = actor(db, "Kepala Dinas", HEAD)
    forum = new_forum(db)
    with db.write(head) as s:
        first = forums.record_print(s, forum, "attendance", paper="F4", target="/tmp/daftar-hadir.pdf")
        second = forums.record_print(s, forum, "attendance", paper="F4", action="print", target="Epson L3110")
        ba = forums.record_print(s, forum, "berita_acara")
    assert (first, second, ba) == (1, 2, 1)
    with db.read() as s:
        kinds = [r.document_kind for r in s.scalars(select(PrintRecord).where(PrintRecord.record_id == forum))]
    assert sorted(kinds) == ["attendance", "attendance", "berita_acara"]
    assert len(actions(db, "document.print")) == 2 and actions(db, "document.reprint")[0]["salinan"] == 2
