"""Attendance recap of a forum: invited against present, by unsur and by sex (the FKP's evidence).

The unsur table is also part of the berita acara (`recap_table`), so both print the same numbers.
The penanggung jawab's signature stays on the page of the last table. Printed before the forum
has taken place, or before anyone's attendance is recorded, it is a KONSEP.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk.documents.attendance import forum_facts, person_in_charge_signature
from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import grid_style
from desk.documents.fonts import BOLD
from desk.documents.pages import get_paper
from desk.documents.styles import Styles, esc, make_style, styles_for
from desk.domain.forum_rules import ForumInfo, ForumRecap, RecapLine, forum_paper_gaps
from desk.domain.records import OfficeProfile
from desk.domain.text_id import format_number


def percent(part: int, whole: int) -> str:
    return f"{format_number(100 * part / whole, 1)}%" if whole else "–"


def recap_table(lines: Sequence[RecapLine], total: RecapLine, first_heading: str, styles: Styles,
                width: float, *, numbered: bool = True) -> Table:
    """No | <first_heading> | Diundang | Hadir (diundang) | Hadir tanpa undangan | Jumlah hadir | % hadir."""
    cell = styles.cell
    right = make_style("recap_num", cell.fontSize, align=2, leading=1.2)
    bold_right = make_style("recap_num_bold", cell.fontSize, font=BOLD, align=2, leading=1.2)
    head = make_style("recap_head", cell.fontSize, font=BOLD, align=1, leading=1.2)
    headers = ["No", first_heading, "Diundang", "Undangan hadir", "Hadir tanpa undangan", "Jumlah hadir",
               "% undangan hadir"]
    if not numbered:
        headers = headers[1:]
    data: list[list[Flowable]] = [[Paragraph(esc(h), head) for h in headers]]

    def row(label: list[Flowable], line: RecapLine, style_num: ParagraphStyle) -> list[Flowable]:
        values = [line.invited, line.invited_present, line.walk_ins, line.present]
        return [*label, *(Paragraph(format_number(v), style_num) for v in values),
                Paragraph(percent(line.invited_present, line.invited), style_num)]

    for i, line in enumerate(lines, 1):
        number = [Paragraph(f"{i}.", right)] if numbered else []
        data.append(row([*number, Paragraph(esc(line.label), cell)], line, right))
    # The total row's label spans the number column.
    total_label = [Paragraph(esc(total.label), styles.cell_bold)] + ([Spacer(0, 0)] if numbered else [])
    data.append(row(total_label, total, bold_right))
    number_w = width * 0.06 if numbered else 0
    label_w = width * 0.3
    rest = (width - number_w - label_w) / 5
    widths = ([number_w] if numbered else []) + [label_w] + [rest] * 5
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_style(styles)
    style.append(("VALIGN", (0, 0), (-1, 0), "MIDDLE"))
    if numbered:
        style.append(("SPAN", (0, len(data) - 1), (1, len(data) - 1)))
    table.setStyle(TableStyle(style))
    return table


def attendance_sentence(total: RecapLine) -> str:
    """"5 orang: 4 dari 4 undangan (100,0%) dan 1 tanpa undangan" (after the label "Jumlah hadir")."""
    return (f"{format_number(total.present)} orang: {format_number(total.invited_present)} dari "
            f"{format_number(total.invited)} undangan ({percent(total.invited_present, total.invited)}) dan "
            f"{format_number(total.walk_ins)} tanpa undangan")


def render_forum_recap(office: OfficeProfile, forum: ForumInfo, recap: ForumRecap, *, paper: str = "A4",
                       deterministic: bool = False, copy_no: int = 1, now: datetime | None = None) -> bytes:
    sheet = get_paper(paper)
    styles = styles_for(sheet)
    width = sheet.content_width
    title = make_style("recap_title", styles.size * 1.35, font=BOLD, align=1, leading=1.2)
    subtitle = make_style("recap_subtitle", styles.size * 1.05, font=BOLD, align=1, leading=1.25)
    total = recap.total
    story: list[Flowable] = [
        Paragraph("REKAPITULASI KEHADIRAN", title),
        Paragraph(esc(forum.title.upper()), subtitle),
        Spacer(1, styles.size),
        forum_facts(forum, office, styles, width, extra=[("Jumlah hadir", attendance_sentence(total))]),
        Paragraph("A. Menurut unsur", styles.heading),
        recap_table(recap.by_unsur, total, "Unsur", styles, width),
    ]
    story.append(KeepTogether([
        Paragraph("B. Menurut jenis kelamin", styles.heading),
        recap_table(recap.by_sex, total, "Jenis kelamin", styles, width),
        Spacer(1, styles.size * 1.5),
        person_in_charge_signature(office, forum, styles, width),
    ]))
    gaps = forum_paper_gaps(forum, total.present, now or datetime.now(UTC))
    return build_pdf(story, paper=sheet, office=office, title=f"Rekap Kehadiran — {forum.title}",
                     subject=f"Rekap kehadiran forum {forum.id}", deterministic=deterministic,
                     mark=copy_mark(copy_no), draft=bool(gaps))
