"""Receipts in the window: save → preview → print → recorded → reprint is a copy; Ctrl+K checks a receipt."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.nik import mask_nik
from desk.store.database import Database
from desk.store.models import PrintRecord
from desk.store.requests import request_detail
from desk.ui.main_window import MainWindow
from desk.ui.preview import PdfPreview
from tests.factories import user_with_role
from tests.ui.helpers import save_request, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(data)).pages)


def print_records(db: Database, request_id: int) -> list[tuple[str, int, str]]:
    with db.read() as s:
        return [(r.action, r.copy_no, r.target) for r in s.scalars(
            select(PrintRecord).where(PrintRecord.document_kind == "receipt", PrintRecord.record_id == request_id)
            .order_by(PrintRecord.id))]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db, user_with_role(db, name="Rahmat Hidayat"))
    qtbot.addWidget(win)
    win.show()
    return win


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)  # enough to prove the pages go through; keeps the test fast
    return printer


def test_save_preview_print_and_reprint(qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = save_request(qtbot, window, db).id
    preview = window.receipts.preview
    assert isinstance(preview, PdfPreview)
    qtbot.waitUntil(preview.isVisible)
    assert preview.document is not None and preview.document.pageCount() >= 1
    record = request_detail(db, request_id).record
    first = pdf_text(preview.pdf_bytes)
    assert record.ref_number in first and mask_nik(record.visitor_nik or "") in first
    assert "SALINAN" not in first
    # The seeded profile still has stand-ins: the paper says KONSEP and the preview says why, above it.
    assert "KONSEP" in first and preview.notice.isVisibleTo(preview)
    assert "KONSEP" in preview.notice.text() and "Telepon" in preview.notice.text()
    assert print_records(db, request_id) == []  # a preview alone prints nothing

    out = tmp_path / "printed.pdf"

    def choose(cls: type[PdfPreview], _parent: QWidget | None, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)
        return True

    monkeypatch.setattr(PdfPreview, "ask_printer", classmethod(choose))
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    printed = PdfReader(out)
    assert len(printed.pages) == preview.document.pageCount()
    assert float(printed.pages[0].mediabox.width) == pytest.approx(595, abs=2)  # A4, as previewed
    assert print_records(db, request_id) == [("print", 1, str(out))]
    # The preview now shows what the next print will be: a copy.
    assert "SALINAN ke-2" in pdf_text(preview.pdf_bytes)
    preview.close()

    # Reprint from the register: the selected request, as copy 2, on 58 mm paper.
    assert window.register.current_request_id() == request_id
    window.receipts.reprint_action.trigger()
    again = window.receipts.preview
    assert again is not None and again is not preview
    assert "SALINAN ke-2" in pdf_text(again.pdf_bytes)
    again.paper_box.setCurrentIndex(again.paper_box.findData("58mm"))
    assert float(PdfReader(BytesIO(again.pdf_bytes)).pages[0].mediabox.width) == pytest.approx(58 / 25.4 * 72, abs=1)
    saved = tmp_path / "copy.pdf"
    assert again.save_pdf(saved) == saved
    assert "SALINAN ke-2" in pdf_text(saved.read_bytes())
    assert print_records(db, request_id)[-1] == ("save", 2, str(saved))
    again.close()
    # The paper choice is remembered for the next receipt on this PC; saving a PDF used up no paper
    # copy, so the next print is still the second one.
    window.receipts.reprint_action.trigger()
    assert window.receipts.preview.paper == "58mm"
    assert "SALINAN ke-2" in pdf_text(window.receipts.preview.pdf_bytes)
    window.receipts.preview.close()


def test_print_to_a_pdf_printer_paints_every_page(qtbot: QtBot, window: MainWindow, db: Database,
                                                 tmp_path: Path) -> None:
    request_id = save_request(qtbot, window, db).id
    preview = window.receipts.preview
    assert preview is not None
    preview.two_up.setChecked(True)  # both copies on one A4
    assert "Lembar untuk Arsip" in pdf_text(preview.pdf_bytes)
    out = tmp_path / "two-up.pdf"
    assert preview.print_to(pdf_printer(out))
    pages = PdfReader(out).pages
    assert len(pages) == 1 and pages[0].images, "the page was painted as an image"
    assert print_records(db, request_id) == [("print", 1, str(out))]
    preview.close()


def test_ctrl_k_tells_a_genuine_receipt_from_a_tampered_one(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    request_id = save_request(qtbot, window, db).id
    window.receipts.preview.close()
    from desk.store import receipts

    data = receipts.receipt_for(db, request_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window.receipts.check_box
    assert box is not None and box.isVisible()
    assert [b.text() for b in box.findChildren(QPushButton)] == ["&Tutup"]  # no "Close"
    qtbot.keyClicks(box.entry, data.qr_payload)
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    assert box.result.text().startswith("Tanda terima asli.")
    assert window.register.current_request_id() == request_id
    qtbot.wait(50)
    assert box.isVisible()  # Enter checked; the verdict stays until the officer closes it

    qtbot.keyClicks(box.entry, "0009/PNP/DKUKMTK/XII/2026")  # the text was selected: the next scan replaces it
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    assert box.result.text() == ("TIDAK DITEMUKAN: Nomor 0009/PNP/DKUKMTK/XII/2026 tidak ada di register "
                                 "pelayanan kantor ini.")
    assert box.isVisible() and window.register.current_request_id() == request_id  # the register left alone

    ref = data.request.ref_number
    assert "0001" in ref
    tampered = data.qr_payload.replace(ref, ref.replace("0001", "0007", 1))
    box.entry.setText(tampered)
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    assert box.result.text() == "TIDAK SAH: Kode pemeriksa tidak cocok: tanda terima mungkin dipalsukan."
    qtbot.keyClick(box.entry, Qt.Key.Key_Escape)
    assert not box.isVisible()
