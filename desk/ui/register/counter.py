"""The register's exact count, worked out off the screen's thread so typing never waits for it.

Counting every match of a short search over a million requests takes a while (the index has
to be read to the end); the first page of the table does not. So the page shows its rows at once
and asks for the count here: a short pause after the last keystroke, the count runs on a worker
thread with its own database connection, and only the answer to the latest question is shown.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import RegisterCount, RegisterFilter, register_count

log = logging.getLogger(__name__)

COUNT_DELAY_MS = 250


class RegisterCounter(QObject):
    """`counted(count)` with the answer to the latest `ask`; `failed(message)` when it could not be counted."""

    counted = Signal(object)  # RegisterCount
    failed = Signal(str)
    _answer = Signal(int, object, str)  # generation, count or None, problem; from the worker thread

    def __init__(self, db: Database, parent: QObject | None = None, delay_ms: int = COUNT_DELAY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self._generation = 0
        self._question: tuple[int, RegisterFilter, date] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register-count")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        # Queued: the worker thread emits, the answer is handled on the screen's thread.
        self._answer.connect(self._answered, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(lambda *_, pool=self._pool: pool.shutdown(wait=False, cancel_futures=True))

    @property
    def pending(self) -> bool:
        """A question is waiting to be asked or answered."""
        return self._question is not None

    def ask(self, filters: RegisterFilter, today: date) -> None:
        """Count `filters` (after a short pause; a newer question replaces it)."""
        self._generation += 1
        self._question = (self._generation, filters, today)
        self._timer.start()

    def forget(self) -> None:
        """The page knows the count itself (a save added one row): drop any question still open."""
        self._generation += 1
        self._question = None
        self._timer.stop()

    def _start(self) -> None:
        if self._question is not None:
            self._pool.submit(self._count, *self._question)

    def _count(self, generation: int, filters: RegisterFilter, today: date) -> None:
        if generation != self._generation:
            return  # a newer question came meanwhile
        try:
            result: RegisterCount | None = register_count(self.db, filters, today)
            problem = ""
        except StoreError as exc:
            result, problem = None, exc.message
        except Exception:  # a bug: logged, never raised on a worker thread nobody watches
            log.exception("register count failed")
            result, problem = None, "Jumlah permohonan tidak dapat dihitung."
        with contextlib.suppress(RuntimeError):  # the register was closed meanwhile: nobody to tell
            self._answer.emit(generation, result, problem)

    def _answered(self, generation: int, result: RegisterCount | None, problem: str) -> None:
        if generation != self._generation:
            return
        self._question = None
        if result is None:
            self.failed.emit(problem)
        else:
            self.counted.emit(result)
