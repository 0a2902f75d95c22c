"""What the chosen service asks for: the checklist of its standard in force, time, fee and product."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk.domain.records import StandardRecord
from desk.ui.common import MUTED_STYLE
from desk.ui.screen_text import format_date, format_duration, format_fee


class StandardPanel(QWidget):
    """Facts of the standard plus the requirement checklist.

    The checklist is one list (one Tab stop): arrows move, Space ticks what was handed in,
    and long requirement texts wrap instead of widening the dialog.
    """

    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.facts = QLabel()
        self.facts.setObjectName("standard_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.facts)
        self.checklist_title = QLabel()
        self.checklist_title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.checklist_title)
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.checklist.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.checklist.itemChanged.connect(lambda _item: self.ticks_changed.emit())
        layout.addWidget(self.checklist, 1)
        self.show_standard(None)

    def show_standard(self, standard: StandardRecord | None, title: str = "") -> None:
        """The standard of the chosen service, under its whole name (`title`: "P1 — Penerbitan …")."""
        self.checklist.blockSignals(True)
        self.checklist.clear()
        self.checklist.blockSignals(False)
        if standard is None:
            self.facts.setText(self.tr("Pilih layanan untuk melihat persyaratan, waktu, biaya dan produknya."))
            self.facts.setStyleSheet(MUTED_STYLE)
            self.checklist_title.hide()
            self.checklist.hide()
            return
        duration = format_duration(standard.same_day, standard.duration_days, standard.duration_minutes)
        self.facts.setStyleSheet("")
        heading = f"<b>{escape(title)}</b><br>" if title else ""
        self.facts.setText(
            heading + self.tr(
                "<b>Waktu penyelesaian:</b> {duration}<br><b>Biaya:</b> {fee}<br><b>Produk:</b> {product}"
                "<br><span style='color:#555'>Standar pelayanan versi {version}, berlaku sejak {since}</span>"
            ).format(
                duration=escape(duration),
                fee=escape(format_fee(standard.fee)),
                product=escape(standard.product or "—"),
                version=standard.version_no,
                since=format_date(standard.effective_date),
            )
        )
        self.checklist_title.show()
        if not standard.requirements:
            self.checklist_title.setText(self.tr("<b>Persyaratan:</b> tidak ada berkas yang diminta."))
            self.checklist.hide()
            return
        self.checklist_title.setText(self.tr("<b>Persyaratan</b> — centang berkas yang diterima (Spasi):"))
        self.checklist.blockSignals(True)
        for text in standard.requirements:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)
        self.checklist.setCurrentRow(0)
        self.checklist.show()

    def ticks(self) -> tuple[bool, ...]:
        return tuple(
            self.checklist.item(row).checkState() == Qt.CheckState.Checked for row in range(self.checklist.count())
        )
