"""Every printed paper is one the office can sign and hand out: every document kind, for every
seeded service and a set of forums, on every paper it offers, as the original and as a reprint,
read back from the PDF itself.

On every page: no glyph outside the printable area (5 mm in from the edge of a sheet; the print
head's width on a roll), nothing smaller than 6.5 pt, "KONSEP" exactly when the paper may not be
signed yet (a stand-in left in the office profile, a standard whose decree is unknown, a forum
not yet held or without attendance). Per document: the page count, the registration number on
one line, the head's name on one line, at least 25 mm between a jabatan line and the name under
it, and the signature on the page of what it certifies.

The seeded office still has its stand-ins (KONSEP expected); `ready_office()` is the same office
filled in. Originals and reprints alternate between the two so both answers are checked for both.
The PDFs are read with pdfium (pdfcheck.glyph_pages): pdfplumber reads the same glyphs, boxes and
sizes (checked below) but would need minutes for the hundreds of PDFs here.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime

import pdfplumber
import pytest

from desk.documents.attendance import AttendanceOptions, render_attendance
from desk.documents.berita_acara import render_berita_acara
from desk.documents.board import render_board
from desk.documents.booklet import render_booklet
from desk.documents.forum_recap import render_forum_recap
from desk.documents.maklumat import render_maklumat
from desk.documents.notulen import render_notulen
from desk.documents.pages import MM, PRINTABLE_INSET, get_paper
from desk.documents.receipt import TwoUpTooLong, render_receipt, two_up_possible
from desk.documents.standard import render_standard
from desk.documents.subject_export import render_subject_export
from desk.domain.forum_rules import ForumInfo, recap
from desk.domain.office_rules import office_gaps
from desk.domain.records import OfficeProfile
from tests.documents import pdfcheck
from tests.documents.seeded import (
    BERITA_ACARA,
    HEAD,
    HEAD_NIP_GROUPED,
    MINUTES,
    OFFICER,
    SERVICE_CODES,
    by_code,
    forum,
    long_receipt_for,
    participants,
    published,
    ready_office,
    receipt_for,
    seed_office,
)

MIN_SIZE = 6.5
SIGN_SPACE = 25 * MM
OFFICER_NIP = "NIP 19900315 201503 2 004"
PIC = "Syifa Miratil Hayati"  # the seeded penanggung jawab pelayanan
RECEIPT_PAPERS = ("A4", "F4", "A5", "80mm", "58mm")
SHEETS = ("A4", "F4")


def offices(index: int) -> tuple[OfficeProfile, OfficeProfile]:
    """(office of the original, office of the reprint): stand-ins on one, the real values on the other."""
    return (seed_office(), ready_office()) if index % 2 == 0 else (ready_office(), seed_office())


def draft_expected(office: OfficeProfile) -> bool:
    return bool(office_gaps(office))


# --- what every page must be ------------------------------------------------------------------


def check_pages(pdf: bytes, paper: str, *, draft: bool, pages: int | None = None, max_pages: int | None = None,
                min_size: float = MIN_SIZE) -> tuple[pdfcheck.GlyphPage, ...]:
    read = pdfcheck.glyph_pages(pdf)
    if pages is not None:
        assert len(read) == pages, f"{len(read)} pages, expected {pages}"
    if max_pages is not None:
        assert len(read) <= max_pages, f"{len(read)} pages, at most {max_pages} expected"
    sheet = get_paper(paper)
    for n, page in enumerate(read, 1):
        if sheet.is_roll:
            side = (page.width - (sheet.printable_width or page.width)) / 2
            box = (side - 0.5, 0.0, page.width - side + 0.5, page.height)
        else:
            box = (PRINTABLE_INSET, PRINTABLE_INSET, page.width - PRINTABLE_INSET, page.height - PRINTABLE_INSET)
        outside = [g.text for g in page.glyphs
                   if g.x0 < box[0] or g.top < box[1] or g.x1 > box[2] or g.bottom > box[3]]
        assert not outside, f"page {n}: outside the printable area: {''.join(outside)[:60]!r}"
        small = [w.text for w in page.words if w.size < min_size - 0.05]
        assert not small, f"page {n}: smaller than {min_size} pt: {small[:8]}"
        konsep = any(w.text == "KONSEP" for w in page.words)
        assert konsep == draft, f"page {n}: KONSEP {'missing' if draft else 'printed'}"
    return read


def on_one_line(page: pdfcheck.GlyphPage, phrase: str) -> list[pdfcheck.Word] | None:
    """The words of ``phrase`` side by side on one line of ``page``, or None."""
    wanted = phrase.split()
    for line in page.lines():
        texts = [w.text for w in line]
        for i in range(len(texts) - len(wanted) + 1):
            if texts[i:i + len(wanted)] == wanted:
                return line[i:i + len(wanted)]
    return None


def last_line_with(read: tuple[pdfcheck.GlyphPage, ...], phrase: str) -> tuple[int, list[pdfcheck.Word]]:
    """The page and words of the last line (in reading order) where ``phrase`` stands on one line:
    a signer's name, which may also appear earlier (a notulis among the facts, the head on the maklumat)."""
    found = None
    for n, page in enumerate(read):
        for line in page.lines():
            texts, wanted = [w.text for w in line], phrase.split()
            for i in range(len(texts) - len(wanted) + 1):
                if texts[i:i + len(wanted)] == wanted:
                    found = (n, line[i:i + len(wanted)])
    assert found is not None, f"{phrase!r} is not on one line anywhere"
    return found


