"""Reference-number patterns: the office may choose the layout, never one that repeats numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.errors import PatternError
from desk.domain.refnumber import DEFAULT_PATTERN, format_reference, validate_pattern

FORUM_DAY = date(2025, 10, 29)


def test_default_pattern() -> None:
    assert DEFAULT_PATTERN == "{seq:04d}/{unit}/{office}/{month_roman}/{year}"
    assert validate_pattern(DEFAULT_PATTERN) == []
    assert format_reference(DEFAULT_PATTERN, 1, "PNP", "DKUKMTK", FORUM_DAY) == "0001/PNP/DKUKMTK/X/2025"
    assert format_reference(DEFAULT_PATTERN, 12345, "BLK", "DKUKMTK", date(2026, 1, 5)) == (
        "12345/BLK/DKUKMTK/I/2026"
    )


def test_other_placeholders() -> None:
    pattern = "{unit}-{year}{month}-{seq:05d}"
    assert validate_pattern(pattern) == []
    assert format_reference(pattern, 7, "UKM", "X", date(2025, 3, 9)) == "UKM-202503-00007"
    assert (
        format_reference("{seq}/{unit}/{month:d}/{year}", 7, "KOP", "X", date(2025, 3, 9)) == "7/KOP/3/2025"
    )


def test_literal_braces_are_allowed_when_doubled() -> None:
    assert format_reference("{{{seq}}}/{unit}/{year}", 3, "PNP", "X", FORUM_DAY) == "{3}/PNP/2025"


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        ("{unit}/{year}", "{seq}"),
        ("{seq:04d}/{office}/{year}", "{unit}"),
        ("{seq:04d}/{unit}/{office}/{month_roman}", "{year}"),
    ],
)
def test_missing_parts_are_explained(pattern: str, needle: str) -> None:
    problems = validate_pattern(pattern)
    assert len(problems) == 1
    assert needle in problems[0] and "sama" in problems[0]  # says numbers could collide


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        ("", "kosong"),
        ("{seq:04d}/{unit}/{tahun}/{year}", "{tahun} tidak dikenal"),
        ("{}/{seq}/{unit}/{year}", "{} tidak dikenal"),
        ("{seq.real}/{unit}/{year}", "{seq.real} tidak dikenal"),
        ("{seq:04z}/{unit}/{year}", "{seq:04z} tidak valid"),
        ("{seq!r}/{unit}/{year}", "tanda seru"),
        ("{seq:{w}}/{unit}/{year}", "kurung kurawal"),
        ("{seq/{unit}/{year}", "tidak berpasangan"),
        ("{seq:.1e}/{unit}/{year}", "tampil sama"),  # 1234 and 1235 both print 1.2e+03
        ("{seq}/{unit:.1}/{year}", "tampil sama"),  # PNP and PPK both print P
        ("{seq}/{unit}/{year:.1e}", "tampil sama"),
        ("{seq:9999999d}/{unit}/{year}", "terlalu lebar"),
    ],
)
def test_bad_patterns_are_explained(pattern: str, needle: str) -> None:
    problems = validate_pattern(pattern)
    assert any(needle in p for p in problems), problems
    with pytest.raises(PatternError) as err:
        format_reference(pattern, 1, "PNP", "DKUKMTK", FORUM_DAY)
    assert err.value.field == "ref_pattern"
    assert needle in err.value.message


def test_sequence_starts_at_one() -> None:
    with pytest.raises(PatternError):
        format_reference(DEFAULT_PATTERN, 0, "PNP", "DKUKMTK", FORUM_DAY)


@given(st.lists(st.integers(min_value=1, max_value=10**7), min_size=2, max_size=50, unique=True))
def test_different_sequence_numbers_give_different_references(seqs: list[int]) -> None:
    refs = {format_reference(DEFAULT_PATTERN, s, "PNP", "DKUKMTK", FORUM_DAY) for s in seqs}
    assert len(refs) == len(seqs)


@given(
    st.integers(min_value=1, max_value=9998),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2100, 12, 31)),
)
def test_next_number_differs_in_any_month(seq: int, when: date) -> None:
    first = format_reference(DEFAULT_PATTERN, seq, "PNP", "DKUKMTK", when)
    second = format_reference(DEFAULT_PATTERN, seq + 1, "PNP", "DKUKMTK", when)
    assert first != second
    assert first.endswith(str(when.year))


@given(st.text(max_size=30).filter(lambda p: "{seq" not in p))
def test_patterns_without_seq_are_rejected(pattern: str) -> None:
    assert validate_pattern(pattern)
    with pytest.raises(PatternError):
        format_reference(pattern, 1, "PNP", "DKUKMTK", FORUM_DAY)


@given(st.text(max_size=40))
def test_any_pattern_text_gives_problems_or_a_reference(pattern: str) -> None:
    problems = validate_pattern(pattern)
    if problems:
        assert all(p.strip() for p in problems)
    else:
        assert format_reference(pattern, 1, "PNP", "DKUKMTK", FORUM_DAY)
