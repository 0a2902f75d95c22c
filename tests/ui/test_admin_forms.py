"""The administration forms without traps, driven by keys in the real main window: the office profile says
when it holds unsaved changes and asks before it is left, the holiday dialog writes dates as the table
does and presets nothing for a local day off, every Alt letter opens one thing, and the missing-holidays
notice is red only for whoever can fix it and can be put off by an admin until the year begins."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desk.formats.table import read_table
from desk.store import holidays
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.work import office_context
from desk.ui import admin as admin_ui
from desk.ui.admin import profile_page
from desk.ui.admin.holidays_page import HolidayDialog, HolidaysPage
from desk.ui.common import ERROR_COLOR
from desk.ui.main_window import MainWindow
from tests.admin_support import WED, user
from tests.factories import PASSWORD
from tests.ui.helpers import focused, open_main_window, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")


@pytest.fixture
def admin(db: Database) -> Database:
    return db.as_user(user(db, "admin", "Sari Admin"))


def admin_window(qtbot: QtBot, db: Database, admin: Database) -> MainWindow:
    win = open_main_window(qtbot, db, admin.actor)  # type: ignore[arg-type]
    win.show_area(admin_ui.AREA_KEY)
    return win


def answer_unsaved(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    asked: list[str] = []

    def ask(_parent: object) -> str:
        asked.append(answer)
        return answer

    monkeypatch.setattr(profile_page, "ask_about_unsaved", ask)
    return asked


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


# --- the office profile ----------------------------------------------------------------------------


def test_the_profile_says_it_is_changed_and_asks_before_another_tab(qtbot: QtBot, db: Database, admin: Database,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    win = admin_window(qtbot, db, admin)
    area = win.admin.area
    assert area is not None
    page = area.profile
    qtbot.waitUntil(page.isVisible)
    assert not page.dirty_label.isVisible() and not page.revert_button.isEnabled()

    type_into(qtbot, page.fields["head_name"], "Drs. H. Ahmad Fauzi Rahman, M.Si.")
    assert page.dirty_label.isVisible() and page.revert_button.isEnabled()
    assert area.tabText(0) == "Profil kantor (belum disimpan)"

    asked = answer_unsaved(monkeypatch, profile_page.STAY)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # next tab
    assert asked == ["stay"] and area.currentIndex() == 0  # still on the profile, the typing kept
    assert page.fields["head_name"].text() == "Drs. H. Ahmad Fauzi Rahman, M.Si."  # type: ignore[union-attr]

    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the register
    assert asked == ["stay", "stay"] and win.current_area() is area

    answer_unsaved(monkeypatch, profile_page.SAVE)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert area.currentIndex() == 1 and area.tabText(0) == "Profil kantor"
    assert office_context(db).profile.head_name == "Drs. H. Ahmad Fauzi Rahman, M.Si."


def test_discarding_goes_back_to_the_stored_profile_and_ctrl_q_asks_too(qtbot: QtBot, db: Database,
                                                                         admin: Database,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    win = admin_window(qtbot, db, admin)
    assert win.admin.area is not None
    page = win.admin.area.profile
    qtbot.waitUntil(page.isVisible)
    type_into(qtbot, page.fields["office_name"], "Dinas Salah Ketik")

    asked = answer_unsaved(monkeypatch, profile_page.STAY)
    qtbot.keyClick(focused(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["stay"] and win.isVisible()  # Desk stays open with the typing

    asked = answer_unsaved(monkeypatch, profile_page.DISCARD)
    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["discard"] and win.current_area() is win.register
    assert page.fields["office_name"].text().startswith("DINAS KOPERASI")  # type: ignore[union-attr]
    assert not page.dirty
    assert office_context(db).profile.office_name.startswith("DINAS KOPERASI")


def test_typing_back_what_was_stored_is_no_change_and_a_logo_keeps_the_typing(
    qtbot: QtBot, db: Database, admin: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    from pathlib import Path

    from tests.admin_support import image_bytes

    page = admin_ui.OfficeProfilePage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    page.show()
    stored = page.fields["place_name"].text()  # type: ignore[union-attr]
    type_into(qtbot, page.fields["place_name"], "Paringin")
    assert page.dirty
    logo = Path(str(tmp_path)) / "lambang.png"
    logo.write_bytes(image_bytes("PNG"))
    monkeypatch.setattr(admin_ui.OfficeProfilePage, "choose_logo", staticmethod(lambda parent: logo))
    qtbot.keyClick(focused(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Impor logo (an animated click)
    qtbot.waitUntil(lambda: page.logo_info.text() == "Logo terpasang: 120×150 piksel.")
    assert page.fields["place_name"].text() == "Paringin" and page.dirty  # type: ignore[union-attr]
    type_into(qtbot, page.fields["place_name"], stored)
    assert not page.dirty and not page.dirty_label.isVisible()


def test_a_phone_with_letters_to_fill_in_is_refused_beside_the_field(qtbot: QtBot, db: Database,
                                                                      admin: Database) -> None:
    page = admin_ui.OfficeProfilePage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    page.show()
    type_into(qtbot, page.fields["phone"], "(0526) 2028xxx")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.errors["phone"].text().startswith("Telepon hanya berisi angka lengkap")
    assert focused() is page.fields["phone"] and page.dirty
    assert office_context(db).profile.phone == "(0526) XXXXXXX"
    type_into(qtbot, page.fields["phone"], "(0526) 2028123")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.errors["phone"].text() == "" and not page.dirty
    assert office_context(db).profile.phone == "(0526) 2028123"


# --- the holiday dialog and the Alt letters ------------------------------------------------------


def test_the_holiday_dialog_writes_dates_as_the_table_and_presets_nothing_for_a_local_day(
    qtbot: QtBot, db: Database, admin: Database
) -> None:
    saved: list[tuple[date, str, str, str]] = []

    def save(day: date, name: str, kind: str, decree: str) -> object:
        saved.append((day, name, kind, decree))
        return holidays.add_holiday(admin, day, name, kind, decree, now=WED).value

    skb = "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025"
    dialog = HolidayDialog(save, start=date(2026, 3, 2), decrees={"libur_nasional": skb, "cuti_bersama": skb})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.date.text() == "02-03-2026"  # dd-mm-yyyy, as the holiday table shows it
    assert dialog.kind.currentText() == "— pilih jenis —" and dialog.decree.text() == ""

    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Hari Jadi Kabupaten Balangan")
    qtbot.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # Jenis
    assert focused() is dialog.kind
    for _ in range(3):
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == "lokal"
    assert dialog.decree.text() == ""  # the SKB is not the basis of a local day off
    assert "Keputusan Bupati" in dialog.decree.placeholderText()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
    assert dialog.kind.currentData() == "libur_nasional" and dialog.decree.text() == skb
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.decree.text() == ""  # offered, not typed: it goes when the kind goes

    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.decree, "Keputusan Bupati Balangan Nomor 188.45/12/2026")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save, add another
    assert saved == [(date(2026, 3, 2), "Hari Jadi Kabupaten Balangan", "lokal",
                      "Keputusan Bupati Balangan Nomor 188.45/12/2026")]
    assert dialog.date.text() == "03-03-2026"


def test_a_new_holiday_without_a_kind_is_asked_for_one(qtbot: QtBot, admin: Database) -> None:
    dialog = HolidayDialog(lambda *a: holidays.add_holiday(admin, *a).value, start=date(2027, 1, 1))
    qtbot.addWidget(dialog)
    dialog.name.setText("Tahun Baru 2027 Masehi")
    assert dialog.save() is False
    assert dialog.field_errors["kind"].text() == "Pilih jenis hari libur."
    assert holidays.list_holidays(admin, 2027) == ()


def mnemonics(widget: QWidget) -> list[str]:
    """The Alt letters of the buttons and labels on screen in `widget`'s window."""
    letters = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or not isinstance(child, QAbstractButton | QLabel):
            continue
        text = child.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    return letters


