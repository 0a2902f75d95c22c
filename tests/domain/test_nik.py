"""NIK checks as the counter officer meets them: typos are refused with a reason, odd regions only warn."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.errors import DomainError, NikError
from desk.domain.nik import NikInfo, format_nik_grouped, make_nik, mask_nik, parse_nik

TODAY = date(2025, 10, 29)
BALANGAN_KECAMATAN = {f"6311{n:02d}" for n in range(1, 9)}  # Juai .. Tebing Tinggi

# A Balangan woman registered in Batumandi, born 1 May 1995: day 01 + 40 = 41.
SITI = "6311044105950001"


def test_woman_from_batu_mandi() -> None:
    info = parse_nik(SITI, TODAY, BALANGAN_KECAMATAN)
    assert info == NikInfo(
        nik=SITI, region_code="631104", sex="P", birth_date=date(1995, 5, 1), serial="0001", warnings=()
    )
    assert info.age_on(TODAY) == 30


def test_man_and_century_from_age() -> None:
    info = parse_nik("6311060302800007", TODAY)
    assert (info.sex, info.birth_date, info.serial) == ("L", date(1980, 2, 3), "0007")
    # "05" is 2005, not 1905: the most recent century that is not in the future.
    assert parse_nik("6311011212050001", TODAY).birth_date == date(2005, 12, 12)
    # "25" with a birthday after today cannot be 2025, so it is 1925 (age 99).
    assert parse_nik("6311011512250001", TODAY).birth_date == date(1925, 12, 15)
    # A baby born this month.
    assert parse_nik("6311010110250001", TODAY).birth_date == date(2025, 10, 1)


def test_typed_separators_are_ignored() -> None:
    assert parse_nik(" 6311 0441 0595 0001 ", TODAY).nik == SITI
    assert parse_nik("63.11.04.410595.0001", TODAY).nik == SITI
    assert parse_nik("6311-0441-0595-0001", TODAY).nik == SITI


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "NIK belum diisi."),
        ("   ", "NIK belum diisi."),
        ("631104410595000", "NIK harus 16 angka (terisi 15)."),
        ("63110441059500011", "NIK harus 16 angka (terisi 17)."),
        ("63110441O5950001", "NIK hanya boleh berisi angka."),  # letter O for zero
        ("6311044105950000", "Nomor urut NIK tidak boleh 0000."),
        ("6311043102950001", "Tanggal lahir dalam NIK tidak valid."),  # 31 February
        ("6311047102950001", "Tanggal lahir dalam NIK tidak valid."),  # woman, 31 February
        ("6311040013950001", "Tanggal lahir dalam NIK tidak valid."),  # month 13
        ("6311040000950001", "Tanggal lahir dalam NIK tidak valid."),  # day 00
        ("6311043505950001", "Tanggal lahir dalam NIK tidak valid."),  # day 35: neither man nor woman
        ("6311047205950001", "Tanggal lahir dalam NIK tidak valid."),  # day 72 = woman born on the 32nd
    ],
)
def test_refusals_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(NikError) as err:
        parse_nik(text, TODAY)
    assert err.value.message == message
    assert err.value.field == "nik"
    assert isinstance(err.value, DomainError)


def test_29_february_only_in_leap_years() -> None:
    assert parse_nik("6311042902960001", TODAY).birth_date == date(1996, 2, 29)
    assert parse_nik("6311046902000001", TODAY).birth_date == date(2000, 2, 29)
    with pytest.raises(NikError):
        parse_nik("6311042902970001", TODAY)


def test_a_nik_of_another_kabupaten_is_from_outside_not_a_typing_error() -> None:
    for outside in ("3171014105950001", "6309024105950001"):  # Jakarta Pusat; Tabalong, next door
        info = parse_nik(outside, TODAY, BALANGAN_KECAMATAN)
        assert info.outside and info.warnings == ()
    assert not parse_nik(SITI, TODAY, BALANGAN_KECAMATAN).outside
    # Without a region list nothing is known about where it is from.
    assert not parse_nik("3171014105950001", TODAY).outside


def test_an_unknown_kecamatan_of_the_kabupaten_or_a_province_that_does_not_exist_warns() -> None:
    info = parse_nik("6311994105950001", TODAY, BALANGAN_KECAMATAN)  # Balangan, but no kecamatan 99
    assert not info.outside and len(info.warnings) == 1 and "63.11.99" in info.warnings[0]
    assert "Periksa kembali" in info.warnings[0]
    nowhere = parse_nik("9911014105950001", TODAY, BALANGAN_KECAMATAN)
    assert nowhere.warnings == ("Kode provinsi 99 pada NIK tidak ada. Periksa kembali NIK.",)
    # Region lists written with dots are understood too.
    assert parse_nik(SITI, TODAY, {"63.11.04"}).warnings == ()


def test_mask_shows_only_regency_and_serial() -> None:
    assert mask_nik(SITI) == "6311********0001"
    assert mask_nik("6311 0441 0595 0001") == "6311********0001"
    assert mask_nik("") == ""
    assert mask_nik("1234") == "****"


def test_grouped_display() -> None:
    assert format_nik_grouped(SITI) == "6311 0441 0595 0001"


def test_make_nik_builds_the_examples() -> None:
    assert make_nik("631104", date(1995, 5, 1), "P", 1) == SITI
    assert make_nik("63.11.06", date(1980, 2, 3), "L", 7) == "6311060302800007"
    with pytest.raises(NikError):
        make_nik("6311", date(1980, 2, 3), "L", 7)
    with pytest.raises(NikError):
        make_nik("631104", date(1980, 2, 3), "X", 7)
    with pytest.raises(NikError):
        make_nik("631104", date(1980, 2, 3), "L", 0)


regions = st.sampled_from([*sorted(BALANGAN_KECAMATAN), "317101", "640201", "110101"])
birth_dates = st.dates(min_value=date(TODAY.year - 99, 1, 1), max_value=TODAY)
sexes = st.sampled_from(["L", "P"])
serials = st.integers(min_value=1, max_value=9999)


@given(regions, birth_dates, sexes, serials)
def test_make_then_parse_gives_the_same_person(region: str, born: date, sex: str, serial: int) -> None:
    nik = make_nik(region, born, sex, serial)
    info = parse_nik(nik, TODAY)
    assert (info.nik, info.region_code, info.sex, info.birth_date, int(info.serial)) == (
        nik,
        region,
        sex,
        born,
        serial,
    )
    assert 0 <= info.age_on(TODAY) <= 120


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_masking_never_reveals_the_birth_digits(nik: str) -> None:
    masked = mask_nik(nik)
    assert len(masked) == 16
    assert masked[:4] == nik[:4] and masked[12:] == nik[12:]
    assert masked[4:12] == "********"


@given(st.text())
def test_arbitrary_text_raises_only_nik_errors(text: str) -> None:
    try:
        info = parse_nik(text, TODAY, BALANGAN_KECAMATAN)
    except NikError as err:
        assert err.message.strip()
    else:
        assert len(info.nik) == 16 and info.nik.isdigit()


@given(st.text(alphabet="0123456789 .-", max_size=24))
def test_digit_like_text_raises_only_nik_errors(text: str) -> None:
    try:
        info = parse_nik(text, TODAY)
    except NikError as err:
        assert err.message.strip()
    else:
        assert info.birth_date <= TODAY
        assert info.serial != "0000"
