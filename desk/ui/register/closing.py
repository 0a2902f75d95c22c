"""Selesai (hasil diserahkan): who collected the result, its number, and what closing means.

The dialog says what happens (the request is closed; only an admin can open it again), asks who
collected the result (the visitor, or a representative by name) and, optionally, the product's
number. With mandatory documents still missing it names them: an officer cannot close it then; an
admin can, with a reason that goes on the timeline.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.checklist import missing_mandatory
from desk.domain.intake import MAX_COLLECTOR, MAX_PRODUCT_NUMBER, MAX_REASON
from desk.domain.records import RequestRecord
from desk.domain.status import BY_REPRESENTATIVE, BY_VISITOR
from desk.store.request_changes import Collection
from desk.ui.common import ERROR_STYLE, MUTED_STYLE
from desk.ui.register.reason import save_shortcuts


class CloseDialog(QDialog):
    def __init__(self, record: RequestRecord, may_override: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_dialog")
        self.setWindowTitle(self.tr("Selesai: {ref}").format(ref=record.ref_number))
        self.setMinimumWidth(520)
        self.missing = missing_mandatory((item.text, item.received) for item in record.checklist)
        self.may_override = may_override
        layout = QVBoxLayout(self)
        what = QLabel(self.tr(
            "Permohonan <b>{ref}</b> ({service}) ditandai <b>Selesai</b>: hasilnya diserahkan dan permohonan "
            "ditutup. Sesudah itu statusnya tidak dapat diubah lagi; hanya admin yang dapat membukanya kembali "
            "dengan alasan.").format(ref=escape(record.ref_number), service=escape(record.service_code)))
        what.setObjectName("explanation")
        what.setWordWrap(True)
        layout.addWidget(what)

        form = QFormLayout()
        self.by_visitor = QRadioButton(self.tr("&Pemohon sendiri ({name})").format(name=record.visitor_name))
        self.by_visitor.setObjectName("by_visitor")
        self.by_representative = QRadioButton(self.tr("&Kuasa atau wakil:"))
        self.by_representative.setObjectName("by_representative")
        self.by_visitor.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_visitor)
        group.addButton(self.by_representative)
        self.collector = QLineEdit()
        self.collector.setObjectName("collector")
        self.collector.setMaxLength(MAX_COLLECTOR)
        self.collector.setPlaceholderText(self.tr("nama yang mengambil, sesuai KTP-nya"))
        self.collector.setEnabled(False)
        form.addRow(self.tr("Hasil diambil oleh"), self.by_visitor)
        form.addRow("", self.by_representative)
        form.addRow("", self.collector)
        self.product_number = QLineEdit()
        self.product_number.setObjectName("product_number")
        self.product_number.setMaxLength(MAX_PRODUCT_NUMBER)
        self.product_number.setPlaceholderText(self.tr("bila ada, mis. nomor kartu AK/I atau nomor sertifikat"))
        caption = QLabel(self.tr("&Nomor produk"))
        caption.setBuddy(self.product_number)
        form.addRow(caption, self.product_number)
        layout.addLayout(form)

        self.override: QPlainTextEdit | None = None
        if self.missing:
            listed = "".join(f"<li>{escape(text)}</li>" for text in self.missing)
            warning = QLabel(self.tr("<b>Berkas wajib belum lengkap:</b><ul>{items}</ul>").format(items=listed))
            warning.setObjectName("missing")
            warning.setWordWrap(True)
            warning.setStyleSheet(ERROR_STYLE)
            layout.addWidget(warning)
            if may_override:
                prompt = QLabel(self.tr("Sebagai admin Anda dapat tetap menyelesaikannya. Tulis &alasannya "
                                        "(dicatat pada riwayat):"))
                prompt.setWordWrap(True)
                self.override = QPlainTextEdit()
                self.override.setObjectName("override")
                self.override.setTabChangesFocus(True)
                self.override.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
                prompt.setBuddy(self.override)
                layout.addWidget(prompt)
                layout.addWidget(self.override)
            else:
                refusal = QLabel(self.tr("Centang dahulu berkas yang sudah diterima di <b>Berkas persyaratan</b>. "
                                         "Bila berkas memang tidak diperlukan, minta admin menyelesaikannya."))
                refusal.setObjectName("refusal")
                refusal.setWordWrap(True)
                layout.addWidget(refusal)
        hint = QLabel(self.tr("Ctrl+Enter menyelesaikan."))
        hint.setStyleSheet(MUTED_STYLE)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("&Selesaikan permohonan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        save_shortcuts(self, self.accept_if_ready)

        self.by_representative.toggled.connect(self._by_changed)
        self.collector.textChanged.connect(self._update)
        if self.override is not None:
            self.override.textChanged.connect(self._update)
        self._update()
        self.by_visitor.setFocus()

    def _by_changed(self, representative: bool) -> None:
        self.collector.setEnabled(representative)
        if representative:  # after the key or click that chose it has moved the focus to the radio button
            QTimer.singleShot(0, self.collector.setFocus)
        self._update()

    def _update(self) -> None:
        ready = not self.by_representative.isChecked() or bool(self.collector.text().strip())
        if self.missing:
            ready = ready and self.override is not None and bool(self.override.toPlainText().strip()) and (
                len(self.override.toPlainText()) <= MAX_REASON)
        self.ok_button.setEnabled(ready)

    def accept_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def collection(self) -> Collection:
        by = BY_REPRESENTATIVE if self.by_representative.isChecked() else BY_VISITOR
        return Collection(by, self.collector.text().strip() if by == BY_REPRESENTATIVE else "",
                          self.product_number.text().strip())

    def override_reason(self) -> str:
        return self.override.toPlainText().strip() if self.override is not None else ""

    @classmethod
    def ask(cls, parent: QWidget | None, record: RequestRecord, may_override: bool
            ) -> tuple[Collection, str] | None:
        """(who collected it, an admin's reason for closing with documents missing), or None when cancelled."""
        dialog = cls(record, may_override, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.collection(), dialog.override_reason()
