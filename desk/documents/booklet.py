"""The booklet of all standards: cover, table of contents, maklumat, then every service grouped by unit.

The cover has the lambang, no kop and no page number. Each service starts on a new page; the
first service of a unit carries the unit's name above it. The head's signature under the
decree's date closes the last standard.
The table of contents gives the page where each unit and service starts, as printed in the
footer ("Halaman x dari y"). Those numbers are only known after layout, so the booklet is laid
out twice: the first pass records the page of every start, the second prints them in the
table of contents (whose length does not depend on the numbers), and the recorded pages of the
second pass are checked against the printed ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import Balanced
from desk.documents.fonts import BOLD, register_fonts
from desk.documents.letterhead import Emblem
from desk.documents.maklumat import maklumat_page
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.standard import PAPERS, signature, standard_story
from desk.documents.styles import RULE, esc, make_style, styles_for
from desk.domain.office_rules import standard_decree
from desk.domain.records import OfficeProfile
from desk.domain.standard_rules import PublishedStandard
from desk.domain.text_id import format_date

TITLE = "STANDAR PELAYANAN PUBLIK"
TOC_TITLE = "DAFTAR ISI"
MAKLUMAT_ENTRY = "Maklumat Pelayanan"
MAX_PASSES = 3


class _Anchor(Flowable):
    """Takes no room; notes the page it lands on (the table of contents reads it)."""

    def __init__(self, key: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.setdefault(self.key, self.canv.getPageNumber())


def render_booklet(office: OfficeProfile, standards: Sequence[PublishedStandard], on: date,
                   paper: str | Paper = "A4", *, deterministic: bool = False, copy_no: int = 1) -> bytes:
    """Every standard in ``standards`` (already in the office's order) as one booklet."""
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Buku standar pelayanan dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    if not standards:
        raise ValueError("a booklet needs at least one standard")
    printed: dict[str, int] | None = None
    pdf = b""
    draft = office.maklumat_date is None or any(not standard_decree(p.standard, office).complete for p in standards)
    for _ in range(MAX_PASSES):
        recorded: dict[str, int] = {}
        pdf = build_pdf(
            _story(office, standards, on, sheet, printed, recorded), paper=sheet, office=office,
            title=f"Standar Pelayanan {office.short_name}".strip(), subject=f"Buku standar pelayanan {on.year}",
            running_title="Buku Standar Pelayanan", letterhead=False, deterministic=deterministic,
            mark=copy_mark(copy_no), draft=draft, cover=True,
        )
        if recorded == printed:
            return pdf
        printed = recorded
    return pdf  # pragma: no cover - the contents' length never depends on its numbers


def unit_key(published: PublishedStandard) -> str:
    return f"unit:{published.unit_code}"


def _story(office: OfficeProfile, standards: Sequence[PublishedStandard], on: date, paper: Paper,
           printed: dict[str, int] | None, recorded: dict[str, int]) -> list[Flowable]:
    story: list[Flowable] = [*_cover(office, standards, on, paper), PageBreak()]
    story += [*_contents(standards, paper, printed), PageBreak()]
    story.append(_Anchor("maklumat", recorded))
    story += maklumat_page(office, paper, scales=(1.45, 1.3, 1.15, 1.0, 0.9, 0.8, 0.75, 0.7, 0.66))
    styles = styles_for(paper)
    unit_style = make_style("bk_unit", styles.size * 1.1, font=BOLD, align=1, leading=1.3, after=styles.size * 0.8)
    for _unit, group in groupby(standards, key=unit_key):
        for i, published in enumerate(group):
            story.append(PageBreak())
            if i == 0:
                story.append(_Anchor(unit_key(published), recorded))
                story.append(Paragraph(esc(published.unit_full_name.upper()), unit_style))
            story.append(_Anchor(published.service_code, recorded))
            story += standard_story(office, published, paper, with_signature=False, with_heading=False)
    # The head signs the booklet once, under the last standard, on the day of the decree.
    story.append(KeepTogether([Spacer(1, styles.size * 1.5),
                               signature(office, office.standards_decree_date, styles, paper.content_width)]))
    return story


def _cover(office: OfficeProfile, standards: Sequence[PublishedStandard], on: date, paper: Paper) -> list[Flowable]:
    """The lambang, the title, the office and its units; no kop, no page number (build_pdf cover)."""
    register_fonts()
    size = paper.body_size
    height = paper.content_height or 0
    width = paper.content_width
    title = make_style("bk_title", size * 2.6, font=BOLD, align=1, leading=1.2)
    office_style = make_style("bk_office", size * 1.5, font=BOLD, align=1, leading=1.3)
    plain = make_style("bk_plain", size * 1.25, align=1, leading=1.4)
    small = make_style("bk_small", size, align=1, leading=1.3)
    units = [p.unit_full_name for p in {unit_key(p): p for p in standards}.values()]
    decree = standard_decree(standards[0].standard, office)
    about = (f"Lampiran Keputusan Kepala Dinas Nomor {decree.number or '……………'}"
             + (f" tanggal {format_date(decree.issued)}" if decree.issued else ""))
    flow: list[Flowable] = [
        Spacer(1, height * 0.06),
        Emblem(office, 42 * MM),
        Spacer(1, height * 0.06),
        Paragraph(TITLE, title),
        Spacer(1, size * 2),
        Balanced(esc(office.office_name.upper()), office_style),
        Paragraph(esc(office.regency.upper() or office.government_name.upper()), office_style),
        Spacer(1, size * 3),
        *[Paragraph(esc(name), plain) for name in units],
        Spacer(1, size * 3),
        Paragraph(f"{len(standards)} jenis layanan", plain),
        Spacer(1, size),
        Paragraph(esc(about), small),
    ]
    place = (office.place_name or office.district).strip()
    closing = Paragraph(esc(f"{place} {on.year}" if place else str(on.year)), office_style)
    return [KeepInFrame(width, height - 2, [*flow, Spacer(1, height * 0.12), closing], mode="shrink", vAlign="TOP")]


def _contents(standards: Sequence[PublishedStandard], paper: Paper, printed: dict[str, int] | None) -> list[Flowable]:
    styles = styles_for(paper)
    width = paper.content_width
    page_w = 14 * MM
    title = make_style("bk_toc_title", styles.size * 1.4, font=BOLD, align=1, leading=1.2, after=styles.size)
    unit_style = make_style("bk_toc_unit", styles.size, font=BOLD, leading=1.3)
    item = make_style("bk_toc_item", styles.size, leading=1.3)
    number = make_style("bk_toc_page", styles.size, align=2, leading=1.3)

    def page(key: str) -> Paragraph:
        # Before the first pass has counted, a placeholder as wide as a real number keeps the layout.
        return Paragraph(str(printed[key]) if printed and key in printed else "000", number)

    code_w = styles.size * 3.2
    rows: list[list[Flowable | str]] = [[Paragraph(MAKLUMAT_ENTRY, unit_style), "", page("maklumat")]]
    unit_rows: list[int] = [0]
    spans: list[int] = [0]
    for _unit, group in groupby(standards, key=unit_key):
        items = list(group)
        unit_rows.append(len(rows))
        spans.append(len(rows))
        rows.append([Paragraph(esc(items[0].unit_full_name), unit_style), "", page(unit_key(items[0]))])
        for published in items:
            # The code in a column of its own: a long name wraps under the name, not under the code.
            rows.append([Paragraph(esc(published.service_code), item), Paragraph(esc(published.service_name), item),
                         page(published.service_code)])
    table = Table(rows, colWidths=[code_w, width - page_w - code_w, page_w], repeatRows=0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (1, -1), "TOP"),
        ("VALIGN", (2, 0), (2, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), styles.size * 0.15),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.25),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE, 1, (1, 2)),
    ]
    commands += [("TOPPADDING", (0, row), (-1, row), styles.size * 0.9) for row in unit_rows[1:]]
    commands += [("LEFTPADDING", (0, 0), (0, -1), styles.size * 1.2)]
    commands += [("SPAN", (0, row), (1, row)) for row in spans]
    commands += [("LEFTPADDING", (0, row), (0, row), 0) for row in spans]
    table.setStyle(TableStyle(commands))
    return [Paragraph(TOC_TITLE, title), Spacer(1, styles.size * 0.5), table]
