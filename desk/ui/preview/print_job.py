"""Printing a previewed PDF off the GUI thread, one page at a time, cancellable.

Two ways to the paper, chosen per printer:

- **PDF to the spooler** (CUPS: Linux, macOS). The PDF Desk made goes to the queue as it is, in
  one job, with the paper, copies, sides and page range the print dialog chose as job options;
  CUPS converts it for the printer. A 43-page sheet is a 150 KB job spooled in milliseconds.
- **Pages as pictures** (Windows, and a QPrinter writing a PDF file). Each page is rendered
  with QtPdf at the printer's resolution, at most 300 dpi (plenty for text and lines), in
  grayscale, painted onto the QPrinter and dropped before the next: memory stays that of one
  page whatever the page count.

The work runs in a worker thread (QPainter may paint on a QPrinter outside the GUI thread,
and QtPdf serialises its own library calls); the job reports each page and can be cancelled
between pages. A cancelled job leaves nothing in the queue: the raster print is aborted before
its end (the spooler never receives it), the PDF job is purged before it is complete.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRect, QSize, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desk.ui.preview import cups

log = logging.getLogger(__name__)

# Text and table rules need no more; a laser printer reporting 600–1200 dpi would only make each
# page image 4–16 times larger (a 600 dpi colour F4 page is 160 MB).
RASTER_DPI = 300
SAME_SIZE_MM = 1.0


class Outcome(Enum):
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


class Way(Enum):
    SPOOL_PDF = "pdf"  # the PDF itself to CUPS
    RASTER = "raster"  # pages painted as images on the QPrinter


@dataclass(frozen=True)
class PageRange:
    first: int  # 0-based, inclusive
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1


def way_for(printer: QPrinter) -> Way:
    """PDF to the spooler for a real printer where the spooler takes PDF; pictures otherwise."""
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName() and cups.available():
        return Way.SPOOL_PDF
    return Way.RASTER


def chosen_pages(printer: QPrinter, page_count: int) -> PageRange:
    """The pages the print dialog asked for (all of them unless a range was given), within the document."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(page_count, printer.fromPage()) - 1
        last = min(page_count, max(printer.toPage(), printer.fromPage())) - 1
        return PageRange(first, last)
    return PageRange(0, page_count - 1)


def spool_options(printer: QPrinter, page_points: QSizeF, pages: PageRange, page_count: int) -> dict[str, str]:
    """The print dialog's choices as CUPS job options (what Qt's own CUPS engine would pass)."""
    options = {"media": _media(printer.printerName(), page_points)}
    if printer.copyCount() > 1:
        options["copies"] = str(printer.copyCount())
        options["collate"] = "true" if printer.collateCopies() else "false"
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }.get(printer.duplex())
    if sides is not None:
        options["sides"] = sides
    if pages.count < page_count:
        options["page-ranges"] = f"{pages.first + 1}-{pages.last + 1}"
    return options


def _media(printer_name: str, page_points: QSizeF) -> str:
    """The printer's own name for the document's paper (e.g. "A4", "Folio"), or an exact custom size.

    Without it CUPS fits every page onto the queue's default paper: an F4 sheet would come out
    shrunk onto A4, an 80 mm receipt onto a whole page.
    """
    size = QPageSize(page_points, QPageSize.Unit.Point)
    want = size.size(QPageSize.Unit.Millimeter)
    for known in QPrinterInfo.printerInfo(printer_name).supportedPageSizes():
        got = known.size(QPageSize.Unit.Millimeter)
        if abs(got.width() - want.width()) <= SAME_SIZE_MM and abs(got.height() - want.height()) <= SAME_SIZE_MM:
            return known.key()
    return f"Custom.{page_points.width():.2f}x{page_points.height():.2f}"  # in points, CUPS's default unit


class PrintJob(QObject):
    """One document on its way to one printer. Start it, listen, cancel if the officer asks.

    `progress(done, total)` after every page (the PDF way: 0 when the queue holds the open job,
    total once the job is complete in the queue); `finished(outcome, detail)` once, in the GUI
    thread. The worker never touches a widget.
    """

    progress = Signal(int, int)
    finished = Signal(object, str)  # Outcome, a detail for the log (never shown as is)

    def __init__(self, printer: QPrinter, pdf: bytes, page_count: int, paper: QSizeF, title: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer = printer
        self.pdf = pdf
        self.title = title
        self.way = way_for(printer)
        self.pages = chosen_pages(printer, page_count)
        self.page_count = page_count
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.options: dict[str, str] = {}
        if self.way is Way.SPOOL_PDF:  # asked here: QPrinterInfo belongs to the GUI thread
            self.options = spool_options(printer, paper, self.pages, page_count)

    @property
    def total(self) -> int:
        return self.pages.count

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="desk-print", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Stop at the next page (or chunk); what was not complete is not printed."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    # --- in the worker ----------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            outcome = self._spool() if self.way is Way.SPOOL_PDF else self._paint()
            self.finished.emit(outcome, "")
        except Exception as exc:  # reported to the officer by the GUI thread, in Indonesian
            log.exception("printing a document failed")
            self.finished.emit(Outcome.FAILED, str(exc))

    def _spool(self) -> Outcome:
        try:
            cups.submit_pdf(self.printer.printerName(), self.pdf, self.title, self.options, self.cancelled,
                            on_job=lambda _job: self.progress.emit(0, self.total))
        except cups.SpoolCancelled:
            return Outcome.CANCELLED
        self.progress.emit(self.total, self.total)
        return Outcome.DONE

    def _abort(self, painter: QPainter) -> None:
        """Drop the pages painted so far. Windows' print engine deletes the spool job; Qt's PDF
        engine (a PDF file target) cannot abort and writes what it has on end(), so that file goes."""
        if self.printer.abort():
            return
        painter.end()
        if self.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and self.printer.outputFileName():
            Path(self.printer.outputFileName()).unlink(missing_ok=True)
        else:  # not reached: every printer without abort() goes the PDF way (CUPS)
            log.warning("a cancelled print could not be withdrawn from the printer")

    def _paint(self) -> Outcome:
        printer = self.printer
        printer.setFullPage(True)
        dpi = min(printer.resolution(), RASTER_DPI)
        buffer = QBuffer()
        buffer.setData(QByteArray(self.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        painter = QPainter()
        try:
            for done, page in enumerate(range(self.pages.first, self.pages.last + 1)):
                if self.cancelled():
                    self._abort(painter)
                    return Outcome.CANCELLED
                points = document.pagePointSize(page)
                # Each page's own size: a thermal-roll receipt is as long as its content.
                printer.setPageLayout(QPageLayout(QPageSize(points, QPageSize.Unit.Point),
                                                  QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
                if done == 0:
                    if not painter.begin(printer):
                        raise RuntimeError("the printer could not be opened")
                elif not printer.newPage():
                    raise RuntimeError("the printer refused a new page")
                image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
                del image
                target = painter.viewport()
                painter.drawImage(QRect(0, 0, target.width(), target.height()), gray)
                del gray
                self.progress.emit(done + 1, self.total)
        except Exception:
            if painter.isActive():
                self._abort(painter)
            raise
        finally:
            if painter.isActive():
                painter.end()
            document.close()
            buffer.close()
        return Outcome.DONE

