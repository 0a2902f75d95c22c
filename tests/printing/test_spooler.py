"""Printing from the preview through a real spooler (CUPS + cups-pdf), judged by what comes out of it.

A receipt on A4 and on an 80 mm roll, and a several-page A4 attendance sheet, are sent from Desk's
preview to cups-pdf queues with no dialog on screen (the printer is the one remembered for the
document kind, or the dialog seam answers as an officer would). What the spooler wrote must have
the pages of the PDF Desk made: same count, same size, and the same picture on every page. A
paused or missing printer must say so in Indonesian, send nothing, and offer "Simpan PDF".
These tests look only at the spooler's output and the officer's screen, not at how printing is
done inside (it may move to a worker thread): every wait is for the spooled file.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk.paths import default_database_url
from desk.store import receipts
from desk.store.database import Database, open_database
from desk.ui.preview import PdfPreview
from desk.ui.receipts.printing import print_directly, reprint
from desk.ui.settings import PRINT_DIRECTLY, PRINTER
from tests.printing import raster
from tests.printing.conftest import SpoolPrinter, add_printer, remove_printer
from tests.ui.helpers import settings_dir  # noqa: F401

pytestmark = [pytest.mark.usefixtures("settings_dir"), pytest.mark.xdist_group("cups")]

DESK = str(Path(sys.executable).with_name("desk"))
A4_MM = (210.0, 297.0)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a few requests and a forum of 60 invitees (a sheet of several pages)."""
    folder = tmp_path_factory.mktemp("office")
    subprocess.run([DESK, "--data-dir", str(folder), "demo-data", "--requests", "5", "--forums", "1",
                    "--participants", "60"], check=True, capture_output=True, timeout=300)
    return folder


@pytest.fixture
def db(office: Path) -> Iterator[Database]:
    database = open_database(default_database_url(office), office)
    yield database
    database.dispose()


def first_id(office: Path, table: str) -> int:
    conn = sqlite3.connect(office / "desk.sqlite3")
    try:
        (row_id,) = conn.execute(f"SELECT id FROM {table} ORDER BY id LIMIT 1").fetchone()
    finally:
        conn.close()
    return int(row_id)


def answer_print_dialog(monkeypatch: pytest.MonkeyPatch, choose: str | None, seen: list[str] | None = None) -> None:
    """The print dialog answered as an officer would: pick `choose` (None: keep what is offered), press Cetak."""

    def ask(cls: type, _parent: QWidget | None, printer: QPrinter) -> bool:
        if seen is not None:
            seen.append(printer.printerName())
        if choose is not None:
            printer.setPrinterName(choose)
        return True

    monkeypatch.setattr(PdfPreview, "ask_printer", classmethod(ask))


def assert_same_pages(made: bytes, spooled: Path, tmp_path: Path) -> int:
    """The spooled PDF has the pages of `made`: count, size (±1 mm) and picture. Returns the page count."""
    original = tmp_path / "made.pdf"
    original.write_bytes(made)
    want_sizes, got_sizes = raster.page_sizes_mm(original), raster.page_sizes_mm(spooled)
    assert len(got_sizes) == len(want_sizes)
    for (want_w, want_h), (got_w, got_h) in zip(want_sizes, got_sizes, strict=True):
        assert abs(got_w - want_w) <= 1 and abs(got_h - want_h) <= 1, (want_sizes, got_sizes)
    for number, (want, got) in enumerate(zip(raster.pictures(original), raster.pictures(spooled), strict=True), 1):
        # What would count as a different print does: the same page slipped by 5 mm.
        assert raster.difference(want, raster.shifted(want, 5)) > raster.SAME_PAGE
        assert raster.difference(want, got) < raster.SAME_PAGE, f"page {number} differs"
    return len(got_sizes)


def open_receipt_preview(qtbot: QtBot, db: Database, request_id: int, paper: str) -> PdfPreview:
    preview = reprint(None, db, request_id)
    assert preview is not None
    qtbot.addWidget(preview)
    preview.paper_box.setCurrentIndex(preview.paper_box.findData(paper))
    assert preview.paper == paper
    return preview


