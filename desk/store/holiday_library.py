"""Next year's holidays from the `holidays` library that ships with Desk: no internet, no typing.

The library (pinned in requirements.lock) carries Indonesia's national holidays ("public") and cuti
bersama ("government") by year; for 2025 and 2026 its dates are those of the SKB tiga menteri that
Desk's seed holds (tests/store/test_holiday_library.py). Dates it only estimates (Islamic holidays
before the government's decree) it names with "(perkiraan)": those are flagged here and stored with
a decree text that says so, for the admin to confirm against the SKB when it is published. An
upgrade of Desk brings a newer library and so newer lists.

Offered rows go through the same check and import as a CSV file (desk.store.holidays): the same
problems, the same "replace the year" choice, and due dates of open requests recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata

from desk.domain.holiday_rules import HolidayRow
from desk.store import holidays
from desk.store.database import Database
from desk.store.holidays import HolidayImport, HolidayRecord
from desk.store.work import Change, Done, reading, writing

COUNTRY = "ID"
# The library's categories for Indonesia, as Desk's kinds.
KINDS = {"public": "libur_nasional", "government": "cuti_bersama"}
ESTIMATED = " (perkiraan)"  # the library's Indonesian mark for an estimated date


@dataclass(frozen=True, slots=True)
class LibraryHoliday:
    date: date
    name: str
    kind: str  # libur_nasional | cuti_bersama
    estimated: bool


@dataclass(frozen=True, slots=True)
class LibraryOffer:
    """A year's list from the library beside what Desk holds for that year, and what importing it would do."""

    year: int
    version: str
    offered: tuple[LibraryHoliday, ...]
    stored: tuple[HolidayRecord, ...]
    report: HolidayImport

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def problem(self) -> str | None:
        return self.report.problem

    @property
    def estimated(self) -> tuple[LibraryHoliday, ...]:
        return tuple(h for h in self.offered if h.estimated)

    @property
    def added(self) -> tuple[LibraryHoliday, ...]:
        held = {h.date for h in self.stored}
        return tuple(h for h in self.offered if h.date not in held)

    @property
    def different(self) -> tuple[tuple[HolidayRecord, LibraryHoliday], ...]:
        """Dates in both lists whose name or kind differ."""
        offered = {h.date: h for h in self.offered}
        return tuple((h, offered[h.date]) for h in self.stored
                     if h.date in offered and (h.name != offered[h.date].name or h.kind != offered[h.date].kind))

    @property
    def missing_from_library(self) -> tuple[HolidayRecord, ...]:
        """Stored days the library does not have (local holidays, or a change by a later SKB)."""
        offered = {h.date for h in self.offered}
        return tuple(h for h in self.stored if h.date not in offered)

    def is_estimated(self, row: HolidayRow) -> bool:
        return any(h.date == row.date and h.estimated for h in self.offered)


def library_version() -> str:
    return metadata.version("holidays")


def library_year(year: int) -> tuple[LibraryHoliday, ...]:
    """The library's national holidays and cuti bersama of `year`, oldest first, one per date."""
    import holidays as library  # loaded only when asked for (it reads its country tables at import)

    by_date: dict[date, LibraryHoliday] = {}
    for category, kind in KINDS.items():
        found = library.country_holidays(COUNTRY, years=year, categories=(category,), language="id")
        for day, label in sorted(found.items()):
            parts = [part.strip() for part in str(label).split(";")]
            estimated = any(part.endswith(ESTIMATED) for part in parts)
            name = "; ".join(part.removesuffix(ESTIMATED) for part in parts)
            # A national holiday and a cuti bersama never share a date in the SKB; if the library
            # ever says so, the national holiday is the one that counts.
            by_date.setdefault(day, LibraryHoliday(day, name, kind, estimated))
    return tuple(by_date[day] for day in sorted(by_date))


def _decree(holiday: LibraryHoliday, version: str) -> str:
    if holiday.estimated:
        return f"PERKIRAAN pustaka holidays {version}; pastikan dengan SKB tiga menteri"
    return f"Pustaka holidays {version}; pastikan dengan SKB tiga menteri"


def _rows(offered: tuple[LibraryHoliday, ...], version: str) -> list[tuple[int, tuple[str, str, str, str]]]:
    """The offered days as the rows of an imported file (line numbers from 1)."""
    return [(line, (h.date.isoformat(), h.name, h.kind, _decree(h, version)))
            for line, h in enumerate(offered, start=1)]


def check_library_year(db: Database, year: int, *, replace: bool = False) -> LibraryOffer:
    """What importing the library's `year` would do; writes nothing."""
    offered, version = library_year(year), library_version()
    with reading(db) as work:
        stored = tuple(holidays.list_holidays(work.session, year))
        report = holidays.check_holidays_csv(work.session, _rows(offered, version), replace_years=replace)
    return LibraryOffer(year, version, offered, stored, report)


def import_library_year(db: Database, year: int, *, replace: bool = False,
                        now: datetime | None = None) -> Done[LibraryOffer]:
    """Import the library's `year` (all of it or, on any problem, nothing); open due dates recomputed.

    ``replace``: first remove the holidays Desk holds for that year, as a CSV import's "SKB perubahan".
    """
    offered, version = library_year(year), library_version()
    with writing(db, now=now) as work:
        stored = tuple(holidays.list_holidays(work.session, year))
        report = holidays.import_holidays_csv(work.session, _rows(offered, version), replace_years=replace,
                                              now=work.now)
        if report.imported:
            work.changed(Change.CALENDAR)
            if report.moved:
                work.changed(Change.REQUESTS)
        return work.done(LibraryOffer(year, version, offered, stored, report))
