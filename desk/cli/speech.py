"""The command line's words in the chosen language, without Qt.

Desk's source texts are Indonesian. `_tr("...")` marks a text for `pyside6-lupdate` (the alias
`tr+=_tr` in desk/i18n/extract.py puts it in desk/i18n/desk_en.ts) and returns it in the language of
this run: the English of the compiled catalog (desk.i18n.catalog, the same lookup the window uses) or
the Indonesian source. Values are filled after translation, so the catalog holds one entry per text:

    _tr("Berkas {path} tidak dapat ditulis.").format(path=path)
    _tr("%n permohonan ditulis.", "", rows)          # a count: one form for 1, another for many

`said(message)` does the same for a message marked with `N_()` in the store or domain rooms (it is not
extracted here: the marker is where the text is written). A message that arrives already formatted
has no catalog entry and is printed as it came, in Indonesian.

The language is `--lang` for one run, else this PC's setting as the window stores it (desk.cli.pc_setting),
else Indonesian. Numbers and dates follow it: "1.234,5" and "Rabu, 29 Oktober 2025" in Indonesian,
"1,234.5" and "Wednesday, 29 October 2025" in English.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from desk.cli.pc_setting import pc_language
from desk.domain import text_id
from desk.domain.messages import Filled
from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.i18n import catalog

if TYPE_CHECKING:
    from desk.domain.office_rules import OfficeGap

INDONESIAN = "id"
ENGLISH = "en"
LANGUAGES = (INDONESIAN, ENGLISH)
_CATALOG = "desk_en"
_SWAP_SEPARATORS = str.maketrans(",.", ".,")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ROMAN = ("I", "II", "III", "IV")

_language = INDONESIAN


def chosen_language(override: str | None = None) -> str:
    """`--lang` when given, else this PC's setting, else Indonesian; anything unknown is Indonesian."""
    language = (override or pc_language() or INDONESIAN).strip().lower()
    return language if language in LANGUAGES else INDONESIAN


def use(language: str) -> None:
    """Speak `language` from now on (in this process)."""
    global _language
    _language = language if language in LANGUAGES else INDONESIAN


def language() -> str:
    return _language


def english() -> bool:
    return _language == ENGLISH


def _lookup(text: str, n: int) -> str:
    if _language == ENGLISH:
        found = catalog.load(_CATALOG)
        translated = found.translate("", text, n) if found is not None else None
        if translated:
            text = translated
    return text.replace("%n", number(n)) if n >= 0 else text


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """`text` (Indonesian, a literal: lupdate reads it here) in this run's language; with `n`, the form for
    that count with %n replaced by the number. `disambiguation` is lupdate's, kept "" (the position of `n`)."""
    return _lookup(text, n)


def said(message: str) -> str:
    """A message marked with N_() in another room, in this run's language: a plain one with its placeholders
    still to fill; a `Filled` one translated from its template and then filled with its values (each text
    value said in its turn)."""
    if isinstance(message, Filled):
        values = {name: said(value) if isinstance(value, str) else value for name, value in message.values.items()}
        return _lookup(message.template, -1).format(**values)
    return _lookup(message, -1)


def gap_text(gap: OfficeGap) -> str:
    """"Telepon: masih isian contoh", or "Telephone: still a sample entry" (the field's label as the screen
    names it, and the problem)."""
    return f"{said(gap.label)}: {said(gap.problem)}"


def number(x: int | float | Decimal, decimals: int = 0) -> str:
    """"1.234,5" in Indonesian, "1,234.5" in English (rounded the same way)."""
    text = text_id.format_number(x, decimals)
    return text.translate(_SWAP_SEPARATORS) if english() else text


def file_size(size: int) -> str:
    """"1,2 MB" as desk.safety.backups.format_size writes it, or "1.2 MB" in English."""
    from desk.safety.backups import format_size  # not on `desk run`'s path

    text = format_size(size)
    return text.translate(_SWAP_SEPARATORS) if english() else text


def long_date(d: date) -> str:
    """"Rabu, 29 Oktober 2025", or "Wednesday, 29 October 2025"."""
    if not english():
        return text_id.format_long_date(d)
    return f"{_DAYS[d.weekday()]}, {d.day} {_MONTHS[d.month - 1]} {d.year}"


def weekday_name(index: int) -> str:
    """"Senin" or "Monday" for 0."""
    return _DAYS[index] if english() else text_id.DAY_NAMES[index]


def date_time(moment: datetime, tz_name: str = DEFAULT_TZ) -> str:
    """"Rabu, 29 Oktober 2025 pukul 09.00 WITA", or "Wednesday, 29 October 2025 at 09.00 WITA"."""
    if not english():
        return text_id.format_datetime(moment, tz_name)
    local = to_local(moment, tz_name)
    return f"{long_date(local.date())} at {text_id.format_clock(local)} {text_id.tz_label(tz_name)}"


def short_date(d: date) -> str:
    """"3 November 2026" in either language (the month's name in it)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}" if english() else text_id.format_date(d)


def period_label(first: date, last: date, label: str, kind: str | None = None) -> str:
    """A period as the run's language says it: its own Indonesian `label` ("Triwulan IV 2026", "Tahun 2026",
    "5 Januari 2026 s.d. 10 Februari 2026"), or in English "Quarter IV 2026", "Year 2026", "5 January 2026 to
    10 February 2026". `kind` is the domain's (bulan, triwulan, semester, tahun, hari, rentang); without it a
    whole month or a whole year is told from its dates (a complaints period is one or the other)."""
    if not english():
        return label
    from desk.domain.skm import MONTH, PERIOD_KINDS, QUARTER, SEMESTER, YEAR  # not on `desk run`'s path

    whole_months = first.day == 1 and (last + timedelta(days=1)).day == 1 and first.year == last.year
    months = last.month - first.month + 1
    if kind is None and whole_months:
        kind = {1: MONTH, 12: YEAR}.get(months)
    if kind == MONTH:
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if kind == YEAR:
        return f"{said(PERIOD_KINDS[YEAR])} {first.year}"
    if kind in (QUARTER, SEMESTER):
        roman = _ROMAN[(first.month - 1) // months]
        return f"{said(PERIOD_KINDS[kind])} {roman} {first.year}"
    if first == last:
        return short_date(first)
    return _tr("{first} s.d. {last}").format(first=short_date(first), last=short_date(last))


def score(value: Decimal) -> str:
    """An SKM score as rounded for the report: "76,67", or "76.67" in English."""
    text = str(value)
    return text if english() else text.replace(".", ",")
