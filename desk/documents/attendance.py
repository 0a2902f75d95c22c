"""The attendance sheet (daftar hadir) of a forum (DOMAIN.md §2.5).

Kop on the first page; "DAFTAR HADIR" with the forum's name; hari/tanggal, pukul, tempat,
acara; then one table: No | Nama | (L/P) | Instansi / Unsur | Jabatan | (No. HP) | Tanda Tangan.
The L/P column lets walk-ins who write on the blank rows give their sex, which the recap
counts. The
signature column zig-zags as on Indonesian paper forms: it is two half-columns without a line
between them, odd numbers sign in the left half and even numbers in the right half, so each
signature has room and nobody signs in the wrong row. Invitees come first (by unsur then name,
or by name, titles and degrees aside), then numbered blank rows for walk-ins; a blank sheet has
a row for every invitee (and at least the usual number). The header row repeats on every page, and
the penanggung jawab's signature block is the table's last row, bound to the row above it
(NOSPLIT), so it never stands alone on a page.

Speed: a thousand participants must take about 1.5× a bare ReportLab table of the same rows.
Paragraph cells would cost several times that, so cells are plain strings that this module
wraps itself (width-measured, long words broken) in the embedded font; row heights are
computed here from the line counts, which also spares ReportLab measuring every cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from desk.documents.base import build_pdf, copy_mark, header_flowables, measure
from desk.documents.blocks import Signer, signature_block
from desk.documents.fonts import BOLD, REGULAR
from desk.documents.pages import MM, Paper, get_paper
from desk.documents.styles import INK, RULE, Styles, esc, make_style, styles_for
from desk.domain.forum_rules import (
    SORT_BY_NAME,
    SORT_BY_UNSUR,
    ForumInfo,
    ParticipantRecord,
    sheet_phone,
    sort_participants,
    unsur_short,
)
from desk.domain.nip import nip_line
from desk.domain.office_time import to_local
from desk.domain.records import OfficeProfile
from desk.domain.text_id import format_clock, format_date, format_long_date, tz_label

MAX_BLANK_ROWS = 500
HEADERS = ("No", "Nama", "L/P", "Instansi / Unsur", "Jabatan", "No. HP", "Tanda Tangan")


@dataclass(frozen=True, slots=True)
class AttendanceOptions:
    paper: str = "F4"  # the office default for attendance sheets (DOMAIN §2.6)
    landscape: bool = False
    blank_rows: int = 10  # numbered empty rows for walk-ins after the invitees
    blank: bool = False  # a fully blank sheet: no names at all, only `blank_rows` rows
    show_phone: bool = False  # the No. HP column; a number is printed only with the person's consent
    sort: str = SORT_BY_UNSUR  # or SORT_BY_NAME
    deterministic: bool = False
    show_sex: bool = True  # the L/P column (the recap counts by sex)
    copy_no: int = 1


@dataclass(frozen=True, slots=True)
class _Layout:
    paper: Paper
    size: float  # table font size
    leading: float
    pad: float
    min_row: float  # room to sign
    widths: tuple[float, ...]  # No, Nama, [L/P], Instansi, Jabatan, [HP], ttd left, ttd right
    phone: bool
    sex: bool

    @property
    def sign_left(self) -> int:
        return len(self.widths) - 2


def _layout(paper: Paper, show_phone: bool, show_sex: bool, rows: int) -> _Layout:
    size = paper.body_size * 0.9
    pad = size * 0.4
    width = paper.content_width
    # As wide as the largest row number ("1000."), and never narrower than 10 mm.
    number = max(10 * MM, stringWidth(f"{max(rows, 1)}.", REGULAR, size) + 2 * pad + 2)
    sex = stringWidth("L/P", BOLD, size) + 2 * pad + 2 if show_sex else 0.0
    # A phone number must stay on one line: its column is as wide as the longest number.
    phone = stringWidth("0000-0000-00000", REGULAR, size) + 2 * pad + 1 if show_phone else 0.0
    # Shares of what is left; landscape gives the text columns more room.
    shares = (0.28, 0.28, 0.17) if not paper.is_landscape else (0.28, 0.29, 0.18)
    if show_sex:  # the L/P column takes its room from the text columns, not from the signatures
        shares = tuple(x * 0.94 for x in shares)
    rest = width - number - phone - sex
    name_w, institution_w, position_w = (rest * s for s in shares)
    sign = rest - name_w - institution_w - position_w
    widths = (number, name_w, *((sex,) if show_sex else ()), institution_w, position_w,
              *((phone,) if show_phone else ()), sign / 2, sign / 2)
    min_row = (9.5 if paper.is_landscape else 11.0) * MM
    return _Layout(paper, size, round(size * 1.2, 2), pad, min_row, widths, show_phone, show_sex)


def _wrap(text: str, width: float, size: float, font: str = REGULAR) -> list[str]:
    """Lines of `text` no wider than `width`; a word wider than the column is broken by letters."""
    if not text:
        return []
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]  # the usual case: one measurement instead of one per word
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        if stringWidth(line, font, size) <= width:
            lines.append(line)
            continue
        current = ""
        for ch in line:
            if current and stringWidth(current + ch, font, size) > width:
                lines.append(current)
                current = ch
            else:
                current += ch
        if current:
            lines.append(current)
    return lines


def forum_when(forum: ForumInfo, tz: str) -> tuple[str, str]:
    """("Rabu, 29 Oktober 2025", "09.00 – 12.00 WITA") in office time; "… WITA – selesai" without an end."""
    start = to_local(forum.starts_at, tz)
    if forum.ends_at is not None:
        end = to_local(forum.ends_at, tz)
        hours = f"{format_clock(start)} – {format_clock(end)} {tz_label(tz)}"
    else:
        hours = f"{format_clock(start)} {tz_label(tz)} – selesai"
    return format_long_date(start.date()), hours


def forum_facts(forum: ForumInfo, office: OfficeProfile, styles: Styles, width: float,
                extra: Sequence[tuple[str, str]] = ()) -> Table:
    """The "Hari/Tanggal : …" lines under a forum document's title."""
    day, hours = forum_when(forum, office.timezone)
    rows = [("Hari/Tanggal", day), ("Pukul", hours), ("Tempat", forum.venue), ("Acara", forum.topic or forum.title),
            *extra]
    label_w = max(28 * MM, max(stringWidth(k, REGULAR, styles.body.fontSize) for k, _ in rows) + 2 * MM)
    data = [[Paragraph(esc(k), styles.body), Paragraph(":", styles.body), Paragraph(esc(v), styles.body)]
            for k, v in rows if v]
    table = Table(data, colWidths=[label_w, 4 * MM, width - label_w - 4 * MM], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, styles.size),  # a table without it names Helvetica (not embedded)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return table


