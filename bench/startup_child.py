"""Child process of figure 1: `python -m bench.startup_child bare|app|login-field|login [desk args...]`.

`bare` and `app` print one line `PAINTED <rss_kib>` once a QTableView showing at least one row has
been painted, then quit. The same watcher runs in the bare window (the floor) and in Desk, so both are
measured alike: an application-wide event filter sees the table viewport's paint, and a zero-timer
after it fires once that paint is done.

`login-field` (figures 1c/1d) is Desk's real start, without DESK_SKIP_LOGIN: it prints `PAINTED
<rss_kib>` once the start dialog's field that has the keyboard focus has been painted (the same
watcher, on that field), then quits. `login` (figure 1e) goes on as the officer would: it types the
password (`DESK_BENCH_PASSWORD`) into the painted field, waits until Desk is ready behind the dialog
(printing `READY <ms since the field was painted> <longest
and 95th-percentile ms the GUI thread could not run a 5 ms timer meanwhile>`), presses Enter and prints `REGISTER <ms from
Enter to the register painted with rows> <ms of that in the login itself>`, then quits.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import itertools
import os
import resource
import sys
from collections.abc import Callable
from typing import Any


def _peak_rss_kib() -> int:
    """This process's own peak resident memory. Linux's ru_maxrss keeps the high-water mark of the
    process before exec, that is of the forking parent (the benchmark, holding the million-row
    dataset it just built), so the memory map's own VmHWM is read where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _install_watcher(app: Any) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QTableView

    class Watcher(QObject):
        done = False

        def eventFilter(self, obj: Any, event: Any) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                view = obj.parent()
                if isinstance(view, QTableView) and obj is view.viewport():
                    model = view.model()
                    if model is not None and model.rowCount() > 0:
                        self.done = True
                        QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print(f"PAINTED {_peak_rss_kib()}", flush=True)
            os._exit(0)  # what happens after the first paint is not measured

    watcher = Watcher(app)
    app.installEventFilter(watcher)
    app._bench_watcher = watcher  # keep it alive


