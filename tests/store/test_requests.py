"""Intake, numbering, status changes and the register, through the operations the screens call."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.status import CANCELLED, DONE, IN_PROCESS, REJECTED
from desk.store import walk_in
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.request_changes import Collection, set_status
from desk.store.requests import (
    OPEN_FILTER,
    InvalidRequest,
    RegisterFilter,
    register_count,
    register_rows_of,
    register_setup,
    register_slice,
    request_detail,
)
from desk.store.work import Change
from tests.conftest import saved_walk_in, service_id_of
from tests.factories import user_with_role


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


# Wednesday 29 October 2025, 09:00 WITA
WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)
TODAY = date(2025, 10, 29)
SITI = make_nik("631104", date(1995, 5, 1), "P", 1)


def siti(db: Database, service: str = "P1", **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "nik": SITI, "phone": "0812-3456-7890", "address": "Jl. Mampari RT 02",
        "kecamatan_code": "63.11.04", "desa_code": "63.11.04.2008",
    }
    values.update(changes)
    return values


def ids(db: Database, filters: RegisterFilter, **options: object) -> list[int]:
    return list(register_slice(db, filters, TODAY, **options).ids)  # type: ignore[arg-type]


def test_first_request_gets_number_checklist_and_due_date(db: Database) -> None:
    officer = db.as_user(user_with_role(db, name="Rahmat Hidayat"))
    rec = saved_walk_in(officer, now=WED, documents_received=(True, False), **siti(db))
    assert rec.ref_number == "0001/PNP/DKUKMTK/X/2025"
    assert rec.status == "diterima"
    assert rec.received_by == "Rahmat Hidayat"
    assert rec.visitor_phone == "+6281234567890"
    assert rec.visitor_sex == "P"
    assert rec.visitor_desa == "Mampari"
    std = walk_in.standard_for_intake(db, rec.service_id, TODAY)
    assert [c.text for c in rec.checklist] == list(std.requirements)
    assert [c.received for c in rec.checklist][:3] == [True, False, False]
    assert rec.standard_version_no == std.version_no
    assert rec.due_date.weekday() < 5
    assert len(rec.events) == 1 and rec.events[0].to_status == "diterima"


def test_due_date_skips_weekend_and_cuti_bersama(db: Database) -> None:
    # U3 (halal facilitation) takes 12 working days; received Friday 12 Dec 2025, with Christmas
    # (25 Dec, libur) and 26 Dec (cuti bersama) in between.
    std = walk_in.standard_for_intake(db, service_id_of(db, "U3"), date(2025, 12, 12))
    rec = saved_walk_in(db, service="U3", now=datetime(2025, 12, 12, 2, 0, tzinfo=UTC))
    assert std.duration_days == 12 and not std.same_day
    # 15–19, 22–24, 29–31 Dec are 11 working days; 1 Jan is a holiday; 2 Jan is the 12th.
    assert rec.due_date == date(2026, 1, 2)


def test_numbers_increase_per_unit_and_restart_each_year(db: Database) -> None:
    refs = [saved_walk_in(db, f"Pemohon {i}", code, now=WED).ref_number for i, code in enumerate(("P1", "P1", "U1", "P1"))]
    refs.append(saved_walk_in(db, "Pemohon Baru", "P1", now=datetime(2026, 1, 5, 1, tzinfo=UTC)).ref_number)
    assert refs == [
        "0001/PNP/DKUKMTK/X/2025",
        "0002/PNP/DKUKMTK/X/2025",
        "0001/UKM/DKUKMTK/X/2025",
        "0003/PNP/DKUKMTK/X/2025",
        "0001/PNP/DKUKMTK/I/2026",
    ]


def test_failed_save_does_not_consume_a_number(db: Database) -> None:
    with pytest.raises(InvalidRequest) as info:
        saved_walk_in(db, now=WED, **siti(db, nik="1234"))
    assert "nik" in info.value.errors and "16" in info.value.errors["nik"]
    assert saved_walk_in(db, now=WED, **siti(db)).ref_number.startswith("0001/")


def test_invalid_input_reports_every_field(db: Database) -> None:
    draft = RequestDraft(service_id=None, name="  ", nik="63110441059500", phone="12345")
    with pytest.raises(InvalidRequest) as info:
        walk_in.save_walk_in(db, draft)
    assert set(info.value.errors) >= {"service", "name", "nik", "phone"}
    assert all(info.value.errors.values())


def test_returning_visitor_is_found_by_nik_and_phone(db: Database) -> None:
    nik = make_nik("631104", date(1980, 2, 3), "L", 7)
    first = saved_walk_in(db, "Budi Santoso", now=WED, nik=nik, phone="+62 813 1111 2222")
    by_nik = walk_in.find_returning_visitor(db, nik=nik)
    by_phone = walk_in.find_returning_visitor(db, phone="+6281311112222")
    assert by_nik is not None and by_nik.visitor.name == "Budi Santoso"
    assert by_phone is not None and by_phone.visitor.id == by_nik.visitor.id
    assert [r.ref_number for r in by_nik.open_requests] == [first.ref_number]  # what a second P1 would repeat
    again = saved_walk_in(db, "Budi Santoso", "U1", now=WED, nik=nik)
    assert again.visitor_id == by_nik.visitor.id


def test_a_second_open_request_for_the_same_need_is_refused_until_confirmed(db: Database) -> None:
    first = saved_walk_in(db, now=WED, **siti(db))
    with pytest.raises(walk_in.DuplicateRequest) as info:
        saved_walk_in(db, now=WED, allow_duplicate=False, **siti(db))
    assert [r.id for r in info.value.existing] == [first.id]
    assert first.ref_number in info.value.message and "Diterima" in info.value.message
    other_need = saved_walk_in(db, service="P2", now=WED, allow_duplicate=False, **siti(db))  # another service: fine
    confirmed = saved_walk_in(db, now=WED, allow_duplicate=True, **siti(db))
    assert (other_need.ref_number, confirmed.ref_number) == ("0002/PNP/DKUKMTK/X/2025", "0003/PNP/DKUKMTK/X/2025")
    set_status(db, first.id, CANCELLED, "salah input")
    set_status(db, confirmed.id, CANCELLED, "salah input")
    saved_walk_in(db, now=WED, allow_duplicate=False, **siti(db))  # nothing open any more


def test_status_moves_need_reason_and_are_recorded(db: Database) -> None:
    officer = db.as_user(user_with_role(db, name="Petugas Satu"))
    rec = saved_walk_in(officer, now=WED, **siti(db, documents_received=(True,) * 20))
    with pytest.raises(StoreError) as info:
        set_status(officer, rec.id, REJECTED, "  ")
    assert "Alasan" in info.value.message
    moved = set_status(officer, rec.id, IN_PROCESS)
    assert Change.REQUESTS in moved.changes
    done = set_status(officer, rec.id, DONE, collection=Collection("pemohon")).value
    assert [e.to_status for e in done.events] == ["diterima", "diproses", "selesai"]
    assert done.events[1].from_status == "diterima" and done.events[2].user_name == "Petugas Satu"
    with pytest.raises(StoreError):
        set_status(officer, rec.id, CANCELLED, "salah input")


def test_register_pages_search_count_and_filters(db: Database) -> None:
    first_ids = [saved_walk_in(db, f"Pemohon {i:03d}", now=WED, notes="catatan").id for i in range(250)]
    special = saved_walk_in(db, "Hj. Rusmini Kartika", "K1", now=WED, organisation="Koperasi Sanggam Jaya", **siti(db))
    first = register_slice(db, RegisterFilter(), TODAY, limit=200, rows=100)
    assert first.ids[0] == special.id and len(first.ids) == 200
    assert [r.id for r in first.rows] == list(first.ids[:100])  # the page comes with its first rows
    second = ids(db, RegisterFilter(), after_id=first.ids[-1], limit=200)
    oldest = ids(db, RegisterFilter(), limit=5, ascending=True)
    assert len(second) == 51 and set(first.ids).isdisjoint(second) and oldest[0] == first_ids[0]
    for query in ("rusm", "Kartika", "sanggam", "631104", "0001", "0812-3456", "0001/KOP", "kart*", '"rusmini'):
        assert special.id in ids(db, RegisterFilter(text=query)), query
    assert ids(db, RegisterFilter(text="zzz-tidak-ada")) == []
    for hostile in ("' OR 1=1 --", 'NEAR("a" "b")', "*", '"', "AND OR NOT", "a:b", "^x", "(", "%_"):
        ids(db, RegisterFilter(text=hostile))  # must not raise
        register_count(db, RegisterFilter(text=hostile), TODAY)
    assert ids(db, RegisterFilter(service_id=special.service_id)) == [special.id]
    assert request_detail(db, special.id).record.unit_code == "KOP"
    rows = register_rows_of(db, list(first.ids[:3]), TODAY)
    assert rows[0].nik_masked.startswith("6311") and "*" in rows[0].nik_masked
    later = date(2026, 6, 1)
    assert special.id in list(register_slice(db, RegisterFilter(overdue_only=True), later).ids)

    assert register_count(db, RegisterFilter(), TODAY) == (251, 0)
    assert register_count(db, RegisterFilter(), later) == (251, 251)  # everything is past due by June
    assert register_count(db, RegisterFilter(text="pemohon"), later) == (250, 250)
    assert register_count(db, RegisterFilter(text="catatan", service_id=special.service_id), TODAY) == (0, 0)
    set_status(db, first_ids[0], IN_PROCESS)
    set_status(db, first_ids[1], REJECTED, "berkas palsu")
    assert register_count(db, RegisterFilter(status=OPEN_FILTER), TODAY).total == 250  # diterima + diproses
    assert register_count(db, RegisterFilter(status=IN_PROCESS), TODAY).total == 1
    assert first_ids[1] not in ids(db, RegisterFilter(status=OPEN_FILTER), limit=500)
    assert register_count(db, RegisterFilter(overdue_only=True), later) == (250, 250)


def test_register_setup_names_the_zone_the_day_and_the_choices(db: Database) -> None:
    setup = register_setup(db)
    assert setup.tz == "Asia/Makassar"
    assert [u.code for u in setup.units][:2] == ["PNP", "BLK"]
    assert {"P1", "K1", "U3"} <= {s.code for s in setup.services}


def test_search_index_follows_visitor_changes(db: Database) -> None:
    rec = saved_walk_in(db, "Nama Lama", now=WED)
    with db.write() as s:  # any path that changes a visitor, not only Desk's own: the triggers follow
        s.execute(text("UPDATE visitors SET name = 'Nama Baru Sekali' WHERE id = :id"), {"id": rec.visitor_id})
    assert ids(db, RegisterFilter(text="sekali")) == [rec.id]
    assert ids(db, RegisterFilter(text="lama")) == []


def test_an_underscore_means_the_same_on_both_databases(db: Database) -> None:
    """"_" separates words on SQLite and PostgreSQL alike, never LIKE's "any one letter"."""
    plain = saved_walk_in(db, "Siti Aminah", now=WED, organisation="Koperasi Maju")
    underscored = saved_walk_in(db, "Budi Santoso", now=WED, organisation="CV_Maju_Jaya")
    assert ids(db, RegisterFilter(text="Koperasi_Maju")) == [plain.id]
    assert ids(db, RegisterFilter(text="CV_Maju")) == [underscored.id]
    assert set(ids(db, RegisterFilter(text="maju"))) == {plain.id, underscored.id}


def test_a_search_of_separators_only_filters_nothing_on_both_databases(db: Database) -> None:
    """Typed "_", "-" or "." alone are no word to look for: the register stays whole, as for a space,
    and its count says so, whichever database holds it."""
    first = saved_walk_in(db, "Siti Aminah", now=WED, organisation="CV_Maju")
    second = saved_walk_in(db, "Budi", now=WED, notes="_")
    for typed in ("_", "__", "- _ .", "'"):
        assert ids(db, RegisterFilter(text=typed)) == [second.id, first.id], typed
        assert register_count(db, RegisterFilter(text=typed), TODAY).total == 2, typed
    assert ids(db, RegisterFilter(text="_maju")) == [first.id]
