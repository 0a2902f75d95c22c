"""Standards in the store: search across every component, versions a request keeps, saving, permissions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.standard_rules import StandardDraft, draft_of
from desk.store import prints, standards
from desk.store.access import AccessDenied
from desk.store.database import Database
from desk.store.models import AuditEntry, Forum, PrintRecord, StandardVersion
from desk.store.requests import create_request, get_request
from desk.store.work import Change
from tests.factories import user_with_role

WED_29_OCT = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # 09.00 WITA
MON_3_NOV = datetime(2025, 11, 3, 1, 0, tzinfo=UTC)
MON_5_JAN = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)


def actor(db: Database, role: str, name: str = "Syifa Miratil Hayati") -> Database:
    """The database as a new user of `role` sees it (what the main window hands every screen)."""
    return db.as_user(user_with_role(db, role, name))


def service_id(db: Database, code: str) -> int:
    return standards.service_by_code(db, code).service.id


def codes(hits: list[standards.SearchHit]) -> list[str]:
    return [hit.entry.service.code for hit in hits]


def search(db: Database, typed: str) -> list[standards.SearchHit]:
    return standards.search_standards(db, typed, on=date(2025, 11, 3))


def new_draft(db: Database, code: str, **changes: object) -> StandardDraft:
    latest = standards.latest_standard(db, service_id(db, code))
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
    done = standards.save_version(admin, p1, new_draft(db, "P1", requirements=new_requirements))
    saved = done.value.record
    assert saved.version_no == 2 and done.value.new_version and Change.STANDARDS in done.changes
    with db.write() as session:
        after = create_request(session, RequestDraft(service_id=p1, name="Rina Wati",
                                                     nik=make_nik("631104", date(1992, 5, 1), "P", 2)),
                               None, now=MON_3_NOV)
    assert standards.get_version(db, before.standard_version_id).requirements == tuple(old_requirements)
    with db.read() as session:
        old = get_request(session, before.id)
        assert [item.text for item in old.checklist] == old_requirements
        assert old.standard_version_no == 1
        new = get_request(session, after.id)
        assert [item.text for item in new.checklist] == list(new_requirements)
        assert new.standard_version_no == 2


def test_a_version_taking_effect_later_waits_for_its_date(db: Database) -> None:
    admin = actor(db, "admin")
    p3 = service_id(db, "P3")
    standards.save_version(admin, p3, new_draft(db, "P3", effective_date=date(2026, 1, 5), fee=0,
                                                 requirements=("KTP-el", "Kartu Keluarga")))
    states = {v.version_no: v.state for v in standards.list_versions(db, p3, on=date(2025, 11, 3))}
    assert states == {2: "akan berlaku", 1: "berlaku"}
    assert standards.published(db, p3, on=date(2025, 12, 31)).standard.version_no == 1
    assert standards.published(db, p3, on=date(2026, 1, 5)).standard.version_no == 2
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
    with pytest.raises(standards.InvalidStandard) as caught:
        standards.save_version(admin, p1, draft)
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
    with pytest.raises(standards.InvalidStandard) as caught:
        standards.save_version(admin, p2, new_draft(db, "P2", effective_date=date(2025, 1, 1)))
    assert caught.value.errors["effective_date"].startswith("Tanggal berlaku tidak boleh sebelum")
    same = draft_of(standards.latest_standard(db, p2))  # type: ignore[arg-type]
    with pytest.raises(standards.InvalidStandard) as caught:
        standards.save_version(admin, p2, same)
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
    with pytest.raises(AccessDenied):
        standards.save_version(officer, p4, draft)
    record = standards.save_version(admin, p4, draft).value.record
    versions = standards.list_versions(db, p4, on=date(2025, 11, 3))
    published = standards.published(db, p4, on=date(2025, 11, 3))
    with db.read() as session:
        entry = session.execute(select(AuditEntry.username, AuditEntry.details)
                                .where(AuditEntry.action == "standard.version")).one()
    assert record.forum_id == forum_id and versions[0].forum_title.startswith("Forum Konsultasi Publik")
    assert versions[0].created_by == "Syifa Miratil Hayati"
    assert admin.actor is not None and entry.username == admin.actor.username
    assert entry.details["service"] == "P4" and entry.details["changed"] == ["Biaya/tarif"]
    assert entry.details["fee"] == 25_000
    assert published.standard.fee == 25_000 and published.forum_title == versions[0].forum_title


def test_what_a_document_prints_comes_with_its_copy_number_and_paper(db: Database) -> None:
    officer = actor(db, "petugas")
    p1 = service_id(db, "P1")
    board = standards.print_data(officer, DocumentKind.BOARD, service_id=p1)
    assert board.record_id == board.standards[0].standard.id and board.copy_no == 1
    assert (board.paper, board.papers) == ("A4", ("A4", "F4"))
    prints.record_print(officer, DocumentKind.BOARD, board.record_id, PrintAction.SAVE, "A4", "/tmp/papan.pdf")
    assert standards.print_data(officer, DocumentKind.BOARD, service_id=p1).copy_no == 1  # a saved PDF is no copy
    prints.record_print(officer, DocumentKind.BOARD, board.record_id, PrintAction.PRINT, "A4", "Epson L3110")
    assert standards.print_data(officer, DocumentKind.BOARD, service_id=p1).copy_no == 2
    booklet = standards.print_data(officer, DocumentKind.BOOKLET)
    assert booklet.record_id is None and len(booklet.standards) == 19
    every_board = standards.print_data(officer, DocumentKind.BOARD)
    assert every_board.record_id is None and len(every_board.standards) == 19
    maklumat = standards.print_data(officer, DocumentKind.MAKLUMAT, on=date(2025, 11, 3))
    assert maklumat.standards == () and maklumat.on == date(2025, 11, 3)
    with pytest.raises(ValueError):
        standards.print_data(officer, DocumentKind.STANDARD)  # one service's standard needs the service
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(PrintRecord)) == 2


def test_the_lookup_list_hides_what_is_not_offered_but_the_admin_sees_it(db: Database) -> None:
    from desk.store.admin import add_service

    admin = actor(db, "admin")
    unit_id = standards.service_by_code(db, "P1").service.unit_id
    add_service(admin, unit_id, "P9", "Layanan Baru Tanpa Standar")
    everyone = [e.service.code for e in standards.list_entries(db)]
    admins = {e.service.code: e for e in standards.list_entries(db, include_inactive=True)}
    assert "P9" not in everyone and len(everyone) == 19
    assert admins["P9"].version_no is None and not admins["P9"].offered
