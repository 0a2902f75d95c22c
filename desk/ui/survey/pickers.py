"""The period and scope choosers the results and the follow-up pages share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desk.domain.records import ServiceRecord, UnitRecord
from desk.domain.skm import PERIOD_KINDS, SEMESTER, YEAR, Period, period_of
from desk.ui.common import tr
from desk.ui.survey.words import period_numbers
from desk.ui.translations import translated


class PeriodPicker(QWidget):
    """Kind (bulan, triwulan, semester, tahun), the year, and which one; `changed(period)` on every choice."""

    changed = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None, *, kind: str = SEMESTER) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for key, label in PERIOD_KINDS.items():
            self.kind.addItem(translated(label), key)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, today.year + 1)
        self.number = QComboBox()
        self.number.setObjectName("periodNumber")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("Peri&ode:"))
        label.setBuddy(self.kind)
        for widget in (label, self.kind, self.number, self.year):
            layout.addWidget(widget)
        self._quiet = False
        self.set_period(period_of(today, kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.number.currentIndexChanged.connect(self._emit)
        self.year.valueChanged.connect(self._emit)

    @property
    def period(self) -> Period:
        kind = str(self.kind.currentData())
        return Period(self.year.value(), kind, max(1, self.number.currentIndex() + 1) if kind != YEAR else 1)

    def set_period(self, period: Period) -> None:
        self._quiet = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(period.kind))
            self._fill_numbers(period.kind)
            self.number.setCurrentIndex(period.number - 1 if period.kind != YEAR else -1)
            self.year.setValue(period.year)
        finally:
            self._quiet = False

    def _fill_numbers(self, kind: str) -> None:
        self.number.clear()
        numbers = period_numbers(kind)
        self.number.addItems(numbers)
        self.number.setVisible(bool(numbers))

    def _kind_changed(self) -> None:
        self._quiet = True
        try:
            self._fill_numbers(str(self.kind.currentData()))
        finally:
            self._quiet = False
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.period)


def _key(unit_id: int | None, service_id: int | None) -> str:
    return f"s{service_id}" if service_id is not None else f"u{unit_id}" if unit_id is not None else ""


class ScopePicker(QComboBox):
    """The whole office, a unit, or (with `services`) a service."""

    def __init__(self, office_name: str, units: Sequence[UnitRecord], services: Sequence[ServiceRecord] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scope")
        self.addItem(tr("Seluruh kantor ({name})").format(name=office_name), "")
        for unit in units:
            self.addItem(f"{unit.code} — {unit.full_name or unit.name}", _key(unit.id, None))
            for service in services:
                if service.unit_id == unit.id:
                    self.addItem(f"      {service.code} — {service.name}", _key(None, service.id))

    def _id(self, prefix: str) -> int | None:
        key = str(self.currentData() or "")
        return int(key[1:]) if key.startswith(prefix) else None

    @property
    def unit_id(self) -> int | None:
        return self._id("u")

    @property
    def service_id(self) -> int | None:
        return self._id("s")

    def select(self, unit_id: int | None, service_id: int | None) -> None:
        index = self.findData(_key(unit_id, service_id))
        if index >= 0:
            self.setCurrentIndex(index)
