"""Laporan hasil Survei Kepuasan Masyarakat (PermenPANRB 14/2017), in the chapters units report in.

BAB I Pendahuluan (latar belakang, dasar hukum, maksud dan tujuan); BAB II Pengumpulan data
(pelaksana, metode, lokasi, waktu, jumlah responden and the Krejcie–Morgan minimum); BAB III
Hasil (respondents by sex, age, education, job and service with counts and %, the index per
unsur: NRR, NRR tertimbang, konversi and mutu, a bar chart, and the units or services beneath);
BAB IV Analisis (kelemahan dan kelebihan, the rencana tindak lanjut table, the trend over
earlier periods); BAB V Penutup; the Kepala Dinas's signature. While the period is still
running every page is marked KONSEP. Input: an SkmReport (plain records). Output: PDF bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf
from desk.documents.blocks import bullets, grid_style, head_signer, kv_table, signature_block
from desk.documents.fonts import BOLD
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.skm_chart import bar_chart
from desk.documents.styles import Styles, esc, make_style, styles_for
from desk.domain.skm import GRADE_LABELS, format_score
from desk.domain.skm_records import OFFICE, SERVICE, ProfileTable, ScopeResult, SkmReport
from desk.domain.text_id import format_date, format_number, place_date_line

PAPERS = ("A4", "F4")
LEGAL_BASIS = (
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
    "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 "
    "tentang Pelayanan Publik;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang "
    "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 29 Tahun 2022 tentang "
    "Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik.",
)


def score(value: Decimal | None) -> str:
    return format_score(value) if value is not None else "–"


def percent(count: int, total: int) -> str:
    return f"{format_number(Decimal(100 * count) / total, 1)}%" if total else "–"


_SMALL_WORDS = frozenset({"dan", "di", "ke", "dari", "untuk", "pada", "atau", "yang"})


def name_case(text: str) -> str:
    """An office name kept in capitals for the kop, as it reads in a sentence: "Dinas Koperasi, … dan Tenaga Kerja"."""
    text = text.strip()
    if text != text.upper():
        return text
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def scope_words(report: SkmReport) -> str:
    """"Dinas Koperasi … Kabupaten Balangan" for the office; "Bidang Penempatan pada DKUKMTK" for a part."""
    office = report.office
    whole = " ".join(p for p in (name_case(office.office_name), office.regency.strip()) if p)
    scope = report.main.scope
    if scope.kind == OFFICE:
        return whole or scope.label
    prefix = "layanan " if scope.kind == SERVICE else ""
    return f"{prefix}{scope.name} pada {office.short_name or whole}"


def render_skm_report(report: SkmReport, *, paper: str | Paper = "A4", deterministic: bool = False) -> bytes:
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Laporan SKM dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    styles = styles_for(sheet)
    width = sheet.content_width
    story = report_story(report, styles, width)
    period = report.period.label
    return build_pdf(
        story, paper=sheet, office=report.office, title=f"Laporan Hasil SKM {period}",
        subject=f"Survei Kepuasan Masyarakat, {report.main.scope.label}, {period}",
        running_title=f"Laporan Hasil SKM — {report.main.scope.label} — {period}",
        draft=report.draft, deterministic=deterministic,
    )


def report_story(report: SkmReport, styles: Styles, width: float) -> list[Flowable]:
    title = make_style("skm_title", styles.size * 1.35, font=BOLD, align=1, leading=1.25)
    chapter = make_style("skm_chapter", styles.size * 1.1, font=BOLD, align=1, leading=1.3,
                         before=styles.size * 1.2, after=styles.size * 0.5)
    body = make_style("skm_body", styles.size, leading=1.45, align=4, after=styles.size * 0.45)
    main = report.main
    result = main.result
    where = scope_words(report)
    story: list[Flowable] = [
        Spacer(1, styles.size * 0.6),
        Paragraph("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", title),
        Paragraph(esc(where.upper()), title),
        Paragraph(esc(report.period.label.upper()), title),
    ]
    if report.draft:
        story.append(Paragraph(esc(f"KONSEP: periode {report.period.label} belum berakhir; angka masih dapat "
                                   "berubah."), make_style("skm_draft", styles.size, font=BOLD, align=1,
                                                           before=styles.size * 0.6)))

    # BAB I
    story += [
        Paragraph("BAB I<br/>PENDAHULUAN", chapter),
        Paragraph("A. Latar Belakang", styles.heading),
        Paragraph(esc(
            f"Penyelenggara pelayanan publik wajib melakukan Survei Kepuasan Masyarakat (SKM) secara berkala "
            f"sekurang-kurangnya satu kali setahun untuk mengetahui tingkat kepuasan pengguna layanan dan "
            f"sebagai bahan perbaikan kualitas pelayanan. Laporan ini menyajikan hasil SKM {where} untuk periode "
            f"{report.period.label}."), body),
        Paragraph("B. Dasar Hukum", styles.heading),
        *bullets(list(LEGAL_BASIS), styles, symbol="–", style=body),
        Paragraph("C. Maksud dan Tujuan", styles.heading),
        Paragraph(esc(
            "SKM dilaksanakan untuk mengukur tingkat kepuasan masyarakat atas pelayanan yang diterima, mengetahui "
            "kelemahan dan kelebihan setiap unsur pelayanan, dan menjadi dasar rencana tindak lanjut perbaikan "
            "pelayanan yang dibahas bersama masyarakat dalam Forum Konsultasi Publik."), body),
    ]

    # BAB II
    methods = ", ".join(f"{r.label.lower()} {format_number(r.count)} formulir" for r in report.sources if r.count)
    period_days = (f"{format_date(report.first_day)} sampai dengan {format_date(report.last_day)}"
                   if report.first_day and report.last_day else "belum ada formulir yang terkumpul")
    story += [
        Paragraph("BAB II<br/>PENGUMPULAN DATA SKM", chapter),
        *kv_table([
            ("A. Pelaksana", f"{name_case(report.office.office_name) or report.office.short_name}, "
                             "secara swakelola"),
            ("B. Metode", "Kuesioner PermenPANRB 14/2017 dengan sembilan unsur pelayanan dan empat pilihan "
                          "jawaban (nilai 1–4), diisi tanpa nama" + (f": {methods}." if methods else ".")),
            ("C. Lokasi", f"Ruang pelayanan {report.office.short_name or report.office.office_name}"
                          + (f", {report.office.address}" if report.office.address else "")),
            ("D. Waktu", f"Periode {report.period.label} ({format_date(report.period.first_day)} – "
                         f"{format_date(report.period.last_day)}); formulir diisi {period_days}"),
            ("E. Jumlah responden", _sample_text(main)),
        ], styles, width, label_share=0.24),
    ]

    # BAB III
    story += [Paragraph("BAB III<br/>HASIL PENGOLAHAN DATA SKM", chapter),
              Paragraph("A. Jumlah Responden menurut Karakteristik", styles.heading)]
    for table in report.profile:
        if table.rows:
            story += [CondPageBreak(min(60 * MM, (len(table.rows) + 2) * styles.size * 1.8)),
                      _profile_table(table, styles, width), Spacer(1, styles.size * 0.5)]
    story.append(Paragraph("B. Indeks Kepuasan Masyarakat per Unsur", styles.heading))
    if result is None:
        story.append(Paragraph(esc(main.problem or "Belum ada hasil."), body))
    else:
        story.append(_unsur_table(main, styles, width))
        story.append(Spacer(1, styles.size * 0.6))
        labels = [r.unsur.code for r in result.unsur]
        weakest = [r.unsur.key for r in result.unsur].index(result.weakest.unsur.key)
        chart = bar_chart(labels, [r.konversi_shown for r in result.unsur], width, 62 * MM, size=styles.size,
                          highlight=weakest)
        story.append(KeepTogether([
            Paragraph("Grafik nilai konversi per unsur (garis putus-putus: batas mutu C, B dan A; batang jingga: "
                      "unsur terendah)", styles.small),
            chart,
        ]))
        if not main.enough:
            story.append(Paragraph(esc(main.sample_note), make_style("skm_note", styles.size, font=BOLD)))
    if report.parts:
        heading = "Unit pelayanan" if main.scope.kind == OFFICE else "Jenis layanan"
        story += [CondPageBreak(40 * MM),
                  Paragraph(f"C. Indeks Kepuasan Masyarakat per {heading}", styles.heading),
                  _parts_table(report.parts, heading, styles, width)]

    # BAB IV
    story += [Paragraph("BAB IV<br/>ANALISIS HASIL SKM", chapter),
              Paragraph("A. Kelemahan dan Kelebihan", styles.heading)]
    if result is None:
        story.append(Paragraph("Analisis belum dapat disusun karena indeks belum dapat dihitung.", body))
    else:
        ordered = sorted(result.unsur, key=lambda r: r.nrr)
        weak = [f"{r.unsur.code} {r.unsur.name}: {score(r.konversi_shown)} ({r.grade})" for r in ordered[:3]]
        strong = [f"{r.unsur.code} {r.unsur.name}: {score(r.konversi_shown)} ({r.grade})" for r in ordered[::-1][:3]]
        story += [Paragraph("Unsur dengan nilai terendah (prioritas perbaikan):", body),
                  *bullets(weak, styles, style=body),
                  Paragraph("Unsur dengan nilai tertinggi (dipertahankan):", body),
                  *bullets(strong, styles, style=body)]
    if report.complaints is not None:
        story.append(Paragraph(esc(complaints_text(report)), body))
    story.append(Paragraph("B. Rencana Tindak Lanjut", styles.heading))
    if report.followups:
        done = sum(1 for f in report.followups if f.done)
        story.append(_followup_table(report, styles, width))
        story.append(Paragraph(esc(
            f"Tindak lanjut selesai: {done} dari {len(report.followups)} "
            f"({percent(done, len(report.followups))})."), styles.small))
    else:
        story.append(Paragraph(esc(
            "Rencana tindak lanjut belum disusun. Rencana dibahas bersama masyarakat dalam Forum Konsultasi "
            "Publik, dimulai dari unsur dengan nilai terendah"
            + (f" ({result.weakest.unsur.name})." if result else ".")), body))
    story.append(Paragraph("C. Tren Nilai SKM", styles.heading))
    story.append(_trend_table(report, styles, width))
    measured = [t for t in report.trend if t.konversi is not None]
    if len(measured) > 1:
        story.append(Spacer(1, styles.size * 0.4))
        story.append(bar_chart([t.period.label for t in measured], [t.konversi for t in measured], width * 0.8,
                               52 * MM, size=styles.size * 0.9))

    # BAB V, kept on one page with the signature under it: a signature never stands alone.
    closing: list[Flowable] = [Paragraph("BAB V<br/>PENUTUP", chapter)]
    if result is None:
        closing.append(Paragraph(esc(f"Hasil SKM {where} periode {report.period.label} belum dapat disimpulkan: "
                                     f"{main.problem}"), body))
    else:
        weakest = result.weakest
        closing.append(Paragraph(esc(
            f"Nilai Indeks Kepuasan Masyarakat {where} periode {report.period.label} adalah "
            f"{score(result.konversi_shown)} dengan mutu pelayanan {result.grade} "
            f"({GRADE_LABELS[result.grade]}), dari {format_number(main.respondents)} responden. Unsur dengan nilai "
            f"terendah adalah {weakest.unsur.name} ({score(weakest.konversi_shown)}), yang menjadi prioritas "
            "perbaikan pada periode berikutnya. Hasil survei ini dipublikasikan kepada masyarakat dan "
            "ditindaklanjuti sesuai rencana di atas."), body))
    closing += [Spacer(1, styles.size * 1.5), _signature(report, styles, width)]
    story.append(KeepTogether(closing))
    return story


def complaints_text(report: SkmReport) -> str:
    """What the complaints register says over the same days, beside the unsur pengaduan's score."""
    handling = report.complaints
    assert handling is not None
    result = report.main.result
    unsur = "Penanganan Pengaduan, Saran dan Masukan"
    if result is not None:
        rated = result.of("pengaduan")
        lead = (f"Unsur {rated.unsur.code} {unsur} bernilai {score(rated.konversi_shown)} ({rated.grade}). "
                "Sebagai pembanding, register pengaduan kantor mencatat ")
    else:
        lead = f"Untuk unsur {unsur}, register pengaduan kantor mencatat "
    if not handling.received:
        return lead + (f"tidak ada pengaduan, aspirasi atau permintaan informasi yang diterima selama "
                       f"{report.period.label}.")
    text = (f"{format_number(handling.received)} pengaduan, aspirasi dan permintaan informasi selama "
            f"{report.period.label}")
    if handling.channels:
        text += f" (melalui {_series(handling.channels)})"
    text += f"; {format_number(handling.responded)} di antaranya telah ditanggapi"
    if handling.responded:
        text += (f", {format_number(handling.responded_on_time)} dalam batas waktu tanggapan "
                 f"({percent(handling.responded_on_time, handling.responded)})")
    text += f"; {format_number(handling.completed)} selesai dan {format_number(handling.still_open)} masih diproses."
    return lead + text


