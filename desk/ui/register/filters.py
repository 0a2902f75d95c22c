"""The register's filters: date range, unit, service, status, overdue only, and the order.

A jump from the Hari ini area may add a filter the bar has no field for ("jatuh tempo hari ini",
"ditutup hari ini"): it shows as a note with a button that takes it off (`set_filter`).

Dates are typed as dd-mm-yyyy (desk.ui.widgets.date_field); typing a whole date into "Dari" or
"s.d." turns that bound on. A range that ends before it starts, or a date that does not exist, is
refused with a message beside the dates and the register keeps what it showed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.domain.records import ServiceRecord, UnitRecord
from desk.domain.status import IN_PROCESS, RECEIVED, STATUS_LABELS
from desk.domain.text_id import format_numeric_date
from desk.store.requests import OPEN_FILTER, RegisterFilter
from desk.ui.common import error_label, show_error_text
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.wheel_guard import guard_wheel


class FilterBar(QWidget):
    """Emits `changed` whenever a filter or the order changes (check `problem()` before applying)."""

    changed = Signal()

    def __init__(
        self, units: list[UnitRecord], services: list[ServiceRecord], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)

        self.from_check = QCheckBox(self.tr("&Dari"))
        self.from_check.setObjectName("from_check")
        self.date_from = DateField(today)
        self.date_from.setObjectName("date_from")
        self.to_check = QCheckBox(self.tr("s.d."))
        self.to_check.setObjectName("to_check")
        self.date_to = DateField(today)
        self.date_to.setObjectName("date_to")
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
        self.status.addItem(self.tr("Masih terbuka ({received} + {in_process})").format(
            received=self.tr(STATUS_LABELS[RECEIVED]), in_process=self.tr(STATUS_LABELS[IN_PROCESS])), OPEN_FILTER)
        for code, label in STATUS_LABELS.items():
            self.status.addItem(self.tr(label), code)
        self.overdue = QCheckBox(self.tr("Terla&mbat saja"))
        self.overdue.setObjectName("overdue")
        self.ascending = QCheckBox(self.tr("Terlama d&ulu"))
        self.ascending.setObjectName("ascending")
        self.ascending.setToolTip(self.tr("Urutkan dari permohonan yang paling lama diterima (Ctrl+End di tabel)"))
        self._fill_services()
        # A filter the fields cannot show (a jump from Hari ini): said in words, removable.
        self._due_on: date | None = None
        self._closed_on: date | None = None
        self.jump_note = QLabel()
        self.jump_note.setObjectName("jump_note")
        self.jump_note.setStyleSheet("font-weight: bold;")
        self.jump_clear = QPushButton(self.tr("Hapus"))
        self.jump_clear.setObjectName("jump_clear")
        self.jump_clear.setToolTip(self.tr("Tampilkan lagi tanpa saringan ini"))
        self.jump_clear.clicked.connect(self._clear_jump)
        self.jump_note.hide()
        self.jump_clear.hide()

        for widget in (self.from_check, self.date_from, self.to_check, self.date_to, self.unit, self.service,
                       self.status, self.overdue, self.jump_note, self.jump_clear, self.ascending):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.problem_label = error_label("filter_problem")
        outer.addWidget(self.problem_label)
        guard_wheel(self)  # scrolling over the bar never changes a filter

        for check in (self.from_check, self.to_check, self.overdue, self.ascending):
            check.toggled.connect(lambda _checked: self.changed.emit())
        self.date_from.date_changed.connect(lambda value: self._date_typed(self.from_check, value))
        self.date_to.date_changed.connect(lambda value: self._date_typed(self.to_check, value))
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.service.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _date_typed(self, check: QCheckBox, value: date | None) -> None:
        if value is not None and not check.isChecked():
            check.setChecked(True)  # emits changed
            return
        self.changed.emit()

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

    def set_choices(self, units: list[UnitRecord], services: list[ServiceRecord]) -> None:
        """New units and services (the catalogue changed); the current choices stay where they still exist."""
        unit_id, service_id = self.unit.currentData(), self.service.currentData()
        self.blockSignals(True)
        try:
            self.unit.clear()
            self.unit.addItem(self.tr("Semua unit"), None)
            for unit in units:
                self.unit.addItem(f"{unit.code} — {unit.name}", unit.id)
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
            self._services = services
            self._fill_services()
            self.service.setCurrentIndex(max(0, self.service.findData(service_id)))
        finally:
            self.blockSignals(False)

    def problem(self) -> str:
        """Why the dates cannot be applied ("" when they can); shown under the bar."""
        message = ""
        for check, field, name in ((self.from_check, self.date_from, "Dari"), (self.to_check, self.date_to, "s.d.")):
            if check.isChecked() and field.date() is None:
                message = self.tr("{name}: {why}").format(
                    name=name, why=field.problem() or self.tr("tulis tanggalnya, mis. 01-10-2025."))
                break
        if not message and self.from_check.isChecked() and self.to_check.isChecked():
            start, end = self.date_from.date(), self.date_to.date()
            if start is not None and end is not None and start > end:
                message = self.tr("Tanggal \"Dari\" ({start}) sesudah \"s.d.\" ({end}). Betulkan salah satunya; "
                                  "register masih menampilkan hasil sebelumnya.").format(
                    start=format_numeric_date(start), end=format_numeric_date(end))
        show_error_text(self.problem_label, message)
        return message

    def apply_to(self, base: RegisterFilter) -> RegisterFilter:
        """`base` (which carries the search text) with the bar's filters."""
        return replace(
            base,
            date_from=self.date_from.date() if self.from_check.isChecked() else None,
            date_to=self.date_to.date() if self.to_check.isChecked() else None,
            unit_id=self.unit.currentData(),
            service_id=self.service.currentData(),
            status=self.status.currentData(),
            overdue_only=self.overdue.isChecked(),
            due_on=self._due_on,
            closed_on=self._closed_on,
        )

    def set_filter(self, filters: RegisterFilter) -> None:
        """Show `filters` in the bar (a jump from another area), without a `changed` for each field."""
        self.blockSignals(True)
        try:
            for check, field, value in ((self.from_check, self.date_from, filters.date_from),
                                        (self.to_check, self.date_to, filters.date_to)):
                check.setChecked(value is not None)
                if value is not None:
                    field.set_date(value)
            self.unit.setCurrentIndex(max(0, self.unit.findData(filters.unit_id)))
            self._fill_services()
            self.service.setCurrentIndex(max(0, self.service.findData(filters.service_id)))
            self.status.setCurrentIndex(max(0, self.status.findData(filters.status)))
            self.overdue.setChecked(filters.overdue_only)
            self._due_on, self._closed_on = filters.due_on, filters.closed_on
        finally:
            self.blockSignals(False)
        self._show_jump()
        self.problem()

    def _show_jump(self) -> None:
        parts = []
        if self._due_on is not None:
            parts.append(self.tr("Jatuh tempo {day}").format(day=format_numeric_date(self._due_on)))
        if self._closed_on is not None:
            parts.append(self.tr("Ditutup {day}").format(day=format_numeric_date(self._closed_on)))
        self.jump_note.setText(", ".join(parts))
        self.jump_note.setVisible(bool(parts))
        self.jump_clear.setVisible(bool(parts))

    def _clear_jump(self) -> None:
        self._due_on = self._closed_on = None
        self._show_jump()
        self.changed.emit()

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
            self._due_on = self._closed_on = None
        finally:
            self.blockSignals(False)
        self._show_jump()
        self.problem()

    def is_ascending(self) -> bool:
        return self.ascending.isChecked()

    def is_filtered(self) -> bool:
        return bool(
            self.from_check.isChecked() or self.to_check.isChecked() or self.unit.currentData() is not None
            or self.service.currentData() is not None or self.status.currentData() is not None
            or self.overdue.isChecked() or self._due_on is not None or self._closed_on is not None
        )
