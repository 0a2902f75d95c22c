"""The jawaban pengaduan: the office's reply letter on its kop, signed by the head of office.

Laid out as an Indonesian official letter (naskah dinas): place and date at the right; Nomor,
Sifat, Lampiran and Hal at the left; "Yth." and the addressee; the body naming the complaint
(its date, channel, LAPOR! Tracking ID and subject) and then the answer, or the reason it was
rejected or is not the office's to handle; the closing; the head's signature block on the right.
A letter to an anonymous complainant is addressed to "Pelapor" and published through the
channel the complaint came in by, so it carries no address.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desk.documents.attendance import signature_right
from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import head_signer
from desk.documents.pages import Paper, get_paper
from desk.documents.styles import Para, Styles, esc, make_style, styles_for
from desk.domain.complaint_records import ComplaintRecord, ComplaintReplyData
from desk.domain.complaints import Channel, ComplaintStatus
from desk.domain.office_time import to_local
from desk.domain.text_id import format_date, place_date_line

PAPERS = ("A4", "F4")
CLOSING = ("Demikian kami sampaikan. Atas perhatian dan partisipasi Saudara dalam upaya peningkatan kualitas "
           "pelayanan publik, kami ucapkan terima kasih.")


def render_complaint_reply(data: ComplaintReplyData, paper: str | Paper = "A4", *,
                           deterministic: bool = False) -> bytes:
    sheet = get_paper(paper)
    if sheet.name not in PAPERS:
        raise ValueError(f"Surat jawaban dicetak pada kertas A4 atau F4, bukan {sheet.name}.")
    number = data.complaint.number
    return build_pdf(reply_story(data, sheet), paper=sheet, office=data.office,
                     title=f"Jawaban Pengaduan {number}", subject=data.complaint.subject,
                     running_title=f"Jawaban Pengaduan {number}", mark=copy_mark(data.copy_no),
                     deterministic=deterministic)


# --- the letter's text (plain strings, checked without a PDF) ----------------------------------------


def subject_line(c: ComplaintRecord) -> str:
    return f"Jawaban atas {c.kind_label.lower()} Nomor {c.number}"


def addressee_lines(c: ComplaintRecord) -> list[str]:
    if c.anonymous:
        return ["Yth. Pelapor", f"{c.kind_label} Nomor {c.number}", "melalui " + c.channel_label]
    lines = [f"Yth. Sdr. {c.name}"]
    address = " ".join(c.address.split())
    lines.append(f"di {address}" if address else "di tempat")
    return lines


def opening(data: ComplaintReplyData) -> str:
    c = data.complaint
    received = to_local(c.received_at, data.tz).date()
    channel = c.channel_label + (f" dengan Tracking ID {c.lapor_id}" if c.channel == Channel.LAPOR and c.lapor_id
                                 else "")
    return (f"Menindaklanjuti {c.kind_label.lower()} Saudara yang kami terima pada tanggal {format_date(received)} "
            f"melalui {channel}, Nomor {c.number}, perihal \u201c{c.subject}\u201d, dengan ini kami sampaikan "
            "hal-hal sebagai berikut:")


def answer_paragraphs(data: ComplaintReplyData) -> list[str]:
    c = data.complaint
    status = ComplaintStatus(c.status)
    if status is ComplaintStatus.DONE:
        given = c.answer
    elif status is ComplaintStatus.REJECTED:
        given = f"{c.kind_label} Saudara tidak dapat kami tindak lanjuti dengan alasan sebagai berikut.\n{c.reason}"
    else:
        given = (f"Hal yang Saudara sampaikan bukan merupakan kewenangan {data.office.office_name}.\n{c.reason}")
    return [line.strip() for line in given.split("\n") if line.strip()]


# --- flowables ----------------------------------------------------------------------------------------


def reply_story(data: ComplaintReplyData, paper: Paper) -> list[Flowable]:
    st = styles_for(paper)
    width = paper.content_width
    c = data.complaint
    office = data.office
    place = office.place_name.strip() or office.district.strip() or office.regency.strip()
    dated = place_date_line(place, data.letter_date) if place else format_date(data.letter_date)
    justified = make_style("reply_body", st.size, align=4, leading=1.45, after=st.size * 0.55)
    story: list[Flowable] = [Para(esc(dated), st.right), Spacer(1, st.size * 0.6),
                             _heading_rows(c, st, width), Spacer(1, st.size * 1.2)]
    story += [Para(esc(line), st.body) for line in addressee_lines(c)]
    story += [Spacer(1, st.size * 1.2), Para(esc(opening(data)), justified)]
    story += [Para(esc(text), make_style("reply_answer", st.size, align=4, leading=1.45, after=st.size * 0.45,
                                         leftIndent=st.size * 1.8)) for text in answer_paragraphs(data)]
    story.append(KeepTogether([
        Spacer(1, st.size * 0.3),
        Para(esc(CLOSING), justified),
        signature_right(head_signer(office), "", st, width),
    ]))
    return story


def _heading_rows(c: ComplaintRecord, st: Styles, width: float) -> Table:
    """Nomor / Sifat / Lampiran / Hal with their colons aligned, as on every official letter."""
    rows = [("Nomor", c.number), ("Sifat", "Biasa"), ("Lampiran", "-"), ("Hal", subject_line(c))]
    label_w, colon_w = st.size * 6, st.size * 1.2
    table = Table([[Para(esc(label), st.body), Para(":", st.body), Para(esc(value), st.body)] for label, value in rows],
                  colWidths=[label_w, colon_w, width * 0.75 - label_w - colon_w], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), st.size * 0.15),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table
