"""Paper forms typed in or imported: the codes people type, the template's columns, and the checks.

A paper form is typed as one line: the nine answers as digits 1–4 in the order the form asks
them (sarana 8th, pengaduan 9th; "-" for a question left blank), then the profile codes. The
import template has one row per form with the same fields in named columns; every row is
checked before anything is stored, and each problem names its row and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desk.domain.errors import DomainError
from desk.domain.imports import ImportProblem, cell_text
from desk.domain.messages import N_, Filled, joined
from desk.domain.skm import (
    EDUCATION_DIGITS,
    EDUCATIONS,
    FORM_ORDER,
    JOB_DIGITS,
    JOBS,
    MAX_AGE,
    MIN_AGE,
    SEXES,
    SOURCE_IMPORT,
    UNSUR_BY_KEY,
    ResponseDraft,
)

BLANK = "-"


def parse_answer_digits(text: str) -> dict[str, int | None]:
    """"34233-423" → answers by unsur key in the form's order; ValueError when it is not nine of 1–4 or "-"."""
    if len(text) != len(FORM_ORDER) or any(ch not in "1234" + BLANK for ch in text):
        raise DomainError(N_("Jawaban harus sembilan angka 1–4 (tanda - untuk pertanyaan yang tidak dijawab)."))
    if set(text) == {BLANK}:
        raise DomainError(N_("Belum ada pertanyaan yang dijawab."))
    return {key: None if ch == BLANK else int(ch) for key, ch in zip(FORM_ORDER, text, strict=True)}


def answer_digits(answers: Mapping[str, int | None]) -> str:
    """The answers as typed on one line, in the form's order."""
    return "".join(BLANK if answers.get(key) is None else str(answers[key]) for key in FORM_ORDER)


def sex_code(text: str) -> str:
    """"L", "P" or "" from what was typed ("l", "Laki-laki", "perempuan"); ValueError otherwise."""
    value = text.strip().upper()
    if value in ("", BLANK):
        return ""
    if value in SEXES:
        return value
    for code, label in SEXES.items():
        if value == label.upper():
            return code
    raise DomainError(N_("Jenis kelamin harus L atau P."))


def _choice(text: str, digits: Mapping[str, str], labels: Mapping[str, str], what: str) -> str:
    value = text.strip()
    if value in ("", BLANK):
        return ""
    if value in digits:
        return digits[value]
    lowered = value.lower()
    for code, label in labels.items():
        if lowered in (code, label.lower(), label.lower().replace("–", "-")):
            return code
    numbers = joined((Filled("{digit} = {label}", digit=d, label=labels[c]) for d, c in digits.items()), ", ")
    raise DomainError(N_("{what} tidak dikenal. Pakai angka: {numbers}."), what=what, numbers=numbers)


def education_code(text: str) -> str:
    return _choice(text, EDUCATION_DIGITS, EDUCATIONS, N_("Pendidikan"))


def job_code(text: str) -> str:
    return _choice(text, JOB_DIGITS, JOBS, N_("Pekerjaan"))


def age_value(text: str) -> int | None:
    value = text.strip()
    if value in ("", BLANK):
        return None
    if value.endswith(".0"):
        value = value[:-2]
    if not value.isdigit() or not MIN_AGE <= int(value) <= MAX_AGE:
        raise DomainError(N_("Umur harus angka tahun antara {low} dan {high}."), low=MIN_AGE, high=MAX_AGE)
    return int(value)


def parse_day(text: str) -> date:
    """"31-12-2026", "31/12/2026" or "2026-12-31"; ValueError otherwise."""
    value = text.strip()
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise DomainError(N_("Tanggal harus ditulis HH-BB-TTTT, misalnya 05-11-2026."))


# --- the import template --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateColumn:
    key: str
    heading: str
    width: float
    hint: str  # what the column takes, on the template's guide sheet


def _answer_heading(position: int, key: str) -> str:
    return f"{position}. {UNSUR_BY_KEY[key].name}"


