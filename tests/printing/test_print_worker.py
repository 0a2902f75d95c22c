"""A long attendance sheet printed from the preview through the worker, to a real CUPS queue.

What an officer notices: every page comes out, on the paper of the document, with its text; the
window keeps answering while the pages go ("Mencetak halaman x dari y"); Batal leaves nothing in
the printer's queue and nothing printed. Both ways are driven: the PDF handed to CUPS as it is
(Linux, macOS) and the pages painted as pictures (Windows' way, here forced by making libcups
unavailable to Desk, still printing through the same CUPS queue via Qt).

To cancel at a known moment, the worker is held at one step (a direct connection to the job's
progress runs in the worker thread and waits) while the officer presses Batal in the progress
dialog; then it is let go.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.preview import PdfPreview, cups
from desk.ui.preview.print_job import PrintJob, Way
from tests.printing import raster
from tests.printing.conftest import SpoolPrinter
from tests.printing.test_spooler import answer_print_dialog, first_id
from tests.ui.helpers import settings_dir  # noqa: F401

pytestmark = [pytest.mark.usefixtures("settings_dir"), pytest.mark.xdist_group("cups")]

DESK = str(Path(sys.executable).with_name("desk"))
F4_MM = (215.0, 330.0)
HOLD_S = 60


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The F4 daftar hadir of a forum with 250 invitees: a dozen pages."""
    folder = tmp_path_factory.mktemp("forum")
    subprocess.run([DESK, "--data-dir", str(folder), "demo-data", "--requests", "5", "--forums", "1",
                    "--participants", "250"], check=True, capture_output=True, timeout=300)
    out = folder / "daftar-hadir.pdf"
    subprocess.run([DESK, "--data-dir", str(folder), "print", "attendance", str(first_id(folder, "forums")),
                    "--paper", "F4", "--out", str(out)], check=True, capture_output=True, timeout=300)
    return out.read_bytes()


def page_texts(pdf: Path | bytes) -> list[str]:
    import io

    with pdfplumber.open(pdf if isinstance(pdf, Path) else io.BytesIO(pdf)) as doc:
        return [" ".join((page.extract_text() or "").split()) for page in doc.pages]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def sheet_preview(qtbot: QtBot, made: bytes) -> PdfPreview:
    preview = PdfPreview(None, kind="attendance", title="Daftar hadir", build=lambda _paper, _two_up: made,
                         papers=["F4"], paper="F4")
    qtbot.addWidget(preview)
    preview.show()
    return preview


def progress_label(preview: PdfPreview) -> QLabel | None:
    return preview.findChild(QLabel, "printProgressLabel")


class Held:
    """Holds the worker at the first progress report for which `at(done)` is true, until released."""

    def __init__(self, preview: PdfPreview, at: Callable[[int], bool]) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self.job: PrintJob | None = None
        self.at = at
        preview.print_started.connect(self._started)

    def _started(self, job: PrintJob) -> None:
        self.job = job
        job.progress.connect(self._hold, Qt.ConnectionType.DirectConnection)  # runs in the worker

    def _hold(self, done: int, _total: int) -> None:
        if self.at(done) and not self.reached.is_set():
            self.reached.set()
            self.release.wait(HOLD_S)


def press_batal_when_held(qtbot: QtBot, preview: PdfPreview, held: Held, seen: list[str]) -> None:
    """While print_to runs: once the worker is held and the dialog is up, press Batal, then let the worker go."""

    def look() -> None:
        dialog = preview.findChild(QWidget, "printProgress")
        if held.reached.is_set() and dialog is not None and dialog.isVisible():
            label = progress_label(preview)
            seen.append(label.text() if label is not None else "")
            if held.job is not None and held.job.way is Way.SPOOL_PDF:
                seen.append(queue_of(held.job))
            qtbot.mouseClick(dialog.findChild(QPushButton, "cancelPrint"), Qt.MouseButton.LeftButton)
            held.release.set()
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def queue_of(job: PrintJob) -> str:
    return subprocess.run(["lpstat", "-o", job.printer.printerName()], capture_output=True, text=True).stdout


