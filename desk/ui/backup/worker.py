"""Run one slow store call (a backup) off the UI thread and hand its result back on the UI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundCall(QObject):
    """`finished(result)` or `failed(exception)` arrive on the thread that created this object.

    A backup of a large database takes seconds; the officer keeps working meanwhile. The
    SQLite backup API and the audit write use their own connections, so running them in a
    plain thread is safe; only the signal crosses back into Qt.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, fn: Callable[[], Any]) -> None:
        def work() -> None:
            try:
                result = fn()
            except Exception as exc:  # handed to the UI, which shows it in Indonesian
                log.exception("background call failed")
                self._emit("failed", exc)
            else:
                self._emit("finished", result)

        self._thread = threading.Thread(target=work, name="desk-cadangan", daemon=True)
        self._thread.start()

    def _emit(self, name: str, value: object) -> None:
        try:
            getattr(self, name).emit(value)
        except RuntimeError:  # the window closed while the backup ran: nobody left to tell
            log.info("background call finished after its window closed")

    def wait(self, timeout_s: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout_s)
