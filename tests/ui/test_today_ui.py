"""Hari ini: the first screen after login, its numbers, and each number a way into the register."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.office_time import to_local
from desk.domain.status import BY_VISITOR, DONE, OPEN_STATUSES
from desk.domain.text_id import format_number, format_numeric_date
from desk.store import access
from desk.store.database import Database
from desk.store.request_changes import Collection, set_status
from desk.store.requests import RegisterFilter, request_detail
from desk.store.work import Change, Changes, office_context
from desk.ui.actions import AppAction
from desk.ui.main_window import MainWindow
from desk.ui.operations import publish
from desk.ui.register.model import COL_VISITOR
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import open_main_window, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_AGO = datetime.now(UTC) - timedelta(days=40)  # K3 takes 5 working days: long overdue by now


def names(window: MainWindow) -> list[str]:
    model = window.register.model
    return [model.index(row, COL_VISITOR).data() for row in range(model.rowCount())]


def numbers(window: MainWindow) -> dict[str, str]:
    page = window.today
    return {tile.objectName(): tile.number.text() for tile in (page.received, page.due, page.overdue, page.closed)}


@pytest.fixture
def desk(db: Database) -> Database:
    officer = user_with_role(db, name="Rahmat Hidayat")
    desk = db.as_user(officer)
    saved_walk_in(desk, "Siti Aminah", "P1")  # today, a same-day service: due today
    saved_walk_in(desk, "Rina Wati", "P3")  # today, due in three working days
    saved_walk_in(desk, "Dewi Lestari", "K3", now=LONG_AGO)  # still open: late
    closed = saved_walk_in(desk, "Yusuf Hidayat", "K3", now=LONG_AGO + timedelta(hours=1))
    set_status(desk, closed.id, DONE, collection=Collection(BY_VISITOR))  # closed today
    return desk


def test_hari_ini_is_the_first_screen_with_the_counts_of_the_day(qtbot: QtBot, db: Database, desk: Database) -> None:
    window = open_main_window(qtbot, db, desk.actor)  # type: ignore[arg-type]
    assert window.tabs.currentWidget() is window.today and window.today.isVisible()
    today = office_context(db).today

    # Counted here from the records themselves.
    records = [request_detail(db, rid).record for rid in range(1, 5)]
    received = [r for r in records if to_local(r.received_at, office_context(db).tz).date() == today]
    late = [r for r in records if r.status in OPEN_STATUSES and r.due_date < today]
    due = [r for r in records if r.status in OPEN_STATUSES and r.due_date == today]
    assert numbers(window) == {"received": str(len(received)), "due_today": str(len(due)),
                               "overdue": str(len(late)), "closed_today": "1"}
    assert numbers(window) == {"received": "2", "due_today": "1", "overdue": "1", "closed_today": "1"}
    assert window.today.closed.note.text() == "Selesai 1"
    assert window.today.heading.text().startswith("Hari ini — ")
    units = window.today.units
    pnp = next(units.topLevelItem(i) for i in range(units.topLevelItemCount())
               if units.topLevelItem(i).text(0).startswith("PNP"))
    assert pnp.text(1) == "2" and sorted(pnp.child(i).text(0)[:2] for i in range(pnp.childCount())) == ["P1", "P3"]
    assert "Semester" in window.today.survey_text.text()
    assert window.today.backup_text.text()  # the newest backup, or that there is none yet
    window.close()


def test_enter_on_terlambat_opens_the_register_filtered_to_overdue(qtbot: QtBot, db: Database,
                                                                   desk: Database) -> None:
    window = open_main_window(qtbot, db, desk.actor)  # type: ignore[arg-type]
    window.today.overdue.setFocus()
    qtbot.waitUntil(window.today.overdue.hasFocus)
    qtbot.keyClick(window.today.overdue, Qt.Key.Key_Return)
    register = window.register
    assert window.tabs.currentWidget() is register
    assert register.filters.overdue.isChecked() and names(window) == ["Dewi Lestari"]
    qtbot.waitUntil(lambda: register.count.text() == "1 permohonan terlambat")

    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)  # back to Hari ini; "jatuh tempo hari ini" with a click
    qtbot.mouseClick(window.today.due, Qt.MouseButton.LeftButton)
    today = office_context(db).today
    assert names(window) == ["Siti Aminah"] and not register.filters.overdue.isChecked()
    assert register.filters.jump_note.text() == f"Jatuh tempo {format_numeric_date(today)}"
    qtbot.mouseClick(register.filters.jump_clear, Qt.MouseButton.LeftButton)  # the jump's filter taken off
    assert not register.filters.jump_note.isVisible() and len(names(window)) == 4

    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    qtbot.mouseClick(window.today.closed, Qt.MouseButton.LeftButton)
    assert names(window) == ["Yusuf Hidayat"]
    window.close()


def test_a_change_elsewhere_refreshes_the_counts(qtbot: QtBot, db: Database, desk: Database) -> None:
    window = open_main_window(qtbot, db, desk.actor)  # type: ignore[arg-type]
    assert numbers(window)["closed_today"] == "1" and numbers(window)["overdue"] == "1"

    # The late request is finished at another screen: its operation's changes reach the main window.
    late = next(rid for rid in range(1, 5) if request_detail(db, rid).record.visitor_name == "Dewi Lestari")
    done = set_status(desk, late, DONE, collection=Collection(BY_VISITOR))
    publish(window.register, done.changes)
    assert numbers(window)["closed_today"] == "2" and numbers(window)["overdue"] == "0"

    # A new walk-in saved while the officer is on the register: counted when Hari ini is shown again.
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    saved = saved_walk_in(desk, "Agus Salim", "U1")
    window.broadcast_changes(Changes.of(Change.REQUESTS))  # what the intake dialog publishes
    assert numbers(window)["received"] == "2"  # not read while hidden
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert numbers(window)["received"] == "3" and saved.unit_code == "UKM"
    window.close()


# --- the register out of Desk, from the register screen ------------------------------------------------------


def test_the_register_exports_what_it_shows_with_a_progress_dialog_that_cancels(
    qtbot: QtBot, db: Database, desk: Database, tmp_path: Path
) -> None:
    from desk.store.demo import add_demo_requests

    add_demo_requests(db, 4_500, seed=4, end=LONG_AGO)  # three batches of the export: time to press Batal
    admin = user_with_role(db, access.ADMIN, "Nurul Admin")
    officer_window = open_main_window(qtbot, db, desk.actor)  # type: ignore[arg-type]
    assert not officer_window.register.export_button.isVisibleTo(officer_window)  # officers do not export
    assert not officer_window.action(AppAction.EXPORT_REGISTER).isVisible()
    officer_window.close()

    window = open_main_window(qtbot, db, admin)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    qtbot.mouseClick(window.today.overdue, Qt.MouseButton.LeftButton)  # the register, overdue only
    register = window.register
    assert register.export_button.isVisible() and register.export_button.text() == "Ekspor… (Ctrl+E)"
    assert window.action(AppAction.EXPORT_REGISTER).isVisible()
    qtbot.waitUntil(lambda: register.total is not None)
    assert register.total is not None
    late = register.total.total
    out = tmp_path / "out"
    out.mkdir()

    run = register.export_to(out / "terlambat.xlsx")
    assert run.dialog.isVisible() and run.dialog.windowTitle() == "Ekspor register"
    with qtbot.waitSignal(run.finished, timeout=60_000) as finished:
        pass
    assert finished.args is not None and finished.args[0].rows == late
    rows = list(load_workbook(out / "terlambat.xlsx").active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert len(rows) == late + 1 and all(row[17] == "Ya" for row in rows[1:])  # every row, all of them late
    assert all("*" in str(row[7]) for row in rows[1:] if row[7])  # NIK masked: not asked to reveal
    assert register.notice.text().startswith(f"{format_number(late)} permohonan diekspor ke terlambat.xlsx")

    register.filters.set_filter(RegisterFilter())  # everything: 4,504 requests
    register.new_search()
    run = register.export_to(out / "semua.csv")
    with qtbot.waitSignal(run.cancelled, timeout=60_000):
        qtbot.keyClick(run.dialog, Qt.Key.Key_Escape)  # Batal
    assert not list(out.glob("semua*")) and not list(out.glob(".desk-*"))  # nothing, not even half a file
    assert register.notice.text() == "Ekspor dibatalkan; tidak ada berkas yang ditulis."
    window.close()


def test_overdue_complaints_are_counted_and_one_click_away(qtbot: QtBot, db: Database) -> None:
    from desk.store import complaints
    from desk.ui.complaints import AREA_KEY
    from tests.complaint_samples import siti

    officer = db.as_user(user_with_role(db, name="Rahmat Hidayat"))
    late = complaints.record_complaint(officer, siti(), now=LONG_AGO).value  # its verification is long overdue
    complaints.record_complaint(officer, siti(subject="Jadwal pelatihan BLK"))  # today: within its deadline
    window = open_main_window(qtbot, db, officer.actor)  # type: ignore[arg-type]
    page = window.today
    assert page.complaints_box.isVisible()
    assert page.complaints_text.text() == "1 pengaduan melewati batas waktu tahapnya."
    qtbot.mouseClick(page.complaints_button, Qt.MouseButton.LeftButton)
    area = window.areas[AREA_KEY]
    assert window.tabs.currentWidget() is area
    qtbot.waitUntil(lambda: [r.id for r in area.rows] == [late.complaint.id])

