"""One service's full standard (A4/F4): the 14 components as the SK's attachment prints them.

Kop; the attachment's heading at the right ("LAMPIRAN KEPUTUSAN KEPALA DINAS … NOMOR …
TANGGAL … TENTANG STANDAR PELAYANAN …"); "STANDAR PELAYANAN" with the service's name and
unit; the version's facts (code, decree, effective date, version, forum); then one table
No | Komponen | Uraian in two parts, A (the six service-delivery components) and B (the eight
management components), lists numbered; the notes; and the head of office's signature,
"Ditetapkan di … / pada tanggal …" on two lines.

Every list item (and every paragraph of a text component) is a row of its own, drawn without a
rule above it, so a long component breaks between its items and the header row repeats only at
the top of a page (ReportLab's split inside a row drew a stray header mid-page). The signature
is the table's last row, bound to the row above it, so it never stands alone on a page.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import Balanced, grid_style, head_signer, kv_table, signature_block
from desk.documents.fonts import BOLD, REGULAR
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.styles import RULE, Styles, esc, make_style, styles_for
from desk.domain.office_rules import Decree, head_position_lines, standard_decree
from desk.domain.records import OfficeProfile
from desk.domain.standard_rules import (
    MANAGEMENT_COMPONENTS,
    MANAGEMENT_HEADING,
    NOTES_LABEL,
    PUBLIC_COMPONENTS,
    PUBLIC_HEADING,
    Component,
    PublishedStandard,
    component_lines,
)
from desk.domain.text_id import format_date, format_duration, format_rupiah

TITLE = "STANDAR PELAYANAN"
PAPERS = ("A4", "F4")
# A paragraph taller than this is cut into rows of at most this height, so a 5,000-character
# management component can still break across pages.
_MAX_ROW = 260.0


def render_standard(office: OfficeProfile, published: PublishedStandard, paper: str | Paper = "A4", *,
                    deterministic: bool = False, copy_no: int = 1) -> bytes:
    """The standard of one service as PDF bytes; "KONSEP" while its decree is not known."""
    sheet = _sheet(paper)
    std = published.standard
    return build_pdf(
        standard_story(office, published, sheet), paper=sheet, office=office,
        title=f"Standar Pelayanan {published.service_code} — {published.service_name}",
        subject=f"Standar pelayanan versi {std.version_no}, {published.unit_full_name}",
        running_title=f"Standar Pelayanan {published.service_code}, versi {std.version_no}",
        deterministic=deterministic, mark=copy_mark(copy_no),
        draft=not standard_decree(std, office).complete,
    )


def _sheet(paper: str | Paper) -> Paper:
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Standar pelayanan dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    return sheet


def duration_text(published: PublishedStandard) -> str:
    std = published.standard
    return format_duration(std.same_day, std.duration_days, std.duration_minutes)


def fee_text(fee: int) -> str:
    return "Gratis (tidak dipungut biaya)" if fee == 0 else format_rupiah(fee)


def decree_text(decree: Decree) -> str:
    """"Keputusan Kepala Dinas Nomor 188.4/045/DKUKMTK/2025 tanggal 29 Oktober 2025"; dots where
    a part is not known yet (the paper is then a KONSEP)."""
    number = decree.number or "……………"
    issued = f" tanggal {format_date(decree.issued)}" if decree.issued else ""
    return f"Keputusan Kepala Dinas Nomor {number}{issued}"


def facts_rows(published: PublishedStandard, office: OfficeProfile) -> list[tuple[str, str]]:
    std = published.standard
    return [
        ("Kode layanan", published.service_code),
        ("Unit pelaksana", published.unit_full_name),
        ("Ditetapkan dengan", decree_text(standard_decree(std, office))),
        ("Berlaku sejak", format_date(std.effective_date)),
        ("Versi", str(std.version_no)),
        ("Dibahas dalam", published.forum_title),
    ]


def attachment_heading(office: OfficeProfile, published: PublishedStandard, styles: Styles,
                       width: float) -> Table:
    """The attachment's heading at the right of the page, as tata naskah dinas sets it."""
    decree = standard_decree(published.standard, office)
    position = " ".join(head_position_lines(office))
    office_words = " ".join(office.office_name.split()).upper()
    regency = " ".join(office.regency.split()).upper()
    about = f"STANDAR PELAYANAN PADA {office_words}" + (f" {regency}" if regency and regency not in office_words else "")
    rows = [
        ("LAMPIRAN", f"KEPUTUSAN {position}"),
        ("NOMOR", decree.number or "……………"),
        ("TANGGAL", format_date(decree.issued).upper() if decree.issued else "……………"),
        ("TENTANG", about),
    ]
    style = make_style("lampiran", styles.size * 0.9, leading=1.2)
    label_w = styles.size * 6.5
    block_w = width * 0.6
    data = [[Paragraph(esc(label), style), Paragraph(":", style), Paragraph(esc(value), style)]
            for label, value in rows]
    table = Table(data, colWidths=[label_w, styles.size, block_w - label_w - styles.size], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, styles.size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    table.spaceAfter = styles.size
    return table


def _cut(paragraph: Paragraph, width: float) -> list[Flowable]:
    """A paragraph as pieces no taller than a comfortable part of a page."""
    _, height = paragraph.wrap(width, 1e6)
    if height <= _MAX_ROW:
        return [paragraph]
    pieces = paragraph.split(width, _MAX_ROW)
    if len(pieces) < 2:
        return [paragraph]
    return [pieces[0], *_cut(pieces[1], width)]


def component_paragraphs(published: PublishedStandard, component: Component, style: ParagraphStyle,
                         list_style: ParagraphStyle) -> list[Paragraph]:
    """What one component says, one paragraph per line: lists numbered, time and fee spelled out."""
    std = published.standard
    if component.kind == "list":
        lines = component_lines(std, component.key)
        if len(lines) == 1:
            return [Paragraph(esc(lines[0]), style)]
        return [Paragraph(esc(line), list_style, bulletText=f"{i}.") for i, line in enumerate(lines, start=1)]
    if component.kind == "duration":
        return [Paragraph(esc(duration_text(published)), style)]
    if component.kind == "fee":
        return [Paragraph(esc(fee_text(std.fee)), style)]
    text = getattr(std, component.key)
    return [Paragraph(esc(part), style) for part in text.split("\n") if part.strip()] or [Paragraph("—", style)]


def component_flowables(published: PublishedStandard, component: Component, style: ParagraphStyle,
                        list_style: ParagraphStyle) -> list[Flowable]:
    """The component's paragraphs (the board and the look-up use them as one cell)."""
    return list(component_paragraphs(published, component, style, list_style))


def _label_rows(label: str, pieces: list[Flowable], style: ParagraphStyle, label_w: float,
                text_w: float) -> list[str]:
    """The label's lines shared out over the rows of its component: each row takes as many label
    lines as its text has, the last row the rest (so a label never runs below its text needlessly,
    nor leaves a gap under the first item)."""
    lines = simpleSplit(label, style.fontName, style.fontSize, label_w)
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if i == len(pieces) - 1:
            out.append(" ".join(lines))
            break
        _, height = piece.wrap(text_w, 1e6)
        take = max(1, round(height / style.leading))
        out.append(" ".join(lines[:take]))
        lines = lines[take:]
    return out


def _numbered(styles: Styles, name: str) -> ParagraphStyle:
    size = styles.cell.fontSize
    return make_style(name, size, leading=1.25, leftIndent=size * 1.7, bulletIndent=0, after=size * 0.15)


def components_table(published: PublishedStandard, styles: Styles, width: float,
                     tail: Flowable | None = None) -> Table:
    """No | Komponen | Uraian, one row per line of a component; ``tail`` (the signature) as the
    last row, kept on the page of the row above it."""
    cell, bold = styles.cell, styles.cell_bold
    list_style = _numbered(styles, "std_item")
    number_w, label_w = 9 * MM, width * 0.27
    text_w = width - number_w - label_w - 2 * styles.size * 0.35
    rows: list[list[object]] = [[Paragraph("No", bold), Paragraph("Komponen", bold), Paragraph("Uraian", bold)]]
    # The rules end above the signature row (negative indices count from the whole table's end,
    # also in the parts of a split table).
    last_rule = -2 if tail is not None else -1
    commands = [c for c in grid_style(styles) if c[0] != "GRID"]
    commands += [("BOX", (0, 0), (-1, last_rule), 0.5, RULE), ("LINEAFTER", (0, 0), (1, last_rule), 0.5, RULE),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE)]
    for letter, heading, components in (("A", PUBLIC_HEADING, PUBLIC_COMPONENTS),
                                        ("B", MANAGEMENT_HEADING, MANAGEMENT_COMPONENTS)):
        row = len(rows)
        rows.append([Paragraph(f"{letter}. {esc(heading.upper())}", bold), "", ""])
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), "#F4F4F4"),
                     ("LINEBELOW", (0, row), (-1, row), 0.5, RULE)]
        for component in components:
            first = len(rows)
            pieces: list[Flowable] = []
            for paragraph in component_paragraphs(published, component, cell, list_style):
                pieces += _cut(paragraph, text_w)
            # The label's own lines go down the rows too, so a two-line label does not open a gap
            # under the first item (a cell spanning the rows would forbid a page break inside).
            labels = _label_rows(component.label, pieces, cell, label_w - 2 * styles.size * 0.35, text_w)
            for i, piece in enumerate(pieces):
                rows.append([Paragraph(f"{component.number}.", cell) if i == 0 else "",
                             Paragraph(esc(labels[i]), cell) if labels[i] else "", piece])
            last = len(rows) - 1
            commands += [("LINEBELOW", (0, last), (-1, last), 0.5, RULE)]
            if last > first:  # the lines of one component sit close, with no rule between them
                commands += [("TOPPADDING", (0, first + 1), (-1, last), 0),
                             ("BOTTOMPADDING", (0, first), (-1, last - 1), styles.size * 0.1)]
    if tail is not None:
        end = len(rows)
        rows.append([tail, "", ""])
        commands += [("SPAN", (0, end), (-1, end)), ("NOSPLIT", (0, end - 1), (-1, end)),
                     ("LEFTPADDING", (0, end), (-1, end), 0), ("RIGHTPADDING", (0, end), (-1, end), 0)]
    table = Table(rows, colWidths=[number_w, label_w, width - number_w - label_w], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def heading_flowables(published: PublishedStandard, styles: Styles, title: str = TITLE) -> list[Flowable]:
    name_style = make_style("std_service", styles.size * 1.15, font=BOLD, align=1, leading=1.25,
                            after=styles.size * 0.2)
    return [
        Paragraph(esc(title), styles.title),
        Spacer(1, styles.size * 0.3),
        Balanced(esc(published.service_name.upper()), name_style),
        Paragraph(esc(published.unit_full_name), styles.center),
        Spacer(1, styles.size * 0.9),
    ]


def enactment_lines(office: OfficeProfile, on: date | None) -> str:
    """"Ditetapkan di Batumandi" / "pada tanggal 29 Oktober 2025", two lines as in a decree."""
    place = (office.place_name or office.district or office.regency).strip()
    when = format_date(on) if on else "……………"
    return f"Ditetapkan di {place or '……………'}\npada tanggal {when}"


def signature(office: OfficeProfile, on: date | None, styles: Styles, width: float) -> Table:
    """The head's signature at the right half of the page (wider when the name needs it)."""
    block = signature_block([head_signer(office)], styles, width * 0.5, place_date=enactment_lines(office, on),
                            max_width=width)
    block.hAlign = "RIGHT"
    return block


def standard_story(office: OfficeProfile, published: PublishedStandard, paper: Paper, *,
                   with_signature: bool = True, with_heading: bool = True) -> list[Flowable]:
    """The body of the document (without the kop); the booklet reuses it page after page."""
    styles = styles_for(paper)
    width = paper.content_width
    story: list[Flowable] = []
    if with_heading:
        story.append(attachment_heading(office, published, styles, width))
    story += heading_flowables(published, styles)
    story += kv_table(facts_rows(published, office), styles, width, label_share=0.22)
    story.append(Spacer(1, styles.size * 0.8))
    tail: list[Flowable] = []
    notes = component_lines(published.standard, "notes")
    if notes:
        tail += [Spacer(1, styles.size * 0.6),
                 Paragraph(f"<b>{NOTES_LABEL}:</b> " + esc(published.standard.notes), styles.small)]
    if with_signature:
        decree = standard_decree(published.standard, office)
        tail += [Spacer(1, styles.size), signature(office, decree.issued, styles, width)]
    holder = None
    if tail:
        holder = Table([[tail]], colWidths=[width])
        holder.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, styles.size), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story.append(components_table(published, styles, width, tail=holder))
    return story
