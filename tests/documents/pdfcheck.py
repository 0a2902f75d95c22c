"""Reading PDFs back the way a user sees them: text, page sizes, glyph boxes, fonts, validity."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pdfplumber

from tests.documents.conftest import run_tool


def pages(pdf: bytes) -> Iterator[pdfplumber.page.Page]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        yield from doc.pages


@dataclass(frozen=True)
class PageData:
    width: float
    height: float
    text: str  # whitespace runs (line breaks from wrapping) made one space
    chars: tuple[dict[str, Any], ...]
    rects: tuple[dict[str, Any], ...]


@lru_cache(maxsize=64)
def parsed(pdf: bytes) -> tuple[PageData, ...]:
    """Each page read once: several checks look at the same PDF, and parsing is the slow part."""
    return tuple(PageData(float(p.width), float(p.height), " ".join((p.extract_text() or "").split()),
                          tuple(p.chars), tuple(p.rects)) for p in pages(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Text of each page with all runs of whitespace (line breaks from wrapping) made one space."""
    return [page.text for page in parsed(pdf)]


def text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def squeezed(value: str) -> str:
    """Text without any whitespace: a long word broken across lines still matches."""
    return "".join(value.split())


def reads_in_order(text: str, phrase: str, max_gap: int = 12) -> bool:
    """True when the words of ``phrase`` appear in ``text`` in order, each within ``max_gap``
    words of the previous one: text wrapped in a table cell is read line by line across the
    row, so other cells' words come between the lines of one cell. The phrase's first and
    last words may be the end and the start of longer tokens ("LAPOR!" in "SP4N-LAPOR!:")."""
    words = text.split()
    wanted = phrase.split()
    if len(wanted) == 1:
        return any(wanted[0] in w for w in words)

    def matches(i: int, k: int) -> bool:
        w, want = words[i], wanted[k]
        if k == 0:
            return w.endswith(want)
        if k == len(wanted) - 1:
            return w.startswith(want)
        return w == want

    for start in range(len(words)):
        if not matches(start, 0):
            continue
        pos = start
        for k in range(1, len(wanted)):
            nxt = next((i for i in range(pos + 1, min(len(words), pos + 2 + max_gap)) if matches(i, k)), None)
            if nxt is None:
                break
            pos = nxt
        else:
            return True
    return False


def chars_outside_page(pdf: bytes) -> list[str]:
    """Every glyph whose box leaves its page, as "page n: 'c' at (x0, top, x1, bottom)"."""
    problems = []
    for n, page in enumerate(parsed(pdf), 1):
        for c in page.chars:
            if c["x0"] < 0 or c["x1"] > page.width or c["top"] < 0 or c["bottom"] > page.height:
                problems.append(f"page {n}: {c['text']!r} at ({c['x0']:.1f}, {c['top']:.1f}, {c['x1']:.1f}, "
                                f"{c['bottom']:.1f}) on {page.width:.1f}x{page.height:.1f}")
    return problems


def overlapping_chars(pdf: bytes) -> list[str]:
    """Pairs of visible glyphs whose boxes overlap: text drawn over text.

    Boxes are shrunk a little first, because neighbouring glyphs of one word touch and the
    font's ascent/descent boxes of consecutive lines may graze each other.
    """
    problems = []
    for n, page in enumerate(parsed(pdf), 1):
        boxes = []
        for c in page.chars:
            if not c["text"].strip():
                continue
            size = c["size"]
            boxes.append((c["top"] + size * 0.25, c["bottom"] - size * 0.25, c["x0"] + size * 0.08,
                          c["x1"] - size * 0.08, c["text"]))
        boxes.sort()
        for i, (top, bottom, x0, x1, ch) in enumerate(boxes):
            for top2, bottom2, x02, x12, ch2 in boxes[i + 1:]:
                if top2 >= bottom:
                    break
                if x02 < x1 and x0 < x12 and top2 < bottom and top < bottom2:
                    problems.append(f"page {n}: {ch!r} and {ch2!r} overlap near ({x0:.1f}, {top:.1f})")
                    if len(problems) > 20:
                        return problems
    return problems


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(page.width, page.height) for page in parsed(pdf)]


def qpdf_problems(pdf: bytes, tmp: Path) -> str:
    """"" when `qpdf --check` accepts the file, else its report."""
    path = tmp / "check.pdf"
    path.write_bytes(pdf)
    done = run_tool("qpdf", "qpdf", "--check", str(path))
    return "" if done.returncode == 0 else done.stdout + done.stderr


