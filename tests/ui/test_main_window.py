"""The main window's areas, shortcuts, and the register's filters as the officer uses them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desk.domain.text_id import DAY_NAMES
from desk.store.database import Database
from desk.store.request_changes import set_status
from desk.store.work import Change, Changes
from desk.ui.main_window import STANDARDS, MainWindow
from desk.ui.register.model import COL_STATUS, COL_VISITOR
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import draft, open_main_window, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier
MON_6_OCT = datetime(2025, 10, 6, 1, 0, tzinfo=UTC)  # 09.00 WITA
WED_29_OCT = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    officer = user_with_role(db, name="Rahmat Hidayat")
    desk = db.as_user(officer)
    saved_walk_in(desk, "Budi Santoso", "P1", nik=draft(db, "x", "631101", 1).nik, now=MON_6_OCT)
    second = saved_walk_in(desk, "Rina Wati", "K1", nik=draft(db, "x", "631106", 2).nik, now=WED_29_OCT)
    set_status(desk, second.id, "diproses")
    saved_walk_in(desk, "Yusuf Hamdani", "U3", nik=draft(db, "x", "631102", 3).nik)  # today
    return open_main_window(qtbot, db, officer)


def names(window: MainWindow) -> list[str]:
    model = window.register.model
    return [model.index(row, COL_VISITOR).data() for row in range(model.rowCount())]


def test_areas_status_bar_and_shortcuts(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(4)] == [  # later issues add areas after these
        "Hari ini", "Register Pelayanan", "Standar Pelayanan", "Forum Konsultasi Publik"
    ]
    assert tabs.currentIndex() == 0  # Hari ini first, unnumbered (Ctrl+0): the register keeps Ctrl+1
    assert window.officer_label.text() == "Petugas: Rahmat Hidayat"
    assert window.database_label.text() == f"Basis data: {db.describe()}"
    assert window.windowTitle() == "Desk — DKUKMTK Kabupaten Balangan"

    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert tabs.currentIndex() == 2
    standards = QLabel("Daftar standar")
    count = tabs.count()
    assert window.add_area(STANDARDS, "Standar Pelayanan", standards) == 2  # replacing keeps the place
    assert tabs.widget(2) is standards and tabs.count() == count
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # search brings the register back
    assert tabs.currentIndex() == 1 and window.register.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert tabs.currentWidget() is window.today
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert tabs.currentWidget() is window.register
    window.close()


def test_filters_narrow_the_register(qtbot: QtBot, window: MainWindow) -> None:
    filters = window.register.filters
    assert names(window) == ["Yusuf Hamdani", "Rina Wati", "Budi Santoso"]  # newest first

    filters.ascending.setChecked(True)
    assert names(window) == ["Budi Santoso", "Rina Wati", "Yusuf Hamdani"]
    filters.ascending.setChecked(False)

    filters.status.setCurrentIndex(filters.status.findData("diproses"))
    assert names(window) == ["Rina Wati"]
    assert window.register.model.index(0, COL_STATUS).data() == "Diproses — Terlambat"
    filters.status.setCurrentIndex(0)

    filters.overdue.setChecked(True)  # both October requests are long past due
    assert names(window) == ["Rina Wati", "Budi Santoso"]
    filters.overdue.setChecked(False)

    filters.unit.setCurrentIndex(filters.unit.findText("KOP", Qt.MatchFlag.MatchStartsWith))
    assert names(window) == ["Rina Wati"]
    assert all(filters.service.itemText(i).startswith(("Semua", "K")) for i in range(filters.service.count()))
    filters.unit.setCurrentIndex(0)

    # Dates typed straight through, as on a paper form; a whole date turns its bound on.
    qtbot.mouseClick(filters.date_from.edit, Qt.MouseButton.LeftButton, pos=QPoint(30, 5))  # into the month
    qtbot.waitUntil(lambda: filters.date_from.edit.selectedText() != "")  # all selected: typing replaces it
    qtbot.keyClicks(filters.date_from.edit, "01102025")
    assert filters.from_check.isChecked() and filters.date_from.date() == date(2025, 10, 1)
    filters.date_to.edit.setFocus()
    qtbot.waitUntil(lambda: filters.date_to.edit.selectedText() != "")
    qtbot.keyClicks(filters.date_to.edit, "06102025")  # inclusive, in office (WITA) days
    assert names(window) == ["Budi Santoso"]
    assert window.register.count.text() == "1 permohonan"
    filters.to_check.setChecked(False)
    assert names(window) == ["Yusuf Hamdani", "Rina Wati", "Budi Santoso"]

    window.register.search.setText("tidak ada yang bernama begini")
    window.register.search.flush()
    assert names(window) == [] and window.register.count.text() == "Tidak ada permohonan yang cocok."
    window.close()


def test_detail_shows_masked_visitor_checklist_and_due_date(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # from Hari ini, the first screen, to the register
    register = window.register
    register.focus_table()  # the first (newest) row
    detail = register.detail
    assert detail.visitor_name.text() == "Yusuf Hamdani (Laki-laki)"
    assert detail.nik.text() == "6311********0003"
    assert detail.standard.text() == "versi 1"
    assert "WITA, oleh Rahmat Hidayat" in detail.received.text()
    editor = detail.checklist_editor  # open and this officer may edit: the file is ticked here
    assert editor.isVisible() and editor.count() == 6 and all(editor.ticks())
    assert "lengkap" in detail.file.text() and "belum" not in detail.file.text()
    assert "terlambat" not in detail.due.text()
    qtbot.keyClick(register.table, Qt.Key.Key_Down)
    assert detail.visitor_name.text() == "Rina Wati (Laki-laki)"
    assert "terlambat" in detail.due.text() and "Terlambat" in detail.status.text()
    assert detail.due.text().split(",")[0] in DAY_NAMES and "2025" in detail.due.text()  # "Rabu, 5 November 2025"
    assert not detail.action_buttons["diproses"].isEnabled() and detail.action_buttons["ditolak"].isEnabled()
    window.close()


def test_the_register_follows_what_other_areas_change(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    """A holiday import moves due dates, a print is logged: the area that did it says so, the register refreshes."""
    saved_walk_in(db, "Nur Aisyah", "U2", nik=draft(db, "x", "631105", 4).nik)  # saved by another counter
    assert "Nur Aisyah" not in names(window)
    window.broadcast_changes(Changes.of(Change.FORUMS))  # not what the register shows
    qtbot.wait(20)
    assert "Nur Aisyah" not in names(window)
    window.broadcast_changes(Changes.of(Change.REQUESTS))
    qtbot.waitUntil(lambda: names(window)[:1] == ["Nur Aisyah"])
    window.close()
