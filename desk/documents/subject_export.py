"""Salinan data pribadi: everything Desk holds about one person, for their right of access (UU 27/2022).

Input is the very export that goes into the JSON file (desk.store.privacy.SubjectExport.as_dict):
one payload, two renderings, so the PDF cannot leave out what the JSON holds, or the other way
round. The PDF prints identifiers exactly as given; the screen passes the masked form
(`as_dict(masked=True)`), since NIK and phone are masked on every printout. A payload that is
not masked says so on the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk.documents.base import build_pdf
from desk.documents.blocks import bullets, grid_style, kv_table
from desk.documents.fonts import BOLD
from desk.documents.pages import get_paper
from desk.documents.styles import Styles, esc, make_style, styles_for
from desk.domain.office_time import to_local
from desk.domain.records import OfficeProfile
from desk.domain.status import status_label
from desk.domain.text_id import format_date, format_datetime, format_numeric_date

TITLE = "SALINAN DATA PRIBADI"
SEX = {"L": "Laki-laki", "P": "Perempuan"}
CONSENT_DECISION = {True: "Setuju", False: "Tidak setuju / ditarik"}


def _when(value: object, tz: str) -> str:
    """An ISO moment (UTC) as "Rabu, 29 Oktober 2025 pukul 09.00 WITA"; "" when absent."""
    if not value:
        return ""
    return format_datetime(datetime.fromisoformat(str(value)), tz)


def _short(value: object, tz: str) -> str:
    if not value:
        return ""
    local = to_local(datetime.fromisoformat(str(value)), tz)
    return f"{format_numeric_date(local.date())} {local:%H.%M}"


def _day(value: object) -> str:
    return format_date(date.fromisoformat(str(value))) if value else ""


def _move(source: object, target: object) -> str:
    return f"{status_label(str(source)) if source else 'Baru'} → {status_label(str(target))}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float], styles: Styles,
           width: float) -> Table:
    head = make_style("subject_head", styles.cell.fontSize, font=BOLD, leading=1.2)
    data = [[Paragraph(esc(h), head) for h in header]]
    data += [[Paragraph(esc(cell), styles.cell) for cell in row] for row in rows]
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style(styles)))
    return table


def _visitor(v: Mapping[str, Any], tz: str) -> list[tuple[str, str]]:
    region = ", ".join(p for p in (v.get("desa", ""), f"Kecamatan {v['kecamatan']}" if v.get("kecamatan") else "",
                                   v.get("region_text", "")) if p)
    return [
        ("Nama", v.get("name", "")),
        ("NIK", v.get("nik", "")),
        ("Jenis kelamin", SEX.get(v.get("sex", ""), "")),
        ("Tanggal lahir", _day(v.get("birth_date"))),
        ("Nomor HP", v.get("phone", "")),
        ("Alamat", "\n".join(line for line in str(v.get("address", "")).splitlines() if line.strip())),
        ("Wilayah", region),
        ("Organisasi/usaha", v.get("organisation", "")),
        ("Tercatat sejak", _when(v.get("created_at"), tz)),
        ("Dianonimkan", _when(v.get("anonymised_at"), tz)),
    ]


def _request(r: Mapping[str, Any], number: int, styles: Styles, width: float, tz: str) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(f"{number}. {esc(r['ref_number'])}", styles.bold)]
    story += kv_table([
        ("Layanan", f"{r['service_name']} ({r['unit_name']})"),
        ("Diterima", _when(r["received_at"], tz) + (f", oleh {r['received_by']}" if r.get("received_by") else "")),
        ("Perkiraan selesai", _day(r.get("due_date"))),
        ("Status", r.get("status_label", r.get("status", ""))),
        ("Ditutup", _when(r.get("closed_at"), tz)),
        ("Catatan", r.get("notes", "")),
    ], styles, width, label_share=0.25)
    documents = r.get("documents") or []
    if documents:
        story.append(Paragraph("Berkas persyaratan:", styles.label))
        story += bullets([f"{text} — {'diterima' if received else 'belum ada'}" for text, received in documents],
                         styles)
    events = r.get("events") or []
    if events:
        story.append(Paragraph("Riwayat:", styles.label))
        story += bullets([
            " ".join(p for p in (_short(e.get("at"), tz), e.get("by", ""),
                                 _move(e.get("from"), e.get("to")) if e.get("to") else e.get("kind", ""),
                                 f"({e['reason']})" if e.get("reason") else "") if p)
            for e in events
        ], styles)
    story.append(Spacer(1, styles.size * 0.6))
    return story


def render_subject_export(data: Mapping[str, Any], office: OfficeProfile, *, paper: str = "A4",
                          deterministic: bool = False) -> bytes:
    """The person's copy of their data as PDF bytes."""
    sheet = get_paper(paper)
    st = styles_for(sheet)
    width = sheet.content_width
    tz = office.timezone
    controller = data.get("controller", {})
    visitor = data.get("visitor", {})
    story: list[Flowable] = [
        Paragraph(TITLE, st.title),
        Paragraph("atas permintaan subjek data, berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang "
                  "Pelindungan Data Pribadi", st.subtitle),
        Spacer(1, st.size),
    ]
    story += kv_table([
        ("Pengendali data", controller.get("office", office.office_name)),
        ("Kontak pelindungan data", controller.get("dpo_contact", "") or office.dpo_contact),
        ("Dibuat", _when(data.get("generated_at"), tz)),
        ("Oleh", data.get("generated_by", "")),
    ], st, width)
    story.append(Paragraph(
        "NIK dan nomor HP ditampilkan tersamar pada cetakan ini. Salinan elektronik (berkas JSON) memuat nilai "
        "lengkapnya." if data.get("masked") else
        "Cetakan ini memuat NIK dan nomor HP lengkap atas permintaan subjek data; simpan dengan aman.", st.note))

    story.append(Paragraph("A. Data diri", st.heading))
    story += kv_table(_visitor(visitor, tz), st, width)

    requests = data.get("requests") or []
    story.append(Paragraph(f"B. Permohonan layanan ({len(requests)})", st.heading))
    if not requests:
        story.append(Paragraph("Tidak ada permohonan yang tercatat.", st.body))
    for i, r in enumerate(requests, 1):
        story.append(KeepTogether(_request(r, i, st, width, tz)))

    consents = data.get("consents") or []
    story.append(Paragraph("C. Persetujuan", st.heading))
    if consents:
        story.append(_table(["Tujuan", "Keputusan", "Waktu", "Dicatat oleh"], [
            [c.get("purpose_label", c.get("purpose", "")), CONSENT_DECISION[bool(c.get("granted"))],
             _short(c.get("recorded_at"), tz), c.get("recorded_by", "")] for c in consents
        ], [0.46, 0.18, 0.16, 0.20], st, width))
    else:
        story.append(Paragraph("Belum pernah ditanyakan; tanpa persetujuan, data tidak dipakai untuk tujuan "
                               "tambahan (WhatsApp, foto forum, publikasi daftar hadir).", st.body))

    subject_requests = data.get("subject_requests") or []
    story.append(Paragraph("D. Permintaan subjek data", st.heading))
    if subject_requests:
        story.append(_table(["Jenis", "Diterima", "Batas 3 × 24 jam", "Selesai", "Tindakan"], [
            [r.get("kind_label", r.get("kind", "")), _short(r.get("received_at"), tz), _short(r.get("due_at"), tz),
             _short(r.get("completed_at"), tz) or "belum", r.get("outcome", "")] for r in subject_requests
        ], [0.2, 0.15, 0.15, 0.15, 0.35], st, width))
    else:
        story.append(Paragraph("Tidak ada.", st.body))

    log = data.get("access_log") or []
    story.append(Paragraph("E. Catatan pemrosesan (jejak audit)", st.heading))
    if log:
        story.append(_table(["Waktu", "Petugas", "Tindakan", "Data"], [
            [_short(e.get("at"), tz), e.get("by", ""), e.get("action_label") or e.get("action", ""),
             e.get("record", "")] for e in log
        ], [0.18, 0.22, 0.3, 0.3], st, width))
    else:
        story.append(Paragraph("Tidak ada.", st.body))
    return build_pdf(story, paper=sheet, office=office, title=f"Salinan Data Pribadi — {visitor.get('name', '')}",
                     subject="Salinan data pribadi (UU 27/2022)", running_title="Salinan Data Pribadi",
                     deterministic=deterministic)
