"""The receipt's QR check code (desk.domain.receipt_check): genuine codes pass, altered or foreign ones do not."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.receipt_check import (
    MSG_DAMAGED,
    MSG_FORGED,
    MSG_GENUINE,
    MSG_NOT_OURS,
    make_qr_payload,
    verify_qr_payload,
)

SECRET = b"rahasia-kantor"
REF = "0001/PNP/DKUKMTK/X/2025"
DAY = date(2025, 10, 29)


def test_payload_carries_number_date_and_a_16_hex_check() -> None:
    payload = make_qr_payload(REF, DAY, SECRET)
    assert re.fullmatch(r"DESK1\|0001/PNP/DKUKMTK/X/2025\|2025-10-29\|[0-9a-f]{16}", payload)


def test_genuine_code_round_trips() -> None:
    check = verify_qr_payload(make_qr_payload(REF, DAY, SECRET), SECRET)
    assert check.genuine
    assert (check.ref_number, check.received, check.message) == (REF, DAY, MSG_GENUINE)


def test_surrounding_whitespace_and_upper_case_check_are_tolerated() -> None:
    payload = make_qr_payload(REF, DAY, SECRET)
    head, check = payload.rsplit("|", 1)
    assert verify_qr_payload(f"  {payload}\r\n", SECRET).genuine
    assert verify_qr_payload(f"{head}|{check.upper()}", SECRET).genuine


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: p.replace("0001/", "0002/"),  # another number
        lambda p: p.replace("2025-10-29", "2025-10-28"),  # another date
        lambda p: p[:-1] + ("0" if p[-1] != "0" else "1"),  # one digit of the check
    ],
    ids=["number", "date", "check"],
)
def test_tampered_code_is_reported_as_possibly_forged(tamper: object) -> None:
    payload = make_qr_payload(REF, DAY, SECRET)
    check = verify_qr_payload(tamper(payload), SECRET)  # type: ignore[operator]
    assert not check.genuine
    assert check.message == MSG_FORGED


def test_code_of_another_office_does_not_pass() -> None:
    check = verify_qr_payload(make_qr_payload(REF, DAY, b"kantor-lain"), SECRET)
    assert not check.genuine and check.message == MSG_FORGED


def test_bare_reference_number_is_read_but_not_verified() -> None:
    check = verify_qr_payload(f" {REF} ", SECRET)
    assert not check.genuine
    assert check.ref_number == REF and check.received is None
    assert "tidak dapat diverifikasi" in check.message


@pytest.mark.parametrize("text", ["", "halo apa kabar", "https://lapor.go.id", "12345"])
def test_other_text_is_not_a_desk_code(text: str) -> None:
    check = verify_qr_payload(text, SECRET)
    assert (check.genuine, check.ref_number, check.message) == (False, None, MSG_NOT_OURS)


@pytest.mark.parametrize("text", ["DESK1|", "DESK1|0001/PNP|2025-10-29", "DESK1|0001|2025-13-40|00112233aabbccdd",
                                  "DESK1|0001|2025-10-29|xyz"])
def test_broken_desk_code_says_so(text: str) -> None:
    check = verify_qr_payload(text, SECRET)
    assert not check.genuine and check.message == MSG_DAMAGED


def test_empty_secret_is_refused() -> None:
    with pytest.raises(ValueError):
        make_qr_payload(REF, DAY, b"")
    with pytest.raises(ValueError):
        verify_qr_payload("DESK1|x|2025-10-29|0011223344556677", b"")


@given(
    ref=st.text(st.characters(min_codepoint=33, max_codepoint=0x2FFF, blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
                min_size=1,
                max_size=60),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    secret=st.binary(min_size=1, max_size=64),
)
def test_any_reference_round_trips_and_any_change_to_it_is_caught(ref: str, day: date, secret: bytes) -> None:
    payload = make_qr_payload(ref, day, secret)
    check = verify_qr_payload(payload, secret)
    assert check.genuine and check.ref_number == ref and check.received == day
    altered = payload.replace(f"|{ref}|", f"|{ref}X|", 1)
    assert not verify_qr_payload(altered, secret).genuine
