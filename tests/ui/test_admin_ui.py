"""The administration screens as an admin uses them: office profile, holidays, services, the warning."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from desk.store import admin_regions, holidays, printing_defaults, walk_in
from desk.store.audit import last_entries
from desk.store.database import Database
from desk.store.receipts import receipt_for
from desk.store.requests import request_detail
from desk.store.work import office_context
from desk.ui import admin as admin_ui
from desk.ui.admin.catalogue_page import COL_FROM_COMPLETE, COL_STANDARD
from desk.ui.admin.common import TableImportDialog
from desk.ui.admin.holidays_page import HolidayDialog, HolidaysPage
from desk.ui.admin.profile_page import OfficeProfilePage
from desk.ui.widgets import dialogs
from tests.admin_support import WED, receive, user
from tests.ui.helpers import settings_dir  # noqa: F401


@pytest.fixture
def admin(db: Database) -> Database:
    """The database as an admin uses it (what the main window hands the admin's pages)."""
    return db.as_user(user(db, "admin"))


# --- office profile ------------------------------------------------------------------------------


def test_pattern_without_seq_shows_the_error_live_and_is_not_saved(qtbot: QtBot, db: Database, admin: Database) -> None:
    page = OfficeProfilePage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    page.show()
    assert page.numbers.item(0, 1).text() == "0001/PNP/DKUKMTK/X/2025"

    pattern = page.fields["ref_pattern"]
    pattern.selectAll()
    qtbot.keyClicks(pattern, "{unit}/{office}/{year}")
    qtbot.waitUntil(lambda: page.errors["ref_pattern"].isVisible())
    assert page.errors["ref_pattern"].text().startswith("Pola harus memuat {seq} (nomor urut)")
    assert page.numbers.rowCount() == 0

    assert page.save() is False
    assert page.message.text() == "Profil belum disimpan: periksa isian yang bertanda merah."
    assert office_context(db).profile.ref_pattern == "{seq:04d}/{unit}/{office}/{month_roman}/{year}"

    pattern.clear()
    qtbot.keyClicks(pattern, "{seq:03d}-{unit}/{office}/{year}")
    qtbot.waitUntil(lambda: page.numbers.rowCount() == 4)
    assert not page.errors["ref_pattern"].isVisible()
    assert [page.numbers.item(r, 1).text() for r in range(4)] == [
        "001-PNP/DKUKMTK/2025", "001-BLK/DKUKMTK/2025", "001-UKM/DKUKMTK/2025", "001-KOP/DKUKMTK/2025",
    ]


def test_profile_fields_are_checked_beside_each_field_then_saved(qtbot: QtBot, db: Database, admin: Database) -> None:
    page = OfficeProfilePage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    page.fields["office_name"].setText("Dinas Perdagangan")  # type: ignore[union-attr]
    page.fields["postal_code"].setText("7166")  # type: ignore[union-attr]
    page.fields["timezone"].setCurrentIndex(0)  # type: ignore[union-attr]  # WIB
    assert page.save() is False
    assert page.errors["postal_code"].text() == "Kode pos terdiri dari 5 angka."
    assert page.errors["office_name"].text() == ""

    page.fields["postal_code"].setText("71663")  # type: ignore[union-attr]
    with qtbot.waitSignal(page.saved):
        assert page.save() is True
    profile = office_context(db).profile
    assert (profile.office_name, profile.timezone) == ("Dinas Perdagangan", "Asia/Jakarta")
    with db.read() as s:
        assert last_entries(s, 1)[0].details["changes"]["timezone"] == ["Asia/Makassar", "Asia/Jakarta"]


def test_logo_import_previews_and_refuses_a_non_image(qtbot: QtBot, db: Database, admin: Database, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = OfficeProfilePage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    assert page.logo_view.text() == "(belum ada logo)"

    logo = tmp_path / "lambang-balangan.png"
    Image.new("RGB", (240, 300), (10, 120, 40)).save(logo)
    monkeypatch.setattr(OfficeProfilePage, "choose_logo", staticmethod(lambda parent: logo))
    assert page.import_logo() is True
    assert not page.logo_view.pixmap().isNull()
    assert page.logo_view.pixmap().height() == 110
    assert page.logo_info.text() == "Logo terpasang: 240×300 piksel."
    assert office_context(db).profile.logo == logo.read_bytes()

    bad = tmp_path / "scan.png"
    bad.write_bytes(b"%PDF-1.4 sebenarnya PDF")
    monkeypatch.setattr(OfficeProfilePage, "choose_logo", staticmethod(lambda parent: bad))
    assert page.import_logo() is False
    assert page.logo_message.text() == "Berkas ini bukan gambar PNG atau JPEG yang utuh."
    assert office_context(db).profile.logo == logo.read_bytes()


# --- holidays ------------------------------------------------------------------------------------


def test_adding_a_holiday_lists_the_requests_whose_due_date_moved(qtbot: QtBot, db: Database, admin: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    passport = receive(db, "P3", 1).id  # due Senin 3 November 2025
    page = HolidaysPage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    page.show()
    assert page.year.currentText() == "2025"
    assert page.summary.text() == "17 libur nasional · 11 cuti bersama · 0 libur lokal"

    def fill_in(parent: object, save: object, holiday: object = None, **kw: object) -> list[object]:
        dialog = HolidayDialog(save, holiday, parent=page, **kw)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.date.setDate(QDate(2025, 10, 31))
        assert dialog.day_text.text() == "Jumat, 31 Oktober 2025"
        dialog.name.setText("Libur lokal (Keputusan Bupati)")
        dialog.kind.setCurrentIndex(dialog.kind.findData("lokal"))
        dialog.save_and_next()
        assert dialog.status.text() == "Tersimpan: Jumat, 31 Oktober 2025, Libur lokal (Keputusan Bupati)."
        assert dialog.date.date() == QDate(2025, 11, 1)  # ready for the next day
        dialog.name.setText("Tanggal sama lagi")
        dialog.date.setDate(QDate(2025, 10, 31))
        assert dialog.save() is False
        assert "sudah ada di daftar" in dialog.field_errors["date"].text()
        return dialog.changes

    monkeypatch.setattr(HolidayDialog, "ask", staticmethod(fill_in))
    page.add()

    assert page.moved_table.isVisible()
    assert page.moved_table.rowCount() == 1
    cells = [page.moved_table.item(0, c).text() for c in range(5)]
    assert cells == ["0001/PNP/DKUKMTK/X/2025", "Pemohon 1", "Diterima", "Senin, 3 November 2025",
                     "Selasa, 4 November 2025"]
    assert page.moved_label.text().startswith("1 hari libur ditambahkan. Tenggat 1 permohonan")
    assert "31-10-2025" in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert receipt_for(db, passport).request.events[-1].kind == "due_date"


def test_csv_import_shows_every_row_and_imports_only_a_clean_file(qtbot: QtBot, db: Database, admin: Database,
                                                                  tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    clock = lambda: datetime(2026, 10, 1, 1, tzinfo=UTC)  # noqa: E731
    page = HolidaysPage(admin, clock=clock)
    qtbot.addWidget(page)
    assert page.warning.text().startswith("Hari libur tahun 2027 belum dimasukkan.")

    bad = tmp_path / "libur-2027-salah.csv"
    bad.write_text("tanggal,nama,jenis\n2027-01-01,Tahun Baru,libur_nasional\n2027-02-30,Salah,libur_nasional\n"
                   "2027-03-10,Nyepi,hari_raya\n", encoding="utf-8")
    shown: list[TableImportDialog] = []

    def look(dialog: TableImportDialog) -> None:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return None  # the admin closes it: nothing can be imported

    monkeypatch.setattr(HolidaysPage, "choose_file", staticmethod(lambda parent: bad))
    monkeypatch.setattr(HolidaysPage, "run_import", staticmethod(look))
    assert page.import_file() is None
    dialog = shown[0]
    assert dialog.rows.rowCount() == 3
    assert dialog.rows.item(0, 2).text() == "OK"
    assert "tidak valid" in dialog.rows.item(1, 2).text()
    assert "hari_raya" in dialog.rows.item(2, 2).text()
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("2 dari 3 baris bermasalah.")

    good = tmp_path / "libur-2027.csv"
    good.write_text("01/01/2027;Tahun Baru 2027 Masehi;libur nasional\n05/02/2027;Cuti Bersama Imlek;cuti bersama\n",
                    encoding="utf-8")

    def accept(dialog: TableImportDialog) -> object:
        qtbot.addWidget(dialog)
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result_report

    monkeypatch.setattr(HolidaysPage, "choose_file", staticmethod(lambda parent: good))
    monkeypatch.setattr(HolidaysPage, "run_import", staticmethod(accept))
    report = page.import_file()
    assert report is not None and report.imported == 2
    assert page.year.currentText() == "2027"
    assert page.table.rowCount() == 2
    assert not page.warning.isVisible()
    assert [h.name for h in holidays.list_holidays(db, 2027)] == ["Tahun Baru 2027 Masehi", "Cuti Bersama Imlek"]


def test_saturday_made_a_working_day_moves_due_dates(qtbot: QtBot, db: Database, admin: Database) -> None:
    receive(db, "P3", 1)
    page = HolidaysPage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    page.weekday_boxes[5].setChecked(True)
    assert page.save_weekdays() is True
    assert page.moved_table.item(0, 4).text() == "Sabtu, 1 November 2025"
    assert [b.isChecked() for b in page.weekday_boxes] == [True] * 6 + [False]


# --- the warning and the area in the main window -------------------------------------------------


def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    win.statusBar()  # as the main window has it before it is shown
    qtbot.addWidget(win)
    win.show()
    return win


def test_next_year_warning_appears_on_1_october_in_the_status_bar_and_at_start(qtbot: QtBot, db: Database,
                                                                               admin: Database) -> None:
    september = admin_ui.install(window(qtbot), admin, clock=lambda: datetime(2026, 9, 30, 1, tzinfo=UTC),
                                 startup_warning=False)
    assert not september.warning.isVisible()
    assert september.show_startup() is None

    win = window(qtbot)
    october = admin_ui.install(win, admin, clock=lambda: datetime(2026, 10, 1, 1, tzinfo=UTC),
                               startup_warning=False)
    assert october.warning.isVisible()
    assert october.warning.text() == "⚠ Hari libur 2027 belum dimasukkan"
    assert october.warning.missing == (2027,)
    banner = october.show_startup()
    assert banner is not None and banner.isVisible()
    assert banner.label.text().startswith("Hari libur tahun 2027 belum dimasukkan.")
    assert banner.open_button is not None
    qtbot.mouseClick(banner.findChild(QPushButton, "close_banner"), Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_an_officer_sees_the_warning_but_no_administration(qtbot: QtBot, db: Database) -> None:
    officer = db.as_user(user(db, "petugas"))
    ui = admin_ui.install(window(qtbot), officer, clock=lambda: datetime(2027, 1, 4, 1, tzinfo=UTC),
                          startup_warning=False)
    assert ui.area is None and not ui.is_admin
    assert ui.warning.text() == "⚠ Hari libur 2027 belum dimasukkan"
    assert ui.warning.toolTip().endswith("Beri tahu admin Desk.")


def test_a_deactivated_service_is_unticked_and_a_service_without_standard_cannot_be_ticked(
    qtbot: QtBot, db: Database, admin: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = admin_ui.AdminArea(admin, clock=lambda: WED)
    qtbot.addWidget(area)
    page = area.catalogue
    item = page.item_for("service", "P3")
    assert item is not None
    item.setCheckState(1, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: page.item_for("service", "P3").toolTip(0).startswith("Tidak ditawarkan"))  # type: ignore[union-attr]
    assert "P3" not in [svc.code for svc in walk_in.intake_form(db).services]
    assert page.message.text().startswith("P3 — Rekomendasi Paspor")
    assert "nonaktif" in page.message.text()

    def fill(dialog: object) -> bool:
        dialog.code.setText("P9")  # type: ignore[attr-defined]
        dialog.name.setText("Layanan Baru Penempatan")  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(type(page), "ask", staticmethod(fill))
    assert page.add_service() is True
    new = page.item_for("service", "P9")
    assert new is not None and new.checkState(1) == Qt.CheckState.Unchecked and new.text(COL_STANDARD) == "belum ada"
    new.setCheckState(1, Qt.CheckState.Checked)
    assert "standar pelayanannya belum ditulis" in page.message.text()
    qtbot.waitUntil(lambda: page.item_for("service", "P9").checkState(1) == Qt.CheckState.Unchecked)  # type: ignore[union-attr]


def test_a_services_time_counts_from_the_complete_file_or_from_the_day_received(
    qtbot: QtBot, db: Database, admin: Database
) -> None:
    """Ticked by default; unticked, an open request still waiting for a document gets its firm due date."""
    waiting = receive(db, "U3", 41, documents_received=(True,))  # one of U3's documents still missing
    assert request_detail(db, waiting.id).record.awaiting_documents
    area = admin_ui.AdminArea(admin, clock=lambda: WED)
    qtbot.addWidget(area)
    page = area.catalogue
    item = page.item_for("service", "U3")
    assert item is not None and item.checkState(COL_FROM_COMPLETE) == Qt.CheckState.Checked
    assert all(page.item_for("service", code).checkState(COL_FROM_COMPLETE) == Qt.CheckState.Checked
               for code in ("P1", "B1", "K1"))  # on by default
    item.setCheckState(COL_FROM_COMPLETE, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "sejak permohonan diterima" in page.message.text())
    assert page.message.text().startswith("U3 — ")
    after = request_detail(db, waiting.id).record
    assert not after.awaiting_documents and not after.time_from_complete and after.due_date is not None
    qtbot.waitUntil(lambda: page.item_for("service", "U3").checkState(COL_FROM_COMPLETE)  # type: ignore[union-attr]
                    == Qt.CheckState.Unchecked)
    page.item_for("service", "U3").setCheckState(COL_FROM_COMPLETE, Qt.CheckState.Checked)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "sejak berkas lengkap" in page.message.text())
    assert request_detail(db, waiting.id).record.awaiting_documents


def test_regions_are_added_until_the_code_is_right_imported_and_deleted(
    qtbot: QtBot, db: Database, admin: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = admin_ui.RegionsPage(admin)
    qtbot.addWidget(page)
    asked: list[str] = []

    def type_code(dialog: object) -> bool:  # first a code that is no desa code, then the right one
        asked.append(dialog.error.text())  # type: ignore[attr-defined]
        dialog.code.setText("6311" if len(asked) == 1 else "63.11.04.2019")  # type: ignore[attr-defined]
        dialog.name.setText("Desa Pemekaran")  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(admin_ui.RegionsPage, "ask", staticmethod(type_code))
    assert page.add() is True
    assert asked[0] == "" and "tidak valid" in asked[1]  # the refusal stood in the dialog, the admin tried again
    assert page.message.text() == "Desa Pemekaran ditambahkan."
    assert "63.11.04.2019" in {r.code for r in admin_regions.list_regions(db)}

    csv_file = tmp_path / "wilayah.csv"
    csv_file.write_text("kode,nama\n63.11.04.2020,Desa Baru\n", encoding="utf-8")
    monkeypatch.setattr(admin_ui.RegionsPage, "choose_file", staticmethod(lambda parent: csv_file))

    def accept(dialog: TableImportDialog) -> object:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result_report

    monkeypatch.setattr(admin_ui.RegionsPage, "run_import", staticmethod(accept))
    report = page.import_file()
    assert report is not None and report.added == 1
    assert page.message.text().startswith("Wilayah: 1 ditambah")

    item = page.tree.findItems("Desa Baru", Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    page.tree.setCurrentItem(item)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    assert page.delete_selected() is True and page.message.text() == "Desa Baru dihapus."
    assert "63.11.04.2020" not in {r.code for r in admin_regions.list_regions(db)}


# --- in the real main window, and the printing page ----------------------------------------------


@pytest.mark.usefixtures("settings_dir")
def test_the_main_window_gives_an_admin_the_administration_area(qtbot: QtBot, db: Database, admin: Database) -> None:
    from desk.ui.main_window import MainWindow

    win = MainWindow(db, admin.actor)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    assert "admin" in win.areas
    assert win.tabs.tabText(win.tabs.indexOf(win.areas["admin"])) == "Administrasi"
    expected = holidays.coverage(db).missing
    assert win.admin.warning.isVisible() == bool(expected)
    win.admin.open_holidays()
    assert win.tabs.currentWidget() is win.areas["admin"]
    assert win.admin.area is not None and win.admin.area.currentWidget().findChild(HolidaysPage) is not None
    if expected:
        assert win.admin.area.holidays.year.currentData() == expected[0]

    plain = MainWindow(db, user(db, "petugas"))
    qtbot.addWidget(plain)
    assert "admin" not in plain.areas


@pytest.mark.usefixtures("settings_dir")
def test_paper_is_set_for_the_office_and_the_printer_for_this_pc(qtbot: QtBot, db: Database, admin: Database) -> None:
    from desk.ui.admin.printing_page import PrintingPage, pc_printer

    page = PrintingPage(admin)
    qtbot.addWidget(page)
    combo = page.papers["receipt"]
    combo.setCurrentIndex(combo.findData("80mm"))
    assert page.save_paper("receipt") is True
    assert printing_defaults.paper_for(db, "receipt") == "80mm"
    printer = page.printers["attendance"]
    printer.addItem("HP LaserJet Ruang Loket", "HP LaserJet Ruang Loket")
    printer.setCurrentIndex(printer.count() - 1)
    page.save_printer("attendance")
    assert pc_printer("attendance") == "HP LaserJet Ruang Loket"
    assert pc_printer("receipt") == ""
    again = PrintingPage(admin)
    qtbot.addWidget(again)
    assert again.printers["attendance"].currentData() == "HP LaserJet Ruang Loket"
    assert again.papers["receipt"].currentData() == "80mm"


@pytest.mark.usefixtures("settings_dir")
def test_kop_preview_shows_the_typed_names_and_the_logo(qtbot: QtBot, db: Database, admin: Database, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from pypdf import PdfReader

    page = OfficeProfilePage(admin, clock=lambda: WED)
    qtbot.addWidget(page)
    logo = tmp_path / "lambang.jpg"
    Image.new("RGB", (200, 250), (200, 160, 0)).save(logo, "JPEG")
    monkeypatch.setattr(OfficeProfilePage, "choose_logo", staticmethod(lambda parent: logo))
    page.import_logo()
    page.fields["office_name"].setText("Dinas Penanaman Modal")  # type: ignore[union-attr]  # not saved yet

    qtbot.mouseClick(page.kop_button, Qt.MouseButton.LeftButton)
    preview = page.findChild(QDialog, "pdfPreview")
    assert preview is not None
    qtbot.addWidget(preview)
    reader = PdfReader(io.BytesIO(preview.pdf_bytes))  # type: ignore[attr-defined]
    assert " ".join(reader.pages[0].extract_text().split()).startswith(
        "PEMERINTAH KABUPATEN BALANGAN DINAS PENANAMAN MODAL")
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    assert [x.get_object()["/Subtype"] for x in xobjects.values()] == ["/Image"]
    preview.close()


@pytest.mark.usefixtures("settings_dir")
def test_an_excel_import_on_the_holidays_page_clears_the_warning_in_the_main_window(
    qtbot: QtBot, db: Database, admin: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    from desk.formats.table import read_table
    from tests.ui.helpers import open_main_window

    year = office_context(db).today.year
    # This year without its SKB, whatever today is: a local day off is left, and a libur nasional is what counts.
    holidays.import_holidays(admin, read_table(f"{year}-12-31,Libur lokal,lokal\n".encode()).rows, replace_years=True)
    missing = holidays.coverage(db).missing
    assert year in missing
    win = open_main_window(qtbot, db, admin.actor)  # type: ignore[arg-type]
    warning = win.admin.warning
    assert warning.isVisible() and str(year) in warning.text()

    qtbot.mouseClick(warning, Qt.MouseButton.LeftButton)  # straight to the year to enter
    assert win.admin.area is not None
    page = win.admin.area.holidays
    assert page.isVisible() and page.year.currentData() == year

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["tanggal", "nama", "jenis", "dasar hukum"])
    for y in missing:
        sheet.append([date(y, 1, 1), f"Tahun Baru {y} Masehi", "libur_nasional", f"SKB {y - 1}"])
    skb = tmp_path / "libur.xlsx"
    book.save(skb)
    offered: list[str] = []

    def choose(parent: object, title: str, filters: str) -> Path:
        offered.append(filters)
        return skb

    def accept(dialog: TableImportDialog) -> object:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result_report

    monkeypatch.setattr(dialogs, "choose_open_file", choose)
    monkeypatch.setattr(HolidaysPage, "run_import", staticmethod(accept))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "*.xlsx" in offered[0].split(";;")[0] and "*.csv" in offered[0].split(";;")[0]
    assert not warning.isVisible()  # the window passed the change on: no restart, no reopening
    assert win.admin.banner is not None and not win.admin.banner.isVisible()  # the start-up notice too
    assert page.year.currentData() == year and page.table.rowCount() == 2
    assert page.moved_label.text().startswith(f"{len(missing)} hari libur diimpor dari libur.xlsx")
