"""What Desk does while the officer types at the login: imports, the database opened and checked.

`Preparation.start()` runs it in a worker thread and emits `ready(Prepared)` on the GUI thread. No
Qt class is made or touched in the worker: it imports the store (free of Qt), opens the database
through the same checks as the start always made (desk.safety.start_checks) and reads what the login
needs. Anything that would need the officer (a damaged or locked file, a backup to offer, a
clock to confirm) is left for the GUI thread, which asks as it always has. `QtTypesAhead` is the GUI
thread's share of the same work, in slices between events.

The interpreter is shared with the GUI thread, but typing into a QLineEdit runs in Qt's C++ and needs
it only briefly; the worker hands it over every few milliseconds (sys.getswitchinterval) and between
the steps that hold it longer. The garbage collector is off while the worker runs: a full collection
over everything the imports made held it for 150-200 ms at a time (measured by figure 1c's ticks).
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from desk.store.database import Database

log = logging.getLogger(__name__)

# What the worker imports: the store and the safety checks, free of Qt (a worker thread never defines
# or touches a Qt class: PySide makes its classes and enums on first use, and not for two threads at once).
WORKER_MODULES = (
    "desk.safety.start_checks",
    "desk.store.accounts",
    "desk.store.clock",
    "desk.store.requests",
    "desk.store.today",
    "desk.store.admin",
    "desk.store.holidays",
)
# What the main window's first build imports, on the GUI thread between the officer's keys, one module a
# turn once the worker is done (two threads importing at once share the interpreter and each waits for the
# other), the window's own module last (it brings whatever the others did not). One missing here is only
# imported later, after the password.
UI_MODULES = (
    "desk.ui.widgets",
    "desk.ui.register.model",
    "desk.ui.register.page",
    "desk.ui.backup",
    "desk.ui.accounts",
    "desk.ui.admin.office_setup",
    "desk.ui.today",
    "desk.ui.admin",
    "desk.ui.receipts",
    "desk.ui.survey",
    "desk.ui.recaps",
    "desk.ui.first_paint",
    "desk.ui.main_window",
)


@dataclass(frozen=True)
class Prepared:
    """What the worker found. `db` None: opening needs the officer (or failed); the GUI thread asks."""

    db: Database | None = None
    first_admin: bool = False
    office_name: str = ""
    clock_wrong: bool = False
    seconds: float = 0.0


class Preparation(QObject):
    """The work behind the login dialog, in one worker thread; `ready` once it is done (or failed)."""

    ready = Signal(object)  # Prepared

    def __init__(self, url: str, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url, self.data_dir = url, data_dir
        self.done = False
        self._thread = threading.Thread(target=self._run, name="desk-start", daemon=True)

    def start(self) -> None:
        """Start the worker (once; later calls do nothing)."""
        if not self._thread.is_alive() and not self.done and self._thread.ident is None:
            self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker has finished (a test, or Desk closing before it is ready)."""
        self._thread.join(timeout)

    def _run(self) -> None:
        started = time.perf_counter()
        # A full collection walks every object the imports made, holding the interpreter (150-200 ms
        # stalls of the dialog on this machine); what is made here lives as long as Desk, so it goes
        # to the permanent generation instead, as desk.app does with the window's.
        gc.disable()
        try:
            prepared = self._prepare()
        except Exception:  # whatever it was, the GUI thread meets it again and reports it as always
            log.exception("preparing the start behind the login failed; retrying on screen")
            prepared = Prepared()
        finally:
            gc.freeze()
            gc.enable()
        prepared = Prepared(prepared.db, prepared.first_admin, prepared.office_name, prepared.clock_wrong,
                            time.perf_counter() - started)
        log.info("ready behind the login in %.0f ms (database %s)", prepared.seconds * 1000,
                 "open" if prepared.db is not None else "left for the screen")
        self.done = True
        self.ready.emit(prepared)  # queued to the GUI thread: the receiver lives there

    def _prepare(self) -> Prepared:
        for name in WORKER_MODULES:
            importlib.import_module(name)
        from desk.safety import start_checks
        from desk.store import accounts, clock
        from desk.store.errors import StoreError

        # Already imported by the GUI thread (its dialog is on screen): no Qt class is made here.
        from desk.ui.start.dialogs import office_name

        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Prepared()
        db = start_checks.open_database_quietly(self.url, self.data_dir)
        if db is None:
            return Prepared()
        try:
            wrong = clock.clock_problem(db) is not None
            first_admin = accounts.needs_first_admin(db)  # the first ORM query: the mappers are configured here
        except StoreError:
            db.dispose()
            return Prepared()
        name = office_name(db)
        if not first_admin and not wrong:
            rehearse_first_screen(db)
        return Prepared(db, first_admin, name, wrong)


class QtTypesAhead(QObject):
    """Every class of QtCore, QtGui and QtWidgets made before the login, with its enums, on the GUI thread,
    and then Desk's window modules (UI_MODULES) imported, one a turn.

    PySide6 creates a class (and the Python enums it holds) the first time Python meets it; building the
    main window met some 120 of them and took 180-230 ms of CPU after the password instead of 80-95 ms
    once they exist. Made on the GUI thread (PySide's own machinery is not for other threads) a few at a
    time between events, `SLICE_S` at most per turn, so the officer's keys are not kept waiting.
    """

    SLICE_S = 0.004

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6 import QtCore, QtGui, QtWidgets

        self._left = [(module, name) for module in (QtCore, QtGui, QtWidgets) for name in dir(module)]
        self._modules = list(UI_MODULES)
        self._modules_allowed = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def done(self) -> bool:
        return not self._left and not self._modules

    def start(self) -> None:
        self._timer.start()

    def allow_modules(self) -> None:
        """The worker is done: the window's modules may be imported now, one a turn."""
        self._modules_allowed = True
        if not self.done:
            self._timer.start()

    def _step(self) -> None:
        until = time.perf_counter() + self.SLICE_S
        while self._left and time.perf_counter() < until:
            module, name = self._left.pop()
            getattr(module, name)
        if not self._left and self._modules and self._modules_allowed:
            importlib.import_module(self._modules.pop(0))  # may take longer than a slice: one a turn
        if not self._left and (not self._modules or not self._modules_allowed):
            self._timer.stop()


def rehearse_first_screen(db: Database) -> None:
    """The reads of the main window's first build, made once before the login and thrown away.

    SQLAlchemy compiles each statement the first time it runs and keeps it in the engine's cache,
    and SQLite keeps the pages it read: made here, while the officer types, that first time is not
    paid between the accepted password and the painted register. As the local system (nobody is
    logged in yet); reads only, nothing is written or audited. A read that fails here fails again,
    and is reported, in the window.
    """
    from desk.store import admin, holidays
    from desk.store.requests import RegisterFilter, register_setup, register_slice, request_detail
    from desk.store.today import today_view

    try:
        setup = register_setup(db)
        first = register_slice(db, RegisterFilter(), setup.today, limit=200, rows=100)
        if first.ids:
            request_detail(db, first.ids[0])
        today_view(db)
        holidays.coverage(db)
        admin.paper_gaps(db)
    except Exception:  # only a rehearsal: the window reads again and says what is wrong
        log.warning("rehearsing the first screen failed", exc_info=True)
