"""Desk in English (`desk --lang en`, or the PC's setting): the main window, its menus and its areas show
no Indonesian of Desk's own, while the office's data (service and unit names, people) stays as entered and
printed documents stay Indonesian. Qt speaks its own English then: the Indonesian Qt catalog is not loaded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desk.domain import text_id
from desk.domain.messages import N_
from desk.store import complaints, standards
from desk.store.access import ADMIN
from desk.store.database import Database
from desk.ui import translations
from desk.ui.actions import AppAction
from desk.ui.main_window import MainWindow
from desk.ui.settings import LANGUAGE
from tests.complaint_samples import siti
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.i18n_support import desk_english_on_screen, indonesian_on_screen, visible_texts
from tests.ui.helpers import (
    on_next_dialog,
    open_main_window,
    open_new_request,
    save_request,
    settings_dir,  # noqa: F401
)

pytestmark = pytest.mark.usefixtures("settings_dir")

# Every area, the recaps ("Summary") included: their tables' headings come from the store, marked for the catalog.
ENGLISH_AREAS = ("Today", "Service Register", "Service Standards", "Public Consultation Forum", "Complaints",
                 "Administration", "Satisfaction Survey", "Summary")


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


def some_work(db: Database) -> None:
    """A request, a complaint and a few survey forms, so the areas show rows, details and results."""
    officer = user_with_role(db, name="Rahmat Hidayat")
    saved_walk_in(db, "Siti Aminah")
    complaints.record_complaint(db.as_user(officer), siti())


def test_the_main_window_menus_and_areas_in_english(qtbot: QtBot, db: Database, english: None) -> None:
    some_work(db)
    window = open_main_window(qtbot, db, user_with_role(db, ADMIN, "Nur Aisyah"))
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Today", "Service Register", "Service Standards", "Public Consultation Forum",
                      "Complaints", "Administration", "Satisfaction Survey", "Summary"]
    assert [plain for _where, plain in visible_texts([window.menuBar()]) if _where == "QMenuBar action"] == [
        "File", "View", "Request", "Account", "Help"]
    shown = [window.menuBar(), window.statusBar()]
    for index, title in enumerate(titles):
        window.tabs.setCurrentIndex(index)
        if title in ENGLISH_AREAS:
            shown.append(window.tabs.widget(index))
    assert sorted(ENGLISH_AREAS) == sorted(t for t in titles if t in ENGLISH_AREAS)
    found = indonesian_on_screen(shown, [*office_data(db, window), siti().subject, siti().description])
    assert found == [], "\n".join(found)
    heading = window.tabs.widget(0).findChild(QLabel, "today_heading")
    assert heading is not None and heading.text().startswith("Today — ") and re.search(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ",
                                                                 heading.text())


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


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    assert translations.install(qapp, "id") == "id"
    yield
    translations.uninstall(qapp)


def test_the_same_areas_in_indonesian_show_none_of_desks_english(qtbot: QtBot, db: Database,
                                                                  indonesian: None) -> None:
    some_work(db)
    window = open_main_window(qtbot, db, user_with_role(db, ADMIN, "Nur Aisyah"))
    shown = [window.menuBar(), window.statusBar()]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        shown.append(window.tabs.widget(index))
    found = desk_english_on_screen(shown)
    assert found == [], "\n".join(found)
    assert window.tabs.tabText(0) == "Hari ini"
    heading = window.tabs.widget(0).findChild(QLabel, "today_heading")
    assert heading is not None and re.search(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), ", heading.text())


def register_count(qtbot: QtBot, db: Database, requests: int) -> str:
    for i in range(requests):
        saved_walk_in(db, f"Pemohon {i + 1}")
    window = open_main_window(qtbot, db, user_with_role(db))
    window.tabs.setCurrentIndex(1)
    count = window.register.count
    qtbot.waitUntil(lambda: count.text()[:1].isdigit())
    return count.text()


@pytest.mark.parametrize(("requests", "said"), [(1, "1 request"), (3, "3 requests")])
def test_the_register_counts_in_english_plurals(qtbot: QtBot, db: Database, english: None, requests: int,
                                                said: str) -> None:
    assert register_count(qtbot, db, requests) == said


@pytest.mark.parametrize(("requests", "said"), [(1, "1 permohonan"), (3, "3 permohonan")])
def test_the_register_counts_in_indonesian_without_a_plural(qtbot: QtBot, db: Database, indonesian: None,
                                                            requests: int, said: str) -> None:
    assert register_count(qtbot, db, requests) == said


def test_plural_forms_of_durations_and_survey_progress(english: None) -> None:
    from desk.ui.screen_text import format_duration

    assert format_duration(False, 1, None) == "1 working day"
    assert format_duration(False, 3, None) == "3 working days"
    assert format_duration(True, 0, 1) == "Same day (± 1 minute)"
    assert format_duration(True, 0, 15) == "Same day (± 15 minutes)"
    translations.install(QApplication.instance(), "id")  # type: ignore[arg-type]
    assert format_duration(False, 3, None) == "3 hari kerja"
    assert format_duration(True, 0, 15) == "Hari yang sama (± 15 menit)"


def test_a_store_refusal_is_translated_first_and_its_values_filled_in_after(english: None) -> None:
    from desk.store.errors import StoreError
    from desk.ui.translations import error_text

    refusal = StoreError(N_("Nama pengguna '{name}' sudah dipakai."), "username", name="siti")
    assert refusal.message == "Nama pengguna 'siti' sudah dipakai."  # the command line and the log
    assert error_text(refusal) == "User name 'siti' is already taken."


def test_a_wrong_password_is_said_in_english_with_the_tries_left(db: Database, english: None) -> None:
    from desk.store import accounts
    from desk.store.errors import StoreError
    from desk.ui.translations import error_text

    user_with_role(db, ADMIN, "Nur Aisyah", username="nur", password="Mampari#2026")
    with pytest.raises(StoreError) as refusal:
        accounts.login(db, "nur", "salah-sekali")
    assert refusal.value.message == "Nama pengguna atau kata sandi salah. Sisa 4 kali percobaan sebelum akun dikunci."
    assert error_text(refusal.value) == "Wrong user name or password. 4 tries left before the account is locked."


def test_a_receipt_printed_from_the_english_screen_stays_indonesian(qtbot: QtBot, db: Database,
                                                                    english: None) -> None:
    window = open_main_window(qtbot, db, user_with_role(db))
    record = save_request(qtbot, window, db)
    preview = window.receipts.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(BytesIO(preview.pdf_bytes)).pages)
    due = record.due_date
    assert text_id.format_long_date(due) in text or text_id.format_date(due) in text  # "Jumat, 11 Desember 2026"
    assert "TANDA TERIMA" in text.upper()
    english = [word for word in ("Receipt", "Received", "Due", "Monday", "Tuesday", "Wednesday", "Thursday",
                                 "Friday", "December", "January", "working days") if word in text]
    assert english == []


def test_starting_after_the_language_is_installed_keeps_english(english: None) -> None:
    """`desk run` installs the language, then start() asks for the application again: English stays."""
    from desk.app import application
    from desk.ui.screen_text import format_long_date

    application()
    assert translations.current_language() == "en"
    assert QLocale().language() == QLocale.Language.English  # calendars and number fields too
    assert format_long_date(date(2026, 12, 2)) == "Wednesday, 2 December 2026"


def test_a_complaint_step_says_its_prompt_and_its_refusal_in_english(qtbot: QtBot, english: None) -> None:
    from desk.domain.complaints import ComplaintStatus
    from desk.ui.complaints.step_dialog import StepDialog

    dialog = StepDialog(ComplaintStatus.REJECTED, "diverifikasi", ())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.text() == "Reason is required."
    assert indonesian_on_screen([dialog]) == []


def test_the_complaint_detail_in_english_gives_each_button_its_own_alt_key(qtbot: QtBot, db: Database,
                                                                          english: None) -> None:
    """Alt+letter clicks a button: two buttons (or a button and a menu) sharing one letter would make it a toss-up."""
    from PySide6.QtWidgets import QPushButton

    from desk.ui.complaints import AREA_KEY

    some_work(db)
    window = open_main_window(qtbot, db, user_with_role(db, ADMIN, "Nur Aisyah"))
    window.show_area(AREA_KEY)
    detail = window.areas[AREA_KEY].detail
    assert detail.record is not None
    texts = [b.text() for b in detail.findChildren(QPushButton) if b.isVisibleTo(window) and "&" in b.text()]
    keys = [re.search(r"&(\w)", t).group(1).lower() for t in texts]  # type: ignore[union-attr]
    menus = {re.search(r"&(\w)", a.text()).group(1).lower() for a in window.menuBar().actions()}  # type: ignore[union-attr]
    assert len(texts) >= 4, texts
    assert len(set(keys)) == len(keys) and not set(keys) & menus, list(zip(texts, keys, strict=True))
