"""Paragraph styles shared by every document, scaled from a paper's body size.

All styles use the embedded family from fonts.py. Indonesian text wraps at spaces; a word
longer than its column (a name typed without spaces, a long e-mail address) is split
rather than allowed to run past the margin (``splitLongWords``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desk.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desk.documents.pages import Paper

INK = colors.black
MUTED = colors.Color(0.25, 0.25, 0.25)  # labels: still dark enough for a thermal head
RULE = colors.Color(0.55, 0.55, 0.55)
# Nothing on a printed page is smaller: below this, small print on a thermal roll or a photocopy
# stops being legible. Every style is made at this size or larger (make_style).
MIN_FONT_SIZE = 6.5


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
    """A paragraph style of ``size`` points (never below MIN_FONT_SIZE), ``leading`` times as tall."""
    size = max(size, MIN_FONT_SIZE)
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
        # A heading never stays behind at the foot of a page without what it heads.
        heading=make_style("heading", size * 1.05, font=BOLD, before=size * 0.75, after=size * 0.25, keepWithNext=1),
        center=make_style("center", size, align=TA_CENTER),
        right=make_style("right", size, align=TA_RIGHT),
    )


def styles_for(paper: Paper) -> Styles:
    return styles_of_size(paper.body_size)


# Parsed markup of recent paragraphs: (text, style, bullet text, parser settings) -> what
# Paragraph._setup made.
_PARSED: OrderedDict[tuple[Any, ...], tuple[Any, ...]] = OrderedDict()
_PARSED_KEPT = 1024
_parsed_lock = threading.Lock()


def _fresh_frags(frags: list[Any]) -> list[Any]:
    """Copies of parsed (plain) fragments: line breaking sets attributes on them, so every
    paragraph gets its own, down to the empty link and underline lists."""
    copies = [frag.clone() for frag in frags]
    for copy in copies:
        attributes = copy.__dict__
        for name, value in attributes.items():
            if isinstance(value, list):
                attributes[name] = []
    return copies


def _plain_frags(frags: list[Any]) -> bool:
    """Fragments whose copies share nothing mutable: no links, underlines or callbacks."""
    return all(not (isinstance(v, list | dict | ABag) and v) for frag in frags for v in frag.__dict__.values())


class Para(Paragraph):
    """A Paragraph that does not parse or lay out again what it has just done.

    - Markup: the labels, headings, letterhead and notices of a document are the same text in
      the same style document after document; ReportLab parses each with an HTML parser
      (a tenth of a receipt). Recent results are kept and each paragraph gets its own copies
      of the fragments, so nothing it does reaches another paragraph.
    - Layout: a table wraps each cell paragraph to size its rows and again, at the same width,
      to draw it (nested tables once more): half of a receipt's line breaking was repeated
      work. The last wrap is kept with the line breaks it made; when ReportLab drops those
      (Paragraph.split deletes ``blPara``) or the width differs, the paragraph is laid out anew.
    """

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or not isinstance(text, str) or not isinstance(bulletText, str | None):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        # The style itself is kept with the entry, so its id cannot be reused by another style;
        # styles are not changed once paragraphs use them (make_style gives a new one per call).
        key = (text, id(style), bulletText, self.caseSensitive, cleaner)
        with _parsed_lock:
            known = _PARSED.get(key)
            if known is not None:
                _PARSED.move_to_end(key)
        if known is None:
            super()._setup(text, style, bulletText, None, cleaner)
            if isinstance(self.bulletText, str | None) and _plain_frags(self.frags):
                with _parsed_lock:
                    _PARSED[key] = (style, self.text, self.style, _fresh_frags(self.frags), self.bulletText)
                    if len(_PARSED) > _PARSED_KEPT:
                        _PARSED.popitem(last=False)
            return
        _, self.text, self.style, parsed, self.bulletText = known
        self.frags = _fresh_frags(parsed)
        self.debug = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self.__dict__.get("_last_wrap")
        if last is not None and last[0] == availWidth and last[2] is self.__dict__.get("blPara"):
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size, self.__dict__.get("blPara"))
        return size


def esc(text: object) -> str:
    """User data made safe for Paragraph markup; line breaks kept."""
    return escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Para:
    """A paragraph of plain (user) text: escaped, never read as markup."""
    return Para(esc(text), style)


def fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest font size in [smallest, largest] at which ``text`` fits ``width`` on one line
    (with a hair to spare, so rounding in the layout never breaks the line after all)."""
    register_fonts()
    natural = stringWidth(text, font, 1.0)
    if natural <= 0:
        return largest
    return max(smallest, min(largest, width * 0.995 / natural))
