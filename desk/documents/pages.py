"""Paper sizes and the margins that follow from them.

Margins are fractions of the paper, never fixed numbers, so a layout made for A4 also
fits F4 (same width, 33 mm taller) and A5 without clipping or gaps. Thermal rolls have a
fixed width and a height that follows the content; their side margins come from the width
the print head actually covers (72 mm on 80 mm rolls, 48 mm on 58 mm rolls).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MM = 72.0 / 25.4  # points per millimetre

# Nothing is drawn nearer the edge of a sheet than this: office printers leave about 4 mm unprinted.
PRINTABLE_INSET = 5.0 * MM
# Sheet margins as fractions of the short edge. On A4 this gives about 25 mm left (binding),
# 20 mm right, 15 mm top (the kop sits high, as on Balangan letters) and 18 mm bottom (room
# for "Halaman x dari y" inside the margin).
_LEFT, _RIGHT, _TOP, _BOTTOM = 0.12, 0.095, 0.07, 0.085
# Rolls: top and bottom margins as fractions of the roll width (the bottom one leaves room
# for the tear bar).
_ROLL_TOP, _ROLL_BOTTOM = 0.05, 0.10


@dataclass(frozen=True, slots=True)
class Margins:
    top: float
    right: float
    bottom: float
    left: float


@dataclass(frozen=True, slots=True)
class Paper:
    """A paper the office prints on. Sizes in points; ``height`` is None for a roll."""

    name: str
    width: float
    height: float | None
    body_size: float  # body text size in points; headings and small print scale from it
    printable_width: float | None = None  # rolls only: the width the print head covers
    margin_scale: float = 1.0  # sheets: a document without binding may use narrower margins

    def narrow(self, scale: float) -> Paper:
        """The same sheet with margins ``scale`` times the usual (a receipt is never bound)."""
        return replace(self, margin_scale=scale)

    @property
    def is_roll(self) -> bool:
        return self.height is None

    @property
    def is_landscape(self) -> bool:
        return self.height is not None and self.width > self.height

    def landscape(self) -> Paper:
        if self.height is None:
            raise ValueError(f"Kertas gulung {self.name} tidak dapat dicetak mendatar.")
        if self.is_landscape:
            return self
        return replace(self, width=self.height, height=self.width)

    def portrait(self) -> Paper:
        if self.height is None or not self.is_landscape:
            return self
        return replace(self, width=self.height, height=self.width)

    @property
    def margins(self) -> Margins:
        if self.height is None:
            side = (self.width - (self.printable_width or self.width * 0.9)) / 2
            return Margins(self.width * _ROLL_TOP, side, self.width * _ROLL_BOTTOM, side)
        short = min(self.width, self.height) * self.margin_scale
        return Margins(short * _TOP, short * _RIGHT, short * _BOTTOM, short * _LEFT)

    @property
    def content_width(self) -> float:
        m = self.margins
        return self.width - m.left - m.right

    def page_size(self, content_height: float | None = None) -> tuple[float, float]:
        """(width, height) in points; a roll needs the height of its content."""
        if self.height is not None:
            return (self.width, self.height)
        if content_height is None:
            raise ValueError("A roll's page height needs the content height.")
        m = self.margins
        return (self.width, content_height + m.top + m.bottom)

    @property
    def content_height(self) -> float | None:
        if self.height is None:
            return None
        m = self.margins
        return self.height - m.top - m.bottom


# DejaVu Sans runs large (a tall x-height): 9 pt reads like 10 pt Arial.
A4 = Paper("A4", 210 * MM, 297 * MM, body_size=9.0)
F4 = Paper("F4", 215 * MM, 330 * MM, body_size=9.0)  # "Folio": 609.4 × 935.4 pt
A5 = Paper("A5", 148 * MM, 210 * MM, body_size=8.0)
ROLL_80 = Paper("80mm", 80 * MM, None, body_size=8.0, printable_width=72 * MM)
ROLL_58 = Paper("58mm", 58 * MM, None, body_size=7.0, printable_width=48 * MM)

PAPERS: dict[str, Paper] = {p.name: p for p in (A4, F4, A5, ROLL_80, ROLL_58)}


def get_paper(paper: str | Paper, *, landscape: bool = False) -> Paper:
    """The paper named ``paper`` ("A4", "F4", "A5", "80mm", "58mm"), optionally landscape."""
    if isinstance(paper, Paper):
        found = paper
    else:
        key = paper.strip()
        found = PAPERS.get(key) or next((p for n, p in PAPERS.items() if n.lower() == key.lower()), None)
        if found is None:
            names = ", ".join(PAPERS)
            raise ValueError(f"Ukuran kertas {paper!r} tidak dikenal. Pilih salah satu: {names}.")
    return found.landscape() if landscape else found
