"""The Standards area as a counter officer and an admin use it (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.store import standards
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.models import PrintRecord, StandardVersion
from desk.ui import standards as standards_ui
from desk.ui.main_window import MainWindow
from desk.ui.standards import common
from desk.ui.standards.area import StandardsArea
from desk.ui.standards.compare import CompareDialog
from desk.ui.standards.editor import StandardEditor
from desk.ui.standards.html import MARK
from desk.ui.widgets import dialogs
from tests.factories import user_with_role
from tests.ui.helpers import focused, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")


def make_actor(db: Database, role: str, name: str) -> Actor:
    return user_with_role(db, role, name)


def service_id(db: Database, code: str) -> int:
    with db.read() as session:
        return standards.service_by_code(session, code).service.id


def listed_codes(area: StandardsArea, db: Database) -> list[str]:
    with db.read() as session:
        codes = {e.service.id: e.service.code for e in standards.list_entries(session, include_inactive=True)}
    return [codes[sid] for sid in area.service_rows()]


@pytest.fixture
def area_for(qtbot: QtBot, db: Database):  # type: ignore[no-untyped-def]
    def make(role: str) -> StandardsArea:
        area = StandardsArea(db, make_actor(db, role, f"Pengguna {role}"))
        qtbot.addWidget(area)
        area.resize(1366, 700)
        area.show()
        return area
    return make


def test_find_a_service_by_a_requirement_word_open_it_and_start_a_request(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    officer = make_actor(db, "petugas", "Rahmat Hidayat")
    window = MainWindow(db, officer)
    qtbot.addWidget(window)
    window.show()
    window.show_area(standards_ui.AREA_KEY)
    area = window.standards
    assert window.tabs.currentWidget() is area and window.tabs.tabText(1) == "Standar Pelayanan"
    qtbot.waitUntil(lambda: area.search.hasFocus())

    type_text(qtbot, "ijazah")
    qtbot.waitUntil(lambda: listed_codes(area, db) == ["P1", "P2", "P3", "B1"])
    assert area.count.text() == "4 layanan cocok"
    p1_html = area.results.item(1).data(common.HTML_ROLE)
    assert f'<span style="{MARK}">Ijazah</span> pendidikan terakhir' in p1_html

    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # into the list: the first service opens
    assert area.page.service_id == service_id(db, "P1")
    assert area.page.title.text().startswith("P1 — Penerbitan Kartu Tanda Bukti")
    body = area.page.body.toHtml()
    assert "Ijazah" in body and "Komponen penyampaian pelayanan" in body and "Dasar hukum" in body
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
    window.close()


def test_browsing_by_unit_and_searching_any_component(qtbot: QtBot, db: Database, area_for) -> None:  # type: ignore[no-untyped-def]
    area = area_for("petugas")
    assert listed_codes(area, db)[:3] == ["P1", "P2", "P3"] and area.count.text() == "19 layanan"
    headings = [area.results.item(i).data(common.HTML_ROLE) for i in range(area.results.count())
                if area.results.item(i).data(Qt.ItemDataRole.UserRole) is None]
    assert len(headings) == 4 and "Balai Latihan Kerja (BLK) Kabupaten Balangan" in headings[1]
    area.search.setText("sertifikat halal")
    area.search.flush()
    assert listed_codes(area, db) == ["U3"]
    area.search.setText("helikopter")
    area.search.flush()
    assert listed_codes(area, db) == [] and area.count.text() == "Tidak ada layanan yang memuat kata itu"


def test_admin_writes_a_new_version_in_the_editor_and_compares(qtbot: QtBot, db: Database, area_for) -> None:  # type: ignore[no-untyped-def]
    area = area_for("admin")
    p1 = service_id(db, "P1")
    assert area.open_service(p1)
    assert area.page.edit_button.isVisible() and area.import_button.isVisible()
    editor = StandardEditor(db, area.actor, p1, area)
    qtbot.addWidget(editor)
    editor.show()
    requirements = editor.list_editor("requirements")
    assert len(requirements.lines()) == 5
    requirements.list.setCurrentRow(1)  # after the ijazah line
    requirements.add_line("Surat keterangan domisili dari kepala desa", edit=False)
    requirements.move_line(-1)
    requirements.list.setCurrentRow(4)
    requirements.remove_line()
    editor.working_days.setChecked(True)
    editor.days.setValue(2)
    editor.fee.setValue(10_000)

    editor.save()  # no SK number yet: refused at the field, nothing written
    assert editor.errors["sk_number"].text() == "Nomor SK penetapan standar wajib diisi."
    assert editor.isVisible()
    editor.sk_number.setText("188.4/321/DKUKMTK/2025")
    editor.effective_date.setDate(QDate(2025, 1, 1))  # before version 1 took effect
    editor.save()
    assert editor.errors["effective_date"].text().startswith("Tanggal berlaku tidak boleh sebelum")
    editor.effective_date.setDate(QDate(2025, 11, 3))
    editor.save()
    record = editor.saved_record
    assert record is not None and record.version_no == 2
    assert record.requirements[1] == "Surat keterangan domisili dari kepala desa"
    assert len(record.requirements) == 5 and record.duration_days == 2 and record.fee == 10_000

    area.reload()
    area.page.show_service(p1)
    assert area.page.version_box.count() == 2
    area.page.version_box.setCurrentIndex(1)  # version 1, no longer in force
    assert "versi lama" in area.page.notice.text()
    dialog = CompareDialog(db, area.actor, p1, area)
    qtbot.addWidget(dialog)
    html = dialog.view.toPlainText()
    assert "3 komponen berubah: 1. Persyaratan, 3. Jangka waktu pelayanan, 4. Biaya/tarif" in html
    assert "+ Surat keterangan domisili dari kepala desa" in html
    assert "Rp10.000" in html and "Gratis" in html


def test_editor_shows_each_problem_under_its_field(qtbot: QtBot, db: Database, area_for) -> None:  # type: ignore[no-untyped-def]
    area = area_for("admin")
    editor = StandardEditor(db, area.actor, service_id(db, "K1"), area)
    qtbot.addWidget(editor)
    editor.show()
    steps = editor.list_editor("steps")
    while steps.lines():
        steps.list.setCurrentRow(0)
        steps.remove_line()
    editor.text_edit("competence").setPlainText("   ")
    editor.sk_number.setText("188.4/1/DKUKMTK/2026")
    editor.save()
    assert editor.errors["steps"].text() == "Sistem, mekanisme, dan prosedur wajib diisi, paling sedikit satu baris."
    assert editor.errors["competence"].text() == "Kompetensi pelaksana wajib diisi."
    assert editor.focusWidget() is steps.list  # the first field in error
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(StandardVersion)) == 19


def test_admin_import_lists_problems_and_export_and_print_save_files(
        qtbot: QtBot, db: Database, area_for, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    area = area_for("admin")
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
    with db.read() as session:
        assert standards.latest_standard(session, service_id(db, "P4")).fee == 7500  # type: ignore[union-attr]

    booklet = tmp_path / "buku.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_a: booklet)
    area.paper.setCurrentIndex(area.paper.findData("F4"))
    assert area.print_booklet() == booklet and booklet.read_bytes().startswith(b"%PDF")
    area.open_service(service_id(db, "U1"))
    board = tmp_path / "papan"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_a: board)
    assert area.print_service("board") == tmp_path / "papan.pdf"
    with db.read() as session:
        rows = session.execute(select(PrintRecord.document_kind, PrintRecord.paper)).all()
    assert sorted(rows) == [("board", "F4"), ("booklet", "F4")]


def test_an_officer_cannot_save_even_if_the_editor_is_reached(qtbot: QtBot, db: Database, area_for) -> None:  # type: ignore[no-untyped-def]
    area = area_for("petugas")
    editor = StandardEditor(db, area.actor, service_id(db, "B2"), area)
    qtbot.addWidget(editor)
    editor.sk_number.setText("188.4/2/DKUKMTK/2026")
    editor.fee.setValue(5000)
    editor.effective_date.setDate(QDate(2026, 1, 2))
    editor.save()
    assert "tidak berwenang" in editor.message.text() and editor.saved_record is None
    with db.read() as session:
        assert standards.standard_in_force(session, service_id(db, "B2"), date(2026, 1, 2)).fee == 0
