"""The berita acara of a forum: the signed record of what the office and the public agreed (DOMAIN §2.4).

Kop; "BERITA ACARA" with the forum's name and number; the opening sentence with the date in
words (or the office's own text); the forum's facts; the standards discussed; who was present,
by unsur; the agreed outcomes, numbered; and the signatures of the public's representative and
the head of office, kept together with the closing sentence. The opening sentence already
names the day, date and place, so the facts are not repeated in a table.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desk.documents.attendance import place_date
from desk.documents.base import build_pdf
from desk.documents.blocks import Signer, kv_table, signature_block
from desk.documents.fonts import BOLD
from desk.documents.forum_recap import recap_table
from desk.documents.pages import get_paper
from desk.documents.styles import esc, make_style, styles_for
from desk.domain.forum_rules import BeritaAcaraContent, ForumInfo, ForumRecap, berita_acara_opening
from desk.domain.office_time import to_local
from desk.domain.records import OfficeProfile
from desk.domain.text_id import DAY_NAMES, MONTH_NAMES

CLOSING = "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."


def render_berita_acara(office: OfficeProfile, forum: ForumInfo, content: BeritaAcaraContent, recap: ForumRecap,
                        *, paper: str = "A4", deterministic: bool = False) -> bytes:
    sheet = get_paper(paper)
    styles = styles_for(sheet)
    width = sheet.content_width
    title = make_style("ba_title", styles.size * 1.35, font=BOLD, align=1, leading=1.2)
    subtitle = make_style("ba_subtitle", styles.size * 1.05, font=BOLD, align=1, leading=1.25)
    justified = make_style("ba_body", styles.size, align=4, leading=1.4, after=styles.size * 0.5)
    numbered = make_style("ba_item", styles.size, align=4, leading=1.35, leftIndent=styles.size * 1.8,
                          bulletIndent=0, after=styles.size * 0.25)
    local = to_local(forum.starts_at, office.timezone).date()
    opening = content.opening or berita_acara_opening(
        forum, local, DAY_NAMES[local.weekday()], MONTH_NAMES[local.month - 1]
    )
    story: list[Flowable] = [
        Paragraph("BERITA ACARA", title),
        Paragraph(esc(forum.title.upper()), subtitle),
    ]
    if content.number:
        story.append(Paragraph(f"Nomor: {esc(content.number)}", styles.center))
    story += [Spacer(1, styles.size), Paragraph(esc(opening), justified)]
    if forum.moderator:
        story += kv_table([("Moderator/Narasumber", forum.moderator)], styles, width)
        story.append(Spacer(1, styles.size * 0.6))
    if forum.standards:
        story.append(Paragraph("Standar pelayanan yang dibahas:", styles.body))
        story += [Paragraph(esc(name), numbered, bulletText=f"{i}.") for i, name in enumerate(forum.standards, 1)]
        story.append(Spacer(1, styles.size * 0.4))
    total = recap.total
    story.append(Paragraph(f"Peserta yang hadir sebanyak {total.present} orang, terdiri atas:", styles.body))
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
        Signer(f"{office.head_title or 'Kepala Dinas'},", office.head_name,
               f"NIP {office.head_nip}" if office.head_nip else ""),
    ]
    story.append(KeepTogether([
        Spacer(1, styles.size * 0.5),
        Paragraph(esc(CLOSING), justified),
        Spacer(1, styles.size * 0.5),
        signature_block(signers, styles, width, place_date=place_date(office, forum)),
    ]))
    return build_pdf(story, paper=sheet, office=office, title=f"Berita Acara — {forum.title}",
                     subject=f"Berita acara forum {forum.id}", running_title=f"Berita Acara {forum.title}",
                     deterministic=deterministic)
