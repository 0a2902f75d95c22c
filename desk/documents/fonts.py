"""The one font family every Desk PDF uses, embedded so a printout looks the same on every PC.

DejaVu Sans is shipped in resources/fonts (licence next to it). It was chosen over
Liberation Sans because it carries ✓ and ✗ (used on receipts for received/missing documents)
and the full Latin range; ReportLab's built-in Helvetica is never used, because it is not
embedded and covers little beyond Latin-1.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from desk.paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"

# Font name -> file in resources/fonts.
FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False
# Subsets kept per font. A receipt's subset is printable ASCII (always all of it: ReportLab's
# "asciiReadable" subsets) plus the few other characters in order of first use (✓, ✗, ·),
# so consecutive documents nearly always ask for the very same subsets.
_SUBSETS_KEPT = 8
_WIDTHS_KEPT = 4096  # measured words per font


class _RememberedFlate:
    """ReportLab's Flate filter (same name, same bytes) that remembers its last results.

    Only font files go through it: the same ~36 kB subsets, document after document.
    """

    pdfname = pdfdoc.PDFZCompress.pdfname

    def __init__(self, kept: int) -> None:
        self._kept = kept
        self._done: dict[bytes, bytes] = {}

    def encode(self, data: bytes) -> bytes:
        done = self._done.get(data)
        if done is None:
            done = pdfdoc.PDFZCompress.encode(data)
            if len(self._done) >= self._kept:
                self._done.pop(next(iter(self._done)), None)
            self._done[data] = done
        return done

    def decode(self, encoded: bytes) -> bytes:
        return pdfdoc.PDFZCompress.decode(encoded)


_FONT_FILE_FLATE = _RememberedFlate(4 * _SUBSETS_KEPT)


class _WrittenArray(pdfdoc.PDFObject):
    """A PDF array already written out: a subset's glyph widths are the same from document to document."""

    def __init__(self, written: bytes) -> None:
        self.written = written

    def format(self, document: Any) -> bytes:
        return self.written


@lru_cache(maxsize=4 * _SUBSETS_KEPT)
def _widths_array(widths: tuple[float, ...]) -> _WrittenArray:
    # pdfdoc.PDFArray formats numbers with ReportLab's pure-Python fp_str, whatever the document.
    return _WrittenArray(pdfdoc.PDFArray(widths).format(None))


def _remember_font_work(font: TTFont) -> TTFont:
    """Make ``font`` reuse what earlier documents already made of it.

    Making each subset (~2 ms), compressing its ~36 kB font file (~1.5 ms) and writing its
    glyph widths with ReportLab's pure-Python number formatter (~0.7 ms), for four fonts, was
    a third of a receipt's time, for the same bytes every time; measuring words is most of
    line breaking. The hooks are set on this font and its face only (other ReportLab users in
    the process are untouched), and the PDF is byte for byte what ReportLab writes.
    """
    face = font.face
    make_subset: Callable[[list[int]], bytes] = face.makeSubset
    add_subset_objects: Callable[[Any, str, list[int]], Any] = face.addSubsetObjects
    add_objects: Callable[[Any], None] = font.addObjects

    @lru_cache(maxsize=_SUBSETS_KEPT)
    def subset_of(codes: tuple[int, ...]) -> bytes:
        return make_subset(list(codes))

    def add_subset_objects_kept(doc: Any, fontname: str, subset: list[int]) -> Any:
        descriptor = add_subset_objects(doc, fontname, subset)
        font_file = doc.idToObject[doc.idToObject[descriptor.name]["FontFile2"].name]
        if font_file.filters:  # compressed documents only, as ReportLab decided
            font_file.filters = [_FONT_FILE_FLATE]
        return descriptor

    def add_objects_kept(doc: Any) -> None:
        add_objects(doc)
        # The subset fonts just added are named "<internal name>+<subset number>".
        prefix = doc.fontMapping[font.fontName].lstrip("/") + "+"
        for name, pdf_font in doc.idToObject["BasicFonts"].dict.items():
            if name.startswith(prefix):
                pdf_font.Widths = _widths_array(tuple(pdf_font.Widths.sequence))

    face.makeSubset = lambda subset: subset_of(tuple(subset))
    face.addSubsetObjects = add_subset_objects_kept
    font.addObjects = add_objects_kept
    # Line breaking measures every word in pure Python; the same labels and words come back
    # in every document (a width depends only on the text and the size).
    font.stringWidth = lru_cache(maxsize=_WIDTHS_KEPT)(font.stringWidth)
    return font


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the family once (thread-safe) and return its regular font name.

    Parsing four TrueType files takes tens of milliseconds, so it happens on the first
    document, not at import time.
    """
    global _registered
    if _registered:
        return REGULAR
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, file_name in FONT_FILES.items():
                path = folder / file_name
                if not path.is_file():
                    raise FileNotFoundError(f"Berkas huruf {file_name} tidak ditemukan di {folder}.")
                pdfmetrics.registerFont(_remember_font_work(TTFont(name, str(path))))
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
            # Table cells call setFont with their cell style's font even when they hold only
            # Paragraphs; its default is Helvetica, which would land in the PDF unembedded.
            # Desk is the only ReportLab user in the process, so the default becomes ours.
            CellStyle.fontname = REGULAR
            _registered = True
    return REGULAR
