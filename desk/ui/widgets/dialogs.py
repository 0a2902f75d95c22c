"""The modal questions, messages and file choosers of every screen.

Tests replace these functions (monkeypatch) instead of meeting a modal dialog, so call them
through the module (`dialogs.confirm(...)`), never imported by name: a name imported into
another module keeps the real dialog when the test patches this one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desk.ui.common import tr


def confirm(parent: QWidget | None, title: str, text: str, yes: str, *, warning: bool = False) -> bool:
    """Ask before an action; the caller names it on the button, and Cancel is the default.

    `warning` shows a warning sign instead of a question mark, for what cannot be undone.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def confirm_discard(parent: QWidget | None, text: str) -> bool:
    """Ask before throwing away what was typed in a form; going on with it is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Buang isian?"))
    box.setText(text)
    discard = box.addButton(tr("Buang isian"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Lanjutkan mengisi"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


def inform(parent: QWidget | None, title: str, text: str, *, problem: bool = False) -> None:
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """The file the user picks to read, or None."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """The name the user gives the file to write, as typed, or None."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
    return Path(name) if name else None


def choose_save_target(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Where to write, or None: the chosen name, with the suggested name's ending added when it was left off."""
    path = choose_save_file(parent, title, suggested, filters)
    ending = Path(suggested).suffix
    if path is not None and ending and path.suffix.lower() != ending.lower():
        path = path.with_name(path.name + ending)  # added, not replaced: "rekap.2026" stays whole
    return path
