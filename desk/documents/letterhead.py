"""The kop surat (DOMAIN.md §6.4) and the compact header of thermal rolls.

Sheet layout: logo on the left, vertically centred against the text; government name,
office name (wrapping when long), address and contacts centred on the page (the text
column keeps the logo's width free on both sides, so it is centred on the sheet, as on
printed kop); under it a thick-thin double rule across the full text width.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable

from desk.documents.fonts import BOLD, register_fonts
from desk.documents.pages import MM
from desk.documents.styles import INK, Para, Styles, esc, make_style
from desk.domain.records import OfficeProfile

_SHIELD_RATIO = 0.82  # width / height of the placeholder shield
_LOGO_MAX_RATIO = 1.3  # a wide logo is scaled down to this width / height


def address_line(office: OfficeProfile) -> str:
    """"Jalan …, Desa Mampari, Kecamatan Batumandi, Kode Pos 71663"."""
    parts = [
        office.address.strip(),
        f"Desa {office.village.strip()}" if office.village.strip() else "",
        f"Kecamatan {office.district.strip()}" if office.district.strip() else "",
        f"Kode Pos {office.postal_code.strip()}" if office.postal_code.strip() else "",
    ]
    return ", ".join(p for p in parts if p)


NBSP = "\u00a0"


def contact_line(office: OfficeProfile) -> str:
    """"Telepon (0526) … · Laman … · Pos-el …". Each label is bound to its value by no-break
    spaces, so a line breaks only between them ("Pos-el" never ends a line without its address)."""
    parts = [
        f"Telepon {office.phone.strip()}" if office.phone.strip() else "",
        f"Laman {office.website.strip()}" if office.website.strip() else "",
        f"Pos-el {office.email.strip()}" if office.email.strip() else "",
    ]
    return " · ".join(NBSP.join(p.split()) for p in parts if p)


@lru_cache(maxsize=4)
def _logo_image(data: bytes) -> ImageReader | None:
    """The profile's logo decoded once; None when the bytes are not a readable image.

    A broken logo must not stop a receipt from printing: the placeholder is drawn instead.
    """
    try:
        reader = ImageReader(BytesIO(data))
        width, height = reader.getSize()
    except Exception:
        return None
    return reader if width > 0 and height > 0 else None


def draw_shield(canv: Canvas, x: float, y: float, width: float, height: float, line: float) -> None:
    """A plain shield outline: stands in for the lambang daerah until the office supplies it."""

    def outline(inset: float) -> None:
        left, right = x + inset, x + width - inset
        top, bottom = y + height - inset, y + inset * 1.4
        mid = (left + right) / 2
        w, h = right - left, top - bottom
        path = canv.beginPath()
        path.moveTo(left, top)
        path.lineTo(right, top)
        path.lineTo(right, bottom + h * 0.45)
        path.curveTo(right, bottom + h * 0.18, mid + w * 0.22, bottom + h * 0.06, mid, bottom)
        path.curveTo(mid - w * 0.22, bottom + h * 0.06, left, bottom + h * 0.18, left, bottom + h * 0.45)
        path.close()
        canv.drawPath(path, stroke=1, fill=0)

    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineJoin(1)
    canv.setLineWidth(line)
    outline(line / 2)
    canv.setLineWidth(line * 0.45)
    outline(line * 3.2)
    canv.restoreState()


class Letterhead(Flowable):
    """The kop of a sheet document. ``scale`` 1.0 suits A4/F4; smaller for A5 or half sheets."""

    def __init__(self, office: OfficeProfile, scale: float = 1.0) -> None:
        super().__init__()
        register_fonts()
        self.office = office
        self.scale = scale
        self.logo_h = 22 * MM * scale
        image = _logo_image(office.logo) if office.logo else None
        self.image = image
        if image is not None:
            iw, ih = image.getSize()
            self.logo_w = self.logo_h * min(iw / ih, _LOGO_MAX_RATIO)
        else:
            self.logo_w = self.logo_h * _SHIELD_RATIO
        self.gap = 4 * MM * scale
        self.thick = 2.2 * scale
        self.thin = 0.7 * scale
        self.rule_gap = 1.4 * scale
        self.spaceAfter = 4 * MM * scale
        self._lines: list[Para] = []
        self._text_h = 0.0

    def _paragraphs(self) -> list[Para]:
        s = self.scale
        gov = make_style("kop_gov", 13 * s, font=BOLD, align=1, leading=1.2)
        name = make_style("kop_office", 14.5 * s, font=BOLD, align=1, leading=1.18)
        small = make_style("kop_address", 8.5 * s, align=1, leading=1.25)
        texts = [
            (self.office.government_name.strip().upper(), gov),
            (self.office.office_name.strip().upper(), name),
            (address_line(self.office), small),
            (contact_line(self.office), small),
        ]
        return [Para(esc(t), st) for t, st in texts if t]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        text_w = max(availWidth - 2 * (self.logo_w + self.gap), availWidth * 0.5)
        self._text_w = text_w
        self._lines = self._paragraphs()
        self._text_h = sum(p.wrap(text_w, availHeight)[1] for p in self._lines)
        self._block_h = max(self._text_h, self.logo_h)
        self.height = self._block_h + 2 * MM * self.scale + self.thick + self.rule_gap + self.thin
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        top = self.height
        block_bottom = top - self._block_h
        logo_y = block_bottom + (self._block_h - self.logo_h) / 2
        if self.image is not None:
            canv.drawImage(self.image, 0, logo_y, self.logo_w, self.logo_h, mask="auto", preserveAspectRatio=True)
        else:
            draw_shield(canv, 0, logo_y, self.logo_w, self.logo_h, 1.3 * self.scale)
        x = (self.width - self._text_w) / 2
        y = block_bottom + (self._block_h + self._text_h) / 2
        for p in self._lines:
            y -= p.height
            p.drawOn(canv, x, y)
        canv.saveState()
        canv.setStrokeColor(INK)
        thick_y = self.thin + self.rule_gap + self.thick / 2
        canv.setLineWidth(self.thick)
        canv.line(0, thick_y, self.width, thick_y)
        canv.setLineWidth(self.thin)
        canv.line(0, self.thin / 2, self.width, self.thin / 2)
        canv.restoreState()


class Emblem(Flowable):
    """The office's logo (or the placeholder shield) alone, centred: the booklet's cover."""

    def __init__(self, office: OfficeProfile, height: float) -> None:
        super().__init__()
        self.image = _logo_image(office.logo) if office.logo else None
        self.logo_h = height
        if self.image is not None:
            iw, ih = self.image.getSize()
            self.logo_w = height * min(iw / ih, _LOGO_MAX_RATIO)
        else:
            self.logo_w = height * _SHIELD_RATIO

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.logo_h
        return availWidth, self.logo_h

    def draw(self) -> None:
        x = (self.width - self.logo_w) / 2
        if self.image is not None:
            self.canv.drawImage(self.image, x, 0, self.logo_w, self.logo_h, mask="auto", preserveAspectRatio=True)
        else:
            draw_shield(self.canv, x, 0, self.logo_w, self.logo_h, 2.0)


def compact_header(office: OfficeProfile, styles: Styles) -> list[Flowable]:
    """The text-only header of a thermal roll: no logo (thermal heads print it as a blot)."""
    size = styles.size
    gov = make_style("roll_gov", size * 0.9, align=1, leading=1.2)
    name = make_style("roll_office", size * 1.05, font=BOLD, align=1, leading=1.2)
    small = make_style("roll_address", size * 0.85, align=1, leading=1.2)
    flow: list[Flowable] = []
    for text, st in (
        (office.government_name.strip().upper(), gov),
        (office.office_name.strip().upper(), name),
        (address_line(office), small),
        (contact_line(office), small),
    ):
        if text:
            flow.append(Para(esc(text), st))
    flow.append(HRFlowable(width="100%", thickness=0.8, color=INK, spaceBefore=size * 0.4, spaceAfter=size * 0.6))
    return flow
