"""The public board of one service: the six service-delivery components on one page, for the counter wall.

Large type, read from a step away: the service's name; Persyaratan and Prosedur side by side;
Jangka waktu, Biaya and Produk in three boxes; how to complain across the page; the SK and
the date it took effect at the foot. The board is always one page: when a service asks for
many documents, the whole board is scaled down to fit (never cut, never onto a second page).
Several services give one page each (for printing every board at once).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, header_flowables
from desk.documents.fonts import BOLD, register_fonts
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.standard import PAPERS, duration_text, fee_text
from desk.documents.styles import INK, esc, make_style
from desk.domain.records import OfficeProfile
from desk.domain.standard_rules import COMPONENT_BY_KEY, PublishedStandard
from desk.domain.text_id import format_date

TITLE = "STANDAR PELAYANAN"
SCALE = 1.5  # the board's body text against the paper's ordinary body size
HEAD_FILL = "#1F3B63"
BOX_FILL = "#F1F5FA"


def render_board(office: OfficeProfile, published: PublishedStandard | Sequence[PublishedStandard],
                 paper: str | Paper = "A4", *, deterministic: bool = False) -> bytes:
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
        story.append(board_page(office, item, sheet))
    first = items[0]
    title = (f"Papan Standar Pelayanan {first.service_code}" if len(items) == 1
             else "Papan Standar Pelayanan")
    return build_pdf(story, paper=sheet, office=office, title=title,
                     subject=", ".join(p.service_code for p in items), letterhead=False,
                     deterministic=deterministic)


def board_page(office: OfficeProfile, published: PublishedStandard, paper: Paper) -> Flowable:
    """The whole board, shrunk as one piece to the page's frame when it is too tall."""
    width = paper.content_width
    height = paper.content_height or 0
    content = [*header_flowables(office, paper, scale=0.85), *_board(published, paper, width)]
    # A hair under the frame: KeepInFrame's own rounding must never push the board to a second page.
    return KeepInFrame(width, height - 2, content, mode="shrink", hAlign="CENTER", vAlign="TOP")


def _board(published: PublishedStandard, paper: Paper, width: float) -> list[Flowable]:
    register_fonts()  # styles below name the embedded family
    size = paper.body_size * SCALE
    title = make_style("board_title", size * 1.6, font=BOLD, align=1, leading=1.15)
    name = make_style("board_name", size * 1.25, font=BOLD, align=1, leading=1.2, after=size * 0.15)
    unit = make_style("board_unit", size * 0.9, align=1, leading=1.2)
    head = make_style("board_head", size * 0.95, font=BOLD, leading=1.2, color=colors.white)
    body = make_style("board_body", size, leading=1.3)
    item = make_style("board_item", size, leading=1.3, leftIndent=size * 1.6, bulletIndent=0, after=size * 0.2)
    big = make_style("board_big", size * 1.15, font=BOLD, align=1, leading=1.25)
    foot = make_style("board_foot", size * 0.7, align=1, leading=1.3)
    std = published.standard
    gap = 3 * MM

    def numbered(lines: Sequence[str]) -> list[Flowable]:
        return [Paragraph(esc(line), item, bulletText=f"{i}.") for i, line in enumerate(lines, start=1)]

    def box(key: str, content: list[Flowable], box_width: float) -> Table:
        component = COMPONENT_BY_KEY[key]
        table = Table([[Paragraph(f"{component.number}. {esc(component.label.upper())}", head)], [content]],
                      colWidths=[box_width], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("BACKGROUND", (0, 1), (-1, 1), BOX_FILL),
            ("BOX", (0, 0), (-1, -1), 1.2, HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.5),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.35),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.45),
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
    closing = f"Ditetapkan dengan Keputusan Kepala Dinas Nomor {std.sk_number}, berlaku sejak " \
              f"{format_date(std.effective_date)} (versi {std.version_no})."
    return [
        Paragraph(TITLE, title),
        Spacer(1, size * 0.35),
        Paragraph(esc(published.service_name), name),
        Paragraph(esc(published.unit_full_name), unit),
        Spacer(1, size * 0.7),
        row([box("requirements", numbered(std.requirements), half), box("steps", numbered(std.steps), half)],
            [half + gap, half]),
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
