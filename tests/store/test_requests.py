"""Intake, numbering, status changes and the register on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.status import CANCELLED, DONE, IN_PROCESS, REJECTED
from desk.store.catalog import current_standard, list_services
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import RefCounter
from desk.store.requests import (
    InvalidRequest,
    RegisterFilter,
    change_status,
    create_request,
    find_visitor,
    get_request,
    register_page,
    register_rows,
)
from tests.factories import user_with_role


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


# Wednesday 29 October 2025, 09:00 WITA
WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)


def service_id(db: Database, code: str) -> int:
    with db.read() as s:
        return next(svc.id for svc in list_services(s) if svc.code == code)


def draft(db: Database, code: str = "P1", **changes: object) -> RequestDraft:
    values: dict[str, object] = {
        "service_id": service_id(db, code),
        "name": "Siti Aminah",
        "nik": make_nik("631104", date(1995, 5, 1), "P", 1),
        "phone": "0812-3456-7890",
        "address": "Jl. Mampari RT 02",
        "kecamatan_code": "63.11.04",
        "desa_code": "63.11.04.2008",
    }
    values.update(changes)
    return RequestDraft(**values)  # type: ignore[arg-type]


def test_first_request_gets_number_checklist_and_due_date(db: Database) -> None:
    officer = user_with_role(db)
    with db.write() as s:
        rec = create_request(s, draft(db, documents_received=(True, False)), officer.user_id, now=WED)
    assert rec.ref_number == "0001/PNP/DKUKMTK/X/2025"
    assert rec.status == "diterima"
    assert rec.received_by == "Rahmat Hidayat"
    assert rec.visitor_phone == "+6281234567890"
    assert rec.visitor_sex == "P"
    assert rec.visitor_desa == "Mampari"
    with db.read() as s:
        std = current_standard(s, rec.service_id, date(2025, 10, 29))
    assert [c.text for c in rec.checklist] == list(std.requirements)
    assert [c.received for c in rec.checklist][:3] == [True, False, False]
    assert rec.standard_version_no == std.version_no
    assert rec.due_date.weekday() < 5
    assert len(rec.events) == 1 and rec.events[0].to_status == "diterima"


def test_due_date_skips_weekend_and_cuti_bersama(db: Database) -> None:
    # U3 (halal facilitation) takes 12 working days; received Friday 12 Dec 2025, with Christmas
    # (25 Dec, libur) and 26 Dec (cuti bersama) in between.
    with db.read() as s:
        std = current_standard(s, service_id(db, "U3"), date(2025, 12, 12))
    with db.write() as s:
        rec = create_request(s, draft(db, "U3"), None, now=datetime(2025, 12, 12, 2, 0, tzinfo=UTC))
    assert std.duration_days == 12 and not std.same_day
    # 15–19, 22–24, 29–31 Dec are 11 working days; 1 Jan is a holiday; 2 Jan is the 12th.
    assert rec.due_date == date(2026, 1, 2)


def test_numbers_increase_per_unit_and_restart_each_year(db: Database) -> None:
    refs = []
    with db.write() as s:
        for code in ("P1", "P1", "U1", "P1"):
            refs.append(create_request(s, draft(db, code, nik=""), None, now=WED).ref_number)
        refs.append(create_request(s, draft(db, "P1", nik=""), None, now=datetime(2026, 1, 5, 1, tzinfo=UTC)).ref_number)
    assert refs == [
        "0001/PNP/DKUKMTK/X/2025",
        "0002/PNP/DKUKMTK/X/2025",
        "0001/UKM/DKUKMTK/X/2025",
        "0003/PNP/DKUKMTK/X/2025",
        "0001/PNP/DKUKMTK/I/2026",
    ]


def test_failed_save_does_not_consume_a_number(db: Database) -> None:
    with pytest.raises(InvalidRequest) as info, db.write() as s:
        create_request(s, draft(db, nik="1234"), None, now=WED)
    assert "nik" in info.value.errors and "16" in info.value.errors["nik"]
    with db.read() as s:
        assert s.scalars(select(RefCounter)).all() == []
    with db.write() as s:
        assert create_request(s, draft(db), None, now=WED).ref_number.startswith("0001/")


def test_invalid_input_reports_every_field(db: Database) -> None:
    with pytest.raises(InvalidRequest) as info, db.write() as s:
        create_request(s, RequestDraft(service_id=None, name="  ", nik="63110441059500", phone="12345"), None)
    assert set(info.value.errors) >= {"service", "name", "nik", "phone"}
    assert all(info.value.errors.values())


def test_returning_visitor_is_found_by_nik_and_phone(db: Database) -> None:
    nik = make_nik("631104", date(1980, 2, 3), "L", 7)
    with db.write() as s:
        create_request(s, draft(db, name="Budi Santoso", nik=nik, phone="+62 813 1111 2222"), None, now=WED)
    with db.read() as s:
        by_nik = find_visitor(s, nik=nik)
        by_phone = find_visitor(s, phone="+6281311112222")
    assert by_nik is not None and by_nik.name == "Budi Santoso"
    assert by_phone is not None and by_phone.id == by_nik.id
    with db.write() as s:
        again = create_request(s, draft(db, "U1", name="Budi Santoso", nik=nik, phone=""), None, now=WED)
    assert again.visitor_id == by_nik.id


def test_status_moves_need_reason_and_are_recorded(db: Database) -> None:
    officer = user_with_role(db, name="Petugas Satu")
    with db.write() as s:
        rec = create_request(s, draft(db), officer.user_id, now=WED)
    with pytest.raises(StoreError) as info, db.write() as s:
        change_status(s, rec.id, REJECTED, "  ", officer.user_id)
    assert "Alasan" in info.value.message
    with db.write() as s:
        change_status(s, rec.id, IN_PROCESS, "", officer.user_id)
        done = change_status(s, rec.id, DONE, "", officer.user_id)
    assert [e.to_status for e in done.events] == ["diterima", "diproses", "selesai"]
    assert done.events[1].from_status == "diterima" and done.events[2].user_name == "Petugas Satu"
    with pytest.raises(StoreError), db.write() as s:
        change_status(s, rec.id, CANCELLED, "salah input", officer.user_id)


def test_register_pages_search_and_filters(db: Database) -> None:
    with db.write() as s:
        ids = [
            create_request(s, draft(db, "P1", name=f"Pemohon {i:03d}", nik="", phone="", notes="catatan"), None, now=WED).id
            for i in range(450)
        ]
        special = create_request(
            s, draft(db, "K1", name="Hj. Rusmini Kartika", organisation="Koperasi Sanggam Jaya"), None, now=WED
        )
    with db.read() as s:
        first = register_page(s, RegisterFilter(), limit=200)
        second = register_page(s, RegisterFilter(), after_id=first[-1], limit=200)
        oldest = register_page(s, RegisterFilter(), limit=5, ascending=True)
        assert first[0] == special.id and len(first) == 200 and len(second) == 200
        assert set(first).isdisjoint(second) and oldest[0] == ids[0]
        for query in ("rusm", "Kartika", "sanggam", "631104", "0001", "0812-3456", "0001/KOP", "kart*", '"rusmini'):
            assert special.id in register_page(s, RegisterFilter(text=query)), query
        assert register_page(s, RegisterFilter(text="zzz-tidak-ada")) == []
        for hostile in ("' OR 1=1 --", 'NEAR("a" "b")', "*", '"', "AND OR NOT", "a:b", "^x", "(", "%_"):
            register_page(s, RegisterFilter(text=hostile))  # must not raise
        assert register_page(s, RegisterFilter(service_id=special.service_id)) == [special.id]
        kop_unit = get_request(s, special.id).unit_code
        assert kop_unit == "KOP"
        rows = register_rows(s, first[:3], today=date(2025, 10, 29))
        assert rows[0].nik_masked.startswith("6311") and "*" in rows[0].nik_masked
        overdue = register_page(s, RegisterFilter(overdue_only=True), today=date(2026, 6, 1))
        assert special.id in overdue


def test_search_index_follows_visitor_changes(db: Database) -> None:
    with db.write() as s:
        rec = create_request(s, draft(db, name="Nama Lama"), None, now=WED)
        s.execute(text("UPDATE visitors SET name = 'Nama Baru Sekali' WHERE id = :id"), {"id": rec.visitor_id})
    with db.read() as s:
        assert register_page(s, RegisterFilter(text="sekali")) == [rec.id]
        assert register_page(s, RegisterFilter(text="lama")) == []
