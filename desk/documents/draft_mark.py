"""The diagonal "KONSEP" mark of a paper that may not be signed yet.

The big diagonal word is drawn as strokes (a stencil of six letters), not as text: text laid at
an angle would be read back letter by letter into the lines it crosses, so a copied or
searched page would say "lengkaPp". The page's footer says "KONSEP" in plain text instead
(base.DeskCanvas). The strokes are translucent and drawn over the content, so no table fill
hides them and every word under them stays readable.
"""

from __future__ import annotations

import math

from reportlab.pdfgen.canvas import Canvas

WORD = "KONSEP"
FOOTER_TEXT = "KONSEP — belum untuk ditandatangani"

# Each letter in a box one unit tall: (advance width, path operations). "M"/"L" move and draw a
# line to (x, y), "C" draws a Bézier curve (two control points, then the end), "E" an ellipse
# (centre and radii).
_Op = tuple[str, *tuple[float, ...]]
_LETTERS: dict[str, tuple[float, tuple[_Op, ...]]] = {
    "K": (0.70, (("M", 0, 0), ("L", 0, 1), ("M", 0.70, 1), ("L", 0, 0.36), ("M", 0.22, 0.56), ("L", 0.72, 0))),
    "O": (0.84, (("E", 0.42, 0.5, 0.42, 0.5),)),
    "N": (0.74, (("M", 0, 0), ("L", 0, 1), ("L", 0.74, 0), ("L", 0.74, 1))),
    "S": (0.68, (("M", 0.66, 0.86), ("C", 0.56, 1.02, 0.02, 1.06, 0.02, 0.74),
                 ("C", 0.02, 0.46, 0.68, 0.56, 0.68, 0.25), ("C", 0.68, -0.06, 0.10, -0.04, 0, 0.14))),
    "E": (0.62, (("M", 0.62, 1), ("L", 0, 1), ("L", 0, 0), ("L", 0.62, 0), ("M", 0, 0.5), ("L", 0.52, 0.5))),
    "P": (0.64, (("M", 0, 0), ("L", 0, 1), ("L", 0.36, 1), ("C", 0.70, 1, 0.70, 0.46, 0.36, 0.46),
                 ("L", 0, 0.46))),
}
_GAP = 0.26  # between letters, in letter heights
_STROKE = 0.12  # line width, in letter heights


def word_width(height: float) -> float:
    """How wide the word is at letter height ``height`` (strokes included)."""
    advances = sum(_LETTERS[ch][0] for ch in WORD) + _GAP * (len(WORD) - 1)
    return (advances + _STROKE) * height


def _letter(canv: Canvas, ch: str, x: float, h: float) -> None:
    path = canv.beginPath()
    for op, *v in _LETTERS[ch][1]:
        if op == "M":
            path.moveTo(x + v[0] * h, v[1] * h)
        elif op == "L":
            path.lineTo(x + v[0] * h, v[1] * h)
        elif op == "C":
            path.curveTo(x + v[0] * h, v[1] * h, x + v[2] * h, v[3] * h, x + v[4] * h, v[5] * h)
        else:  # "E"
            path.ellipse(x + (v[0] - v[2]) * h, (v[1] - v[3]) * h, 2 * v[2] * h, 2 * v[3] * h)
    canv.drawPath(path, stroke=1, fill=0)


def draw_draft_mark(canv: Canvas, x: float, y: float, width: float, height: float) -> None:
    """The word across the box (x, y, width, height), along its diagonal, as large as fits."""
    angle = math.atan2(height, width)
    diagonal = math.hypot(width, height)
    # Keep the letters inside the box: their height across the diagonal eats into its length.
    h = min(0.72 * diagonal / (word_width(1.0) + math.tan(angle) + 1 / max(math.tan(angle), 0.1)),
            0.5 * min(width, height))
    canv.saveState()
    canv.setStrokeColorRGB(0.35, 0.35, 0.35)
    canv.setStrokeAlpha(0.22)
    canv.setLineWidth(h * _STROKE)
    canv.setLineCap(1)
    canv.setLineJoin(1)
    canv.translate(x + width / 2, y + height / 2)
    canv.rotate(math.degrees(angle))
    canv.translate(-word_width(h) / 2 + h * _STROKE / 2, -h / 2)
    left = 0.0
    for ch in WORD:
        _letter(canv, ch, left, h)
        left += (_LETTERS[ch][0] + _GAP) * h
    canv.restoreState()
