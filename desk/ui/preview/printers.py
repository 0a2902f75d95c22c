"""Whether a printer can take a document now: missing and offline printers are said, never waited on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def printer_problem(printer: QPrinter) -> str | None:
    """Why nothing should be sent to `printer` (in Indonesian), or None when it is ready.

    Only a real printer is checked (a PDF file target always works). A paused, stopped or offline
    printer would keep the job in its queue while the visitor waits at the counter: nothing is sent.
    """
    available = QPrinterInfo.availablePrinterNames()
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        if printer.outputFileName():
            return None  # a PDF file: always works
        # Qt falls back to an unnamed PDF when no printer exists: that would print into nothing.
        return _tr("Belum ada pencetak yang terpasang di komputer ini.")
    name = printer.printerName()
    if not name:
        return None if available else _tr("Belum ada pencetak yang terpasang di komputer ini.")
    if name not in available:
        return _tr("Pencetak \u201c{name}\u201d tidak ditemukan di komputer ini: mungkin dicabut, "
                   "dihapus atau namanya berubah.").format(name=name)
    if QPrinterInfo.printerInfo(name).state() == QPrinter.PrinterState.Error:
        return _tr("Pencetak \u201c{name}\u201d sedang tidak siap: mati, offline, kehabisan kertas atau "
                   "dijeda. Tidak ada yang dikirim ke pencetak.").format(name=name)
    return None
