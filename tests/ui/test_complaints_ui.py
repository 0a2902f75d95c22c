"""The Pengaduan area driven by keys: record a complaint, move it through its flow, print its papers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.domain.complaints import Deadlines
from desk.domain.intake import RequestDraft
from desk.store import complaint_settings, complaints, walk_in
from desk.store.access import ADMIN, HEAD, OFFICER, Actor
from desk.store.database import Database
from desk.ui.actions import AppAction
from desk.ui.complaints import AREA_KEY, ComplaintsPage
from desk.ui.complaints.new_dialog import NewComplaintDialog
from desk.ui.complaints.step_dialog import StepDialog
from desk.ui.main_window import MainWindow
from desk.ui.widgets import dialogs
from tests.complaint_samples import docx_bytes, jpeg_bytes, siti
from tests.documents.pdfcheck import text
from tests.factories import user_with_role
from tests.ui.helpers import focused, open_main_window, press, service_id, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


def user(db: Database, username: str, role: str) -> Actor:
    return user_with_role(db, role, username.title(), username=username, password="Mampari#2026")


@pytest.fixture
def officer(db: Database) -> Actor:
    return user(db, "rahmat", OFFICER)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the screens tell the officer in a message box (title, text), instead of a modal box."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda _parent, title, message, problem=False: said.append((title, message)))
    return said


def area(window: MainWindow) -> ComplaintsPage:
    page = window.areas[AREA_KEY]
    assert isinstance(page, ComplaintsPage)
    return page


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def test_a_complaint_is_recorded_by_keyboard_and_its_receipt_opens(
        qtbot: QtBot, db: Database, officer: Actor, told: list[tuple[str, str]]) -> None:
    counter = db.as_user(officer)
    request = walk_in.save_walk_in(counter, RequestDraft(service_id=service_id(db, "P1"), name="Ahmad Fauzi",
                                                         phone="0813 5000 1234")).value.request
    window = open_main_window(qtbot, db, officer)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    page = area(window)
    assert window.tabs.currentWidget() is page
    dialog = page.dialog
    assert isinstance(dialog, NewComplaintDialog)
    qtbot.waitUntil(lambda: focused() is dialog.kind)

    tab(qtbot)  # Saluran
    type_text(qtbot, "w")  # WhatsApp
    assert dialog.channel.currentText() == "WhatsApp" and not dialog.lapor_id.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)  # too early: nothing saved, the first problem gets the cursor
    assert dialog.recorded is None and focused() is dialog.name
    assert dialog.error_labels["name"].isVisibleTo(dialog)
    assert "Nama pelapor wajib diisi" in dialog.error_labels["name"].text()

    type_text(qtbot, "Siti Rahmah")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.phone
    type_text(qtbot, "0812 3456 7890")
    tab(qtbot, 3)  # e-mail, address, then the consent box
    assert focused() is dialog.contact_consent
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    assert focused() is dialog.request_edit
    type_text(qtbot, request.ref_number)
    tab(qtbot)  # leaving the field looks the number up: the request's service and unit fill in
    assert dialog.request is not None and dialog.request.id == request.id
    assert "Ahmad Fauzi" in dialog.request_note.text()
    assert dialog.unit.currentText() == "Penempatan"
    assert focused() is dialog.is_applicant
    tab(qtbot, 3)  # unit and service were filled in from the request
    assert focused() is dialog.subject
    type_text(qtbot, "Kartu AK/I belum selesai")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.description
    type_text(qtbot, "Sudah dua minggu kartu belum dapat diambil.")
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    record = page.detail.record
    assert record is not None and record.number.startswith("0001/PGD/DKUKMTK/")
    assert (record.name, record.phone_masked, record.request_number) == ("Siti Rahmah", "0812-****-7890",
                                                                          request.ref_number)
    assert record.channel_label == "WhatsApp" and record.contact_consent
    assert page.table.item(0, 0).text() == record.number and page.table.item(0, 2).text() == "Siti Rahmah"
    receipt = text(page.preview.pdf_bytes)
    assert record.number in receipt and "TANDA TERIMA PENGADUAN" in receipt and "Tanggapan paling lambat" in receipt
    assert told == []


def test_an_anonymous_complaint_closes_the_identity_fields(qtbot: QtBot, db: Database, officer: Actor) -> None:
    window = open_main_window(qtbot, db, officer)
    window.ensure_area(AREA_KEY)
    page = area(window)
    dialog = page.new_complaint()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setText("Siti")
    qtbot.keyClick(dialog.anonymous, Qt.Key.Key_Space)
    assert dialog.anonymous.isChecked() and dialog.name.text() == "" and not dialog.name.isEnabled()
    assert not dialog.contact_consent.isEnabled()


def test_escape_asks_before_a_typed_complaint_is_thrown_away(
        qtbot: QtBot, db: Database, officer: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    answers = iter([False, True])  # keep typing, then throw it away
    monkeypatch.setattr(dialogs, "confirm_discard", lambda _parent, question: questions.append(question) or next(answers))
    window = open_main_window(qtbot, db, officer)
    window.ensure_area(AREA_KEY)
    dialog = area(window).new_complaint()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Escape)  # nothing typed yet: closes without a question
    assert not dialog.isVisible() and questions == []

    dialog = area(window).new_complaint()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name, "Siti Aminah")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name.text() == "Siti Aminah"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.recorded is None
    assert questions == ["Isian pengaduan ini belum disimpan. Buang isian ini?"] * 2


def test_a_complaint_moves_through_its_flow_by_keys_and_its_reply_is_printed(
        qtbot: QtBot, db: Database, officer: Actor, told: list[tuple[str, str]]) -> None:
    saved = complaints.record_complaint(db.as_user(officer), siti()).value.complaint
    window = open_main_window(qtbot, db, officer)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    page = area(window)
    assert page.detail.record is not None and page.detail.record.id == saved.id

    def mnemonic(key: Qt.Key) -> StepDialog:
        """Alt+<key> on the area: a button's mnemonic clicks it a moment later (animateClick)."""
        qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))  # back from the last dialog
        page.step_dialog = None
        press(qtbot, key, ALT)
        qtbot.waitUntil(lambda: page.step_dialog is not None and page.step_dialog.isVisible())
        dialog = page.step_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isActiveWindow)  # Ctrl+Enter is a shortcut: it reaches the active window only
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        return dialog

    def step(key: Qt.Key, words: str = "") -> None:
        dialog = mnemonic(key)
        if words:
            type_text(qtbot, words)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    step(Qt.Key.Key_V, "Identitas dan isi sudah jelas.")
    assert page.detail.status.text() == "Diverifikasi"
    assert not page.detail.step_buttons[complaints.S.VERIFIED].isVisible()

    forward = mnemonic(Qt.Key.Key_T)  # forward: the unit first, whom it is addressed to filled in
    assert focused() is forward.unit and forward.addressee.text() == "Kepala Bidang Penempatan"
    tab(qtbot, 2)
    type_text(qtbot, "Mohon segera ditindaklanjuti.")
    qtbot.keyClick(forward, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.detail.status.text() == "Diteruskan ke unit")

    step(Qt.Key.Key_D, "Kartu sedang dicetak; pelapor dihubungi.")
    assert page.detail.status.text() == "Ditindaklanjuti"

    closing = mnemonic(Qt.Key.Key_S)  # closing needs the answer
    qtbot.keyClick(closing, Qt.Key.Key_Return, CTRL)
    assert closing.isVisible() and "Jawaban wajib diisi" in closing.problem.text()
    type_text(qtbot, "Kartu AK/I sudah dapat diambil di loket.")
    qtbot.keyClick(closing, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not closing.isVisible())

    record = page.detail.record
    assert record is not None and record.status == "selesai" and record.answer.startswith("Kartu AK/I sudah")
    timeline = page.detail.timeline.text()
    for label in ("Diterima", "Diverifikasi", "Diteruskan ke unit", "Ditindaklanjuti", "Selesai",
                  "Penempatan (Kepala Bidang Penempatan)", "Kartu sedang dicetak"):
        assert label in timeline
    assert page.table.item(0, 4).text() == "Selesai" and page.table.item(0, 5).text() == "—"

    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_J, ALT)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    letter = text(page.preview.pdf_bytes)
    assert "Yth. Sdr. Siti Rahmah" in letter and "Kartu AK/I sudah dapat diambil di loket." in letter
    assert told == []