def _series(items: Sequence[str]) -> str:
    """"a", "a dan b", "a, b dan c"."""
    if len(items) < 3:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


def _sample_text(main: ScopeResult) -> str:
    base = f"{format_number(main.respondents)} responden"
    if not main.population_known:
        return base + ". " + main.sample_note
    text = (f"{base} dari {format_number(main.population)} pengguna layanan (permohonan selesai) pada periode "
            f"ini; sampel minimal menurut tabel Krejcie dan Morgan {format_number(main.minimum)} responden "
            f"({main.progress}).")
    return text if main.enough else f"{text} {main.sample_note}"


def _head(styles: Styles) -> tuple[object, object, object]:
    cell = styles.cell
    return (make_style("skm_head", cell.fontSize * 0.9, font=BOLD, align=1, leading=1.2),
            make_style("skm_num", cell.fontSize, align=2, leading=1.2),
            make_style("skm_num_bold", cell.fontSize, font=BOLD, align=2, leading=1.2))


def _grid(data: list[list[Flowable]], widths: Sequence[float], styles: Styles, *, total_row: bool = False) -> Table:
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = grid_style(styles)
    commands.append(("VALIGN", (0, 0), (-1, 0), "MIDDLE"))
    if total_row:
        commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), "#F4F4F4"))
    table.setStyle(TableStyle(commands))
    return table


