"""The tanda terima pengaduan: what the complainant takes home.

It answers their questions: what is my number, what did you write down, when will I be answered,
and how do I ask after it. The complainant's phone and e-mail are printed masked; an anonymous
complaint prints no identity at all. Sheets only (A4, F4, A5): a complaint's text needs the width.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, HRFlowable, KeepInFrame, Spacer

from desk.documents.attendance import signature_right
from desk.documents.base import build_pdf, copy_mark, header_flowables, measure
from desk.documents.blocks import Signer, boxed, bullets, kv_table, signature_block
from desk.documents.fonts import BOLD
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.receipt import due_text, privacy_text
from desk.documents.styles import RULE, Para, Styles, esc, fit_size, make_style, styles_for
from desk.domain.complaint_records import ComplaintReceiptData, ComplaintRecord
from desk.domain.complaints import Channel
from desk.domain.nip import nip_line
from desk.domain.office_time import to_local
from desk.domain.text_id import format_date, format_datetime, place_date_line

TITLE = "TANDA TERIMA PENGADUAN"
PAPERS = ("A4", "F4", "A5")
LABEL_SHARE = 0.3
ONE_PAGE_SLACK = 1.3  # up to 30 % taller than a page is shrunk onto one page
TEXT_SHOWN = 1500  # characters of the complaint's text on the receipt; the register keeps it whole
KEEP_NOTE = ("Simpan tanda terima ini. Sebutkan nomor pengaduan saat menanyakan perkembangannya "
             "kepada petugas atau melalui saluran pengaduan kantor.")


def render_complaint_receipt(data: ComplaintReceiptData, paper: str | Paper = "A4", *,
                             deterministic: bool = False) -> bytes:
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Tanda terima pengaduan dicetak pada kertas A4, F4 atau A5, bukan {sheet.name}.")
    number = data.complaint.number
    flow = [*header_flowables(data.office, sheet), *receipt_story(data, sheet)]
    room = (sheet.content_height or 0) - 2
    if measure(flow, sheet.content_width) <= room * ONE_PAGE_SLACK:
        # A little too long for one page (A5, a long text): drawn a little smaller rather than
        # leaving its last lines alone on a second sheet.
        flow = [KeepInFrame(sheet.content_width, room, flow, mode="shrink", vAlign="TOP")]
    return build_pdf(flow, paper=sheet, office=data.office, title=f"Tanda Terima Pengaduan {number}",
                     subject=data.complaint.subject, running_title=f"Tanda Terima Pengaduan {number}",
                     mark=copy_mark(data.copy_no), letterhead=False, deterministic=deterministic)


# --- text of the rows (plain strings, checked without a PDF) ---------------------------------------


def complainant_rows(c: ComplaintRecord) -> list[tuple[str, str]]:
    if c.anonymous:
        return [("Nama", "Anonim (identitas pelapor tidak dicatat)")]
    return [
        ("Nama", c.name),
        ("Nomor HP", c.phone_masked),
        ("E-mail", c.email_masked),
        ("Bersedia dihubungi", "Ya" if c.contact_consent else "Tidak"),
    ]


def complaint_rows(c: ComplaintRecord) -> list[tuple[str, str]]:
    channel = c.channel_label + (f" (Tracking ID {c.lapor_id})" if c.channel == Channel.LAPOR and c.lapor_id else "")
    attachments = f"{len(c.attachments)} berkas" if c.attachments else ""
    return [
        ("Jenis", c.kind_label),
        ("Saluran", channel),
        ("Perihal", c.subject),
        ("Unit yang dituju", c.unit_name),
        ("Layanan", c.service_name),
        ("Nomor permohonan terkait", c.request_number),
        ("Lampiran", attachments),
    ]


def deadline_rows(c: ComplaintRecord) -> list[tuple[str, str]]:
    return [
        ("Tanggapan paling lambat", due_text(c.due.respond)),
        ("Penyelesaian paling lambat", due_text(c.due.complete)),
    ]


def shown_text(text: str) -> str:
    if len(text) <= TEXT_SHOWN:
        return text
    return text[:TEXT_SHOWN].rstrip() + " … (selengkapnya tercatat pada register pengaduan)"


def contact_lines(data: ComplaintReceiptData) -> list[str]:
    office = data.office
    lines = []
    if office.phone.strip():
        lines.append(f"Telepon/WhatsApp kantor: {office.phone.strip()}")
    if office.email.strip():
        lines.append(f"E-mail: {office.email.strip()}")
    lines.append("SP4N-LAPOR!: www.lapor.go.id (sebutkan nomor pengaduan ini)")
    return lines


# --- flowables ----------------------------------------------------------------------------------------


def receipt_story(data: ComplaintReceiptData, paper: Paper) -> list[Flowable]:
    st = styles_for(paper)
    width = paper.content_width
    c = data.complaint
    number_style = make_style("complaint_number", fit_size(c.number, BOLD, width, st.size * 2.2, st.size * 1.1),
                              font=BOLD, leading=1.15)
    story: list[Flowable] = [Para(esc(TITLE), st.title), Para(esc(f"({c.kind_label})"), st.subtitle),
                             Spacer(1, st.size * 0.8),
                             Para("Nomor Pengaduan", st.label), Para(esc(c.number), number_style),
                             Para(f"Diterima: <b>{esc(format_datetime(c.received_at, data.tz))}</b>", st.body)]
    mark = copy_mark(data.copy_no)
    if mark:
        box = boxed(mark, st, min(width, 62 * MM * st.size / 10))
        box.hAlign = "LEFT"
        story += [Spacer(1, st.size * 0.5), box]
    story.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=st.size * 0.5,
                            spaceAfter=st.size * 0.1))
    story += [Para("Pelapor", st.heading), *kv_table(complainant_rows(c), st, width, label_share=LABEL_SHARE)]
    story += [Para("Pengaduan", st.heading), *kv_table(complaint_rows(c), st, width, label_share=LABEL_SHARE)]
    story += [Para("Isi pengaduan:", st.label)]
    story += [Para(esc(line), make_style("complaint_text", st.size * 0.95, leading=1.3))
              for line in shown_text(c.description).split("\n") if line.strip()]
    story += [Para("Batas waktu penanganan", st.heading),
              *kv_table(deadline_rows(c), st, width, label_share=LABEL_SHARE, bold_labels={"Tanggapan paling lambat"}),
              Para(esc("Dihitung dalam hari kerja sejak pengaduan diterima, sesuai ketentuan pengelolaan pengaduan "
                       "pelayanan publik (SP4N-LAPOR!)."), st.note)]
    story += [Para("Menanyakan perkembangan pengaduan", st.heading), *bullets(contact_lines(data), st, style=st.cell)]
    story += [Spacer(1, st.size * 0.8), _signatures(data, st, width)]
    story += [HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=st.size * 0.8, spaceAfter=st.size * 0.4),
              Para(f"<b>Pelindungan data pribadi.</b> {esc(privacy_text(data.office))}", st.note),
              Para(f"<b>{esc(KEEP_NOTE)}</b>", make_style("keep", st.size * 0.85, leading=1.2, before=st.size * 0.4))]
    return story



def _signatures(data: ComplaintReceiptData, st: Styles, width: float) -> Flowable:
    """The officer signs, with their NIP; a complainant who came in person signs too."""
    office = data.office
    place = office.place_name.strip() or office.district.strip() or office.regency.strip()
    received = to_local(data.complaint.received_at, data.tz).date()
    place_date = place_date_line(place, received) if place else format_date(received)
    officer = Signer("Petugas Penerima,", data.officer_name.strip(), nip_line(data.officer_nip))
    c = data.complaint
    if not c.anonymous and c.channel == Channel.DATANG_LANGSUNG:
        return signature_block([Signer("Pelapor,", c.name), officer], st, width, place_date=place_date,
                               shares=(0.42, 0.58))
    return signature_right(officer, place_date, st, width)