def fonts(pdf: bytes, tmp: Path) -> list[dict[str, str]]:
    """The fonts `pdffonts` lists: name, type, emb (yes/no)."""
    path = tmp / "fonts.pdf"
    path.write_bytes(pdf)
    done = run_tool("pdffonts", "poppler-utils", str(path))
    assert done.returncode == 0, done.stderr
    rows = []
    for line in done.stdout.splitlines()[2:]:
        parts = line.split()
        # name, type (may be two words: "Type 1"), encoding, emb, sub, uni, object id
        rows.append({"name": parts[0], "emb": parts[-5]})
    return rows


# --- a fast reader for sweeps over many PDFs ----------------------------------------------------
#
# pdfplumber (pdfminer) needs about 0.3 s for a receipt's 4,000 glyphs; pdfium reads the same
# glyphs, boxes and effective sizes in a twentieth of that, which is what lets one test read every
# paper of every document kind. test_every_paper checks that both readers agree.


@dataclass(frozen=True, slots=True)
class Glyph:
    text: str
    x0: float
    top: float  # from the top of the page, as pdfplumber measures
    x1: float
    bottom: float
    size: float  # the font size as printed (the text matrix and any scaling of the page applied)
    baseline: float  # from the top of the page


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # the smallest glyph of the word
    baseline: float


@dataclass(frozen=True)
class GlyphPage:
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def lines(self) -> list[list[Word]]:
        """Words grouped by baseline (within a third of their size), top to bottom, left to right."""
        rows: list[list[Word]] = []
        for word in sorted(self.words, key=lambda w: (round(w.baseline, 1), w.x0)):
            if rows and abs(rows[-1][0].baseline - word.baseline) < word.size * 0.33:
                rows[-1].append(word)
            else:
                rows.append([word])
        return [sorted(row, key=lambda w: w.x0) for row in rows]


# A glyph's loose box (pdfium, as pdfminer draws it) is one em tall: its height is the printed
# size. DejaVu Sans (the only family Desk embeds) puts the baseline 0.928 / 1.164 of it down.
_ASCENT = 0.928 / 1.164


def _page_glyphs(page: Any) -> GlyphPage:
    import ctypes

    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    unicode_of, loose_box = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox
    box = raw.FS_RECTF()
    ref = ctypes.byref(box)
    handle = textpage.raw
    glyphs: list[Glyph] = []
    for i in range(textpage.count_chars()):
        ch = chr(unicode_of(handle, i))
        if not ch.strip():  # a space or line end (drawn or inserted by pdfium): a separator only
            glyphs.append(Glyph(" ", 0, 0, 0, 0, 0, 0))
            continue
        loose_box(handle, i, ref)
        size = box.top - box.bottom  # the loose box is scaled with the glyph
        top = height - box.top
        glyphs.append(Glyph(ch, box.left, top, box.right, height - box.bottom, size, top + size * _ASCENT))
    textpage.close()
    return GlyphPage(width, height, tuple(g for g in glyphs if g.text != " "), tuple(_words(glyphs)))


def _words(glyphs: list[Glyph]) -> list[Word]:
    """Runs of glyphs without a space between them on one baseline: what a reader calls words."""
    words: list[Word] = []
    run: list[Glyph] = []

    def close() -> None:
        if run:
            words.append(Word("".join(g.text for g in run), min(g.x0 for g in run), min(g.top for g in run),
                              max(g.x1 for g in run), max(g.bottom for g in run), min(g.size for g in run),
                              run[0].baseline))
            run.clear()

    for glyph in glyphs:
        if glyph.text == " ":
            close()
            continue
        if run:
            last = run[-1]
            same_line = abs(last.baseline - glyph.baseline) < max(last.size, glyph.size) * 0.3
            adjacent = -glyph.size < glyph.x0 - last.x1 < glyph.size * 0.25
            if not (same_line and adjacent):
                close()
        run.append(glyph)
    close()
    return words


@lru_cache(maxsize=32)
def glyph_pages(pdf: bytes) -> tuple[GlyphPage, ...]:
    """Every page's glyphs and words, read once (pdfium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return tuple(_page_glyphs(page) for page in doc)
    finally:
        doc.close()