def _profile_table(table: ProfileTable, styles: Styles, width: float) -> Table:
    head, num, num_bold = _head(styles)
    total = table.total
    data: list[list[Flowable]] = [[Paragraph("No", head), Paragraph(esc(table.title), head),
                                   Paragraph("Jumlah", head), Paragraph("Persentase", head)]]
    for i, row in enumerate(table.rows, 1):
        data.append([Paragraph(f"{i}.", num), Paragraph(esc(row.label), styles.cell),
                     Paragraph(format_number(row.count), num), Paragraph(percent(row.count, total), num)])
    data.append([Paragraph("", num), Paragraph("Jumlah", styles.cell_bold), Paragraph(format_number(total), num_bold),
                 Paragraph(percent(total, total), num_bold)])
    return _grid(data, [width * 0.07, width * 0.53, width * 0.18, width * 0.22], styles, total_row=True)


def _unsur_table(main: ScopeResult, styles: Styles, width: float) -> Table:
    head, num, num_bold = _head(styles)
    result = main.result
    assert result is not None
    headers = ["No", "Unsur pelayanan", "Σ Nilai", "Jawaban", "NRR", "NRR tertimbang", "Konversi", "Mutu"]
    data: list[list[Flowable]] = [[Paragraph(esc(h), head) for h in headers]]
    for r in result.unsur:
        weighted = r.nrr * result.weights[r.unsur.key]
        data.append([
            Paragraph(r.unsur.code, styles.cell), Paragraph(esc(r.unsur.name), styles.cell),
            Paragraph(format_number(r.total), num), Paragraph(format_number(r.answered), num),
            Paragraph(format_number(r.nrr_shown, 2), num),
            Paragraph(format_number(Decimal(weighted.numerator) / weighted.denominator, 3), num),
            Paragraph(score(r.konversi_shown), num), Paragraph(f"{r.grade} ({esc(r.grade_label)})", styles.cell),
        ])
    data.append([
        Paragraph("", num), Paragraph("IKM (Σ NRR tertimbang × 25)", styles.cell_bold), Paragraph("", num),
        Paragraph(format_number(main.respondents), num_bold), Paragraph("", num),
        Paragraph(format_number(result.ikm_shown, 3), num_bold), Paragraph(score(result.konversi_shown), num_bold),
        Paragraph(f"<b>{result.grade} ({esc(result.grade_label)})</b>", styles.cell),
    ])
    widths = [0.06, 0.26, 0.09, 0.10, 0.08, 0.12, 0.11, 0.18]
    table = _grid(data, [width * w for w in widths], styles, total_row=True)
    return table


