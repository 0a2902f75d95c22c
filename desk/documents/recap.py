"""The recap of requests for a period: the kop, the period and scope, who printed it, the tables and charts.

Input: the office profile and a `Recap` (plain records, desk.domain.recap_records). Output: PDF bytes.
Charts are ReportLab's own (reportlab.graphics): requests per month of the year, and on time versus
late per service. Every page says "Halaman x dari y"; while the period is still running, or the
office profile has gaps, every page is marked KONSEP (desk.documents.base). The Kepala Dinas signs.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import grid_style, head_signer, kv_table, signature_block
from desk.documents.fonts import BOLD, REGULAR, register_fonts
from desk.documents.pages import MM, get_paper
from desk.documents.styles import Styles, esc, make_style, styles_for
from desk.domain.recap_records import JobSeekers, Number, Recap, RecapRow, RecapTable
from desk.domain.records import OfficeProfile
from desk.domain.text_id import format_date, format_datetime, format_number, place_date_line

PAPERS = ("A4", "F4")
BAR = colors.Color(0.16, 0.36, 0.62)
LATE = colors.Color(0.75, 0.33, 0.15)
NOT_HELD = "t.d."  # "tidak ada data": a cell Desk cannot fill (IPK III/1 columns it holds no data for)


def figure(value: Number, decimals: int = 0) -> str:
    """A number in Indonesian notation; "–" when there is none."""
    if value is None:
        return "–"
    return format_number(value, decimals) if decimals else format_number(round(value))


def render_recap(office: OfficeProfile, recap: Recap, *, paper: str = "A4", copy_no: int = 1,
                 deterministic: bool = False) -> bytes:
    register_fonts()
    sheet = get_paper(paper)
    styles = styles_for(sheet)
    width = sheet.content_width
    title = make_style("recap_title", styles.size * 1.35, font=BOLD, align=1, leading=1.2)
    sub = make_style("recap_sub", styles.size * 1.05, font=BOLD, align=1, leading=1.25)
    h = recap.headline
    story: list[Flowable] = [
        Paragraph("REKAPITULASI PERMOHONAN PELAYANAN", title),
        Paragraph(esc(recap.scope.label.upper()), sub),
        Paragraph(esc(f"PERIODE {recap.period.label.upper()}"), sub),
        Spacer(1, styles.size * 0.6),
        *kv_table([
            ("Periode", f"{format_date(recap.period.first)} s.d. {format_date(recap.period.last)}"),
            ("Cakupan", recap.scope.label),
            ("Dicetak oleh", f"{recap.made_by or '–'}, {format_datetime(recap.made_at, recap.office_tz)}"),
            ("Ringkasan", f"{format_number(h.received)} permohonan diterima; {format_number(h.done)} selesai "
                          f"({format_number(h.on_time)} tepat waktu, {format_number(h.late)} terlambat"
                          + (f", {format_number(h.on_time_percent, 1)}% tepat waktu" if h.on_time_percent is not None
                             else "")
                          + f"); {format_number(h.rejected)} ditolak; {format_number(h.cancelled)} dibatalkan; "
                          f"{format_number(h.still_open)} masih dalam proses."),
        ], styles, width, label_share=0.2),
    ]
    if recap.draft:
        story.append(Paragraph(esc(f"KONSEP: periode {recap.period.label} belum berakhir; angka masih dapat berubah."),
                               make_style("recap_draft", styles.size, font=BOLD, align=1, before=styles.size * 0.5)))
    months = recap.table("months")
    if months.total is not None:
        story += [Spacer(1, styles.size * 0.6), KeepTogether([
            Paragraph(esc(f"Grafik permohonan per bulan, tahun {recap.period.year}"), styles.small),
            month_chart(months.columns[:12], months.total.values[:12], width, 55 * MM, styles.size),
        ])]
    letter = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    # A heading that does not drag its whole table to the next page (keepWithNext would): the page break
    # before it leaves room for the heading and the first rows; a long table then runs on, headings repeated.
    heading = ParagraphStyle("recap_heading", parent=styles.heading, keepWithNext=0)
    for table in recap.tables:
        story += [CondPageBreak(40 * MM), Paragraph(esc(f"{next(letter)}. {table.title}"), heading),
                  recap_grid(table, styles, width)]
        if table.note:
            story.append(Paragraph(esc(table.note), styles.small))
        if table.key == "timeliness":
            chart = timeliness_chart(table, width, styles.size)
            if chart is not None:
                story += [Spacer(1, styles.size * 0.5), KeepTogether([
                    Paragraph("Grafik selesai tepat waktu (biru) dan terlambat (jingga) per layanan", styles.small),
                    chart])]
    if recap.job_seekers is not None:
        story += [CondPageBreak(70 * MM),
                  Paragraph(esc(f"{next(letter)}. Pencari kerja (Kartu AK/I) menurut kelompok umur dan jenis kelamin, "
                                "susunan formulir IPK III/1 bagian I"), styles.heading),
                  *job_seekers_block(recap.job_seekers, styles, width)]
    place = office.place_name or office.district
    closing = signature_block([head_signer(office)], styles, width * 0.5,
                              place_date=place_date_line(place, recap.today) if place else format_date(recap.today))
    closing.hAlign = "RIGHT"
    story += [Spacer(1, styles.size * 1.5), closing]
    return build_pdf(story, paper=sheet, office=office, title=f"Rekap Permohonan — {recap.period.label}",
                     subject=f"Rekap permohonan {recap.period.code} {recap.scope.code}".strip(),
                     running_title=f"Rekap permohonan {recap.period.label} · {recap.scope.label}",
                     mark=copy_mark(copy_no), draft=recap.draft, deterministic=deterministic)


def recap_grid(table: RecapTable, styles: Styles, width: float) -> Table:
    count = len(table.columns)
    many = count > 6
    size = styles.size * (0.72 if count > 10 else 0.78 if many else 0.92)
    head = make_style("rg_head", size * 0.95, font=BOLD, align=1, leading=1.15)
    cell = make_style("rg_cell", size, leading=1.2)
    num = make_style("rg_num", size, align=2, leading=1.2)
    bold_num = make_style("rg_num_b", size, font=BOLD, align=2, leading=1.2)
    label_w = width * (0.24 if count > 10 else 0.30 if many else 0.42)
    # A heading word is never broken ("Dibatalk|an"): the figure columns get the width of their longest
    # heading word, taken from the label column, which wraps its service names between words.
    word_w = max((stringWidth(word, BOLD, size * 0.95) for c in table.columns for word in c.split()), default=0.0)
    label_w = max(width * 0.2, min(label_w, width - (word_w + 2 * styles.size * 0.35 + 1) * count))  # grid_style pads
    col_w = (width - label_w) / count
    data: list[list[Flowable]] = [[Paragraph(esc(table.first_heading), head),
                                   *(Paragraph(esc(c), head) for c in table.columns)]]
    for row in table.rows:
        data.append(_row(row, table, cell, num))
    if table.total is not None:
        data.append(_row(table.total, table, make_style("rg_total", size, font=BOLD, leading=1.2), bold_num))
    grid = Table(data, colWidths=[label_w, *[col_w] * count], repeatRows=1, hAlign="LEFT")
    commands = grid_style(styles)
    commands.append(("VALIGN", (0, 0), (-1, 0), "MIDDLE"))
    if table.total is not None:
        commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), "#F4F4F4"))
    grid.setStyle(TableStyle(commands))
    return grid


def _row(row: RecapRow, table: RecapTable, cell: object, num: object) -> list[Flowable]:
    return [Paragraph(esc(row.label), cell),
            *(Paragraph(figure(v, table.decimals_of(i)), num) for i, v in enumerate(row.values))]


def month_chart(names: Sequence[str], values: Sequence[Number], width: float, height: float, size: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = REGULAR, size
    chart = VerticalBarChart()
    chart.x, chart.y = size * 4, size * 2.4
    chart.width, chart.height = width - size * 5, height - size * 4
    chart.data = [[float(v or 0) for v in values]]
    chart.categoryAxis.categoryNames = list(names)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, size * 0.85
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(v))
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR, None
    chart.barLabelFormat = lambda v: format_number(int(v))
    chart.barLabels.fontName, chart.barLabels.fontSize = BOLD, size * 0.75
    chart.barLabels.nudge = size * 0.7
    drawing.add(chart)
    return drawing


def timeliness_chart(table: RecapTable, width: float, size: float) -> Drawing | None:
    on_time_i, late_i = table.columns.index("Tepat waktu"), table.columns.index("Terlambat")
    rows = [r for r in table.rows if (r.values[on_time_i] or 0) + (r.values[late_i] or 0)]
    if not rows:
        return None
    bar = size * 1.1
    height = len(rows) * bar * 2.4 + size * 5
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = REGULAR, size
    chart = HorizontalBarChart()
    chart.x, chart.y = size * 4.5, size * 3.4
    chart.width, chart.height = width - size * 6, height - size * 4.4
    chart.data = [[float(r.values[on_time_i] or 0) for r in rows], [float(r.values[late_i] or 0) for r in rows]]
    chart.categoryAxis.categoryNames = [r.key for r in rows]
    chart.categoryAxis.reverseDirection = 1
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, size * 0.85
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(v))
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor, chart.bars[1].fillColor = BAR, LATE
    chart.bars.strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = REGULAR, size * 0.85
    legend.x, legend.y = chart.x, size * 1.2
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(BAR, "Tepat waktu"), (LATE, "Terlambat")]
    drawing.add(legend)
    return drawing


def job_seekers_block(seekers: JobSeekers, styles: Styles, width: float) -> list[Flowable]:
    size = styles.size * 0.75
    head = make_style("js_head", size, font=BOLD, align=1, leading=1.1)
    cell = make_style("js_cell", size, leading=1.15)
    num = make_style("js_num", size, align=2, leading=1.15)
    bold = make_style("js_bold", size, font=BOLD, align=2, leading=1.15)
    label_w = width * 0.16
    col_w = (width - label_w) / (2 * len(seekers.columns))
    top: list[Flowable] = [Paragraph("Kelompok umur", head)]
    second: list[Flowable] = [Paragraph("", head)]
    for name in seekers.columns:
        top += [Paragraph(esc(name), head), Paragraph("", head)]
        second += [Paragraph("L", head), Paragraph("P", head)]
    data = [top, second]

    def cells(row: RecapRow, style: object) -> list[Flowable]:
        return [Paragraph(esc(row.label), cell),
                *(Paragraph(NOT_HELD if v is None else format_number(int(v)), style) for v in row.values)]

    data += [cells(r, num) for r in seekers.rows]
    data.append(cells(seekers.total, bold))
    grid = Table(data, colWidths=[label_w, *[col_w] * (2 * len(seekers.columns))], repeatRows=2, hAlign="LEFT")
    commands = grid_style(styles)
    commands += [("SPAN", (0, 0), (0, 1)), ("BACKGROUND", (0, 1), (-1, 1), "#EDEDED"),
                 ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), "#F4F4F4")]
    commands += [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(seekers.columns))]
    for i in range(len(seekers.columns)):
        if i not in seekers.filled:
            commands.append(("BACKGROUND", (1 + 2 * i, 2), (2 + 2 * i, len(data) - 1), "#F7F7F7"))
    grid.setStyle(TableStyle(commands))
    notes = [Paragraph(esc("Layanan yang dihitung: " + "; ".join(seekers.services) + ". Kolom (2): orang yang mengurus "
                           "Kartu AK/I pada periode ini (tidak termasuk yang ditolak atau dibatalkan)."), styles.small),
             Paragraph(esc(f"{NOT_HELD} = tidak ada data: kolom yang tidak dapat diisi Desk."), styles.small)]
    notes += [Paragraph(esc(f"– {text}"), styles.small) for text in seekers.missing]
    return [grid, *notes]
