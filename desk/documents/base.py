"""Turn a story of flowables into PDF bytes for one paper and one office.

Every document module (receipt, standard, attendance sheet, berita acara, recap) builds a
list of flowables and hands it to :func:`build_pdf`, which adds the letterhead on the first
page, a short running header on later pages, "Halaman x dari y" when there is more than one
page, and an optional mark such as "SALINAN ke-2" on every page. Page numbers need the total,
so pages are kept until the end and decorated at save time (one pass, no second build).

A paper that may not be signed yet carries "KONSEP" across every page and in its footer
(draft_mark): always while the office profile still has gaps (desk.domain.office_rules), and
whenever the document says so itself (a forum that has not taken place, for one).

Thermal rolls have no fixed height: the story is measured first and the page is made as tall
as the content. ``deterministic=True`` sets ReportLab's invariant mode (fixed dates and file
id), so the same input gives the same bytes, which tests and reprints rely on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, FrameBreak, PageTemplate

from desk.documents.draft_mark import FOOTER_TEXT, draw_draft_mark
from desk.documents.draft_mark import WORD as DRAFT_WORD
from desk.documents.fit import StoryMaker, fit_story, story_height
from desk.documents.fonts import BOLD, REGULAR, register_fonts
from desk.documents.letterhead import Letterhead, compact_header
from desk.documents.pages import MM, PRINTABLE_INSET, Paper, get_paper
from desk.documents.styles import INK, MIN_FONT_SIZE, RULE, Styles, styles_for
from desk.domain.office_rules import office_gaps
from desk.domain.records import OfficeProfile

__all__ = ["build_pdf", "build_two_up_pdf", "copy_mark", "header_flowables", "is_draft", "measure", "styles_for"]

CREATOR = "Desk"


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What the canvas draws around the story on each page."""

    paper: Paper
    header_text: str  # running header on pages 2..n
    mark: str  # on every page, e.g. "SALINAN ke-2"
    size: float  # font size of header and footer
    numbered: bool
    draft: bool = False  # "KONSEP" across every page and in the footer
    halves: bool = False  # two-up: the draft mark is drawn across each half
    cover: bool = False  # page 1 is a cover: no page number and no copy mark on it


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with "…" so that it fits ``width`` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class DeskCanvas(Canvas):
    """A canvas that holds its pages until save() so each can say "Halaman x dari y"."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        decor = self._decor
        width, height = self._pagesize
        m = decor.paper.margins
        usable = width - m.left - m.right
        size = max(decor.size, MIN_FONT_SIZE)
        if decor.draft:
            self._draft_marks(width, height)
        if decor.paper.is_roll:
            if decor.draft:
                self.saveState()
                self.setFillColor(INK)
                self.setFont(BOLD, size)
                text = FOOTER_TEXT if stringWidth(FOOTER_TEXT, BOLD, size) <= usable else DRAFT_WORD
                self.drawCentredString(width / 2, m.bottom * 0.4, text)
                self.restoreState()
            return
        page = self.getPageNumber()
        self.saveState()
        self.setFillColor(INK)
        if page > 1 and decor.header_text:
            y = height - m.top * 0.5
            self.setFont(REGULAR, size)
            self.drawString(m.left, y, _fit(decor.header_text, REGULAR, size, usable))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(m.left, y - size * 0.55, width - m.right, y - size * 0.55)
        y = max(m.bottom * 0.45, PRINTABLE_INSET + size * 0.3)
        cover = decor.cover and page == 1
        numbers = f"Halaman {page} dari {total}" if decor.numbered and total > 1 and not cover else ""
        if numbers:
            self.setFont(REGULAR, size)
            self.drawRightString(width - m.right, y, numbers)
        mark = " · ".join(t for t in (FOOTER_TEXT if decor.draft else "", "" if cover else decor.mark) if t)
        if mark:
            room = usable - stringWidth(numbers, REGULAR, size) - 4 * MM
            self.setFont(BOLD, size * 1.1)
            self.drawString(m.left, y, _fit(mark, BOLD, size * 1.1, room))
        self.restoreState()

    def _draft_marks(self, width: float, height: float) -> None:
        """One diagonal word per sheet (per half on a two-up sheet); on a roll, one every stretch
        of paper about as long as it is wide twice over, so every torn-off piece shows it."""
        decor = self._decor
        m = decor.paper.margins
        if decor.halves:
            for bottom in (0.0, height / 2):
                draw_draft_mark(self, m.left, bottom + m.bottom, width - m.left - m.right, height / 2 - 2 * m.bottom)
            return
        if not decor.paper.is_roll:
            draw_draft_mark(self, m.left, m.bottom, width - m.left - m.right, height - m.top - m.bottom)
            return
        stretch = width * 2.2
        count = max(1, round(height / stretch))
        for i in range(count):
            draw_draft_mark(self, 0, height * i / count, width, height / count)


def header_flowables(office: OfficeProfile, paper: Paper, scale: float | None = None) -> list[Flowable]:
    """The letterhead for a sheet (scaled to the paper) or the compact text header for a roll."""
    if paper.is_roll:
        return compact_header(office, styles_for(paper))
    if scale is None:
        # Full size on A4/F4 (the kop of DOMAIN.md §6.4), smaller on A5 and other small sheets.
        scale = max(0.7, min(1.0, min(paper.width, paper.height or paper.width) / (210 * MM)))
    return [Letterhead(office, scale)]


def measure(story: Sequence[Flowable], width: float) -> float:
    """Height the story takes in a frame ``width`` wide: an upper bound (spaces are all counted)."""
    return story_height(story, width)


def _doc(buffer: BytesIO, pagesize: tuple[float, float], office: OfficeProfile, title: str, subject: str,
         deterministic: bool) -> BaseDocTemplate:
    # Compressed streams stay binary: ASCII85 on top makes files 25% larger and costs ~3 ms a
    # receipt in ReportLab's pure-Python encoder. (A process-wide setting; only Desk renders here.)
    rl_config.useA85 = 0
    return BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=title,
        author=office.office_name,
        subject=subject,
        creator=CREATOR,
        invariant=1 if deterministic else 0,
        pageCompression=1,
        initialFontName=REGULAR,  # or the canvas preamble names Helvetica, which is never embedded
        initialFontSize=10,
        initialLeading=12,
        lang="id-ID",
        displayDocTitle=1,
        leftMargin=0,
        rightMargin=0,
        topMargin=0,
        bottomMargin=0,
    )


def _decor(paper: Paper, office: OfficeProfile, styles: Styles, running_title: str, mark: str,
           draft: bool) -> PageDecor:
    header = " · ".join(t for t in (office.short_name.strip(), running_title.strip()) if t)
    return PageDecor(paper=paper, header_text=header, mark=mark, size=styles.size * 0.8,
                     numbered=not paper.is_roll, draft=draft)


def copy_mark(copy_no: int) -> str:
    """"SALINAN ke-2" on every copy after the first ("ke-" stays lower case, as in "HUT ke-80")."""
    return f"SALINAN ke-{copy_no}" if copy_no > 1 else ""


def is_draft(office: OfficeProfile, draft: bool = False) -> bool:
    """Whether a paper for ``office`` carries "KONSEP": the document's own say, or gaps in the profile."""
    return draft or bool(office_gaps(office))