def check_signature(read: tuple[pdfcheck.GlyphPage, ...], name: str, *, certifies: str = "",
                    id_line: str = "") -> int:
    """The name on one line, 25 mm under the line above it in its column, with what it certifies."""
    n, words = last_line_with(read, name)
    page = read[n]
    x0, x1, top = words[0].x0, words[-1].x1, min(w.top for w in words)
    above = [w for w in page.words if w.bottom <= top and w.x1 > x0 and w.x0 < x1]
    assert above, f"nothing above {name!r}"
    gap = top - max(w.bottom for w in above)
    assert gap >= SIGN_SPACE - 0.5, f"{gap / MM:.1f} mm between the jabatan line and {name!r}"
    if id_line:
        assert on_one_line(page, id_line), f"{id_line!r} not under {name!r}"
    if certifies:
        assert on_one_line(page, certifies) or certifies in page.text, f"{certifies!r} not with {name!r}"
    return n


# --- receipts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", SERVICE_CODES)
def test_receipt_of_every_service_on_every_paper(code: str) -> None:
    index = SERVICE_CODES.index(code)
    months = ("VIII", "XII")
    for copy, office in zip((1, 2), offices(index), strict=True):
        # A five-digit sequence and the longest month: the widest number the default pattern gives.
        data = receipt_for(code, office=office, copy_no=copy, seq=12345, month=months[index % 2])
        number = data.request.ref_number
        for paper in RECEIPT_PAPERS:
            read = check_pages(render_receipt(data, paper), paper, draft=draft_expected(office), pages=1)
            assert on_one_line(read[0], number), f"{number} broken on {paper}"
            assert ("SALINAN" in read[0].text) == (copy > 1)
            check_signature(read, OFFICER, id_line=OFFICER_NIP, certifies=number)
        for paper in SHEETS:
            if two_up_possible(data, paper):
                read = check_pages(render_receipt(data, paper, two_up=True), paper, draft=draft_expected(office),
                                   pages=1)
                assert read[0].text.split().count(number) == 2  # both copies, each number one word
            else:
                with pytest.raises(TwoUpTooLong):
                    render_receipt(data, paper, two_up=True)


