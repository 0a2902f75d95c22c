"""The one font family every Desk PDF uses, embedded so a printout looks the same on every PC.

DejaVu Sans is shipped in resources/fonts (licence next to it). It was chosen over
Liberation Sans because it carries ✓ and ✗ (used on receipts for received/missing documents)
and the full Latin range; ReportLab's built-in Helvetica is never used, because it is not
embedded and covers little beyond Latin-1.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

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


def resources_dir() -> Path:
    """The shipped resources folder: desk/_resources in a wheel, else the source tree's resources/.

    desk.paths already knows both layouts; this name stays here so documents code has one
    place to ask, whichever module ends up owning the lookup.
    """
    from desk.paths import resources_dir as shipped_resources

    return shipped_resources()


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
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
            # Table cells call setFont with their cell style's font even when they hold only
            # Paragraphs; its default is Helvetica, which would land in the PDF unembedded.
            # Desk is the only ReportLab user in the process, so the default becomes ours.
            CellStyle.fontname = REGULAR
            _registered = True
    return REGULAR