def build_pdf(
    story: Sequence[Flowable],
    *,
    paper: str | Paper,
    office: OfficeProfile,
    title: str,
    subject: str = "",
    running_title: str = "",
    mark: str = "",
    deterministic: bool = False,
    letterhead: bool = True,
    draft: bool = False,
    numbered: bool = True,
    kop_scale: float | None = None,
    cover: bool = False,
) -> bytes:
    """Lay ``story`` out on ``paper`` and return the PDF bytes.

    ``running_title`` heads pages 2..n (after the office's short name; ``title`` when empty).
    ``letterhead`` puts the kop (or a roll's compact header) before the story. ``draft`` marks
    every page "KONSEP" (as do gaps in the office profile). ``numbered=False`` leaves out
    "Halaman x dari y" and the running header (posters: each page stands alone); ``cover``
    leaves the number and the copy mark off the first page.
    """
    register_fonts()
    paper = get_paper(paper)
    styles = styles_for(paper)
    flow = [*header_flowables(office, paper, kop_scale), *story] if letterhead else list(story)
    m = paper.margins
    if paper.is_roll:
        # One extra body line of slack: rounding must never push the last line onto a 2nd page.
        pagesize = paper.page_size(measure(flow, paper.content_width) + styles.size)
    else:
        pagesize = paper.page_size()
    width, height = pagesize
    frame = Frame(m.left, m.bottom, width - m.left - m.right, height - m.top - m.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    buffer = BytesIO()
    doc = _doc(buffer, pagesize, office, title, subject, deterministic)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])
    decor = _decor(paper, office, styles, running_title or title, mark, is_draft(office, draft))
    if not numbered:
        decor = replace(decor, numbered=False, header_text="")
    if cover:
        decor = replace(decor, cover=True)
    doc.build(flow, canvasmaker=partial(DeskCanvas, decor=decor))
    return buffer.getvalue()


