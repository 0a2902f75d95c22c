"""The register's filters: date range, unit, service, status, overdue only, and the order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from desk.domain.records import ServiceRecord, UnitRecord
from desk.domain.status import STATUS_LABELS
from desk.store.requests import RegisterFilter


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class FilterBar(QWidget):
    """Emits `changed` whenever a filter or the order changes."""

    changed = Signal()

    def __init__(
        self, units: list[UnitRecord], services: list[ServiceRecord], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.from_check = QCheckBox(self.tr("&Dari"))
        self.date_from = self._date_edit(today, "date_from")
        self.to_check = QCheckBox(self.tr("s.d."))
        self.date_to = self._date_edit(today, "date_to")
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.addItem(self.tr("Semua unit"), None)
        for unit in units:
            self.unit.addItem(f"{unit.code} — {unit.name}", unit.id)
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service.setMinimumContentsLength(16)
        self.status = QComboBox()
        self.status.setObjectName("status")
        # Combos shrink to a few words on narrow screens (1280 px wide office PCs) instead of widening the window.
        for combo in (self.unit, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.status.addItem(self.tr("Semua status"), None)
        for code, label in STATUS_LABELS.items():
            self.status.addItem(self.tr(label), code)
        self.overdue = QCheckBox(self.tr("Terla&mbat saja"))
        self.overdue.setObjectName("overdue")
        self.ascending = QCheckBox(self.tr("Terlama d&ulu"))
        self.ascending.setObjectName("ascending")
        self.ascending.setToolTip(self.tr("Urutkan dari permohonan yang paling lama diterima"))
        self._fill_services()

        for widget in (self.from_check, self.date_from, self.to_check, self.date_to, self.unit, self.service,
                       self.status, self.overdue, self.ascending):
            layout.addWidget(widget)
        layout.addStretch(1)

        self.from_check.toggled.connect(self.date_from.setEnabled)
        self.to_check.toggled.connect(self.date_to.setEnabled)
        for check in (self.from_check, self.to_check, self.overdue, self.ascending):
            check.toggled.connect(lambda _checked: self.changed.emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.service.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _date_edit(self, today: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(today))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setEnabled(False)
        return edit

    def _fill_services(self) -> None:
        unit_id = self.unit.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("Semua layanan"), None)
        for service in self._services:
            if unit_id is None or service.unit_id == unit_id:
                self.service.addItem(f"{service.code} — {service.name}", service.id)
                self.service.setItemData(self.service.count() - 1, service.name, Qt.ItemDataRole.ToolTipRole)
        self.service.blockSignals(False)

    def _unit_changed(self) -> None:
        self._fill_services()
        self.changed.emit()

    def apply_to(self, base: RegisterFilter) -> RegisterFilter:
        """`base` (which carries the search text) with the bar's filters."""
        return replace(
            base,
            date_from=_pydate(self.date_from.date()) if self.from_check.isChecked() else None,
            date_to=_pydate(self.date_to.date()) if self.to_check.isChecked() else None,
            unit_id=self.unit.currentData(),
            service_id=self.service.currentData(),
            status=self.status.currentData(),
            overdue_only=self.overdue.isChecked(),
        )

    def reset(self) -> None:
        """Every filter off (the order stays), without a `changed` for each."""
        self.blockSignals(True)
        try:
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
            self.unit.setCurrentIndex(0)
            self.service.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.overdue.setChecked(False)
        finally:
            self.blockSignals(False)

    def is_ascending(self) -> bool:
        return self.ascending.isChecked()

    def is_filtered(self) -> bool:
        return bool(
            self.from_check.isChecked() or self.to_check.isChecked() or self.unit.currentData() is not None
            or self.service.currentData() is not None or self.status.currentData() is not None
            or self.overdue.isChecked()
        )
