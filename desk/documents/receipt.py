"""The receipt a visitor takes home: tanda terima berkas / bukti pendaftaran layanan.

It answers the visitor's questions (DESIGN.md "The people"): what is my number, what did I
hand in and what is missing, when is the result due, what does it cost, how do I complain,
and what happens to my data. The QR code carries the number, the date and a check code
(desk.domain.receipt_check) so the office can tell a genuine receipt from a forged one.

Three layouts share the same sections: "sheet" (A4, F4, A5), "roll" (80 mm and 58 mm thermal,
one column, text-only header) and "half" (two copies on one A4/F4, each on half a sheet).
The full NIK and phone number never reach the page: only their masked forms are printed.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle

from desk.documents.base import build_pdf, build_two_up_pdf
from desk.documents.blocks import Signer, boxed, bullets, grid_style, kv_table, signature_block
from desk.documents.fonts import BOLD, REGULAR
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.qr import QrFlowable
from desk.documents.styles import RULE, Para, Styles, esc, fit_size, make_style, styles_for, styles_of_size
from desk.domain.nik import mask_nik
from desk.domain.office_time import to_local
from desk.domain.phone import mask_phone
from desk.domain.records import OfficeProfile, ReceiptData, RequestRecord, StandardRecord
from desk.domain.text_id import (
    format_date,
    format_datetime,
    format_duration,
    format_fee,
    format_long_date,
    format_numeric_date,
    place_date_line,
)

TITLE = "TANDA TERIMA BERKAS / BUKTI PENDAFTARAN LAYANAN"
RECEIVED = "✓ Diterima"
MISSING = "✗ Belum ada"
COPY_LABELS = ("Lembar untuk Pemohon", "Lembar untuk Arsip")
DEFAULT_PRIVACY = (
    "Data pribadi Saudara hanya digunakan untuk penyelenggaraan pelayanan publik dan dilindungi "
    "sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi."
)
DEFAULT_COMPLAINTS = ("Sampaikan kepada petugas loket atau melalui SP4N-LAPOR! (www.lapor.go.id).",)
COMPLETE_HINT = "Lengkapi agar permohonan dapat diproses."
KEEP_NOTE = (
    "Simpan tanda terima ini. Sebutkan nomor pendaftaran saat menanyakan status permohonan "
    "atau mengambil hasil layanan."
)

Layout = Literal["sheet", "roll", "half"]
SHEET_LABEL_SHARE = 0.24  # of the text width, for label/value rows on sheets
# Half sheets (two-up) start from this body size and QR size; a usual receipt is then drawn at
# about 0.8 of it to fit half an A4 (fit.fit_story), a long one smaller still.
HALF_BODY_SIZE = 7.5
HALF_QR_SIZE = 20 * MM


def render_receipt(data: ReceiptData, paper: str | Paper = "A4", *, two_up: bool = False,
                   deterministic: bool = False) -> bytes:
    """The receipt as PDF bytes. ``two_up`` prints the visitor's and the archive copy on one A4/F4."""
    if data.copy_no < 1:
        raise ValueError("copy_no starts at 1")
    chosen = get_paper(paper)
    ref = data.request.ref_number
    title = f"Tanda Terima {ref}"
    subject = f"{data.request.service_name} ({data.request.unit_name})"
    if two_up:
        code = qr_code(data.qr_payload, HALF_QR_SIZE)  # both halves print it: encode once
        halves = [partial(_half_story, data, chosen, label, code) for label in COPY_LABELS]
        return build_two_up_pdf(halves, paper=chosen, office=data.office, title=title, subject=subject,
                                deterministic=deterministic)
    return build_pdf(receipt_story(data, chosen), paper=chosen, office=data.office, title=title,
                     subject=subject, running_title=title, mark=copy_mark(data.copy_no),
                     deterministic=deterministic)


def copy_mark(copy_no: int) -> str:
    return f"SALINAN ke-{copy_no}" if copy_no > 1 else ""


def _half_story(data: ReceiptData, paper: Paper, copy_label: str, code: QrFlowable, width: float) -> list[Flowable]:
    return receipt_story(data, paper, layout="half", copy_label=copy_label, width=width, code=code)


