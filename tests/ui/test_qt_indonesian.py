"""Qt's own words (standard buttons, context menus, file, input, print and calendar dialogs) in Indonesian.

Qt ships no Indonesian catalog; desk/i18n/qtbase_id.ts is Desk's. The first tests hold it to the
pinned Qt's own catalogs (every context and source text Qt looks up, none invented); the others open
the common dialogs and Desk's main window with the catalog installed, as `desk run` does, and look for
any of Qt's English words left on screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.store.database import Database
from desk.ui import translations
from desk.ui.widgets.date_field import DateField
from tests.factories import user_with_role
from tests.i18n_support import english_on_screen, plain, qt_catalog, qt_indonesian, read_qm, visible_texts
from tests.ui.helpers import (
    open_main_window,
    settings_dir,  # noqa: F401
)

pytestmark = pytest.mark.usefixtures("settings_dir")

# The parts of Qt a Desk screen can show (widgets, dialogs, print support, key names).
COVERED_CONTEXTS = {m.context for m in qt_indonesian()}


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    assert translations.install(qapp, "id") == "id"
    yield
    translations.uninstall(qapp)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_catalog_holds_every_word_the_pinned_qt_looks_up_in_those_parts_and_nothing_else() -> None:
    qt = {pair for pair in read_qm(qt_catalog()) if pair[0] in COVERED_CONTEXTS}
    ours = {(m.context, m.source) for m in qt_indonesian()}
    assert len(qt) > 700
    assert sorted(qt - ours) == [], "Qt looks up words the Indonesian catalog lacks (a newer Qt?)"
    assert sorted(ours - qt) == [], "the catalog holds words this Qt never looks up"


def test_every_entry_is_finished_and_keeps_its_placeholders_and_accelerator() -> None:
    for message in qt_indonesian():
        assert message.finished and message.translation, message
        for marker in ("%1", "%2", "%3", "%p", "\n"):
            assert message.source.count(marker) == message.translation.count(marker), message
        assert ("&" in plain(message.source) or "&" in message.source) == ("&" in message.translation), message
    layout = next(m for m in qt_indonesian() if m.source == "QT_LAYOUT_DIRECTION")
    assert layout.translation == "LTR"  # anything else lays every window out right to left


def test_no_key_is_named_in_indonesian_like_another_key_in_english() -> None:
    """Qt reads a shortcut written in the code ("Ctrl+Enter") through the installed key names first: a key
    translated to another key's English name ("Return" as "Enter") would turn Ctrl+Enter into a second
    Ctrl+Return, and two shortcuts on one key fire neither."""
    keys = [m for m in qt_indonesian() if m.context == "QShortcut"]
    english = {m.source.lower(): m.source for m in keys}
    clashes = [(m.source, m.translation) for m in keys
               if m.translation.lower() in english and english[m.translation.lower()] != m.source]
    assert clashes == []


def test_desks_shortcuts_read_the_same_with_the_indonesian_key_names(qtbot: QtBot, indonesian: None) -> None:
    from desk.ui.actions import AppAction
    from desk.ui.register.reason import SAVE_KEYS

    written = [*SAVE_KEYS, "Ctrl+S", "Insert", "Delete", "F2", "F4", "Ctrl+Shift+Q",
               *(action.spec.shortcut for action in AppAction if action.spec.shortcut)]
    for text in written:
        portable = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
        assert not portable.isEmpty() and QKeySequence(text) == portable, text
    assert QKeySequence("Ctrl+Enter") != QKeySequence("Ctrl+Return")


@pytest.mark.parametrize("keypad", [False, True], ids=["Ctrl+Return", "Ctrl+Enter on the keypad"])
def test_ctrl_enter_saves_a_step_with_the_indonesian_key_names(qtbot: QtBot, indonesian: None, keypad: bool) -> None:
    from desk.domain.complaints import ComplaintStatus
    from desk.ui.complaints.step_dialog import StepDialog

    dialog = StepDialog(ComplaintStatus.VERIFIED, "diterima", ())
    shown(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.text, "Identitas jelas.")
    control = Qt.KeyboardModifier.ControlModifier
    key, modifiers = (Qt.Key.Key_Enter, control | Qt.KeyboardModifier.KeypadModifier) if keypad else (
        Qt.Key.Key_Return, control)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.text, key, modifiers)
    assert dialog.values()[0] == "Identitas jelas."


def test_message_box_buttons_and_details(qtbot: QtBot, indonesian: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Desk", "Simpan perubahan?")
    buttons = QMessageBox.StandardButton
    for button in (buttons.Ok, buttons.Save, buttons.SaveAll, buttons.Open, buttons.Yes, buttons.YesToAll, buttons.No,
                   buttons.NoToAll, buttons.Abort, buttons.Retry, buttons.Ignore, buttons.Close, buttons.Cancel,
                   buttons.Discard, buttons.Help, buttons.Apply, buttons.Reset, buttons.RestoreDefaults):
        box.addButton(button)
    box.setDetailedText("rincian")
    shown(qtbot, box)
    texts = {text for _where, text in visible_texts([box])}
    assert {"Ya", "Tidak", "Batal", "Tutup", "Simpan", "Buang", "Terapkan", "Coba Lagi", "Tampilkan Rincian..."} <= texts
    assert english_on_screen([box]) == []

    bar = shown(qtbot, QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
    assert [b.text() for b in bar.buttons()] == ["OK", "Batal"]


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QTextEdit])
def test_the_right_click_menu_of_every_text_field(qtbot: QtBot, indonesian: None, kind: type[QWidget]) -> None:
    field = shown(qtbot, kind())
    menu = field.createStandardContextMenu()
    words = [plain(action.text()) for action in menu.actions() if action.text()]
    assert words[:2] == ["Urungkan", "Ulangi"] and "Salin" in words and "Tempel" in words and "Pilih Semua" in words
    assert "&Salin\tCtrl+C" in [action.text() for action in menu.actions()]  # the key stays as printed on it
    assert english_on_screen([menu]) == []


def test_the_file_dialog(qtbot: QtBot, indonesian: None) -> None:
    dialog = QFileDialog(None, "Simpan PDF", "", "Dokumen PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux shows; Windows draws its own
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    shown(qtbot, dialog)
    texts = {text for _where, text in visible_texts([dialog])}
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:", "Kembali", "Folder Induk", "Buat Folder Baru"} <= texts
    assert "Simpan" in texts and "Batal" in texts
    header = dialog.findChild(QTreeView).model()
    from PySide6.QtCore import Qt

    columns = [header.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert columns == ["Nama", "Ukuran", "Jenis", "Tanggal Diubah"]
    assert english_on_screen([dialog]) == []


def test_the_input_dialog_and_a_spin_box(qtbot: QtBot, indonesian: None) -> None:
    dialog = QInputDialog()
    dialog.setLabelText("")
    shown(qtbot, dialog)
    assert english_on_screen([dialog]) == []
    assert {"OK", "Batal"} <= {text for _where, text in visible_texts([dialog])}
    spin = shown(qtbot, QSpinBox())
    menu = spin.findChild(QLineEdit).createStandardContextMenu()
    assert english_on_screen([spin, menu]) == []


def test_the_calendars_speak_indonesian(qtbot: QtBot, indonesian: None) -> None:
    edit = shown(qtbot, QDateEdit(QDate(2026, 12, 3)))
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.show()
    month = next(b for b in calendar.findChildren(QToolButton) if b.text().startswith("Des"))
    assert month.text() == "Desember"
    assert QLocale().dayName(3) == "Rabu"
    assert english_on_screen([edit, calendar]) == []

    field = shown(qtbot, DateField())
    popup = field.open_calendar()
    assert isinstance(popup, QCalendarWidget)
    assert english_on_screen([field, popup]) == []


def test_the_print_and_page_setup_dialogs(qtbot: QtBot, indonesian: None) -> None:
    printer = QPrinter()
    dialog = shown(qtbot, QPrintDialog(printer))
    texts = {text for _where, text in visible_texts([dialog])}
    assert {"Printer", "Cetak", "Batal", "Salinan:", "Susun per salinan"} <= texts
    assert english_on_screen([dialog]) == []
    setup = shown(qtbot, QPageSetupDialog(printer))
    assert {"Tegak", "Mendatar", "Margin"} <= {text for _where, text in visible_texts([setup])}
    assert english_on_screen([setup]) == []


def test_desks_main_window_and_its_areas(qtbot: QtBot, db: Database, indonesian: None) -> None:
    window = open_main_window(qtbot, db, user_with_role(db))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # builds each area as a click on its tab does
    assert english_on_screen([window]) == []
    shortcuts = [action.shortcut().toString() for action in window.findChildren(type(window.menuBar().actions()[0]))]
    assert any(shortcuts)


def test_without_the_catalog_the_check_finds_qts_english(qtbot: QtBot, qapp: QApplication) -> None:
    translations.uninstall(qapp)
    box = shown(qtbot, QMessageBox(QMessageBox.Icon.Question, "Desk", "Simpan perubahan?",
                                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel))
    field = shown(qtbot, QLineEdit())
    menu = field.createStandardContextMenu()
    found = english_on_screen([box, menu])
    assert any("'Cancel'" in line for line in found) and any("'Copy'" in line for line in found)


def test_the_file_dialogs_dates_take_the_indonesian_form() -> None:
    """Qt formats the file dialog's "Date Modified" with the system locale, read once when the application
    starts: Desk sets it before, as `desk run` does (a fresh process, as on a PC with the C locale)."""
    script = ("from desk.app import application\n"
              "from PySide6.QtCore import QDateTime, QLocale\n"
              "application()\n"
              "print(QLocale.system().toString(QDateTime.fromString('2026-12-03T13:00:00', 'yyyy-MM-ddTHH:mm:ss'),"
              " QLocale.FormatType.ShortFormat))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "03/12/26 13.00"
