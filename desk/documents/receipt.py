"""The receipt a visitor takes home: tanda terima berkas / bukti pendaftaran layanan.

It answers the visitor's questions (DESIGN.md "The people"): what is my number, what did I
hand in and what is missing, when is the result due, what does it cost, how do I complain,
and what happens to my data. The QR code carries the number, the date and a check code
(desk.domain.receipt_check) so the office can tell a genuine receipt from a forged one; the
caption says so (a visitor's phone reads only the number).

Three layouts share the same sections: "sheet" (A4, F4, A5), "roll" (80 mm and 58 mm thermal,
one column, text-only header) and "half" (two copies on one A4/F4, each on half a sheet).
The full NIK and phone number never reach the page: only their masked forms are printed.

A sheet receipt is one page: when the story is too tall at the paper's body size (many
requirements, a 200-character name), it is laid out again a half point smaller, down to a
size whose small print is still legible. The number is one line on every paper
(blocks.OneLine). A two-up half is never drawn smaller than it was laid out: a receipt too
long for half a sheet cannot be printed two-up (:func:`two_up_possible`).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle

from desk.documents.base import (
    TwoUpTooLong,
    build_pdf,
    build_two_up_pdf,
    copy_mark,
    header_flowables,
    two_up_scale,
)
from desk.documents.blocks import OneLine, Signer, boxed, bullets, grid_style, kv_table, signature_block
from desk.documents.fit import story_height
from desk.documents.fonts import BOLD, REGULAR
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.qr import QrFlowable
from desk.documents.styles import RULE, Para, Styles, esc, fit_size, make_style, styles_of_size
from desk.domain.completeness import Completeness, completeness, is_optional, promise
from desk.domain.nik import mask_nik
from desk.domain.nip import nip_line
from desk.domain.office_rules import paper_draft_reasons, standard_decree
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

__all__ = ["ReceiptData", "TwoUpTooLong", "copy_mark", "render_receipt", "two_up_possible"]

TITLE = "TANDA TERIMA BERKAS / BUKTI PENDAFTARAN LAYANAN"
RECEIVED = "✓ Diterima"
MISSING = "✗ Belum ada"
OPTIONAL = "– Tidak wajib"
QR_CAPTION = "Kode keaslian (diperiksa petugas)"
COPY_LABELS = ("Lembar untuk Pemohon", "Lembar untuk Arsip")
DEFAULT_PRIVACY = (
    "Data pribadi Saudara hanya digunakan untuk penyelenggaraan pelayanan publik dan dilindungi "
    "sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi."
)
DEFAULT_COMPLAINTS = ("Sampaikan kepada petugas loket atau melalui SP4N-LAPOR! (www.lapor.go.id).",)
COMPLETE_HINT = "Lengkapi agar permohonan dapat diproses."
KEEP_NOTE = (
    "Simpan tanda terima ini. Sebutkan nomor pendaftaran saat menanyakan status permohonan; "
    "bawa tanda terima ini dan KTP-el saat mengambil hasil layanan."
)
KEEP_NOTE_SHORT = "Simpan tanda terima ini; bawa bersama KTP-el saat mengambil hasil layanan."

Layout = Literal["sheet", "roll", "half"]
SHEET_LABEL_SHARE = 0.24  # of the text width, for label/value rows on sheets
# Body sizes a sheet receipt tries, largest first, until it fits one page; the smallest keeps
# its small print (privacy notice, labels) at the legible minimum.
SHEET_SIZES: dict[str, tuple[float, ...]] = {
    "A4": (9.0, 8.5, 8.0, 7.5, 7.0),
    "F4": (9.0, 8.5, 8.0, 7.5, 7.0),
    "A5": (8.0, 7.5, 7.0, 6.5),
}
# The kop on a receipt: smaller on A5 than on the office's A5 letters, to leave room for the file.
RECEIPT_KOP_SCALE: dict[str, float] = {"A5": 0.55}
# A receipt is never bound: on A5 its margins are narrower than a letter's (about 12 mm left and
# 10 mm right instead of 18 and 14), which is what lets a long list of requirements fit the page.
NARROW_MARGINS: dict[str, float] = {"A5": 0.7}
# A two-up half is laid out at this body size and QR size, and drawn at full size or not at all.
HALF_BODY_SIZE = 7.0
HALF_QR_SIZE = 16 * MM


def render_receipt(data: ReceiptData, paper: str | Paper = "A4", *, two_up: bool = False,
                   deterministic: bool = False) -> bytes:
    """The receipt as PDF bytes. ``two_up`` prints the visitor's and the archive copy on one A4/F4
    (TwoUpTooLong, a ValueError with an Indonesian message, when it does not fit: see two_up_possible)."""
    if data.copy_no < 1:
        raise ValueError("copy_no starts at 1")
    chosen = get_paper(paper)
    ref = data.request.ref_number
    title = f"Tanda Terima {ref}"
    subject = f"{data.request.service_name} ({data.request.unit_name})"
    draft = bool(paper_draft_reasons(data.office, [data.standard]))  # e.g. it would print "SK 188.4/___/…"
    if two_up:
        code = qr_code(data.qr_payload, HALF_QR_SIZE)  # both halves print it: encode once
        halves = [partial(_half_story, data, chosen, label, code) for label in COPY_LABELS]
        return build_two_up_pdf(halves, paper=chosen, office=data.office, title=title, subject=subject,
                                deterministic=deterministic, min_scale=0.999, draft=draft)
    if chosen.name in NARROW_MARGINS and not chosen.is_landscape:
        chosen = chosen.narrow(NARROW_MARGINS[chosen.name])
    story = _sheet_story(data, chosen) if not chosen.is_roll else receipt_story(data, chosen)
    return build_pdf(story, paper=chosen, office=data.office, title=title, subject=subject, running_title=title,
                     mark=copy_mark(data.copy_no), deterministic=deterministic,
                     kop_scale=RECEIPT_KOP_SCALE.get(chosen.name), draft=draft)


def two_up_possible(data: ReceiptData, paper: str | Paper = "A4") -> bool:
    """Whether this receipt fits half a sheet at its legible size (the preview offers two-up only then)."""
    chosen = get_paper(paper)
    if chosen.is_roll or chosen.is_landscape or chosen.name == "A5":
        return False
    halves = [partial(_half_story, data, chosen, label, None) for label in COPY_LABELS]
    return two_up_scale(halves, paper=chosen, office=data.office) >= 0.999


def _sheet_story(data: ReceiptData, paper: Paper) -> list[Flowable]:
    """The receipt at the largest body size at which it fits one sheet; where even the smallest
    does not (A5 with a long list of requirements or a long notice), in the compact layout."""
    sizes = SHEET_SIZES.get(paper.name, (paper.body_size,))
    room = (paper.content_height or 0) - 1
    head = header_flowables(data.office, paper, scale=RECEIPT_KOP_SCALE.get(paper.name))
    story: list[Flowable] = []
    for compact in (False, True):
        for size in sizes:
            story = receipt_story(data, paper, size=size, compact=compact)
            if story_height([*head, *story], paper.content_width) <= room:
                return story
    return story


def _half_story(data: ReceiptData, paper: Paper, copy_label: str, code: QrFlowable | None,
                width: float) -> list[Flowable]:
    return receipt_story(data, paper, layout="half", copy_label=copy_label, width=width, code=code)


def receipt_story(data: ReceiptData, paper: Paper, *, layout: Layout | None = None, copy_label: str = "",
                  width: float | None = None, code: QrFlowable | None = None,
                  size: float | None = None, compact: bool = False) -> list[Flowable]:
    """The receipt's body (without letterhead) for ``paper``; build_pdf adds the header.

    ``width`` overrides the paper's content width (a half sheet laid out wider to be shrunk);
    ``code`` is a QR code already made for ``data.qr_payload`` (halves only), reused as is;
    ``size`` the body size (the paper's own when None). ``compact`` (a small sheet that does not
    fit otherwise) lists the requirements in two columns of marks, and sets the complaint
    channels and the short layer of the privacy notice beside the signature.
    """
    layout = layout or ("roll" if paper.is_roll else "sheet")
    st = styles_of_size(HALF_BODY_SIZE if layout == "half" else size or paper.body_size)
    width = paper.content_width if width is None else width
    story: list[Flowable] = [*_title(data, st, width, layout, copy_label, compact)]
    if layout == "half":
        return story + _half_body(data, st, width, code.twin() if code else qr_code(data.qr_payload, HALF_QR_SIZE))
    complaints = list(data.standard.complaints) or list(DEFAULT_COMPLAINTS)
    if layout == "roll":
        story += _roll_number_block(data, st, width)
        story += [*_section("Pemohon", st, True), *kv_table(visitor_rows(data.request), st, width, stacked=True)]
    else:
        story += _sheet_top_block(data, st, width, compact)
    gap = st.size * 0.8
    left_w = (width - gap) * (0.6 if compact else 0.56)
    sign_w = width - gap - left_w
    signature = [Spacer(1, st.size * 1.2), _signatures(data, st, sign_w, layout)]
    if compact:
        # The officer signs beside the service: the 25 mm for the signature costs no extra height.
        rows = kv_table(service_rows(data), st, left_w, label_share=0.27, bold_labels={"Perkiraan selesai"})
        heading = make_style("compact_heading", st.size, font=BOLD, before=st.size * 0.5, after=st.size * 0.2)
        story += [_columns([rows, signature[1:]], [left_w, sign_w], gap), Para("Kelengkapan berkas", heading),
                  *_mark_list(data, st, width), Spacer(1, st.size * 0.3), _complaints_paragraph(data, st),
                  *_privacy(data, st, short=True, rule=False), _keep_note(st, KEEP_NOTE_SHORT)]
        return story
    story += _section("Layanan", st, layout == "roll")
    story += kv_table(service_rows(data), st, width, stacked=layout == "roll", label_share=SHEET_LABEL_SHARE,
                      bold_labels={"Perkiraan selesai"})
    story += _section("Kelengkapan berkas", st, layout == "roll")
    story += _checklist(data, st, width, layout)
    complaint_flow = [*_section("Pengaduan, saran, dan masukan", st, layout == "roll"),
                      *bullets(complaints, st, style=st.cell)]
    if layout == "roll":
        # A roll is read in the hand and torn off: the channels in one paragraph and the first layer
        # of the privacy notice (the full notice is at the counter) keep it about a third shorter.
        story += [Spacer(1, st.size * 0.4), _complaints_paragraph(data, st), _signatures(data, st, width, layout),
                  *_privacy(data, st, short=True)]
        return story
    # Complaint channels beside the officer's signature: the sheet stays on one page.
    story += [Spacer(1, st.size * 0.6), _columns([complaint_flow, signature], [left_w, sign_w], gap)]
    story += _privacy(data, st)
    return story


# --- text of the sections (plain strings, so they can be checked without a PDF) -----------


def received_local_date(data: ReceiptData) -> date:
    return to_local(data.request.received_at, data.office.timezone).date()


def due_text(due: date) -> str:
    """"Rabu, 5 November 2025 (05-11-2025)": in words and in numbers, as people check both."""
    return f"{format_long_date(due)} ({format_numeric_date(due)})"


def standard_text(standard: StandardRecord, office: OfficeProfile) -> str:
    """"Standar Pelayanan versi 2, berlaku 29 Oktober 2025, SK 188.4/045/DKUKMTK/2025": the SK
    the printed standard cites (office_rules.standard_decree)."""
    parts = [f"Standar Pelayanan versi {standard.version_no}", f"berlaku {format_date(standard.effective_date)}"]
    number = standard_decree(standard, office).number
    if number:
        parts.append(f"SK {number}")
    return ", ".join(parts)


def file_state(data: ReceiptData) -> Completeness:
    return completeness(checklist_lines(data))


def promised_text(data: ReceiptData) -> str:
    """The due date in words and numbers, or why the office cannot promise one yet."""
    promised = promise(data.standard, data.request.due_date, file_state(data))
    return due_text(promised.due) if promised.due else promised.text


def service_rows(data: ReceiptData) -> list[tuple[str, str]]:
    r, s = data.request, data.standard
    return [
        ("Layanan", r.service_name),
        ("Bidang", r.unit_name),
        ("Dasar standar", standard_text(s, data.office)),
        ("Jangka waktu", format_duration(s.same_day, s.duration_days, s.duration_minutes)),
        ("Biaya", format_fee(s.fee)),
        ("Produk layanan", s.product),
        ("Perkiraan selesai", promised_text(data)),
    ]


def domicile_text(request: RequestRecord) -> str:
    """"Desa Mampari, Kecamatan Batumandi"; where a visitor from outside the regency lives."""
    desa = request.visitor_desa.strip()
    kecamatan = request.visitor_kecamatan.strip()
    if desa and not desa.lower().startswith(("desa ", "kelurahan ")):
        desa = f"{'Kelurahan' if request.visitor_desa_kind == 'kelurahan' else 'Desa'} {desa}"
    parts = [desa, f"Kecamatan {kecamatan}" if kecamatan else ""]
    if not desa and not kecamatan:
        parts = [request.visitor_region.strip()]
    return ", ".join(p for p in parts if p)


def visitor_rows(request: RequestRecord) -> list[tuple[str, str]]:
    """Who the receipt is for. NIK and phone are masked; the street address is left off
    (data minimisation: the receipt may be lost, and the visitor knows where they live)."""
    return [
        ("Nama", request.visitor_name),
        ("NIK", mask_nik(request.visitor_nik) if request.visitor_nik else ""),
        ("Nomor HP", mask_phone(request.visitor_phone) if request.visitor_phone else ""),
        ("Organisasi/usaha", request.organisation.strip()),
        ("Domisili", domicile_text(request)),
    ]


def checklist_lines(data: ReceiptData) -> list[tuple[str, bool]]:
    """(requirement, received) from the request's own checklist, which was copied from the
    standard version in force at intake; without one, the standard's requirements count as
    not yet received."""
    if data.request.checklist:
        return [(item.text, item.received) for item in data.request.checklist]
    return [(text, False) for text in data.standard.requirements]


def checklist_summary(lines: list[tuple[str, bool]]) -> str:
    """Optional items ("jika ada", desk.domain.completeness) do not count as missing."""
    if not lines:
        return "Layanan ini tidak mensyaratkan berkas."
    state = completeness(lines)
    kind = "persyaratan wajib" if state.mandatory < len(lines) else "persyaratan"
    if state.complete:
        return f"Berkas lengkap: {state.mandatory} dari {state.mandatory} {kind} diterima."
    return f"Berkas belum lengkap: {state.missing} dari {state.mandatory} {kind} belum ada."


def status_text(requirement: str, received: bool) -> str:
    if received:
        return RECEIVED
    return OPTIONAL if is_optional(requirement) else MISSING


def privacy_short_text(office: OfficeProfile) -> str:
    """The first layer of the notice, where a small paper has no room for the office's full text:
    who processes the data, for what, under which law, and where the full notice is."""
    who = office.short_name.strip() or office.office_name.strip()
    return (f"Data pribadi Saudara diproses {who} hanya untuk penyelenggaraan pelayanan publik dan dilindungi "
            "sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Pemberitahuan lengkap "
            "(tujuan, dasar, masa simpan dan hak Saudara) tersedia di loket pelayanan.")


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


def _title(data: ReceiptData, st: Styles, width: float, layout: Layout, copy_label: str,
           compact: bool = False) -> list[Flowable]:
    # One line where it fits (a little smaller on A5); else two, broken after the slash.
    largest = st.size * 1.1 if layout == "roll" else st.title.fontSize
    size = fit_size(TITLE, BOLD, width, largest, min(largest, st.size * 1.05))
    style = make_style("receipt_title", size, font=BOLD, align=1, leading=1.2)
    text = esc(TITLE)
    if stringWidth(TITLE, BOLD, size) > width:  # still too wide: two lines, broken after the slash
        text = text.replace(" / ", " /<br/>")
    if copy_label:  # a half: which copy it is, on the title's line
        label = Para(f"<i>{esc(copy_label)}</i>", make_style("copy_label", st.size, align=2))
        label_w = stringWidth(copy_label, REGULAR, st.size) + st.size
        title_w = width - 2 * label_w
        size = fit_size(TITLE, BOLD, title_w, largest, st.size)
        flow: list[Flowable] = [_columns([[Spacer(1, 1)], [Para(esc(TITLE), make_style(
            "half_title", size, font=BOLD, align=1, leading=1.2))], [label]], [label_w, title_w, label_w], 0)]
    else:
        flow = [Para(text, style)]
    mark = copy_mark(data.copy_no)
    if mark and layout == "roll":  # sheets and halves carry the mark beside the number instead
        flow += [Spacer(1, st.size * 0.5), boxed(mark, st, width)]
    flow.append(Spacer(1, st.size * (0.6 if layout == "roll" else 0.3 if compact or copy_label else 0.8)))
    return flow


def _number(ref: str, st: Styles, largest: float, align: str = "LEFT") -> OneLine:
    return OneLine(ref, BOLD, largest, align=align)


def _qr_caption(st: Styles) -> Para:
    return Para(esc(QR_CAPTION), make_style("qr_cap", st.size * 0.75, align=1, leading=1.15))


def _roll_number_block(data: ReceiptData, st: Styles, width: float) -> list[Flowable]:
    r = data.request
    code = qr_code(data.qr_payload, min(34 * MM, width * 0.8))
    code.hAlign = "CENTER"
    return [
        Para("Nomor Pendaftaran", st.center),
        _number(r.ref_number, st, st.size * 2.0, align="CENTER"),
        Para(f"Diterima: {esc(format_datetime(r.received_at, data.office.timezone))}",
             make_style("roll_received", st.size * 0.9, align=1)),
        Spacer(1, st.size * 0.4),
        code,
        _qr_caption(st),
    ]


def _sheet_top_block(data: ReceiptData, st: Styles, width: float, compact: bool = False) -> list[Flowable]:
    """Number, date, copy mark and visitor on the left; the QR code on the right. ``compact``:
    the visitor's rows run under both, across the page (a long name takes fewer lines)."""
    r = data.request
    qr = 15 * MM if compact else 27 * MM * st.size / 10
    gap = 5 * MM * st.size / 10
    left_w = width - qr - gap
    received = Para(f"Diterima: <b>{esc(format_datetime(r.received_at, data.office.timezone))}</b>", st.body)
    left: list[Flowable] = [Para("Nomor Pendaftaran", st.label), _number(r.ref_number, st, st.size * 2.2)]
    mark = copy_mark(data.copy_no)
    box_w = min(left_w, 62 * MM * st.size / 10)
    if mark and compact:  # the mark beside the date, not under it
        box = boxed(mark, st, box_w, size_factor=1.1)
        left.append(_columns([[received], [box]], [left_w - box_w - st.size, box_w], st.size))
    else:
        left.append(received)
    if mark and not compact:
        box = boxed(mark, st, box_w)
        box.hAlign = "LEFT"
        left += [Spacer(1, st.size * 0.5), box]
    # The same label column as the service rows below, so the values line up down the page.
    visitor = kv_table(visitor_rows(r), st, width if compact else left_w,
                       label_share=SHEET_LABEL_SHARE if compact else SHEET_LABEL_SHARE * width / left_w)
    if not compact:
        left += [Spacer(1, st.size * 0.7), *visitor]
    right: list[Flowable] = [qr_code(data.qr_payload, qr)]
    if compact:  # a caption under a small code would take four lines: beside it, it takes one
        left.append(Para(f"Kode QR di samping: {esc(QR_CAPTION[:1].lower() + QR_CAPTION[1:])}.", st.label))
    else:
        right.append(_qr_caption(st))
    return [_columns([left, right], [left_w, qr], gap), *(visitor if compact else []),
            HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=st.size * (0.3 if compact else 0.5),
                       spaceAfter=st.size * 0.1)]


