"""The Standards area as a counter officer and an admin use it, in the main window (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.store import standards
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.models import PrintRecord, StandardVersion
from desk.ui import standards as standards_ui
from desk.ui.main_window import MainWindow
from desk.ui.preview import PdfPreview
from desk.ui.standards import common
from desk.ui.standards.area import StandardsArea
from desk.ui.standards.compare import CompareDialog
from desk.ui.standards.editor import StandardEditor
from desk.ui.standards.html import MARK
from desk.ui.widgets import dialogs
from tests.factories import user_with_role
from tests.ui.helpers import focused, open_main_window, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier


def make_actor(db: Database, role: str, name: str) -> Actor:
    return user_with_role(db, role, name)


def service_id(db: Database, code: str) -> int:
    return standards.service_by_code(db, code).service.id


def listed_codes(area: StandardsArea, db: Database) -> list[str]:
    codes = {e.service.id: e.service.code for e in standards.list_entries(db, include_inactive=True)}
    return [codes[sid] for sid in area.service_rows()]


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(data)).pages)


@pytest.fixture
def open_area(qtbot: QtBot, db: Database) -> Iterator[object]:
    """The main window of a new user of `role`, on the Standards area (Ctrl+2)."""
    windows: list[MainWindow] = []

    def start(role: str, name: str = "") -> tuple[MainWindow, StandardsArea]:
        window = open_main_window(qtbot, db, make_actor(db, role, name or f"Pengguna {role}"))
        windows.append(window)
        qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
        area = window.tabs.currentWidget()
        assert isinstance(area, StandardsArea)
        qtbot.waitUntil(area.search.hasFocus)
        return window, area

    yield start
    for window in windows:
        window.close()


def editor_of(qtbot: QtBot) -> StandardEditor:
    """The editor the area opened, active (its Ctrl+S works)."""
    qtbot.waitUntil(lambda: any(isinstance(w, StandardEditor) and w.isVisible() for w in QApplication.topLevelWidgets()))
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StandardEditor) and w.isVisible())
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_find_a_service_by_a_requirement_word_open_it_and_start_a_request(qtbot: QtBot, db: Database,
                                                                          open_area) -> None:  # type: ignore[no-untyped-def]
    window, area = open_area("petugas", "Rahmat Hidayat")
    assert window.tabs.currentWidget() is area and window.tabs.tabText(2) == "Standar Pelayanan"
    type_text(qtbot, "ijazah")
    qtbot.waitUntil(lambda: listed_codes(area, db) == ["P1", "P2", "P3", "B1"])
    assert area.count.text() == "4 layanan cocok"
    p1_html = area.results.item(1).data(common.HTML_ROLE)
    assert f'<span style="{MARK}">Ijazah</span> pendidikan terakhir' in p1_html

    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # into the list: the first service opens
    assert area.page.service_id == service_id(db, "P1")
    assert area.page.title.text().startswith("P1 — Penerbitan Kartu Tanda Bukti")
    assert "Nama lain: kartu kuning, AK1, AK/1" in area.page.subtitle.text()
    body = area.page.body.toHtml()
    assert "Ijazah" in body and "KOMPONEN PENYAMPAIAN PELAYANAN" in body and "Dasar hukum" in body
    assert body.index("Persyaratan") < body.index("Dasar hukum")  # the six public components come first
    assert not area.page.edit_button.isVisible() and not area.import_button.isVisible()  # a petugas reads

    qtbot.mouseClick(area.page.start_button, Qt.MouseButton.LeftButton)
    dialog = window.intake_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.service.service_id() == service_id(db, "P1")
    checklist = [dialog.standard.checklist.item(i).text() for i in range(dialog.standard.checklist.count())]
    assert "Ijazah pendidikan terakhir asli dan fotokopi 1 lembar" in checklist
    assert dialog.focusWidget() is dialog.nik  # the visitor's NIK is typed next
    dialog.reject()


def test_the_names_people_use_find_the_service_and_ctrl_f_stays_in_the_area(qtbot: QtBot, db: Database,
                                                                            open_area) -> None:  # type: ignore[no-untyped-def]
    window, area = open_area("petugas", "Rahmat Hidayat")
    for typed, expected in (("kartu kuning", ["P1", "P2"]), ("AK1", ["P1"]), ("ak/1", ["P1"])):
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # the look-up of this area, not the register's
        assert focused() is area.search and window.tabs.currentWidget() is area
        assert area.search.selectedText() == area.search.text()  # the old words go at the first key
        type_text(qtbot, typed)
        qtbot.waitUntil(lambda expected=expected: listed_codes(area, db) == expected)
    assert "Nama lain" in area.results.item(1).data(common.HTML_ROLE)
    qtbot.keyClick(area.search, Qt.Key.Key_Return)  # the first match opens
    assert area.page.service_id == service_id(db, "P1")


def test_browsing_by_unit_and_searching_any_component(qtbot: QtBot, db: Database, open_area) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_area("petugas")
    assert listed_codes(area, db)[:3] == ["P1", "P2", "P3"] and area.count.text() == "19 layanan"
    headings = [area.results.item(i).data(common.HTML_ROLE) for i in range(area.results.count())
                if area.results.item(i).data(Qt.ItemDataRole.UserRole) is None]
    assert len(headings) == 4 and "Balai Latihan Kerja (BLK) Kabupaten Balangan" in headings[1]
    type_text(qtbot, "sertifikat halal")
    qtbot.waitUntil(lambda: listed_codes(area, db) == ["U3"])
    area.search.selectAll()
    type_text(qtbot, "helikopter")
    qtbot.waitUntil(lambda: listed_codes(area, db) == [])
    assert area.count.text() == "Tidak ada layanan yang memuat kata itu"


def test_a_list_entry_is_measured_as_wide_as_it_is_painted(qtbot: QtBot, db: Database, open_area) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_area("petugas")
    delegate = area.results.itemDelegate()
    assert isinstance(delegate, common.HtmlDelegate)
    from PySide6.QtWidgets import QStyleOptionViewItem

    for row in range(area.results.count()):
        option = QStyleOptionViewItem()
        option.initFrom(area.results)
        option.widget = area.results
        index = area.results.model().index(row, 0)
        hint = delegate.sizeHint(option, index)
        painted = area.results.visualItemRect(area.results.item(row))
        assert hint.height() == painted.height(), area.results.item(row).text()


def test_admin_writes_a_new_version_in_the_editor_and_compares(qtbot: QtBot, db: Database, open_area) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_area("admin", "Syifa Miratil Hayati")
    p1 = service_id(db, "P1")
    assert area.open_service(p1)
    assert area.page.edit_button.isVisible() and area.import_button.isVisible()
    qtbot.mouseClick(area.page.edit_button, Qt.MouseButton.LeftButton)
    editor = editor_of(qtbot)
    requirements = editor.list_editor("requirements")
    assert len(requirements.lines()) == 5 and editor.aliases.text().startswith("kartu kuning, AK1, AK/1")
    requirements.list.setCurrentRow(1)  # after the ijazah line
    requirements.add_line("Surat keterangan domisili dari kepala desa", edit=False)
    qtbot.keyClick(requirements.list, Qt.Key.Key_Up, CTRL)
    requirements.list.setCurrentRow(4)
    qtbot.keyClick(requirements.list, Qt.Key.Key_Delete)
    qtbot.mouseClick(editor.working_days, Qt.MouseButton.LeftButton)
    editor.days.setValue(2)
    editor.fee.setValue(10_000)

    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)  # no SK number yet: refused at the field, nothing written
    assert editor.errors["sk_number"].text() == "Nomor SK penetapan standar wajib diisi."
    assert editor.isVisible()
    qtbot.keyClicks(editor.sk_number, "188.4/321/DKUKMTK/2025")
    editor.effective_date.setDate(QDate(2025, 1, 1))  # before version 1 took effect
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert editor.errors["effective_date"].text().startswith("Tanggal berlaku tidak boleh sebelum")
    editor.effective_date.setDate(QDate(2025, 11, 3))
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())
    record = standards.latest_standard(db, p1)
    assert record is not None and record.version_no == 2
    assert record.requirements[1] == "Surat keterangan domisili dari kepala desa"
    assert len(record.requirements) == 5 and record.duration_days == 2 and record.fee == 10_000

    assert area.page.version_box.count() == 2  # the page followed the broadcast change
    area.page.version_box.setCurrentIndex(1)  # version 1, no longer in force
    assert "versi lama" in area.page.notice.text()
    dialog = CompareDialog(db, p1, area)
    qtbot.addWidget(dialog)
    html = dialog.view.toPlainText()
    assert "3 komponen berubah: 1. Persyaratan, 3. Jangka waktu pelayanan, 4. Biaya/tarif" in html
    assert "+ Surat keterangan domisili dari kepala desa" in html
    assert "Rp10.000" in html and "Gratis" in html


def test_aliases_are_edited_with_the_standard_without_a_new_version(qtbot: QtBot, db: Database, open_area) -> None:  # type: ignore[no-untyped-def]
    window, area = open_area("admin", "Syifa Miratil Hayati")
    p8 = service_id(db, "P8")
    area.open_service(p8)
    qtbot.mouseClick(area.page.edit_button, Qt.MouseButton.LeftButton)
    editor = editor_of(qtbot)
    assert editor.aliases.text() == "WLKP, wajib lapor"
    editor.aliases.end(False)
    qtbot.keyClicks(editor.aliases, ", lapor pabrik")
    assert editor.errors["sk_number"].isHidden()  # only the aliases change: no new decree needed
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert window.statusBar().currentMessage() == "Nama lain tersimpan; isi standar tidak berubah, tidak ada versi baru."
    assert standards.service_by_code(db, "P8").aliases == ("WLKP", "wajib lapor", "lapor pabrik")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(StandardVersion)) == 19
    assert "lapor pabrik" in area.page.subtitle.text()
    qtbot.keyClicks(area.search, "lapor pabrik")
    qtbot.waitUntil(lambda: listed_codes(area, db) == ["P8"])


def test_editor_shows_each_problem_under_its_field(qtbot: QtBot, db: Database, open_area) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_area("admin", "Syifa Miratil Hayati")
    area.edit(service_id(db, "K1"))
    editor = editor_of(qtbot)
    steps = editor.list_editor("steps")
    while steps.lines():
        steps.list.setCurrentRow(0)
        qtbot.keyClick(steps.list, Qt.Key.Key_Delete)
    editor.text_edit("competence").setPlainText("   ")
    editor.aliases.setText("x" * 61)
    qtbot.keyClicks(editor.sk_number, "188.4/1/DKUKMTK/2026")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert editor.errors["steps"].text() == "Sistem, mekanisme, dan prosedur wajib diisi, paling sedikit satu baris."
    assert editor.errors["competence"].text() == "Kompetensi pelaksana wajib diisi."
    assert "terlalu panjang" in editor.errors["aliases"].text()
    assert editor.focusWidget() is steps.list  # the first field in error
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(StandardVersion)) == 19
    editor.close()


def test_every_document_opens_in_the_preview_and_each_print_is_logged(
        qtbot: QtBot, db: Database, open_area, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_area("petugas", "Rahmat Hidayat")
    qtbot.mouseClick(area.booklet_button, Qt.MouseButton.LeftButton)  # no file dialog: the preview
    booklet = area.preview
    assert isinstance(booklet, PdfPreview) and booklet.isVisible()
    assert [booklet.paper_box.itemData(i) for i in range(booklet.paper_box.count())] == ["A4", "F4"]
    pages = len(PdfReader(BytesIO(booklet.pdf_bytes)).pages)
    assert pages > 19 and booklet.pages.text() == f"{pages} halaman" and "DAFTAR ISI" in pdf_text(booklet.pdf_bytes)
    booklet.paper_box.setCurrentIndex(booklet.paper_box.findData("F4"))
    assert round(float(PdfReader(BytesIO(booklet.pdf_bytes)).pages[0].mediabox.height)) == 935
    assert booklet.notice.isVisible() and "Tanggal penandatanganan maklumat" in booklet.notice.text()
    saved = tmp_path / "buku.pdf"
    assert booklet.save_pdf(saved) == saved
    booklet.close()

    area.open_service(service_id(db, "U1"))
    qtbot.mouseClick(area.page.print_board, Qt.MouseButton.LeftButton)
    board = area.preview
    assert board is not None and "3. JANGKA WAKTU PELAYANAN" in pdf_text(board.pdf_bytes)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "papan.pdf"))
    printer.setResolution(96)
    assert "SALINAN" not in pdf_text(board.pdf_bytes)
    assert board.print_to(printer)
    assert "SALINAN ke-2" in pdf_text(board.pdf_bytes)  # the next paper from this preview is a copy
    board.close()
    qtbot.mouseClick(area.page.print_standard, Qt.MouseButton.LeftButton)
    assert area.preview is not None and "FASILITASI PENERBITAN NOMOR INDUK BERUSAHA" in pdf_text(
        area.preview.pdf_bytes).upper()
    area.preview.close()
    qtbot.mouseClick(area.maklumat_button, Qt.MouseButton.LeftButton)
    assert area.preview is not None and "MAKLUMAT PELAYANAN" in pdf_text(area.preview.pdf_bytes)
    area.preview.close()
    with db.read() as session:
        rows = session.execute(select(PrintRecord.document_kind, PrintRecord.action, PrintRecord.paper)
                               .order_by(PrintRecord.id)).all()
    assert [tuple(r) for r in rows] == [("booklet", "save", "F4"), ("board", "print", "A4")]


def test_admin_import_lists_problems_and_export_writes_the_file(
        qtbot: QtBot, db: Database, open_area, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_area("admin", "Syifa Miratil Hayati")
    xlsx = tmp_path / "standar.xlsx"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_a: xlsx)
    assert area.export("xlsx") == xlsx and xlsx.is_file()
    book = load_workbook(xlsx)
    book["Standar Pelayanan"].cell(5, 8).value = "-5"
    book.save(xlsx)
    shown: list[list[str]] = []
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *_a: xlsx)
    monkeypatch.setattr(common.ReportDialog, "show_lines", classmethod(lambda _cls, _p, _t, _m, lines: shown.append(lines)))
    assert area.import_file() is False
    assert shown == [["Baris 5, kolom H (4. Biaya/Tarif (Rp; 0 = Gratis)): Biaya '-5' tidak dapat dibaca: tulis "
                      "angka rupiah (mis. 15000) atau Gratis."]]

    book["Standar Pelayanan"].cell(5, 8).value = 7500  # P4 costs Rp7.500 from now on
    book.save(xlsx)
    asked: list[list[str]] = []
    monkeypatch.setattr(common.ReportDialog, "ask",
                        classmethod(lambda _cls, _p, _t, _m, lines, _a: asked.append(lines) or True))
    assert area.import_file() is True
    assert asked == [["Versi standar baru: P4 versi 2",
                      "Tidak berubah: P1, P2, P3, P5, P6, P7, P8, B1, B2, U1, U2, U3, U4, K1, K2, K3, K4, K5"]]
    assert standards.latest_standard(db, service_id(db, "P4")).fee == 7500  # type: ignore[union-attr]
    area.open_service(service_id(db, "P4"))
    assert area.page.version_box.count() == 2  # the import's change reached the page


def test_an_officer_cannot_save_even_if_the_editor_is_reached(qtbot: QtBot, db: Database, open_area) -> None:  # type: ignore[no-untyped-def]
    _window, area = open_area("petugas")
    area.edit(service_id(db, "B2"))
    editor = editor_of(qtbot)
    qtbot.keyClicks(editor.sk_number, "188.4/2/DKUKMTK/2026")
    editor.fee.setValue(5000)
    editor.effective_date.setDate(QDate(2026, 1, 2))
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert "tidak berwenang" in editor.message.text() and editor.saved_record is None
    assert standards.latest_standard(db, service_id(db, "B2")).fee == 0  # type: ignore[union-attr]
    editor.close()


def test_install_listens_to_the_window(qtbot: QtBot, db: Database, open_area) -> None:  # type: ignore[no-untyped-def]
    window, area = open_area("admin", "Syifa Miratil Hayati")
    assert window.areas[standards_ui.AREA_KEY] is area
    p6 = service_id(db, "P6")
    area.open_service(p6)
    standards.set_aliases(window.db, p6, ["PKB", "perjanjian kerja bersama perusahaan"])
    assert "perjanjian kerja bersama perusahaan" not in area.page.subtitle.text()  # nobody said it changed
    from desk.store.work import Change, Changes

    window.broadcast_changes(Changes.of(Change.STANDARDS))
    assert "perjanjian kerja bersama perusahaan" in area.page.subtitle.text()
