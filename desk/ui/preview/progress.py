"""The officer's view of a print on its way: "Mencetak halaman x dari y", and Batal.

`run_print` starts a PrintJob and waits for it with the event loop running, so every window
keeps painting and answering while the worker renders or spools; the preview itself is covered
by the window-modal progress dialog, which appears only when the print takes longer than a
blink (a one-page receipt never flashes it).
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, QTimer, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desk.ui.preview.print_job import Outcome, PrintJob, Way

SHOW_AFTER_MS = 400


class PrintProgress(QDialog):
    def __init__(self, parent: QWidget | None, job: PrintJob) -> None:
        super().__init__(parent)
        self.setObjectName("printProgress")
        self.setWindowTitle(self.tr("Mencetak"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.job = job
        self.outcome: tuple[Outcome, str] | None = None
        self.label = QLabel()
        self.label.setObjectName("printProgressLabel")
        self.bar = QProgressBar()
        self.bar.setRange(0, job.total)
        self.cancel_button = QPushButton(self.tr("&Batal"))
        self.cancel_button.setObjectName("cancelPrint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cancel_button.clicked.connect(self.reject)
        self.show_progress(0, job.total)
        # Queued: the job reports from its worker thread.
        job.progress.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.bar.setValue(done)
        if self.job.way is Way.SPOOL_PDF:
            self.label.setText(self.tr("Mengirim {total} halaman ke pencetak…").format(total=total))
        elif done < total:
            self.label.setText(self.tr("Mencetak halaman {x} dari {y}").format(x=done + 1, y=total))
        else:
            self.label.setText(self.tr("Mengirim ke pencetak…"))

    def reject(self) -> None:
        """Batal or Esc: stop the job; the dialog stays until the worker has let go of the printer."""
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Membatalkan…"))


class _Waiter(QEventLoop):
    def __init__(self) -> None:
        super().__init__()
        self.result: tuple[Outcome, str] | None = None

    @Slot(object, str)
    def finish(self, outcome: Outcome, detail: str) -> None:
        self.result = (outcome, detail)
        self.quit()


def run_print(parent: QWidget | None, job: PrintJob) -> tuple[Outcome, str]:
    """Run `job` to its end (done, cancelled or failed) while the event loop keeps running."""
    progress = PrintProgress(parent, job)
    waiter = _Waiter()
    job.finished.connect(waiter.finish, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(SHOW_AFTER_MS, progress, lambda: waiter.result is None and progress.open())
    job.start()
    if waiter.result is None:
        waiter.exec()
    job.wait()
    progress.hide()
    progress.deleteLater()
    assert waiter.result is not None
    return waiter.result
