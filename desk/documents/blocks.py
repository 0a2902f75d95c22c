"""Building blocks that several documents share: label/value tables, lists, signatures, boxes.

Table cells are always Paragraphs (never bare strings), so they wrap inside their column
and use the embedded font; a bare string would be drawn in Helvetica and run past the edge.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk.documents.fonts import BOLD, REGULAR
from desk.documents.styles import INK, RULE, Para, Styles, esc, make_style


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
    style = make_style("boxed", styles.size * size_factor, font=BOLD, align=1, leading=1.2)
    table = Table([[Para(esc(text), style)]], colWidths=[width], hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), BOLD, styles.size),
        ("BOX", (0, 0), (-1, -1), 1.4, INK),
        ("TOPPADDING", (0, 0), (-1, -1), styles.size * 0.35),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.45),
    ]))
    return table


@dataclass(frozen=True, slots=True)
class Signer:
    role: str  # "Petugas Penerima,", "Kepala Dinas,"
    name: str
    id_line: str = ""  # "NIP 19xx…"


def signature_block(signers: Sequence[Signer], styles: Styles, width: float, *, place_date: str = "",
                    space: float | None = None) -> Table:
    """Side-by-side signature columns; the place-and-date line sits above the last one.

    Names are bold and wrap within their column, so a 200-character name stays in its box.
    """
    space = styles.size * 4.2 if space is None else space
    n = max(1, len(signers))
    col_w = width / n
    name_style = make_style("signer_name", styles.size, font=BOLD, align=1)
    center = styles.center
    cells: list[list[Flowable]] = []
    for i, signer in enumerate(signers):
        cell: list[Flowable] = []
        top_line = place_date if (place_date and i == n - 1) else ""
        cell.append(Para(esc(top_line) if top_line else "&nbsp;", center))
        cell.append(Para(esc(signer.role), center))
        cell.append(Spacer(1, space))
        cell.append(Para(f"<u>{esc(signer.name)}</u>" if signer.name else "(.............................)",
                              name_style))
        if signer.id_line:
            cell.append(Para(esc(signer.id_line), center))
        cells.append(cell)
    table = Table([cells], colWidths=[col_w] * n, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, styles.size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), styles.size * 0.4),
        ("RIGHTPADDING", (0, 0), (-1, -1), styles.size * 0.4),
    ]))
    return table


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
