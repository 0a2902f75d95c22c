"""The pinned Qt binding keeps Python's reference counts straight across signals and model resets.

PySide6 6.12.0 dropped one reference to None or True on every signal delivered to Python and on
every model reset. On Python 3.11 those objects are not immortal, so a counter PC crashed
("Fatal Python error: none_dealloc") after some tens of thousands of keystrokes, clicks and
searches: a day's work. Desk pins 6.11.3; this test fails on a binding with that defect.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

ROUNDS = 500


class _EmptyModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> None:
        return None


def _singleton_counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_typing_clicking_and_searching_do_not_eat_references(qtbot: QtBot) -> None:
    edit, button, model = QLineEdit(), QPushButton(), _EmptyModel()
    qtbot.addWidget(edit)
    qtbot.addWidget(button)
    seen: list[str] = []
    edit.textChanged.connect(seen.append)
    button.clicked.connect(lambda: seen.append("klik"))
    # Garbage left by earlier tests in this process would otherwise be freed inside the loop and
    # drop hundreds of references to None that have nothing to do with the binding.
    gc.collect()
    gc.disable()
    try:
        before = _singleton_counts()
        for i in range(ROUNDS):
            edit.setText(f"Siti {i}")  # a keystroke in the search box
            button.click()
            model.beginResetModel()  # what every search does to the register's model
            model.endResetModel()
        after = _singleton_counts()
    finally:
        gc.enable()
    assert len(seen) == 2 * ROUNDS
    # A defective binding loses at least ROUNDS references to one of them; allow for unrelated noise.
    assert all(abs(a - b) < ROUNDS // 5 for a, b in zip(after, before, strict=True)), (before, after)
