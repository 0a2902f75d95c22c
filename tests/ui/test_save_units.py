"""Saving a walk-in and painting its receipt: one write and at most two reads, counted at the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.nik import make_nik
from desk.store.database import Database
from desk.ui.main_window import MainWindow
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import focused, open_main_window, press, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL = Qt.KeyboardModifier.ControlModifier


def count_units_of_work(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Every unit of work opened from now on, by kind ("read", "write", "system_write")."""
    opened: Counter[str] = Counter()
    for kind in ("read", "write", "system_write"):
        real = getattr(Database, kind)

        def counted(self: Database, *args: object, _real=real, _kind=kind, **kwargs: object
                    ) -> AbstractContextManager[object]:
            opened[_kind] += 1
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Database, kind, counted)
    return opened


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    officer = user_with_role(db, name="Rahmat Hidayat")
    saved_walk_in(db.as_user(officer), "Budi Santoso", "U1")  # the register has something in it
    win = open_main_window(qtbot, db, officer)
    yield win
    win.close()


def test_saving_a_walk_in_and_painting_its_receipt_takes_one_write_and_two_reads(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.nik)
    type_text(qtbot, make_nik("631104", date(1995, 5, 1), "P", 7315))
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Siti Aminah")
    dialog.service.setFocus()
    type_text(qtbot, "P1")
    press(qtbot, Qt.Key.Key_Tab)
    dialog.validate_now()
    assert dialog.save_button.isEnabled()

    opened = count_units_of_work(monkeypatch)
    with qtbot.waitSignal(window.request_saved, timeout=5000):
        press(qtbot, Qt.Key.Key_S, CTRL)
    preview = window.receipts.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document is not None and preview.document.pageCount() >= 1)

    saved = dialog.saved_record
    assert saved is not None
    assert window.register.current_request_id() == saved.id  # selected in the register...
    assert window.register.detail.ref.text() == saved.ref_number  # ...and shown in the detail panel
    assert opened["write"] + opened["system_write"] == 1
    assert opened["read"] <= 2, opened
    preview.close()
