"""Indonesia's holidays as the installed `holidays` library knows them: next year's list comes with Desk.

The library (pinned in pyproject.toml; an upgrade of Desk brings newer lists) carries the libur
nasional (its "public" category) and the cuti bersama (its "government" category) by year,
in Indonesian. Islamic holidays the government has not decreed yet are computed, and the
library says so by writing "(perkiraan)" after their name: those dates are flagged here for an
admin to confirm. Nothing is fetched from the internet; a year the library does not know yet
simply has fewer days (no cuti bersama before the SKB was published).

The library is imported when a list is asked for, never at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib.metadata import PackageNotFoundError, version

from desk.domain.holiday_rules import CUTI_BERSAMA, LIBUR_NASIONAL
from desk.domain.messages import N_
from desk.store.errors import StoreError

DISTRIBUTION = "holidays"
COUNTRY = "ID"
LANGUAGE = "id"
# The library's categories, and the kind of holiday each is in Desk's list.
CATEGORIES: dict[str, str] = {"public": LIBUR_NASIONAL, "government": CUTI_BERSAMA}


@dataclass(frozen=True, slots=True)
class LibraryHoliday:
    date: date
    name: str  # in Indonesian, without the library's "(perkiraan)"
    kind: str  # libur_nasional | cuti_bersama
    estimated: bool  # a computed Islamic date, not yet decreed: the admin confirms it


def library_version() -> str:
    """ "holidays 0.109": which list Desk offers (for the screen, the audit entry and the decree column)."""
    try:
        return f"{DISTRIBUTION} {version(DISTRIBUTION)}"
    except PackageNotFoundError:
        return DISTRIBUTION


def library_holidays(year: int) -> tuple[LibraryHoliday, ...]:
    """Every libur nasional and cuti bersama of `year` the installed library knows, by date."""
    try:
        import holidays as holiday_lists
    except ImportError as exc:  # a broken installation; the screen says so instead of failing
        raise StoreError(N_("Daftar hari libur bawaan tidak terpasang bersama Desk ini. Impor daftar SKB dari "
                         "berkas CSV atau Excel."), "year") from exc
    by_day: dict[date, list[LibraryHoliday]] = {}
    for category, kind in CATEGORIES.items():
        days = holiday_lists.country_holidays(COUNTRY, years=year, language=LANGUAGE, categories=(category,))
        mark = days.tr(days.estimated_label) % ""  # " (perkiraan)", as the library writes it in Indonesian
        for day in sorted(days):
            for name in days.get_list(day):
                estimated = name.endswith(mark)
                by_day.setdefault(day, []).append(
                    LibraryHoliday(day, name.removesuffix(mark) if estimated else name, kind, estimated))
    return tuple(_one_per_day(found) for _day, found in sorted(by_day.items()))


def _one_per_day(found: list[LibraryHoliday]) -> LibraryHoliday:
    """Desk's list holds one holiday per date: two on one day (Waisak on 1 June 2034) become one entry,
    a libur nasional when either is, estimated when either is."""
    if len(found) == 1:
        return found[0]
    ordered = sorted(found, key=lambda h: (h.kind != LIBUR_NASIONAL, h.name))
    kind = LIBUR_NASIONAL if any(h.kind == LIBUR_NASIONAL for h in found) else ordered[0].kind
    return LibraryHoliday(ordered[0].date, "; ".join(h.name for h in ordered), kind, any(h.estimated for h in found))
