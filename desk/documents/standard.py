"""One service's full standard (A4/F4): the 14 components as the SK's attachment prints them.

Kop; "STANDAR PELAYANAN" with the service's name and unit; the version's facts (code, SK
number, effective date, version, forum); then one table No | Komponen | Uraian in two parts,
A (the six service-delivery components) and B (the eight management components), lists
numbered inside their cell; the notes; and the head of office's signature block dated on the
effective date. Rows split across pages (a list of thirty requirements never overflows a
page), and the table header repeats on every page.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf
from desk.documents.blocks import Signer, grid_style, kv_table, signature_block
from desk.documents.fonts import BOLD
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.styles import Styles, esc, make_style, styles_for
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
from desk.domain.text_id import format_date, format_duration, format_rupiah, place_date_line

TITLE = "STANDAR PELAYANAN"
PAPERS = ("A4", "F4")


def render_standard(office: OfficeProfile, published: PublishedStandard, paper: str | Paper = "A4", *,
                    deterministic: bool = False) -> bytes:
    """The standard of one service as PDF bytes."""
    sheet = _sheet(paper)
    std = published.standard
    return build_pdf(
        standard_story(office, published, sheet), paper=sheet, office=office,
        title=f"Standar Pelayanan {published.service_code} — {published.service_name}",
        subject=f"Standar pelayanan versi {std.version_no}, {published.unit_full_name}",
        running_title=f"Standar Pelayanan {published.service_code}, versi {std.version_no}",
        deterministic=deterministic,
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


def facts_rows(published: PublishedStandard) -> list[tuple[str, str]]:
    std = published.standard
    return [
        ("Kode layanan", published.service_code),
        ("Unit pelaksana", published.unit_full_name),
        ("Ditetapkan dengan", f"Keputusan Kepala Dinas Nomor {std.sk_number}" if std.sk_number else ""),
        ("Berlaku sejak", format_date(std.effective_date)),
        ("Versi", str(std.version_no)),
        ("Dibahas dalam", published.forum_title),
    ]


def component_flowables(published: PublishedStandard, component: Component, style: ParagraphStyle,
                        list_style: ParagraphStyle) -> list[Flowable]:
    """What one component says, as paragraphs: lists numbered, time and fee spelled out."""
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


def _numbered(styles: Styles, name: str) -> ParagraphStyle:
    size = styles.cell.fontSize
    return make_style(name, size, leading=1.25, leftIndent=size * 1.7, bulletIndent=0, after=size * 0.15)


def components_table(published: PublishedStandard, styles: Styles, width: float) -> Table:
    cell, bold = styles.cell, styles.cell_bold
    list_style = _numbered(styles, "std_item")
    number_w, label_w = 9 * MM, width * 0.27
    rows: list[list[object]] = [[Paragraph("No", bold), Paragraph("Komponen", bold), Paragraph("Uraian", bold)]]
    section_rows: list[int] = []
    for letter, heading, components in (("A", PUBLIC_HEADING, PUBLIC_COMPONENTS),
                                        ("B", MANAGEMENT_HEADING, MANAGEMENT_COMPONENTS)):
        section_rows.append(len(rows))
        rows.append([Paragraph(f"{letter}. {esc(heading.upper())}", bold), "", ""])
        for component in components:
            rows.append([
                Paragraph(f"{component.number}.", cell),
                Paragraph(esc(component.label), cell),
                component_flowables(published, component, cell, list_style),
            ])
    table = Table(rows, colWidths=[number_w, label_w, width - number_w - label_w], repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    commands = grid_style(styles)
    for row in section_rows:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), "#F4F4F4")]
    table.setStyle(TableStyle(commands))
    return table


def heading_flowables(published: PublishedStandard, styles: Styles, title: str = TITLE) -> list[Flowable]:
    name_style = make_style("std_service", styles.size * 1.15, font=BOLD, align=1, leading=1.25,
                            after=styles.size * 0.2)
    return [
        Paragraph(esc(title), styles.title),
        Spacer(1, styles.size * 0.3),
        Paragraph(esc(published.service_name.upper()), name_style),
        Paragraph(esc(published.unit_full_name), styles.center),
        Spacer(1, styles.size * 0.9),
    ]


def signature(office: OfficeProfile, on: date, styles: Styles, width: float) -> Flowable:
    signer = Signer(f"{office.head_title or 'Kepala Dinas'},", office.head_name,
                    f"NIP {office.head_nip}" if office.head_nip else "")
    place = office.place_name or office.district or ""
    block = signature_block([signer], styles, width * 0.5,
                            place_date=f"Ditetapkan di {place_date_line(place, on)}" if place else format_date(on))
    block.hAlign = "RIGHT"
    return block


def standard_story(office: OfficeProfile, published: PublishedStandard, paper: Paper, *,
                   with_signature: bool = True) -> list[Flowable]:
    """The body of the document (without the kop); the booklet reuses it page after page."""
    styles = styles_for(paper)
    width = paper.content_width
    story: list[Flowable] = [*heading_flowables(published, styles)]
    story += kv_table(facts_rows(published), styles, width, label_share=0.22)
    story.append(Spacer(1, styles.size * 0.8))
    story.append(components_table(published, styles, width))
    notes = component_lines(published.standard, "notes")
    tail: list[Flowable] = []
    if notes:
        tail.append(Spacer(1, styles.size * 0.6))
        tail.append(Paragraph(f"<b>{NOTES_LABEL}:</b> " + esc(published.standard.notes), styles.small))
    if with_signature:
        tail += [Spacer(1, styles.size), signature(office, published.standard.effective_date, styles, width)]
    if tail:
        story.append(KeepTogether(tail))
    return story