@pytest.mark.parametrize("code", SERVICE_CODES)
def test_receipt_for_a_long_name_and_address_is_one_sheet(code: str) -> None:
    """A 200-character name, a five-line address and a 150-character organisation."""
    for paper in ("A4", "F4", "A5"):
        copy = 1 if paper != "F4" else 2
        data = long_receipt_for(code, office=ready_office(), copy_no=copy)
        read = check_pages(render_receipt(data, paper), paper, draft=False, pages=1)
        assert on_one_line(read[0], data.request.ref_number)
        check_signature(read, OFFICER, id_line=OFFICER_NIP)


def test_two_up_is_offered_where_it_fits() -> None:
    """Two copies on one sheet are possible for most services on F4; never below 6.5 pt."""
    fits = [code for code in SERVICE_CODES if two_up_possible(receipt_for(code, office=ready_office()), "F4")]
    assert len(fits) >= 10, fits


# --- standards, board, maklumat, booklet -------------------------------------------------------------


@pytest.mark.parametrize("code", SERVICE_CODES)
def test_standard_of_every_service(code: str) -> None:
    item = by_code(code)
    for copy, office in zip((1, 2), offices(SERVICE_CODES.index(code)), strict=True):
        for paper in SHEETS:
            read = check_pages(render_standard(office, item, paper, copy_no=copy), paper,
                               draft=draft_expected(office), max_pages=4)
            head = HEAD if office.head_name == HEAD else office.head_name
            n = check_signature(read, head, id_line=f"NIP {HEAD_NIP_GROUPED}" if head == HEAD else "")
            assert on_one_line(read[n], "14. Evaluasi kinerja"), "the signature left the last component"
            assert "LAMPIRAN" in read[0].text and "Ditetapkan di Batumandi" in read[n].text
            assert all(("SALINAN" in page.text) == (copy > 1) for page in read)
            assert not any("ber-kursi" in page.text for page in read)
            # The table's header once a page: at its top, never again above a row split by the page break.
            assert [page.text.count("No Komponen Uraian") for page in read] == [1] * len(read)


@pytest.mark.parametrize("paper", SHEETS)
def test_every_board(paper: str) -> None:
    """One board per service, body 10 pt or larger, no page numbers; a very long one takes two pages."""
    items = published()
    for copy, office in zip((1, 2), offices(SHEETS.index(paper)), strict=True):
        read = check_pages(render_board(office, items, paper, copy_no=copy), paper, draft=draft_expected(office),
                           max_pages=2 * len(items))
        starts = [n for n, page in enumerate(read) if on_one_line(page, "STANDAR PELAYANAN")]
        assert len(starts) == len(items)
        assert len(read) <= len(items) + 1  # at most one service (P3 on A4) continues on a second page
        margin = get_paper(paper).margins.bottom
        for n, page in enumerate(read):
            assert "Halaman" not in page.text
            title = on_one_line(page, "STANDAR PELAYANAN")
            below = title[0].top if title else 0.0  # the kop above the title is not the board's body
            body = [w for w in page.words if w.top > below and w.bottom < page.height - margin]
            small = [w.text for w in body if w.size < 10 - 0.05]
            assert not small, f"page {n + 1}: body under 10 pt: {small[:6]}"


@pytest.mark.parametrize("paper", SHEETS)
def test_maklumat(paper: str) -> None:
    for copy, office in zip((1, 2), offices(SHEETS.index(paper)), strict=True):
        draft = draft_expected(office) or office.maklumat_date is None
        read = check_pages(render_maklumat(office, date(2026, 12, 3), paper, copy_no=copy), paper, draft=draft,
                           pages=1)
        if office.head_name == HEAD:
            check_signature(read, HEAD, id_line=f"NIP {HEAD_NIP_GROUPED}", certifies="Batumandi, 29 Oktober 2025")
            assert "3 Desember 2026" not in read[0].text  # the stored signing date, not the day of printing
    long_text = replace(ready_office(), maklumat_text=" ".join(["Kami sanggup melayani sesuai standar."] * 130))
    check_pages(render_maklumat(long_text, None, paper), paper, draft=False, pages=1)