def test_an_attachment_that_is_not_an_image_or_pdf_is_refused_with_a_message_and_nothing_saved(
        qtbot: QtBot, db: Database, officer: Actor, tmp_path: Path, told: list[tuple[str, str]]) -> None:
    saved = complaints.record_complaint(db.as_user(officer), siti()).value.complaint
    window = open_main_window(qtbot, db, officer)
    window.show_area(AREA_KEY)
    page = area(window)
    word = tmp_path / "surat pengaduan.pdf"
    word.write_bytes(docx_bytes())
    assert not page.attach_path(word)
    assert "bukan gambar (PNG atau JPEG) atau PDF" in page.detail.attachment_note.text()
    assert page.detail.attachment_note.isVisible() and told and told[0][0] == "Lampiran tidak disimpan"
    assert complaints.complaint(db.as_user(officer), saved.id).attachments == ()
    photo = tmp_path / "foto loket.jpg"
    photo.write_bytes(jpeg_bytes())
    assert page.attach_path(photo)
    assert page.detail.attachments.count() == 1 and "Foto JPEG" in page.detail.attachments.item(0).text()
    assert not page.detail.attachment_note.isVisible()


def test_overdue_complaints_are_red_and_the_head_sees_names_masked(
        qtbot: QtBot, db: Database, officer: Actor) -> None:
    complaints.record_complaint(db.as_user(officer), siti(), now=datetime(2025, 1, 6, 1, 0, tzinfo=UTC))
    complaints.record_complaint(db.as_user(officer), siti(name="Budi Santoso", subject="Baru"))
    head = user(db, "kadis", HEAD)
    window = open_main_window(qtbot, db, head)
    window.show_area(AREA_KEY)
    page = area(window)
    late_row = next(i for i, r in enumerate(page.rows) if r.overdue)
    fresh_row = next(i for i, r in enumerate(page.rows) if not r.overdue)
    assert page.table.item(late_row, 0).foreground().color().name() == "#a40000"
    assert page.table.item(fresh_row, 0).foreground().color().name() != "#a40000"
    assert page.table.item(late_row, 5).text().endswith("(terlambat)")
    assert {page.table.item(i, 2).text() for i in range(page.table.rowCount())} == {"S*** R*****", "B*** S******"}
    assert "1 terlambat" in page.count.text()
    assert not page.new_button.isVisible() and not window.action(AppAction.NEW_COMPLAINT).isVisible()


