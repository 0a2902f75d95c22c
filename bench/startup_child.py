"""Child process of figure 1: `python -m bench.startup_child bare|app [desk args...]`.

Prints one line `PAINTED <rss_kib>` once a QTableView showing at least one row has been painted,
then quits. The same watcher runs in the bare window (the floor) and in Desk, so both are measured
alike: an application-wide event filter sees the table viewport's paint, and a zero-timer after it
fires once that paint is done.
"""

from __future__ import annotations

import os
import resource
import sys
from typing import Any


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
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"PAINTED {rss}", flush=True)
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


def desk_app(args: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    # Desk creates its own QApplication; hook in as it enters the event loop.
    original = QApplication.exec

    def exec_with_watcher(self: Any = None) -> int:
        _install_watcher(QApplication.instance())
        # PySide6 6.12 exposes exec as a static-style call taking no arguments.
        return original()

    QApplication.exec = exec_with_watcher  # type: ignore[method-assign,assignment]
    from desk.cli import main

    return main([*args, "run"])


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "bare":
        bare()
    else:
        code = desk_app(sys.argv[2:])
        print(f"EXITED {code}", flush=True)
        sys.exit(1)
