"""Kecamatan and desa of the regency, or free text for a visitor from elsewhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

OUTSIDE = "__luar__"  # the kecamatan choice that stands for "not in this regency"

DesaLoader = Callable[[str], list[tuple[str, str]]]


class RegionPicker(QWidget):
    """Three fields in a column: kecamatan, desa (of that kecamatan), region text (outside only)."""

    changed = Signal()

    def __init__(
        self,
        kecamatan: list[tuple[str, str]],
        load_desa: DesaLoader,
        outside_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_desa = load_desa
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("kecamatan")
        self.kecamatan.addItem(self.tr("— pilih kecamatan —"), "")
        for code, name in kecamatan:
            self.kecamatan.addItem(name, code)
        self.kecamatan.addItem(outside_label, OUTSIDE)
        self.desa = QComboBox()
        self.desa.setObjectName("desa")
        self.region_text = QLineEdit()
        self.region_text.setObjectName("region_text")
        self.region_text.setPlaceholderText(self.tr("Daerah asal: kabupaten/kota, kecamatan, desa"))
        layout.addWidget(self.kecamatan)
        layout.addWidget(self.desa)
        layout.addWidget(self.region_text)

        self.kecamatan.currentIndexChanged.connect(self._kecamatan_changed)
        self.desa.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.region_text.textChanged.connect(lambda _t: self.changed.emit())
        self._kecamatan_changed()

    @property
    def outside(self) -> bool:
        return self.kecamatan.currentData() == OUTSIDE

    def _kecamatan_changed(self) -> None:
        code = self.kecamatan.currentData() or ""
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("— pilih desa/kelurahan —"), "")
        if code and code != OUTSIDE:
            for desa_code, name in self._load_desa(code):
                self.desa.addItem(name, desa_code)
        self.desa.blockSignals(False)
        self.desa.setEnabled(bool(code) and code != OUTSIDE)
        self.desa.setVisible(code != OUTSIDE)
        # Disabled widgets are skipped by Tab, so the free-text field costs nothing when unused.
        self.region_text.setEnabled(code == OUTSIDE)
        self.region_text.setVisible(code == OUTSIDE)
        self.changed.emit()

    def values(self) -> tuple[str, str, str]:
        """(kecamatan_code, desa_code, region_text) for the draft."""
        if self.outside:
            return "", "", self.region_text.text().strip()
        return self.kecamatan.currentData() or "", self.desa.currentData() or "", ""

    def is_empty(self) -> bool:
        return not self.kecamatan.currentData()

    def set_values(self, kecamatan_code: str | None, desa_code: str | None, region_text: str) -> bool:
        """Show these values; False when there was nothing known to show (an unknown kecamatan code)."""
        if kecamatan_code:
            index = self.kecamatan.findData(kecamatan_code)
            if index >= 0:
                self.kecamatan.setCurrentIndex(index)
                desa_index = self.desa.findData(desa_code or "")
                self.desa.setCurrentIndex(max(0, desa_index))
                return True
        if region_text:
            self.set_outside()
            self.region_text.setText(region_text)
            return True
        return False

    def set_outside(self) -> None:
        """"Luar …": the free-text field for where the visitor comes from."""
        self.kecamatan.setCurrentIndex(self.kecamatan.findData(OUTSIDE))