def _checklist(data: ReceiptData, st: Styles, width: float, layout: Layout) -> list[Flowable]:
    lines = checklist_lines(data)
    text = esc(checklist_summary(lines))
    if not completeness(lines).complete:
        text = f"<b>{text}</b> {esc(COMPLETE_HINT)}"
    summary = Para(text, st.cell)
    if not lines:
        return [summary]
    if layout == "roll":
        # One line a document where it fits, its mark in front (the legend is in the summary): a
        # roll lists the file in half the paper the "requirement / status" pairs took.
        return _mark_list(data, st, width, columns=1)
    no_w = st.size * 2.6
    status_w = st.size * 8.4
    rows: list[list[Flowable]] = [[Para("No", st.cell_bold), Para("Persyaratan", st.cell_bold),
                                   Para("Status", st.cell_bold)]]
    for i, (requirement, ok) in enumerate(lines, 1):
        status = status_text(requirement, ok)
        rows.append([Para(str(i), st.cell), Para(esc(requirement), st.cell),
                     Para(status, st.cell_bold if status == MISSING else st.cell)])
    table = Table(rows, colWidths=[no_w, width - no_w - status_w, status_w], repeatRows=1, hAlign="LEFT")
    commands = grid_style(st)
    commands += [("TOPPADDING", (0, 0), (-1, -1), st.size * 0.12), ("BOTTOMPADDING", (0, 0), (-1, -1), st.size * 0.22)]
    table.setStyle(TableStyle(commands))
    return [table, Spacer(1, st.size * 0.4), summary]


