"""Cek tanda terima (Ctrl+K): type or scan a receipt's QR text or number, see whether it is genuine.

A USB scanner "types" the QR text and presses Enter, so the box checks on Enter and selects
its text afterwards: the next scan replaces it. Enter never closes the box: the verdict stays on
screen until the officer closes it (Esc or "Tutup"). A number the register does not hold, or a
code that fails its check, is said plainly in red, and the register is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.domain.receipt_check import ReceiptCheck
from desk.store import receipts
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE
from desk.ui.translations import error_text, translated
from desk.ui.widgets.buttons import button_row

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
        self.result.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)  # Enter checks the next scan; it never closes the box
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Isi kode QR atau nomor pendaftaran:"), buddy=self.entry))
        layout.addWidget(self.entry)
        layout.addWidget(self.result)
        layout.addLayout(button_row(self.close_button, right=True))
        self.entry.returnPressed.connect(self.check_entry)

    @classmethod
    def show_box(cls, parent: QWidget | None, db: Database, open_request: OpenRequest | None = None
                 ) -> CheckReceiptDialog:
        dialog = cls(db, open_request, parent)
        dialog.open()
        dialog.entry.setFocus()
        return dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # QDialog would close on Enter (its default button): the verdict must stay
        super().keyPressEvent(event)

    def check_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        try:
            verdict, request_id = receipts.check_typed_receipt(self.db, text)
        except StoreError as exc:
            self._show(error_text(exc), BAD_STYLE)
            return
        self.last, self.request_id = verdict, request_id
        if request_id is None:
            # Nothing in the register answers to it: said as a verdict, the register left alone.
            unknown = verdict.ref_number is not None and verdict.message == receipts.MSG_UNKNOWN_NUMBER.format(
                ref=verdict.ref_number)
            verdict_word = self.tr("TIDAK DITEMUKAN") if unknown else self.tr("TIDAK SAH")
            self._show(f"{verdict_word}: {translated(verdict.message)}", BAD_STYLE)
        else:
            message = translated(verdict.message) + " " + self.tr("Permohonan {ref} dibuka di register.").format(
                ref=verdict.ref_number)
            if not verdict.genuine:
                message = self.tr("PERIKSA: {message}").format(message=message)
            if self._open_request is not None:
                self._open_request(request_id)
            self._show(message, GOOD_STYLE if verdict.genuine else BAD_STYLE)
        self.activateWindow()  # the register was brought forward; the verdict stays in front
        self.entry.setFocus()
        self.entry.selectAll()

    def _show(self, message: str, style: str) -> None:
        self.result.setText(message)
        self.result.setStyleSheet(style)
