"""The recap's charts on screen (Qt Charts): requests per month, and on time versus late per service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
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


def chart_view(object_name: str) -> QChartView:
    view = QChartView(QChart())
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(4.0, top * 1.1))
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
    series.setLabelsVisible(True)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(names))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = _value_axis(max(numbers, default=0))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    view.setChart(chart)


def show_timeliness(view: QChartView, table: RecapTable) -> None:
    on_time_i, late_i = table.columns.index("Tepat waktu"), table.columns.index("Terlambat")
    rows = [r for r in table.rows if (r.values[on_time_i] or 0) + (r.values[late_i] or 0)]
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
    axis_y.setReverse(True)  # the first service on top, as in the table
    top = max((float((r.values[on_time_i] or 0) + (r.values[late_i] or 0)) for r in rows), default=0.0)
    axis_x = _value_axis(top)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setChart(chart)
