"""The issue's walk-through: start on an empty data folder, log a walk-in by keyboard, find it, close it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desk import app
from desk.domain.nik import make_nik
from desk.store.access import Actor
from desk.store.database import Database
from desk.ui.main_window import MainWindow
from desk.ui.register.model import COL_REF, COL_STATUS, COL_VISITOR
from desk.ui.register.reason import ReasonDialog
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import (  # noqa: F401
    answer_who_is_on_duty,
    draft,
    focused,
    key_into,
    keys_into,
    on_next_dialog,
    press,
    settings_dir,
    type_text,
)

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NIK = make_nik("631104", date(1995, 5, 1), "P", 7315)  # Batumandi, a woman born 1 May 1995


def start_with_officer(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    def choose(db: Database) -> Actor:
        return user_with_role(db, name="Rahmat Hidayat")

    answer_who_is_on_duty(monkeypatch, choose)
    code, window = app.start(data_dir)
    assert code == 0 and window is not None
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def rows(window: MainWindow, column: int) -> list[str]:
    model = window.register.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is window.register.search
    press(qtbot, Qt.Key.Key_Backspace)  # Ctrl+F selected the old query: the first key replaces it
    with qtbot.waitSignal(window.register.model.modelReset, timeout=2000):
        type_text(qtbot, text)
    return rows(window, COL_VISITOR)


def test_walk_in_logged_by_keyboard_then_found_and_rejected(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "kosong"  # does not exist yet: Desk creates, migrates and seeds it
    window = start_with_officer(qtbot, data_dir, monkeypatch)
    assert (data_dir / "desk.sqlite3").is_file() and (data_dir / "desk.log").is_file()
    assert window.officer_label.text() == "Petugas: Rahmat Hidayat"
    assert str(data_dir / "desk.sqlite3") in window.database_label.text()
    assert window.register.model.rowCount() == 0
    assert "Belum ada permohonan" in window.register.count.text()
    # two other visitors, so the searches below have something to skip
    saved_walk_in(window.db, "Budi Santoso", "U1", nik=draft(window.db, "x", "631101", 12).nik, phone="0813-5120-4411")
    saved_walk_in(window.db, "Rina Wati", "K1", nik=draft(window.db, "x", "631106", 44).nik)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.register.model.rowCount() == 2

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.intake_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: focused() is dialog.nik)
    type_text(qtbot, NIK)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0812 3456 7890")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Siti Aminah")
    press(qtbot, Qt.Key.Key_Return)  # Enter moves on, like Tab
    assert focused() is dialog.sex and dialog.sex.currentData() == "P"  # read from the NIK
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Jl. Mampari RT 02")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.region.kecamatan
    assert dialog.region.kecamatan.currentText() == "Batumandi"  # the NIK's kecamatan (63.11.04), preselected
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.region.desa
    type_text(qtbot, "Mampari")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.organisation  # the free-text region is skipped inside Balangan
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.organisation_kind
    press(qtbot, Qt.Key.Key_Tab)  # still down the visitor's column: the privacy notice and the three consents
    assert focused() is dialog.consent.notice
    for box in dialog.consent.boxes.values():
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is box
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.service
    type_text(qtbot, "P1")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.service.currentText().startswith("P1 — Penerbitan")
    assert "Gratis" in dialog.standard.facts.text()
    assert focused() is dialog.standard.checklist
    press(qtbot, Qt.Key.Key_Space)  # KTP received
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # second requirement received
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.channel
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Pencari kerja baru")
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        press(qtbot, Qt.Key.Key_Return)  # Enter on the last field saves

    record = dialog.saved_record
    assert record is not None and saved.args[0].request == record
    assert record.visitor_name == "Siti Aminah" and record.visitor_phone == "+6281234567890"
    assert record.visitor_desa == "Mampari" and record.visitor_kecamatan == "Batumandi"
    assert record.received_by == "Rahmat Hidayat"
    assert [item.received for item in record.checklist][:3] == [True, True, False]
    assert record.notes == "Pencari kerja baru"
    qtbot.waitUntil(lambda: window.intake_dialog is None)  # closed after saving
    # Saving opens the receipt preview at once; the officer closes it and is back at the register.
    qtbot.waitUntil(lambda: getattr(window.receipts, "preview", None) is not None)
    preview = window.receipts.preview
    assert preview.isVisible()
    preview.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # In the register at the top, selected, with its number on show.
    assert rows(window, COL_REF)[0] == record.ref_number
    assert record.ref_number in window.register.notice.text()
    assert window.register.current_request_id() == record.id
    assert window.register.detail.ref.text() == record.ref_number
    assert window.register.detail.nik.text() == "6311********7315"

    assert search(qtbot, window, NIK[:6]) == ["Siti Aminah"]
    assert not window.register.notice.isVisible()  # "Permohonan tersimpan…" does not linger over a search
    assert search(qtbot, window, NIK[-4:]) == ["Siti Aminah"]
    assert search(qtbot, window, "amin") == ["Siti Aminah"]
    assert search(qtbot, window, "santo") == ["Budi Santoso"]

    search(qtbot, window, "amin")
    press(qtbot, Qt.Key.Key_Down)  # from the search box into the results
    assert window.register.current_request_id() == record.id
    detail = window.register.detail
    press(qtbot, Qt.Key.Key_O, ALT)  # Diproses (a mnemonic clicks with a short animation)
    qtbot.waitUntil(lambda: rows(window, COL_STATUS) == ["Diproses"])

    def reject(dialog: ReasonDialog) -> None:
        explanation = dialog.findChild(QLabel, "explanation").text()
        assert "ditolak dan ditutup" in explanation and "hanya admin" in explanation
        assert dialog.ok_button.text() == "&Tolak permohonan" and not dialog.ok_button.isEnabled()
        keys_into(dialog.reason, "Berkas KTP tidak terbaca")
        key_into(dialog.reason, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves

    answered = on_next_dialog(reject, ReasonDialog)
    press(qtbot, Qt.Key.Key_T, ALT)  # Ditolak…
    qtbot.waitUntil(lambda: rows(window, COL_STATUS) == ["Ditolak"])
    assert answered
    assert not any(button.isEnabled() for button in detail.action_buttons.values())
    timeline = detail.timeline.text()
    assert "Diterima → Diproses" in timeline and "Diproses → Ditolak" in timeline
    assert "Alasan: Berkas KTP tidak terbaca" in timeline and "Rahmat Hidayat" in timeline
    assert "WITA" in timeline
    window.close()


def test_rejecting_needs_a_reason(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = start_with_officer(qtbot, tmp_path / "data", monkeypatch)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # from Hari ini, the first screen, to the register
    record = saved_walk_in(window.db, "Budi Santoso", nik=draft(window.db, "x", "631101", 12).nik)
    window.refresh()
    window.register.select_request(record.id)
    window.register.focus_table()
    answered = on_next_dialog(lambda dialog: key_into(dialog.reason, Qt.Key.Key_Escape), ReasonDialog)  # cancelled
    press(qtbot, Qt.Key.Key_K, ALT)  # Dibatalkan…
    qtbot.waitUntil(lambda: bool(answered))
    assert rows(window, COL_STATUS) == ["Diterima"]
    assert "Dibatalkan" not in window.register.detail.timeline.text()
    window.close()
    QApplication.processEvents()
