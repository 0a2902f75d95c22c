"""Rules for the holiday list: what a valid holiday is, checking an imported list, and coverage warnings.

Every year a new SKB of three ministers lists the libur nasional and cuti bersama; the
office types them in or imports a CSV or Excel list (date, name, kind[, decree]), read by
desk.formats into numbered rows. An import is all or nothing, so every row is checked here
and every problem is reported with its line number.
Due dates are counted in working days, so a year without holidays silently gives due dates
that are too early: the coverage warnings say so before it happens. The clock is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desk.domain.imports import cell_text, one_line
from desk.domain.messages import N_, Filled
from desk.domain.text_id import DAY_NAMES, format_date

LIBUR_NASIONAL = "libur_nasional"
CUTI_BERSAMA = "cuti_bersama"
LOKAL = "lokal"
KIND_LABELS: dict[str, str] = {
    LIBUR_NASIONAL: N_("Libur nasional"),
    CUTI_BERSAMA: N_("Cuti bersama"),
    LOKAL: N_("Libur lokal (Bupati)"),
}
# What people write in a spreadsheet for each kind (compared without case, spaces or punctuation).
_KIND_WORDS: dict[str, str] = {
    "liburnasional": LIBUR_NASIONAL,
    "nasional": LIBUR_NASIONAL,
    "hariliburnasional": LIBUR_NASIONAL,
    "libur": LIBUR_NASIONAL,
    "cutibersama": CUTI_BERSAMA,
    "cuti": CUTI_BERSAMA,
    "lokal": LOKAL,
    "liburlokal": LOKAL,
    "daerah": LOKAL,
    "liburdaerah": LOKAL,
    "liburlokalbupati": LOKAL,
}

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_NAME = 200
MAX_DECREE = 200
NEXT_YEAR_WARNING_MONTH = 10  # from 1 October the next year's SKB is usually out (2026's: 19 Sep 2025)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_HEADER_WORDS = {"date", "tanggal", "tgl"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def parse_kind(text: str) -> str | None:
    """The kind key for "libur_nasional", "Cuti Bersama", "libur lokal", ...; None when unknown."""
    key = re.sub(r"[^a-z]", "", text.lower())
    return _KIND_WORDS.get(key)


def parse_date(text: str) -> date | None:
    """A date written as 2027-01-01 (ISO) or day first as 1/1/2027, 01-01-2027, 1.1.2027; else None.

    Month-first dates are never guessed: Indonesian spreadsheets write the day first.
    """
    text = text.strip()
    iso = _ISO.match(text)
    parts: tuple[int, int, int] | None = None
    if iso:
        parts = (int(iso[1]), int(iso[2]), int(iso[3]))
    else:
        day_first = _DAY_FIRST.match(text)
        if day_first:
            parts = (int(day_first[3]), int(day_first[2]), int(day_first[1]))
    if parts is None:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def holiday_problems(day: date | None, name: str, kind: str, decree: str = "") -> dict[str, str]:
    """Problems of one holiday, by field ("date", "name", "kind", "decree"); empty when valid."""
    problems: dict[str, str] = {}
    if day is None:
        problems["date"] = "Tanggal wajib diisi."
    elif not MIN_YEAR <= day.year <= MAX_YEAR:
        problems["date"] = f"Tahun {day.year} di luar rentang {MIN_YEAR}–{MAX_YEAR}."
    clean_name = one_line(name)
    if not clean_name:
        problems["name"] = "Nama hari libur wajib diisi."
    elif len(clean_name) > MAX_NAME:
        problems["name"] = f"Nama hari libur terlalu panjang (maksimal {MAX_NAME} huruf)."
    if kind not in KIND_LABELS:
        allowed = ", ".join(KIND_LABELS)
        problems["kind"] = f"Jenis '{kind}' tidak dikenal. Pilih salah satu: {allowed}."
    if len(one_line(decree)) > MAX_DECREE:
        problems["decree"] = f"Dasar hukum terlalu panjang (maksimal {MAX_DECREE} huruf)."
    return problems


# --- importing a list -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HolidayRow:
    """One data line of an imported file, parsed, with every problem found in it."""

    line: int  # 1-based line number in the file, as a spreadsheet shows it
    cells: tuple[str, ...]
    date: date | None
    name: str
    kind: str  # the kind key when recognised, otherwise what the file said
    decree: str
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        """One line for a report: "baris 4: 2027-01-01 Tahun Baru (Libur nasional): OK"."""
        what = f"{self.date.isoformat() if self.date else (self.cells[0] if self.cells else '')} {self.name}"
        if self.kind in KIND_LABELS:
            what += f" ({kind_label(self.kind)})"
        status = "OK" if self.ok else "; ".join(self.problems)
        return f"baris {self.line}: {what.strip()}: {status}"


def _is_header(cells: list[str]) -> bool:
    return bool(cells) and cells[0].strip().lower() in _HEADER_WORDS


def check_holiday_rows(
    rows: Iterable[tuple[int, Sequence[object]]],
    existing: Mapping[date, str] | None = None,
    *,
    replace_years: Collection[int] = (),
) -> list[HolidayRow]:
    """Every row of an imported holiday list (line number, cells) with its problems: bad date, empty
    name, unknown kind, a date twice in the file, or a date already in the list (``existing``: date →
    name), unless that date's year is being replaced. A first row starting with "tanggal"/"date" is a
    header. Blank rows are skipped.
    """
    existing = existing or {}
    replace = set(replace_years)
    parsed: list[tuple[int, list[str]]] = []
    for index, raw in rows:
        cells = [cell_text(cell) for cell in raw]
        if not any(cells):
            continue
        if not parsed and _is_header(cells):
            continue
        parsed.append((index, cells))

    lines_by_date: dict[date, list[int]] = {}
    for line, cells in parsed:
        day = parse_date(cells[0]) if cells else None
        if day is not None:
            lines_by_date.setdefault(day, []).append(line)

    result: list[HolidayRow] = []
    for line, cells in parsed:
        while len(cells) > 3 and not cells[-1]:
            cells.pop()
        problems: list[str] = []
        if len(cells) < 3:
            problems.append(N_("Kolom kurang: tiap baris berisi tanggal, nama, jenis (dan boleh dasar hukum)."))
        elif len(cells) > 4:
            problems.append(N_("Kolom terlalu banyak: tiap baris berisi tanggal, nama, jenis, dasar hukum."))
        raw_date, name, raw_kind, decree = [*cells, "", "", "", ""][:4]
        name, decree = one_line(name), one_line(decree)
        day = parse_date(raw_date)
        if day is None:
            problems.append(
                Filled(N_("Tanggal '{text}' tidak valid (tulis 2027-01-01 atau 01/01/2027)."), text=raw_date)
                if raw_date else N_("Tanggal kosong.")
            )
        kind = parse_kind(raw_kind) if raw_kind else None
        if raw_kind and kind is None:
            problems.append(
                Filled(N_(
                    "Jenis '{raw_kind}' tidak dikenal (libur_nasional, cuti_bersama atau lokal)."),
                    raw_kind=raw_kind)
            )
        elif not raw_kind and len(cells) >= 3:
            problems.append(N_("Jenis kosong (libur_nasional, cuti_bersama atau lokal)."))
        checked = holiday_problems(day, name, kind or LIBUR_NASIONAL, decree)
        for key in ("date", "name", "decree"):
            if key in checked and not (key == "date" and day is None):
                problems.append(checked[key])
        if day is not None:
            same = lines_by_date.get(day, [])
            if len(same) > 1:
                others = ", ".join(str(n) for n in same if n != line)
                problems.append(Filled(N_(
                    "Tanggal {value} muncul lebih dari sekali (juga di baris {others})."),
                    value=format_date(day), others=others))
            if day in existing and day.year not in replace:
                problems.append(
                    Filled(N_(
                        "Tanggal {value} sudah ada di daftar ({value2}); ubah di layar Hari Libur "
                        "atau impor dengan pilihan ganti tahun."),
                        value=format_date(day), value2=existing[day])
                )
        result.append(HolidayRow(line, tuple(cells), day, name, kind or raw_kind, decree, tuple(problems)))
    return result


def file_problem(rows: list[HolidayRow]) -> str | None:
    """A problem of the file as a whole (nothing in it), or None."""
    if not rows:
        return "Berkas tidak berisi baris hari libur (kolom: tanggal, nama, jenis, dasar hukum)."
    return None


# --- coverage warnings ---------------------------------------------------------------------------


def missing_years(today: date, covered_years: Collection[int]) -> list[int]:
    """The years the list must have but does not.

    ``covered_years``: years with at least one libur nasional in the list (a single local day off
    does not mean the year's SKB was entered). The current year is always needed; from 1 October
    the next year too, because due dates of requests received in December already run into January.
    """
    covered = set(covered_years)
    needed = [today.year]
    if today.month >= NEXT_YEAR_WARNING_MONTH:
        needed.append(today.year + 1)
    return [year for year in needed if year not in covered]


# What the missing-holidays warning says for a year; the screen translates it before filling in the year.
MISSING_THIS_YEAR = N_("Hari libur tahun {year} belum dimasukkan: tenggat permohonan dihitung tanpa libur nasional "
                       "dan cuti bersama. Admin: masukkan daftar SKB tiga menteri di Administrasi › Hari libur.")
MISSING_NEXT_YEAR = N_("Hari libur tahun {year} belum dimasukkan. Admin: masukkan daftar SKB tiga menteri "
                       "tahun {year} di Administrasi › Hari libur.")


def coverage_warning(today: date, year: int) -> str:
    """The warning for a missing year, as a template with {year} (see :func:`coverage_warnings`)."""
    return MISSING_THIS_YEAR if year == today.year else MISSING_NEXT_YEAR


def coverage_warnings(today: date, covered_years: Collection[int]) -> list[str]:
    """One warning per missing year (see :func:`missing_years`), in Indonesian."""
    return [coverage_warning(today, year).format(year=year) for year in missing_years(today, covered_years)]


WEEKDAY_NAMES = DAY_NAMES  # index 0 = Senin, as date.weekday() counts


def weekdays_problem(weekdays: Collection[int]) -> str | None:
    """Why a set of working weekdays (0 = Senin .. 6 = Minggu) cannot be used, or None."""
    if not weekdays:
        return "Minimal satu hari dalam seminggu harus hari kerja."
    if any(not 0 <= day <= 6 for day in weekdays):
        return "Hari kerja harus di antara Senin dan Minggu."
    return None
