"""Asking why a request is rejected or cancelled: the citizen and an auditor will ask."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

MAX_REASON = 1000


class ReasonDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Tuliskan alasannya. Alasan dicatat pada riwayat permohonan dan dapat "
                                "disampaikan kepada pemohon."))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.reason.toPlainText()
        self.ok_button.setEnabled(bool(text.strip()) and len(text) <= MAX_REASON)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        """The reason typed, or None when the officer cancels."""
        dialog = cls(title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return None
        return dialog.text()