@pytest.mark.parametrize(("paper", "copy"), [("A4", 1), ("F4", 2)])
def test_booklet(paper: str, copy: int) -> None:
    office = seed_office() if copy == 1 else ready_office()
    read = check_pages(render_booklet(office, published(), date(2026, 12, 3), paper, copy_no=copy), paper,
                       draft=draft_expected(office))
    assert "Halaman" not in read[0].text and "PEMERINTAH" not in read[0].text  # a cover, not a letter
    assert f"Halaman 2 dari {len(read)}" in read[1].text
    if office.head_name == HEAD:
        n = check_signature(read, HEAD, id_line=f"NIP {HEAD_NIP_GROUPED}")
        assert n == len(read) - 1 and on_one_line(read[n], "14. Evaluasi kinerja")


# --- forums --------------------------------------------------------------------------------------------

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)  # a week before the forum
LATER = datetime(2026, 12, 11, 12, 0, tzinfo=UTC)
# (name, forum, participants, office, moment printed, KONSEP for the forum's own reason)
FORUMS = {
    "upcoming": (forum(held=None), participants(45), NOW, True),
    "held": (forum(held=True), participants(45, present_every=3), NOW, False),
    "no-attendance": (forum(held=None), participants(45), LATER, True),
}
FORUM_OFFICE = {"upcoming": seed_office, "held": ready_office, "no-attendance": ready_office}
FORUM_KINDS = ("berita-acara", "notulen", "recap", "attendance")


def render_forum_paper(kind: str, office: OfficeProfile, info: ForumInfo, people: tuple, now: datetime,
                       paper: str, copy: int) -> bytes:
    summary = recap(people)
    if kind == "berita-acara":
        return render_berita_acara(office, info, BERITA_ACARA, summary, paper=paper, copy_no=copy, now=now)
    if kind == "notulen":
        return render_notulen(office, info, MINUTES, summary, paper=paper, copy_no=copy, now=now)
    if kind == "recap":
        return render_forum_recap(office, info, summary, paper=paper, copy_no=copy, now=now)
    return render_attendance(office, info, people, AttendanceOptions(paper=paper, copy_no=copy, show_phone=True))


@pytest.mark.parametrize("kind", FORUM_KINDS)
@pytest.mark.parametrize("name", list(FORUMS))
def test_forum_papers(name: str, kind: str) -> None:
    info, people, now, forum_draft = FORUMS[name]
    office = FORUM_OFFICE[name]()
    # The daftar hadir is printed before the forum on purpose: only the office's stand-ins make it a KONSEP.
    draft = draft_expected(office) or (forum_draft and kind != "attendance")
    for paper in SHEETS:
        for copy in (1, 2):
            read = check_pages(render_forum_paper(kind, office, info, people, now, paper, copy), paper, draft=draft)
            assert all(("SALINAN" in page.text) == (copy > 1) for page in read)
            if kind == "berita-acara":
                assert on_one_line(read[0], "Nomor: 000.5.4/022/BA-FKP/DKUKMTK/2026")
                if office.head_name == HEAD:
                    check_signature(read, HEAD, id_line=f"NIP {HEAD_NIP_GROUPED}",
                                    certifies="Lampiran: Daftar Hadir")
            elif kind == "notulen":
                check_signature(read, MINUTES.minute_taker, id_line="NIP 19920101 201903 2 011",
                                certifies=MINUTES.conclusions[-1])
            elif kind == "recap":
                check_signature(read, PIC, certifies="Perempuan")
            else:
                rows = len(people) + AttendanceOptions().blank_rows
                check_signature(read, PIC, certifies=f"{rows}.")
                assert on_one_line(read[0], "L/P")


