"""Dates, numbers, fees and durations as the screen's language writes them.

`desk.domain.text_id` writes them in Indonesian, as official documents must ("Rabu, 29 Oktober 2025",
"1.234,5"); documents keep calling it. A screen calls these instead: the same Indonesian text in
Indonesian, and English ("Wednesday, 29 October 2025", "1,234.5") when English is installed
(desk.ui.translations). Only the screen changes: the printed copy is made from text_id.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from desk.domain import text_id
from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.ui.common import tr
from desk.ui.translations import INDONESIAN, current_language

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def _english() -> bool:
    return current_language() != INDONESIAN


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def format_date(d: date) -> str:
    """"29 Oktober 2025", or "29 October 2025"."""
    return _ENGLISH.toString(_qdate(d), "d MMMM yyyy") if _english() else text_id.format_date(d)


def format_long_date(d: date) -> str:
    """"Rabu, 29 Oktober 2025", or "Wednesday, 29 October 2025"."""
    return _ENGLISH.toString(_qdate(d), "dddd, d MMMM yyyy") if _english() else text_id.format_long_date(d)


def format_datetime(dt: datetime, tz_name: str = DEFAULT_TZ) -> str:
    """"Rabu, 29 Oktober 2025 pukul 09.00 WITA", or "Wednesday, 29 October 2025 at 09.00 WITA"."""
    if not _english():
        return text_id.format_datetime(dt, tz_name)
    local = to_local(dt, tz_name)
    return f"{format_long_date(local.date())} at {text_id.format_clock(local)} {text_id.tz_label(tz_name)}"


def format_number(x: int | float | Decimal, decimals: int = 0) -> str:
    """"1.234,5", or "1,234.5" (rounded the same way)."""
    text = text_id.format_number(x, decimals)
    return text.translate(_SWAP_SEPARATORS) if _english() else text


def format_percent(x: int | float | Decimal, decimals: int = 1) -> str:
    """"66,7%", or "66.7%": a share written as the screen's language writes numbers."""
    return format_number(x, decimals) + "%"


def format_fee(amount: int) -> str:
    """The fee as the standard states it: "Gratis" ("Free") when free, else rupiah."""
    if amount == 0:
        return tr("Gratis")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{format_number(abs(int(amount)))}"


def format_duration(same_day: bool, days: int | None, minutes: int | None) -> str:
    """A service's completion time: "Hari yang sama (± 15 menit)" or "12 hari kerja", in the screen's words."""
    if same_day or days == 0:
        text = tr("Hari yang sama")
        if not minutes:
            return text
        return text + " (± " + tr("%n menit", "", minutes) + ")"
    if days is not None:
        return tr("%n hari kerja", "", days)
    if minutes:
        return "± " + tr("%n menit", "", minutes)
    return tr("Tidak ditentukan")
