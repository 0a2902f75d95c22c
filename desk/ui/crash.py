"""The last line of defence: an error nobody caught is logged with its traceback and told kindly.

The officer sees one Indonesian message (never a traceback) that says their saved
work is safe and where the log is; further errors while it is open are only logged.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("desk.crash")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashReporter", text)


class CrashReporter:
    """A `sys.excepthook`: log, then show one dialog."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self.showing = False
        self.shown = 0

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            self.shown += 1
            self.show_dialog(self.message())
        finally:
            self.showing = False

    def message(self) -> str:
        text = _tr(
            "Maaf, terjadi kesalahan di Desk. Data yang sudah tersimpan tetap aman; isian yang belum "
            "disimpan mungkin perlu diulang.\n\nBila kesalahan ini terulang, hubungi pengelola aplikasi dan "
            "sertakan berkas catatan berikut:"
        )
        return f"{text}\n{self.log_path}" if self.log_path else text

    def show_dialog(self, message: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("Terjadi kesalahan"))
        box.setText(message)
        box.exec()
