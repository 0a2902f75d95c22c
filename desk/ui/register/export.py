"""Exporting the register as filtered on screen: the choices, then the export off the screen's thread.

The officer chooses Excel or CSV and, when their role may, whether NIK and phone are written whole;
then the file. The export itself (desk.store.register_export through desk.formats.register_file)
runs on a worker thread with its own database connection, like the register's count: the worker
touches the database and the file only, never a Qt object. A progress dialog shows how far it is;
Batal (or Escape) stops it at the next batch and the file is not written at all.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.formats.register_file import ExportFormat, open_export
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.register_export import ExportCancelled, RegisterExport, export_register
from desk.store.requests import RegisterFilter
from desk.ui.screen_text import format_number
from desk.ui.translations import error_text

log = logging.getLogger(__name__)

POLL_MS = 50
MSG_FAILED = "Ekspor gagal karena kesalahan di Desk; rinciannya dicatat di berkas log."


@dataclass(frozen=True, slots=True)
class ExportChoice:
    kind: ExportFormat
    reveal: bool


class ExportDialog(QDialog):
    """Excel or CSV, and (for a role that may) NIK and phone whole; `choice()` after it was accepted."""

    def __init__(self, what: str, may_reveal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor register"))
        self.setObjectName("export_dialog")
        text = QLabel(what)
        text.setWordWrap(True)
        self.xlsx = QRadioButton(self.tr("&Excel (.xlsx): tanggal sebagai tanggal, judul kolom terkunci, saringan"))
        self.xlsx.setObjectName("export_xlsx")
        self.xlsx.setChecked(True)
        self.csv = QRadioButton(self.tr("&CSV (.csv): pemisah titik koma, untuk aplikasi lain"))
        self.csv.setObjectName("export_csv")
        self.reveal = QCheckBox(self.tr("Tulis &NIK dan nomor HP lengkap (dicatat di jejak audit)"))
        self.reveal.setObjectName("export_reveal")
        self.reveal.setVisible(may_reveal)
        masked = QLabel(self.tr("Tanpa centang ini NIK dan nomor HP disamarkan, seperti di layar."))
        masked.setWordWrap(True)
        masked.setVisible(may_reveal)
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(self.tr("&Pilih berkas…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.xlsx, self.csv, self.reveal, masked):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.go.setDefault(True)

    def choice(self) -> ExportChoice:
        return ExportChoice("csv" if self.csv.isChecked() else "xlsx",
                            self.reveal.isVisible() and self.reveal.isChecked())


class _Progress:
    """Shared by the worker (writes) and the screen (reads): how far, and whether to stop."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.stop = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.stop.is_set()


def _export(db: Database, filters: RegisterFilter, ascending: bool, path: Path, reveal: bool,
            progress: _Progress) -> RegisterExport | str | None:
    """On the worker thread: the export's result, None when cancelled, or why it failed (Indonesian)."""
    try:
        with open_export(path) as out:
            return export_register(db, filters, out.write, file_name=path.name, file_format=out.kind,
                                   reveal=reveal, ascending=ascending, progress=progress.report).value
    except ExportCancelled:
        return None
    except StoreError as exc:
        return error_text(exc)
    except OSError as exc:
        return f"Berkas {path.name} tidak dapat ditulis: {exc.strerror or exc}."
    except Exception:  # a bug: logged here, never raised on a thread nobody watches
        log.exception("register export failed")
        return MSG_FAILED


class RegisterExportRun(QObject):
    """One export with its progress dialog: `finished(RegisterExport)`, `cancelled()` or `failed(message)`."""

    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.progress = _Progress()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register-export")
        self._running: Future[RegisterExport | str | None] | None = None
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("export_progress")
        self.dialog.setWindowTitle(self.tr("Ekspor register"))
        self.dialog.setLabelText(self.tr("Mengekspor register…"))
        self.dialog.setCancelButtonText(self.tr("Batal"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setRange(0, 0)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.rejected.connect(self.cancel)  # Escape hides a progress dialog without `canceled`
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    @property
    def running(self) -> bool:
        return self._running is not None

    def start(self, filters: RegisterFilter, ascending: bool, path: Path, reveal: bool) -> None:
        self.dialog.show()
        self._running = self._pool.submit(_export, self.db, filters, ascending, path, reveal, self.progress)
        self._poll.start()

    def cancel(self) -> None:
        """Stop at the next batch (the dialog says so until the worker has let go of the file)."""
        self.progress.stop.set()
        self.dialog.setLabelText(self.tr("Membatalkan…"))

    def wait(self, timeout_s: float | None = None) -> None:
        """Block until the worker is done (closing the window; tests)."""
        if self._running is not None:
            self._running.exception(timeout_s)
            self._collect()

    def _collect(self) -> None:
        running = self._running
        if running is None:
            self._poll.stop()
            return
        if not running.done():
            total, done = self.progress.total, self.progress.done
            if total and not self.progress.stop.is_set():
                self.dialog.setRange(0, total)
                self.dialog.setValue(min(done, total))
                self.dialog.setLabelText(self.tr("Mengekspor register: {done} dari {total} permohonan…").format(
                    done=format_number(done), total=format_number(total)))
            return
        self._running = None
        self._poll.stop()
        self._pool.shutdown(wait=False)
        self.dialog.blockSignals(True)  # closing it is not a cancel
        self.dialog.close()
        answer = running.result()
        if answer is None:
            self.cancelled.emit()
        elif isinstance(answer, str):
            self.failed.emit(answer)
        else:
            self.finished.emit(answer)
        self.deleteLater()
