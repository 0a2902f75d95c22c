"""Due dates in "hari kerja", with the 2025 and 2026 holidays of the SKB Tiga Menteri (DOMAIN §7)."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.errors import DomainError
from desk.domain.workdays import WorkCalendar

LIBUR_2025 = ["2025-01-01", "2025-01-27", "2025-01-29", "2025-03-29", "2025-03-31", "2025-04-01", "2025-04-18",
              "2025-04-20", "2025-05-01", "2025-05-12", "2025-05-29", "2025-06-01", "2025-06-06", "2025-06-27",
              "2025-08-17", "2025-09-05", "2025-12-25"]  # fmt: skip
CUTI_2025 = ["2025-01-28", "2025-03-28", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07", "2025-05-13",
             "2025-05-30", "2025-06-09", "2025-08-18", "2025-12-26"]  # fmt: skip
LIBUR_2026 = ["2026-01-01", "2026-01-16", "2026-02-17", "2026-03-19", "2026-03-21", "2026-03-22", "2026-04-03",
              "2026-04-05", "2026-05-01", "2026-05-14", "2026-05-27", "2026-05-31", "2026-06-01", "2026-06-16",
              "2026-08-17", "2026-08-25", "2026-12-25"]  # fmt: skip
CUTI_2026 = ["2026-02-16", "2026-03-18", "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28",
             "2026-12-24"]  # fmt: skip

HOLIDAYS = frozenset(date.fromisoformat(d) for d in LIBUR_2025 + CUTI_2025 + LIBUR_2026 + CUTI_2026)
CALENDAR = WorkCalendar(HOLIDAYS)


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def test_fixture_matches_domain_counts() -> None:
    assert len(LIBUR_2025) == 17 and len(CUTI_2025) == 11
    assert len(LIBUR_2026) == 17 and len(CUTI_2026) == 8
    assert len(HOLIDAYS) == 53


def test_working_days() -> None:
    assert CALENDAR.is_working_day(d("2025-10-29"))  # Rabu
    assert not CALENDAR.is_working_day(d("2025-11-01"))  # Sabtu
    assert not CALENDAR.is_working_day(d("2025-11-02"))  # Minggu
    assert not CALENDAR.is_working_day(d("2025-08-18"))  # cuti bersama, a Monday
    assert not CALENDAR.is_working_day(d("2025-12-25"))


def test_ordinary_weeks() -> None:
    wednesday = d("2025-10-29")
    assert CALENDAR.add_working_days(wednesday, 1) == d("2025-10-30")
    assert CALENDAR.add_working_days(wednesday, 3) == d("2025-11-03")  # over the weekend
    assert CALENDAR.add_working_days(wednesday, 5) == d("2025-11-05")
    assert CALENDAR.add_working_days(wednesday, 12) == d("2025-11-14")


def test_lebaran_2025_closes_the_office_for_two_weeks() -> None:
    # Cuti bersama 28 Mar, Nyepi 29 Mar, Idul Fitri 31 Mar-1 Apr, cuti 2-4 and 7 Apr.
    assert CALENDAR.add_working_days(d("2025-03-27"), 1) == d("2025-04-08")
    assert CALENDAR.add_working_days(d("2025-03-26"), 2) == d("2025-04-08")
    assert CALENDAR.working_days_between(d("2025-03-27"), d("2025-04-08")) == 1


def test_year_end_2025_into_2026() -> None:
    # 25-26 Dec closed, weekend, then 29-31 Dec, 1 Jan 2026 closed, 2 Jan open.
    assert CALENDAR.add_working_days(d("2025-12-24"), 1) == d("2025-12-29")
    assert CALENDAR.add_working_days(d("2025-12-24"), 4) == d("2026-01-02")


def test_same_day_service() -> None:
    assert CALENDAR.add_working_days(d("2025-10-29"), 0) == d("2025-10-29")
    assert CALENDAR.add_working_days(d("2025-11-01"), 0) == d("2025-11-03")  # a Saturday walk-in
    assert CALENDAR.add_working_days(d("2025-08-16"), 0) == d("2025-08-19")  # Sat, Sun 17 Aug, cuti 18 Aug


def test_request_received_on_a_saturday() -> None:
    assert CALENDAR.add_working_days(d("2025-11-01"), 1) == d("2025-11-03")


def test_next_working_day() -> None:
    assert CALENDAR.next_working_day(d("2025-10-29")) == d("2025-10-29")
    assert CALENDAR.next_working_day(d("2026-03-18")) == d("2026-03-25")  # Nyepi + Idul Fitri 2026


def test_datetimes_count_as_their_date() -> None:
    assert not CALENDAR.is_working_day(datetime(2025, 12, 25, 9, 0).date())
    assert CALENDAR.add_working_days(datetime(2025, 12, 24, 9, 0), 1) == d("2025-12-29")


def test_between_counts_after_a_up_to_b() -> None:
    assert CALENDAR.working_days_between(d("2025-10-29"), d("2025-10-29")) == 0
    assert CALENDAR.working_days_between(d("2025-10-29"), d("2025-11-05")) == 5
    assert CALENDAR.working_days_between(d("2025-11-05"), d("2025-10-29")) == -5
    # 2025: 261 weekdays, minus 13 libur (4 of the 17 fall on a weekend) and 11 cuti bersama.
    assert CALENDAR.working_days_between(d("2024-12-31"), d("2025-12-31")) == 261 - 13 - 11


def test_six_day_week() -> None:
    saturday_office = WorkCalendar(HOLIDAYS, weekdays=range(6))
    assert saturday_office.is_working_day(d("2025-11-01"))
    assert saturday_office.add_working_days(d("2025-10-31"), 1) == d("2025-11-01")


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(DomainError):
        WorkCalendar(HOLIDAYS, weekdays=())
    with pytest.raises(ValueError):
        WorkCalendar(HOLIDAYS, weekdays=(0, 7))
    with pytest.raises(DomainError):
        CALENDAR.add_working_days(d("2025-10-29"), -1)


def test_fast_enough_for_a_register_of_due_dates() -> None:
    start = d("2025-01-01")
    began = time.perf_counter()
    for i in range(20_000):
        CALENDAR.add_working_days(start + timedelta(days=i % 700), i % 60)
    assert time.perf_counter() - began < 1.5


starts = st.dates(min_value=date(2024, 12, 1), max_value=date(2026, 12, 31))
spans = st.integers(min_value=0, max_value=400)
week_sets = st.sets(st.integers(min_value=0, max_value=6), min_size=1)


def brute_force_due(calendar: WorkCalendar, start: date, days: int) -> date:
    if days == 0:
        while not calendar.is_working_day(start):
            start += timedelta(days=1)
        return start
    current = start
    while days:
        current += timedelta(days=1)
        if calendar.is_working_day(current):
            days -= 1
    return current


@given(starts, spans)
def test_due_date_never_on_a_weekend_or_holiday(start: date, days: int) -> None:
    due = CALENDAR.add_working_days(start, days)
    assert due.weekday() < 5
    assert due not in HOLIDAYS
    assert due >= start


@given(starts, spans, spans)
def test_more_days_never_gives_an_earlier_due_date(start: date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert CALENDAR.add_working_days(start, low) <= CALENDAR.add_working_days(start, high)
    if low < high:
        assert CALENDAR.add_working_days(start, low) < CALENDAR.add_working_days(start, high)


@given(starts, st.integers(min_value=1, max_value=400))
def test_between_is_the_inverse_of_add(start: date, days: int) -> None:
    assert CALENDAR.working_days_between(start, CALENDAR.add_working_days(start, days)) == days


@given(starts, spans, week_sets)
def test_week_jumps_agree_with_walking_day_by_day(start: date, days: int, weekdays: set[int]) -> None:
    calendar = WorkCalendar(HOLIDAYS, weekdays=weekdays)
    assert calendar.add_working_days(start, days) == brute_force_due(calendar, start, days)