def receipt_story(data: ReceiptData, paper: Paper, *, layout: Layout | None = None,
                  copy_label: str = "", width: float | None = None, code: QrFlowable | None = None) -> list[Flowable]:
    """The receipt's body (without letterhead) for ``paper``; build_pdf adds the header.

    ``width`` overrides the paper's content width (a half sheet laid out wider to be shrunk);
    ``code`` is a QR code already made for ``data.qr_payload`` (halves only), reused as is.
    """
    layout = layout or ("roll" if paper.is_roll else "sheet")
    st = styles_of_size(HALF_BODY_SIZE) if layout == "half" else styles_for(paper)
    width = paper.content_width if width is None else width
    story: list[Flowable] = [*_title(data, st, width, layout, copy_label)]
    if layout == "half":
        return story + _half_body(data, st, width, code.twin() if code else qr_code(data.qr_payload, HALF_QR_SIZE))
    complaints = list(data.standard.complaints) or list(DEFAULT_COMPLAINTS)
    if layout == "roll":
        story += _roll_number_block(data, st, width)
        story += [*_section("Pemohon", st, True), *kv_table(visitor_rows(data.request), st, width, stacked=True)]
    else:
        story += _sheet_top_block(data, st, width)
    story += _section("Layanan", st, layout == "roll")
    story += kv_table(service_rows(data), st, width, stacked=layout == "roll", label_share=SHEET_LABEL_SHARE,
                      bold_labels={"Perkiraan selesai"})
    story += _section("Kelengkapan berkas", st, layout == "roll")
    story += _checklist(data, st, width, layout)
    complaint_flow = [*_section("Pengaduan, saran, dan masukan", st, layout == "roll"),
                      *bullets(complaints, st, style=st.cell)]
    if layout == "roll":
        story += [*complaint_flow, Spacer(1, st.size * 0.8), _signatures(data, st, width, layout)]
    else:
        # Complaint channels beside the officer's signature: the sheet stays on one page.
        gap = st.size * 0.8
        left_w = (width - gap) * 0.58
        signature = [Spacer(1, st.size * 1.2), _signatures(data, st, width - gap - left_w, layout)]
        story += [Spacer(1, st.size * 0.6), _columns([complaint_flow, signature], [left_w, width - gap - left_w], gap)]
    story += _privacy(data, st)
    return story


# --- text of the sections (plain strings, so they can be checked without a PDF) -----------


def received_local_date(data: ReceiptData) -> date:
    return to_local(data.request.received_at, data.office.timezone).date()


def due_text(due: date) -> str:
    """"Rabu, 5 November 2025 (05-11-2025)": in words and in numbers, as people check both."""
    return f"{format_long_date(due)} ({format_numeric_date(due)})"


def standard_text(standard: StandardRecord) -> str:
    parts = [f"Standar Pelayanan versi {standard.version_no}", f"berlaku {format_date(standard.effective_date)}"]
    if standard.sk_number.strip():
        parts.append(f"SK {standard.sk_number.strip()}")
    return ", ".join(parts)


def service_rows(data: ReceiptData) -> list[tuple[str, str]]:
    r, s = data.request, data.standard
    return [
        ("Layanan", r.service_name),
        ("Bidang", r.unit_name),
        ("Dasar standar", standard_text(s)),
        ("Jangka waktu", format_duration(s.same_day, s.duration_days, s.duration_minutes)),
        ("Biaya", format_fee(s.fee)),
        ("Produk layanan", s.product),
        ("Perkiraan selesai", due_text(r.due_date)),
    ]


def visitor_rows(request: RequestRecord) -> list[tuple[str, str]]:
    """Who the receipt is for. NIK and phone are masked; the street address is left off
    (data minimisation: the receipt may be lost, and the visitor knows where they live)."""
    domicile = ", ".join(p for p in (request.visitor_desa.strip(),
                                     f"Kecamatan {request.visitor_kecamatan.strip()}"
                                     if request.visitor_kecamatan.strip() else "") if p)
    return [
        ("Nama", request.visitor_name),
        ("NIK", mask_nik(request.visitor_nik) if request.visitor_nik else ""),
        ("Nomor HP", mask_phone(request.visitor_phone) if request.visitor_phone else ""),
        ("Organisasi/usaha", request.organisation.strip()),
        ("Domisili", domicile),
    ]


def checklist_lines(data: ReceiptData) -> list[tuple[str, bool]]:
    """(requirement, received) from the request's own checklist, which was copied from the
    standard version in force at intake; without one, the standard's requirements count as
    not yet received."""
    if data.request.checklist:
        return [(item.text, item.received) for item in data.request.checklist]
    return [(text, False) for text in data.standard.requirements]


def checklist_summary(lines: list[tuple[str, bool]]) -> str:
    if not lines:
        return "Layanan ini tidak mensyaratkan berkas."
    missing = sum(1 for _, ok in lines if not ok)
    if not missing:
        return f"Berkas lengkap: {len(lines)} dari {len(lines)} persyaratan diterima."
    return f"Berkas belum lengkap: {missing} dari {len(lines)} persyaratan belum ada."


