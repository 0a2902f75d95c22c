"""The register's exact count, worked out off the screen's thread so typing never waits for it.

Counting every match of a short search over a million requests takes a while (the index has
to be read to the end); the first page of the table does not. So the page shows its rows at once
and asks for the count here: a short pause after the last keystroke, the count runs on a worker
thread with its own database connection, and only the answer to the latest question is shown.

The worker thread touches the database only, never a Qt object: the screen's thread looks at the
running count now and then (a timer) and takes its answer when it is there. So a register closed
while a count runs leaves nothing behind that could call into it.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import RegisterCount, RegisterFilter, register_count
from desk.ui.translations import error_text

log = logging.getLogger(__name__)

COUNT_DELAY_MS = 250
POLL_MS = 25
MSG_FAILED = "Jumlah permohonan tidak dapat dihitung."


def _count(db: Database, filters: RegisterFilter, today: date) -> RegisterCount | str:
    """On the worker thread: the count, or the Indonesian reason it could not be made."""
    try:
        return register_count(db, filters, today)
    except StoreError as exc:
        return error_text(exc)
    except Exception:  # a bug: logged here, never raised on a thread nobody watches
        log.exception("register count failed")
        return MSG_FAILED


class RegisterCounter(QObject):
    """`counted(count)` with the answer to the latest `ask`; `failed(message)` when it could not be counted."""

    counted = Signal(object)  # RegisterCount
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None, delay_ms: int = COUNT_DELAY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self._question: tuple[RegisterFilter, date] | None = None
        self._running: Future[RegisterCount | str] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register-count")
        self.destroyed.connect(lambda *_, pool=self._pool: pool.shutdown(wait=False, cancel_futures=True))
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(delay_ms)
        self._delay.timeout.connect(self._start)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    @property
    def pending(self) -> bool:
        """A question is waiting to be asked or answered."""
        return self._question is not None or self._running is not None

    def ask(self, filters: RegisterFilter, today: date) -> None:
        """Count `filters` (after a short pause; a newer question replaces it)."""
        self._question = (filters, today)
        self._delay.start()

    def forget(self) -> None:
        """The page knows the count itself (a save added one row): drop any question still open."""
        self._question = None
        self._delay.stop()
        if self._running is not None:
            self._running.cancel()  # if it has not started; a started count finishes and is ignored
            self._running = None
            self._poll.stop()

    def _start(self) -> None:
        if self._question is None:
            return
        if self._running is not None and not self._running.done():
            self._delay.start()  # one count at a time; the newest question waits for the running one
            return
        filters, today = self._question
        self._question = None
        self._running = self._pool.submit(_count, self.db, filters, today)
        self._poll.start()

    def _collect(self) -> None:
        running = self._running
        if running is None:
            self._poll.stop()
            return
        if not running.done():
            return
        self._running = None
        self._poll.stop()
        if self._question is not None:
            return  # a newer question came meanwhile: this answer is about what is no longer shown
        answer = running.result()
        if isinstance(answer, str):
            self.failed.emit(answer)
        else:
            self.counted.emit(answer)
