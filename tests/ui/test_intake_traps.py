"""The New request form without traps: the service stays chosen, the NIK's region is used, nothing is clipped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.intake import MAX_NAME, MAX_NOTES, MAX_ORGANISATION, MAX_REGION_TEXT
from desk.domain.nik import make_nik
from desk.store.database import Database
from desk.ui.intake import dialog as intake_module
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import focused, open_main_window, open_new_request, press, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier


def wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    QApplication.sendEvent(widget, QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))


def test_once_chosen_the_service_moves_on_to_its_checklist_and_no_key_changes_it(qtbot: QtBot, db: Database) -> None:
    dialog = open_new_request(qtbot, db)
    dialog.service.setFocus()
    type_text(qtbot, "kartu")  # P1 and P2 contain it
    popup = dialog.service.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    # The suggestions hold the keyboard while open (on a real screen they grab it; here they get the keys).
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is dialog.standard.checklist)  # where "centang … (Spasi)" points
    chosen = dialog.service.service_id()
    assert dialog.service.currentText().startswith("P1 — ")
    facts = dialog.standard.facts.text()
    assert "<b>P1 — Penerbitan Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/I) Baru</b>" in facts
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.standard.ticks()[:3] == (True, True, False) and dialog.service.service_id() == chosen

    dialog.service.setFocus()  # back in the service field: arrows and Space never pick another service
    listing = dialog.service.view()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
        qtbot.keyClick(dialog.service, key)
        qtbot.waitUntil(listing.isVisible)  # the list opens to browse; nothing is chosen yet
        assert dialog.service.service_id() == chosen
        qtbot.keyClick(listing, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not listing.isVisible())
    qtbot.keyClick(dialog.service, Qt.Key.Key_Space)
    assert dialog.service.service_id() == chosen and dialog.service.currentText().startswith("P1 — ")
    wheel(dialog.sex)  # nor the wheel over it or over another choice
    wheel(dialog.service)
    assert dialog.service.service_id() == chosen and dialog.sex.currentData() == ""


def test_the_names_people_use_find_the_service(qtbot: QtBot, db: Database) -> None:
    """"kartu kuning" (P1's everyday name, also in P2's "perpanjangan kartu kuning") offers both, P1 first;
    an alias of one service typed whole ("AK1", "PMI") is that service once the field is left."""
    dialog = open_new_request(qtbot, db)
    dialog.service.setFocus()
    type_text(qtbot, "kartu kuning")
    popup = dialog.service.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert [text.split(" — ")[0] for text in offered] == ["P1", "P2"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is dialog.standard.checklist)
    assert dialog.service.currentText().startswith("P1 — Penerbitan Kartu Tanda Bukti")  # the name, not the alias

    dialog.reject()

    for typed, code in (("pmi", "P3"), ("AK1", "P1")):
        dialog = open_new_request(qtbot, db)
        dialog.service.setFocus()
        type_text(qtbot, typed)
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda code=code, picker=dialog.service: picker.currentText().startswith(f"{code} — "))
        assert dialog.standard.facts.text().count(f"<b>{code} — ") == 1


def test_service_lists_show_whole_names_with_their_codes(qtbot: QtBot, db: Database) -> None:
    dialog = open_new_request(qtbot, db)
    picker = dialog.service
    assert all(picker.itemText(i)[:3].rstrip(" —") == picker.itemText(i).split(" — ")[0] for i in range(picker.count()))
    for view in (picker.completer().popup(), picker.view()):
        assert view.textElideMode() == Qt.TextElideMode.ElideNone and view.wordWrap()  # wrapped, never "…" inside


def test_the_niks_kecamatan_is_preselected_and_a_nik_from_elsewhere_is_from_outside(
    qtbot: QtBot, db: Database
) -> None:
    dialog = open_new_request(qtbot, db)
    type_text(qtbot, make_nik("631104", date(1995, 5, 1), "P", 7))
    dialog.validate_now()
    assert dialog.region.kecamatan.currentText() == "Batumandi" and dialog.region.desa.isEnabled()

    dialog.nik.selectAll()
    type_text(qtbot, make_nik("630902", date(1990, 7, 1), "P", 3))  # Tabalong, next door
    dialog.validate_now()
    hint = dialog.nik_hint.text()
    assert hint == "Perempuan, lahir 1 Juli 1990; terdaftar di luar Kabupaten Balangan (kode wilayah 63.09.02)"
    assert "Periksa kembali" not in hint and "nik" not in dialog.errors
    assert dialog.region.outside and dialog.region.region_text.isVisible()  # "Luar Kabupaten Balangan"
    assert dialog.region.kecamatan.currentText() == "Luar Kabupaten Balangan"

    dialog.region.kecamatan.setFocus()
    type_text(qtbot, "Juai")  # the officer's own choice stands
    dialog.nik.setFocus()
    dialog.nik.selectAll()
    type_text(qtbot, make_nik("631104", date(1995, 5, 1), "P", 8))
    dialog.validate_now()
    assert dialog.region.kecamatan.currentText() == "Juai"


def test_a_long_nik_warning_is_shown_whole(qtbot: QtBot, db: Database) -> None:
    dialog = open_new_request(qtbot, db)
    type_text(qtbot, "6311994105950001")  # Balangan, but no kecamatan 99: a three-line warning
    dialog.validate_now()
    hint = dialog.nik_hint
    qtbot.waitUntil(hint.isVisible)
    QApplication.processEvents()
    assert "63.11.99" in hint.text()
    assert hint.height() >= hint.heightForWidth(hint.width())  # every line has its room
    above = dialog.nik.mapTo(dialog, QPoint(0, dialog.nik.height()))
    assert hint.mapTo(dialog, QPoint(0, 0)).y() >= above.y()  # not under the field


def test_the_fields_stop_where_the_store_stops(qtbot: QtBot, db: Database) -> None:
    dialog = open_new_request(qtbot, db)
    assert (dialog.name.maxLength(), dialog.organisation.maxLength(), dialog.region.region_text.maxLength(),
            dialog.notes.maxLength()) == (MAX_NAME, MAX_ORGANISATION, MAX_REGION_TEXT, MAX_NOTES)
    dialog.organisation.setFocus()
    type_text(qtbot, "U" * (MAX_ORGANISATION + 5))
    assert len(dialog.organisation.text()) == MAX_ORGANISATION


def test_a_second_open_request_for_the_same_need_offers_the_open_one(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    nik = make_nik("631104", date(1990, 3, 14), "L", 41)
    officer = user_with_role(db, name="Rahmat Hidayat")
    first = saved_walk_in(db.as_user(officer), "H. Muhammad Ma'ruf, S.Pd.", "K1", nik=nik)
    window = open_main_window(qtbot, db, officer)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.nik)
    type_text(qtbot, nik)
    assert dialog.visitor_note.text().startswith("Pemohon lama ditemukan: H. Muhammad Ma'ruf, S.Pd. Data")
    dialog.service.setFocus()
    type_text(qtbot, "K1")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.duplicate_note.isVisible() and first.ref_number in dialog.duplicate_note.text()

    asked: list[str] = []

    def open_it(_parent: QWidget, existing: object) -> str:
        asked.append(existing.ref_number)  # type: ignore[attr-defined]
        return intake_module.OPEN_EXISTING

    monkeypatch.setattr(intake_module, "ask_about_duplicate", open_it)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert asked == [first.ref_number]
    qtbot.waitUntil(lambda: window.intake_dialog is None)  # nothing saved; the form made way for the open one
    assert window.register.current_request_id() == first.id and window.register.model.rowCount() == 1
    window.close()
