"""Indonesian mobile numbers: accept what people type, store E.164 ("+628…"), show "0812-3456-7890".

Only mobile numbers are accepted: the number is used to call or WhatsApp the visitor when the
result is ready, and a landline cannot receive WhatsApp (DOMAIN §6.2).
"""

from __future__ import annotations

from desk.domain.errors import PhoneError
from desk.domain.messages import N_

_DIGITS = frozenset("0123456789")
_SEPARATORS = str.maketrans("", "", " \t\u00a0-.()/")
# After the country code or trunk 0: "8", a digit 1-9, then 6..10 digits.
_MIN_NATIONAL = 8
_MAX_NATIONAL = 12


def normalize_phone(text: str) -> str:
    """Turn "0812-3456-7890", "62 812…" or "+62 (812) …" → "+6281234567890"; PhoneError otherwise."""
    if not isinstance(text, str):
        raise PhoneError(N_("Nomor HP harus berupa teks angka."))
    cleaned = text.strip().translate(_SEPARATORS)
    if not cleaned:
        raise PhoneError(N_("Nomor HP belum diisi."))
    body = cleaned[1:] if cleaned.startswith("+") else cleaned
    if not body or not set(body) <= _DIGITS:
        raise PhoneError(
            N_("Nomor HP hanya boleh berisi angka (boleh dengan +, spasi, tanda hubung atau kurung).")
        )

    if cleaned.startswith("+"):
        if not body.startswith("62"):
            raise PhoneError(N_("Hanya nomor HP Indonesia (+62) yang diterima."))
        national = body[2:]
    elif body.startswith("62"):
        national = body[2:]
    elif body.startswith("0"):
        national = body[1:]
    else:
        raise PhoneError(N_("Nomor HP harus diawali 08, 628 atau +628."))

    if not national.startswith("8"):
        raise PhoneError(
            N_("Nomor HP harus diawali 08, 628 atau +628. Nomor telepon rumah atau kantor tidak dapat dipakai.")
        )
    if len(national) < _MIN_NATIONAL:
        raise PhoneError(N_("Nomor HP terlalu pendek."))
    if len(national) > _MAX_NATIONAL:
        raise PhoneError(N_("Nomor HP terlalu panjang."))
    if national[1] == "0":
        raise PhoneError(N_("Nomor HP tidak valid: angka sesudah 08 tidak boleh 0."))
    return "+62" + national


def _local_digits(e164: str) -> str | None:
    # A number as the store holds it ("+628" and 8 to 12 digits, the second not 0) is its own normal
    # form: its local digits without a second check (an export shows a hundred thousand of them).
    if (e164[:4] == "+628" and 11 <= len(e164) <= 15 and e164[4] != "0" and e164[1:].isdigit()
            and e164.isascii()):
        return "0" + e164[3:]
    try:
        return "0" + normalize_phone(e164)[3:]
    except PhoneError:
        return None


def _groups(local: str) -> list[str]:
    # "0812" then the rest in near-equal groups of at most 4, never a lone trailing digit.
    head, rest = local[:4], local[4:]
    n = len(rest)
    if n <= 4:
        parts = [rest]
    elif n <= 8:
        half = (n + 1) // 2
        parts = [rest[:half], rest[half:]]
    else:
        parts = [rest[:4], rest[4:]]
    return [head, *(p for p in parts if p)]


def format_phone(e164: str) -> str:
    """Give "0812-3456-7890" for display. Text that is not a mobile number is shown as it was stored."""
    local = _local_digits(e164)
    if local is None:
        return e164
    return "-".join(_groups(local))


def mask_phone(e164: str) -> str:
    """Give "0812-****-7890": enough to confirm with the visitor, not enough to call them."""
    local = _local_digits(e164)
    if local is None:
        digits = "".join(c for c in e164 if c in _DIGITS)
        return "*" * len(digits)
    return f"{local[:4]}-{'*' * (len(local) - 8)}-{local[-4:]}"


def phone_search_tokens(e164: str) -> list[str]:
    """Strings a search index holds for a number: "6281234567890", "081234567890", "7890"."""
    normalized = normalize_phone(e164)
    international = normalized[1:]
    return [international, "0" + international[2:], international[-4:]]


def whatsapp_link(e164: str) -> str:
    """Give "https://wa.me/6281234567890" (wa.me wants the number without "+")."""
    return "https://wa.me/" + normalize_phone(e164)[1:]
