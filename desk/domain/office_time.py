"""The office's clock: which zone it keeps, what time and what day it is there.

Times are stored in UTC and every date a person sees (received on, due on, today) is the
office's local date. Indonesia has three zones; the seeded office keeps WITA. This is the
one place that names a zone: everything else asks an `OfficeClock` or `DEFAULT_TZ`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.domain.errors import DomainError
from desk.domain.messages import N_

WIB = "Asia/Jakarta"
WITA = "Asia/Makassar"
WIT = "Asia/Jayapura"
DEFAULT_TZ = WITA

TZ_LABELS: dict[str, str] = {WIB: "WIB", WITA: "WITA", WIT: "WIT"}
TZ_NAMES: dict[str, str] = {
    WIB: "WIB — Waktu Indonesia Barat",
    WITA: "WITA — Waktu Indonesia Tengah",
    WIT: "WIT — Waktu Indonesia Timur",
}
# Other IANA names that also lie in Indonesia's three zones.
TZ_ALIASES: dict[str, str] = {"Asia/Pontianak": "WIB", "Asia/Ujung_Pandang": "WITA"}


def utc_now() -> datetime:
    return datetime.now(UTC)


@lru_cache(maxsize=16)
def zone(tz_name: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DomainError(N_("Zona waktu tidak dikenal: {name}."), "timezone", name=tz_name) from exc


def to_local(dt: datetime, tz_name: str = DEFAULT_TZ) -> datetime:
    """The moment ``dt`` (UTC; a naive value is taken as UTC, as the store writes it) in ``tz_name``."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(zone(tz_name))


def local_wall_clock(tz_name: str = DEFAULT_TZ) -> Callable[[datetime], datetime]:
    """A converter of many naive UTC moments (as the store holds them) to the office's naive wall time.

    It gives what `to_local(moment, tz_name).replace(tzinfo=None)` gives, for exports of many rows: the
    zone's offset is looked up once per UTC hour and added, where a zone conversion costs about ten times
    as much per value. An hour in which the zone changes its offset is converted value by value.
    """
    tz = zone(tz_name)
    hour, tick = timedelta(hours=1), timedelta(microseconds=1)
    offsets: dict[tuple[int, int], timedelta | None] = {}

    def wall_time(moment: datetime) -> datetime:
        key = (moment.toordinal(), moment.hour)
        try:
            offset = offsets[key]
        except KeyError:
            start = moment.replace(minute=0, second=0, microsecond=0, tzinfo=UTC)
            first, last = start.astimezone(tz).utcoffset(), (start + hour - tick).astimezone(tz).utcoffset()
            offset = offsets[key] = first if first == last else None
        if offset is None:
            return moment.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)
        return moment + offset

    return wall_time


def local_midnight_utc(day: date, tz_name: str = DEFAULT_TZ) -> datetime:
    """The UTC moment the office's `day` begins (for "received on or after this date" queries)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone(tz_name)).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class OfficeClock:
    """One moment as the office sees it; an operation takes one and uses it throughout."""

    tz: str
    now: datetime  # UTC, aware

    @classmethod
    def at(cls, tz: str | None, now: datetime | None = None) -> OfficeClock:
        moment = now or utc_now()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return cls(tz or DEFAULT_TZ, moment.astimezone(UTC))

    @property
    def local_now(self) -> datetime:
        return to_local(self.now, self.tz)

    @property
    def today(self) -> date:
        return self.local_now.date()

    def local(self, dt: datetime) -> datetime:
        return to_local(dt, self.tz)

    def local_date(self, dt: datetime) -> date:
        return to_local(dt, self.tz).date()

    def day_start(self, day: date) -> datetime:
        """UTC start of the office's `day`."""
        return local_midnight_utc(day, self.tz)

    def day_end(self, day: date) -> datetime:
        """UTC start of the day after `day` (exclusive bound)."""
        return local_midnight_utc(day + timedelta(days=1), self.tz)