TEMPLATE_COLUMNS: tuple[TemplateColumn, ...] = (
    TemplateColumn("date", "Tanggal survei", 14, "Tanggal formulir diisi (HH-BB-TTTT)."),
    TemplateColumn("service", "Kode layanan", 13, "Kode layanan yang diterima, misalnya P1 (lihat lembar Petunjuk)."),
    TemplateColumn("sex", "Jenis kelamin", 13, "L atau P; kosongkan bila tidak diisi."),
    TemplateColumn("age", "Umur", 8, f"Umur dalam tahun ({MIN_AGE}–{MAX_AGE}); kosongkan bila tidak diisi."),
    TemplateColumn("education", "Pendidikan", 12,
                   "Angka: " + ", ".join(f"{d} = {EDUCATIONS[c]}" for d, c in EDUCATION_DIGITS.items()) + "."),
    TemplateColumn("job", "Pekerjaan", 12,
                   "Angka: " + ", ".join(f"{d} = {JOBS[c]}" for d, c in JOB_DIGITS.items()) + "."),
    *(TemplateColumn(key, _answer_heading(i, key), 16,
                     f"Jawaban pertanyaan {i} ({UNSUR_BY_KEY[key].question}): "
                     + ", ".join(f"{s} = {label}" for s, label in enumerate(UNSUR_BY_KEY[key].answers, 1))
                     + "; kosongkan bila tidak dijawab.")
      for i, key in enumerate(FORM_ORDER, 1)),
)
TEMPLATE_SHEET = "Formulir SKM"
GUIDE_SHEET = "Petunjuk"


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One row of the file as read: its row number and its cells by the template column's key."""

    number: int
    cells: Mapping[str, object]


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_letters(header: Sequence[object]) -> tuple[dict[str, str], list[str]]:
    """The template key of each heading found (key → column letter), and the headings missing."""
    wanted = {_fold(c.heading): c.key for c in TEMPLATE_COLUMNS}
    found: dict[str, str] = {}
    for index, cell in enumerate(header):
        key = wanted.get(_fold(str(cell or "")))
        if key is not None and key not in found:
            found[key] = _letter(index)
    missing = [c.heading for c in TEMPLATE_COLUMNS if c.key not in found]
    return found, missing


def _fold(text: str) -> str:
    return " ".join(text.replace("–", "-").lower().split())





def _score(value: object) -> int | None:
    text = cell_text(value)
    if text in ("", BLANK):
        return None
    if text not in ("1", "2", "3", "4"):
        raise DomainError(N_("Jawaban harus 1, 2, 3 atau 4 (atau kosong)."))
    return int(text)


def forms_from_rows(rows: Sequence[SheetRow], letters: Mapping[str, str], services: Mapping[str, int],
                    today: date) -> tuple[list[ResponseDraft], list[ImportProblem]]:
    """Every row checked: the drafts to store, or the problems (row, column, message) that stop the import.

    `services` maps a service code (upper case) to its id. A problem names its column by letter
    and by heading: "Baris 4, kolom I (3. Waktu Penyelesaian): …".
    """
    drafts: list[ResponseDraft] = []
    problems: list[ImportProblem] = []
    headings = {c.key: c.heading for c in TEMPLATE_COLUMNS}

    for row in rows:
        row_problems: list[ImportProblem] = []

        def problem(key: str, message: str, row: SheetRow = row, into: list[ImportProblem] = row_problems) -> None:
            into.append(ImportProblem(row.number, message, letters.get(key, ""), subject=headings.get(key, "")))

        def read(key: str, parse: object, row: SheetRow = row) -> object:
            try:
                return parse(row.cells.get(key))  # type: ignore[operator]
            except DomainError as exc:
                problem(key, exc.message)
                return None

        surveyed_on = read("date", _date_cell)
        if isinstance(surveyed_on, date) and surveyed_on > today:
            problem("date", N_("Tanggal survei sesudah hari ini."))
        code = cell_text(row.cells.get("service")).upper()
        service_id = services.get(code)
        if not code:
            problem("service", N_("Kode layanan wajib diisi."))
        elif service_id is None:
            problem("service", Filled(N_("Kode layanan {code} tidak dikenal."), code=code))
        sex = read("sex", lambda v: sex_code(cell_text(v)))
        age = read("age", lambda v: age_value(cell_text(v)))
        education = read("education", lambda v: education_code(cell_text(v)))
        job = read("job", lambda v: job_code(cell_text(v)))
        answers: dict[str, int | None] = {}
        for key in FORM_ORDER:
            answers[key] = read(key, _score)  # type: ignore[assignment]
        if not row_problems and all(v is None for v in answers.values()):
            problem(FORM_ORDER[0], N_("Belum ada pertanyaan yang dijawab pada baris ini."))
        if row_problems:
            problems.extend(row_problems)
            continue
        assert isinstance(surveyed_on, date) and service_id is not None
        drafts.append(ResponseDraft(
            service_id=service_id, surveyed_on=surveyed_on, answers=answers, sex=str(sex or ""),
            age=age if isinstance(age, int) else None, education=str(education or ""), job=str(job or ""),
            source=SOURCE_IMPORT,
        ))
    return drafts, problems


def _date_cell(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        raise DomainError(N_("Tanggal survei wajib diisi."))
    return parse_day(text)
