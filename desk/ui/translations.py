"""The language of the screen: Qt's own words and Desk's, installed before the first window.

Desk's source strings are Indonesian. In Indonesian (the default) only Qt's own words need a catalog:
Qt ships none for Indonesian, so desk/i18n/qtbase_id.ts holds them (contexts and source texts taken
from the catalogs of the Qt version Desk pins). In English, Desk's catalog desk/i18n/desk_en.ts turns
Desk's words into English and Qt speaks its own English. The catalogs are compiled to .qm by
`make i18n` (pyside6-lrelease); an installed Desk finds them next to this package's modules.

The language is chosen per PC (settings.LANGUAGE) or for one start (`desk --lang en`); a change
applies at the next start. Printed documents stay Indonesian whatever the screen says.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desk.domain.messages import Amount, Filled
from desk.i18n import catalog
from desk.i18n.catalog import CATALOG_DIR, Catalog
from desk.ui.settings import LANGUAGE

log = logging.getLogger(__name__)

INDONESIAN = "id"
ENGLISH = "en"
LANGUAGES = (INDONESIAN, ENGLISH)
# What each language loads: Qt's words (Indonesian) or Desk's (English).
QT_CATALOGS: dict[str, tuple[str, ...]] = {INDONESIAN: ("qtbase_id",), ENGLISH: ()}
DESK_CATALOGS: dict[str, tuple[str, ...]] = {INDONESIAN: (), ENGLISH: ("desk_en",)}
LOCALES = {
    INDONESIAN: QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []  # the application keeps no reference of its own
_current: list[str] = [INDONESIAN]  # what `install` put in place


class _DeskTranslator(QTranslator):
    """Desk's catalog, looked up by context and then by the Indonesian source alone (desk.i18n.catalog)."""

    def __init__(self, found: Catalog, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.catalog = found

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null string) lets Qt ask the next catalog and fall back to the source; "" would be shown.
        return self.catalog.translate(context or "", source or "", n)

    def isEmpty(self) -> bool:
        return len(self.catalog) == 0


def _said(value: object) -> object:
    """A value of a marked message as the screen shows it: a text said in the screen's language, an `Amount`
    written by the screen's locale ("1.500" in Indonesian, "1,500" in English); other numbers (years, codes) as
    they are."""
    if isinstance(value, str):
        return translated(value)
    if isinstance(value, Amount):
        return QLocale().toString(int(value))
    return value


def translated(message: str) -> str:
    """A message marked with N_() in the store or domain, in the screen's language (before .format()); a
    `Filled` one is said from its template, then filled with its values (each text value said in its turn)."""
    if isinstance(message, Filled):
        values = {name: _said(value) for name, value in message.values.items()}
        try:
            return QCoreApplication.translate("Desk", message.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a catalog entry that lost a placeholder: say it as written
            return str(message)
    return QCoreApplication.translate("Desk", message)


def error_text(exc: Exception) -> str:
    """A store or domain refusal (StoreError, DomainError) in the screen's language: its N_() template translated, then its values
    filled in. An error without a template (an older one) shows its message as it is."""
    template = getattr(exc, "template", None)
    if not isinstance(template, str):
        return str(getattr(exc, "message", exc))
    values = {name: _said(value) for name, value in (getattr(exc, "values", None) or {}).items()}
    shown = translated(template)
    try:
        return shown.format(**values) if values else shown
    except (KeyError, IndexError, ValueError):  # a catalog entry that lost a placeholder: say it as written
        log.warning("translation of a store message does not take its values")
        return template.format(**values) if values else template


def prepare_process() -> None:
    """Before the QApplication exists: dates Qt formats with the system's locale (the file dialog's
    "Date Modified") in Indonesian form, not the C locale's "3 12 2026 13:00". Qt reads the variables once,
    at start. Windows draws its own file dialog in its own language, so there is nothing to do there."""
    if sys.platform != "win32" and not os.environ.get("LC_ALL"):
        os.environ["LC_TIME"] = "id_ID.UTF-8"


def chosen_language(override: str | None = None) -> str:
    """`--lang` when given, else this PC's setting; anything unknown is Indonesian."""
    language = (override or LANGUAGE.get() or INDONESIAN).strip().lower()
    return language if language in LANGUAGES else INDONESIAN


def current_language() -> str:
    """The language installed by `install` (Indonesian before it runs, whatever the PC's own locale)."""
    return _current[0]


def uninstall(app: QCoreApplication) -> None:
    """Remove the catalogs `install` put in place and go back to the Indonesian locale (tests)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = INDONESIAN
    QLocale.setDefault(LOCALES[INDONESIAN])


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Put `language`'s catalogs and locale in place (replacing earlier ones); returns the language used.

    A missing catalog is logged, not fatal: Desk still opens, with Qt's English buttons."""
    chosen = chosen_language(language)
    uninstall(app)
    _current[0] = chosen
    QLocale.setDefault(LOCALES[chosen])
    translators: list[QTranslator | None] = []
    for name in QT_CATALOGS[chosen]:
        translator = QTranslator(app)
        translators.append(translator if translator.load(name, str(CATALOG_DIR)) else None)
    for name in DESK_CATALOGS[chosen]:
        found = catalog.load(name)
        translators.append(_DeskTranslator(found, app) if found is not None else None)
    for name, translator in zip((*QT_CATALOGS[chosen], *DESK_CATALOGS[chosen]), translators, strict=True):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
        else:
            log.warning("translation catalog %s.qm not found in %s", name, CATALOG_DIR)
    return chosen


# Each language named in itself, so whoever reads either screen finds their own.
LANGUAGE_NAMES = {INDONESIAN: "Bahasa Indonesia", ENGLISH: "English"}


def choose_language(parent: QWidget) -> str | None:
    """Ask which language this PC shows from the next start on (Lihat › Bahasa tampilan); the choice or None."""
    names = list(LANGUAGE_NAMES.values())
    current = names.index(LANGUAGE_NAMES[chosen_language()])
    title = QCoreApplication.translate("Desk", "Bahasa tampilan")
    name, ok = QInputDialog.getItem(parent, title, QCoreApplication.translate(
        "Desk", "Bahasa layar Desk di komputer ini. Dokumen yang dicetak tetap berbahasa Indonesia."),
        names, current, False)
    if not ok:
        return None
    chosen = next(code for code, label in LANGUAGE_NAMES.items() if label == name)
    LANGUAGE.set(chosen)
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "Desk", "{name} dipakai mulai saat Desk dibuka lagi.").format(name=name))
    return chosen
