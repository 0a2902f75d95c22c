"""Building blocks that several documents share: label/value tables, lists, signatures, boxes.

Table cells are always Paragraphs (never bare strings), so they wrap inside their column
and use the embedded font; a bare string would be drawn in Helvetica and run past the edge.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk.documents.fonts import BOLD, REGULAR
from desk.documents.pages import MM
from desk.documents.styles import INK, MIN_FONT_SIZE, RULE, Para, Styles, esc, fit_size, make_style
from desk.domain.nip import nip_line
from desk.domain.office_rules import head_position_lines
from desk.domain.records import OfficeProfile


def kv_table(rows: Sequence[tuple[str, str]], styles: Styles, width: float, *, label_share: float = 0.3,
             stacked: bool = False, bold_labels: Collection[str] = ()) -> list[Flowable]:
    """Label/value rows; rows with an empty value are left out.

    ``stacked`` (narrow rolls) writes "Label: value" as one wrapping paragraph per row.
    Values of ``bold_labels`` are set in bold (the one line a visitor must not miss).
    """
    rows = [(label, value) for label, value in rows if value]
    if not rows:
        return []

    def value_markup(label: str, value: str) -> str:
        return f"<b>{esc(value)}</b>" if label in bold_labels else esc(value)

    if stacked:
        return [Para(f"<font color='#404040'>{esc(label)}:</font> {value_markup(label, value)}", styles.cell)
                for label, value in rows]
    label_w = width * label_share
    data = [[Para(esc(label), styles.label), Para(value_markup(label, value), styles.cell)]
            for label, value in rows]
    table = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, styles.size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), styles.size * 0.6),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), styles.size * 0.12),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.12),
    ]))
    return [table]


def bullets(items: Sequence[str], styles: Styles, *, symbol: str = "•",
            style: ParagraphStyle | None = None) -> list[Flowable]:
    """A bulleted list; ``style`` (default: body size) sets the text size, the indent follows it."""
    base = style or styles.body
    item_style = ParagraphStyle(f"{base.name}_bullet", parent=base, leftIndent=base.fontSize * 1.4,
                                bulletIndent=base.fontSize * 0.2, bulletFontName=base.fontName,
                                bulletFontSize=base.fontSize)
    return [Para(esc(item), item_style, bulletText=symbol) for item in items if item.strip()]


def boxed(text: str, styles: Styles, width: float, *, size_factor: float = 1.3) -> Table:
    """A bold, framed line of text, e.g. "SALINAN ke-2", that cannot be missed on the page."""
    pad = styles.size * 0.5
    # On one line: a narrow box sets the text smaller (never below the legible minimum).
    size = fit_size(text, BOLD, width - 2 * pad - 2, styles.size * size_factor, MIN_FONT_SIZE)
    style = make_style("boxed", size, font=BOLD, align=1, leading=1.2)
    table = Table([[Para(esc(text), style)]], colWidths=[width], hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), BOLD, styles.size),
        ("BOX", (0, 0), (-1, -1), 1.4, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), styles.size * 0.35),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.45),
    ]))
    return table


# From the jabatan line to the name: room for a wet signature and the cap dinas over it.
SIGN_SPACE = 25 * MM


@dataclass(frozen=True, slots=True)
class Signer:
    role: str  # "Petugas Penerima,", or the full jabatan (lines separated by "\n") ending in ","
    name: str
    id_line: str = ""  # "NIP 19680512 199403 1 007"
    rank: str = ""  # pangkat/golongan, between the name and the NIP


def head_signer(office: OfficeProfile) -> Signer:
    """The head of office as tata naskah dinas signs: full jabatan in capitals, name, pangkat, NIP."""
    role = "\n".join(head_position_lines(office)) + ","
    return Signer(role, office.head_name.strip(), nip_line(office.head_nip), office.head_rank.strip())


def _name_style(name: str, styles: Styles, width: float) -> ParagraphStyle:
    """Bold, on one line: a long name is set a little smaller rather than broken (down to 80 %);
    only a name too long even then wraps, inside its column."""
    size = fit_size(name, BOLD, width, styles.size, max(styles.size * 0.8, MIN_FONT_SIZE)) if name else styles.size
    return make_style("signer_name", size, font=BOLD, align=1)


def _one_line_style(text: str, styles: Styles, width: float) -> ParagraphStyle:
    """Centred, on one line where 80 % of the size allows (each line of a two-line text apart)."""
    widest = max(text.split("\n"), key=lambda line: stringWidth(line, REGULAR, 1.0))
    size = fit_size(widest, REGULAR, width, styles.size, max(styles.size * 0.8, MIN_FONT_SIZE))
    return make_style("signer_line", size, align=1)


def name_width(signer: Signer, styles: Styles) -> float:
    """The width the signer's name needs on one line at the block's size."""
    return stringWidth(signer.name, BOLD, max(styles.size * 0.8, MIN_FONT_SIZE))


def signature_block(signers: Sequence[Signer], styles: Styles, width: float, *, place_date: str = "",
                    space: float = SIGN_SPACE, max_width: float | None = None,
                    shares: Sequence[float] | None = None) -> Table:
    """Side-by-side signature columns; the place-and-date line (may be two lines: "Ditetapkan di
    …" / "pada tanggal …") sits above the last one. ``space`` separates the role from the name.

    Names are bold and kept on one line: the block grows (up to ``max_width``) for a long name,
    and a name wider than that is set smaller, then wrapped in its column (a 200-character name
    stays in its box). ``shares`` divides the width unequally (a visitor beside an officer with NIP).
    """
    n = max(1, len(signers))
    pad = styles.size * 0.4
    need = max((name_width(s, styles) for s in signers if s.name), default=0.0) + 2 * pad + 1
    if max_width is not None and need * n > width:
        width = min(max_width, need * n)
    weights = list(shares) if shares and len(shares) == n else [1.0] * n
    widths = [width * w / sum(weights) for w in weights]
    center = styles.center
    roles = [Para(esc(signer.role), center) for signer in signers]
    # Names on one line across the columns: a shorter role gets the difference as extra room.
    role_h = [role.wrap(w - 2 * pad, 1e6)[1] for role, w in zip(roles, widths, strict=True)]
    cells: list[list[Flowable]] = []
    for i, signer in enumerate(signers):
        col_w = widths[i]
        cell: list[Flowable] = []
        top_line = place_date if (place_date and i == n - 1) else ""
        cell.append(Para(esc(top_line), _one_line_style(top_line, styles, col_w - 2 * pad)) if top_line
                    else Para("&nbsp;", center))
        cell.append(roles[i])
        cell.append(Spacer(1, space + max(role_h) - role_h[i]))
        name_style = _name_style(signer.name, styles, col_w - 2 * pad)
        cell.append(Para(f"<u>{esc(signer.name)}</u>" if signer.name else "(.............................)",
                         name_style))
        for line in (signer.rank, signer.id_line):
            if line:  # one line too, a little smaller where the column is narrow
                cell.append(Para(esc(line), _one_line_style(line, styles, col_w - 2 * pad)))
        cells.append(cell)
    if place_date and n > 1 and "\n" in place_date:
        # The other columns' role lines start as low as the last one's (under its two date lines).
        for cell in cells[:-1]:
            cell.insert(0, Para("&nbsp;", center))
    table = Table([cells], colWidths=widths, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, styles.size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]))
    return table


class OneLine(Flowable):
    """Text that must never break across lines, such as a registration number: set as large as it
    fits (up to ``largest``, down to the smallest legible size), on one line. Only a text too
    long even at that size is broken, and then at its slashes, never inside a part."""

    def __init__(self, text: str, font: str, largest: float, *, align: str = "LEFT", leading: float = 1.15) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.largest = largest
        self.align = align
        self.leading = leading
        self.size = largest
        self.lines: list[str] = [text]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.size = fit_size(self.text, self.font, availWidth, self.largest, MIN_FONT_SIZE)
        self.lines = [self.text]
        if stringWidth(self.text, self.font, self.size) > availWidth:
            self.lines = _break_at_slashes(self.text, self.font, self.size, availWidth)
        self.width = availWidth
        self.height = self.size * self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(self.font, self.size)
        y = self.height - self.size * self.leading
        for line in self.lines:
            base = y + self.size * (self.leading - 1.0) / 2 + self.size * 0.22  # descender room
            if self.align == "CENTER":
                canv.drawCentredString(self.width / 2, base, line)
            else:
                canv.drawString(0, base, line)
            y -= self.size * self.leading
        canv.restoreState()


def _break_at_slashes(text: str, font: str, size: float, width: float) -> list[str]:
    parts = text.split("/")
    lines: list[str] = []
    current = ""
    for i, part in enumerate(parts):
        piece = part + ("/" if i < len(parts) - 1 else "")
        if current and stringWidth(current + piece, font, size) > width:
            lines.append(current)
            current = piece
        else:
            current += piece
    lines.append(current)
    return lines


def grid_style(styles: Styles, *, header: bool = True) -> list[tuple[object, ...]]:
    """Thin grid for list tables (checklists, attendance): readable when photocopied."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, styles.size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), styles.size * 0.35),
        ("RIGHTPADDING", (0, 0), (-1, -1), styles.size * 0.35),
        ("TOPPADDING", (0, 0), (-1, -1), styles.size * 0.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), "#EDEDED"))
    return commands


class Balanced(Flowable):
    """A centred heading whose lines are about equally long: it is wrapped at the narrowest width
    that needs no more lines than the full width does, so a title never ends in one lone word
    ("… KARTU AK/I" / "BARU")."""

    def __init__(self, markup: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.para = Para(markup, style)
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._inner = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = len(_lines(self.para, availWidth))
        low, high = availWidth * 0.4, availWidth
        if lines > 1:
            for _ in range(12):  # bisect the narrowest width that keeps the line count
                mid = (low + high) / 2
                if len(_lines(self.para, mid)) > lines:
                    low = mid
                else:
                    high = mid
        self._inner = high
        _, height = self.para.wrap(high, availHeight)
        self.width = availWidth
        self.height = height
        return availWidth, height

    def draw(self) -> None:
        self.para.drawOn(self.canv, (self.width - self._inner) / 2, 0)


def _lines(para: Para, width: float) -> list[object]:
    para.wrap(width, 1e6)
    return list(para.blPara.lines)
