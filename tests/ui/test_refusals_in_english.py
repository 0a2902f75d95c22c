"""Refusals of the store and the domain, provoked through real screens by keys, said in the screen's language:
English on an English screen (no Indonesian left in them), the same Indonesian as before on an Indonesian one.
Numbers and times inside them are written the screen's way too (no "pukul" in English, "50.0%" not "50,0%")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desk.domain.text_id import MONTH_NAMES
from desk.store import accounts, complaints, forums
from desk.store.access import ADMIN, OFFICER
from desk.store.database import Database
from desk.store.work import office_context
from desk.ui import translations
from desk.ui.accounts.idle_lock import IdleLock
from desk.ui.actions import AppAction
from desk.ui.complaints import AREA_KEY, ComplaintsPage
from desk.ui.complaints.new_dialog import NewComplaintDialog
from desk.ui.survey.area import SurveyArea
from desk.ui.widgets import dialogs
from tests.complaint_samples import docx_bytes, siti
from tests.factories import user_with_role
from tests.ui.helpers import focused, open_main_window, open_new_request, press, settings_dir, type_text  # noqa: F401
from tests.ui.test_forums_ui import AHMAD, NOOR, a_forum, open_forums, today_at_nine  # noqa: F401
from tests.ui.test_recaps_ui import open_area

pytestmark = pytest.mark.usefixtures("settings_dir")

PASSWORD = "Balangan#2026"


@pytest.fixture(params=["en", "id"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert translations.install(qapp, request.param) == request.param
    yield request.param
    translations.uninstall(qapp)


def said(language: str, english: str, indonesian: str) -> str:
    return english if language == "en" else indonesian


def test_a_nik_of_the_wrong_length_in_the_new_request_dialog(qtbot: QtBot, db: Database, language: str) -> None:
    dialog = open_new_request(qtbot, db)
    type_text(qtbot, "631104")
    dialog.validate_now()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # a tried save shows every message
    assert dialog.error_labels["nik"].text() == said(language, "The NIK must be 16 digits (6 typed).",
                                                     "NIK harus 16 angka (terisi 6).")


def test_a_backwards_range_of_dates_in_the_recaps(qtbot: QtBot, db: Database, language: str) -> None:
    _window, area = open_area(qtbot, db)
    qtbot.keyClick(area, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "Dat" if language == "en" else "Ren")  # the kind of period, by its first letters
    assert area.kind.currentData() == "rentang"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is area.first.edit
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "15102026")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "01092026")
    press(qtbot, Qt.Key.Key_Tab)
    expected = said(language, "The end date of the period cannot be before the start date.",
                    "Tanggal akhir periode tidak boleh sebelum tanggal awal.")
    qtbot.waitUntil(lambda: area.message.text() == expected)


def test_answers_that_are_not_nine_digits_on_a_paper_survey_form(qtbot: QtBot, db: Database, language: str) -> None:
    window = open_main_window(qtbot, db, user_with_role(db, OFFICER, "Rahmat Hidayat"))
    window.action(AppAction.SURVEY_PAPER).trigger()
    area = window.areas["survey"]
    assert isinstance(area, SurveyArea) and area.paper is not None
    paper = area.paper
    qtbot.waitUntil(lambda: focused() is paper.answers)
    type_text(qtbot, "4444")
    press(qtbot, Qt.Key.Key_Return)
    assert paper.message.text() == said(
        language, "The answers must be nine digits 1–4 (a - for a question not answered).",
        "Jawaban harus sembilan angka 1–4 (tanda - untuk pertanyaan yang tidak dijawab).")
    assert paper.forms == []


def test_the_forums_share_of_the_invited_present_in_its_summary(
        qtbot: QtBot, db: Database, open_forums, language: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    forum = a_forum(db, today_at_nine(), AHMAD, NOOR)
    ahmad = next(p for p in forums.list_participants(db, forum) if p.name == "Ahmad Fauzi")
    forums.check_in(db, ahmad.id)
    _window, page = open_forums(OFFICER, "Rahmat Hidayat")
    assert page.recap.summary.text() == said(
        language, "2 invited; 1 came (50.0%). Present without invitation: 0. Number present: 1.",
        "Diundang 2 orang; yang hadir 1 orang (50,0%). Hadir tanpa undangan: 0 orang. Jumlah yang hadir: 1 orang.")


def test_an_anonymous_complainant_in_the_complaints_list(qtbot: QtBot, db: Database, language: str) -> None:
    officer = user_with_role(db, OFFICER, "Rahmat Hidayat")
    complaints.record_complaint(db.as_user(officer), siti(anonymous=True, name="", phone="", email="", address="",
                                                          contact_consent=False))
    window = open_main_window(qtbot, db, officer)
    window.show_area(AREA_KEY)
    page = window.areas[AREA_KEY]
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 2).text() == said(language, "Anonymous", "Anonim")


def test_the_lock_screen_says_when_a_locked_account_opens_again(qtbot: QtBot, db: Database, language: str) -> None:
    admin = accounts.create_first_admin(db, "admin", "Syifa Miratil Hayati", PASSWORD).value.actor
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, db, admin, timeout_ms=100)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    screen = lock.screen
    assert screen is not None
    for _ in range(accounts.MAX_FAILED_ATTEMPTS):
        screen.password.clear()
        qtbot.keyClicks(screen.password, "bukan-ini")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    text = screen.error.text()
    assert text.startswith(said(language, "Account locked after 5 wrong passwords. Try again after ",
                                "Akun dikunci karena 5 kali salah kata sandi. Coba lagi setelah pukul "))
    assert " WITA" in text
    assert ("pukul" in text) == (language == "id")
    lock.stop()


def test_an_attachment_that_is_not_an_image_or_pdf_and_one_that_is_empty(
        qtbot: QtBot, db: Database, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "inform", lambda *_args, **_kwargs: None)  # the note under the list says it
    officer = user_with_role(db, OFFICER, "Rahmat Hidayat")
    complaints.record_complaint(db.as_user(officer), siti())
    window = open_main_window(qtbot, db, officer)
    window.show_area(AREA_KEY)
    page = window.areas[AREA_KEY]
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    letter = tmp_path / "surat.pdf"
    letter.write_bytes(docx_bytes())
    assert not page.attach_path(letter)
    assert page.detail.attachment_note.text() == said(
        language, 'Attachment not saved. The file "surat.pdf" is not an image (PNG or JPEG) or a PDF, even if its '
                  'name may end like one. Save it again as a PDF or a JPEG photo, then attach it again.',
        'Lampiran tidak disimpan. Berkas "surat.pdf" bukan gambar (PNG atau JPEG) atau PDF, walau namanya mungkin '
        'berakhiran demikian. Simpan ulang sebagai PDF atau foto JPEG, lalu lampirkan lagi.')
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    assert not page.attach_path(empty)
    assert page.detail.attachment_note.text().endswith(said(
        language, 'The file "kosong.jpg" is empty (0 bytes). Choose the right scan or photo file.',
        'Berkas "kosong.jpg" kosong (0 bait). Pilih berkas hasil pindaian atau foto yang benar.'))


def test_a_complaint_text_too_long_counts_its_limit_the_screens_way(qtbot: QtBot, db: Database,
                                                                     language: str) -> None:
    officer = user_with_role(db, OFFICER, "Rahmat Hidayat")
    window = open_main_window(qtbot, db, officer)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.areas[AREA_KEY]
    assert isinstance(page, ComplaintsPage) and isinstance(page.dialog, NewComplaintDialog)
    dialog = page.dialog
    qtbot.waitUntil(lambda: focused() is dialog.kind)
    dialog.description.setPlainText("a" * 10_001)  # pasted: typing ten thousand keys proves nothing more
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.recorded is None
    assert dialog.error_labels["description"].text() == said(
        language, "The text is too long (at most 10,000 characters).", "Isi terlalu panjang (maksimal 10.000 huruf).")
    dialog.reject()


def test_the_complaints_summary_names_its_month_and_counts_in_the_screens_language(
        qtbot: QtBot, db: Database, language: str) -> None:
    officer = user_with_role(db, OFFICER, "Rahmat Hidayat")
    complaints.record_complaint(db.as_user(officer), siti())
    window = open_main_window(qtbot, db, user_with_role(db, ADMIN, "Nur Aisyah"))
    window.show_area(AREA_KEY)
    page = window.areas[AREA_KEY]
    assert isinstance(page, ComplaintsPage)
    recap = page.open_recap()
    qtbot.addWidget(recap)
    month = office_context(db).today.month
    named = said(language, ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                            "October", "November", "December")[month - 1], MONTH_NAMES[month - 1])
    assert recap.month.currentText() == named
    assert recap.summary.text().startswith(f"{named} {office_context(db).today.year}: 1 " + said(
        language, "received, 0 responded to", "diterima, 0 ditanggapi"))
    assert recap.tables["kind"].item(0, 0).text() == said(language, "Complaint", "Pengaduan")
    recap.close()
