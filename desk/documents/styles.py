"""Paragraph styles shared by every document, scaled from a paper's body size.

All styles use the embedded family from fonts.py. Indonesian text wraps at spaces; a word
longer than its column (a name typed without spaces, a long e-mail address) is split
rather than allowed to run past the margin (``splitLongWords``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desk.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desk.documents.pages import Paper

INK = colors.black
MUTED = colors.Color(0.25, 0.25, 0.25)  # labels: still dark enough for a thermal head
RULE = colors.Color(0.55, 0.55, 0.55)


@dataclass(frozen=True, slots=True)
class Styles:
    size: float
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle  # small italic: privacy note, footnotes
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle


def make_style(name: str, size: float, *, font: str = REGULAR, align: int = TA_LEFT, leading: float = 1.25,
           color: colors.Color = INK, before: float = 0.0, after: float = 0.0, **kw: float) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=round(size * leading, 2),
        alignment=align,
        textColor=color,
        spaceBefore=before,
        spaceAfter=after,
        splitLongWords=1,
        allowWidows=1,
        bulletFontName=font,  # the default is Helvetica, which would be the one font not embedded
        bulletFontSize=size,
        **kw,
    )


@lru_cache(maxsize=16)
def styles_of_size(size: float) -> Styles:
    """The style set for a body size in points (cached: styles are immutable in practice)."""
    register_fonts()
    small = size * 0.85
    return Styles(
        size=size,
        body=make_style("body", size),
        bold=make_style("bold", size, font=BOLD),
        small=make_style("small", small),
        note=make_style("note", size * 0.8, font=ITALIC, leading=1.15),
        label=make_style("label", small, color=MUTED),
        cell=make_style("cell", size * 0.95, leading=1.2),
        cell_bold=make_style("cell_bold", size * 0.95, font=BOLD, leading=1.2),
        title=make_style("title", size * 1.35, font=BOLD, align=TA_CENTER, leading=1.2),
        subtitle=make_style("subtitle", size, align=TA_CENTER),
        heading=make_style("heading", size * 1.05, font=BOLD, before=size * 0.75, after=size * 0.25),
        center=make_style("center", size, align=TA_CENTER),
        right=make_style("right", size, align=TA_RIGHT),
    )


def styles_for(paper: Paper) -> Styles:
    return styles_of_size(paper.body_size)


def esc(text: object) -> str:
    """User data made safe for Paragraph markup; line breaks kept."""
    return escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user) text: escaped, never read as markup."""
    return Paragraph(esc(text), style)


def fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest font size in [smallest, largest] at which ``text`` fits ``width`` on one line."""
    register_fonts()
    natural = stringWidth(text, font, 1.0)
    if natural <= 0:
        return largest
    return max(smallest, min(largest, width / natural))
