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

The language is `--lang` for one run, else this PC's setting as the window stores it (`pc_language`),
else Indonesian. Numbers and dates follow it: "1.234,5" and "Rabu, 29 Oktober 2025" in Indonesian,
"1,234.5" and "Wednesday, 29 October 2025" in English.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain import text_id
from desk.domain.messages import Filled
from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.i18n import catalog
from desk.paths import APP_AUTHOR, APP_NAME

if TYPE_CHECKING:
    from desk.domain.office_rules import OfficeGap

log = logging.getLogger(__name__)

INDONESIAN = "id"
ENGLISH = "en"
LANGUAGES = (INDONESIAN, ENGLISH)
# desk.ui.settings.LANGUAGE's key, written by the window through QSettings (the CLI never loads Qt to read it).
LANGUAGE_KEY = ("ui", "language")
_CATALOG = "desk_en"
_SWAP_SEPARATORS = str.maketrans(",.", ".,")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

_language = INDONESIAN


def settings_file() -> Path:
    """Where QSettings() with Desk's organisation and application names keeps this PC's settings on Linux
    and other Unix systems (its native format is an INI file named .conf under the XDG config folder)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_AUTHOR / f"{APP_NAME}.conf"


def _from_registry() -> str | None:
    import winreg  # Windows only: QSettings' native format there is HKCU\Software\<organisation>\<application>

    section, name = LANGUAGE_KEY
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, rf"Software\{APP_AUTHOR}\{APP_NAME}\{section}") as key:
            value, _kind = winreg.QueryValueEx(key, name)
    except OSError:
        return None
    return str(value)


def _from_settings_file(path: Path) -> str | None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.ParsingError as exc:  # a line it cannot read (another key's value): the rest is read
        log.warning("this PC's settings have lines that could not be read (%s): %r", path, exc)
    except (OSError, UnicodeError, configparser.Error) as exc:
        log.warning("this PC's settings could not be read (%s): %r", path, exc)
        return None
    section, name = LANGUAGE_KEY
    return parser.get(section, name, fallback=None)


def pc_language() -> str | None:
    """The language this PC's window was set to (Lihat › Bahasa tampilan), or None when never set."""
    value = _from_registry() if sys.platform == "win32" else _from_settings_file(settings_file())
    return value.strip().strip('"').lower() if value else None


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
