"""Issue 8: the main window builds only Hari ini and the register at start; every other area when first opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desk.store.database import Database
from desk.ui.forums import ForumsPage
from desk.ui.main_window import FORUMS, REGISTER, STANDARDS, MainWindow
from desk.ui.standards import StandardsArea
from tests.factories import user_with_role
from tests.ui.helpers import (
    open_main_window,
    settings_dir,  # noqa: F401
)

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    return open_main_window(qtbot, db, user_with_role(db))


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_every_area_has_its_tab_at_start_but_only_the_register_is_built(window: MainWindow) -> None:
    assert tab_titles(window)[:4] == ["Hari ini", "Register Pelayanan", "Standar Pelayanan", "Forum Konsultasi Publik"]
    assert window.tabs.currentWidget() is window.today  # the first screen after login
    assert window.register is window.areas[REGISTER]
    assert not isinstance(window.areas[STANDARDS], StandardsArea)
    assert not isinstance(window.areas[FORUMS], ForumsPage)


def test_a_click_on_a_tab_builds_that_area_in_its_place(qtbot: QtBot, window: MainWindow) -> None:
    titles = tab_titles(window)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    forums = window.tabs.currentWidget()
    assert isinstance(forums, ForumsPage) and window.areas[FORUMS] is forums
    assert window.tabs.currentIndex() == 3 and tab_titles(window) == titles
    assert not isinstance(window.areas[STANDARDS], StandardsArea)  # passing no other tab on the way

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert window.tabs.currentWidget() is forums  # built once, kept


def test_shortcuts_open_and_build_the_areas(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    area = window.tabs.currentWidget()
    assert isinstance(area, StandardsArea) and window.standards is area
    qtbot.waitUntil(lambda: area.search.hasFocus())  # the look-up is ready for typing, as before
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert isinstance(window.tabs.currentWidget(), ForumsPage)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.tabs.currentWidget() is window.register


def test_asking_for_the_standards_area_builds_it_without_switching(window: MainWindow) -> None:
    area = window.standards
    assert isinstance(area, StandardsArea) and window.areas[STANDARDS] is area
    assert window.tabs.currentWidget() is window.today


def test_an_area_replaced_before_it_was_opened_is_never_built(qtbot: QtBot, window: MainWindow) -> None:
    label = QLabel("Forum lain")
    assert window.add_area(FORUMS, "Forum", label) == 3
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentWidget() is label and tab_titles(window)[3] == "Forum"


def test_a_lazy_area_added_by_a_later_issue(qtbot: QtBot, window: MainWindow) -> None:
    built: list[QLabel] = []

    def build() -> None:
        built.append(QLabel("Survei"))
        window.add_area("survey", "Survei Kepuasan", built[-1])

    index = window.add_lazy_area("survey", "Survei Kepuasan", build)
    assert not built and tab_titles(window)[index] == "Survei Kepuasan"
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert len(built) == 1 and window.tabs.currentWidget() is built[0]
    window.show_area("survey")
    assert len(built) == 1


def test_the_first_window_loads_no_module_of_the_other_areas(data_dir: Path, tmp_path: Path) -> None:
    # A fresh interpreter, as at start: the test session has every module loaded long ago.
    code = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store import accounts
from desk.ui.main_window import MainWindow

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path / "qsettings")!r})
app = QApplication([])
folder = Path({str(data_dir)!r})
db = open_database(default_database_url(folder), folder)
officer = accounts.create_user(db, "rahmat", "Rahmat Hidayat", "admin", "Loket-Balangan-27").value.actor
window = MainWindow(db, officer)
window.show()
app.processEvents()
later = ("desk.ui.standards", "desk.ui.forums", "desk.ui.intake", "desk.ui.accounts.audit_page",
         "desk.store.forums", "desk.store.standards_io", "desk.formats.standards_file", "openpyxl", "alembic")
loaded = sorted(m for m in sys.modules if m.startswith(later))
window.close()
db.dispose()
sys.exit(str(loaded) if loaded else 0)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
