"""Bantuan › Tentang Desk says which Desk this is and where its data, database, backups and log are."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desk import __version__
from desk.store.database import Database
from desk.store.users import add_officer
from desk.ui.about import AboutDialog
from desk.ui.actions import AppAction
from tests.ui.helpers import as_actor, open_main_window, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")


def test_about_from_the_help_menu_shows_version_folders_and_copies_them(qtbot: QtBot, db: Database) -> None:
    with db.write() as session:
        officer = add_officer(session, "Rahmat Hidayat")
    window = open_main_window(qtbot, db, as_actor(officer))
    window.setProperty("log_path", str(db.data_dir / "desk.log"))
    help_menu = window.menus["help"]
    assert help_menu.menuAction().isVisible()
    about = window.action(AppAction.ABOUT)
    assert about in help_menu.actions() and about.text() == "&Tentang Desk…"

    about.trigger()

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    shown = {label: widget.text() for label, widget in dialog.values.items()}
    assert shown["Versi"] == f"Desk {__version__}"
    assert shown["Folder data"] == str(db.data_dir)
    assert shown["Basis data"] == str(db.data_dir / "desk.sqlite3")
    assert str(db.data_dir / "backups") in shown["Folder cadangan"]
    assert shown["Catatan (log)"] == str(db.data_dir / "desk.log")
    assert qVersion() in shown["Qt"] and platform.python_version() in shown["Python"]
    assert "MIT" in shown["Lisensi"] and "LGPL" in shown["Lisensi"]

    qtbot.mouseClick(dialog.findChild(QPushButton, "copy"), Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Versi: Desk {__version__}" in copied and f"Folder data: {db.data_dir}" in copied


