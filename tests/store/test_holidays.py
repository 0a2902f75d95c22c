"""Holidays and working days: editing the list moves the due dates of open requests, and says so."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desk.domain.records import RequestRecord
from desk.domain.status import DONE
from desk.formats.table import Row, read_table
from desk.store import holidays
from desk.store.access import AccessDenied
from desk.store.audit import last_entries
from desk.store.database import Database
from desk.store.holidays import InvalidHoliday
from desk.store.receipts import receipt_for
from desk.store.request_changes import Collection, set_status
from desk.store.work import Change
from tests.admin_support import WED, receive, user

LATER = datetime(2025, 10, 30, 2, 0, tzinfo=UTC)


def rows(text: str) -> tuple[Row, ...]:
    """The rows of a CSV file with this text, as the import reads them."""
    return read_table(text.encode("utf-8")).rows


def request(db: Database, request_id: int) -> RequestRecord:
    """The request as its receipt shows it now."""
    return receipt_for(db, request_id).request


@pytest.fixture
def as_admin(db: Database) -> Database:
    return db.as_user(user(db, "admin"))


def test_holiday_added_on_an_open_requests_path_moves_its_due_date_and_logs_it(db: Database,
                                                                               as_admin: Database) -> None:
    passport = receive(db, "P3", 1).id  # 3 hari kerja: Kamis 30, Jumat 31, Senin 3 November
    card = receive(db, "P1", 2).id  # same day: unaffected by a holiday later that week
    closed = receive(db, "P3", 3).id
    set_status(db, closed, DONE, collection=Collection("pemohon"))
    assert request(db, passport).due_date == date(2025, 11, 3)

    done = holidays.add_holiday(as_admin, date(2025, 10, 31), "Hari Jadi Kabupaten (contoh)", "lokal",
                                "Keputusan Bupati", now=LATER)
    change = done.value
    assert done.changes.kinds == {Change.CALENDAR, Change.REQUESTS}
    assert [(m.id, m.old_due, m.new_due) for m in change.moved] == [(passport, date(2025, 11, 3), date(2025, 11, 4))]
    assert change.moved[0].ref_number.startswith("0001/PNP/")
    moved = request(db, passport)
    assert moved.due_date == date(2025, 11, 4)
    event = moved.events[-1]
    assert event.kind == "due_date" and event.at == LATER
    assert event.user_name == as_admin.actor.full_name  # type: ignore[union-attr]
    assert event.reason == (
        "Tenggat berubah dari Senin, 3 November 2025 menjadi Selasa, 4 November 2025 karena hari libur "
        "ditambah: 31 Oktober 2025 Hari Jadi Kabupaten (contoh)."
    )
    assert request(db, card).due_date == date(2025, 10, 29)
    assert request(db, closed).due_date == date(2025, 11, 3)  # closed requests keep theirs
    assert [e.kind for e in request(db, closed).events] == ["status", "status"]
    with db.read() as s:
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.username) == ("holiday.create", as_admin.actor.username)  # type: ignore[union-attr]
        assert entry.details["moved"] == 1 and entry.details["date"] == "2025-10-31"

    # Removing it again moves the request back, with a second event.
    back = holidays.delete_holiday(as_admin, change.holiday.id).value
    assert back.holiday.name == "Hari Jadi Kabupaten (contoh)"
    assert [(m.old_due, m.new_due) for m in back.moved] == [(date(2025, 11, 4), date(2025, 11, 3))]
    assert [e.kind for e in request(db, passport).events] == ["status", "due_date", "due_date"]
    with db.read() as s:
        assert last_entries(s, 1)[0].action == "holiday.delete"


def test_moving_a_holiday_recomputes_both_days_and_a_rename_moves_nothing(db: Database, as_admin: Database) -> None:
    passport = receive(db, "P3", 1).id
    added = holidays.add_holiday(as_admin, date(2025, 11, 10), "Libur lokal", "lokal").value.holiday
    moved = holidays.update_holiday(as_admin, added.id, date(2025, 10, 30), "Libur lokal", "lokal").value.moved
    renamed = holidays.update_holiday(as_admin, added.id, date(2025, 10, 30), "Libur lokal Bupati", "lokal")
    assert [(m.id, m.new_due) for m in moved] == [(passport, date(2025, 11, 4))]
    assert renamed.value.moved == () and renamed.changes.kinds == {Change.CALENDAR}
    with db.read() as s:
        assert [e.action for e in last_entries(s, 2)] == ["holiday.update", "holiday.update"]
    assert holidays.delete_holiday_on(as_admin, date(2025, 10, 30)).value.holiday.name == "Libur lokal Bupati"


def test_saturday_as_working_day_moves_due_dates_earlier(db: Database, as_admin: Database) -> None:
    passport = receive(db, "P3", 1).id
    moved = holidays.set_working_weekdays(as_admin, [0, 1, 2, 3, 4, 5]).value
    assert [(m.id, m.new_due) for m in moved] == [(passport, date(2025, 11, 1))]  # Sabtu
    assert holidays.working_days(db) == (0, 1, 2, 3, 4, 5)
    with db.read() as s:
        assert last_entries(s, 1)[0].details["changes"] == {"working_weekdays": [[0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 5]]}
    with pytest.raises(Exception, match="Minimal satu hari"):
        holidays.set_working_weekdays(as_admin, [])


def test_a_date_twice_or_a_bad_field_is_refused_with_a_message(as_admin: Database) -> None:
    with pytest.raises(InvalidHoliday) as taken:
        holidays.add_holiday(as_admin, date(2025, 12, 25), "Natal lagi", "libur_nasional")
    assert taken.value.errors == {"date": "Kamis, 25 Desember 2025 sudah ada di daftar: Kelahiran Yesus Kristus (Natal)."}
    with pytest.raises(InvalidHoliday) as bad:
        holidays.add_holiday(as_admin, date(2027, 1, 1), "", "hari_raya")
    assert set(bad.value.errors) == {"name", "kind"}
    with pytest.raises(Exception, match="Tidak ada hari libur pada Jumat, 1 Januari 2027"):
        holidays.delete_holiday_on(as_admin, date(2027, 1, 1))


CSV_2027 = """tanggal;nama;jenis;dasar hukum
01/01/2027;Tahun Baru 2027 Masehi;Libur Nasional;SKB 2026
05/02/2027;Cuti Bersama Imlek;Cuti Bersama;SKB 2026
06/02/2027;Tahun Baru Imlek 2578 Kongzili;Libur Nasional;SKB 2026
"""


def test_next_years_csv_imports_in_one_go_and_clears_the_warning(db: Database, as_admin: Database) -> None:
    october = datetime(2026, 10, 1, 1, tzinfo=UTC)
    before = holidays.coverage(db, now=october)
    assert before.missing == (2027,) and len(before.warnings) == 1
    done = holidays.import_holidays(as_admin, rows(CSV_2027))
    report = done.value
    assert report.ok and report.imported == 3 and done.changes.kinds == {Change.CALENDAR}
    listed = holidays.list_holidays(db, 2027)
    assert [(h.date, h.kind_label) for h in listed] == [
        (date(2027, 1, 1), "Libur nasional"), (date(2027, 2, 5), "Cuti bersama"), (date(2027, 2, 6), "Libur nasional"),
    ]
    assert holidays.coverage(db, now=october).warnings == ()
    assert holidays.holiday_years(db) == (2025, 2026, 2027)
    view = holidays.calendar_view(db, 2027, now=october)
    assert (view.year, len(view.holidays), view.years) == (2027, 3, (2025, 2026, 2027))
    with db.read() as s:
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.details["rows"], entry.details["years"]) == ("holiday.import", 3, [2027])


def test_csv_with_a_bad_date_an_unknown_kind_and_a_duplicate_imports_nothing(db: Database, as_admin: Database) -> None:
    text = (
        "tanggal,nama,jenis\n"
        "2027-01-01,Tahun Baru 2027,libur_nasional\n"
        "2027-13-01,Bulan ketiga belas,libur_nasional\n"
        "2027-03-10,Nyepi,libur_besar\n"
        "2027-01-01,Tahun Baru (lagi),libur_nasional\n"
        "2026-12-25,Natal 2026,libur_nasional\n"
        "2027-05-01,Hari Buruh,libur_nasional\n"
    )
    done = holidays.import_holidays(as_admin, rows(text))
    report = done.value
    assert not report.ok and report.imported == 0 and not done.changes
    assert holidays.check_holiday_import(db, rows(text)) == report
    assert len(report.rows) == 6  # every row reported, the good one included
    by_line = {r.line: r for r in report.rows}
    assert "tidak valid" in by_line[3].problems[0]
    assert "libur_besar" in by_line[4].problems[0]
    assert "juga di baris 5" in by_line[2].problems[0] and "juga di baris 2" in by_line[5].problems[0]
    assert "sudah ada di daftar" in by_line[6].problems[0]
    assert by_line[7].ok
    assert holidays.list_holidays(db, 2027) == ()
    with db.read() as s:
        assert "holiday.import" not in [e.action for e in last_entries(s, 5)]


def test_replacing_a_year_swaps_its_list_and_moves_requests(db: Database, as_admin: Database) -> None:
    passport = receive(db, "P3", 1, when=datetime(2025, 12, 22, 1, 0, tzinfo=UTC)).id  # Senin 22 Desember 2025
    # Natal (25) and cuti bersama (26) are holidays: Selasa 23, Rabu 24, Senin 29.
    assert request(db, passport).due_date == date(2025, 12, 29)
    refused = holidays.import_holidays(as_admin, rows("2025-12-25,Natal,libur_nasional\n")).value
    replaced = holidays.import_holidays(as_admin, rows("2025-12-25,Natal,libur_nasional\n"), replace_years=True).value
    assert not refused.ok and replaced.ok
    assert (replaced.imported, replaced.replaced) == (1, 28)
    assert [(m.id, m.new_due) for m in replaced.moved] == [(passport, date(2025, 12, 26))]
    assert [h.date for h in holidays.list_holidays(db, 2025)] == [date(2025, 12, 25)]


def test_a_petugas_cannot_change_the_calendar(db: Database) -> None:
    officer = db.as_user(user(db, "petugas"))
    for change in (
        lambda: holidays.add_holiday(officer, date(2027, 1, 1), "Tahun Baru", "libur_nasional"),
        lambda: holidays.import_holidays(officer, rows(CSV_2027)),
        lambda: holidays.set_working_weekdays(officer, [0, 1, 2, 3, 4, 5]),
        lambda: holidays.delete_holiday_on(officer, date(2025, 12, 25)),
    ):
        with pytest.raises(AccessDenied):
            change()
    assert holidays.list_holidays(db, 2027) == ()
    assert holidays.working_days(db) == (0, 1, 2, 3, 4)
    assert len(holidays.list_holidays(db, 2025)) == 28


@pytest.mark.postgres
def test_due_dates_move_on_postgresql_too(pg_db: Database) -> None:
    passport = receive(pg_db, "P3", 1).id
    change = holidays.add_holiday(pg_db, date(2025, 10, 31), "Libur lokal", "lokal", now=WED).value
    assert [m.id for m in change.moved] == [passport]
    assert request(pg_db, passport).due_date == date(2025, 11, 4)
    assert holidays.coverage(pg_db, now=WED).missing == ()
    assert holidays.holiday_years(pg_db) == (2025, 2026)


def test_an_admin_puts_off_next_years_reminder_for_every_counter_until_it_begins(db: Database,
                                                                                 as_admin: Database) -> None:
    december = datetime(2026, 12, 3, 1, tzinfo=UTC)
    before = holidays.coverage(db, now=december)
    assert (before.missing, before.unacknowledged, before.admins) == ((2027,), (2027,), ("Pengguna Admin",))
    assert before.can_acknowledge(2027)
    done = holidays.acknowledge_missing_year(as_admin, 2027, now=december)
    assert done.changes.kinds == {Change.CALENDAR}
    assert (done.value.missing, done.value.acknowledged, done.value.unacknowledged) == ((2027,), (2027,), ())
    with db.read() as s:
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.details, entry.username) == ("calendar.acknowledge", {"year": 2027},
                                                                 as_admin.actor.username)  # type: ignore[union-attr]
    january = holidays.coverage(db, now=datetime(2027, 1, 4, 1, tzinfo=UTC))
    assert january.unacknowledged == (2027,) and not january.can_acknowledge(2027)  # due dates are wrong now
    with pytest.raises(AccessDenied):
        holidays.acknowledge_missing_year(db.as_user(user(db, "petugas")), 2027, now=december)