def _signatures(data: ReceiptData, st: Styles, width: float, layout: Layout) -> Flowable:
    """The officer signs every receipt, with their NIP; on a two-up sheet the visitor signs too
    (the archive half is the office's proof of what was handed in)."""
    place = data.office.place_name.strip() or data.office.district.strip() or data.office.regency.strip()
    received = received_local_date(data)
    place_date = place_date_line(place, received) if place else format_date(received)
    officer = Signer("Petugas Penerima,", data.officer_name.strip(), nip_line(data.officer_nip))
    if layout != "half":
        return signature_block([officer], st, width, place_date=place_date)
    signers = [Signer("Pemohon,", data.request.visitor_name.strip()), officer]
    return signature_block(signers, st, width, place_date=place_date, shares=(0.42, 0.58))


def _privacy(data: ReceiptData, st: Styles, short: bool = False, rule: bool = True) -> list[Flowable]:
    notice = privacy_short_text(data.office) if short else privacy_text(data.office)
    contact = data.office.dpo_contact.strip()
    if short and contact:
        notice = f"{notice} Kontak: {contact}"
    flow: list[Flowable] = []
    if rule:
        flow.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=st.size * 0.8,
                               spaceAfter=st.size * 0.4))
        flow[0].keepWithNext = 1  # the rule never stays behind at the foot of a page
    flow.append(Para(f"<b>Pelindungan data pribadi.</b> {esc(notice)}", st.note))
    if contact and not short:
        flow.append(Para(f"Kontak pelindungan data: {esc(contact)}", st.note))
    if rule:
        flow.append(_keep_note(st))
    return flow