@pytest.mark.parametrize("key", ["profile", "holidays", "catalogue", "regions", "printing"])
def test_every_alt_letter_on_an_admin_page_does_one_thing(qtbot: QtBot, db: Database, admin: Database,
                                                          key: str) -> None:
    win = admin_window(qtbot, db, admin)
    assert win.admin.area is not None
    page = win.admin.area.show_page(key)
    qtbot.waitUntil(page.isVisible)
    menus = [m.title().replace("&&", "") for m in win.menus.values() if m.menuAction().isVisible()]
    letters = mnemonics(win) + [t[t.index("&") + 1].lower() for t in menus if "&" in t]
    assert sorted(letters) == sorted(set(letters)), f"Alt letters used twice on {key}: {sorted(letters)}"


def test_alt_t_chooses_the_year_and_alt_m_adds_a_holiday(qtbot: QtBot, db: Database, admin: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    win = admin_window(qtbot, db, admin)
    assert win.admin.area is not None
    page = win.admin.area.show_page("holidays")
    qtbot.waitUntil(page.isVisible)
    assert isinstance(page, HolidaysPage)
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.year
    opened: list[dict[str, object]] = []
    monkeypatch.setattr(HolidayDialog, "ask", classmethod(lambda cls, parent, save, holiday=None, **kw:
                                                          opened.append(kw) or []))
    qtbot.keyClick(focused(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # an animated click
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0]["start"] is not None


# --- the missing-holidays notice -------------------------------------------------------------------

DECEMBER = datetime(2026, 12, 3, 13, tzinfo=UTC)  # 2027 is missing; 2026 is in the seed


def plain_window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    win.statusBar()
    qtbot.addWidget(win)
    win.show()
    return win


def test_an_officer_gets_a_notice_not_an_alarm_and_whom_to_tell(qtbot: QtBot, db: Database,
                                                                admin: Database) -> None:
    user(db, "admin", "Budi Santoso")
    officer = db.as_user(user(db, "petugas", "Rina Petugas"))
    ui = admin_ui.install(plain_window(qtbot), officer, clock=lambda: DECEMBER)
    banner = ui.banner
    assert banner is not None and banner.isVisible()
    assert banner.label.text() == (
        "Hari libur tahun 2027 belum dimasukkan, jadi tenggat permohonan yang melewati hari libur itu mungkin "
        "terlalu cepat. Beri tahu admin Desk (Budi Santoso atau Sari Admin).")
    assert ERROR_COLOR not in banner.label.styleSheet() and ERROR_COLOR not in ui.warning.styleSheet()
    assert banner.open_button is None and banner.later_button is None
    assert ui.warning.toolTip() == banner.label.text()


def test_an_admin_puts_off_next_years_notice_until_it_begins(qtbot: QtBot, db: Database, admin: Database) -> None:
    first = admin_ui.install(plain_window(qtbot), admin, clock=lambda: DECEMBER)
    banner = first.banner
    assert banner is not None and banner.later_button is not None
    assert ERROR_COLOR in banner.label.styleSheet() and ERROR_COLOR in first.warning.styleSheet()
    assert banner.later_button.text() == "Jangan ingatkan sampai 1 Januari 2027"
    banner.later_button.setFocus()
    qtbot.keyClick(banner.later_button, Qt.Key.Key_Space)
    assert not banner.isVisible()
    assert first.warning.isVisible() and ERROR_COLOR not in first.warning.styleSheet()  # quiet, not gone

    officer = db.as_user(user(db, "petugas"))
    for who in (admin, officer):  # every counter, every user: no notice at the next start
        again = admin_ui.install(plain_window(qtbot), who, clock=lambda: DECEMBER)
        assert again.banner is None and again.warning.isVisible()

    january = admin_ui.install(plain_window(qtbot), admin, clock=lambda: datetime(2027, 1, 4, 1, tzinfo=UTC))
    assert january.banner is not None and january.banner.later_button is None  # this year's: no putting off
    assert january.banner.label.text().startswith("Hari libur tahun 2027 belum dimasukkan: tenggat")


def test_the_notice_goes_once_the_year_is_entered_and_this_years_cannot_be_put_off(db: Database,
                                                                                  admin: Database) -> None:
    with pytest.raises(Exception, match="tidak dapat ditunda"):
        holidays.acknowledge_missing_year(admin, 2027, now=datetime(2027, 1, 4, 1, tzinfo=UTC))
    holidays.import_holidays(admin, read_table(b"2027-01-01,Tahun Baru 2027 Masehi,libur_nasional\n").rows)
    with pytest.raises(Exception, match="sudah ada di daftar"):
        holidays.acknowledge_missing_year(admin, 2027, now=DECEMBER)
    assert holidays.coverage(admin, now=DECEMBER).missing == ()


# --- next year's list from the one that comes with Desk ------------------------------------------


def test_next_years_holidays_come_from_the_list_inside_desk_with_estimated_dates_ticked_by_hand(
    qtbot: QtBot, db: Database, admin: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from desk.ui.admin.library_dialog import LibraryImportDialog

    page = HolidaysPage(admin, clock=lambda: DECEMBER)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.year.currentData() == 2026 and not page.library_button.isVisible()  # 2026 is in
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert page.year.currentData() == 2027 and page.library_button.isVisible()

    seen: list[LibraryImportDialog] = []

    def tick_idul_fitri(dialog: LibraryImportDialog) -> bool:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: focused() is dialog.table)
        assert dialog.summary.text().startswith("23 hari libur akan ditambahkan; 0 sudah ada")
        assert "3 tanggal perkiraan belum dicentang" in dialog.summary.text()
        rows = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        for _ in range(rows.index("10-03-2027")):
            qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        assert dialog.table.item(dialog.table.currentRow(), 5).text() == "PERKIRAAN: diimpor bila dicentang"
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        assert dialog.ticked() == [date(2027, 3, 10)]
        assert dialog.import_button.text() == "&Impor 24 hari libur"
        qtbot.keyClick(dialog.table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return True

    monkeypatch.setattr(HolidaysPage, "run_library", staticmethod(tick_idul_fitri))
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Ambil dari daftar bawaan Desk
    qtbot.waitUntil(lambda: page.moved_label.text().startswith("24 hari libur 2027 ditambahkan"))
    assert page.year.currentData() == 2027 and page.table.rowCount() == 24
    assert not page.library_button.isVisible() and not page.warning.isVisible()
    assert "10-03-2027" in [page.table.item(r, 0).text() for r in range(24)]
    assert "11-03-2027" not in [page.table.item(r, 0).text() for r in range(24)]


# --- the Help menu -------------------------------------------------------------------------------------


def test_f1_lists_the_shortcuts_and_the_help_menu_says_which_desk_and_where_its_data_is(
    qtbot: QtBot, db: Database, data_dir: object
) -> None:
    from PySide6.QtWidgets import QApplication

    from desk import __version__
    from desk.ui.admin.about import AboutDialog, QuickHelpDialog

    officer = user(db, "petugas", "Rina Petugas")
    win = open_main_window(qtbot, db, officer)
    qtbot.keyClick(focused(), Qt.Key.Key_F1)
    help_box = win.findChild(QuickHelpDialog, "quick_help")
    assert help_box is not None and help_box.isVisible()
    rows = {help_box.table.item(r, 0).text(): help_box.table.item(r, 1).text()
            for r in range(help_box.table.rowCount())}
    assert rows["Ctrl+N"] == "Permohonan baru" and rows["F1"] == "Bantuan singkat"
    assert rows["Ctrl+1"] == "Buka Register Pelayanan"
    qtbot.keyClick(help_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_box.isVisible())

    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the Bantuan menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is win.menus["help"])
    qtbot.keyClick(win.menus["help"], Qt.Key.Key_T)  # Tentang Desk
    qtbot.waitUntil(lambda: win.findChild(AboutDialog, "about_dialog") is not None)
    about = win.findChild(AboutDialog, "about_dialog")
    assert about is not None
    shown = {label: value.text() for label, value in about.values.items()}
    assert shown["Versi Desk"] == __version__
    assert shown["Folder data"] == str(data_dir)
    assert shown["Basis data"] == db.describe() and shown["Basis data"].endswith(".sqlite3")
    assert shown["Folder cadangan"] == str(Path(str(data_dir)) / "backups")
    assert shown["Berkas catatan"] == "(tidak ditulis)"  # this test's window was not started by desk.app
    assert shown["Qt / PySide6"].startswith("Qt 6.") and shown["Python"].startswith("3.")
    assert shown["Lisensi"].startswith("MIT")
    qtbot.waitUntil(about.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Salin (an animated click)
    qtbot.waitUntil(lambda: about.copied.text().startswith("Disalin"))
    assert QApplication.clipboard().text().startswith(f"Versi Desk: {__version__}\n")
    assert f"Folder data: {data_dir}" in QApplication.clipboard().text()


# --- the office set-up after the first admin -------------------------------------------------------


def first_admin(db: Database) -> Database:
    """The first admin, as the first start's dialog creates them; the database bound to them."""
    from desk.store import accounts

    made = accounts.create_first_admin(db, "sari", "Sari Admin", PASSWORD).value
    return db.as_user(made.actor)


def test_after_the_first_admin_the_office_is_set_up_on_one_screen_with_its_kop_live(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.store import admin as admin_store
    from desk.ui.admin import office_setup
    from tests.admin_support import image_bytes

    assert office_setup.is_first_start(db)
    as_admin = first_admin(db)
    logo = tmp_path / "lambang.png"
    logo.write_bytes(image_bytes("PNG", (200, 240)))
    monkeypatch.setattr(office_setup.OfficeSetupDialog, "choose_logo", staticmethod(lambda parent: logo))
    seen: list[office_setup.OfficeSetupDialog] = []

    def fill_in(dialog: office_setup.OfficeSetupDialog) -> bool:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: focused() is dialog.fields["government_name"])
        assert not dialog.kop.pixmap().isNull() and dialog.kop.pixmap().width() == office_setup.PREVIEW_WIDTH
        assert "• Telepon: masih isian contoh" in dialog.gaps.text()
        first_kop = dialog.kop.pixmap().toImage()
        for name, text in (("phone", "(0526) 2028123"), ("head_name", "Drs. H. AHMAD FAUZI RAHMAN, M.Si."),
                           ("head_nip", "19680512 199403 1 007"), ("head_rank", "Pembina Utama Muda (IV/c)"),
                           ("standards_decree_number", "188.4/045/DKUKMTK/2025"),
                           ("standards_decree_date", "02-01-2025")):
            type_into(qtbot, dialog.fields[name], text)
        type_into(qtbot, dialog.fields["office_name"], "DINAS PERDAGANGAN")
        qtbot.waitUntil(lambda: "Telepon" not in dialog.gaps.text(), timeout=3000)
        assert dialog.gaps.text() == "Belum diisi, dokumen bertanda KONSEP:\n• Logo (lambang daerah): belum dipasang"
        assert dialog.kop.pixmap().toImage() != first_kop  # the kop follows the typing
        qtbot.keyClick(focused(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Impor logo (animated click)
        qtbot.waitUntil(lambda: dialog.logo_message.text() == "Logo tersimpan (200×240 piksel).")
        qtbot.waitUntil(lambda: dialog.gaps.text().startswith("Semua data untuk dokumen resmi sudah diisi"))
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert dialog.saved
        return True

    monkeypatch.setattr(office_setup, "run_setup", fill_in)
    assert office_setup.offer_after_first_admin(as_admin, True) is True
    profile = office_context(db).profile
    assert (profile.office_name, profile.head_nip, profile.head_rank) == (
        "DINAS PERDAGANGAN", "196805121994031007", "Pembina Utama Muda (IV/c)")
    assert profile.standards_decree_date == date(2025, 1, 2) and profile.logo == logo.read_bytes()
    assert admin_store.paper_gaps(db) == ()
    # Once: a later start, and a start with nothing missing, ask nothing.
    assert office_setup.offer_after_first_admin(as_admin, False) is False
    assert office_setup.offer_after_first_admin(as_admin, True) is False


def test_the_first_start_offers_the_set_up_only_when_the_first_admin_was_just_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk import app
    from desk.ui.admin import office_setup
    from tests.ui.helpers import answer_who_is_on_duty

    offered: list[str] = []
    monkeypatch.setattr(office_setup, "run_setup", lambda dialog: offered.append(dialog.windowTitle()) or False)
    answer_who_is_on_duty(monkeypatch, lambda db: first_admin(db).actor, decline_setup=False)
    code, window = app.start(tmp_path / "data")
    assert code == 0 and window is not None and offered == ["Siapkan profil kantor"]
    window.close()
    window.db.dispose()

    from desk.store import accounts

    def existing_admin(db: Database) -> Actor | None:  # as the login dialog hands the admin back
        return accounts.login(db, "sari", PASSWORD)

    answer_who_is_on_duty(monkeypatch, existing_admin, decline_setup=False)
    code, window = app.start(tmp_path / "data")
    assert code == 0 and window is not None and offered == ["Siapkan profil kantor"]  # not again
    window.close()
    window.db.dispose()


def test_the_profile_takes_the_decree_date_as_dd_mm_yyyy_and_shows_a_nip_grouped(qtbot: QtBot, db: Database,
                                                                                  admin: Database) -> None:
    page = admin_ui.OfficeProfilePage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    page.show()
    assert "NIP kepala kantor (masih isian contoh)" in page.gaps_label.text()
    type_into(qtbot, page.fields["standards_decree_date"], "31-02-2025")
    type_into(qtbot, page.fields["head_nip"], "19680512.199403.1.007")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.errors["standards_decree_date"].text() == (
        "Tanggal keputusan penetapan standar pelayanan: tulis tanggalnya seperti 31-12-2025.")
    assert focused() is page.fields["standards_decree_date"]
    type_into(qtbot, page.fields["standards_decree_date"], "02-01-2025")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.dirty
    assert page.fields["head_nip"].text() == "19680512 199403 1 007"  # type: ignore[union-attr]
    assert page.fields["standards_decree_date"].text() == "02-01-2025"  # type: ignore[union-attr]
    profile = office_context(db).profile
    assert (profile.head_nip, profile.standards_decree_date) == ("196805121994031007", date(2025, 1, 2))
    assert "NIP kepala kantor" not in page.gaps_label.text() and "Tanggal keputusan" not in page.gaps_label.text()
