"""Shared pieces of the register/intake UI tests: isolated settings, keyboard helpers, request drafts."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store.access import Actor
from desk.store.database import Database
from tests.conftest import service_id_of

if TYPE_CHECKING:
    from desk.domain.records import RequestRecord
    from desk.ui.intake.dialog import NewRequestDialog
    from desk.ui.main_window import MainWindow


@pytest.fixture
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """QSettings in a temporary folder (never the developer's own); the test's desk.log handlers removed after."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "desk_log_path", None) is not None:  # added by desk.app.setup_logging
            root.removeHandler(handler)
            handler.close()


def answer_who_is_on_duty(monkeypatch: pytest.MonkeyPatch, choose: Callable[[Database], Actor | None], *,
                          decline_setup: bool = True) -> None:
    """Answer the start-up login with `choose(db)` instead of a dialog (the logged-in user, or None).

    A user `choose` makes is the office's first account with a password, so Desk then offers the
    office set-up; `decline_setup` answers it with Tutup (tests of the set-up itself pass False).
    """
    from desk import app
    from desk.ui.admin import office_setup

    monkeypatch.setattr(app, "log_in", choose)
    if decline_setup:
        monkeypatch.setattr(office_setup, "run_setup", lambda dialog: False)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, as the officer would."""
    qtbot.keyClicks(focused(), text)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def service_id(db: Database, code: str) -> int:
    return service_id_of(db, code)


def draft(db: Database, name: str, nik_region: str, serial: int, code: str = "P1", **changes: object) -> RequestDraft:
    values: dict[str, object] = {
        "service_id": service_id(db, code),
        "name": name,
        "nik": make_nik(nik_region, date(1990, 3, 14), "L", serial),
    }
    values.update(changes)
    return RequestDraft(**values)  # type: ignore[arg-type]


def open_main_window(qtbot: QtBot, db: Database, officer: Actor) -> MainWindow:
    """Desk's main window for `officer`, shown and active (keyboard shortcuts reach it)."""
    from desk.ui.main_window import MainWindow

    window = MainWindow(db, officer)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def save_request(qtbot: QtBot, window: MainWindow, db: Database) -> RequestRecord:
    """Fill the intake form as an officer would (Siti Aminah, P1) and save it; the saved request."""
    dialog = window.new_request()
    filled = draft(db, "Siti Aminah", "631104", 5, "P1")
    dialog.nik.setText(filled.nik)
    dialog.name.setText(filled.name)
    dialog.service.select_service(service_id(db, "P1"))
    with qtbot.waitSignal(window.request_saved, timeout=5000) as saved:
        dialog.save()
    return saved.args[0].request


def open_new_request(qtbot: QtBot, db: Database) -> NewRequestDialog:
    """The New request dialog, shown and active, with the cursor in NIK (as Ctrl+N leaves it)."""
    from desk.ui.intake.dialog import NewRequestDialog

    dialog = NewRequestDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: focused() is dialog.nik)
    return dialog


def on_next_dialog(handle: Callable[[Any], None], kind: type = QDialog, timeout_s: float = 5.0) -> list[Any]:
    """Run `handle(dialog)` once a modal dialog of `kind` is open: how a test answers a dialog that blocks
    in exec(), by keys like the officer. Returns a list that holds the dialog once it was handled."""
    seen: list[Any] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            if widget.isActiveWindow():  # keys and shortcuts reach the active window only
                seen.append(widget)
                try:
                    handle(widget)
                except BaseException:
                    widget.reject()  # a failed check fails the test; a dialog left open would block it for good
                    raise
                return
            if time.monotonic() >= deadline:
                widget.reject()  # never answered: the test's wait for it fails instead of hanging in exec()
                return
            widget.activateWindow()
        if time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def keys_into(widget: QWidget, text: str) -> None:
    """Type into `widget` (inside a dialog's handler, where qtbot is not at hand)."""
    QTest.keyClicks(widget, text)


def key_into(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
