"""Comparing what came out of the spooler with the PDF Desk made, page by page, as pictures.

Both are rendered by pdftoppm at the same resolution, softened a little (the printed copy went
through a raster at the printer's resolution and Ghostscript, the original is vector text), and
compared as the mean absolute grey difference divided by the page's mean ink, so that a nearly
empty last page weighs like a full one (0 = identical). Measured here: the same page 0.13 to 0.46
(the emptier the page, the higher); the same page moved by 5 mm 1.1 or more.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageStat
from pypdf import PdfReader

DPI = 60
SOFTEN = 2.0
SAME_PAGE = 0.6  # the largest difference that still counts as "the same page"
MM = 72 / 25.4


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width) / MM, float(p.mediabox.height) / MM) for p in PdfReader(pdf).pages]


def pictures(pdf: Path) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), f"{folder}/page"], check=True)
        return [Image.open(path).convert("L").copy() for path in sorted(Path(folder).glob("page-*.png"))]


def difference(a: Image.Image, b: Image.Image) -> float:
    """How far `b` is from `a`, relative to the ink on `a`."""
    if a.size != b.size:
        b = b.resize(a.size)
    soft_a, soft_b = a.filter(ImageFilter.GaussianBlur(SOFTEN)), b.filter(ImageFilter.GaussianBlur(SOFTEN))
    ink = 255 - float(ImageStat.Stat(soft_a).mean[0])
    return float(ImageStat.Stat(ImageChops.difference(soft_a, soft_b)).mean[0]) / max(ink, 1.0)


def shifted(image: Image.Image, mm: float) -> Image.Image:
    """The page moved down by `mm`, white coming in at the top: a print that slipped on the paper."""
    pixels = round(mm / 25.4 * DPI)
    moved = Image.new("L", image.size, 255)
    moved.paste(image.crop((0, 0, image.width, image.height - pixels)), (0, pixels))
    return moved
