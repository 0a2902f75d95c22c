"""Buttons as every screen lays them out: a row of actions under a list, Save/Cancel or Close under a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from desk.ui.common import tr


def push_button(text: str, slot: Callable[[], object] | None = None, object_name: str = "") -> QPushButton:
    button = QPushButton(text)
    if object_name:
        button.setObjectName(object_name)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def button_row(*buttons: QWidget, note: QWidget | None = None, right: bool = False) -> QHBoxLayout:
    """The buttons side by side at the left (or `right`); a `note` (a hint) goes to the far right."""
    row = QHBoxLayout()
    if right:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    if not right:
        row.addStretch(1)
    if note is not None:
        row.addWidget(note)
    return row


def save_cancel_buttons(dialog: QDialog, save_text: str = "", *, on_save: Callable[[], object] | None = None,
                        cancel_text: str = "") -> QDialogButtonBox:
    """Save (named for what it does) and Cancel; Save runs `on_save`, by default it just accepts the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text or tr("&Simpan"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text or tr("Batal"))
    buttons.accepted.connect(on_save or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A lone Close for a dialog that only shows a page (its changes are stored as they are made)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Tutup"))
    buttons.rejected.connect(dialog.reject)
    return buttons
