"""The survey's words on screen: periods, unsur, grades, sample progress and notes in the screen's language.

The domain (desk.domain.skm, skm_records) writes them in Indonesian for the printed form and the official
report, and marks them with N_(); a screen shows them through these functions, which translate the texts
first and fill in the values after. In Indonesian they give the domain's own words.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from desk.domain.skm import MONTH, PERIOD_KINDS, PROMPT, QUARTER, SEMESTER, YEAR, Period, Unsur, format_score
from desk.domain.skm_records import SAMPLE_SHORT, SAMPLE_UNKNOWN, ScopeResult
from desk.domain.text_id import MONTH_NAMES
from desk.ui.common import tr
from desk.ui.screen_text import format_number
from desk.ui.translations import INDONESIAN, current_language, translated

_ROMAN = ("I", "II", "III", "IV")


def month_name(month: int) -> str:
    """"Desember" (Desk's own spelling), or "December"."""
    if current_language() == INDONESIAN:
        return MONTH_NAMES[month - 1]
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).standaloneMonthName(month)


def period_numbers(kind: str) -> list[str]:
    """The periods of a year of `kind`, as the picker lists them: months, "Triwulan I"…, "Semester I"…."""
    if kind == MONTH:
        return [month_name(month) for month in range(1, 13)]
    count = {QUARTER: 4, SEMESTER: 2}.get(kind, 0)
    return [f"{translated(PERIOD_KINDS[kind])} {roman}" for roman in _ROMAN[:count]]


def period_label(period: Period) -> str:
    """"Semester II 2026" in Indonesian; "Half-year II 2026", "December 2026", "Year 2026" in English."""
    if current_language() == INDONESIAN:
        return period.label
    if period.kind == MONTH:
        return f"{month_name(period.number)} {period.year}"
    if period.kind == YEAR:
        return f"{translated(PERIOD_KINDS[YEAR])} {period.year}"
    return f"{translated(PERIOD_KINDS[period.kind])} {_ROMAN[period.number - 1]} {period.year}"


def unsur_name(unsur: Unsur) -> str:
    return translated(unsur.name)


def unsur_prompt(unsur: Unsur) -> str:
    """The question as the visitor reads it, in the screen's language."""
    return translated(PROMPT).format(question=translated(unsur.question))


def answer_labels(unsur: Unsur) -> tuple[str, ...]:
    return tuple(translated(answer) for answer in unsur.answers)


def score(value: Decimal) -> str:
    """"76,67", or "76.67" in English (the value is already rounded)."""
    return format_score(value) if current_language() == INDONESIAN else str(value)


def grade_label(label: str) -> str:
    """"Kurang baik" (GRADE_LABELS) in the screen's language."""
    return translated(label)


def progress(result: ScopeResult) -> str:
    """"21 dari 68 responden" / "21 of 68 respondents"; the respondents alone while no request is completed."""
    if result.population == 0:
        return tr("%n responden (belum ada permohonan selesai tercatat)", "", result.respondents)
    return tr("{respondents} dari %n responden", "", result.minimum).format(
        respondents=format_number(result.respondents))


def sample_note(result: ScopeResult) -> str:
    """What to say beside a result whose sample is short or cannot be judged ("" when it is enough)."""
    if not result.population_known:
        return translated(SAMPLE_UNKNOWN)
    if not result.enough:
        return translated(SAMPLE_SHORT).format(minimum=format_number(result.minimum),
                                               population=format_number(result.population))
    return ""
