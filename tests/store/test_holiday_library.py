"""Next year's holidays from the pinned `holidays` library: matching the SKB, estimates flagged, imported
like a CSV list (all or nothing, due dates of open requests recomputed)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.paths import seed_dir
from desk.store import holidays
from desk.store.access import Actor
from desk.store.audit import last_entries
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.holiday_library import check_library_year, import_library_year, library_year
from desk.store.requests import create_request
from desk.store.users import add_officer
from desk.store.work import Change

MON_28_DEC_2026 = datetime(2026, 12, 28, 1, 0, tzinfo=UTC)  # 09.00 WITA


@pytest.fixture
def admin_db(db: Database) -> Database:
    with db.write() as s:
        user = add_officer(s, "Admin Hari Libur", role="admin")
    return db.as_user(Actor(user.id, user.username, user.full_name, "admin"))


@pytest.mark.parametrize("year", [2025, 2026])
def test_library_dates_and_kinds_are_those_of_the_seeded_skb(year: int) -> None:
    seeded = json.loads((seed_dir() / "holidays.json").read_text(encoding="utf-8"))
    skb = {(h["date"], h["kind"]) for h in seeded if h["date"].startswith(str(year))}
    assert {(h.date.isoformat(), h.kind) for h in library_year(year)} == skb
    assert not any(h.estimated for h in library_year(year))


def test_offer_for_a_year_without_holidays_adds_all_flags_estimates_and_writes_nothing(admin_db: Database) -> None:
    offer = check_library_year(admin_db, 2027)
    assert offer.ok and offer.stored == () and offer.added == offer.offered
    assert {h.kind for h in offer.offered} == {"libur_nasional", "cuti_bersama"}
    estimated = {h.date: h.name for h in offer.estimated}
    assert estimated[date(2027, 3, 10)] == "Hari Raya Idul Fitri"  # without the library's "(perkiraan)"
    assert date(2027, 1, 1) not in estimated
    with admin_db.read() as s:
        assert holidays.list_holidays(s, 2027) == []


def test_import_writes_the_year_flags_estimates_and_moves_open_due_dates(admin_db: Database) -> None:
    with admin_db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "U3")  # 12 hari kerja
    with admin_db.write() as s:
        request = create_request(s, RequestDraft(service_id=service, name="Pemohon Akhir Tahun",
                                                 nik=make_nik("631104", date(1990, 1, 2), "L", 1)),
                                 None, now=MON_28_DEC_2026)

    done = import_library_year(admin_db, 2027)

    offer = done.value
    assert offer.report.imported == len(offer.offered) == 26
    assert Change.CALENDAR in done.changes and Change.REQUESTS in done.changes
    (moved,) = offer.report.moved
    assert moved.ref_number == request.ref_number and moved.new_due > moved.old_due
    with admin_db.read() as s:
        stored = {h.date: h for h in holidays.list_holidays(s, 2027)}
        assert "PERKIRAAN" in stored[date(2027, 3, 10)].decree
        assert "PERKIRAAN" not in stored[date(2027, 1, 1)].decree and "holidays 0.109" in stored[date(2027, 1, 1)].decree
        assert last_entries(s, 1)[0].action == "holiday.import"


def test_a_second_import_is_refused_whole_unless_the_year_is_replaced(admin_db: Database) -> None:
    import_library_year(admin_db, 2027)
    with admin_db.write() as s:
        holidays.add_holiday(s, date(2027, 9, 1), "Hari Jadi Kabupaten Balangan", "lokal", "")

    again = check_library_year(admin_db, 2027)
    assert not again.ok and len(again.report.bad_rows) == 26
    assert [h.name for h in again.missing_from_library] == ["Hari Jadi Kabupaten Balangan"]
    assert import_library_year(admin_db, 2027).value.report.imported == 0

    replaced = import_library_year(admin_db, 2027, replace=True).value
    assert replaced.report.imported == 26 and replaced.report.replaced == 27
