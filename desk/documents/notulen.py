"""The notulen (minutes) of a forum: agenda, discussion points (speaker, unsur, point), conclusions.

The moderator and the notulis (with NIP) sign. Printed before the forum has taken place, or
before anyone's attendance is recorded, it is a KONSEP (forum_rules.forum_paper_gaps).
"""

from __future__ import annotations

from datetime import UTC, datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk.documents.attendance import forum_facts, place_date
from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import Signer, grid_style, signature_block
from desk.documents.fonts import BOLD
from desk.documents.pages import get_paper
from desk.documents.styles import MUTED, Styles, esc, make_style, styles_for
from desk.domain.forum_rules import ForumInfo, ForumRecap, MinutesContent, forum_paper_gaps
from desk.domain.nip import nip_line
from desk.domain.records import OfficeProfile
from desk.domain.text_id import format_number


def _agenda(minutes: MinutesContent, styles: Styles, width: float) -> list[Flowable]:
    if not minutes.agenda:
        return [Paragraph("(belum diisi)", styles.note)]
    head = make_style("nt_head", styles.cell.fontSize, font=BOLD, align=1, leading=1.2)
    data = [[Paragraph("No", head), Paragraph("Waktu", head), Paragraph("Acara", head)]]
    data += [[Paragraph(f"{i}.", styles.cell), Paragraph(esc(a.time_text), styles.cell), Paragraph(esc(a.text),
                                                                                                      styles.cell)]
             for i, a in enumerate(minutes.agenda, 1)]
    table = Table(data, colWidths=[width * 0.07, width * 0.2, width * 0.73], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style(styles)))
    return [table]


def _discussion(minutes: MinutesContent, styles: Styles, width: float) -> list[Flowable]:
    if not minutes.discussion:
        return [Paragraph("(belum diisi)", styles.note)]
    head = make_style("nt_head2", styles.cell.fontSize, font=BOLD, align=1, leading=1.2)
    muted = make_style("nt_unsur", styles.cell.fontSize * 0.9, leading=1.2, color=MUTED)
    has_response = any(d.response for d in minutes.discussion)
    headers = ["No", "Pembicara / Unsur", "Pokok Bahasan"] + (["Tanggapan"] if has_response else [])
    data: list[list[object]] = [[Paragraph(h, head) for h in headers]]
    for i, d in enumerate(minutes.discussion, 1):
        who: list[Flowable] = [Paragraph(esc(d.speaker), styles.cell)]
        if d.unsur:
            who.append(Paragraph(esc(d.unsur_label), muted))
        row: list[object] = [Paragraph(f"{i}.", styles.cell), who, Paragraph(esc(d.point), styles.cell)]
        if has_response:
            row.append(Paragraph(esc(d.response), styles.cell))
        data.append(row)
    widths = [width * 0.07, width * 0.25] + ([width * 0.34, width * 0.34] if has_response else [width * 0.68])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style(styles)))
    return [table]


def organiser_text(forum: ForumInfo, office: OfficeProfile) -> str:
    """The organiser as the office's full name: its own name gets the regency it belongs to."""
    organiser = forum.organiser.strip()
    regency = office.regency.strip()
    if organiser and regency and organiser.upper() == office.office_name.strip().upper() \
            and regency.upper() not in organiser.upper():
        return f"{organiser} {regency.upper() if organiser.isupper() else regency}"
    return organiser


def render_notulen(office: OfficeProfile, forum: ForumInfo, minutes: MinutesContent, recap: ForumRecap,
                   *, paper: str = "A4", deterministic: bool = False, copy_no: int = 1,
                   now: datetime | None = None) -> bytes:
    sheet = get_paper(paper)
    styles = styles_for(sheet)
    width = sheet.content_width
    title = make_style("nt_title", styles.size * 1.35, font=BOLD, align=1, leading=1.2)
    subtitle = make_style("nt_subtitle", styles.size * 1.05, font=BOLD, align=1, leading=1.25)
    numbered = make_style("nt_item", styles.size, align=4, leading=1.35, leftIndent=styles.size * 1.8,
                          bulletIndent=0, after=styles.size * 0.25)
    total = recap.total
    extra = [("Penyelenggara", organiser_text(forum, office)), ("Moderator/Narasumber", forum.moderator),
             ("Peserta hadir", f"{format_number(total.present)} orang"), ("Notulis", minutes.minute_taker)]
    story: list[Flowable] = [
        Paragraph("NOTULEN", title),
        Paragraph(esc(forum.title.upper()), subtitle),
        Spacer(1, styles.size),
        forum_facts(forum, office, styles, width, extra=[(k, v) for k, v in extra if v]),
        Paragraph("I. Susunan Acara", styles.heading),
        *_agenda(minutes, styles, width),
        Paragraph("II. Pembahasan", styles.heading),
        *_discussion(minutes, styles, width),
        Paragraph("III. Kesimpulan", styles.heading),
    ]
    if minutes.conclusions:
        story += [Paragraph(esc(c), numbered, bulletText=f"{i}.") for i, c in enumerate(minutes.conclusions, 1)]
    else:
        story.append(Paragraph("(belum diisi)", styles.note))
    signers = [Signer("Moderator/Narasumber,", forum.moderator),
               Signer("Notulis,", minutes.minute_taker, nip_line(minutes.minute_taker_nip))]
    # The signatures stay with the last conclusion (or the "(belum diisi)" that stands for it).
    last = story.pop()
    story.append(KeepTogether([last, Spacer(1, styles.size * 1.2),
                               signature_block(signers, styles, width, place_date=place_date(office, forum))]))
    gaps = forum_paper_gaps(forum, total.present, now or datetime.now(UTC))
    return build_pdf(story, paper=sheet, office=office, title=f"Notulen — {forum.title}",
                     subject=f"Notulen forum {forum.id}", running_title=f"Notulen {forum.title}",
                     deterministic=deterministic, mark=copy_mark(copy_no), draft=bool(gaps))
