"""This PC's screen language as the command line reads it: where the window's QSettings keeps it, in its order.

On Linux the files are real and written by Qt itself. The Windows registry cannot be read here: a table stands in
for it (the one seam, `RegistryRead`), holding values as winreg returns what QSettings writes (REG_SZ as str,
REG_BINARY as bytes, REG_DWORD as int). What stays unchecked off Windows is `windows_registry` itself (winreg's
OpenKey/QueryValueEx under HKEY_CURRENT_USER and HKEY_LOCAL_MACHINE) and that Qt on Windows writes the key where
Qt's documentation says it does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.cli import pc_setting, speech
from desk.cli.pc_setting import CURRENT_USER, LOCAL_MACHINE, pc_language
from tests.cli.running import desk

UI_KEY = r"Software\DKUKMTK\Desk\ui"  # HKEY_..\Software\<organisation>\<application>\<group>, value "language"
ORGANISATION_UI_KEY = r"Software\DKUKMTK\OrganizationDefaults\ui"


def registry(values: dict[tuple[str, str], object]) -> pc_setting.RegistryRead:
    """A registry holding `values` by (hive, key) under the value name "language", and nothing else."""
    def read(hive: str, key: str, name: str) -> object:
        return values.get((hive, key)) if name == "language" else None

    return read


def on_windows(values: dict[tuple[str, str], object]) -> str:
    """The language the command line speaks on a Windows PC whose registry holds `values` (no --lang)."""
    found = pc_language("win32", registry(values))
    return speech.chosen_language(found)


def test_the_windows_registry_key_the_window_writes_chooses_the_language() -> None:
    assert pc_setting.registry_keys()[0] == (CURRENT_USER, r"Software\DKUKMTK\Desk")
    assert pc_language("win32", registry({(CURRENT_USER, UI_KEY): "en"})) == "en"
    assert on_windows({(CURRENT_USER, UI_KEY): "en"}) == "en"
    assert on_windows({(CURRENT_USER, UI_KEY): "EN "}) == "en"
    assert on_windows({(CURRENT_USER, UI_KEY): "id"}) == "id"
    assert pc_language("win32", registry({})) is None
    assert on_windows({}) == "id"  # never set: Indonesian
    assert on_windows({(CURRENT_USER, r"Software\DKUKMTK\Desk\main_window"): "en"}) == "id"  # another group


def test_the_registry_is_read_in_qsettings_order_of_fallbacks() -> None:
    # Set for the whole PC by an administrator (HKEY_LOCAL_MACHINE) or for the organisation: followed ...
    assert on_windows({(LOCAL_MACHINE, UI_KEY): "en"}) == "en"
    assert on_windows({(LOCAL_MACHINE, ORGANISATION_UI_KEY): "en"}) == "en"
    assert on_windows({(CURRENT_USER, ORGANISATION_UI_KEY): "en"}) == "en"
    # ... unless this user chose otherwise in the window.
    assert on_windows({(CURRENT_USER, UI_KEY): "id", (LOCAL_MACHINE, UI_KEY): "en"}) == "id"
    assert on_windows({(CURRENT_USER, ORGANISATION_UI_KEY): "id", (LOCAL_MACHINE, UI_KEY): "en"}) == "id"


def test_registry_values_as_qsettings_writes_them() -> None:
    assert on_windows({(CURRENT_USER, UI_KEY): "en".encode("utf-16-le")}) == "en"  # REG_BINARY: a text with a NUL
    assert pc_setting.stored_text("@@en") == "@en"  # a text starting with "@" is written with "@@"
    assert on_windows({(CURRENT_USER, UI_KEY): 1, (LOCAL_MACHINE, UI_KEY): "en"}) == "id"  # a number: no language
    assert on_windows({(CURRENT_USER, UI_KEY): "xx"}) == "id"  # unknown: Indonesian
    assert on_windows({(CURRENT_USER, UI_KEY): ""}) == "id"


@pytest.fixture
def qt_paths(pc_settings: Path, tmp_path: Path, qapp: object) -> Iterator[Path]:
    """QSettings' native files under this test's user and system folders (those pc_settings gives XDG); the
    system folder is returned."""
    from PySide6.QtCore import QSettings

    from desk.app import application

    application()
    before = QSettings.defaultFormat()
    native, user, system = QSettings.Format.NativeFormat, QSettings.Scope.UserScope, QSettings.Scope.SystemScope
    QSettings.setDefaultFormat(native)
    QSettings.setPath(native, user, str(pc_settings))
    QSettings.setPath(native, system, str(tmp_path / "xdg"))
    try:
        yield tmp_path / "xdg"
    finally:
        QSettings.setDefaultFormat(before)


def test_linux_files_are_read_where_and_in_the_order_qt_reads_them(qt_paths: Path) -> None:
    from PySide6.QtCore import QSettings

    from desk.paths import APP_AUTHOR, APP_NAME
    from desk.ui.settings import LANGUAGE

    def window_language() -> str:
        QSettings().sync()
        return LANGUAGE.get()

    # An administrator's setting for every user of the PC, written by Qt in its system scope.
    machine = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.SystemScope, APP_AUTHOR, APP_NAME)
    machine.setValue("ui/language", "en")
    machine.sync()
    assert machine.fileName() == str(qt_paths / APP_AUTHOR / f"{APP_NAME}.conf")
    assert pc_setting.settings_files()[2] == qt_paths / APP_AUTHOR / f"{APP_NAME}.conf"
    assert window_language() == "en" and pc_language("linux") == "en"

    LANGUAGE.set("id")  # this user's own choice in the window comes first
    assert window_language() == "id" and pc_language("linux") == "id"
    LANGUAGE.clear()
    assert window_language() == "en" and pc_language("linux") == "en"


def test_a_setting_for_the_whole_pc_is_followed_by_desk_commands(capsys: pytest.CaptureFixture[str],
                                                                 data_dir: Path, pc_settings: Path,
                                                                 tmp_path: Path) -> None:
    organisation_file = tmp_path / "xdg" / "DKUKMTK.conf"
    organisation_file.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert pc_setting.settings_files()[-1] == organisation_file
    code, said = desk(capsys, "--data-dir", str(data_dir), "backups")
    assert code == 0 and "No backups yet." in said