def _keep_note(st: Styles, text: str = KEEP_NOTE, before: float = 0.4) -> Para:
    return Para(f"<b>{esc(text)}</b>", make_style("keep", st.size * 0.85, leading=1.2, before=st.size * before))


def _complaints_paragraph(data: ReceiptData, st: Styles) -> Para:
    channels = "; ".join(c.strip().rstrip(".;") for c in data.standard.complaints if c.strip())
    return Para(f"<b>Pengaduan, saran, dan masukan:</b> {esc(channels or DEFAULT_COMPLAINTS[0])}.",
                make_style("complaints_inline", st.size * 0.9, leading=1.2, after=st.size * 0.4))


def _mark_list(data: ReceiptData, st: Styles, width: float, columns: int = 2) -> list[Flowable]:
    """The requirements as ``columns`` columns of "✓ …" / "✗ …" items, and the summary with a legend."""
    lines = checklist_lines(data)
    # The marks explained in the summary's own sentence: "… belum ada (✓ diterima, ✗ belum ada, …)."
    summary_text = checklist_summary(lines).rstrip(".")
    legend = "✓ diterima, ✗ belum ada, – tidak wajib"
    if completeness(lines).complete:
        summary = Para(f"{esc(summary_text)} ({legend}).", st.cell)
    else:
        summary = Para(f"<b>{esc(summary_text)}</b> ({legend}).", st.cell)
    if not lines:
        return [Para(esc(checklist_summary(lines)), st.cell)]
    item = make_style("mark_item", st.cell.fontSize, leading=1.15, leftIndent=st.size * 1.6, bulletIndent=0,
                      after=st.size * 0.08)
    marks = {RECEIVED: "✓", MISSING: "✗", OPTIONAL: "–"}
    # One column has the width to set what is still missing in bold, as the sheet's table does.
    bold = {MISSING} if columns == 1 else set()
    flows = [Para(f"<b>{esc(requirement)}</b>" if status in bold else esc(requirement), item, bulletText=marks[status])
             for requirement, status in ((r, status_text(r, ok)) for r, ok in lines)]
    if columns == 1:
        return [*flows, Spacer(1, st.size * 0.3), summary]
    half = (len(flows) + 1) // 2
    gap = st.size
    col = (width - gap) / 2
    return [_columns([flows[:half], flows[half:]], [col, col], gap), Spacer(1, st.size * 0.3), summary]


