"""The New request form: messages at the field, Save explaining itself, returning visitors filled in."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.domain.nik import make_nik
from desk.store.access import OFFICER
from desk.store.database import Database
from desk.store.models import ServiceRequest
from desk.ui.intake import dialog as intake_module
from desk.ui.intake.dialog import NewRequestDialog
from desk.ui.widgets import dialogs
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import (  # noqa: F401
    draft,
    focused,
    open_main_window,
    open_new_request,
    press,
    settings_dir,
    type_text,
)

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier


def open_dialog(qtbot: QtBot, db: Database) -> NewRequestDialog:
    return open_new_request(qtbot, db)


def request_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ServiceRequest)) or 0


def test_invalid_nik_blocks_saving_with_its_message(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    type_text(qtbot, "6311044105950000")  # serial 0000 does not exist
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Siti Aminah")
    dialog.service.setFocus()
    type_text(qtbot, "U4")
    press(qtbot, Qt.Key.Key_Tab)
    dialog.validate_now()

    message = dialog.error_labels["nik"]
    assert message.isVisible() and message.text() == "Nomor urut NIK tidak boleh 0000."
    assert list(dialog.errors) == ["nik"]  # nothing else is wrong
    assert not dialog.save_button.isEnabled()
    assert dialog.save_reason.text() == "Belum dapat disimpan: Nomor urut NIK tidak boleh 0000."
    assert dialog.save_button.toolTip() == dialog.save_reason.text()
    dialog.notes.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert focused() is dialog.nik  # the failed save takes the officer to the field at fault
    dialog.notes.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter on the last field tries to save as well
    assert focused() is dialog.nik
    assert request_count(db) == 0 and dialog.isVisible()

    dialog.nik.setText(make_nik("631104", date(1995, 5, 1), "P", 1))
    dialog.validate_now()
    assert not dialog.error_labels["nik"].isVisible() and dialog.save_button.isEnabled()
    assert dialog.nik_hint.text() == "Perempuan, lahir 1 Mei 1995"
    assert dialog.sex.currentData() == "P"


def test_messages_wait_until_the_field_is_left(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    type_text(qtbot, "6311")
    dialog.validate_now()
    assert not dialog.error_labels["nik"].isVisible()  # still typing: no shouting
    assert dialog.error_labels["name"].text() == ""  # not visited yet
    assert dialog.save_reason.text() == "Belum dapat disimpan: NIK harus 16 angka (terisi 4)."  # but Save says why
    press(qtbot, Qt.Key.Key_Tab)
    dialog.validate_now()
    assert dialog.error_labels["nik"].isVisible()  # left half-typed: now it is said
    assert dialog.error_labels["nik"].text() == "NIK harus 16 angka (terisi 4)."
    type_text(qtbot, "0212 555")  # a landline
    press(qtbot, Qt.Key.Key_Tab)
    dialog.validate_now()
    assert dialog.error_labels["phone"].isVisible()
    assert "Nomor telepon rumah atau kantor tidak dapat dipakai" in dialog.error_labels["phone"].text()


def test_returning_visitor_is_filled_in_from_the_nik(qtbot: QtBot, db: Database) -> None:
    nik = make_nik("631105", date(1972, 2, 9), "P", 21)
    saved_walk_in(db, "Hj. Rusmilawati", "U3", nik=nik, sex="P", phone="0852-4888-1020",
                  address="Jl. Jend. Sudirman No. 5", kecamatan_code="63.11.05", organisation="Kue Bingka Amang",
                  organisation_kind="umkm")
    dialog = open_dialog(qtbot, db)
    type_text(qtbot, nik)  # the 16th digit finds her at once

    assert dialog.visitor_note.isVisible() and "Pemohon lama ditemukan: Hj. Rusmilawati" in dialog.visitor_note.text()
    assert dialog.name.text() == "Hj. Rusmilawati"
    assert dialog.phone.text() == "0852-****-1020"  # her stored phone, masked (she typed only the NIK)
    assert dialog.sex.currentData() == "P"
    assert dialog.address.toPlainText() == "Jl. Jend. Sudirman No. 5"
    assert dialog.region.kecamatan.currentData() == "63.11.05"
    assert dialog.organisation.text() == "Kue Bingka Amang"
    assert dialog.organisation_kind.currentData() == "umkm"


def test_returning_visitor_is_found_by_phone_without_overwriting_what_was_typed(qtbot: QtBot, db: Database) -> None:
    saved_walk_in(db, "Ahmad Fauzan", nik=make_nik("631103", date(1990, 3, 14), "L", 5), phone="0821-5301-7788",
                  address="Desa Lok Batu")
    dialog = open_dialog(qtbot, db)
    press(qtbot, Qt.Key.Key_Tab)  # no NIK with him today
    type_text(qtbot, "+62 821 5301 7788")
    dialog.address.setPlainText("Alamat baru")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the phone field looks it up
    assert dialog.name.text() == "Ahmad Fauzan"
    assert dialog.nik.text() == "6311********0005"  # his stored NIK, masked (tests/ui/test_intake_privacy.py)
    assert dialog.address.toPlainText() == "Alamat baru"


def test_a_visitor_from_outside_the_regency_must_say_where_from(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    dialog.name.setText("Yusuf")
    dialog.service.select_service(dialog.service.itemData(0))
    outside = dialog.region.kecamatan.count() - 1
    dialog.region.kecamatan.setCurrentIndex(outside)
    assert dialog.region.region_text.isEnabled() and not dialog.region.desa.isVisible()
    dialog.save()
    assert dialog.error_labels["region"].text() == "Isi daerah asal pemohon dari luar Kabupaten Balangan."
    assert request_count(db) == 0
    dialog.region.region_text.setText("Kabupaten Tabalong, Kecamatan Tanjung")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert dialog.saved_record is not None and dialog.saved_record.visitor_address == "Kabupaten Tabalong, Kecamatan Tanjung"


def test_what_the_store_refuses_goes_back_to_its_field_and_the_typing_stays(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.store.requests import InvalidRequest

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise InvalidRequest({"service": "Layanan ini tidak tersedia lagi. Pilih layanan lain."})

    monkeypatch.setattr(intake_module.walk_in, "save_walk_in", refuse)
    dialog = open_dialog(qtbot, db)
    dialog.name.setText("Budi Santoso")
    dialog.service.select_service(dialog.service.itemData(0))
    dialog.save()
    assert dialog.error_labels["service"].text() == "Layanan ini tidak tersedia lagi. Pilih layanan lain."
    assert dialog.isVisible() and dialog.name.text() == "Budi Santoso" and dialog.saved_record is None


def test_escape_asks_before_throwing_the_typing_away(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    asked: list[bool] = []

    def confirm(_parent: object, question: str) -> bool:
        assert question == "Isian permohonan ini belum disimpan. Buang isian ini?"
        asked.append(True)
        return answers[len(asked) - 1]

    monkeypatch.setattr(dialogs, "confirm_discard", confirm)
    dialog = open_dialog(qtbot, db)
    type_text(qtbot, "6311")
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.nik.text() == "6311"
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2


def test_ctrl_q_with_a_typed_request_asks_and_desk_stays_open_with_it(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(dialogs, "confirm_discard", lambda _parent, question: questions.append(question) or next(answers))
    window = open_main_window(qtbot, db, user_with_role(db, OFFICER, "Rahmat Hidayat"))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.nik)
    type_text(qtbot, "6311")
    window.quit()  # what Ctrl+Q does
    assert window.isVisible() and dialog.isVisible() and dialog.nik.text() == "6311"
    window.quit()
    assert not window.isVisible()
    assert questions == ["Isian permohonan ini belum disimpan. Buang isian ini?"] * 2
