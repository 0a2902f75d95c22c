"""Reference numbers of service requests, e.g. "0001/PNP/DKUKMTK/X/2025".

The office chooses the pattern. The store counts ``seq`` per unit and year, so a pattern is
only safe when it shows the sequence, the unit and the year, each in a form where different
values stay different: otherwise two requests could print the same number.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from string import Formatter

from desk.domain.errors import PatternError
from desk.domain.messages import N_, Filled, joined
from desk.domain.text_id import roman_month

DEFAULT_PATTERN = "{seq:04d}/{unit}/{office}/{month_roman}/{year}"

# Placeholder → what it means, for the settings screen.
PLACEHOLDERS: dict[str, str] = {
    "seq": N_("nomor urut (per bidang per tahun), mis. {seq:04d} → 0001"),
    "unit": N_("kode bidang, mis. PNP"),
    "office": N_("singkatan kantor, mis. DKUKMTK"),
    "month_roman": N_("bulan dalam angka Romawi, mis. X"),
    "month": N_("bulan dua angka, mis. 10"),
    "year": N_("tahun empat angka, mis. 2025"),
}
REQUIRED = ("seq", "unit", "year")

_REQUIRED_WHY = {
    "seq": "Pola harus memuat {seq} (nomor urut); tanpa itu semua permohonan mendapat nomor yang sama.",
    "unit": (
        "Pola harus memuat {unit} (kode bidang); nomor urut dihitung per bidang, "
        "jadi tanpa kode bidang dua bidang bisa memberi nomor yang sama."
    ),
    "year": (
        "Pola harus memuat {year} (tahun); nomor urut mulai lagi dari 1 setiap tahun, "
        "jadi tanpa tahun nomor tahun ini bisa sama dengan nomor tahun lalu."
    ),
}


class _TwoDigits(int):
    """A month that prints as "07" under a bare {month}, and obeys an explicit format spec."""

    def __format__(self, spec: str) -> str:
        return int.__format__(self, spec or "02d")


# Values that must stay distinct after formatting: a spec such as {seq:.1} or {year:.2}
# turns 1234 and 1235 into the same text, and {unit:.1} cuts "PNP" and "PPK" to "P".
_DISTINCT_SAMPLES: dict[str, tuple[object, ...]] = {
    "seq": (1, 2, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 1234, 1235, 9999, 10000, 123456, 999999),
    "unit": ("PNP", "PPK", "BLK", "UKM", "KOP", "P", "PN", "A1"),
    "year": tuple(range(2020, 2101)),
}
_TOO_WIDE = re.compile(r"\d{3,}")
_SAMPLE_VALUES: dict[str, object] = {
    "seq": 1,
    "unit": "PNP",
    "office": "DKUKMTK",
    "month_roman": "X",
    "month": _TwoDigits(10),
    "year": 2025,
}


def validate_pattern(pattern: str) -> list[str]:
    """Problems of ``pattern`` in Indonesian; an empty list means numbers will be unique."""
    return list(_problems(pattern))


@lru_cache(maxsize=64)
def _problems(pattern: str) -> tuple[str, ...]:
    if not pattern.strip():
        return ("Pola nomor tidak boleh kosong.",)
    try:
        fields = [
            (name, spec, conv) for _, name, spec, conv in Formatter().parse(pattern) if name is not None
        ]
    except ValueError:
        return ("Kurung kurawal { } tidak berpasangan. Tulis {{ atau }} untuk kurung kurawal biasa.",)

    problems: list[str] = []
    for name, spec, conv in fields:
        shown = _shown(name, spec, conv)
        if name not in PLACEHOLDERS:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            problems.append(Filled(N_(
                "Penanda {shown} tidak dikenal. Yang boleh dipakai: {allowed}."),
                shown=shown, allowed=allowed))
        elif conv is not None:
            problems.append(Filled(N_("Penanda {shown} tidak boleh memakai tanda seru (!{conv})."), shown=shown, conv=conv))
        elif "{" in spec or "}" in spec:
            problems.append(Filled(N_("Format {shown} tidak boleh memuat kurung kurawal."), shown=shown))
        elif _TOO_WIDE.search(spec):
            # A width such as {seq:999999999d} would build a gigabyte string.
            problems.append(Filled(N_("Format {shown} terlalu lebar (paling banyak dua angka)."), shown=shown))
        elif not _formats(_SAMPLE_VALUES[name], spec):
            problems.append(Filled(N_("Format {shown} tidak valid."), shown=shown))
        elif name in _DISTINCT_SAMPLES and not _keeps_distinct(name, spec):
            problems.append(
                Filled(N_(
                    "Format {shown} membuat nilai yang berbeda tampil sama; hapus atau ubah "
                    "formatnya."),
                    shown=shown)
            )

    present = {name for name, _, _ in fields}
    problems.extend(_REQUIRED_WHY[name] for name in REQUIRED if name not in present)
    return tuple(problems)


def _shown(name: str, spec: str, conv: str | None) -> str:
    text = name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "")
    return "{" + text + "}"


def _formats(value: object, spec: str) -> bool:
    try:
        format(value, spec)
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def _keeps_distinct(name: str, spec: str) -> bool:
    samples = _DISTINCT_SAMPLES[name]
    try:
        texts = {format(v, spec) for v in samples}
    except (ValueError, TypeError, OverflowError):
        return False
    return len(texts) == len(samples)


def format_reference(pattern: str, seq: int, unit: str, office: str, when: date) -> str:
    """The reference number for the ``seq``-th request of ``unit`` in the year of ``when``."""
    problems = _problems(pattern)
    if problems:
        raise PatternError(joined(problems))
    if seq < 1:
        raise PatternError(N_("Nomor urut harus 1 atau lebih."), "seq")
    return pattern.format(
        seq=seq,
        unit=unit,
        office=office,
        month_roman=roman_month(when.month),
        month=_TwoDigits(when.month),
        year=when.year,
    )