def _half_body(data: ReceiptData, st: Styles, width: float, code: QrFlowable) -> list[Flowable]:
    """Half a sheet: number and visitor, service, and QR side by side; the requirements as two
    columns of marks; the complaint channels and the short privacy notice beside both signatures."""
    r = data.request
    qr = code.size + 6 * MM  # the code, centred, with room for the copy mark under it
    gap = 3.5 * MM
    left_w = (width - qr - 2 * gap) * 0.38
    mid_w = width - qr - 2 * gap - left_w
    first: list[Flowable] = [
        Para("Nomor Pendaftaran", st.label),
        _number(r.ref_number, st, st.size * 2.2),
        Para(f"Diterima: <b>{esc(format_datetime(r.received_at, data.office.timezone))}</b>", st.cell),
        Spacer(1, st.size * 0.4), *kv_table(visitor_rows(r), st, left_w, label_share=0.34),
    ]
    service = kv_table(service_rows(data), st, mid_w, label_share=0.28, bold_labels={"Perkiraan selesai"})
    code.hAlign = "CENTER"
    qr_cell: list[Flowable] = [code, _qr_caption(st)]
    mark = copy_mark(data.copy_no)
    if mark:  # under the code, where the service rows beside it leave room anyway
        qr_cell += [Spacer(1, st.size * 0.4), boxed(mark, st, qr, size_factor=0.95)]
    side_gap = st.size
    sign_w = width * 0.42
    notes = [_complaints_paragraph(data, st), *_privacy(data, st, short=True, rule=False)]
    return [
        _columns([first, service, qr_cell], [left_w, mid_w, qr], gap),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=st.size * 0.4, spaceAfter=st.size * 0.4),
        *_mark_list(data, st, width),
        Spacer(1, st.size * 0.4),
        _columns([notes, [_signatures(data, st, sign_w, "half")]], [width - sign_w - side_gap, sign_w], side_gap),
        _keep_note(st, KEEP_NOTE_SHORT, before=0.1),
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