def test_the_admin_reads_the_recap_and_sets_the_deadlines(qtbot: QtBot, db: Database, officer: Actor) -> None:
    counter = db.as_user(officer)
    answered = complaints.record_complaint(counter, siti()).value.complaint
    complaints.move_complaint(counter, answered.id, "ditolak", "Tidak jelas.")
    complaints.record_complaint(counter, siti(channel="surat"))
    admin = user(db, "admin", ADMIN)
    window = open_main_window(qtbot, db, admin)
    window.show_area(AREA_KEY)
    page = area(window)

    recap = page.open_recap()
    qtbot.addWidget(recap)
    summary = recap.summary.text()
    assert "2 diterima, 1 ditanggapi (1 tepat waktu, 0 terlambat; 100,0% tepat waktu)" in summary
    assert recap.tables["channel"].item(3, 0).text() == "Surat" and recap.tables["channel"].item(3, 1).text() == "1"
    recap.span.setCurrentIndex(1)  # the whole year
    assert recap.summary.text().startswith("Tahun ")
    recap.close()

    settings = page.open_settings()
    qtbot.addWidget(settings)
    settings.pattern.setText("{seq}")
    settings.save()
    assert settings.isVisible() and "{unit}" in settings.problem.text()
    settings.pattern.setText("{seq:04d}/{unit}/{office}/{month_roman}/{year}")
    settings.spins[("informasi", "respond")].setValue(7)
    settings.save()
    assert not settings.isVisible()
    assert complaint_settings.complaint_settings(db).deadlines_of("informasi") == Deadlines(3, 7, 10)


def test_the_request_is_found_by_name_with_f4_and_picked_with_enter(
        qtbot: QtBot, db: Database, officer: Actor) -> None:
    counter = db.as_user(officer)
    for name in ("Ahmad Fauzi", "Noor Aisyah"):
        walk_in.save_walk_in(counter, RequestDraft(service_id=service_id(db, "B1"), name=name))
    window = open_main_window(qtbot, db, officer)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = area(window).dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.kind)
    qtbot.keyClick(dialog, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.isVisible())
    picker = dialog.picker
    assert picker is not None
    qtbot.waitUntil(lambda: focused() is picker.search)
    type_text(qtbot, "aisyah")
    picker.search.flush()
    assert picker.table.rowCount() == 1 and picker.table.item(0, 2).text() == "Noor Aisyah"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert dialog.request is not None and dialog.request.visitor_name == "Noor Aisyah"
    assert dialog.service.currentText().startswith("B1 — ") and dialog.request_edit.text() == dialog.request.ref_number
