"""The register as the officer uses it by keyboard: searching, counting, filtering, and acting on a request."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desk.domain.nik import make_nik
from desk.domain.status import DONE
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.access import ADMIN
from desk.store.database import Database
from desk.store.request_changes import Collection, set_status
from desk.store.requests import RegisterFilter
from desk.ui.register import counter as counter_module
from desk.ui.register.closing import CloseDialog
from desk.ui.register.correction import CorrectionDialog
from desk.ui.register.model import COL_STATUS, COL_VISITOR, PAGE_SIZE
from desk.ui.register.page import RegisterPage
from desk.ui.register.reason import ReasonDialog
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import focused, key_into, keys_into, on_next_dialog, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
OLD = 230  # requests of October 2025, every one long overdue
START = datetime(2025, 10, 1, 1, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def busy_template(template_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """OLD complete requests of October 2025, then today a finished one, an open one and one still waiting
    for its documents: more than a page, so the count has to be worked out."""
    folder = tmp_path_factory.mktemp("busy")
    shutil.copy2(template_data_dir / DATABASE_FILE, folder / DATABASE_FILE)
    db = open_database(default_database_url(folder), folder)
    for n in range(OLD):
        saved_walk_in(db, f"Pemohon {n:03d}", nik=make_nik("631104", date(1990, 1, 1), "L", n + 1),
                      now=START + timedelta(minutes=n))
    finished = saved_walk_in(db, "Rahmat Hidayat", "K1", nik=make_nik("631101", date(1980, 2, 3), "L", 900))
    set_status(db, finished.id, DONE, collection=Collection("pemohon"))
    saved_walk_in(db, "Budi Santoso", "U1", nik=make_nik("631102", date(1985, 6, 7), "L", 901))
    saved_walk_in(db, "Siti Aminah", "P3", nik=make_nik("631104", date(1995, 5, 1), "P", 902),
                  documents_received=(True, True))  # the newest: waiting for the rest of her file
    db.dispose()
    return folder


@pytest.fixture
def busy_db(busy_template: Path, tmp_path: Path) -> Iterator[Database]:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(busy_template / DATABASE_FILE, folder / DATABASE_FILE)
    db = open_database(default_database_url(folder), folder)
    yield db
    db.dispose()


def open_register(qtbot: QtBot, db: Database, role: str = "petugas") -> RegisterPage:
    actor = user_with_role(db, role, "Admin Kantor" if role == ADMIN else "Rahmat Petugas")
    page = RegisterPage(db.as_user(actor))  # as the main window builds it
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def names(page: RegisterPage) -> list[str]:
    return [page.model.index(row, COL_VISITOR).data() for row in range(page.model.rowCount())]


def type_search(qtbot: QtBot, page: RegisterPage, text: str) -> None:
    page.focus_search()
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        qtbot.keyClicks(page.search, text)


def back_to(qtbot: QtBot, page: RegisterPage) -> None:
    """The register active again after a dialog (Alt+letter shortcuts reach the active window only)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def select(qtbot: QtBot, page: RegisterPage, name: str) -> None:
    back_to(qtbot, page)
    type_search(qtbot, page, name)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the results, the newest match selected
    assert page.detail.visitor_name.text().startswith(name)


def test_the_count_is_exact_and_worked_out_off_the_screens_thread(
    qtbot: QtBot, busy_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = counter_module.register_count

    def counted(db: Database, filters: RegisterFilter, today: date) -> object:
        threads.append(threading.current_thread())
        return real(db, filters, today)

    monkeypatch.setattr(counter_module, "register_count", counted)
    page = open_register(qtbot, busy_db)
    assert page.model.rowCount() == PAGE_SIZE
    qtbot.waitUntil(lambda: page.count.text() == "233 permohonan, 230 terlambat")
    assert threads and all(t is not threading.main_thread() for t in threads)

    page.filters.overdue.setFocus()
    qtbot.keyClick(page.filters.overdue, Qt.Key.Key_Space)  # Terlambat saja
    qtbot.waitUntil(lambda: page.count.text() == "230 permohonan terlambat")
    qtbot.keyClick(page.filters.overdue, Qt.Key.Key_Space)

    page.filters.status.setFocus()
    qtbot.keyClicks(page.filters.status, "Masih")  # Masih terbuka (Diterima + Diproses)
    assert page.filters.status.currentText().startswith("Masih terbuka")
    qtbot.waitUntil(lambda: page.count.text() == "232 permohonan, 230 terlambat")  # all but the one Selesai
    assert "Selesai (hasil diserahkan)" not in [page.model.index(r, COL_STATUS).data() for r in range(20)]


def test_a_new_search_starts_at_the_top_with_the_newest_match_and_drops_the_old_notice(
    qtbot: QtBot, busy_db: Database
) -> None:
    page = open_register(qtbot, busy_db)
    page.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.table, Qt.Key.Key_PageDown)  # far down the table, old requests on screen
    assert page.table.verticalScrollBar().value() > 0
    qtbot.keyClick(page.table, Qt.Key.Key_O, ALT)  # Diproses, on one of them
    qtbot.waitUntil(page.notice.isVisible)
    assert page.notice.text().startswith("Status ") and "Diproses" in page.notice.text()

    type_search(qtbot, page, "pemohon")
    assert page.table.verticalScrollBar().value() == 0  # from the top again
    assert page.table.currentIndex().row() == 0 and names(page)[0] == "Pemohon 229"  # the newest match, selected
    assert page.detail.visitor_name.text() == "Pemohon 229 (Laki-laki)"
    assert focused() is page.search  # selected without taking the cursor out of the search
    assert not page.notice.isVisible()  # about what was shown before the search


