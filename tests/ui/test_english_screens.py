"""Desk in English (`desk --lang en`, or the PC's setting): the main window, its menus and its areas show
no Indonesian of Desk's own, while the office's data (service and unit names, people) stays as entered and
printed documents stay Indonesian. Qt speaks its own English then: the Indonesian Qt catalog is not loaded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desk.store import complaints, standards
from desk.store.database import Database
from desk.ui import translations
from desk.ui.actions import AppAction
from desk.ui.main_window import MainWindow
from desk.ui.settings import LANGUAGE
from tests.factories import user_with_role
from tests.i18n_support import indonesian_on_screen, visible_texts
from tests.ui.helpers import (
    on_next_dialog,
    open_main_window,
    open_new_request,
    settings_dir,  # noqa: F401
)

pytestmark = pytest.mark.usefixtures("settings_dir")

# The areas whose every text is in the catalog and shown through it. The survey area still shows texts the
# domain composes in Indonesian (period names "Semester II 2026", sample-size notes, the nine SKM elements).
ENGLISH_AREAS = ("Service Register", "Service Standards", "Public Consultation Forum", "Complaints")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert translations.install(qapp, "en") == "en"
    yield
    translations.uninstall(qapp)


def office_data(db: Database, window: MainWindow) -> list[str]:
    """What the office entered: shown as entered in every language."""
    data = [window.windowTitle(), window.actor.full_name, str(window.db.url) if hasattr(window.db, "url") else ""]
    for unit in complaints.units(db):
        data += [unit.name, unit.full_name]
    for entry in standards.list_entries(db, include_inactive=True):
        data += [entry.service.name, entry.unit_full_name]
    return [value for value in data if value]


def test_the_main_window_menus_and_areas_in_english(qtbot: QtBot, db: Database, english: None) -> None:
    window = open_main_window(qtbot, db, user_with_role(db))
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:6] == ["Today", "Service Register", "Service Standards", "Public Consultation Forum",
                          "Complaints", "Satisfaction Survey"]
    assert [plain for _where, plain in visible_texts([window.menuBar()]) if _where == "QMenuBar action"] == [
        "File", "View", "Request", "Account", "Help"]
    shown = [window.menuBar()]
    for index, title in enumerate(titles):
        window.tabs.setCurrentIndex(index)
        if title in ENGLISH_AREAS:
            shown.append(window.tabs.widget(index))
    assert indonesian_on_screen(shown, office_data(db, window)) == []


def test_qt_speaks_its_own_english_and_the_check_finds_indonesian(qtbot: QtBot, db: Database, english: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Desk", "Save?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    assert {b.text() for b in box.buttons()} == {"&Yes", "Cancel"}
    box.setText("Simpan perubahan?")  # a text someone forgot to translate
    assert indonesian_on_screen([box]) == ["QLabel text: 'Simpan perubahan?'"]


def test_the_pc_setting_chooses_english_for_the_next_start(qapp: QApplication) -> None:
    LANGUAGE.set("en")
    try:
        assert translations.install(qapp) == "en"
        assert qapp.translate("AppAction", "Permohonan &baru…") == "&New request…"
        assert translations.install(qapp, "id") == "id"  # `desk --lang id` wins over the setting
        assert qapp.translate("AppAction", "Permohonan &baru…") == "Permohonan &baru…"
    finally:
        LANGUAGE.clear()
        translations.uninstall(qapp)



def test_a_domain_refusal_shown_in_the_new_request_dialog_in_english(qtbot: QtBot, db: Database, english: None) -> None:
    dialog = open_new_request(qtbot, db)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # a tried save shows every message
    texts = [text for _where, text in visible_texts([dialog])]
    assert "The visitor's name is required." in texts
    assert any(text.startswith("Cannot be saved yet: ") for text in texts)
    assert not [text for text in texts if "wajib diisi" in text]


def test_the_language_is_chosen_in_the_view_menu_for_the_next_start(qtbot: QtBot, db: Database) -> None:
    window = open_main_window(qtbot, db, user_with_role(db))
    assert window.action(AppAction.LANGUAGE).text() == "&Bahasa tampilan…"

    def pick_english(dialog: QInputDialog) -> None:
        assert dialog.comboBoxItems() == ["Bahasa Indonesia", "English"]
        assert dialog.textValue() == "Bahasa Indonesia"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    asked = on_next_dialog(pick_english, QInputDialog)
    informed = on_next_dialog(read_and_close, QMessageBox)
    window.action(AppAction.LANGUAGE).trigger()
    qtbot.waitUntil(lambda: bool(asked) and bool(informed))
    assert LANGUAGE.get() == "en"
    assert told == ["English dipakai mulai saat Desk dibuka lagi."]
    assert window.action(AppAction.NEW_REQUEST).text() == "Permohonan &baru…"  # this start stays Indonesian
