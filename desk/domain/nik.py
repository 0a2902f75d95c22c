"""NIK (Nomor Induk Kependudukan): checking, reading and masking.

Layout ``PP KK CC DD MM YY SSSS``: province, kabupaten, kecamatan at registration, birth
day (+40 for women), month, two-digit year, serial. The region code only warns when unknown:
people keep their NIK after moving, and codes of split regions live on (DOMAIN §6.1). A NIK of
another kabupaten is no error at all (`outside`); a province code that does not exist is.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from desk.domain.errors import NikError
from desk.domain.messages import N_

NIK_LENGTH = 16
MAX_AGE = 120
_DIGITS = frozenset("0123456789")
# Separators people type when copying a NIK from a KTP or a form ("6311 0441 0595 0001").
_SEPARATORS = str.maketrans("", "", " \t\n\r.-\u00a0")


# Province codes of Kemendagri (the first two digits of every NIK), the Papua provinces of 2022 included.
PROVINCE_CODES = frozenset(
    {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36",
     "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82",
     "91", "92", "93", "94", "95", "96"}
)


@dataclass(frozen=True)
class NikInfo:
    nik: str
    region_code: str  # first 6 digits, e.g. "631104"
    sex: str  # "L" | "P"
    birth_date: date
    serial: str  # 4 digits, "0001"
    warnings: tuple[str, ...] = ()
    outside: bool = False  # registered in another kabupaten/kota than the office's own (a fact, not an error)

    def age_on(self, today: date) -> int:
        """Age in whole years on ``today``."""
        had_birthday = (today.month, today.day) >= (self.birth_date.month, self.birth_date.day)
        return today.year - self.birth_date.year - (0 if had_birthday else 1)


def clean_nik(text: str) -> str:
    """The NIK without spaces, dots or dashes."""
    return text.translate(_SEPARATORS)


def parse_nik(text: str, today: date, known_regions: Collection[str] | None = None) -> NikInfo:
    """Check a typed NIK and read what it encodes; raise NikError with the first problem."""
    if not isinstance(text, str):
        raise NikError(N_("NIK harus berupa teks angka."))
    nik = clean_nik(text)
    if not nik:
        raise NikError(N_("NIK belum diisi."))
    if not set(nik) <= _DIGITS:
        raise NikError(N_("NIK hanya boleh berisi angka."))
    if len(nik) != NIK_LENGTH:
        raise NikError(N_("NIK harus {length} angka (terisi {count})."), length=NIK_LENGTH, count=len(nik))

    day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "P" if day > 40 else "L"
    if day > 40:
        day -= 40
    birth_date = _resolve_birth_date(day, month, year2, today)

    serial = nik[12:]
    if serial == "0000":
        raise NikError(N_("Nomor urut NIK tidak boleh 0000."))

    region = nik[:6]
    warnings: tuple[str, ...] = ()
    outside = False
    dotted = f"{region[:2]}.{region[2:4]}.{region[4:]}"
    if region[:2] not in PROVINCE_CODES:
        warnings = (f"Kode provinsi {region[:2]} pada NIK tidak ada. Periksa kembali NIK.",)
    elif known_regions:
        # The office knows the kecamatan of its own kabupaten: a NIK of another kabupaten is simply from outside.
        outside = region[:4] not in {code.replace(".", "")[:4] for code in known_regions}
        if not outside and not _is_known(region, known_regions):
            warnings = (
                f"Kode kecamatan {dotted} pada NIK tidak dikenal. Periksa kembali NIK; NIK lama atau dari "
                "daerah pemekaran bisa memakai kode lama.",
            )
    return NikInfo(nik, region, sex, birth_date, serial, warnings, outside)


def birth_date_from_nik(nik: str | None, today: date) -> date | None:
    """The birth date a NIK encodes (the century that gives an age of 0..120 on `today`); None without one."""
    if not nik:
        return None
    try:
        return parse_nik(nik, today).birth_date
    except NikError:
        return None


def _resolve_birth_date(day: int, month: int, year2: int, today: date) -> date:
    """The birth date whose century gives an age in 0..120, preferring the most recent one."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise NikError(N_("Tanggal lahir dalam NIK tidak valid."))
    valid_date_seen = False
    # Candidate years ending in year2, newest first, no later than this year.
    year = today.year - (today.year - year2) % 100
    while year >= today.year - MAX_AGE:
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 Feb in a year that is not a leap year
            year -= 100
            continue
        valid_date_seen = True
        if candidate <= today:
            return candidate
        year -= 100
    if valid_date_seen:
        raise NikError(
            N_("Tanggal lahir dalam NIK tidak mungkin (di masa depan atau umur lebih dari 120 tahun).")
        )
    raise NikError(N_("Tanggal lahir dalam NIK tidak valid."))


def _is_known(region: str, known_regions: Collection[str]) -> bool:
    # Region lists may be written "63.11.04" as well as "631104".
    return region in known_regions or f"{region[:2]}.{region[2:4]}.{region[4:]}" in known_regions


def mask_nik(nik: str) -> str:
    """Give "6311********0001": only the regency and the serial stay visible (NIK is personal data)."""
    digits = nik if nik.isdigit() else clean_nik(nik)  # stored NIKs are digits already
    if len(digits) <= 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def format_nik_grouped(nik: str) -> str:
    """Give "6311 0441 0595 0001", as some forms print it. Stored ungrouped."""
    digits = clean_nik(nik)
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def make_nik(region_code: str, birth_date: date, sex: str, serial: int) -> str:
    """Build a NIK from its parts (demo data, tests): the inverse of parse_nik."""
    region = region_code.replace(".", "")
    if len(region) != 6 or not set(region) <= _DIGITS:
        raise NikError(N_("Kode wilayah harus 6 angka, bukan '{code}'."), code=region_code)
    if sex not in ("L", "P"):
        raise NikError(N_("Jenis kelamin harus L atau P."), "sex")
    if not 1 <= serial <= 9999:
        raise NikError(N_("Nomor urut NIK harus 1 sampai 9999."))
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"
