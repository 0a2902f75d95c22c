"""Which typed characters Desk's papers can print.

Every paper is set in DejaVu Sans by ReportLab, which draws glyphs left to right one by one: it
has no shaping (Arabic comes out unjoined and reversed) and the font has no Hanzi, Javanese
script or emoji (they come out as empty boxes). A name that cannot be printed is refused where it
is typed, with the character named, instead of reaching a receipt nobody can read. Mathematical
and full-width letters pasted from phones are folded to plain ones first (NFKC), so "𝐒𝐢𝐭𝐢"
is stored as "Siti". tests/documents/test_printable_font.py checks that the font has every
character accepted here.
"""

from __future__ import annotations

import unicodedata

# Ranges (first, last) of characters drawn correctly: Latin with its extensions, Greek and
# Cyrillic (left to right, no shaping), punctuation, currency and a few letter-like symbols.
_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFB),  # Latin Extended Additional (Vietnamese and others; the font stops at U+1EFB)
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x205E),  # per mille, primes, guillemets and other punctuation
    (0x20A0, 0x20B5),  # currency signs (the font has these)
    (0x2116, 0x2116),  # numero sign
    (0x2122, 0x2122),  # trade mark sign
)
_LINE_BREAKS = "\t\n\r"


def folded(text: str) -> str:
    """`text` with compatibility forms folded to plain ones (mathematical, full-width, ligatures) and
    without invisible format characters (soft hyphens, zero-width spaces, direction marks) that
    come along when a name is pasted from a word processor or a chat."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")


def printable(char: str) -> bool:
    if char in _LINE_BREAKS:
        return True
    if unicodedata.category(char).startswith(("C", "M")):  # controls, unassigned, combining marks
        return False
    code = ord(char)
    return any(first <= code <= last for first, last in _RANGES)


def unprintable_message(text: str) -> str | None:
    """The Indonesian message naming the first character the papers cannot print, else None."""
    for char in text:
        if not printable(char):
            return (f"Huruf «{char}» tidak dapat dicetak pada tanda terima dan dokumen Desk. Gunakan huruf "
                    "Latin, angka dan tanda baca biasa.")
    return None
