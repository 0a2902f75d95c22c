"""The recap's charts on screen (Qt Charts): requests per month, and on time versus late per service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

from desk.domain.recap_records import Number, RecapTable
from desk.ui.common import tr

BAR = QColor(41, 92, 158)
LATE = QColor(191, 84, 38)
LABEL = QColor(40, 40, 40)
# Twelve month names side by side ("Jan" … "Des") need this much; narrower, Qt shortens them to "…".
MONTHS_MIN_WIDTH = 540


def chart_view(object_name: str) -> QChartView:
    view = QChartView(QChart())
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _value_axis(top: float, headroom: float = 1.1) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(4.0, top * headroom))
    axis.setLabelFormat("%d")
    axis.applyNiceNumbers()
    return axis


def show_months(view: QChartView, names: Sequence[str], values: Sequence[Number], title: str) -> None:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    bars = QBarSet(tr("Permohonan"))
    bars.setColor(BAR)
    numbers = [float(v or 0) for v in values]
    bars.append(numbers)
    series = QBarSeries()
    series.append(bars)
    # Each month's count stands upright above its bar: a year of a busy office ("26654") is wider than a bar,
    # and a small month's bar is lower than its number.
    series.setLabelsVisible(True)
    series.setLabelsAngle(-90)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelColor(LABEL)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(names))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = _value_axis(max(numbers, default=0), headroom=1.3)  # room for the upright counts
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    view.setChart(chart)


def show_timeliness(view: QChartView, table: RecapTable) -> None:
    on_time_i, late_i = table.columns.index("Tepat waktu"), table.columns.index("Terlambat")
    # A horizontal bar chart draws its first category at the bottom, and the category axis' setReverse does
    # not turn that around: the rows go in last first, so the table's first service is the top bar.
    rows = [r for r in reversed(table.rows) if (r.values[on_time_i] or 0) + (r.values[late_i] or 0)]
    chart = QChart()
    chart.setTitle(tr("Selesai tepat waktu dan terlambat per layanan"))
    on_time, late = QBarSet(tr("Tepat waktu")), QBarSet(tr("Terlambat"))
    on_time.setColor(BAR)
    late.setColor(LATE)
    on_time.append([float(r.values[on_time_i] or 0) for r in rows])
    late.append([float(r.values[late_i] or 0) for r in rows])
    series = QHorizontalStackedBarSeries()
    series.append(on_time)
    series.append(late)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([r.key for r in rows] or [""])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    top = max((float((r.values[on_time_i] or 0) + (r.values[late_i] or 0)) for r in rows), default=0.0)
    axis_x = _value_axis(top)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setChart(chart)
