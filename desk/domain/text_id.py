"""Indonesian text for dates, times and numbers.

Names are hard-coded rather than taken from a locale: ICU versions disagree ("Jumat" vs
"Jum'at") and Windows office PCs may lack the id_ID locale, yet a receipt must read the same
everywhere. Times are stored in UTC; everything shown is converted to the office time zone.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from desk.domain.messages import N_
from desk.domain.office_time import DEFAULT_TZ, TZ_ALIASES, TZ_LABELS, to_local

DAY_NAMES: tuple[str, ...] = (N_("Senin"), N_("Selasa"), N_("Rabu"), N_("Kamis"), N_("Jumat"), N_("Sabtu"), N_("Minggu"))
MONTH_NAMES: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Swap the separators of Python's "1,234.5" in one pass.
_ID_SEPARATORS = str.maketrans(",.", ".,")


def format_date(d: date) -> str:
    """Give "29 Oktober 2025": no leading zero, month spelled out."""
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def format_long_date(d: date) -> str:
    """Give "Rabu, 29 Oktober 2025"."""
    return f"{DAY_NAMES[d.weekday()]}, {format_date(d)}"


def format_numeric_date(d: date) -> str:
    """Give "29-10-2025": day first, never month first."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def tz_label(tz_name: str) -> str:
    """WIB, WITA or WIT for the Indonesian zones; other zones are shown by their IANA name."""
    return TZ_LABELS.get(tz_name) or TZ_ALIASES.get(tz_name) or tz_name


def format_clock(value: datetime | time) -> str:
    """Give "09.00": a period between hours and minutes, as in formal Indonesian writing."""
    return f"{value.hour:02d}.{value.minute:02d}"


def format_time(dt: datetime, tz_name: str = DEFAULT_TZ) -> str:
    """Give "pukul 09.00 WITA" for a UTC moment."""
    return f"pukul {format_clock(to_local(dt, tz_name))} {tz_label(tz_name)}"


def format_datetime(dt: datetime, tz_name: str = DEFAULT_TZ) -> str:
    """Give "Rabu, 29 Oktober 2025 pukul 09.00 WITA" for a UTC moment (the date is the local one)."""
    local = to_local(dt, tz_name)
    return f"{format_long_date(local.date())} pukul {format_clock(local)} {tz_label(tz_name)}"


def format_number(x: int | float | Decimal, decimals: int = 0) -> str:
    """Give "1.234,5": thousands ".", decimal ",", rounded half up (as people round, not banker's)."""
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    if isinstance(x, Decimal):
        value = x
    elif isinstance(x, float):
        # str() gives the shortest decimal that round-trips, so 88.305 stays 88.305.
        value = Decimal(str(x))
    else:
        value = Decimal(int(x))
    if not value.is_finite():
        raise ValueError(f"cannot format {x!r} as a number")
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)  # never print "-0"
    return f"{rounded:,.{decimals}f}".translate(_ID_SEPARATORS)


def format_rupiah(amount: int) -> str:
    """Give "Rp10.000": no space after Rp, no decimals (fees are whole rupiah)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{format_number(abs(int(amount)))}"


def format_fee(amount: int) -> str:
    """Service fee as the standard states it: "Gratis" when free."""
    return "Gratis" if amount == 0 else format_rupiah(amount)


def place_date_line(place: str, d: date) -> str:
    """Give "Batumandi, 29 Oktober 2025": the line above a signature."""
    return f"{place.strip()}, {format_date(d)}"


def roman_month(month: int) -> str:
    """Give "X" for October, as used in Indonesian letter numbers."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    return _ROMAN_MONTHS[month - 1]


def format_duration(same_day: bool, days: int | None, minutes: int | None) -> str:
    """Completion time of a service: "Hari yang sama (± 15 menit)" or "12 hari kerja"."""
    if same_day or days == 0:
        text = "Hari yang sama"
        return f"{text} (± {minutes} menit)" if minutes else text
    if days is not None:
        return f"{days} hari kerja"
    if minutes:
        return f"± {minutes} menit"
    return "Tidak ditentukan"
