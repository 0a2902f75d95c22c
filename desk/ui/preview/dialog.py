"""PdfPreview: the one preview every printed document goes through (Cetak, Simpan PDF, kertas).

The caller hands in `build(paper, two_up) -> bytes` (the document, regenerated whenever the
paper changes or after a print, so a reprint shows its new copy number) and `on_output(action,
paper, target)`, called after each print or save so the caller can record it. Printing
goes through a PrintJob in a worker (desk.ui.preview.print_job): the PDF itself to a CUPS
queue, or each page rendered with QtPdf and painted onto the QPrinter elsewhere, so what prints
is exactly what was previewed. Paper, two-up and the printer are remembered per
document kind in the PC's QSettings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.ui import settings as pc_settings
from desk.ui.preview.print_job import Outcome, PrintJob
from desk.ui.preview.printers import printer_problem
from desk.ui.preview.progress import run_print

log = logging.getLogger(__name__)

Build = Callable[[str, bool], bytes]
OnOutput = Callable[[str, str, str], None]  # action ("print" | "save"), paper, target (printer or file)

PAPER_LABELS: dict[str, str] = {
    "A4": "A4", "F4": "F4/Folio", "A5": "A5", "80mm": "Struk 80 mm", "58mm": "Struk 58 mm",
}
TWO_UP_PAPERS = ("A4", "F4")
NOTICE_STYLE = "background:#fff4d6; color:#5a4300; padding:6px;"


class PdfPreview(QDialog):
    print_started = Signal(object)  # the PrintJob, before its worker starts

    def __init__(self, parent: QWidget | None, *, kind: str, title: str, build: Build, papers: Sequence[str],
                 paper: str, on_output: OnOutput | None = None, allow_two_up: bool = False,
                 suggested_name: str = "dokumen.pdf", notice: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.kind = kind
        self._build = build
        self._on_output = on_output
        self._allow_two_up = allow_two_up
        self.suggested_name = suggested_name
        self.pdf_bytes = b""
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        remembered = pc_settings.PAPER.get(kind)
        paper = remembered if remembered in papers else paper if paper in papers else papers[0]

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paper")
        for code in papers:
            self.paper_box.addItem(PAPER_LABELS.get(code, code), code)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
        self.two_up = QCheckBox(self.tr("Dua lembar pada satu A4 (pemohon + arsip)"))
        self.two_up.setObjectName("twoUp")
        self.two_up.setVisible(allow_two_up)
        self.two_up.setChecked(allow_two_up and pc_settings.TWO_UP.get(kind))
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Simpan PDF…"))
        self.save_button.setObjectName("save")
        close = QPushButton(self.tr("&Tutup"))
        self.status = QLabel()
        self.status.setWordWrap(True)  # a long printer message must not widen the preview
        self.status.setObjectName("status")
        self.pages = QLabel()  # how many sheets the paper takes, before it is printed
        self.pages.setObjectName("pages")
        # Why the paper is not final yet (it prints "KONSEP"), said before anyone prints it.
        self.notice = QLabel(notice)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setVisible(bool(notice))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Kertas:"), buddy=self.paper_box))
        bar.addWidget(self.paper_box)
        bar.addWidget(self.two_up)
        bar.addWidget(self.pages)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.paper_box.currentIndexChanged.connect(self._paper_changed)
        self.two_up.toggled.connect(self._two_up_changed)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        close.clicked.connect(self.close)
        self.resize(760, 720)
        self._sync_two_up()
        self.regenerate()

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def show_preview(cls, parent: QWidget | None, **kwargs: object) -> PdfPreview:
        """Open the preview without blocking (tests drive the returned dialog)."""
        dialog = cls(parent, **kwargs)  # type: ignore[arg-type]
        dialog.open()
        return dialog

    @property
    def paper(self) -> str:
        return str(self.paper_box.currentData())

    @property
    def is_two_up(self) -> bool:
        return self._allow_two_up and self.two_up.isEnabled() and self.two_up.isChecked()

    # --- the document -------------------------------------------------------------------------

    def regenerate(self) -> None:
        """Build the PDF again (paper changed, or a print made the next one a copy) and show it."""
        try:
            data = self._build(self.paper, self.is_two_up)
        except Exception as exc:  # a broken document must not take the counter's window down
            log.exception("building the %s document", self.kind)
            self.status.setText(self.tr("Dokumen tidak dapat dibuat: {why}").format(why=exc))
            return
        self.pdf_bytes = data
        # A fresh document per build, parented to the dialog: QtPdf keeps reading from the buffer.
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        self.view.setDocument(document)
        self.pages.setText(self.tr("{n} halaman").format(n=document.pageCount()))
        old_document, old_buffer = self.document, self._buffer
        self.document, self._buffer = document, buffer
        for old in (old_document, old_buffer):
            if old is not None:
                old.deleteLater()

    def _paper_changed(self) -> None:
        pc_settings.PAPER.set(self.paper, self.kind)
        self._sync_two_up()
        self.regenerate()

    def _two_up_changed(self) -> None:
        pc_settings.TWO_UP.set(self.two_up.isChecked(), self.kind)
        self.regenerate()

    def _sync_two_up(self) -> None:
        self.two_up.setEnabled(self.paper in TWO_UP_PAPERS)

    # --- printing -----------------------------------------------------------------------------

    @classmethod
    def ask_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        """The Qt print dialog; tests replace this seam."""
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def print_with_dialog(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = pc_settings.PRINTER.get(self.kind)
        if remembered and remembered in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(remembered)
        elif remembered:
            self.status.setText(self.tr("Pencetak \u201c{name}\u201d yang biasa dipakai tidak ditemukan; "
                                        "pilih pencetak lain.").format(name=remembered))
        if not self.ask_printer(self, printer):
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            pc_settings.PRINTER.set(printer.printerName(), self.kind)
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Send every page (or the range the dialog chose) to `printer` in a worker, the officer seeing
        "Mencetak halaman x dari y" with Batal; then report the print. True when it was sent whole."""
        document = self.document
        if document is None or document.pageCount() == 0:
            return False
        problem = printer_problem(printer)
        if problem is not None:
            self._cannot_print(problem)
            return False
        job = PrintJob(printer, self.pdf_bytes, document.pageCount(), document.pagePointSize(0), self.windowTitle())
        self.print_started.emit(job)
        self.print_button.setEnabled(False)  # one print at a time from one preview
        try:
            outcome, _detail = run_print(self, job)
        finally:
            self.print_button.setEnabled(True)
        if outcome is Outcome.CANCELLED:
            self.status.setText(self.tr("Pencetakan dibatalkan; tidak ada yang dikirim ke pencetak."))
            return False
        if outcome is Outcome.FAILED:
            self._cannot_print(self.tr("Pencetak \u201c{name}\u201d tidak dapat dipakai.").format(
                name=printer.printerName() or printer.outputFileName()))
            return False
        where = printer.outputFileName() or printer.printerName()
        self._report("print", where)
        self.status.setText(self.tr("Dicetak ke {where}.").format(where=where))
        return True

    # --- saving -------------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """The save dialog; tests replace this seam."""
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Simpan PDF") if parent else "Simpan PDF",
                                              suggested, "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def save_pdf(self, path: Path | None = None) -> Path | None:
        path = path or self.ask_save_path(self, self.suggested_name)
        if path is None:
            return None
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            self._problem(self.tr("Berkas {path} tidak dapat ditulis: {why}").format(
                path=path, why=exc.strerror or exc))
            return None
        self._report("save", str(path))
        self.status.setText(self.tr("Disimpan ke {path}.").format(path=path))
        return path

    def _report(self, action: str, target: str) -> None:
        if self._on_output is not None:
            try:
                self._on_output(action, self.paper, target)
            except Exception:  # the paper is already out; a failed log must not hide that
                log.exception("recording the %s of a %s document", action, self.kind)
        self.regenerate()

    def _problem(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Tidak dapat mencetak"), message)

    @classmethod
    def printer_unavailable(cls, parent: QWidget, message: str) -> bool:
        """Why nothing was printed, with "Simpan PDF…" as the way out: True when chosen (tests replace this seam)."""
        box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Tidak dapat mencetak"), message,
                          QMessageBox.StandardButton.NoButton, parent)
        save = box.addButton(parent.tr("&Simpan PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(parent.tr("&Tutup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        return box.clickedButton() is save

    def _cannot_print(self, message: str) -> None:
        log.warning("nothing printed for a %s document: printer not usable", self.kind)
        self.status.setText(message)
        if self.printer_unavailable(self, message + "\n\n" + self.tr(
                "Dokumen dapat disimpan sebagai PDF, lalu dicetak nanti atau dari komputer lain.")):
            self.save_pdf()
