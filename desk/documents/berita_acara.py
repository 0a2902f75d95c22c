"""The berita acara of a forum: the signed record of what the office and the public agreed (DOMAIN §2.4).

Kop; "BERITA ACARA" with the forum's name and its number ("Nomor: ……" until the office gives
one); the opening sentence with the date in words (or the office's own text); the standards
discussed; who was present, by unsur; the agreed outcomes, numbered; the closing sentence,
"Lampiran: Daftar Hadir", and the signatures of the public's representative and the head of
office, kept together. The opening sentence already names the day, date and place, so the
facts are not repeated in a table. Printed before the forum has taken place, or before anyone's
attendance is recorded, it is a KONSEP (forum_rules.forum_paper_gaps).
"""

from __future__ import annotations

from datetime import UTC, datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desk.documents.attendance import place_date
from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import Signer, head_signer, signature_block
from desk.documents.fonts import BOLD
from desk.documents.forum_recap import recap_table
from desk.documents.pages import get_paper
from desk.documents.styles import esc, make_style, styles_for
from desk.domain.forum_rules import (
    BeritaAcaraContent,
    ForumInfo,
    ForumRecap,
    berita_acara_opening,
    forum_paper_gaps,
)
from desk.domain.office_time import to_local
from desk.domain.records import OfficeProfile
from desk.domain.text_id import DAY_NAMES, MONTH_NAMES, format_number

CLOSING = "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."
ATTACHMENT = "Lampiran: Daftar Hadir"
NO_NUMBER = "……………………"


def render_berita_acara(office: OfficeProfile, forum: ForumInfo, content: BeritaAcaraContent, recap: ForumRecap,
                        *, paper: str = "A4", deterministic: bool = False, copy_no: int = 1,
                        now: datetime | None = None) -> bytes:
    """The berita acara; ``now`` (aware, default the clock) decides with the attendance whether it is a KONSEP."""
    sheet = get_paper(paper)
    styles = styles_for(sheet)
    width = sheet.content_width
    title = make_style("ba_title", styles.size * 1.35, font=BOLD, align=1, leading=1.2)
    subtitle = make_style("ba_subtitle", styles.size * 1.05, font=BOLD, align=1, leading=1.25)
    # Ragged right: justified lines of a narrow page open wide gaps between words.
    justified = make_style("ba_body", styles.size, leading=1.4, after=styles.size * 0.5)
    numbered = make_style("ba_item", styles.size, leading=1.35, leftIndent=styles.size * 1.8,
                          bulletIndent=0, after=styles.size * 0.25)
    local = to_local(forum.starts_at, office.timezone).date()
    opening = content.opening or berita_acara_opening(
        forum, local, DAY_NAMES[local.weekday()], MONTH_NAMES[local.month - 1]
    )
    story: list[Flowable] = [
        Paragraph("BERITA ACARA", title),
        Paragraph(esc(forum.title.upper()), subtitle),
    ]
    story.append(Paragraph(f"Nomor: {esc(content.number or NO_NUMBER)}", styles.center))
    story += [Spacer(1, styles.size), Paragraph(esc(opening), justified)]
    if forum.moderator:
        story.append(Paragraph(f"Forum dipandu oleh {esc(forum.moderator)} selaku moderator/narasumber.", justified))
    if forum.standards:
        story.append(Paragraph("Standar pelayanan yang dibahas:", styles.body))
        story += [Paragraph(esc(name), numbered, bulletText=f"{i}.") for i, name in enumerate(forum.standards, 1)]
        story.append(Spacer(1, styles.size * 0.4))
    total = recap.total
    story.append(Paragraph(f"Peserta yang hadir sebanyak {format_number(total.present)} orang, terdiri atas:",
                           styles.body))
    story.append(Spacer(1, styles.size * 0.3))
    story.append(recap_table(recap.by_unsur, total, "Unsur", styles, width))
    story.append(Paragraph("Hasil kesepakatan forum:", styles.heading))
    if content.outcomes:
        story += [Paragraph(esc(text), numbered, bulletText=f"{i}.") for i, text in enumerate(content.outcomes, 1)]
    else:
        story.append(Paragraph("(belum diisi)", styles.note))
    representative = content.representative_name.strip()
    signers = [
        Signer(f"{content.representative_role or 'Wakil Masyarakat'},", representative,
               content.representative_institution),
        head_signer(office),
    ]
    story.append(KeepTogether([
        Spacer(1, styles.size * 0.5),
        Paragraph(esc(CLOSING), justified),
        Paragraph(esc(ATTACHMENT), styles.body),
        Spacer(1, styles.size * 0.5),
        signature_block(signers, styles, width, place_date=place_date(office, forum)),
    ]))
    gaps = forum_paper_gaps(forum, total.present, now or datetime.now(UTC))
    return build_pdf(story, paper=sheet, office=office, title=f"Berita Acara — {forum.title}",
                     subject=f"Berita acara forum {forum.id}", running_title=f"Berita Acara {forum.title}",
                     deterministic=deterministic, mark=copy_mark(copy_no), draft=bool(gaps))
