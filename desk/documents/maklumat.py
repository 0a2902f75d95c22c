"""The maklumat pelayanan (DOMAIN.md §1.3): the office's written promise, signed by the head of office.

Kop; "MAKLUMAT PELAYANAN" and the office's name; the promise from the office profile
(`maklumat_text`, its own paragraphs kept) in large type inside a double frame; the place and
the day the head signed it (`maklumat_date`: a reprint keeps the date of the signature), the
full jabatan, room to sign and stamp, the name, pangkat and NIP. It hangs at the counter, so it
is one page: a long text is set smaller, down to the smallest legible size, never cut.
Without a signing date the paper is a KONSEP with dots where the date goes.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, copy_mark, header_flowables
from desk.documents.blocks import SIGN_SPACE, Balanced, head_signer, signature_block
from desk.documents.fit import story_height
from desk.documents.fonts import BOLD, register_fonts
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.styles import INK, esc, make_style, styles_of_size
from desk.domain.records import OfficeProfile
from desk.domain.text_id import format_date

TITLE = "MAKLUMAT PELAYANAN"
PAPERS = ("A4", "F4")
# Used when the office has not written its own yet: the three promises of DOMAIN.md §1.3.
DEFAULT_TEXT = (
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai dengan standar pelayanan yang telah "
    "ditetapkan dan akan terus melakukan perbaikan secara berkelanjutan. Apabila kami tidak menepati janji ini, "
    "kami siap menerima sanksi dan/atau memberikan kompensasi sesuai dengan ketentuan peraturan "
    "perundang-undangan yang berlaku."
)
SCALES = (1.6, 1.45, 1.3, 1.15, 1.0, 0.9, 0.8, 0.75, 0.7, 0.66)  # of the body size, largest first


def maklumat_text(office: OfficeProfile) -> str:
    return office.maklumat_text.strip() or DEFAULT_TEXT


def render_maklumat(office: OfficeProfile, on: date | None = None, paper: str | Paper = "A4", *,
                    deterministic: bool = False, copy_no: int = 1) -> bytes:
    """The maklumat as a one-page PDF, dated on the office's stored signing date (``on`` is only
    the print date, kept for the callers: the maklumat never shows it)."""
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Maklumat pelayanan dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    signed = office.maklumat_date
    story = maklumat_page(office, sheet, with_kop=True)
    return build_pdf(story, paper=sheet, office=office, title=f"Maklumat Pelayanan {office.short_name}".strip(),
                     subject=f"Maklumat pelayanan, {format_date(signed) if signed else 'belum ditandatangani'}",
                     letterhead=False, deterministic=deterministic, mark=copy_mark(copy_no), draft=signed is None)


def maklumat_page(office: OfficeProfile, paper: Paper, *, with_kop: bool = False,
                  scales: tuple[float, ...] = SCALES) -> list[Flowable]:
    """The maklumat at the largest of ``scales`` at which it fills no more than one page."""
    room = (paper.content_height or 0) - 2
    story: list[Flowable] = []
    for scale in scales:
        story = [*(header_flowables(office, paper) if with_kop else []), *maklumat_story(office, paper, scale=scale)]
        if story_height(story, paper.content_width) <= room:
            break
    return story


def maklumat_story(office: OfficeProfile, paper: Paper, *, scale: float = 1.6) -> list[Flowable]:
    """The maklumat without the kop (the booklet prints it after its table of contents)."""
    register_fonts()  # styles below name the embedded family
    size = paper.body_size * scale
    width = paper.content_width
    title = make_style("mk_title", size * 1.55, font=BOLD, align=1, leading=1.2)
    office_style = make_style("mk_office", size * 0.95, font=BOLD, align=1, leading=1.25)
    promise = make_style("mk_text", size * 1.1, align=1, leading=1.6 if scale >= 1.15 else 1.35, after=size * 0.6)
    paragraphs = [p.strip() for p in maklumat_text(office).split("\n") if p.strip()]
    pad = min(10 * MM, size * 3)
    frame = Table([[[Paragraph(esc(p), promise) for p in paragraphs]]], colWidths=[width * 0.9], hAlign="CENTER")
    frame.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2.2, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6),
    ]))
    outer = Table([[frame]], colWidths=[width * 0.9 + 4], hAlign="CENTER")
    outer.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, INK), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    sign_size = min(round(size, 2), paper.body_size * 1.3)
    sign_styles = styles_of_size(sign_size)
    place = (office.place_name or office.district or office.regency).strip() or "……………"
    signed = office.maklumat_date
    line = f"{place}, {format_date(signed) if signed else '……………………'}"
    block = signature_block([head_signer(office)], sign_styles, width * 0.55, place_date=line,
                            space=max(SIGN_SPACE, size * 5.5), max_width=width)
    block.hAlign = "RIGHT"
    office_line = " ".join(p for p in (office.office_name.strip(), office.regency.strip().upper()) if p)
    return [
        Spacer(1, size * 0.8),
        Paragraph(TITLE, title),
        Spacer(1, size * 0.3),
        Balanced(esc(office_line), office_style),
        Spacer(1, size * 1.6),
        outer,
        Spacer(1, size * 1.8),
        block,
    ]