def privacy_text(office: OfficeProfile) -> str:
    text = office.privacy_notice.strip() or DEFAULT_PRIVACY
    if "27 Tahun 2022" not in text and "27/2022" not in text:
        text += " (Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi)"
    return text


# --- flowables ------------------------------------------------------------------------------


def qr_code(payload: str, size: float) -> QrFlowable:
    """Error correction level M survives a smudged or creased thermal print."""
    return QrFlowable(payload, size, border=2, level="M")


def _section(title: str, st: Styles, stacked: bool) -> list[Flowable]:
    style = st.heading
    if stacked:
        style = make_style("roll_heading", st.size, font=BOLD, before=st.size * 0.8, after=st.size * 0.25)
    return [Para(esc(title), style)]


def _title(data: ReceiptData, st: Styles, width: float, layout: Layout, copy_label: str) -> list[Flowable]:
    style = st.title
    if layout == "roll":
        style = make_style("roll_title", st.size * 1.1, font=BOLD, align=1, leading=1.2)
    flow: list[Flowable] = [Para(esc(TITLE), style)]
    if copy_label:
        flow.append(Para(f"<i>{esc(copy_label)}</i>", st.center))
    mark = copy_mark(data.copy_no)
    if mark and layout == "roll":  # sheets and halves carry the mark beside the number instead
        flow += [Spacer(1, st.size * 0.5), boxed(mark, st, width)]
    flow.append(Spacer(1, st.size * (0.6 if layout == "roll" else 0.8)))
    return flow


def _number_style(ref: str, st: Styles, width: float, largest: float) -> ParagraphStyle:
    size = fit_size(ref, BOLD, width, largest, st.size * 1.1)
    return make_style("ref_number", size, font=BOLD, leading=1.15)


def _roll_number_block(data: ReceiptData, st: Styles, width: float) -> list[Flowable]:
    r = data.request
    number = _number_style(r.ref_number, st, width, st.size * 2.0)
    number.alignment = 1
    code = qr_code(data.qr_payload, min(34 * MM, width * 0.8))
    code.hAlign = "CENTER"
    return [
        Para("Nomor Pendaftaran", st.center),
        Para(esc(r.ref_number), number),
        Para(f"Diterima {esc(format_datetime(r.received_at, data.office.timezone))}",
                  make_style("roll_received", st.size * 0.9, align=1)),
        Spacer(1, st.size * 0.4),
        code,
        Para("Pindai untuk memeriksa keaslian", make_style("roll_qr", st.size * 0.8, align=1)),
    ]


def _sheet_top_block(data: ReceiptData, st: Styles, width: float) -> list[Flowable]:
    """Number, date, copy mark and visitor on the left; the QR code on the right."""
    r = data.request
    qr = 27 * MM * st.size / 10
    gap = 5 * MM * st.size / 10
    left_w = width - qr - gap
    left: list[Flowable] = [
        Para("Nomor Pendaftaran", st.label),
        Para(esc(r.ref_number), _number_style(r.ref_number, st, left_w, st.size * 2.2)),
        Para(f"Diterima: <b>{esc(format_datetime(r.received_at, data.office.timezone))}</b>", st.body),
    ]
    mark = copy_mark(data.copy_no)
    if mark:
        box = boxed(mark, st, min(left_w, 62 * MM * st.size / 10))
        box.hAlign = "LEFT"
        left += [Spacer(1, st.size * 0.5), box]
    # The same label column as the service rows below, so the values line up down the page.
    left += [Spacer(1, st.size * 0.7), *kv_table(visitor_rows(r), st, left_w, label_share=SHEET_LABEL_SHARE * width / left_w)]
    right: list[Flowable] = [qr_code(data.qr_payload, qr),
                             Para("Pindai untuk memeriksa keaslian", make_style("qr_cap", st.size * 0.7, align=1))]
    return [_columns([left, right], [left_w, qr], gap), HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=st.size * 0.5,
                              spaceAfter=st.size * 0.1)]


