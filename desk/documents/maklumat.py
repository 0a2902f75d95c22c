"""The maklumat pelayanan (DOMAIN.md §1.3): the office's written promise, signed by the head of office.

Kop; "MAKLUMAT PELAYANAN" and the office's name; the promise from the office profile
(`maklumat_text`, its own paragraphs kept) in large type inside a double frame; the place and
date, the head's title, room to sign and stamp, the name and NIP. It hangs at the counter, so
it is always one page: a long text makes the type smaller, never a second page.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, header_flowables
from desk.documents.blocks import Signer, signature_block
from desk.documents.fonts import BOLD, register_fonts
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.styles import INK, esc, make_style, styles_of_size
from desk.domain.records import OfficeProfile
from desk.domain.text_id import format_date, place_date_line

TITLE = "MAKLUMAT PELAYANAN"
PAPERS = ("A4", "F4")
# Used when the office has not written its own yet: the three promises of DOMAIN.md §1.3.
DEFAULT_TEXT = (
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai dengan standar pelayanan yang telah "
    "ditetapkan dan akan terus melakukan perbaikan secara berkelanjutan. Apabila kami tidak menepati janji ini, "
    "kami siap menerima sanksi dan/atau memberikan kompensasi sesuai dengan ketentuan peraturan "
    "perundang-undangan yang berlaku."
)


def maklumat_text(office: OfficeProfile) -> str:
    return office.maklumat_text.strip() or DEFAULT_TEXT


def render_maklumat(office: OfficeProfile, on: date, paper: str | Paper = "A4", *,
                    deterministic: bool = False) -> bytes:
    """The maklumat dated ``on`` (the day it is signed) as a one-page PDF."""
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Maklumat pelayanan dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    width = sheet.content_width
    body = maklumat_story(office, on, sheet)
    page = KeepInFrame(width, (sheet.content_height or 0) - 2, [*header_flowables(office, sheet), *body],
                       mode="shrink", hAlign="CENTER", vAlign="TOP")
    return build_pdf([page], paper=sheet, office=office, title=f"Maklumat Pelayanan {office.short_name}".strip(),
                     subject=f"Maklumat pelayanan, {format_date(on)}", letterhead=False,
                     deterministic=deterministic)


def maklumat_story(office: OfficeProfile, on: date, paper: Paper, *, scale: float = 1.6) -> list[Flowable]:
    """The maklumat without the kop (the booklet prints it after its table of contents)."""
    register_fonts()  # styles below name the embedded family
    size = paper.body_size * scale
    width = paper.content_width
    title = make_style("mk_title", size * 1.55, font=BOLD, align=1, leading=1.2)
    office_style = make_style("mk_office", size * 0.95, font=BOLD, align=1, leading=1.25)
    promise = make_style("mk_text", size * 1.1, align=1, leading=1.6, after=size * 0.6)
    paragraphs = [p.strip() for p in maklumat_text(office).split("\n") if p.strip()]
    frame = Table([[[Paragraph(esc(p), promise) for p in paragraphs]]], colWidths=[width * 0.9], hAlign="CENTER")
    frame.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2.2, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 10 * MM),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10 * MM),
        ("TOPPADDING", (0, 0), (-1, -1), 9 * MM),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * MM),
    ]))
    outer = Table([[frame]], colWidths=[width * 0.9 + 4], hAlign="CENTER")
    outer.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, INK), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    sign_styles = styles_of_size(round(size, 2))
    place = office.place_name or office.district
    signer = Signer(f"{office.head_title or 'Kepala Dinas'},", office.head_name,
                    f"NIP {office.head_nip}" if office.head_nip else "")
    block = signature_block([signer], sign_styles, width * 0.55,
                            place_date=place_date_line(place, on) if place else format_date(on),
                            space=size * 5.5)
    block.hAlign = "RIGHT"
    office_line = " ".join(p for p in (office.office_name.strip(), office.regency.strip().upper()) if p)
    return [
        Spacer(1, size * 0.8),
        Paragraph(TITLE, title),
        Spacer(1, size * 0.3),
        Paragraph(esc(office_line), office_style),
        Spacer(1, size * 1.6),
        outer,
        Spacer(1, size * 1.8),
        block,
    ]
