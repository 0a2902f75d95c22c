"""A one-page poster of an SKM result for the notice board and the website (publication, PEKPPP 7.a).

Kop; the title and the period; the index in large type with its grade; how many answered; the
nine unsur as a bar chart with their names beside the codes; what the office will improve (the
follow-up plan); a thank-you line. Always one page: a long plan makes the type smaller, never
a second page. Input: an SkmReport (plain records). Output: PDF bytes.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, header_flowables
from desk.documents.blocks import bullets
from desk.documents.fonts import BOLD, register_fonts
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.skm_chart import BAR, bar_chart
from desk.documents.skm_report import scope_words, score
from desk.documents.styles import INK, esc, make_style, styles_for
from desk.domain.skm import UNSUR, format_score
from desk.domain.skm_records import SkmReport
from desk.domain.text_id import format_number

PAPERS = ("A4", "F4")
PLAN_SHOWN = 4


def render_skm_poster(report: SkmReport, *, paper: str | Paper = "A4", deterministic: bool = False) -> bytes:
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Poster SKM dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    register_fonts()
    width = sheet.content_width
    body = [*header_flowables(report.office, sheet), *poster_story(report, sheet)]
    page = KeepInFrame(width, (sheet.content_height or 0) - 2, body, mode="shrink", hAlign="CENTER", vAlign="TOP")
    return build_pdf([page], paper=sheet, office=report.office, title=f"Hasil SKM {report.period.label}",
                     subject=f"Poster hasil Survei Kepuasan Masyarakat, {report.main.scope.label}",
                     draft=report.draft, numbered=False, letterhead=False, deterministic=deterministic)


def poster_story(report: SkmReport, sheet: Paper) -> list[Flowable]:
    styles = styles_for(sheet)
    size = styles.size
    width = sheet.content_width
    title = make_style("poster_title", size * 2.1, font=BOLD, align=1, leading=1.15)
    subtitle = make_style("poster_sub", size * 1.25, font=BOLD, align=1, leading=1.3)
    figure = make_style("poster_figure", size * 6.5, font=BOLD, align=1, leading=1.0, color=colors.white)
    grade = make_style("poster_grade", size * 1.5, font=BOLD, align=1, leading=1.25, color=colors.white)
    center = make_style("poster_center", size * 1.1, align=1, leading=1.4)
    heading = make_style("poster_heading", size * 1.25, font=BOLD, leading=1.3, before=size * 0.8, after=size * 0.3)
    main, result = report.main, report.main.result
    story: list[Flowable] = [
        Spacer(1, size * 0.8),
        Paragraph("INDEKS KEPUASAN MASYARAKAT", title),
        Paragraph(esc(scope_words(report)), subtitle),
        Paragraph(esc(report.period.label), subtitle),
        Spacer(1, size * 1.2),
    ]
    if result is None:
        story.append(Paragraph(esc(main.problem or "Belum ada hasil."), center))
        return story
    box = Table([[Paragraph(score(result.konversi_shown), figure)],
                 [Paragraph(esc(f"MUTU PELAYANAN {result.grade} ({result.grade_label.upper()})"), grade)]],
                colWidths=[width * 0.8], hAlign="CENTER")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), BAR),
        ("TOPPADDING", (0, 0), (-1, 0), size * 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, 0), size * 1.2),
        ("BOTTOMPADDING", (0, 1), (-1, 1), size * 1.2),
    ]))
    story += [
        box,
        Spacer(1, size * 0.8),
        Paragraph(esc(f"dari {format_number(main.respondents)} responden · nilai 25–100 · "
                      f"PermenPANRB Nomor 14 Tahun 2017"), center),
        Paragraph("Nilai per unsur pelayanan", heading),
    ]
    weakest = [r.unsur.key for r in result.unsur].index(result.weakest.unsur.key)
    story.append(bar_chart([r.unsur.code for r in result.unsur], [r.konversi_shown for r in result.unsur],
                           width, 78 * MM, size=size * 1.05, highlight=weakest))
    small = make_style("poster_small", size * 0.85, leading=1.25)
    names = [Paragraph(esc(f"{u.code} {u.name}: {format_score(result.of(u.key).konversi_shown)}"), small)
             for u in UNSUR]
    legend = Table([names[i:i + 3] for i in range(0, len(names), 3)], colWidths=[width / 3] * 3)
    legend.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(legend)
    story.append(Paragraph("Yang kami perbaiki", heading))
    plan = [f"{f.action} ({f.schedule})" + (" — selesai" if f.done else "") for f in report.followups[:PLAN_SHOWN]]
    if plan:
        story += bullets(plan, styles, style=make_style("poster_plan", size * 1.05, leading=1.35))
    else:
        story.append(Paragraph(esc(f"Prioritas perbaikan: {result.weakest.unsur.name}. Rencana tindak lanjut "
                                   "dibahas bersama masyarakat dalam Forum Konsultasi Publik."),
                               make_style("poster_plan", size * 1.05, leading=1.35)))
    thanks = Table([[Paragraph("Terima kasih atas partisipasi Bapak/Ibu/Saudara dalam Survei Kepuasan Masyarakat.",
                               make_style("poster_thanks", size * 1.15, font=BOLD, align=1, leading=1.3))]],
                   colWidths=[width], hAlign="CENTER")
    thanks.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, INK), ("TOPPADDING", (0, 0), (-1, -1), size * 0.6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.8)]))
    story += [Spacer(1, size * 1.4), thanks]
    return story
