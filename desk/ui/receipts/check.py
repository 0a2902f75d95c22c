"""Cek tanda terima (Ctrl+K): type or scan a receipt's QR text or number, see whether it is genuine.

A USB scanner "types" the QR text and presses Enter, so the box checks on Enter and selects
its text afterwards: the next scan replaces it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk.domain.receipt_check import ReceiptCheck
from desk.store import receipts
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE

GOOD_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b71c1c; font-weight: bold;"

OpenRequest = Callable[[int], None]


class CheckReceiptDialog(QDialog):
    def __init__(self, db: Database, open_request: OpenRequest | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkReceipt")
        self.setWindowTitle(self.tr("Cek tanda terima"))
        self.db = db
        self._open_request = open_request
        self.last: ReceiptCheck | None = None
        self.request_id: int | None = None
        self.entry = QLineEdit()
        self.entry.setObjectName("receiptText")
        self.entry.setPlaceholderText(self.tr("Pindai kode QR atau ketik nomor pendaftaran, lalu Enter"))
        self.entry.setMinimumWidth(460)
        self.result = QLabel(self.tr("Belum ada yang diperiksa."))
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(MUTED_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Isi kode QR atau nomor pendaftaran:"), buddy=self.entry))
        layout.addWidget(self.entry)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.entry.returnPressed.connect(self.check_entry)

    @classmethod
    def show_box(cls, parent: QWidget | None, db: Database, open_request: OpenRequest | None = None
                 ) -> CheckReceiptDialog:
        dialog = cls(db, open_request, parent)
        dialog.open()
        dialog.entry.setFocus()
        return dialog

    def check_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        try:
            verdict, request_id = receipts.check_typed_receipt(self.db, text)
        except StoreError as exc:
            self._show(exc.message, BAD_STYLE)
            return
        self.last, self.request_id = verdict, request_id
        message = verdict.message
        if request_id is not None:
            message += " " + self.tr("Permohonan {ref} dibuka di register.").format(ref=verdict.ref_number)
            if self._open_request is not None:
                self._open_request(request_id)
        self._show(message, GOOD_STYLE if verdict.genuine else BAD_STYLE)
        self.entry.selectAll()

    def _show(self, message: str, style: str) -> None:
        self.result.setText(message)
        self.result.setStyleSheet(style)