def test_ctrl_end_goes_to_the_oldest_request_and_ctrl_home_back(qtbot: QtBot, busy_db: Database) -> None:
    page = open_register(qtbot, busy_db)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    assert page.filters.ascending.isChecked()  # "Terlama dulu": the oldest is one page away, not every page
    assert page.detail.visitor_name.text() == "Pemohon 000 (Laki-laki)" and page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    assert not page.filters.ascending.isChecked()
    assert page.detail.visitor_name.text() == "Siti Aminah (Perempuan)"


def test_dates_are_typed_and_a_range_that_ends_before_it_starts_is_refused(qtbot: QtBot, busy_db: Database) -> None:
    page = open_register(qtbot, busy_db)
    bar = page.filters
    bar.date_from.edit.setFocus()
    qtbot.waitUntil(lambda: bar.date_from.edit.selectedText() != "")
    qtbot.keyClicks(bar.date_from.edit, "01102025")
    bar.date_to.edit.setFocus()
    qtbot.waitUntil(lambda: bar.date_to.edit.selectedText() != "")
    qtbot.keyClicks(bar.date_to.edit, "01102025")
    qtbot.waitUntil(lambda: page.count.text() == "230 permohonan, 230 terlambat")
    shown = names(page)

    bar.date_from.edit.setFocus()
    qtbot.waitUntil(lambda: bar.date_from.edit.selectedText() != "")
    qtbot.keyClicks(bar.date_from.edit, "05102025")  # after "s.d."
    assert bar.problem_label.isVisible()
    assert bar.problem_label.text().startswith('Tanggal "Dari" (05-10-2025) sesudah "s.d." (01-10-2025).')
    assert names(page) == shown and page.count.text() == "230 permohonan, 230 terlambat"  # refused, kept

    bar.date_to.edit.setFocus()
    qtbot.waitUntil(lambda: bar.date_to.edit.selectedText() != "")
    qtbot.keyClicks(bar.date_to.edit, "31022025")  # no such day
    assert "tidak ada di kalender" in bar.problem_label.text() and names(page) == shown
    qtbot.keyClick(bar.date_to.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(bar.date_to.edit, "06102025")
    assert not bar.problem_label.isVisible()


def test_the_detail_starts_at_the_top_for_another_request(qtbot: QtBot, busy_db: Database) -> None:
    page = open_register(qtbot, busy_db)
    page.resize(1366, 400)  # short: the panel scrolls
    page.focus_table()
    bar = page.detail_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert bar.value() == 0 and page.detail.ref.visibleRegion().boundingRect().height() > 0


def test_documents_brought_later_are_ticked_in_the_detail_and_the_file_completes(
    qtbot: QtBot, busy_db: Database
) -> None:
    page = open_register(qtbot, busy_db)
    select(qtbot, page, "Siti Aminah")
    detail = page.detail
    assert "belum lengkap" in detail.file.text() and "perkiraan" in detail.due.text()
    editor = detail.checklist_editor
    editor.setFocus()
    missing = [row for row, ticked in enumerate(editor.ticks()) if not ticked]
    for row in missing:
        editor.setCurrentRow(row)
        qtbot.keyClick(editor, Qt.Key.Key_Space)
    assert detail.save_documents.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_R, ALT)  # Simpan berkas
    qtbot.waitUntil(lambda: "lengkap, sejak" in detail.file.text())
    assert "jatuh tempo kini" in page.notice.text()
    assert "Berkas diterima:" in detail.timeline.text() and "Berkas wajib lengkap pada" in detail.timeline.text()
    assert not detail.save_documents.isEnabled() and "perkiraan" not in detail.due.text()


