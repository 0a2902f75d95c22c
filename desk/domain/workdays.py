"""Working days ("hari kerja") for due dates.

Government offices work Monday to Friday (Perpres 21/2023) and close on libur nasional and
cuti bersama; the weekdays stay configurable because units serving the public may keep other
schedules (DOMAIN §7.1). Holidays are data, passed in.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from desk.domain.errors import DomainError
from desk.domain.messages import N_

_ONE_DAY = timedelta(days=1)


class WorkCalendar:
    """Answers "is this a working day?" and "when is n working days after this?"."""

    def __init__(self, holidays: Iterable[date], weekdays: Iterable[int] = (0, 1, 2, 3, 4)) -> None:
        days = frozenset(_as_date(h) for h in holidays)
        self.weekdays: frozenset[int] = frozenset(weekdays)
        if not self.weekdays <= frozenset(range(7)):
            raise ValueError(f"weekdays must be 0 (Monday) .. 6 (Sunday), got {sorted(self.weekdays)}")
        if not self.weekdays:
            # Without a working weekday no due date exists and every search would run forever.
            raise DomainError(N_("Minimal satu hari dalam seminggu harus hari kerja."), "weekdays")
        self.holidays: frozenset[date] = days
        # Holidays that fall on a working weekday, sorted, so counting over a range is a bisect.
        self._closed = tuple(sorted(d for d in days if d.weekday() in self.weekdays))

    def is_working_day(self, d: date) -> bool:
        return d.weekday() in self.weekdays and d not in self.holidays

    def next_working_day(self, d: date) -> date:
        """``d`` itself when it is a working day, else the first working day after it."""
        d = _as_date(d)
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, days: int) -> date:
        """The due date ``days`` working days after ``start`` (``start`` itself not counted).

        ``days == 0`` is a same-day service: ``start`` if it is a working day, else the next one.
        """
        if days < 0:
            raise DomainError(N_("Jumlah hari kerja tidak boleh negatif."), "days")
        d = _as_date(start)
        if days == 0:
            return self.next_working_day(d)
        # Jump whole weeks first, then walk the remainder; the walk afterwards corrects for
        # holidays inside the jumped span, so the result is exact and the cost O(days / 5 + holidays).
        per_week = len(self.weekdays)
        weeks = (days - 1) // per_week
        if weeks:
            jumped = d + timedelta(weeks=weeks)
            remaining = days - self.working_days_between(d, jumped)
            d = jumped
        else:
            remaining = days
        while remaining > 0:
            d += _ONE_DAY
            if self.is_working_day(d):
                remaining -= 1
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days after ``a`` up to and including ``b``; negative when ``b`` is before ``a``.

        So ``working_days_between(s, add_working_days(s, n)) == n`` for every n >= 1.
        """
        a, b = _as_date(a), _as_date(b)
        if b < a:
            return -self.working_days_between(b, a)
        weekdays = self._weekdays_in(a + _ONE_DAY, b)
        closed = bisect_right(self._closed, b) - bisect_left(self._closed, a + _ONE_DAY)
        return weekdays - closed

    def _weekdays_in(self, first: date, last: date) -> int:
        """How many days in ``first..last`` (inclusive) fall on a working weekday."""
        span = (last - first).days + 1
        if span <= 0:
            return 0
        weeks, extra = divmod(span, 7)
        count = weeks * len(self.weekdays)
        start = first.weekday()
        count += sum(1 for i in range(extra) if (start + i) % 7 in self.weekdays)
        return count


def _as_date(d: date) -> date:
    # A datetime is a date too, but comparing it with the holiday dates would never match.
    return d.date() if isinstance(d, datetime) else d