def test_blank_sheet_has_a_row_for_every_invitee_and_four_digit_numbers_fit() -> None:
    office = ready_office()
    info = forum(held=None)
    blank = render_attendance(office, info, participants(45), AttendanceOptions(paper="A4", blank=True))
    read = check_pages(blank, "A4", draft=False)
    assert on_one_line(read[-1], "45.") and not any(on_one_line(p, "46.") for p in read)
    big = render_attendance(office, info, participants(995), AttendanceOptions(paper="F4", blank_rows=10))
    read = pdfcheck.glyph_pages(big)
    last = read[-1]
    number = on_one_line(last, "1005.")
    assert number is not None
    column = [w for w in last.words if w.x1 <= number[0].x1 + 1 and w.text.endswith(".") and w.text[:-1].isdigit()]
    # The number column's left rule sits at the frame's edge: every number clears it by its padding.
    left = get_paper("F4").margins.left
    assert all(w.x0 >= left + 2 for w in column), [w.text for w in column if w.x0 < left + 2][:5]


def test_sorting_by_name_ignores_titles() -> None:
    pdf = render_attendance(ready_office(), forum(held=None), participants(8), AttendanceOptions(sort="name", blank_rows=0))
    lines = [" ".join(w.text for w in line) for line in pdfcheck.glyph_pages(pdf)[0].lines()]

    def row(name: str, *, without: str = "") -> int:
        return next(i for i, line in enumerate(lines) if name in line and not (without and without in line))

    # A, B, M (Masliani before Masliani Susanti), M (Muhammad), then P: the titles count for nothing.
    assert row("Drs. Ahmad Yani") < row("Ir. Budi Santoso") < row("Hj. Masliani", without="Dr. Hj.") \
        < row("Dr. Hj. Masliani Susanti") < row("H. Muhammad Ma'ruf") < row("Peserta Nomor 0006")


# --- the personal-data copy ----------------------------------------------------------------------------


def test_personal_data_copy() -> None:
    payload = {
        "masked": True, "generated_at": "2026-12-03T02:00:00+00:00", "generated_by": OFFICER,
        "controller": {"office": "DKUKMTK", "dpo_contact": "loket"},
        "visitor": {"name": "Siti Aminah", "nik": "6311********0001", "address": "Jalan Mampari\n\nRT 02"},
        "requests": [{"ref_number": "0001/PNP/DKUKMTK/XII/2026", "service_name": "Kartu AK/I",
                      "unit_name": "Penempatan", "received_at": "2026-12-03T02:15:00+00:00",
                      "events": [{"at": "2026-12-03T02:15:00+00:00", "by": OFFICER, "to": "diterima"}]}],
    }
    for office in (seed_office(), ready_office()):
        read = check_pages(render_subject_export(payload, office), "A4", draft=draft_expected(office))
        assert "Baru → Diterima" in read[0].text


# --- the reader ------------------------------------------------------------------------------------------


def test_the_fast_reader_sees_what_pdfplumber_sees() -> None:
    """pdfium's glyphs (pdfcheck.glyph_pages) against pdfplumber's on three kinds of paper."""
    for pdf in (render_receipt(receipt_for("P3", seq=12345), "58mm"),
                render_standard(ready_office(), by_code("K5"), "F4"),
                render_receipt(receipt_for("P1", office=ready_office()), "A4", two_up=False)):
        ours = pdfcheck.glyph_pages(pdf)
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            assert len(doc.pages) == len(ours)
            for page, read in zip(doc.pages, ours, strict=True):
                theirs = [c for c in page.chars if c["text"].strip()]
                assert [c["text"] for c in theirs] == [g.text for g in read.glyphs]
                for c, g in zip(theirs, read.glyphs, strict=True):
                    assert abs(c["size"] - g.size) < 0.05 and abs(c["x0"] - g.x0) < 1.5 and abs(c["top"] - g.top) < 1
                words = sorted(w["text"] for w in page.extract_words())
                assert sorted(w.text for w in read.words) == words
