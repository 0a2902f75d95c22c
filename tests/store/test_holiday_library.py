"""Next year's calendar comes with Desk: the pinned `holidays` library's Indonesian lists, offered for a year
without its holidays, estimated dates confirmed by the admin, imported as a file would be."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desk.formats.table import read_table
from desk.store import holidays
from desk.store.access import AccessDenied
from desk.store.audit import last_entries
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.holiday_library import library_holidays, library_version
from desk.store.receipts import receipt_for
from desk.store.work import Change
from tests.admin_support import receive, user

ESTIMATED_2027 = {date(2027, 3, 10), date(2027, 3, 11), date(2027, 5, 17)}  # Idul Fitri and Idul Adha 1448 H


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_librarys_list_is_desks_seed_exactly(db: Database, year: int) -> None:
    library = library_holidays(year)
    seeded = holidays.list_holidays(db, year)
    assert [(h.date, h.kind) for h in library] == [(h.date, h.kind) for h in seeded]
    assert not any(h.estimated for h in library)  # both years were decreed long before this version
    assert library_version() == "holidays 0.109"


def test_estimated_dates_are_the_ones_the_library_marks() -> None:
    found = library_holidays(2027)
    assert {h.date for h in found if h.estimated} == ESTIMATED_2027
    assert all("perkiraan" not in h.name for h in found)  # the flag says it; the name stays clean
    assert [h.name for h in found if h.date == date(2027, 3, 10)] == ["Hari Raya Idul Fitri"]
    assert len({h.date for h in library_holidays(2034)}) == len(library_holidays(2034))  # one entry a day


def test_a_missing_year_is_offered_with_its_diff_and_estimated_dates_wait_for_the_admin(any_db: Database) -> None:
    db = any_db
    as_admin = db.as_user(user(db, "admin"))
    passport = receive(db, "P3", 1, datetime(2026, 12, 30, 1, tzinfo=UTC)).id  # due Senin 4 Januari 2027
    # The office already gave a local day off, and typed Tahun Baru under its own name.
    holidays.import_holidays(as_admin, read_table(
        b"2027-01-01,Tahun Baru 2027 Masehi,libur_nasional\n2027-04-08,Hari Jadi Kabupaten Balangan,lokal\n").rows)

    offer = holidays.library_offer(db, 2027)
    assert offer.source == "holidays 0.109" and offer.has_cuti_bersama
    by_day = {h.date: h for h in offer.holidays}
    assert by_day[date(2027, 1, 1)].status == holidays.STORED  # left as the office typed it
    assert [h.name for h in offer.kept] == ["Hari Jadi Kabupaten Balangan"]
    assert {h.date for h in offer.estimated} == ESTIMATED_2027
    assert len(offer.new) == len(offer.holidays) - 1

    done = holidays.import_library_holidays(as_admin, 2027, confirmed=[date(2027, 3, 10)],
                                            now=datetime(2026, 12, 31, 1, tzinfo=UTC))
    report = done.value
    assert report.ok and report.imported == len(offer.new) - 2  # two estimated dates not confirmed
    assert done.changes.kinds == {Change.CALENDAR, Change.REQUESTS}
    listed = {h.date: h for h in holidays.list_holidays(db, 2027)}
    assert date(2027, 3, 10) in listed and date(2027, 3, 11) not in listed and date(2027, 5, 17) not in listed
    assert listed[date(2027, 1, 1)].name == "Tahun Baru 2027 Masehi"
    assert listed[date(2027, 3, 10)].decree == "Daftar bawaan Desk (holidays 0.109), tanggal perkiraan dipastikan admin"
    assert listed[date(2027, 1, 5)].decree == "Daftar bawaan Desk (holidays 0.109)"
    # Selasa 5 Januari (Isra Mikraj) is a holiday now: the open request moves, as after a CSV import.
    assert [(m.id, m.new_due) for m in report.moved] == [(passport, date(2027, 1, 6))]
    assert receipt_for(db, passport).request.due_date == date(2027, 1, 6)
    with db.read() as s:
        entry = last_entries(s, 1)[0]
        assert entry.action == "holiday.import_library"
        assert (entry.details["source"], entry.details["estimated"], entry.details["estimated_left_out"]) == (
            "holidays 0.109", ["2027-03-10"], ["2027-03-11", "2027-05-17"])
    assert holidays.coverage(db, now=datetime(2026, 12, 31, 1, tzinfo=UTC)).missing == ()

    again = holidays.library_offer(db, 2027)
    assert {h.date for h in again.new} == {date(2027, 3, 11), date(2027, 5, 17)}
    with pytest.raises(StoreError, match="Tidak ada hari libur baru"):
        holidays.import_library_holidays(as_admin, 2027)  # only estimated dates are left, none confirmed


def test_only_an_admin_imports_and_a_year_out_of_range_is_said(db: Database) -> None:
    with pytest.raises(AccessDenied):
        holidays.import_library_holidays(db.as_user(user(db, "petugas")), 2027)
    assert holidays.list_holidays(db, 2027) == ()
    with pytest.raises(StoreError, match="di luar rentang"):
        holidays.library_offer(db, 2150)
