"""A dialog of typed input that asks before throwing it away.

Escape and "Batal" (`cancel`) and the window's X (a close the officer asked for) all ask the same question
when something was typed and not saved; a close from code (shutdown, tests) is not questioned. The main
window asks the same of an open form before Desk closes (`may_discard`).
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from desk.ui.widgets import dialogs


class FormDialog(QDialog):
    def has_unsaved_input(self) -> bool:
        """Something typed that is not saved yet."""
        raise NotImplementedError

    def discard_question(self) -> str:
        """The question naming what would be lost ("Isian permohonan ini belum disimpan. Buang isian ini?")."""
        raise NotImplementedError

    def may_discard(self) -> bool:
        """Nothing unsaved, or the officer chose to throw it away."""
        return not self.has_unsaved_input() or dialogs.confirm_discard(self, self.discard_question())

    def cancel(self) -> None:
        if self.may_discard():
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)