def _parts_table(parts: Sequence[ScopeResult], heading: str, styles: Styles, width: float) -> Flowable:
    head, num, _num_bold = _head(styles)
    headers = ["No", heading, "Responden", "Pengguna layanan", "Sampel minimal", "Konversi", "Mutu"]
    data: list[list[Flowable]] = [[Paragraph(esc(h), head) for h in headers]]
    for i, part in enumerate(parts, 1):
        note = "" if part.enough else " *"
        data.append([
            Paragraph(f"{i}.", num), Paragraph(esc(part.scope.label), styles.cell),
            Paragraph(format_number(part.respondents) + note, num), Paragraph(format_number(part.population), num),
            Paragraph(format_number(part.minimum), num), Paragraph(score(part.konversi), num),
            Paragraph(esc(f"{part.grade} ({GRADE_LABELS[part.grade]})") if part.grade else "–", styles.cell),
        ])
    table = _grid(data, [width * w for w in (0.06, 0.30, 0.13, 0.12, 0.11, 0.11, 0.17)], styles)
    if all(part.enough for part in parts):
        return table
    return KeepTogether([table, Paragraph("* sampel belum mencapai jumlah minimal atau populasi belum tercatat",
                                          styles.small)])


def _followup_table(report: SkmReport, styles: Styles, width: float) -> Table:
    head, num, _num_bold = _head(styles)
    headers = ["No", "Prioritas unsur", "Program/kegiatan", "Waktu", "Penanggung jawab"]
    data: list[list[Flowable]] = [[Paragraph(esc(h), head) for h in headers]]
    for i, item in enumerate(report.followups, 1):
        status = f"<br/><font size='{styles.size * 0.8:.1f}'>{esc(item.status_label)}" + (
            f" {esc(format_date(item.done_on))}" if item.done_on else "") + "</font>"
        forum = f"<br/><font size='{styles.size * 0.8:.1f}'>Disepakati: {esc(item.forum_title)}</font>" \
            if item.forum_title else ""
        data.append([Paragraph(f"{i}.", num), Paragraph(esc(f"{item.unsur.code} {item.unsur.name}"), styles.cell),
                     Paragraph(esc(item.action) + forum, styles.cell),
                     Paragraph(esc(item.schedule) + status, styles.cell),
                     Paragraph(esc(item.responsible), styles.cell)])
    return _grid(data, [width * w for w in (0.06, 0.22, 0.36, 0.16, 0.20)], styles)


def _trend_table(report: SkmReport, styles: Styles, width: float) -> Table:
    head, num, _num_bold = _head(styles)
    data: list[list[Flowable]] = [[Paragraph(h, head) for h in ("Periode", "Responden", "Konversi", "Mutu")]]
    for point in report.trend:
        data.append([Paragraph(esc(point.period.label), styles.cell), Paragraph(format_number(point.respondents), num),
                     Paragraph(score(point.konversi), num),
                     Paragraph(esc(f"{point.grade} ({GRADE_LABELS[point.grade]})") if point.grade else "–",
                               styles.cell)])
    return _grid(data, [width * w for w in (0.4, 0.18, 0.18, 0.24)], styles)


def _signature(report: SkmReport, styles: Styles, width: float) -> Table:
    office = report.office
    place = office.place_name or office.district
    block = signature_block([head_signer(office)], styles, width * 0.5,
                            place_date=place_date_line(place, report.today) if place else format_date(report.today))
    block.hAlign = "RIGHT"
    return block
