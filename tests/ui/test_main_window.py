"""The main window's areas, shortcuts, and the register's filters as the officer uses them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desk.domain.text_id import DAY_NAMES
from desk.store.database import Database
from desk.store.requests import change_status, create_request
from desk.ui.main_window import STANDARDS, MainWindow
from desk.ui.register.model import COL_STATUS, COL_VISITOR
from tests.factories import user_with_role
from tests.ui.helpers import draft, open_main_window, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier
MON_6_OCT = datetime(2025, 10, 6, 1, 0, tzinfo=UTC)  # 09.00 WITA
WED_29_OCT = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    officer = user_with_role(db)
    with db.write() as session:
        create_request(session, draft(db, "Budi Santoso", "631101", 1, "P1"), officer.user_id, now=MON_6_OCT)
        second = create_request(session, draft(db, "Rina Wati", "631106", 2, "K1"), officer.user_id, now=WED_29_OCT)
        change_status(session, second.id, "diproses", "", officer.user_id, now=WED_29_OCT)
        create_request(session, draft(db, "Yusuf Hamdani", "631102", 3, "U3"), officer.user_id)  # today
    return open_main_window(qtbot, db, officer)


def names(window: MainWindow) -> list[str]:
    model = window.register.model
    return [model.index(row, COL_VISITOR).data() for row in range(model.rowCount())]


def test_areas_status_bar_and_shortcuts(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(3)] == [  # later issues add areas after these
        "Register Pelayanan", "Standar Pelayanan", "Forum Konsultasi Publik"
    ]
    assert window.officer_label.text() == "Petugas: Rahmat Hidayat"
    assert window.database_label.text() == f"Basis data: {db.describe()}"
    assert window.windowTitle() == "Desk — DKUKMTK Kabupaten Balangan"

    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert tabs.currentIndex() == 1
    standards = QLabel("Daftar standar")
    count = tabs.count()
    assert window.add_area(STANDARDS, "Standar Pelayanan", standards) == 1  # replacing keeps the place
    assert tabs.widget(1) is standards and tabs.count() == count
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # search brings the register back
    assert tabs.currentIndex() == 0 and window.register.search.hasFocus()
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

    filters.from_check.setChecked(True)
    filters.date_from.setDate(QDate(2025, 10, 1))
    filters.to_check.setChecked(True)
    filters.date_to.setDate(QDate(2025, 10, 6))  # inclusive, in office (WITA) days
    assert names(window) == ["Budi Santoso"]
    assert window.register.count.text() == "1 permohonan"
    filters.to_check.setChecked(False)
    assert names(window) == ["Yusuf Hamdani", "Rina Wati", "Budi Santoso"]

    window.register.search.setText("tidak ada yang bernama begini")
    window.register.search.flush()
    assert names(window) == [] and window.register.count.text() == "Tidak ada permohonan yang cocok."
    window.close()


def test_detail_shows_masked_visitor_checklist_and_due_date(qtbot: QtBot, window: MainWindow) -> None:
    register = window.register
    register.focus_table()  # the first (newest) row
    detail = register.detail
    assert detail.visitor_name.text() == "Yusuf Hamdani (Laki-laki)"
    assert detail.nik.text() == "6311********0003"
    assert detail.standard.text() == "versi 1"
    assert "WITA, oleh Rahmat Hidayat" in detail.received.text()
    assert detail.checklist.text().count("✗") >= 1 and "✓" not in detail.checklist.text()
    assert "terlambat" not in detail.due.text()
    qtbot.keyClick(register.table, Qt.Key.Key_Down)
    assert detail.visitor_name.text() == "Rina Wati (Laki-laki)"
    assert "terlambat" in detail.due.text() and "Terlambat" in detail.status.text()
    assert detail.due.text().split(",")[0] in DAY_NAMES and "2025" in detail.due.text()  # "Rabu, 5 November 2025"
    assert not detail.action_buttons["diproses"].isEnabled() and detail.action_buttons["ditolak"].isEnabled()
    window.close()