def bare() -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    _install_watcher(app)
    model = QStandardItemModel(60, 8)
    for row in range(60):
        for col in range(8):
            model.setItem(row, col, QStandardItem(f"{row}-{col}"))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()
    app.exec()


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs `then()` right after the module `name` has been executed, leaving the import order alone.

    Importing PySide6 before desk.cli (to patch QApplication.exec early) would make Desk's own
    non-Qt imports (SQLAlchemy, the store) pay PySide6's per-import source scan, which a real
    `desk run` does not: the hook waits for desk.app, the module that imports Qt.
    """

    def __init__(self, name: str, then: Callable[[], None]) -> None:
        self.name = name
        self.then = then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)  # once; the real finders locate the module
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        loader, then = spec.loader, self.then
        original = loader.exec_module

        def exec_module(module: Any) -> None:
            original(module)
            then()

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _hook_exec() -> None:
    """Desk creates its own QApplication; hook the watcher in as it enters the event loop."""
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_with_watcher(self: Any = None) -> int:
        _install_watcher(QApplication.instance())
        # Desk opens on Hari ini (built, with its counts, before this point); the figure is the register's
        # first paint, so the window goes on to it as the officer's Ctrl+1 would.
        for widget in QApplication.topLevelWidgets():
            show_register = getattr(widget, "show_register", None)
            if widget.isVisible() and callable(show_register):
                show_register()
        # QApplication.exec is static in PySide6: called without the instance.
        return original()

    QApplication.exec = exec_with_watcher  # type: ignore[method-assign,assignment]


def desk_app(args: list[str]) -> int:
    sys.meta_path.insert(0, _AfterImport("desk.app", _hook_exec))
    from desk.cli import main

    return main([*args, "run"])


def _field_watcher(field: Any, then: Callable[[], None], focused: bool = True) -> Any:
    """Calls `then` in a zero-timer after `field` was painted (while it held the keyboard focus)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watcher(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and (not focused or QApplication.focusWidget() is field):
                field.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    watcher = Watcher(field)
    field.installEventFilter(watcher)
    return watcher


def _hook_begin(go_on: bool) -> None:
    """Watch the start dialog that desk.app.begin shows; with `go_on`, log in through it."""
    import time

    from PySide6.QtCore import Qt, QTimer

    app_module = sys.modules["desk.app"]  # being imported: not yet an attribute of the desk package
    original = app_module.begin
    marks: dict[str, float] = {}

    def begin(*args: Any, **kwargs: Any) -> Any:
        controller = original(*args, **kwargs)
        dialog = controller.dialog
        field = dialog.focusWidget()
        ticker, ticks = QTimer(), []

        def painted() -> None:
            if not go_on:
                print(f"PAINTED {_peak_rss_kib()}", flush=True)
                os._exit(0)
            marks["painted"] = time.perf_counter()
            print(f"PAINTED {_peak_rss_kib()}", flush=True)
            ticks.append(time.perf_counter())
            ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
            ticker.start(5)  # how long the GUI thread could not run, while Desk prepares behind the dialog
            from PySide6.QtTest import QTest

            if not dialog.username.text():  # the first start on this PC: no name remembered yet
                QTest.keyClicks(dialog.username, "admin")
            QTest.keyClicks(dialog.password, os.environ["DESK_BENCH_PASSWORD"])  # the officer types
            if controller.db is not None:
                enter()

        def enter() -> None:
            ticker.stop()
            gaps = sorted(b - a for a, b in itertools.pairwise(ticks)) or [0.0]
            if os.environ.get("DESK_BENCH_STALLS"):  # diagnosis: when the long ones were (perf_counter s)
                for a, b in itertools.pairwise(ticks):
                    if b - a > 0.04:
                        print(f"stall {(b - a) * 1000:.0f} ms from {a:.3f}", file=sys.stderr)
            print(f"READY {(time.perf_counter() - marks['painted']) * 1000:.1f} "
                  f"{gaps[-1] * 1000:.1f} {gaps[int(0.95 * (len(gaps) - 1))] * 1000:.1f}", flush=True)
            QTimer.singleShot(50, press)  # the officer's Enter comes after the last key, not with it

        def press() -> None:
            controller.window_shown.connect(shown)
            marks["enter"] = time.perf_counter()
            from PySide6.QtTest import QTest

            QTest.keyClick(controller.dialog.password, Qt.Key.Key_Return)

        def shown(window: Any) -> None:
            marks["shown"] = time.perf_counter()
            window.show_register()  # as for figure 1a: the register, as the officer's Ctrl+1 would
            table = window.register.table
            _field_watcher(table.viewport(), registered, focused=False)

        def registered() -> None:
            done = time.perf_counter()
            print(f"REGISTER {(done - marks['enter']) * 1000:.1f} {(marks['login'] - marks['enter']) * 1000:.1f}",
                  flush=True)
            os._exit(0)

        original_login = controller._logged_in

        def logged_in() -> None:
            marks["login"] = time.perf_counter()  # the password was accepted
            original_login()

        dialog.accepted.disconnect(controller._logged_in)
        dialog.accepted.connect(logged_in)
        _field_watcher(field, painted)
        controller.prepared.connect(lambda _p: enter() if "painted" in marks and "enter" not in marks else None)
        return controller

    app_module.begin = begin


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "bare":
        bare()
    elif kind in ("login-field", "login"):
        os.environ.pop("DESK_SKIP_LOGIN", None)
        sys.meta_path.insert(0, _AfterImport("desk.app", lambda: _hook_begin(kind == "login")))
        from desk.cli import main

        code = main([*sys.argv[2:], "run"])
        print(f"EXITED {code}", flush=True)
        sys.exit(1)
    else:
        code = desk_app(sys.argv[2:])
        print(f"EXITED {code}", flush=True)
        sys.exit(1)