def _participant_cells(p: ParticipantRecord, lay: _Layout) -> list[list[str]]:
    inner = [x - 2 * lay.pad for x in lay.widths]
    if lay.sex:
        inner.pop(2)
    institution = _wrap(p.institution, inner[2], lay.size)
    cells = [
        _wrap(p.name, inner[1], lay.size),
        [*institution, *_wrap(f"({unsur_short(p.unsur)})" if institution else unsur_short(p.unsur), inner[2],
                              lay.size)],
        _wrap(p.position, inner[3], lay.size),
    ]
    if lay.phone:
        cells.append(_wrap(sheet_phone(p), inner[4], lay.size))
    if lay.sex:
        cells.insert(1, [p.sex] if p.sex in ("L", "P") else [])
    return cells


def _sign_cells(number: int) -> list[str]:
    # Odd numbers sign in the left half, even numbers in the right half (zig-zag).
    mark = f"{number}."
    return [mark, ""] if number % 2 else ["", mark]


def _rows(people: Sequence[ParticipantRecord], blank_rows: int, lay: _Layout) -> tuple[list[list[str]], list[float]]:
    """Every numbered row (invitees, then blank ones) with its height."""
    blank_cells = [""] * (3 + int(lay.phone) + int(lay.sex))
    rows: list[list[str]] = []
    heights: list[float] = []
    for number in range(1, len(people) + blank_rows + 1):
        if number <= len(people):
            cells = _participant_cells(people[number - 1], lay)
            lines = max(1, *(len(c) for c in cells))
            rows.append([f"{number}.", *("\n".join(c) for c in cells), *_sign_cells(number)])
        else:
            lines = 1
            rows.append([f"{number}.", *blank_cells, *_sign_cells(number)])
        heights.append(max(lay.min_row, lines * lay.leading + 2 * lay.pad))
    return rows, heights