def build_two_up_pdf(
    halves: Sequence[StoryMaker],
    *,
    paper: str | Paper,
    office: OfficeProfile,
    title: str,
    subject: str = "",
    deterministic: bool = False,
    letterhead: bool = True,
    cut_label: str = "potong di sini",
    draft: bool = False,
    min_scale: float = 0.0,
) -> bytes:
    """Two stories on one sheet, one per half, with a dashed cut line between them.

    Each half is a function of the layout width that returns its story; it gets its own
    (smaller) letterhead. A half taller than half the page is laid out wider and drawn
    smaller (fit.fit_story) rather than spilling onto the other half, but never smaller than
    ``min_scale``: TwoUpTooLong when it would have to be (:func:`two_up_scale` asks first).
    """
    register_fonts()
    paper = get_paper(paper)
    if paper.is_roll or paper.is_landscape or paper.name == "A5":
        raise ValueError(f"Dua lembar per halaman hanya untuk kertas A4 atau F4 tegak, bukan {paper.name}.")
    if len(halves) != 2:
        raise ValueError("build_two_up_pdf needs exactly two stories")
    styles = styles_for(paper)
    width, height = paper.page_size()
    m = paper.margins
    gap = 7 * MM  # from each half's content to the cut line
    mid = height / 2
    frame_w = width - m.left - m.right
    frames = [
        Frame(m.left, mid + gap, frame_w, height - m.top - mid - gap, 0, 0, 0, 0, id="top"),
        Frame(m.left, m.bottom, frame_w, mid - gap - m.bottom, 0, 0, 0, 0, id="bottom"),
    ]
    flow: list[Flowable] = []
    for i, (half, frame) in enumerate(zip(halves, frames, strict=True)):

        def content(layout_width: float, half: StoryMaker = half) -> list[Flowable]:
            head = header_flowables(office, paper, scale=HALF_LETTERHEAD) if letterhead else []
            return [*head, *half(layout_width)]

        fitted = fit_story(content, frame._width, frame._height)
        if fitted.scale < min_scale:
            raise TwoUpTooLong(fitted.scale)
        flow.append(fitted)
        if i == 0:
            flow.append(FrameBreak())
    buffer = BytesIO()
    doc = _doc(buffer, (width, height), office, title, subject, deterministic)
    doc.addPageTemplates([PageTemplate(id="two_up", frames=frames, pagesize=(width, height),
                                       onPage=_cut_line(mid, cut_label, styles.size * 0.75))])
    decor = PageDecor(paper=paper, header_text="", mark="", size=styles.size * 0.8, numbered=False,
                      draft=is_draft(office, draft), halves=True)
    doc.build(flow, canvasmaker=partial(DeskCanvas, decor=decor))
    return buffer.getvalue()


class TwoUpTooLong(ValueError):
    """A half would have to be drawn smaller than the smallest legible print."""

    def __init__(self, scale: float) -> None:
        super().__init__("Tanda terima ini terlalu panjang untuk dua lembar pada satu kertas; cetak satu lembar.")
        self.scale = scale


HALF_LETTERHEAD = 0.5  # the kop's scale on half a sheet (before the half itself is fitted)


def two_up_frame(paper: Paper) -> tuple[float, float]:
    """(width, height) of one half of a two-up sheet."""
    width, height = paper.page_size()
    m = paper.margins
    gap = 7 * MM
    return width - m.left - m.right, height / 2 - gap - m.bottom


def two_up_scale(halves: Sequence[StoryMaker], *, paper: str | Paper, office: OfficeProfile,
                 letterhead: bool = True) -> float:
    """The scale the larger half would be drawn at on a two-up sheet (1.0 = not shrunk)."""
    register_fonts()
    sheet = get_paper(paper)
    frame_w, frame_h = two_up_frame(sheet)
    scales = []
    for half in halves:

        def content(layout_width: float, half: StoryMaker = half) -> list[Flowable]:
            head = header_flowables(office, sheet, scale=HALF_LETTERHEAD) if letterhead else []
            return [*head, *half(layout_width)]

        scales.append(fit_story(content, frame_w, frame_h).scale)
    return min(scales)


def _cut_line(y: float, label: str, size: float) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width = canv._pagesize[0]
        text = f"✂ {label}"
        text_w = stringWidth(text, REGULAR, size)
        left_end = 10 * MM
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.setDash(4, 3)
        canv.line(left_end + text_w + 2 * MM, y, width - 6 * MM, y)
        canv.line(6 * MM, y, left_end - 1 * MM, y)
        canv.setFillColor(RULE)
        canv.setFont(REGULAR, size)
        canv.drawString(left_end, y - size * 0.35, text)
        canv.restoreState()

    return draw
