"""Asking why (a request rejected, cancelled or reopened): the citizen and an auditor will ask.

The dialog says what will happen, names its button for it ("Tolak permohonan"), and saves with
Ctrl+Enter from the text as well as with the button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desk.domain.intake import MAX_REASON
from desk.ui.common import MUTED_STYLE

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def save_shortcuts(dialog: QDialog, slot: object) -> None:
    """Ctrl+Enter (either Enter key) runs `slot` anywhere in `dialog`, multi-line text fields included."""
    for keys in SAVE_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)  # type: ignore[arg-type]


class ReasonDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, *, explanation: str = "",
                 action: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if explanation:
            what = QLabel(explanation)
            what.setObjectName("explanation")
            what.setWordWrap(True)
            layout.addWidget(what)
        prompt = QLabel(self.tr("Tuliskan alasannya. Alasan dicatat pada riwayat permohonan dan dapat "
                                "disampaikan kepada pemohon."))
        prompt.setWordWrap(True)
        prompt.setStyleSheet(MUTED_STYLE)
        layout.addWidget(prompt)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        prompt.setBuddy(self.reason)
        layout.addWidget(self.reason)
        hint = QLabel(self.tr("Ctrl+Enter menyimpan."))
        hint.setStyleSheet(MUTED_STYLE)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(action or self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        save_shortcuts(self, self.accept_if_ready)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus()

    def _update(self) -> None:
        text = self.reason.toPlainText()
        self.ok_button.setEnabled(bool(text.strip()) and len(text) <= MAX_REASON)
        self.ok_button.setToolTip("" if len(text) <= MAX_REASON else self.tr(
            "Alasan terlalu panjang (maksimal {n} huruf).").format(n=MAX_REASON))

    def accept_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str = "", action: str = "") -> str | None:
        """The reason typed, or None when the officer cancels."""
        dialog = cls(title, parent, explanation=explanation, action=action)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return None
        return dialog.text()
