"""SKM in the store: forms recorded anonymously, a period's result from SQL aggregates, population and sample,
imports that are all or nothing, the follow-up plan; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, inspect, select

from desk.domain.forum_rules import ForumDraft
from desk.domain.imports import ImportRejected
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.skm import FORM_ORDER, UNSUR_KEYS, ResponseDraft, parse_period
from desk.domain.skm_forms import SheetRow, column_letters
from desk.domain.skm_records import OFFICE, SERVICE, UNIT, FollowupDraft
from desk.domain.status import DONE, IN_PROCESS, REJECTED
from desk.store import complaints, forums, survey, survey_followup
from desk.store.access import AccessDenied, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry
from desk.store.models_survey import SurveyResponseRow
from desk.store.requests import change_status, create_request
from desk.store.work import Change
from tests.complaint_samples import siti
from tests.factories import user_with_role

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # Jumat 20 November 2026, 11.00 WITA
S2 = parse_period("2026-S2")
DAY = date(2026, 11, 5)


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def actor(db: Database, name: str, role: str) -> Actor:
    return user_with_role(db, role, name)


def services(db: Database) -> dict[str, Any]:
    with db.read() as s:
        return {svc.code: svc for svc in list_services(s)}


def form(service_id: int, day: date = DAY, base: int = 3, **answers: int | None) -> ResponseDraft:
    return ResponseDraft(service_id, day, {**dict.fromkeys(UNSUR_KEYS, base), **answers}, sex="P", age=31,
                         education="sma", job="wirausaha", source="kertas")


def hand_worked(service_id: int) -> list[ResponseDraft]:
    """Five forms whose konversi is 76,67 (B); see tests/domain/test_skm.py."""
    return [form(service_id, persyaratan=4)] * 3 + [form(service_id)] * 2


def closed_requests(db: Database, code: str, count: int, when: datetime, status: str = DONE) -> None:
    with db.write() as s:
        svc = services(db)[code]
        for i in range(count):
            record = create_request(s, RequestDraft(service_id=svc.id, name=f"Pemohon {i}",
                                                    nik=make_nik("631104", date(1990, 1, 2), "L", 100 + i)),
                                    None, now=when)
            change_status(s, record.id, status, "tidak lengkap" if status == REJECTED else "", None, now=when)


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(" ".join(statement.lower().split()))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_forms_are_stored_anonymously_and_the_result_comes_from_sql_aggregates(db: Database) -> None:
    svc = services(db)
    done = survey.record_batch(db, hand_worked(svc["P1"].id), now=NOW)
    assert done.value == 5 and Change.SURVEY in done.changes
    closed_requests(db, "P1", 6, datetime(2026, 10, 1, 2, 0, tzinfo=UTC))
    closed_requests(db, "P2", 2, datetime(2026, 8, 3, 2, 0, tzinfo=UTC))
    closed_requests(db, "P1", 1, datetime(2026, 10, 2, 2, 0, tzinfo=UTC), status=REJECTED)  # not served
    closed_requests(db, "P1", 1, datetime(2026, 6, 30, 15, 59, tzinfo=UTC))  # 30 June 23.59 WITA: semester I
    closed_requests(db, "P1", 1, datetime(2026, 6, 30, 16, 0, tzinfo=UTC))  # 1 July 00.00 WITA: semester II
    closed_requests(db, "P1", 1, datetime(2026, 10, 5, 2, 0, tzinfo=UTC), status=IN_PROCESS)  # still open

    with statements(db) as seen:
        office = survey.scope_result(db, S2, now=NOW)
    on_responses = [s for s in seen if "from survey_responses" in s]
    assert on_responses and all("count(" in s and "sum(" in s for s in on_responses)  # aggregates, not rows
    assert office.scope.kind == OFFICE and office.respondents == 5
    assert office.population == 9 and office.minimum == 9  # 6 + 2 + the one closed at midnight WITA
    assert office.progress == "5 dari 9 responden" and not office.enough
    assert office.result is not None
    assert (office.konversi, office.grade) == (Decimal("76.67"), "B")
    assert office.result.weakest.unsur.key == "prosedur"

    unit = survey.scope_result(db, S2, unit_id=svc["P1"].unit_id, now=NOW)
    assert (unit.scope.kind, unit.scope.code, unit.respondents, unit.population) == (UNIT, "PNP", 5, 9)
    p2 = survey.scope_result(db, S2, service_id=svc["P2"].id, now=NOW)
    assert (p2.scope.kind, p2.respondents, p2.population, p2.result) == (SERVICE, 0, 2, None)
    assert p2.problem == "Belum ada responden pada periode ini." and p2.progress == "0 dari 2 responden"
    assert survey.scope_result(db, parse_period("2026-S1"), now=NOW).population == 1

    columns = {c["name"] for c in inspect(db.engine).get_columns("survey_responses")}
    assert columns == {"id", "service_id", "unit_id", "surveyed_on", "source", "sex", "age", "education", "job",
                       *UNSUR_KEYS}  # no request, name, NIK, phone, time of day or officer
    with db.read() as s:
        entries = [(e.action, e.entity_id, e.details)
                   for e in s.scalars(select(AuditEntry).where(AuditEntry.action.like("survey.%")))]
    assert entries == [
        ("survey.batch", "", {"forms": 5, "source": "kertas", "services": {"P1": 5}})]


def test_a_sample_of_the_minimum_is_enough(db: Database) -> None:
    svc = services(db)
    closed_requests(db, "P1", 5, datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    survey.record_batch(db, hand_worked(svc["P1"].id), now=NOW)
    result = survey.scope_result(db, S2, now=NOW)
    assert (result.population, result.minimum, result.enough) == (5, 5, True)
    assert result.progress == "5 dari 5 responden"


def test_the_visitor_screens_form_and_what_it_refuses(db: Database) -> None:
    svc = services(db)
    officer = db.as_user(actor(db, "Rahmat Hidayat", "petugas"))
    draft = ResponseDraft(svc["U1"].id, date(2026, 11, 20), dict.fromkeys(UNSUR_KEYS, 4), sex="L", age=45,
                          education="s2", job="pns", source="layar")
    assert survey.record_response(officer, draft, now=NOW).value == 1
    assert survey.record_response(officer, draft, now=NOW).value == 2
    with pytest.raises(survey.InvalidForms) as caught:
        survey.record_response(officer, ResponseDraft(svc["U1"].id, date(2026, 11, 21), {"waktu": 5}), now=NOW)
    assert [f for _n, f, _m in caught.value.problems] == ["surveyed_on", "waktu"]
    with pytest.raises(survey.InvalidForms, match="Layanan tidak ditemukan"):
        survey.record_response(officer, ResponseDraft(99_999, DAY, {"waktu": 3}), now=NOW)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SurveyResponseRow)) == 2
        entry = s.execute(select(AuditEntry.username, AuditEntry.entity_id, AuditEntry.details)
                          .where(AuditEntry.action == "survey.response")).first()
    assert entry is not None and entry.entity_id == "" and entry.username.startswith("rahmat")
    assert entry.details == {"source": "layar", "services": {"U1": 1}}  # no answers, no row id


def test_a_batch_with_one_bad_form_stores_none(db: Database) -> None:
    svc = services(db)
    bad = [form(svc["P1"].id), form(svc["P1"].id, waktu=7), form(svc["P1"].id, day=date(2026, 11, 21))]
    with pytest.raises(survey.InvalidForms) as caught:
        survey.record_batch(db, bad, now=NOW)
    assert [(n, f) for n, f, _m in caught.value.problems] == [(2, "waktu"), (3, "surveyed_on")]
    assert "2 masalah; formulir ke-2" in caught.value.message
    assert survey.scope_result(db, S2, now=NOW).respondents == 0
    with pytest.raises(StoreError, match="Belum ada formulir"):
        survey.record_batch(db, [], now=NOW)


def test_roles(db: Database) -> None:
    svc = services(db)
    head = db.as_user(actor(db, "Kepala Dinas", "pimpinan"))
    officer = db.as_user(actor(db, "Petugas Loket", "petugas"))
    with pytest.raises(AccessDenied):
        survey.record_batch(head, [form(svc["P1"].id)], now=NOW)
    survey.record_batch(officer, [form(svc["P1"].id)], now=NOW)
    assert survey.scope_result(head, S2, now=NOW).respondents == 1
    assert survey.report_data(head, S2, now=NOW).main.respondents == 1
    plan = FollowupDraft("2026-S2", None, "waktu", "Loket prioritas", "Januari 2027", "Kepala Bidang")
    with pytest.raises(AccessDenied):
        survey_followup.save_followup(officer, plan, now=NOW)
    with pytest.raises(AccessDenied):
        survey_followup.save_followup(head, plan, now=NOW)


def sheet_rows(*rows: dict[str, object], first: int = 2) -> list[SheetRow]:
    return [SheetRow(first + i, row) for i, row in enumerate(rows)]


def imported_row(code: str = "P1", **changes: object) -> dict[str, object]:
    row: dict[str, object] = {"date": date(2026, 11, 3), "service": code, "sex": "L", "age": 27, "education": 5,
                              "job": "2", **dict.fromkeys(FORM_ORDER, 3)}
    row.update(changes)
    return row


def test_an_import_is_checked_whole_and_refused_with_row_and_column(db: Database) -> None:
    from desk.domain.skm_forms import TEMPLATE_COLUMNS

    letters, missing = column_letters([c.heading for c in TEMPLATE_COLUMNS])
    assert not missing and letters["date"] == "A" and letters["sarana"] == "N" and letters["pengaduan"] == "O"
    rows = sheet_rows(imported_row(), imported_row("X9"), imported_row(waktu=5, sex="Q"),
                      imported_row(date="31-02-2026"), imported_row(age="dua puluh"))
    with pytest.raises(ImportRejected) as caught:
        survey.import_forms(db, rows, letters, "skm.xlsx", now=NOW)
    assert [p.text() for p in caught.value.problems] == [
        "Baris 3, kolom B (Kode layanan): Kode layanan X9 tidak dikenal.",
        "Baris 4, kolom C (Jenis kelamin): Jenis kelamin harus L atau P.",
        "Baris 4, kolom I (3. Waktu Penyelesaian): Jawaban harus 1, 2, 3 atau 4 (atau kosong).",
        "Baris 5, kolom A (Tanggal survei): Tanggal harus ditulis HH-BB-TTTT, misalnya 05-11-2026.",
        "Baris 6, kolom D (Umur): Umur harus angka tahun antara 15 dan 99.",
    ]
    assert caught.value.message.startswith("5 masalah ditemukan; tidak ada formulir yang diimpor.")
    assert survey.scope_result(db, S2, now=NOW).respondents == 0  # not even the good first row

    good = sheet_rows(imported_row(), imported_row("p2", sex="", age=None, education=None, job=None, sarana=None))
    assert survey.import_forms(db, good, letters, "skm.xlsx", now=NOW).value == 2
    result = survey.report_data(db, S2, now=NOW)
    assert result.main.respondents == 2 and result.main.result is not None
    assert result.main.result.of("sarana").answered == 1
    sexes = {r.label: r.count for r in result.profile[0].rows}
    assert sexes == {"Laki-laki": 1, "Perempuan": 0, "Tidak diisi": 1}
    assert {r.label: r.count for r in result.sources}["Impor"] == 2


def test_report_data_has_profile_parts_trend_and_the_plan(db: Database) -> None:
    svc = services(db)
    survey.record_batch(db, [*hand_worked(svc["P1"].id), form(svc["K1"].id, base=4, day=date(2026, 7, 1))],
                        now=NOW)
    survey.record_batch(db, [form(svc["P1"].id, day=date(2026, 2, 10), base=2)], now=NOW)  # semester I
    admin = db.as_user(actor(db, "Syifa Miratil Hayati", "admin"))
    forum = forums.create_forum(admin, ForumDraft("FKP Hasil SKM Semester II", datetime(2026, 11, 18, 1, tzinfo=UTC),
                                                  venue="Aula DKUKMTK")).value
    first = survey_followup.save_followup(admin, FollowupDraft(
        "2026-S2", None, "prosedur", "Alur pelayanan dipasang di ruang tunggu", "Desember 2026",
        "Kepala Bidang Penempatan", forum_id=forum.id), now=NOW).value
    survey_followup.save_followup(admin, FollowupDraft(
        "2026-S2", None, "waktu", "Loket prioritas", "Triwulan I 2027", "Sekretaris"), now=NOW)
    assert first.forum_title == "FKP Hasil SKM Semester II" and first.status == "rencana"

    report = survey.report_data(db, S2, now=NOW)
    assert report.draft and report.period.code == "2026-S2"  # 20 November: the semester is still running
    assert report.main.respondents == 6 and report.first_day == date(2026, 7, 1) and report.last_day == DAY
    assert [(p.scope.code, p.respondents) for p in report.parts] == [("PNP", 5), ("KOP", 1)]
    assert [(t.period.code, t.respondents, t.konversi) for t in report.trend] == [
        ("2024-S2", 0, None), ("2025-S1", 0, None), ("2025-S2", 0, None), ("2026-S1", 1, Decimal("50.00")),
        ("2026-S2", 6, report.main.konversi)]
    titles = [t.title for t in report.profile]
    assert titles == ["Jenis kelamin", "Umur", "Pendidikan", "Pekerjaan", "Jenis layanan"]
    assert {r.label: r.count for r in report.profile[1].rows}["30–44 tahun"] == 6
    assert [f.unsur_key for f in report.followups] == ["prosedur", "waktu"]
    unit_report = survey.report_data(db, S2, unit_id=svc["P1"].unit_id, now=NOW)
    assert [p.scope.code for p in unit_report.parts] == ["P1"] and unit_report.followups == ()
    assert not survey.report_data(db, parse_period("2026-S1"), now=NOW).draft

    sheet = survey.processing_sheet(db, S2)
    assert len(sheet.lines) == 6 and sheet.lines[0].surveyed_on == date(2026, 7, 1)
    assert sheet.lines[1].scores == (4, 3, 3, 3, 3, 3, 3, 3, 3)  # U1..U9: persyaratan first


def test_the_report_cites_the_complaints_register_of_the_same_days_and_scope(db: Database) -> None:
    svc = services(db)
    officer = db.as_user(actor(db, "Rahmat Hidayat", "petugas"))
    pnp, kop = svc["P1"].unit_id, svc["K1"].unit_id
    march, november = datetime(2026, 3, 10, 2, tzinfo=UTC), datetime(2026, 11, 2, 1, tzinfo=UTC)
    complaints.record_complaint(officer, siti(unit_id=pnp), now=march)  # semester I: not this report's
    first = complaints.record_complaint(officer, siti(unit_id=pnp), now=november).value.complaint
    complaints.record_complaint(officer, siti(unit_id=pnp, channel="whatsapp"), now=november)
    complaints.record_complaint(officer, siti(unit_id=kop, anonymous=True, name="", phone="", email="", address="",
                                              contact_consent=False, channel="kotak_saran"), now=november)
    complaints.move_complaint(officer, first.id, "ditolak", "Isi pengaduan tidak jelas dan pelapor tidak dapat "
                              "dihubungi untuk melengkapinya.", now=november)

    handled = survey.report_data(db, S2, now=NOW).complaints
    assert handled is not None and handled.period.label == "Semester II 2026"
    assert (handled.received, handled.responded, handled.responded_on_time, handled.still_open) == (3, 1, 1, 2)
    assert handled.channels == ("Datang langsung", "WhatsApp", "Kotak saran")
    unit = survey.report_data(db, S2, unit_id=pnp, now=NOW).complaints
    assert unit is not None and (unit.received, unit.channels) == (2, ("Datang langsung", "WhatsApp"))
    first_half = survey.report_data(db, parse_period("2026-S1"), now=NOW).complaints
    assert first_half is not None and first_half.received == 1


def test_the_follow_up_plan_and_its_share_completed(db: Database) -> None:
    svc = services(db)
    unit_id = svc["P1"].unit_id
    plan = [survey_followup.save_followup(db, FollowupDraft(
        "2026-S2", unit_id, key, f"Kegiatan {key}", "Desember 2026", "Kepala Bidang"), now=NOW).value
        for key in ("waktu", "prosedur", "sarana")]
    assert [p.position for p in plan] == [1, 2, 3]
    listed = survey_followup.list_followups(db, "2026-S2", unit_id)
    assert listed.share == Decimal("0.0") and listed.completed == 0
    with pytest.raises(StoreError, match="Tanggal selesai wajib"):
        survey_followup.save_followup(db, FollowupDraft("2026-S2", unit_id, "waktu", "x", "y", "z",
                                                        status="selesai", id=plan[0].id), now=NOW)
    with pytest.raises(StoreError, match="Program/kegiatan wajib"):
        survey_followup.save_followup(db, FollowupDraft("2026-S2", unit_id, "waktu", "  ", "y", "z"), now=NOW)
    with pytest.raises(StoreError, match="Periode"):
        survey_followup.save_followup(db, FollowupDraft("2026-S9", unit_id, "waktu", "x", "y", "z"), now=NOW)
    done = survey_followup.save_followup(db, FollowupDraft(
        "2026-S2", unit_id, "waktu", "Kegiatan waktu", "Desember 2026", "Kepala Bidang", status="selesai",
        done_on=date(2026, 11, 19), id=plan[0].id), now=NOW).value
    assert done.done and done.done_on == date(2026, 11, 19) and done.status_label == "Selesai"
    listed = survey_followup.list_followups(db, "2026-S2", unit_id)
    assert (listed.completed, listed.share) == (1, Decimal("33.3"))
    survey_followup.delete_followup(db, plan[2].id)
    assert survey_followup.list_followups(db, "2026-S2", unit_id).share == Decimal("50.0")
    assert survey_followup.list_followups(db, "2026-S2").items == ()  # the office's own plan is separate


def test_served_service_is_known_once_a_request_is_selesai(db: Database) -> None:
    svc = services(db)
    with db.write() as s:
        record = create_request(s, RequestDraft(service_id=svc["P1"].id, name="Rina Wati"), None)
    assert survey.served_service(db, record.id) is None
    with db.write() as s:
        change_status(s, record.id, DONE, "", None)
    assert survey.served_service(db, record.id) == svc["P1"].id


def test_the_migration_makes_what_the_models_declare(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desk.store.models import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = [d for d in diff if "survey" in repr(d) or "status_closed" in repr(d)]
    assert mine == []
