"""Receipts in the main window: preview after saving, reprint, and "Cek tanda terima" (Ctrl+K).

`install(window, db)` is the one call the main window makes; it binds the window's receipt
actions (declared in desk.ui.actions) and listens for saved walk-ins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desk.store.database import Database
from desk.store.walk_in import WalkIn
from desk.ui.actions import AppAction
from desk.ui.preview import PdfPreview
from desk.ui.receipts.check import CheckReceiptDialog
from desk.ui.receipts.printing import open_receipt, print_directly, reprint, wants_direct_print

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

__all__ = ["CheckReceiptDialog", "ReceiptActions", "install", "open_receipt"]


class ReceiptActions(QObject):
    def __init__(self, window: MainWindow, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.preview: PdfPreview | None = None
        self.check_box: CheckReceiptDialog | None = None
        self.reprint_action = window.bind(AppAction.REPRINT_RECEIPT, self.reprint_selected)
        self.check_action = window.bind(AppAction.CHECK_RECEIPT, self.open_check)
        window.request_saved.connect(self.after_save)

    def after_save(self, walk_in: WalkIn) -> None:
        """A new request: its receipt at once (printed straight away when the PC is set up so)."""
        if wants_direct_print() and print_directly(self.window, self.db, walk_in.receipt, walk_in.paper):
            self.window.statusBar().showMessage(self.tr("Tanda terima dicetak."), 10_000)
            return
        self.preview = open_receipt(self.window, self.db, walk_in.receipt, walk_in.paper)

    def reprint_selected(self) -> None:
        request_id = self.window.register.current_request_id()
        if request_id is None:
            QMessageBox.information(self.window, self.tr("Cetak ulang tanda terima"),
                                    self.tr("Pilih dahulu permohonan di register."))
            return
        self.preview = reprint(self.window, self.db, request_id)

    def open_check(self) -> CheckReceiptDialog:
        if self.check_box is not None and self.check_box.isVisible():
            self.check_box.activateWindow()
            self.check_box.entry.setFocus()
            self.check_box.entry.selectAll()
            return self.check_box
        self.check_box = CheckReceiptDialog.show_box(self.window, self.db, self.open_request)
        return self.check_box

    def open_request(self, request_id: int) -> None:
        self.window.open_request(request_id)


def install(window: MainWindow, db: Database) -> ReceiptActions:
    return ReceiptActions(window, db)
