"""This PC's screen language as the window stores it, read without Qt (the command line never loads it).

The window keeps it with QSettings (desk.ui.settings.LANGUAGE, key "ui/language") under Desk's organisation and
application names, in QSettings' native format: the registry on Windows, an INI file elsewhere. QSettings reads a
key from the first of four places that holds it (its fallbacks, on by default), so the command line looks in the
same places in the same order:

    Windows                                               Linux and other Unix systems
    HKEY_CURRENT_USER\\Software\\DKUKMTK\\Desk              $XDG_CONFIG_HOME/DKUKMTK/Desk.conf (~/.config)
    HKEY_CURRENT_USER\\Software\\DKUKMTK\\OrganizationDefaults  $XDG_CONFIG_HOME/DKUKMTK.conf
    HKEY_LOCAL_MACHINE\\Software\\DKUKMTK\\Desk             <each of $XDG_CONFIG_DIRS>/DKUKMTK/Desk.conf (/etc/xdg)
    HKEY_LOCAL_MACHINE\\Software\\DKUKMTK\\OrganizationDefaults <each of $XDG_CONFIG_DIRS>/DKUKMTK.conf

In the registry the group "ui" is a subkey and "language" a value under it; QSettings writes a text as REG_SZ, or
as REG_BINARY (UTF-16) when it holds a NUL character, and starts a text that begins with "@" with "@@". The
registry is read through `RegistryRead`, so the mapping from what is stored to a language can be checked on any
system with a table standing in for the registry.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desk.paths import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

# desk.ui.settings.LANGUAGE's key: its group and its name.
LANGUAGE_KEY = ("ui", "language")
CURRENT_USER, LOCAL_MACHINE = "HKEY_CURRENT_USER", "HKEY_LOCAL_MACHINE"
_ORGANISATION_DEFAULTS = "OrganizationDefaults"  # QSettings' own name for the organisation-wide key and file

# (hive, key path, value name) -> the value as winreg returns it (str, bytes, int, list), or None when absent.
RegistryRead = Callable[[str, str, str], object]


def registry_keys() -> tuple[tuple[str, str], ...]:
    """(hive, key) where QSettings looks for Desk's settings on Windows, in its order."""
    software = rf"Software\{APP_AUTHOR}"
    return tuple((hive, rf"{software}\{leaf}") for hive in (CURRENT_USER, LOCAL_MACHINE)
                 for leaf in (APP_NAME, _ORGANISATION_DEFAULTS))


def settings_files() -> tuple[Path, ...]:
    """The INI files where QSettings looks for Desk's settings on Linux and other Unix systems, in its order."""
    user = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    system = [Path(d) for d in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep) if d]
    return (user / APP_AUTHOR / f"{APP_NAME}.conf", user / f"{APP_AUTHOR}.conf",
            *(d / APP_AUTHOR / f"{APP_NAME}.conf" for d in system), *(d / f"{APP_AUTHOR}.conf" for d in system))


def settings_file() -> Path:
    """The file the window writes this PC's settings to on Linux (the first place read)."""
    return settings_files()[0]


def windows_registry(hive: str, key: str, name: str) -> object:
    """A value of this PC's registry, or None where the key or the value is missing."""
    import winreg  # Windows only

    try:
        with winreg.OpenKey(getattr(winreg, hive), key) as handle:
            value, _kind = winreg.QueryValueEx(handle, name)
    except OSError:
        return None
    return value


def stored_text(value: object) -> str:
    """What the window's QSettings makes of a registry value, as text: a REG_SZ text (its "@@" back to "@"), a
    REG_BINARY one as UTF-16; anything else as the window's Option.get would turn it into text (no language)."""
    if isinstance(value, bytes):
        value = value.decode("utf-16-le", errors="replace").rstrip("\0")
    text = str(value)
    return text[1:] if text.startswith("@@") else text


def from_registry(read: RegistryRead = windows_registry) -> str | None:
    """The language as the window's QSettings reads it from the registry: the value in the first place that holds
    one, or None when none does."""
    group, name = LANGUAGE_KEY
    for hive, key in registry_keys():
        value = read(hive, rf"{key}\{group}", name)
        if value is not None:
            return stored_text(value)
    return None


def _from_file(path: Path) -> str | None:
    if not path.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.ParsingError as exc:  # a line it cannot read (another key's value): the rest is read
        log.warning("this PC's settings have lines that could not be read (%s): %r", path, exc)
    except (OSError, UnicodeError, configparser.Error) as exc:
        log.warning("this PC's settings could not be read (%s): %r", path, exc)
        return None
    group, name = LANGUAGE_KEY
    return parser.get(group, name, fallback=None)


def from_settings_files(paths: tuple[Path, ...] | None = None) -> str | None:
    """The language as the window's QSettings would read it from its INI files, or None when never set."""
    for path in settings_files() if paths is None else paths:
        text = _from_file(path)
        if text is not None:
            return text
    return None


def pc_language(platform: str = sys.platform, read_registry: RegistryRead = windows_registry) -> str | None:
    """The language this PC's window was set to (Lihat › Bahasa tampilan), lower case, or None when never set."""
    value = from_registry(read_registry) if platform == "win32" else from_settings_files()
    value = value.strip().strip('"').strip().lower() if value else None
    return value or None
