"""NIP, the 18-digit civil-servant number (PP 11/2017 and BKN's numbering).

A NIP reads as four groups: date of birth (yyyymmdd), month of appointment as CPNS (yyyymm),
sex (1 man, 2 woman) and a three-digit sequence: "19680512 199403 1 007". Desk stores the 18
digits and prints the groups, so the same NIP never appears in two spellings; what people type
(spaces, dots, the four groups) is accepted and cleaned.
"""

from __future__ import annotations

import re
from datetime import date

from desk.domain.errors import DomainError

NIP_LENGTH = 18
EXAMPLE = "19680512 199403 1 007"
_SEPARATORS = re.compile(r"[\s.\-]+")


def nip_digits(text: str) -> str:
    """What was typed without spaces, dots or hyphens (not yet checked)."""
    return _SEPARATORS.sub("", text or "")


def nip_problem(text: str) -> str | None:
    """Why ``text`` is not a NIP, in Indonesian; None when it is one (or is empty)."""
    digits = nip_digits(text)
    if not digits:
        return None
    if not digits.isdigit():
        return f"NIP hanya berisi angka (18 angka, mis. {EXAMPLE})."
    if len(digits) != NIP_LENGTH:
        return f"NIP terdiri dari 18 angka (terisi {len(digits)}), mis. {EXAMPLE}."
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return "Delapan angka pertama NIP (tanggal lahir, tahun-bulan-tanggal) bukan tanggal yang sah."
    appointed_year, appointed_month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= appointed_month <= 12 or appointed_year < born.year + 15:
        return "Angka ke-9 sampai ke-14 NIP (tahun dan bulan pengangkatan) tidak sah."
    if digits[14] not in "12":
        return "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2."
    return None


def clean_nip(text: str) -> str:
    """The 18 digits of a typed NIP ("" when empty); DomainError (field "nip") when it is not one."""
    problem = nip_problem(text)
    if problem:
        raise DomainError(problem, "nip")
    return nip_digits(text)


def format_nip(nip: str) -> str:
    """"19680512 199403 1 007" for a valid NIP; anything else as it was typed (trimmed)."""
    digits = nip_digits(nip)
    if len(digits) != NIP_LENGTH or not digits.isdigit():
        return (nip or "").strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def nip_line(nip: str) -> str:
    """"NIP 19680512 199403 1 007" under a signature; "" without a NIP."""
    shown = format_nip(nip)
    return f"NIP {shown}" if shown else ""
