"""A QR code flowable: ReportLab's own QrCodeWidget encodes, the canvas paints.

The widget's usual route (a Drawing of one validated Rect shape per run of dark modules,
rendered by renderPDF) costs about 18 ms for a receipt-sized code, nearly half the whole
receipt. Here the widget still does the encoding (its `qr` grid, best mask and all), and the
dark runs are painted as one filled path: about 7 ms. Rows overlap by a hair so no light
seams show between them on screen or on a thermal head.
"""

from __future__ import annotations

import itertools

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.platypus import Flowable

from desk.documents.styles import INK


class QrFlowable(Flowable):
    """A square QR code ``size`` points wide carrying ``payload``; ``border`` is the quiet zone in modules."""

    def __init__(self, payload: str, size: float, *, border: int = 2, level: str = "M",
                 widget: QrCodeWidget | None = None) -> None:
        super().__init__()
        self.widget = widget or QrCodeWidget(payload, barWidth=size, barHeight=size, barBorder=border,
                                             barLevel=level)
        self.size = size
        self.width = self.height = size

    def twin(self) -> QrFlowable:
        """Another flowable for the same code (two copies on one sheet): encoded only once."""
        return QrFlowable(self.payload, self.size, widget=self.widget)

    @property
    def payload(self) -> str:
        return str(self.widget.value)

    def modules(self) -> list[list[bool]]:
        """The module grid (True = dark), row 0 at the top; encoded once, on first use."""
        qr = self.widget.qr
        if qr.modules is None:
            qr.make()
        return [[bool(m) for m in row] for row in qr.modules]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        grid = self.modules()
        border = self.widget.barBorder
        box = self.size / (len(grid) + 2 * border)
        canv = self.canv
        path = canv.beginPath()
        for r, row in enumerate(grid):
            y = self.size - (r + border + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                count = sum(1 for _ in run)
                if dark:
                    path.rect((c + border) * box, y - box * 0.02, count * box, box * 1.04)
                c += count
        canv.saveState()
        canv.setFillColor(INK)
        canv.drawPath(path, stroke=0, fill=1, fillMode=0)  # nonzero winding: overlaps stay dark
        canv.restoreState()
