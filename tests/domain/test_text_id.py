"""Indonesian dates, times and numbers as printed on receipts and shown on screens."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.errors import DomainError
from desk.domain.office_time import TZ_LABELS, to_local
from desk.domain.text_id import (
    DAY_NAMES,
    MONTH_NAMES,
    format_clock,
    format_date,
    format_datetime,
    format_duration,
    format_fee,
    format_long_date,
    format_number,
    format_numeric_date,
    format_rupiah,
    format_time,
    place_date_line,
    roman_month,
    tz_label,
)

FORUM_DAY = date(2025, 10, 29)  # the 2025 FKP at Aula DKUKMTK, a Wednesday


def test_names_are_the_hard_coded_indonesian_lists() -> None:
    assert DAY_NAMES == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    assert MONTH_NAMES[0] == "Januari"
    assert MONTH_NAMES[4] == "Mei"
    assert MONTH_NAMES[11] == "Desember"
    assert len(MONTH_NAMES) == 12


def test_dates() -> None:
    assert format_date(FORUM_DAY) == "29 Oktober 2025"
    assert format_long_date(FORUM_DAY) == "Rabu, 29 Oktober 2025"
    assert format_numeric_date(FORUM_DAY) == "29-10-2025"
    # No leading zero in words, a leading zero in figures.
    assert format_date(date(2026, 1, 2)) == "2 Januari 2026"
    assert format_numeric_date(date(2026, 1, 2)) == "02-01-2026"
    assert format_long_date(date(2025, 4, 18)) == "Jumat, 18 April 2025"
    assert format_long_date(date(2025, 8, 17)) == "Minggu, 17 Agustus 2025"


def test_place_date_line() -> None:
    assert place_date_line("Batumandi", FORUM_DAY) == "Batumandi, 29 Oktober 2025"
    assert place_date_line("  Paringin ", date(2025, 5, 1)) == "Paringin, 1 Mei 2025"


def test_time_zone_labels() -> None:
    assert TZ_LABELS == {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
    assert tz_label("Asia/Makassar") == "WITA"
    assert tz_label("Asia/Pontianak") == "WIB"
    assert tz_label("Europe/Amsterdam") == "Europe/Amsterdam"


def test_utc_is_shown_in_office_time() -> None:
    received = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # 09.00 in Balangan
    assert to_local(received).hour == 9
    assert format_clock(to_local(received)) == "09.00"
    assert format_time(received) == "pukul 09.00 WITA"
    assert format_time(received, "Asia/Jakarta") == "pukul 08.00 WIB"
    assert format_time(received, "Asia/Jayapura") == "pukul 10.00 WIT"
    assert format_datetime(received) == "Rabu, 29 Oktober 2025 pukul 09.00 WITA"


def test_naive_datetimes_are_taken_as_utc() -> None:
    assert format_time(datetime(2025, 10, 29, 1, 0)) == "pukul 09.00 WITA"


def test_other_offsets_are_converted_not_relabelled() -> None:
    jakarta_morning = datetime(2025, 10, 29, 8, 0, tzinfo=timezone(timedelta(hours=7)))
    assert format_time(jakarta_morning) == "pukul 09.00 WITA"


def test_local_date_changes_before_utc_date() -> None:
    # 17.30 UTC is already half past one the next morning in WITA: the receipt shows the local day.
    late = datetime(2025, 10, 28, 17, 30, tzinfo=UTC)
    assert format_datetime(late) == "Rabu, 29 Oktober 2025 pukul 01.30 WITA"


def test_unknown_time_zone_is_a_domain_error() -> None:
    with pytest.raises(DomainError) as err:
        to_local(datetime(2025, 1, 1, tzinfo=UTC), "Asia/Balangan")
    assert "Zona waktu" in err.value.message


def test_clock_from_time() -> None:
    assert format_clock(time(7, 30)) == "07.30"
    assert format_clock(time(13, 5)) == "13.05"


def test_numbers() -> None:
    assert format_number(1234.5, 1) == "1.234,5"
    assert format_number(1828.513, 2) == "1.828,51"
    assert format_number(88.305, 2) == "88,31"  # half up, as people round an IKM score
    assert format_number(138950) == "138.950"
    assert format_number(Decimal("1234567.891"), 2) == "1.234.567,89"
    assert format_number(0.5) == "1"
    assert format_number(-1234.5, 1) == "-1.234,5"
    assert format_number(-0.001, 2) == "0,00"
    assert format_number(7, 2) == "7,00"


def test_rupiah_and_fee() -> None:
    assert format_rupiah(10000) == "Rp10.000"
    assert format_rupiah(1500000) == "Rp1.500.000"
    assert format_rupiah(0) == "Rp0"
    assert format_fee(0) == "Gratis"
    assert format_fee(25000) == "Rp25.000"


def test_roman_months() -> None:
    assert [roman_month(m) for m in range(1, 13)] == [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        roman_month(13)


def test_durations() -> None:
    assert format_duration(True, None, 15) == "Hari yang sama (± 15 menit)"
    assert format_duration(True, 0, None) == "Hari yang sama"
    assert format_duration(False, 12, None) == "12 hari kerja"
    assert format_duration(False, None, 30) == "± 30 menit"
    assert format_duration(False, None, None) == "Tidak ditentukan"


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_integers_round_trip_through_indonesian_grouping(n: int) -> None:
    text = format_number(n)
    assert "," not in text
    assert int(text.replace(".", "")) == n


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2), st.integers(min_value=0, max_value=4))
def test_decimal_part_uses_a_comma(x: Decimal, decimals: int) -> None:
    text = format_number(x, decimals)
    whole, _, fraction = text.partition(",")
    assert len(fraction) == decimals
    assert "," not in whole
    shown = Decimal(whole.replace(".", "") + "." + (fraction or "0"))
    assert shown == x.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_long_date_names_the_right_weekday(d: date) -> None:
    text = format_long_date(d)
    assert text.startswith(DAY_NAMES[d.weekday()] + ", ")
    assert text.endswith(f"{MONTH_NAMES[d.month - 1]} {d.year}")
