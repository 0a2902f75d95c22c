"""The SKM charts, drawn with ReportLab's own graphics: konversi per unsur, and the trend over periods.

Both are bar charts on the 25–100 scale the report uses, with the regulation's grade floors
(C 65,00, B 76,61, A 88,31) as dashed lines, each bar labelled with its value in Indonesian
notation. Every string uses the embedded font, so the chart looks the same on every PC.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from desk.documents.fonts import BOLD, REGULAR, register_fonts
from desk.domain.skm import GRADES, format_score

BAR = colors.Color(0.16, 0.36, 0.62)
WEAK_BAR = colors.Color(0.75, 0.33, 0.15)
GRID = colors.Color(0.6, 0.6, 0.6)
_FLOORS = [(floor, grade) for floor, grade, _label in GRADES if grade != "D"]


def bar_chart(labels: Sequence[str], values: Sequence[Decimal | None], width: float, height: float, *,
              size: float = 8.0, highlight: int | None = None, label_angle: int = 0) -> Drawing:
    """Bars of konversi (25–100) for `labels`; a None value leaves its place empty; `highlight` colours one bar."""
    register_fonts()
    drawing = Drawing(width, height)
    # The renderer sets the drawing's initial font before any string: Helvetica unless told, and a
    # font named in a PDF is one the PDF must embed.
    drawing.initialFontName, drawing.initialFontSize = REGULAR, size
    chart = VerticalBarChart()
    left, bottom = size * 3.6, size * (4.2 if label_angle else 2.6)
    chart.x, chart.y = left, bottom
    chart.width, chart.height = width - left - size * 2.2, height - bottom - size * 1.6
    chart.data = [[float(v) if v is not None else None for v in values]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = REGULAR, size * 0.9
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}"
    chart.valueAxis.visibleGrid = False
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = REGULAR, size * 0.9
    chart.categoryAxis.labels.boxAnchor = "ne" if label_angle else "n"
    chart.categoryAxis.labels.angle = label_angle
    chart.categoryAxis.labels.dy = -size * 0.3
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    if highlight is not None:
        chart.bars[(0, highlight)].fillColor = WEAK_BAR
    chart.barSpacing = size * 0.2
    chart.groupSpacing = size * 0.9
    chart.barLabelFormat = lambda v: format_score(Decimal(str(v)).quantize(Decimal("0.01")))
    chart.barLabels.fontName, chart.barLabels.fontSize = BOLD, size * 0.85
    chart.barLabels.nudge = size * 0.8
    drawing.add(chart)
    for floor, grade in _FLOORS:
        y = chart.y + chart.height * float(floor) / 100
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=GRID, strokeWidth=0.5,
                         strokeDashArray=[2, 2]))
        drawing.add(String(chart.x + chart.width + size * 0.3, y - size * 0.3, grade, fontName=BOLD,
                           fontSize=size * 0.85, fillColor=GRID))
    return drawing
