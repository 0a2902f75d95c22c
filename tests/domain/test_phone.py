"""Mobile numbers typed in every common way end up as one stored form; the rest get a clear reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.errors import DomainError, PhoneError
from desk.domain.phone import (
    format_phone,
    mask_phone,
    normalize_phone,
    phone_search_tokens,
    whatsapp_link,
)


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "(0812) 3456-7890",
        "6281234567890",
        "62 812 3456 7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "+62 (812) 3456 7890",
        "  081234567890\t",
    ],
)
def test_common_ways_of_typing_one_number(typed: str) -> None:
    assert normalize_phone(typed) == "+6281234567890"


def test_lengths_at_the_edges() -> None:
    # The accepted range is that of ^(?:\+62|62|0)8[1-9]\d{6,10}$: 9 to 13 digits locally.
    assert normalize_phone("081234567") == "+6281234567"  # 9 digits locally
    assert normalize_phone("0812345678901") == "+62812345678901"  # 13 digits locally


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Nomor HP belum diisi."),
        ("  - ", "Nomor HP belum diisi."),
        ("08123456", "Nomor HP terlalu pendek."),
        ("08123", "Nomor HP terlalu pendek."),
        ("08123456789012", "Nomor HP terlalu panjang."),
        ("81234567890", "Nomor HP harus diawali 08, 628 atau +628."),
        (
            "0812-3456-789O",
            "Nomor HP hanya boleh berisi angka (boleh dengan +, spasi, tanda hubung atau kurung).",
        ),
        ("+1 415 555 0100", "Hanya nomor HP Indonesia (+62) yang diterima."),
        ("0801234567", "Nomor HP tidak valid: angka sesudah 08 tidak boleh 0."),
    ],
)
def test_refusals_say_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(PhoneError) as err:
        normalize_phone(typed)
    assert err.value.message == message
    assert err.value.field == "phone"


def test_landline_is_refused_with_a_hint() -> None:
    with pytest.raises(PhoneError) as err:
        normalize_phone("(0526) 2028123")
    assert err.value.message.startswith("Nomor HP harus diawali 08, 628 atau +628.")
    assert "telepon rumah atau kantor" in err.value.message


def test_display_and_mask() -> None:
    assert format_phone("+6281234567890") == "0812-3456-7890"
    assert mask_phone("+6281234567890") == "0812-****-7890"
    assert format_phone("+628123456789") == "0812-3456-789"
    assert format_phone("+62812345678") == "0812-345-678"
    assert format_phone("+62812345678901") == "0812-3456-78901"
    assert mask_phone("+62812345678901") == "0812-*****-8901"
    # Whatever an old record holds is shown, never a crash.
    assert format_phone("(0526) 2028123") == "(0526) 2028123"


def test_search_tokens_and_whatsapp() -> None:
    assert phone_search_tokens("+6281234567890") == ["6281234567890", "081234567890", "7890"]
    assert whatsapp_link("0812-3456-7890") == "https://wa.me/6281234567890"


mobile_national = st.builds(
    lambda second, rest: "8" + second + rest,
    st.sampled_from("123456789"),
    st.text(alphabet="0123456789", min_size=6, max_size=10),
)
prefixes = st.sampled_from(["0", "62", "+62", "+62 ", "62-"])


@given(prefixes, mobile_national)
def test_every_valid_mobile_number_normalises_and_displays_back(prefix: str, national: str) -> None:
    e164 = normalize_phone(prefix + national)
    assert e164 == "+62" + national
    shown = format_phone(e164)
    assert shown.replace("-", "") == "0" + national
    assert normalize_phone(shown) == e164
    masked = mask_phone(e164)
    assert masked[:4] == "0" + national[:3] and masked[-4:] == national[-4:]
    assert set(masked[5:-5]) == {"*"}


@given(st.text())
def test_arbitrary_text_raises_only_phone_errors(text: str) -> None:
    try:
        e164 = normalize_phone(text)
    except PhoneError as err:
        assert isinstance(err, DomainError)
        assert err.message.strip()
    else:
        assert e164.startswith("+628") and e164[1:].isdigit()


@given(st.text(alphabet="+0123456789 -.()", max_size=20))
def test_phone_like_text_raises_only_phone_errors(text: str) -> None:
    try:
        e164 = normalize_phone(text)
    except PhoneError as err:
        assert err.message.strip()
    else:
        assert 11 <= len(e164) <= 15


stored_like = st.one_of(
    st.text(alphabet="+0123456789٣ ", max_size=16),
    st.builds(lambda national: "+62" + national, st.text(alphabet="0123456789", min_size=5, max_size=14)),
)


@given(stored_like)
def test_shown_and_masked_as_their_normal_form_or_as_stored(text: str) -> None:
    # Numbers straight from the store take a shorter way to the screen; it must end where the checked one does.
    try:
        normal: str | None = normalize_phone(text)
    except PhoneError:
        normal = None
    if normal is None:
        assert format_phone(text) == text
        assert set(mask_phone(text)) <= {"*"}
    else:
        assert format_phone(text).replace("-", "") == "0" + normal[3:]
        assert mask_phone(text) == mask_phone(normal)
        assert mask_phone(text)[:4] == "0" + normal[3:6]
