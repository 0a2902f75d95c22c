"""The recap's charts on screen (Qt Charts): requests per month, and on time versus late per service.

Numbers are written as the tables and the PDF write them ("26.654"): Qt Charts formats axis and bar labels with
printf patterns, which cannot group digits, so the value axis is a category axis labelled at its ticks and the
month counts are text items of the chart's own, placed over their bars whenever the plot area moves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from desk.domain.recap_records import Number, RecapTable
from desk.ui.common import tr
from desk.ui.screen_text import format_number

BAR = QColor(41, 92, 158)
LATE = QColor(191, 84, 38)
LABEL = QColor(40, 40, 40)
# Twelve month names side by side ("Jan" … "Des") need this much; narrower, Qt shortens them to "…".
MONTHS_MIN_WIDTH = 540
# The timeliness chart's title (283 px) and its sentence for an empty period (328 px in the plot, beside the axis).
TIMELINESS_MIN_WIDTH = 420
# Above everything Qt Charts draws in the plot (its grid, axes and series sit at z values below 20).
TEXT_Z = 20.0
CHART_MIN_HEIGHT = 220
# The timeliness chart around its rows: title, value axis and legend (about 140 px on screen), with room to spare.
TIMELINESS_FRAME = 160
# Qt elides a category label to "…" once its row is lower than the label's line and its padding (4 px above and
# below); a row this much taller than the line keeps every service's code readable.
ROW_ABOVE_LINE = 10


def chart_view(object_name: str) -> QChartView:
    view = QChartView(QChart())
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_MIN_HEIGHT)
    return view


def _set_chart(view: QChartView, chart: QChart) -> None:
    """Show `chart` in `view`; the chart shown before is deleted (the view lets go of it without deleting it, and
    the recap draws new charts on every change of data)."""
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


def _value_axis(top: float, headroom: float = 1.1) -> QCategoryAxis:
    """Counts from 0 past `top` (with room above), at Qt's nice ticks, each labelled as the tables write it."""
    axis = QCategoryAxis()
    axis.setRange(0, max(4.0, top * headroom))
    axis.applyNiceNumbers()
    low, high, ticks = axis.min(), axis.max(), axis.tickCount()
    step = (high - low) / max(1, ticks - 1)
    for i in range(ticks):
        value = low + i * step
        axis.append(format_number(round(value)), value)
    axis.setStartValue(low)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    return axis


def _plot_text(chart: QChart, text: str) -> QGraphicsSimpleTextItem:
    """Text of the chart's own, drawn above everything Qt Charts draws in the plot."""
    item = QGraphicsSimpleTextItem(text, chart)
    item.setBrush(LABEL)
    item.setZValue(TEXT_Z)
    return item


def _keep_placed(chart: QChart, place: Callable[[], None]) -> None:
    """Run `place` now and whenever the plot area moves (a resize, wider axis labels)."""
    chart.plotAreaChanged.connect(place)
    place()


def _show_counts(chart: QChart, series: QBarSeries, values: Sequence[Number]) -> None:
    """Each bar's count upright above it (none for a month without a figure)."""
    items = []
    for index, value in enumerate(values):
        if value is not None:
            item = _plot_text(chart, format_number(round(value)))
            item.setRotation(-90)  # reads upwards: a busy month's "26.654" is wider than its bar
            items.append((index, float(value), item))

    def place() -> None:
        for index, value, item in items:
            top = chart.mapToPosition(QPointF(index, value), series)
            # Turned a quarter to the left, the text's height lies along x: centred on the bar, a gap above it.
            item.setPos(top.x() - item.boundingRect().height() / 2, top.y() - 4)

    _keep_placed(chart, place)


def _say_in_plot(chart: QChart, text: str) -> None:
    """`text` in the middle of the plot area."""
    item = _plot_text(chart, text)

    def place() -> None:
        box, middle = item.boundingRect(), chart.plotArea().center()
        item.setPos(middle.x() - box.width() / 2, middle.y() - box.height() / 2)

    _keep_placed(chart, place)


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
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(names))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = _value_axis(max(numbers, default=0), headroom=1.3)  # room for the upright counts
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    _set_chart(view, chart)
    _show_counts(chart, series, values)


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
    if not rows:  # an empty plot says why, rather than look like a chart that failed to draw
        chart.legend().hide()
        _say_in_plot(chart, tr("Belum ada permohonan yang selesai pada periode ini."))
    _set_chart(view, chart)
    # A year of every service: the chart grows (its area scrolls) rather than hide every code behind "…".
    row = QFontMetrics(axis_y.labelsFont()).height() + ROW_ABOVE_LINE
    view.setMinimumHeight(max(CHART_MIN_HEIGHT, TIMELINESS_FRAME + row * len(rows)))
