"""A QR code flowable: ReportLab's QR encoder for the rules, our own arithmetic, the canvas paints.

ReportLab's QRCode.make() costs about 15 ms for a receipt-sized code, most of a receipt's
budget: getBestMaskPattern lays the whole symbol out eight times as lists of booleans and
scores each in pure Python, and the Reed-Solomon step rebuilds its generator polynomial and
divides recursively. Here ReportLab still supplies everything that decides what the symbol
is (version, data segments, placement order of the data modules, function patterns, format
bits, the scoring rules), and:

- the eight mask candidates are scored on rows held as Python ints (one bit per module),
  with exactly ReportLab's rules, quirks included, so the same mask wins and the symbol is
  module for module the one ReportLab would print (tests compare them on many payloads);
- what depends only on the version (function patterns, where the data modules go, each
  mask's pattern over them) is worked out once per version and kept;
- error correction is a table-driven division with the generator polynomial kept per degree.

About 1 ms instead of 15. The dark runs are painted as one filled path; rows overlap by a
hair, and the path is filled with the nonzero rule, so no light seams show between rows on
screen or on a thermal head (the even-odd rule left the overlaps light: hairlines on every row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, zip_longest
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import EXP_TABLE, LOG_TABLE, QRCode, QRRSBlock, QRUtil
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import FILL_NON_ZERO, PATH_OPS
from reportlab.platypus import Flowable

from desk.documents.styles import INK

_DARK_RUN = re.compile(r"1+")
_FINDER_LIKE = "10111010000"  # rule 3: ReportLab looks for this one orientation only


@dataclass(frozen=True, slots=True)
class _Layout:
    """What every symbol of one version and error-correction level shares (row ints, bit n-1-c = column c)."""

    size: int
    positions: tuple[tuple[int, int], ...]  # data module (row, column bit) in ReportLab's placement order
    test_base: tuple[int, ...]  # function patterns with blank format info, as masks are scored
    final_base: tuple[tuple[int, ...], ...]  # per mask: function patterns with that mask's format info
    masks: tuple[tuple[int, ...], ...]  # per mask: its dark modules over the data area


def _rows(modules: list[list[bool]]) -> list[int]:
    n = len(modules)
    return [sum(1 << (n - 1 - c) for c, dark in enumerate(row) if dark) for row in modules]


def _function_rows(version: int, level: int, test: bool, mask: int, data_area: list[int]) -> tuple[int, ...]:
    """ReportLab's own layout of everything but the data, with the data area cleared."""
    qr = QRCode(version, level)
    qr.dataCache = []  # no data: makeImpl places only mask bits in the data area, cleared below
    qr.makeImpl(test, mask)
    return tuple(row & ~area for row, area in zip(_rows(qr.modules), data_area, strict=True))


@lru_cache(maxsize=16)
def _layout(version: int, level: int) -> _Layout:
    qr = QRCode(version, level)
    qr.moduleCount = n = version * 4 + 17
    placement = qr.dataPosIterator()  # (column, row) in the order the data bits are laid
    area = [0] * n
    for col, row in placement:
        area[row] |= 1 << (n - 1 - col)
    masks = []
    for k in range(8):
        pattern = [0] * n
        is_dark = QRUtil.getMask(k)
        for col, row in placement:
            if is_dark(row, col):
                pattern[row] |= 1 << (n - 1 - col)
        masks.append(tuple(pattern))
    return _Layout(
        size=n,
        positions=tuple((row, 1 << (n - 1 - col)) for col, row in placement),
        test_base=_function_rows(version, level, True, 0, area),
        final_base=tuple(_function_rows(version, level, False, k, area) for k in range(8)),
        masks=tuple(masks),
    )


