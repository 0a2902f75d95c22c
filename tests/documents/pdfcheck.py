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
