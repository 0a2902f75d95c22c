"""Standards in the store: search across every component, versions a request keeps, saving, permissions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.standard_rules import StandardDraft, draft_of
from desk.store import standards
from desk.store.access import AccessDenied, Actor
from desk.store.database import Database
from desk.store.models import AuditEntry, Forum, PrintRecord, StandardVersion
from desk.store.requests import create_request, get_request
from desk.store.users import add_officer

WED_29_OCT = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # 09.00 WITA
MON_3_NOV = datetime(2025, 11, 3, 1, 0, tzinfo=UTC)
MON_5_JAN = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)


def actor(db: Database, role: str, name: str = "Syifa Miratil Hayati") -> Actor:
    with db.write() as session:
        user = add_officer(session, name, role=role)
    return Actor(user.id, user.username, user.full_name, user.role)


def service_id(db: Database, code: str) -> int:
    with db.read() as session:
        return standards.service_by_code(session, code).service.id


def codes(hits: list[standards.SearchHit]) -> list[str]:
    return [hit.entry.service.code for hit in hits]


def search(db: Database, typed: str) -> list[standards.SearchHit]:
    with db.read() as session:
        return standards.search_standards(session, typed, on=date(2025, 11, 3))


def new_draft(db: Database, code: str, **changes: object) -> StandardDraft:
    with db.read() as session:
        latest = standards.latest_standard(session, service_id(db, code))
    assert latest is not None
    values: dict[str, object] = {"sk_number": "188.4/200/DKUKMTK/2025", "effective_date": date(2025, 11, 3)}
    values.update(changes)
    return replace(draft_of(latest), **values)  # type: ignore[arg-type]


# --- search --------------------------------------------------------------------------------------


def test_a_requirement_word_finds_every_service_that_asks_for_it(any_db: Database) -> None:
    hits = search(any_db, "ijazah")
    assert codes(hits) == ["P1", "P2", "P3", "B1"]  # in the office's order, by unit
    p1 = hits[0]
    assert [m.label for m in p1.matches] == ["Persyaratan"]
    match = p1.matches[0]
    assert match.text == "Ijazah pendidikan terakhir asli dan fotokopi 1 lembar"
    assert [match.text[a:b] for a, b in match.spans] == ["Ijazah"]  # case does not matter, the span is exact


def test_search_reaches_every_component_and_needs_every_word(db: Database) -> None:
    # A legal basis (component 7), a management component (8: facilities), the product (5).
    assert "P1" in codes(search(db, "Menteri Ketenagakerjaan Nomor 39 Tahun 2016"))
    facilities = search(db, "apar")
    assert facilities and all(any(m.label.startswith("Sarana") for m in h.matches) for h in facilities)
    assert codes(search(db, "kartu ak/i"))[:2] == ["P1", "P2"]
    # Every word must occur somewhere in the service's standard, not necessarily on one line.
    both = codes(search(db, "ijazah siapkerja"))
    assert "P1" in both and set(both) <= {"P1", "P2", "P3", "B1"}
    assert search(db, "ijazah helikopter") == []
    # The unit's name counts: "koperasi" lists the Koperasi unit's services.
    assert {"K1", "K2", "K3", "K4", "K5"} <= set(codes(search(db, "bidang koperasi")))


def test_search_ignores_case_and_accents_and_an_empty_query_lists_all(db: Database) -> None:
    assert codes(search(db, "IJÁZAH")) == codes(search(db, "ijazah"))
    everything = search(db, "   ")
    assert len(everything) == 19 and all(hit.matches == () for hit in everything)


# --- versions ------------------------------------------------------------------------------------


def test_an_old_request_keeps_its_requirements_and_a_new_one_gets_the_new(db: Database) -> None:
    admin = actor(db, "admin")
    p1 = service_id(db, "P1")
    with db.write() as session:
        before = create_request(session, RequestDraft(service_id=p1, name="Budi Santoso",
                                                      nik=make_nik("631104", date(1990, 3, 14), "L", 1)),
                                None, now=WED_29_OCT)
    old_requirements = [item.text for item in before.checklist]
    new_requirements = ("KTP-el asli", "Ijazah terakhir (fotokopi dilegalisir)", "Pas foto 4×6 sebanyak 2 lembar")
    with db.write(admin) as session:
        saved = standards.save_version(session, p1, new_draft(db, "P1", requirements=new_requirements))
    assert saved.version_no == 2
    with db.write() as session:
        after = create_request(session, RequestDraft(service_id=p1, name="Rina Wati",
                                                     nik=make_nik("631104", date(1992, 5, 1), "P", 2)),
                               None, now=MON_3_NOV)
    with db.read() as session:
        old = get_request(session, before.id)
        assert [item.text for item in old.checklist] == old_requirements
        assert old.standard_version_no == 1
        assert standards.get_version(session, old.standard_version_id).requirements == tuple(old_requirements)
        new = get_request(session, after.id)
        assert [item.text for item in new.checklist] == list(new_requirements)
        assert new.standard_version_no == 2


def test_a_version_taking_effect_later_waits_for_its_date(db: Database) -> None:
    admin = actor(db, "admin")
    p3 = service_id(db, "P3")
    with db.write(admin) as session:
        standards.save_version(session, p3, new_draft(db, "P3", effective_date=date(2026, 1, 5), fee=0,
                                                      requirements=("KTP-el", "Kartu Keluarga")))
    with db.read() as session:
        states = {v.version_no: v.state for v in standards.list_versions(session, p3, on=date(2025, 11, 3))}
        assert states == {2: "akan berlaku", 1: "berlaku"}
        assert standards.standard_in_force(session, p3, date(2025, 12, 31)).version_no == 1
        assert standards.standard_in_force(session, p3, date(2026, 1, 5)).version_no == 2
    with db.write() as session:
        early = create_request(session, RequestDraft(service_id=p3, name="Siti Aminah"), None, now=MON_3_NOV)
        late = create_request(session, RequestDraft(service_id=p3, name="Siti Aminah"), None, now=MON_5_JAN)
    assert len(early.checklist) == 17 and [c.text for c in late.checklist] == ["KTP-el", "Kartu Keluarga"]


def test_a_bad_standard_is_refused_field_by_field_and_nothing_is_written(db: Database) -> None:
    admin = actor(db, "admin")
    p1 = service_id(db, "P1")
    draft = new_draft(db, "P1", requirements=(), sk_number="  ", same_day=False, duration_days=None,
                      duration_minutes=None, fee=-5, product="", legal_basis=("UU 25/2009", "uu 25/2009"))
    with db.read() as session:
        versions = session.scalar(select(func.count()).select_from(StandardVersion))
    with pytest.raises(standards.InvalidStandard) as caught, db.write(admin) as session:
        standards.save_version(session, p1, draft)
    errors = caught.value.errors
    assert set(errors) == {"requirements", "sk_number", "duration", "fee", "product", "legal_basis"}
    assert errors["requirements"] == "Persyaratan wajib diisi, paling sedikit satu baris."
    assert errors["legal_basis"] == "Dasar hukum baris ke-2 sama dengan baris ke-1."
    assert "hari kerja" in errors["duration"]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(StandardVersion)) == versions


def test_the_date_cannot_go_back_and_an_unchanged_standard_is_not_a_new_version(db: Database) -> None:
    admin = actor(db, "admin")
    p2 = service_id(db, "P2")
    with pytest.raises(standards.InvalidStandard) as caught, db.write(admin) as session:
        standards.save_version(session, p2, new_draft(db, "P2", effective_date=date(2025, 1, 1)))
    assert caught.value.errors["effective_date"].startswith("Tanggal berlaku tidak boleh sebelum")
    with db.read() as session:
        same = draft_of(standards.latest_standard(session, p2))  # type: ignore[arg-type]
    with pytest.raises(standards.InvalidStandard) as caught, db.write(admin) as session:
        standards.save_version(session, p2, same)
    assert "Tidak ada yang berubah" in caught.value.errors["version"]


def test_a_save_names_its_forum_is_audited_and_a_petugas_is_refused(db: Database) -> None:
    admin, officer = actor(db, "admin"), actor(db, "petugas", "Rahmat Hidayat")
    p4 = service_id(db, "P4")
    with db.write() as session:
        forum = Forum(title="Forum Konsultasi Publik Standar Pelayanan 2025", starts_at=WED_29_OCT)
        session.add(forum)
        session.flush()
        forum_id = forum.id
    draft = new_draft(db, "P4", forum_id=forum_id, fee=25_000)
    with pytest.raises(AccessDenied), db.write(officer) as session:
        standards.save_version(session, p4, draft)
    with db.write(admin) as session:
        record = standards.save_version(session, p4, draft)
    with db.read() as session:
        versions = standards.list_versions(session, p4, on=date(2025, 11, 3))
        entry = session.execute(select(AuditEntry.username, AuditEntry.details)
                                .where(AuditEntry.action == "standard.version")).one()
        published = standards.published(session, p4, on=date(2025, 11, 3))
    assert record.forum_id == forum_id and versions[0].forum_title.startswith("Forum Konsultasi Publik")
    assert versions[0].created_by == "Syifa Miratil Hayati"
    assert entry.username == admin.username
    assert entry.details["layanan"] == "P4" and entry.details["komponen_berubah"] == ["Biaya/tarif"]
    assert published.standard.fee == 25_000 and published.forum_title == versions[0].forum_title


def test_prints_are_counted_per_document_and_logged(db: Database) -> None:
    officer = actor(db, "petugas")
    with db.read() as session:
        version_id = standards.published(session, service_id(db, "P1")).standard.id
    with db.write(officer) as session:
        first = standards.record_print(session, "board", version_id, paper="A4", target="/tmp/papan.pdf")
        again = standards.record_print(session, "board", version_id, paper="A4", target="/tmp/papan.pdf")
        booklet = standards.record_print(session, "booklet", None, paper="F4")
    assert (first, again, booklet) == (1, 2, 1)
    with db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("document.%"))
                                       .order_by(AuditEntry.id)))
        assert session.scalar(select(func.count()).select_from(PrintRecord)) == 3
    assert actions == ["document.print", "document.reprint", "document.print"]


def test_the_lookup_list_hides_what_is_not_offered_but_the_admin_sees_it(db: Database) -> None:
    from desk.store.admin import add_service

    admin = actor(db, "admin")
    with db.read() as session:
        unit_id = standards.service_by_code(session, "P1").service.unit_id
    add_service(db.as_user(admin), unit_id, "P9", "Layanan Baru Tanpa Standar")
    with db.read(admin) as session:
        everyone = [e.service.code for e in standards.list_entries(session)]
        admins = {e.service.code: e for e in standards.list_entries(session, include_inactive=True)}
    assert "P9" not in everyone and len(everyone) == 19
    assert admins["P9"].version_no is None and not admins["P9"].offered