def print_records(office: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(office / "desk.sqlite3")
    try:
        return list(conn.execute("SELECT paper, target FROM print_records WHERE action = 'print' ORDER BY id"))
    finally:
        conn.close()


@pytest.mark.parametrize("paper", ["A4", "80mm"])
def test_receipt_from_the_preview_comes_out_of_the_spooler_as_previewed(
        qtbot: QtBot, db: Database, office: Path, spool_printers: dict[str, SpoolPrinter], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, paper: str) -> None:
    printer = spool_printers["struk"]
    preview = open_receipt_preview(qtbot, db, first_id(office, "service_requests"), paper)
    made = preview.pdf_bytes
    answer_print_dialog(monkeypatch, printer.name)
    before = printer.outputs()

    assert preview.print_with_dialog()

    spooled = printer.wait_for_output(before)
    assert assert_same_pages(made, spooled, tmp_path) == 1
    width, height = raster.page_sizes_mm(spooled)[0]
    if paper == "80mm":
        assert round(width) == 80 and height > 100  # a roll: as long as the receipt
    else:
        assert (round(width), round(height)) == A4_MM
    assert print_records(office)[-1] == (paper, printer.name)


def test_attendance_sheet_on_a4_prints_every_page(
        qtbot: QtBot, office: Path, spool_printers: dict[str, SpoolPrinter], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "daftar-hadir.pdf"
    subprocess.run([DESK, "--data-dir", str(office), "print", "attendance", str(first_id(office, "forums")),
                    "--paper", "A4", "--out", str(sheet)], check=True, capture_output=True, timeout=300)
    made = sheet.read_bytes()
    preview = PdfPreview(None, kind="attendance", title="Daftar hadir", build=lambda _paper, _two_up: made,
                         papers=["A4"], paper="A4")
    qtbot.addWidget(preview)
    printer = spool_printers["a4"]
    answer_print_dialog(monkeypatch, printer.name)
    before = printer.outputs()

    assert preview.print_with_dialog()

    spooled = printer.wait_for_output(before)
    assert assert_same_pages(made, spooled, tmp_path) >= 2
    assert {(round(w), round(h)) for w, h in raster.page_sizes_mm(spooled)} == {A4_MM}


def test_printer_and_paper_are_remembered_per_document_kind(
        qtbot: QtBot, db: Database, office: Path, spool_printers: dict[str, SpoolPrinter],
        monkeypatch: pytest.MonkeyPatch) -> None:
    struk, a4 = spool_printers["struk"], spool_printers["a4"]
    request_id = first_id(office, "service_requests")
    # Once: receipts on the roll printer, on 80 mm; the attendance sheet on the A4 printer.
    answer_print_dialog(monkeypatch, struk.name)
    before = struk.outputs()
    assert open_receipt_preview(qtbot, db, request_id, "80mm").print_with_dialog()
    struk.wait_for_output(before)
    sheet = PdfPreview(None, kind="attendance", title="Daftar hadir",
                       build=lambda _paper, _two_up: open_receipt_bytes(db, request_id), papers=["A4"], paper="A4")
    qtbot.addWidget(sheet)
    answer_print_dialog(monkeypatch, a4.name)
    before = a4.outputs()
    assert sheet.print_with_dialog()
    a4.wait_for_output(before)

    # Next time each kind offers its own printer, and a receipt comes with its paper.
    offered: list[str] = []
    answer_print_dialog(monkeypatch, None, offered)
    receipt = reprint(None, db, request_id)
    assert receipt is not None
    qtbot.addWidget(receipt)
    assert receipt.paper == "80mm"
    before = struk.outputs()
    assert receipt.print_with_dialog()
    assert round(raster.page_sizes_mm(struk.wait_for_output(before))[0][0]) == 80
    again = PdfPreview(None, kind="attendance", title="Daftar hadir",
                       build=lambda _paper, _two_up: open_receipt_bytes(db, request_id), papers=["A4"], paper="A4")
    qtbot.addWidget(again)
    before = a4.outputs()
    assert again.print_with_dialog()
    a4.wait_for_output(before)
    assert offered == [struk.name, a4.name]

    # With "print at once" set, a new receipt goes to the remembered printer with no window at all.
    PRINT_DIRECTLY.set(True)
    before = struk.outputs()
    assert print_directly(None, db, receipts.receipt_for(db, request_id))
    assert round(raster.page_sizes_mm(struk.wait_for_output(before))[0][0]) == 80
    assert PRINTER.get("receipt") == struk.name


def open_receipt_bytes(db: Database, request_id: int) -> bytes:
    from desk.documents.receipt import render_receipt

    return render_receipt(receipts.receipt_for(db, request_id), "A4")


def _refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[list[str], Path]:
    said: list[str] = []
    saved = tmp_path / "tanda-terima.pdf"

    def unavailable(cls: type, _parent: QWidget, message: str) -> bool:
        said.append(message)
        return True  # the officer takes the way out: Simpan PDF…

    monkeypatch.setattr(PdfPreview, "printer_unavailable", classmethod(unavailable))
    monkeypatch.setattr(PdfPreview, "ask_save_path", classmethod(lambda cls, _parent, _name: saved))
    return said, saved


def test_paused_printer_says_so_sends_nothing_and_offers_a_pdf(
        qtbot: QtBot, db: Database, office: Path, spool_printers: dict[str, SpoolPrinter], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    printer = spool_printers["struk"]
    said, saved = _refused(monkeypatch, tmp_path)
    preview = open_receipt_preview(qtbot, db, first_id(office, "service_requests"), "80mm")
    made = preview.pdf_bytes
    answer_print_dialog(monkeypatch, printer.name)
    before = printer.outputs()
    printer.set_enabled(False)
    try:
        # Returns at once with the answer (a hang would be ended by the suite's timeout and fail).
        assert not preview.print_with_dialog()
        assert not printer.pending_jobs(), "nothing may wait in a paused printer's queue"
    finally:
        printer.set_enabled(True)
    (message,) = said
    assert printer.name in message and "tidak siap" in message and "PDF" in message
    assert str(saved) in preview.status.text()  # "Disimpan ke …": the way out was taken
    assert saved.read_bytes() == made
    assert printer.outputs() == before


def test_printer_removed_after_choosing_it_says_so_and_offers_a_pdf(
        qtbot: QtBot, db: Database, office: Path, spool_printers: dict[str, SpoolPrinter], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    said, saved = _refused(monkeypatch, tmp_path)
    (tmp_path / "spool").mkdir()
    unplugged = add_printer("dicabut", tmp_path / "spool")

    def choose_then_unplug(cls: type, _parent: QWidget | None, printer: QPrinter) -> bool:
        printer.setPrinterName(unplugged.name)
        remove_printer(unplugged)  # the cable pulled while the dialog was open
        return True

    monkeypatch.setattr(PdfPreview, "ask_printer", classmethod(choose_then_unplug))
    preview = open_receipt_preview(qtbot, db, first_id(office, "service_requests"), "A4")

    assert not preview.print_with_dialog()

    (message,) = said
    assert unplugged.name in message and "tidak ditemukan" in message
    assert saved.read_bytes()[:5] == b"%PDF-"
    assert not list((tmp_path / "spool").iterdir())


def test_remembered_printer_gone_is_said_and_nothing_is_lost(
        qtbot: QtBot, db: Database, office: Path, spool_printers: dict[str, SpoolPrinter],
        monkeypatch: pytest.MonkeyPatch) -> None:
    gone = "Pencetak-Loket-Lama"
    PRINTER.set(gone, "receipt")  # remembered, since unplugged and removed
    PRINT_DIRECTLY.set(True)
    request_id = first_id(office, "service_requests")
    before = {role: p.outputs() for role, p in spool_printers.items()}
    # "Print at once" does not send the receipt to some other printer: it is not printed, and the
    # caller opens the preview instead (desk.ui.receipts.ReceiptActions.after_save).
    assert not print_directly(None, db, receipts.receipt_for(db, request_id))
    offered: list[str] = []

    def look_then_cancel(cls: type, _parent: QWidget | None, printer: QPrinter) -> bool:
        offered.append(printer.printerName())
        return False

    monkeypatch.setattr(PdfPreview, "ask_printer", classmethod(look_then_cancel))
    preview = open_receipt_preview(qtbot, db, request_id, "80mm")
    assert not preview.print_with_dialog()
    assert offered and offered[0] != gone  # the dialog does not offer a printer that is not there
    assert gone in preview.status.text() and "tidak ditemukan" in preview.status.text()
    assert {role: p.outputs() for role, p in spool_printers.items()} == before


def test_pc_without_any_printer_says_so_instead_of_printing_into_nothing(
        qtbot: QtBot, db: Database, office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt hands out an unnamed PDF "printer" when none is installed; Desk must not report that as printed."""
    said, saved = _refused(monkeypatch, tmp_path)
    preview = open_receipt_preview(qtbot, db, first_id(office, "service_requests"), "A4")
    nowhere = QPrinter(QPrinter.PrinterMode.HighResolution)
    nowhere.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what QPrinter is on a PC with no printer
    made = preview.pdf_bytes

    assert not preview.print_to(nowhere)

    (message,) = said
    assert "Belum ada pencetak" in message
    assert saved.read_bytes() == made
