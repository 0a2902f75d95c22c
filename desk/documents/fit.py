"""Fit a story into a fixed box by laying it out wider and drawing it smaller.

ReportLab's KeepInFrame(mode="shrink") widens only the paragraphs: tables keep their column
widths, so a shrunk half-sheet ends up with narrow tables beside wide text. Here the story is
rebuilt for the wider layout width (tables included), so everything shrinks alike.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

_FORCED_SPLIT = 0xFFFFFF
StoryMaker = Callable[[float], Sequence[Flowable]]  # layout width (points) -> flowables


Placed = tuple[Flowable, float, float]  # flowable, its width and height at the layout width


def place(story: Sequence[Flowable], width: float) -> list[Placed]:
    """Wrap every flowable of the story at ``width``; containers that force a split
    (KeepTogether reports an impossible height so the frame splits it) give their content."""
    # Containers wrap their content on a canvas; a scratch one that is never saved will do.
    scratch = Canvas(io.BytesIO())
    placed: list[Placed] = []
    for flowable in story:
        w, h = flowable.wrapOn(scratch, width, 1e7)
        if h >= _FORCED_SPLIT and hasattr(flowable, "_content"):
            placed += place(flowable._content, width)
        else:
            placed.append((flowable, w, h))
    return placed


def _height(placed: Sequence[Placed]) -> float:
    return sum(h + f.getSpaceBefore() + f.getSpaceAfter() for f, _, h in placed)


def story_height(story: Sequence[Flowable], width: float) -> float:
    """Height the story takes in a frame ``width`` wide: an upper bound (spaces are all counted)."""
    return _height(place(story, width))


class ScaledStory(Flowable):
    """Flowables already wrapped at ``layout_width``, drawn top-down at ``scale``.

    They are drawn from their last wrap (no second layout pass): the measurement that chose
    the scale is the layout that gets printed.
    """

    def __init__(self, placed: Sequence[Placed], layout_width: float, scale: float) -> None:
        super().__init__()
        self.placed = list(placed)
        self.layout_width = layout_width
        self.layout_height = _height(self.placed)
        self.scale = scale
        self.width = layout_width * scale
        self.height = self.layout_height * scale
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.scale(self.scale, self.scale)
        y = self.layout_height
        for flowable, w, h in self.placed:
            y -= flowable.getSpaceBefore() + h
            flowable.drawOn(canv, 0, y, _sW=self.layout_width - w)  # _sW: room for hAlign
            y -= flowable.getSpaceAfter()
        canv.restoreState()


def fit_story(make: StoryMaker, width: float, height: float, *, attempts: int = 4) -> ScaledStory:
    """The story ``make`` builds, at the largest scale (<= 1) at which it fits ``width`` × ``height``.

    Laying text out wider makes it shorter; a rebuild or two finds the scale, and a last pure
    scale-down guarantees the fit.
    """
    scale = 1.0
    for attempt in range(attempts):
        layout_width = width / scale
        placed = place(make(layout_width), layout_width)
        needed = _height(placed)
        if needed * scale <= height:
            return ScaledStory(placed, layout_width, scale)
        if attempt < attempts - 1:
            # Wider layouts shorten the text but not the fixed parts (QR code, rules, spacing),
            # so the height falls more slowly than the square of the scale; the exponent
            # usually lands on a fitting scale at the second try, a few per cent small at most.
            scale *= (height / (needed * scale)) ** 0.7 * 0.99
    # Still too tall at the last layout width: shrink that layout as a whole until it fits.
    return ScaledStory(placed, layout_width, height / needed)
