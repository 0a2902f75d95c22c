"""The period a recap covers: a day, a month, a quarter, a semester, a year, or any range of dates.

The calendar kinds are the SKM's periods (desk.domain.skm.Period: "2026-11", "2026-Q4", "2026-S2",
"2026"), so a recap and an SKM report of the same period say it the same way; a recap adds a single
day ("2026-11-03") and a range ("2026-01-05..2026-02-10"). Dates are the office's calendar dates
(its time zone: desk.domain.office_time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desk.domain.errors import DomainError
from desk.domain.messages import N_, Filled
from desk.domain.skm import MONTH, PERIOD_KINDS, QUARTER, SEMESTER, YEAR, Period, PeriodError, parse_period
from desk.domain.text_id import MONTH_NAMES, format_date

DAY, RANGE = "hari", "rentang"
RECAP_KINDS: dict[str, str] = {DAY: N_("Hari"), **PERIOD_KINDS, RANGE: N_("Rentang tanggal")}
MAX_RANGE_DAYS = 366 * 10

_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


@dataclass(frozen=True, slots=True)
class RecapPeriod:
    first: date
    last: date
    kind: str  # hari | bulan | triwulan | semester | tahun | rentang
    code: str  # what `parse_recap_period` reads back; also in file names
    label: str  # "November 2026", "3 November 2026", "5 Januari 2026 s.d. 10 Februari 2026"

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def is_open(self, today: date) -> bool:
        """Not over yet: its figures can still change (the paper is a KONSEP)."""
        return today <= self.last

    @property
    def year(self) -> int:
        """The year whose months the recap sets side by side: the year the period begins in."""
        return self.first.year


def of_calendar(period: Period) -> RecapPeriod:
    return RecapPeriod(period.first_day, period.last_day, period.kind, period.code, period.label)


def day_period(day: date) -> RecapPeriod:
    return RecapPeriod(day, day, DAY, day.isoformat(), format_date(day))


def range_period(first: date, last: date) -> RecapPeriod:
    if last < first:
        raise PeriodError(N_("Tanggal akhir periode tidak boleh sebelum tanggal awal."))
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise PeriodError(N_("Rentang periode paling panjang sepuluh tahun."))
    if first == last:
        return day_period(first)
    return RecapPeriod(first, last, RANGE, f"{first.isoformat()}..{last.isoformat()}",
                       f"{format_date(first)} s.d. {format_date(last)}")


def month_of(year: int, month: int) -> RecapPeriod:
    return of_calendar(Period(year, MONTH, month))


def year_of(year: int) -> RecapPeriod:
    return of_calendar(Period(year, YEAR))


def calendar_period(year: int, kind: str, number: int = 1) -> RecapPeriod:
    """A month, quarter, semester or year ("bulan", "triwulan", "semester", "tahun")."""
    if kind not in (MONTH, QUARTER, SEMESTER, YEAR):
        raise PeriodError(Filled(N_("Jenis periode tidak dikenal: {kind}."), kind=kind))
    return of_calendar(Period(year, kind, number))


def _parse_day(text: str) -> date:
    match = _DAY.match(text)
    if not match:
        raise PeriodError(Filled(N_("Tanggal '{text}' ditulis TTTT-BB-HH, mis. 2026-11-03."), text=text.strip()))
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError as exc:
        raise PeriodError(Filled(N_("Tanggal {text} tidak ada."), text=text.strip())) from exc
    if not 2000 <= day.year <= 2999:
        raise PeriodError(Filled(N_("Tahun {year} di luar jangkauan."), year=day.year))
    return day


def parse_recap_period(text: str) -> RecapPeriod:
    """"2026-11-03" (a day), "2026-11", "2026-Q4", "2026-S2", "2026", or "2026-01-05..2026-02-10"."""
    text = (text or "").strip()
    if ".." in text:
        first, _, last = text.partition("..")
        return range_period(_parse_day(first), _parse_day(last))
    if _DAY.match(text):
        return day_period(_parse_day(text))
    try:
        return of_calendar(parse_period(text))
    except DomainError as exc:
        raise PeriodError(Filled(N_(
            "Periode '{text}' tidak dikenal. Tulis 2026-11-03 (sehari), 2026-11 (bulan), 2026-Q4 (triwulan), "
            "2026-S2 (semester), 2026 (tahun) atau 2026-01-05..2026-02-10 (rentang tanggal)."), text=text)
        ) from exc


def months_of_year(year: int) -> tuple[tuple[date, date, str], ...]:
    """(first day, last day, short name) of the twelve months of `year`."""
    out = []
    for month in range(1, 13):
        first = date(year, month, 1)
        last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
        out.append((first, last, MONTH_NAMES[month - 1][:3]))
    return tuple(out)
