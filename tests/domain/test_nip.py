"""NIP: stored as 18 digits, printed in its four groups, typed any way people type it."""

from __future__ import annotations

import pytest

from desk.domain.errors import DomainError
from desk.domain.nip import clean_nip, format_nip, nip_line, nip_problem


@pytest.mark.parametrize("typed", ["196805121994031007", "19680512 199403 1 007", " 19680512.199403.1.007 ",
                                   "19680512-199403-1-007"])
def test_any_spelling_is_stored_as_18_digits_and_printed_grouped(typed: str) -> None:
    assert clean_nip(typed) == "196805121994031007"
    assert format_nip(typed) == "19680512 199403 1 007"
    assert nip_line(typed) == "NIP 19680512 199403 1 007"


def test_empty_is_allowed_and_prints_nothing() -> None:
    assert clean_nip("") == "" and nip_problem("  ") is None and nip_line("") == ""


@pytest.mark.parametrize(("typed", "says"), [
    ("19XXXXXX XXXXXX X XXX", "hanya berisi angka"),
    ("1968051219940310", "terisi 16"),
    ("196813121994031007", "tanggal lahir"),  # month 13
    ("196805121994131007", "pengangkatan"),  # appointed in month 13
    ("196805121970031007", "pengangkatan"),  # appointed at the age of one
    ("196805121994033007", "jenis kelamin"),
])
def test_a_wrong_nip_is_refused_with_the_reason(typed: str, says: str) -> None:
    problem = nip_problem(typed)
    assert problem is not None and says in problem
    with pytest.raises(DomainError) as raised:
        clean_nip(typed)
    assert raised.value.field == "nip"


def test_something_that_is_not_a_nip_prints_as_typed() -> None:
    assert format_nip(" 19XXXXXX XXXXXX X XXX ") == "19XXXXXX XXXXXX X XXX"