def test_selesai_asks_who_collected_and_refuses_an_officer_while_documents_are_missing(
    qtbot: QtBot, busy_db: Database
) -> None:
    page = open_register(qtbot, busy_db)
    select(qtbot, page, "Siti Aminah")

    def refused(dialog: CloseDialog) -> None:
        assert "ditandai <b>Selesai</b>" in dialog.findChild(QLabel, "explanation").text()
        assert "Berkas wajib belum lengkap" in dialog.findChild(QLabel, "missing").text()
        assert dialog.findChild(QLabel, "refusal") is not None and not dialog.ok_button.isEnabled()
        key_into(dialog, Qt.Key.Key_Return, CTRL)  # nothing happens: it cannot be finished
        key_into(dialog, Qt.Key.Key_Escape)

    answered = on_next_dialog(refused, CloseDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: bool(answered))
    assert page.detail.status.text() == "Status: Diterima"

    select(qtbot, page, "Budi Santoso")  # his file is complete

    def by_representative(dialog: CloseDialog) -> None:
        dialog.by_visitor.setFocus()
        key_into(dialog.by_visitor, Qt.Key.Key_Down)  # Kuasa atau wakil: the name field opens for typing
        QTest.qWait(50)
        assert dialog.by_representative.isChecked() and focused() is dialog.collector
        assert not dialog.ok_button.isEnabled()  # a representative needs a name
        keys_into(dialog.collector, "Ahmad Fauzi")
        dialog.product_number.setFocus()
        keys_into(dialog.product_number, "NIB-1234567890")
        key_into(dialog.product_number, Qt.Key.Key_Return, CTRL)

    answered = on_next_dialog(by_representative, CloseDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: page.detail.status.text() == "Status: Selesai (hasil diserahkan)")
    assert answered and page.detail.collected.text() == "kuasa, Ahmad Fauzi; nomor produk NIB-1234567890"
    assert not page.detail.actions.isVisible() and not page.detail.reopen_button.isVisible()  # an officer
    assert "Hasil diambil oleh kuasa, Ahmad Fauzi." in page.detail.timeline.text()


def test_an_admin_closes_with_a_reason_and_reopens(qtbot: QtBot, busy_db: Database) -> None:
    page = open_register(qtbot, busy_db, ADMIN)
    select(qtbot, page, "Siti Aminah")

    def override(dialog: CloseDialog) -> None:
        assert not dialog.ok_button.isEnabled()
        dialog.override.setFocus()
        keys_into(dialog.override, "Berkas asli sudah diperiksa di bidang")
        key_into(dialog.override, Qt.Key.Key_Return, CTRL)

    on_next_dialog(override, CloseDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: page.detail.status.text() == "Status: Selesai (hasil diserahkan)")
    assert "diselesaikan oleh admin dengan alasan: Berkas asli sudah diperiksa" in page.detail.timeline.text()
    assert page.detail.reopen_button.isVisible()

    def reopen(dialog: ReasonDialog) -> None:
        assert "statusnya kembali seperti sebelum ditutup" in dialog.findChild(QLabel, "explanation").text()
        keys_into(dialog.reason, "Hasil belum diambil; salah klik")
        key_into(dialog.reason, Qt.Key.Key_Return, CTRL)

    on_next_dialog(reopen, ReasonDialog)
    back_to(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_E, ALT)  # Buka kembali
    qtbot.waitUntil(lambda: page.detail.status.text() == "Status: Diterima")
    assert "Dibuka kembali: Selesai (hasil diserahkan) → Diterima" in page.detail.timeline.text()
    assert "Alasan: Hasil belum diambil; salah klik" in page.detail.timeline.text()


def test_a_correction_by_keys_is_shown_and_on_the_timeline(qtbot: QtBot, busy_db: Database) -> None:
    page = open_register(qtbot, busy_db)
    select(qtbot, page, "Budi Santoso")

    def correct(dialog: CorrectionDialog) -> None:
        assert focused() is dialog.name and dialog.nik.text() == "6311********0901"  # stored NIK, masked
        key_into(dialog.name, Qt.Key.Key_End)
        keys_into(dialog.name, " Wijaya")
        dialog.organisation.setFocus()
        keys_into(dialog.organisation, "K" * 301)  # the form stops at the limit, as the store would
        assert len(dialog.organisation.text()) == 300
        dialog.organisation.clear()
        keys_into(dialog.organisation, "UD Karya Balangan")
        key_into(dialog.organisation, Qt.Key.Key_S, CTRL)

    answered = on_next_dialog(correct, CorrectionDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_I, ALT)  # Koreksi data
    qtbot.waitUntil(lambda: page.detail.visitor_name.text() == "Budi Santoso Wijaya (Laki-laki)")
    assert answered and page.detail.organisation.text() == "UD Karya Balangan"
    assert "Dikoreksi: nama; organisasi." in page.detail.timeline.text()
    assert page.notice.text() == f"Data {page.detail.record.ref_number} dikoreksi."  # type: ignore[union-attr]
    assert page.model.index(page.table.currentIndex().row(), COL_VISITOR).data() == "Budi Santoso Wijaya"
