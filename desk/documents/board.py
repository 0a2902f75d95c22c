"""The public board of one service: the six service-delivery components on one page, for the counter wall.

Large type, read from a step away: the service's name; Persyaratan and Prosedur side by side;
Jangka waktu, Biaya and Produk in three boxes; how to complain across the page; the decree and
the date it took effect at the foot. A board is one page where the body can stay 10 pt or
larger (it is set as large as fits, from 13.5 pt down); a service asking for very many documents
continues on a second page, boxes stacked, rather than shrinking below 10 pt. Several services
give one board each (for printing every board at once). A poster has no page numbers and no
running header: each page stands alone on the wall.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, copy_mark, header_flowables
from desk.documents.fit import story_height
from desk.documents.fonts import BOLD, register_fonts
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.standard import PAPERS, decree_text, duration_text, fee_text
from desk.documents.styles import INK, esc, make_style
from desk.domain.office_rules import standard_decree
from desk.domain.records import OfficeProfile
from desk.domain.standard_rules import COMPONENT_BY_KEY, PublishedStandard
from desk.domain.text_id import format_date

TITLE = "STANDAR PELAYANAN"
SIZES = (13.5, 12.5, 11.5, 10.5, 10.0)  # body text of a board, largest first: never below 10 pt
HEAD_FILL = "#1F3B63"
BOX_FILL = "#F1F5FA"


def render_board(office: OfficeProfile, published: PublishedStandard | Sequence[PublishedStandard],
                 paper: str | Paper = "A4", *, deterministic: bool = False, copy_no: int = 1) -> bytes:
    """One page per service; ``published`` is one standard or several."""
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Papan informasi dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    items = [published] if isinstance(published, PublishedStandard) else list(published)
    if not items:
        raise ValueError("no standard to print")
    story: list[Flowable] = []
    for i, item in enumerate(items):
        if i:
            story.append(PageBreak())
        story += board_page(office, item, sheet)
    first = items[0]
    title = (f"Papan Standar Pelayanan {first.service_code}" if len(items) == 1
             else "Papan Standar Pelayanan")
    draft = any(not standard_decree(p.standard, office).complete for p in items)
    return build_pdf(story, paper=sheet, office=office, title=title,
                     subject=", ".join(p.service_code for p in items), letterhead=False,
                     deterministic=deterministic, mark=copy_mark(copy_no), draft=draft, numbered=False)


def board_page(office: OfficeProfile, published: PublishedStandard, paper: Paper) -> list[Flowable]:
    """The board at the largest body size at which it fits one page; at 10 pt, stacked, when none does."""
    width = paper.content_width
    room = (paper.content_height or 0) - 2
    head = header_flowables(office, paper, scale=0.85)
    for size in SIZES:
        content = [*head, *_board(published, office, width, size)]
        if story_height(content, width) <= room:
            return content
    return [*head, *_board(published, office, width, SIZES[-1], stacked=True)]


def _board(published: PublishedStandard, office: OfficeProfile, width: float, size: float, *,
           stacked: bool = False) -> list[Flowable]:
    """``stacked``: every box across the page and every item a row of its own, so the board can
    break between items onto a second page."""
    register_fonts()  # styles below name the embedded family
    title = make_style("board_title", size * 1.6, font=BOLD, align=1, leading=1.15)
    name = make_style("board_name", size * 1.25, font=BOLD, align=1, leading=1.2, after=size * 0.15)
    unit = make_style("board_unit", max(size * 0.9, 10.0), align=1, leading=1.2)
    head = make_style("board_head", max(size * 0.95, 10.0), font=BOLD, leading=1.2, color=colors.white)
    body = make_style("board_body", size, leading=1.3)
    item = make_style("board_item", size, leading=1.3, leftIndent=size * 1.6, bulletIndent=0, after=size * 0.2)
    big = make_style("board_big", size * 1.15, font=BOLD, align=1, leading=1.25)
    foot = make_style("board_foot", max(size * 0.8, 10.0), align=1, leading=1.3)
    std = published.standard
    gap = 3 * MM

    def numbered(lines: Sequence[str]) -> list[Flowable]:
        return [Paragraph(esc(line), item, bulletText=f"{i}.") for i, line in enumerate(lines, start=1)]

    def box(key: str, content: list[Flowable], box_width: float) -> Table:
        component = COMPONENT_BY_KEY[key]
        cells = [[item] for item in content] if stacked else [[content]]
        table = Table([[Paragraph(f"{component.number}. {esc(component.label.upper())}", head)], *cells],
                      colWidths=[box_width], hAlign="LEFT", repeatRows=1 if stacked else 0)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("BACKGROUND", (0, 1), (-1, -1), BOX_FILL),
            ("BOX", (0, 0), (-1, -1), 1.2, HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.5),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.35),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.45),
            *([("TOPPADDING", (0, 2), (-1, -1), 0), ("BOTTOMPADDING", (0, 1), (-1, -2), 0)] if stacked else []),
        ]))
        return table

    def row(cells: list[Table], widths: list[float]) -> Table:
        grid = Table([cells], colWidths=widths, hAlign="LEFT")
        grid.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-2, -1), gap),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
        ]))
        return grid

    half = (width - gap) / 2
    third = (width - 2 * gap) / 3
    facts = [
        box("duration", [Paragraph(esc(duration_text(published)), big)], third),
        box("fee", [Paragraph(esc(fee_text(std.fee)), big)], third),
        box("product", [Paragraph(esc(std.product), body)], third),
    ]
    decree = standard_decree(std, office)
    closing = f"Ditetapkan dengan {decree_text(decree)}, berlaku sejak " \
              f"{format_date(std.effective_date)} (versi {std.version_no})."
    lists = [row([box("requirements", numbered(std.requirements), half), box("steps", numbered(std.steps), half)],
                 [half + gap, half])]
    if stacked:
        lists = [box("requirements", numbered(std.requirements), width), Spacer(1, gap),
                 box("steps", numbered(std.steps), width), Spacer(1, gap)]
    return [
        Paragraph(TITLE, title),
        Spacer(1, size * 0.35),
        Paragraph(esc(published.service_name), name),
        Paragraph(esc(published.unit_full_name), unit),
        Spacer(1, size * 0.7),
        *lists,
        row(facts, [third + gap, third + gap, third]),
        box("complaints", numbered(std.complaints), width),
        Spacer(1, size * 0.6),
        Paragraph(esc(closing), foot),
        _rule(width),
    ]


class _Rule(Flowable):
    """A thin closing line under the board's foot (it also keeps the foot off the page edge)."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.4)
        self.canv.line(self.width * 0.3, 1, self.width * 0.7, 1)


def _rule(width: float) -> Flowable:
    return _Rule(width)