def test_long_sheet_goes_to_cups_as_its_pdf_every_page_on_f4(
        qtbot: QtBot, sheet: bytes, spool_printers: dict[str, SpoolPrinter], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    printer = spool_printers["a4"]  # an A4 office printer: the F4 paper must still be asked for
    preview = sheet_preview(qtbot, sheet)
    jobs: list[PrintJob] = []
    preview.print_started.connect(jobs.append)
    answer_print_dialog(monkeypatch, printer.name)
    before = printer.outputs()

    assert preview.print_with_dialog()

    assert [job.way for job in jobs] == [Way.SPOOL_PDF]
    spooled = printer.wait_for_output(before)
    texts = page_texts(sheet)
    assert len(texts) >= 10 and "DAFTAR HADIR" in texts[0] and f"Halaman {len(texts)} dari {len(texts)}" in texts[-1]
    # What the queue wrote: every page, on F4 (not shrunk onto the queue's A4), each the same picture
    # as the page Desk made. (The queue's PostScript step turns pages with transparency, as the
    # sheet's signature column has, into 300 dpi images, so its output carries no text to read.)
    assert {(round(w), round(h)) for w, h in raster.page_sizes_mm(spooled)} == {F4_MM}
    made = raster.pictures(write(tmp_path / "made.pdf", sheet))
    got = raster.pictures(spooled)
    assert len(got) == len(made) == len(texts)
    for number, (want, have) in enumerate(zip(made, got, strict=True), 1):
        assert raster.difference(want, have) < raster.SAME_PAGE, f"page {number} differs"
    assert preview.status.text() == f"Dicetak ke {printer.name}."


def test_window_keeps_answering_while_pages_are_painted(
        qtbot: QtBot, sheet: bytes, spool_printers: dict[str, SpoolPrinter], monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows' way (pages as 300 dpi grayscale pictures), to the same queue: the event loop runs throughout."""
    monkeypatch.setattr(cups, "available", lambda: False)
    printer = spool_printers["a4"]
    preview = sheet_preview(qtbot, sheet)
    pages = len(page_texts(sheet))
    labels: list[str] = []
    ticks: list[int] = []
    jobs: list[PrintJob] = []

    def started(job: PrintJob) -> None:
        jobs.append(job)
        # Queued to the GUI thread: each one is handled only while the event loop runs. Connected
        # before the progress dialog's own slot, so it reads what the dialog showed until this page.
        job.progress.connect(lambda *_: labels.append(progress_label(preview).text()),
                             Qt.ConnectionType.QueuedConnection)

    preview.print_started.connect(started)
    clock = QTimer()
    clock.timeout.connect(lambda: ticks.append(1))
    clock.start(5)
    answer_print_dialog(monkeypatch, printer.name)
    before = printer.outputs()

    assert preview.print_with_dialog()
    clock.stop()

    assert [job.way for job in jobs] == [Way.RASTER]
    # Every page was announced while the worker went on, and the timer kept firing meanwhile.
    assert labels == [f"Mencetak halaman {k} dari {pages}" for k in range(1, pages + 1)]
    assert len(ticks) >= pages
    spooled = printer.wait_for_output(before)
    sizes = raster.page_sizes_mm(spooled)
    assert len(sizes) == pages
    # Qt asks the queue for its nearest paper, Folio (8.5 × 13 in): within a millimetre of F4.
    assert all(abs(w - F4_MM[0]) <= 1 and abs(h - F4_MM[1]) <= 1 for w, h in sizes), sizes


def test_batal_leaves_nothing_in_the_queue_and_nothing_printed(
        qtbot: QtBot, sheet: bytes, spool_printers: dict[str, SpoolPrinter], monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF way: held once CUPS holds the open job, then Batal."""
    printer = spool_printers["a4"]
    preview = sheet_preview(qtbot, sheet)
    recorded: list[tuple[str, str, str]] = []
    preview._on_output = lambda *args: recorded.append(args)  # the print log hears of nothing
    held = Held(preview, lambda done: done == 0)
    seen: list[str] = []
    answer_print_dialog(monkeypatch, printer.name)
    before = printer.outputs()
    press_batal_when_held(qtbot, preview, held, seen)

    assert not preview.print_with_dialog()

    assert held.job is not None and held.job.way is Way.SPOOL_PDF and held.job.cancelled()
    label, queue_then = seen
    assert label == f"Mengirim {held.job.total} halaman ke pencetak…"
    assert printer.name in queue_then  # the job was in the queue…
    assert not printer.pending_jobs()  # …and is not any more
    assert preview.status.text() == "Pencetakan dibatalkan; tidak ada yang dikirim ke pencetak." and recorded == []
    # The queue still works, and what comes out next is the next print alone, whole.
    assert preview.print_with_dialog()
    spooled = printer.wait_for_output(before)
    assert printer.outputs() - before == {spooled}
    assert len(raster.page_sizes_mm(spooled)) == held.job.page_count


def test_batal_while_pages_are_painted_leaves_no_half_document(qtbot: QtBot, sheet: bytes, tmp_path: Path) -> None:
    """The pictures way, to a PDF file printer: cancelled after page 3 of a dozen, nothing is left."""
    preview = sheet_preview(qtbot, sheet)
    recorded: list[tuple[str, str, str]] = []
    preview._on_output = lambda *args: recorded.append(args)
    held = Held(preview, lambda done: done == 3)
    seen: list[str] = []
    out = tmp_path / "dicetak.pdf"
    press_batal_when_held(qtbot, preview, held, seen)

    assert not preview.print_to(file_printer(out))

    assert held.job is not None and held.job.way is Way.RASTER and held.job.cancelled()
    # Held while reporting page 3 done, before that report reached the dialog.
    assert seen == [f"Mencetak halaman 3 dari {held.job.total}"]
    assert not out.exists() and recorded == []
    assert "dibatalkan" in preview.status.text()
    assert preview.print_to(file_printer(out))  # and the next print is whole
    assert len(raster.page_sizes_mm(out)) == held.job.page_count


def file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # fewer pixels than 300 dpi, the same way through
    return printer


def test_pages_chosen_in_the_print_dialog_are_the_pages_printed(
        qtbot: QtBot, sheet: bytes, spool_printers: dict[str, SpoolPrinter], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """Halaman 2–3 only (a page the pen spoiled, printed again): the job carries the range, CUPS prints those."""
    printer = spool_printers["a4"]
    preview = sheet_preview(qtbot, sheet)

    def pages_two_and_three(cls: type, _parent: QWidget | None, chosen: QPrinter) -> bool:
        chosen.setPrinterName(printer.name)
        chosen.setPrintRange(QPrinter.PrintRange.PageRange)
        chosen.setFromTo(2, 3)
        return True

    monkeypatch.setattr(PdfPreview, "ask_printer", classmethod(pages_two_and_three))
    before = printer.outputs()

    assert preview.print_with_dialog()

    spooled = printer.wait_for_output(before)
    made = raster.pictures(write(tmp_path / "made.pdf", sheet))
    got = raster.pictures(spooled)
    assert len(got) == 2
    assert raster.difference(made[1], got[0]) < raster.SAME_PAGE
    assert raster.difference(made[2], got[1]) < raster.SAME_PAGE