def _pages(heights: Sequence[float], header_h: float, first: float, later: float, tail: float) -> list[range]:
    """Rows per page: as many as fit under the header row; the last page also holds `tail` (the signature).

    The signature block must follow at least one row, so when it does not fit under the last
    row, that row moves to a new page with it.
    """
    pages: list[range] = []
    start, used, room = 0, header_h, first
    for i, h in enumerate(heights):
        if used + h > room and i > start:
            pages.append(range(start, i))
            start, used, room = i, header_h, later
        used += h
    if used + tail > room and len(heights) - start > 1:
        pages.append(range(start, len(heights) - 1))
        start = len(heights) - 1
    pages.append(range(start, len(heights)))
    return pages


def _cell_styles(lay: _Layout) -> tuple[list[CellStyle], list[CellStyle]]:
    """The cell styles of the header row and of every numbered row, one object per kind of cell.

    Given as style commands, ReportLab makes a style for every cell of every page table and applies
    each command to it cell by cell: 15 ms of a 1,000-participant sheet's 165. The lines, the
    header's shading and the span stay commands (they are drawn per table, not per cell).
    """
    body = CellStyle("attendance_cell")
    body.fontname, body.fontsize, body.leading = REGULAR, lay.size, lay.leading
    body.leftPadding = body.rightPadding = body.topPadding = body.bottomPadding = lay.pad
    body.valign = "TOP"
    header = CellStyle("attendance_header", body)
    header.fontname, header.alignment, header.valign = BOLD, "CENTER", "MIDDLE"
    number = CellStyle("attendance_number", body)
    number.alignment = "RIGHT"
    row = [number, *[body] * (len(lay.widths) - 1)]
    if lay.sex:
        sex = CellStyle("attendance_sex", body)
        sex.alignment = "CENTER"
        row[2] = sex
    return [header] * len(lay.widths), row


def _page_table(header: list[str], rows: list[list[str]], heights: list[float], lay: _Layout,
                styles: tuple[list[CellStyle], list[CellStyle]]) -> Table:
    data = [header, *rows]
    left = lay.sign_left
    end = len(data) - 1
    header_style, row_style = styles
    # Every row shares its kind's styles: nothing below sets a style per cell (see _cell_styles).
    table = Table(data, colWidths=list(lay.widths), rowHeights=[lay.leading + 2 * lay.pad + 2, *heights],
                  repeatRows=1, hAlign="LEFT", normalizedData=1,
                  cellStyles=[header_style, *([row_style] * len(rows))])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), "#EDEDED"),
        ("SPAN", (left, 0), (left + 1, 0)),
        # Lines drawn one by one: none between the two halves of the signature column.
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("LINEBELOW", (0, 0), (-1, end - 1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (left - 1, -1), 0.5, RULE),
    ]))
    return table


def _table_story(people: Sequence[ParticipantRecord], blank_rows: int, lay: _Layout, signature: Flowable,
                 first_room: float) -> list[Flowable]:
    """One table per page, each with its header row, the signature block after the last row.

    The sheet paginates itself: row heights are known, so splitting a thousand-row table
    page by page inside ReportLab (which re-measures the rest at every page) is avoided.
    """
    header = [h for h in HEADERS if (h != "No. HP" or lay.phone) and (h != "L/P" or lay.sex)]
    header.append("")  # the right half of "Tanda Tangan"
    rows, heights = _rows(people, blank_rows, lay)
    header_h = lay.leading + 2 * lay.pad + 2
    room = lay.paper.content_height or 0.0
    _, tail = signature.wrap(lay.paper.content_width, room)
    tail += signature.getSpaceBefore()
    story: list[Flowable] = []
    pages = _pages(heights, header_h, first_room - 1, room - 1, tail)
    styles = _cell_styles(lay)
    for n, page in enumerate(pages):
        table = _page_table(header, rows[page.start:page.stop], heights[page.start:page.stop], lay, styles)
        if n == len(pages) - 1:
            story.append(KeepTogether([table, signature]))
        else:
            story += [table, PageBreak()]
    return story