def _checklist(data: ReceiptData, st: Styles, width: float, layout: Layout) -> list[Flowable]:
    lines = checklist_lines(data)
    text = esc(checklist_summary(lines))
    if any(not ok for _, ok in lines):
        text = f"<b>{text}</b> {esc(COMPLETE_HINT)}"
    summary = Para(text, st.cell)
    if not lines:
        return [summary]
    if layout == "roll":
        flow: list[Flowable] = []
        item = make_style("roll_item", st.size * 0.95, leading=1.2, leftIndent=st.size * 2.0, after=st.size * 0.25,
                          bulletIndent=0)
        for i, (text, ok) in enumerate(lines, 1):
            status = RECEIVED if ok else f"<b>{MISSING}</b>"
            flow.append(Para(f"{esc(text)}<br/>{status}", item, bulletText=f"{i}."))
        return [*flow, Spacer(1, st.size * 0.2), summary]
    no_w = st.size * 2.4
    status_w = st.size * 8.4
    rows: list[list[Flowable]] = [[Para("No", st.cell_bold), Para("Persyaratan", st.cell_bold),
                                   Para("Status", st.cell_bold)]]
    for i, (text, ok) in enumerate(lines, 1):
        rows.append([Para(str(i), st.cell), Para(esc(text), st.cell),
                     Para(RECEIVED, st.cell) if ok else Para(MISSING, st.cell_bold)])
    table = Table(rows, colWidths=[no_w, width - no_w - status_w, status_w], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style(st)))
    return [table, Spacer(1, st.size * 0.4), summary]


def _signatures(data: ReceiptData, st: Styles, width: float, layout: Layout) -> Flowable:
    """The officer signs every receipt; on a two-up sheet the visitor signs too (the archive half
    is the office's proof of what was handed in)."""
    place = data.office.place_name.strip() or data.office.district.strip() or data.office.regency.strip()
    received = received_local_date(data)
    place_date = place_date_line(place, received) if place else format_date(received)
    officer = Signer("Petugas Penerima,", data.officer_name.strip())
    if layout != "half":
        return signature_block([officer], st, width, place_date=place_date, space=st.size * 3.6)
    signers = [Signer("Pemohon,", data.request.visitor_name.strip()), officer]
    return signature_block(signers, st, width, place_date=place_date, space=st.size * 2.8)


def _privacy(data: ReceiptData, st: Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=st.size * 0.8, spaceAfter=st.size * 0.4),
        Para(f"<b>Pelindungan data pribadi.</b> {esc(privacy_text(data.office))}", st.note),
    ]
    if data.office.dpo_contact.strip():
        flow.append(Para(f"Kontak pelindungan data: {esc(data.office.dpo_contact.strip())}", st.note))
    flow.append(Para(f"<b>{esc(KEEP_NOTE)}</b>", make_style("keep", st.size * 0.85, leading=1.2,
                                                                  before=st.size * 0.4)))
    flow[0].keepWithNext = 1  # the rule never stays behind at the foot of a page
    return flow


def _half_body(data: ReceiptData, st: Styles, width: float, code: QrFlowable) -> list[Flowable]:
    """Half a sheet: number and visitor, service, and QR side by side; the checklist below."""
    r = data.request
    qr = code.size
    gap = 3.5 * MM
    left_w = (width - qr - 2 * gap) * 0.47
    mid_w = width - qr - 2 * gap - left_w
    first: list[Flowable] = [
        Para("Nomor Pendaftaran", st.label),
        Para(esc(r.ref_number), _number_style(r.ref_number, st, left_w, st.size * 2.2)),
        Para(f"Diterima: <b>{esc(format_datetime(r.received_at, data.office.timezone))}</b>", st.cell),
    ]
    mark = copy_mark(data.copy_no)
    if mark:
        box = boxed(mark, st, min(left_w, 45 * MM), size_factor=1.1)
        box.hAlign = "LEFT"
        first += [Spacer(1, st.size * 0.3), box]
    first += [Spacer(1, st.size * 0.4), *kv_table(visitor_rows(r), st, left_w, label_share=0.34)]
    service = kv_table(service_rows(data), st, mid_w, label_share=0.34, bold_labels={"Perkiraan selesai"})
    qr_cell: list[Flowable] = [code, Para("Pindai untuk memeriksa keaslian",
                                               make_style("qr_cap", st.size * 0.7, align=1))]
    complaints = "; ".join(c.strip().rstrip(".;") for c in data.standard.complaints if c.strip()) or DEFAULT_COMPLAINTS[0]
    return [
        _columns([first, service, qr_cell], [left_w, mid_w, qr], gap),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=st.size * 0.4, spaceAfter=st.size * 0.4),
        *_checklist(data, st, width, "half"),
        Para(f"<b>Pengaduan, saran, dan masukan:</b> {esc(complaints)}.",
                  make_style("half_complaints", st.size * 0.9, leading=1.2, before=st.size * 0.5)),
        Spacer(1, st.size * 0.4),
        _signatures(data, st, width, "half"),
        *_privacy(data, st),
    ]


def _columns(cells: list[list[Flowable]], widths: list[float], gap: float) -> Table:
    """Side-by-side columns of the given content widths, ``gap`` apart, top-aligned."""
    table = Table([cells], colWidths=[widths[0], *(w + gap for w in widths[1:])], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (1, 0), (-1, -1), gap),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
