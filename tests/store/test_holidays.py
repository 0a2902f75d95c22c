"""Holidays and working days: editing the list moves the due dates of open requests, and says so."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.status import DONE
from desk.formats.table import Row, read_table
from desk.store import holidays
from desk.store.access import AccessDenied, Actor
from desk.store.audit import last_entries
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.holidays import InvalidHoliday
from desk.store.models import Holiday
from desk.store.requests import change_status, create_request, get_request
from tests.factories import user_with_role

WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # Rabu 29 Oktober 2025, 09.00 WITA
LATER = datetime(2025, 10, 30, 2, 0, tzinfo=UTC)


def rows(text: str) -> tuple[Row, ...]:
    """The rows of a CSV file with this text, as the import reads them."""
    return read_table(text.encode("utf-8")).rows


def actor(db: Database, role: str) -> Actor:
    return user_with_role(db, role, f"Pengguna {role.title()}")


def receive(db: Database, code: str, serial: int, when: datetime = WED) -> int:
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == code)
    with db.write() as s:
        made = create_request(
            s, RequestDraft(service_id=service, name=f"Pemohon {serial}",
                            nik=make_nik("631104", date(1990, 1, 2), "L", serial)), None, now=when,
        )
    return made.id


@pytest.fixture
def admin(db: Database) -> Actor:
    return actor(db, "admin")


def test_holiday_added_on_an_open_requests_path_moves_its_due_date_and_logs_it(db: Database, admin: Actor) -> None:
    passport = receive(db, "P3", 1)  # 3 hari kerja: Kamis 30, Jumat 31, Senin 3 November
    card = receive(db, "P1", 2)  # same day: unaffected by a holiday later that week
    closed = receive(db, "P3", 3)
    with db.write() as s:
        change_status(s, closed, DONE, "", None)
    with db.read() as s:
        assert get_request(s, passport).due_date == date(2025, 11, 3)

    with db.write(admin) as s:
        change = holidays.add_holiday(s, date(2025, 10, 31), "Hari Jadi Kabupaten (contoh)", "lokal",
                                      "Keputusan Bupati", now=LATER)

    assert [(m.id, m.old_due, m.new_due) for m in change.moved] == [(passport, date(2025, 11, 3), date(2025, 11, 4))]
    assert change.moved[0].ref_number.startswith("0001/PNP/")
    with db.read() as s:
        moved = get_request(s, passport)
        assert moved.due_date == date(2025, 11, 4)
        event = moved.events[-1]
        assert event.kind == "due_date" and event.at == LATER and event.user_name == admin.full_name
        assert event.reason == (
            "Tenggat berubah dari Senin, 3 November 2025 menjadi Selasa, 4 November 2025 karena hari libur "
            "ditambah: 31 Oktober 2025 Hari Jadi Kabupaten (contoh)."
        )
        assert get_request(s, card).due_date == date(2025, 10, 29)
        assert get_request(s, closed).due_date == date(2025, 11, 3)  # closed requests keep theirs
        assert [e.kind for e in get_request(s, closed).events] == ["status", "status"]
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.username) == ("holiday.create", admin.username)
        assert entry.details["moved"] == 1 and entry.details["date"] == "2025-10-31"

    # Removing it again moves the request back, with a second event.
    with db.write(admin) as s:
        back = holidays.delete_holiday(s, change.holiday.id)  # type: ignore[union-attr]
    assert [(m.old_due, m.new_due) for m in back.moved] == [(date(2025, 11, 4), date(2025, 11, 3))]
    with db.read() as s:
        assert [e.kind for e in get_request(s, passport).events] == ["status", "due_date", "due_date"]
        assert last_entries(s, 1)[0].action == "holiday.delete"


def test_moving_a_holiday_recomputes_both_days_and_a_rename_moves_nothing(db: Database, admin: Actor) -> None:
    passport = receive(db, "P3", 1)
    with db.write(admin) as s:
        added = holidays.add_holiday(s, date(2025, 11, 10), "Libur lokal", "lokal").holiday
    assert added is not None
    with db.write(admin) as s:
        moved = holidays.update_holiday(s, added.id, date(2025, 10, 30), "Libur lokal", "lokal").moved
        renamed = holidays.update_holiday(s, added.id, date(2025, 10, 30), "Libur lokal Bupati", "lokal").moved
    assert [(m.id, m.new_due) for m in moved] == [(passport, date(2025, 11, 4))]
    assert renamed == ()
    with db.read() as s:
        assert [e.action for e in last_entries(s, 2)] == ["holiday.update", "holiday.update"]


def test_saturday_as_working_day_moves_due_dates_earlier(db: Database, admin: Actor) -> None:
    passport = receive(db, "P3", 1)
    with db.write(admin) as s:
        moved = holidays.set_working_weekdays(s, [0, 1, 2, 3, 4, 5])
    assert [(m.id, m.new_due) for m in moved] == [(passport, date(2025, 11, 1))]  # Sabtu
    with db.read() as s:
        assert holidays.get_working_weekdays(s) == (0, 1, 2, 3, 4, 5)
        assert last_entries(s, 1)[0].details["changes"] == {"working_weekdays": [[0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 5]]}
    with db.write(admin) as s, pytest.raises(Exception, match="Minimal satu hari"):
        holidays.set_working_weekdays(s, [])


def test_a_date_twice_or_a_bad_field_is_refused_with_a_message(db: Database, admin: Actor) -> None:
    with db.write(admin) as s, pytest.raises(InvalidHoliday) as taken:
        holidays.add_holiday(s, date(2025, 12, 25), "Natal lagi", "libur_nasional")
    assert taken.value.errors == {"date": "Kamis, 25 Desember 2025 sudah ada di daftar: Kelahiran Yesus Kristus (Natal)."}
    with db.write(admin) as s, pytest.raises(InvalidHoliday) as bad:
        holidays.add_holiday(s, date(2027, 1, 1), "", "hari_raya")
    assert set(bad.value.errors) == {"name", "kind"}


CSV_2027 = """tanggal;nama;jenis;dasar hukum
01/01/2027;Tahun Baru 2027 Masehi;Libur Nasional;SKB 2026
05/02/2027;Cuti Bersama Imlek;Cuti Bersama;SKB 2026
06/02/2027;Tahun Baru Imlek 2578 Kongzili;Libur Nasional;SKB 2026
"""


def test_next_years_csv_imports_in_one_go_and_clears_the_warning(db: Database, admin: Actor) -> None:
    with db.read() as s:
        assert len(holidays.coverage_warnings(s, date(2026, 10, 1))) == 1
    with db.write(admin) as s:
        report = holidays.import_holidays_csv(s, rows(CSV_2027))
    assert report.ok and report.imported == 3
    with db.read() as s:
        listed = holidays.list_holidays(s, 2027)
        assert [(h.date, h.kind_label) for h in listed] == [
            (date(2027, 1, 1), "Libur nasional"), (date(2027, 2, 5), "Cuti bersama"), (date(2027, 2, 6), "Libur nasional"),
        ]
        assert holidays.coverage_warnings(s, date(2026, 10, 1)) == []
        assert holidays.holiday_years(s) == [2025, 2026, 2027]
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.details["rows"], entry.details["years"]) == ("holiday.import", 3, [2027])


def test_csv_with_a_bad_date_an_unknown_kind_and_a_duplicate_imports_nothing(db: Database, admin: Actor) -> None:
    text = (
        "tanggal,nama,jenis\n"
        "2027-01-01,Tahun Baru 2027,libur_nasional\n"
        "2027-13-01,Bulan ketiga belas,libur_nasional\n"
        "2027-03-10,Nyepi,libur_besar\n"
        "2027-01-01,Tahun Baru (lagi),libur_nasional\n"
        "2026-12-25,Natal 2026,libur_nasional\n"
        "2027-05-01,Hari Buruh,libur_nasional\n"
    )
    with db.write(admin) as s:
        report = holidays.import_holidays_csv(s, rows(text))
    assert not report.ok and report.imported == 0
    assert len(report.rows) == 6  # every row reported, the good one included
    by_line = {r.line: r for r in report.rows}
    assert "tidak valid" in by_line[3].problems[0]
    assert "libur_besar" in by_line[4].problems[0]
    assert "juga di baris 5" in by_line[2].problems[0] and "juga di baris 2" in by_line[5].problems[0]
    assert "sudah ada di daftar" in by_line[6].problems[0]
    assert by_line[7].ok
    with db.read() as s:
        assert holidays.list_holidays(s, 2027) == []
        assert "holiday.import" not in [e.action for e in last_entries(s, 5)]


def test_replacing_a_year_swaps_its_list_and_moves_requests(db: Database, admin: Actor) -> None:
    passport = receive(db, "P3", 1, when=datetime(2025, 12, 22, 1, 0, tzinfo=UTC))  # Senin 22 Desember 2025
    # Natal (25) and cuti bersama (26) are holidays: Selasa 23, Rabu 24, Senin 29.
    with db.read() as s:
        assert get_request(s, passport).due_date == date(2025, 12, 29)
    with db.write(admin) as s:
        refused = holidays.import_holidays_csv(s, rows("2025-12-25,Natal,libur_nasional\n"))
        replaced = holidays.import_holidays_csv(s, rows("2025-12-25,Natal,libur_nasional\n"), replace_years=True)
    assert not refused.ok and replaced.ok
    assert (replaced.imported, replaced.replaced) == (1, 28)
    assert [(m.id, m.new_due) for m in replaced.moved] == [(passport, date(2025, 12, 26))]
    with db.read() as s:
        assert [h.date for h in holidays.list_holidays(s, 2025)] == [date(2025, 12, 25)]


def test_a_petugas_cannot_change_the_calendar(db: Database) -> None:
    officer = actor(db, "petugas")
    with db.write(officer) as s:
        for change in (
            lambda: holidays.add_holiday(s, date(2027, 1, 1), "Tahun Baru", "libur_nasional"),
            lambda: holidays.import_holidays_csv(s, rows(CSV_2027)),
            lambda: holidays.set_working_weekdays(s, [0, 1, 2, 3, 4, 5]),
        ):
            with pytest.raises(AccessDenied):
                change()
    with db.read() as s:
        assert s.scalar(select(Holiday).where(Holiday.date == date(2027, 1, 1))) is None
        assert holidays.get_working_weekdays(s) == (0, 1, 2, 3, 4)


@pytest.mark.postgres
def test_due_dates_move_on_postgresql_too(pg_db: Database) -> None:
    passport = receive(pg_db, "P3", 1)
    with pg_db.write() as s:
        change = holidays.add_holiday(s, date(2025, 10, 31), "Libur lokal", "lokal")
    assert [m.id for m in change.moved] == [passport]
    with pg_db.read() as s:
        assert get_request(s, passport).due_date == date(2025, 11, 4)
        assert holidays.covered_years(s) == {2025, 2026}