def _lost_points(rows: list[int], n: int) -> int:
    """QRUtil.getLostPoint (rules 1 to 4, ReportLab's variants) computed on row ints."""
    full, pair = (1 << n) - 1, (1 << (n - 1)) - 1
    # Rule 1: a run of k >= 5 alike modules in a row or column costs k - 2. Each run has k - 4
    # windows of five alike modules; the first window of a run is the one not preceded by a pair
    # of alike modules, so the cost is (windows) + 2 * (first windows).
    score = 0
    for r in rows:
        alike = ~(r ^ (r >> 1)) & pair  # bit i: modules i and i + 1 alike
        windows = alike & (alike >> 1) & (alike >> 2) & (alike >> 3)
        score += windows.bit_count() + 2 * (windows & ~(alike << 1)).bit_count()
    # The same down the columns: row r of `down` marks the columns where rows r and r + 1 agree.
    down = [~(a ^ b) & full for a, b in pairwise(rows)]
    before = 0
    for r in range(len(down) - 3):
        windows = down[r] & down[r + 1] & down[r + 2] & down[r + 3]
        score += windows.bit_count() + 2 * (windows & ~before).bit_count()
        before = down[r]
    # Rule 2: 2x2 blocks of one colour.
    for (a, _), same_down in zip(pairwise(rows), down, strict=True):
        score += 3 * (same_down & (same_down >> 1) & ~(a ^ (a >> 1)) & pair).bit_count()
    # Rule 3, as ReportLab scores it: rows only (it compares column tuples with a list pattern,
    # which never matches), one module short of the row's end; "|" keeps matches inside a row.
    score += 40 * "|".join(format(r, f"0{n}b")[:n - 1] for r in rows).count(_FINDER_LIKE)
    # Rule 4: the share of dark modules away from half.
    dark = sum(r.bit_count() for r in rows)
    return score + 10 * (abs(100 * dark // (n * n) - 50) // 5)


@lru_cache(maxsize=32)
def _generator_logs(degree: int) -> tuple[int, ...]:
    """The Reed-Solomon generator polynomial of ``degree`` (leading 1 left out), as logs of its coefficients."""
    return tuple(LOG_TABLE[c] for c in QRUtil.getErrorCorrectPolynomial(degree).num[1:])


def _remainder(data: list[int], degree: int) -> list[int]:
    """The ``degree`` error-correction codewords of one block: ``data`` shifted, modulo the generator."""
    logs = _generator_logs(degree)
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = [*rem[1:], 0]
        if factor:
            f = LOG_TABLE[factor]
            rem = [r ^ EXP_TABLE[(f + g) % 255] for r, g in zip(rem, logs, strict=True)]
    return rem


class _Bits:
    """What data segments write through (QRBitBuffer.put), kept in one int: ReportLab's sets bit by bit."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length


def codewords(version: int, level: int, segments: list[Any]) -> list[int]:
    """What QRCode.createData gives (data, terminator, padding, error correction, interleaving)."""
    blocks = QRRSBlock.getRSBlocks(version, level)
    capacity = 8 * sum(block.dataCount for block in blocks)
    bits = _Bits()
    for segment in segments:
        segment.write(bits, version)
    if bits.length > capacity:
        raise ValueError(f"code length overflow. ({bits.length} > {capacity})")
    if bits.length + 4 <= capacity:
        bits.put(0, 4)  # terminator
    if bits.length % 8:
        bits.put(0, 8 - bits.length % 8)
    buffer = list(bits.value.to_bytes(bits.length // 8, "big"))
    buffer += [(QRCode.PAD0, QRCode.PAD1)[i % 2] for i in range(capacity // 8 - len(buffer))]
    data, ecc, offset = [], [], 0
    for block in blocks:
        chunk = buffer[offset:offset + block.dataCount]
        offset += block.dataCount
        data.append(chunk)
        ecc.append(_remainder(chunk, block.totalCount - block.dataCount))
    return [c for group in (*zip_longest(*data), *zip_longest(*ecc)) for c in group if c is not None]


def encode(qr: QRCode) -> list[str]:
    """The finished symbol of ``qr`` (data added) as rows of "0"/"1", row 0 at the top.

    Module for module what ``qr.make()`` gives, in a fraction of the time.
    """
    if qr.version is None:
        qr.version = qr.calculate_version()
    layout = _layout(qr.version, qr.errorCorrectLevel)
    n = layout.size
    data = codewords(qr.version, qr.errorCorrectLevel, qr.dataList)
    dark = [0] * n
    bits = "".join(format(byte, "08b") for byte in data)
    for (row, bit), set_ in zip(layout.positions, bits, strict=False):  # modules past the data stay light
        if set_ == "1":
            dark[row] |= bit
    best, best_points = 0, -1
    for k, mask in enumerate(layout.masks):
        rows = [b | (d ^ m) for b, d, m in zip(layout.test_base, dark, mask, strict=True)]
        points = _lost_points(rows, n)
        if best_points < 0 or points < best_points:  # the first of equals wins, as in ReportLab
            best, best_points = k, points
    rows = [b | (d ^ m) for b, d, m in zip(layout.final_base[best], dark, layout.masks[best], strict=True)]
    return [format(r, f"0{n}b") for r in rows]


class QrFlowable(Flowable):
    """A square QR code ``size`` points wide carrying ``payload``; ``border`` is the quiet zone in modules."""

    def __init__(self, payload: str, size: float, *, border: int = 2, level: str = "M",
                 widget: QrCodeWidget | None = None, rows: list[str] | None = None) -> None:
        super().__init__()
        self.widget = widget or QrCodeWidget(payload, barWidth=size, barHeight=size, barBorder=border,
                                             barLevel=level)
        self.size = size
        self.width = self.height = size
        self._rows = rows

    def twin(self) -> QrFlowable:
        """Another flowable for the same code (two copies on one sheet): encoded only once."""
        return QrFlowable(self.payload, self.size, widget=self.widget, rows=self.rows())

    @property
    def payload(self) -> str:
        return str(self.widget.value)

    def rows(self) -> list[str]:
        """The symbol as rows of "0"/"1" ("1" = dark), row 0 at the top; encoded once, on first use."""
        if self._rows is None:
            self._rows = encode(self.widget.qr)
        return self._rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        rows = self.rows()
        border = self.widget.barBorder
        box = self.size / (len(rows) + 2 * border)
        # What canvas.drawPath(path of rects) writes, with each coordinate formatted once: a
        # code has ~300 runs but only a few dozen distinct numbers, and fp_str is slow Python.
        formatted: dict[float, str] = {}

        def number(value: float) -> str:
            text = formatted.get(value)
            if text is None:
                text = formatted[value] = fp_str(value)
            return text

        height = number(box * 1.04)
        ops = ["n"]  # a path's first operator
        for r, row in enumerate(rows):
            y = number(self.size - (r + border + 1) * box - box * 0.02)
            for run in _DARK_RUN.finditer(row):
                ops.append(f"{number((run.start() + border) * box)} {y} {number((run.end() - run.start()) * box)} "
                           f"{height} re")
        canv = self.canv
        canv.saveState()
        canv.setFillColor(INK)
        canv.addLiteral(" ".join(ops))
        canv.addLiteral(PATH_OPS[0, 1, FILL_NON_ZERO])  # nonzero winding: overlapping rows stay dark
        canv.restoreState()