def place_date(office: OfficeProfile, forum: ForumInfo) -> str:
    """"Batumandi, 29 Oktober 2025": the office's place and the forum's (local) date."""
    day = to_local(forum.starts_at, office.timezone).date()
    place = (office.place_name or office.district or office.regency).strip()
    return f"{place}, {format_date(day)}" if place else format_date(day)


def signature_right(signer: Signer, line: str, styles: Styles, width: float) -> Table:
    """One signature block in the right part of the page, as under Indonesian letters."""
    block = signature_block([signer], styles, width * 0.45, place_date=line, max_width=width)
    right = max(width * 0.45, block._colWidths[0])
    holder = Table([["", block]], colWidths=[width - right, right], hAlign="LEFT")
    holder.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, styles.size),  # never Helvetica, not embedded
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    holder.spaceBefore = 5 * MM
    return holder


def person_in_charge_signature(office: OfficeProfile, forum: ForumInfo, styles: Styles, width: float) -> Table:
    """The penanggung jawab pelayanan's block (office profile), dated on the forum's day, with NIP."""
    role = (office.service_pic_title or "Penanggung Jawab Pelayanan").strip()
    signer = Signer(f"{role},", office.service_pic_name.strip(), nip_line(office.service_pic_nip))
    return signature_right(signer, place_date(office, forum), styles, width)


def render_attendance(
    office: OfficeProfile,
    forum: ForumInfo,
    participants: Sequence[ParticipantRecord],
    options: AttendanceOptions | None = None,
) -> bytes:
    """The daftar hadir as PDF bytes."""
    options = options or AttendanceOptions()
    if not 0 <= options.blank_rows <= MAX_BLANK_ROWS:
        raise ValueError(f"Baris kosong harus antara 0 dan {MAX_BLANK_ROWS}.")
    if options.sort not in (SORT_BY_UNSUR, SORT_BY_NAME):
        raise ValueError(f"Urutan {options.sort!r} tidak dikenal.")
    paper = get_paper(options.paper, landscape=options.landscape)
    if paper.is_roll or paper.name == "A5":
        raise ValueError("Daftar hadir dicetak pada kertas A4 atau F4.")
    styles = styles_for(paper)
    width = paper.content_width
    people = [] if options.blank else sort_participants(participants, options.sort)
    rows = options.blank_rows if people or options.blank_rows else 1  # never a sheet without a single row
    if options.blank:  # a row for everyone invited, and at least the rows asked for
        rows = max(rows, len(participants))
    lay = _layout(paper, options.show_phone, options.show_sex, len(people) + rows)
    title = make_style("att_title", styles.size * 1.45, font=BOLD, align=1, leading=1.2)
    subtitle = make_style("att_subtitle", styles.size * 1.1, font=BOLD, align=1, leading=1.25)
    intro: list[Flowable] = [
        Paragraph("DAFTAR HADIR", title),
        Paragraph(esc(forum.title.upper()), subtitle),
        Spacer(1, styles.size * 0.8),
        forum_facts(forum, office, styles, width),
        Spacer(1, styles.size * 0.8),
    ]
    first_room = (paper.content_height or 0.0) - measure([*header_flowables(office, paper), *intro], width)
    signature = person_in_charge_signature(office, forum, styles, width)
    story = [*intro, *_table_story(people, rows, lay, signature, first_room)]
    return build_pdf(
        story, paper=paper, office=office, title=f"Daftar Hadir — {forum.title}",
        subject=f"Daftar hadir forum {forum.id}", running_title=f"Daftar Hadir {forum.title}",
        deterministic=options.deterministic, mark=copy_mark(options.copy_no),
    )


def sheet_date(forum: ForumInfo, tz: str) -> datetime:
    """The forum's start in office time (for file names and captions)."""
    return to_local(forum.starts_at, tz)
