"""The printed buku register pelayanan for a period: F4 landscape, every request in the order received.

Each page repeats the heading row and says "Halaman x dari y"; the book closes with a line saying
how many requests it holds and the signature of the officer in charge of the service (penanggung
jawab pelayanan, from the office profile), which never stands alone on a page: the book's last rows
go over with it. NIK and phone numbers are never printed. While the
period is running, or the office profile has gaps, every page is marked KONSEP.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn

from desk.documents.base import build_pdf, copy_mark
from desk.documents.blocks import Signer, grid_style, signature_block
from desk.documents.fonts import BOLD
from desk.documents.pages import get_paper
from desk.documents.styles import esc, make_style, styles_for
from desk.domain.nip import nip_line
from desk.domain.office_time import to_local
from desk.domain.recap_records import RegisterBook
from desk.domain.records import OfficeProfile
from desk.domain.text_id import (
    format_date,
    format_datetime,
    format_number,
    format_numeric_date,
    place_date_line,
)

HEADINGS = ("No", "Nomor permohonan", "Diterima", "Nama pemohon", "L/P", "Desa / kecamatan", "Layanan", "Status",
            "Ditutup", "Petugas")
SHARES = (0.04, 0.15, 0.08, 0.14, 0.03, 0.13, 0.19, 0.07, 0.07, 0.10)


KEPT_ROWS = 3  # the book's last rows that stay on the page of its closing line


class TableThenClosing(Flowable):
    """A table (heading row repeated) and the closing block after it, which never starts a page alone.

    Like ReportLab's KeepTogether it always asks to be split, and splits into plain flowables: the whole
    table and the closing where both fit; else the part of the table that fits here and, for the next
    page, the rest with the closing. When the table ends on this page but the closing does not fit
    under it, the table's last `kept` rows go over with the closing.
    """

    def __init__(self, table: Table, closing: list[Flowable], kept: int = KEPT_ROWS) -> None:
        super().__init__()
        self.table, self.closing, self.kept = table, closing, kept

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0xFFFFFF  # force a split, as KeepTogether does

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table_height = self.table.wrap(availWidth, availHeight)[1]
        closing_height = _listWrapOn(self.closing, availWidth, self.canv)[1]
        if table_height + closing_height <= availHeight:
            return [self.table, KeepTogether(self.closing)]
        limit = availHeight
        if table_height <= availHeight:  # the table ends here but its closing would start the next page
            heights: Any = self.table._rowHeights  # after wrap: the heading row, then the book's rows
            if len(heights) - 1 <= self.kept:
                return []  # too few rows to leave any behind: all of it goes to the next page
            limit = sum(heights[:-self.kept]) + 0.01
        parts = self.table.split(availWidth, limit)
        if len(parts) < 2:
            return []
        return [parts[0], TableThenClosing(parts[1], self.closing, self.kept)]


def closing_sentence(book: RegisterBook) -> str:
    return (f"Buku register periode {book.period.label} ditutup dengan jumlah "
            f"{format_number(len(book.lines))} permohonan.")


def render_register_book(office: OfficeProfile, book: RegisterBook, *, paper: str = "F4", copy_no: int = 1,
                         deterministic: bool = False) -> bytes:
    sheet = get_paper(paper, landscape=True)
    styles = styles_for(sheet)
    width = sheet.content_width
    size = styles.size * 0.85
    head = make_style("rb_head", size, font=BOLD, align=1, leading=1.15)
    cell = make_style("rb_cell", size, leading=1.2)
    num = make_style("rb_num", size, align=2, leading=1.2)
    title = make_style("rb_title", styles.size * 1.3, font=BOLD, align=1, leading=1.2)
    sub = make_style("rb_sub", styles.size, font=BOLD, align=1, leading=1.25)
    story: list[Flowable] = [
        Paragraph("BUKU REGISTER PELAYANAN", title),
        Paragraph(esc(f"{book.scope.label.upper()} · PERIODE {book.period.label.upper()}"), sub),
        Paragraph(esc(f"Dicetak oleh {book.made_by or '–'}, {format_datetime(book.made_at, book.office_tz)}"),
                  make_style("rb_by", styles.size * 0.85, align=1, after=styles.size * 0.6)),
    ]
    data: list[list[Flowable]] = [[Paragraph(h, head) for h in HEADINGS]]
    for line in book.lines:
        local = to_local(line.received_at, book.office_tz)
        data.append([
            Paragraph(format_number(line.number), num), Paragraph(esc(line.ref_number), cell),
            Paragraph(f"{format_numeric_date(local.date())}<br/>{local:%H.%M}", cell), Paragraph(esc(line.visitor), cell),
            Paragraph(esc(line.sex), cell), Paragraph(esc(line.address), cell), Paragraph(esc(line.service), cell),
            Paragraph(esc(line.status), cell),
            Paragraph(format_numeric_date(line.closed_on) if line.closed_on else "", cell),
            Paragraph(esc(line.officer), cell),
        ])
    if not book.lines:
        data.append([Paragraph("Tidak ada permohonan pada periode ini.", cell), *[""] * (len(HEADINGS) - 1)])
    table = Table(data, colWidths=[width * s for s in SHARES], repeatRows=1, hAlign="LEFT")
    commands = grid_style(styles)
    if not book.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    role = (office.service_pic_title or "Penanggung Jawab Pelayanan").strip()
    signer = Signer(f"{role},", office.service_pic_name.strip(), nip_line(office.service_pic_nip))
    place = office.place_name or office.district
    block = signature_block([signer], styles, width * 0.35,
                            place_date=place_date_line(place, book.today) if place else format_date(book.today))
    block.hAlign = "RIGHT"
    story.append(TableThenClosing(table, [Spacer(1, styles.size), Paragraph(esc(closing_sentence(book)), styles.bold),
                                          Spacer(1, styles.size * 0.8), block]))
    return build_pdf(story, paper=sheet, office=office, title=f"Buku Register Pelayanan — {book.period.label}",
                     subject=f"Buku register {book.period.code}", running_title=f"Buku register {book.period.label}",
                     mark=copy_mark(copy_no), draft=book.draft, deterministic=deterministic)
