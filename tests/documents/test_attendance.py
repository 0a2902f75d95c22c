"""The daftar hadir as the office prints it: read back from the PDF (text, positions, page sizes)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime

import pdfplumber
import pytest
from pypdf import PdfReader

from desk.documents.attendance import AttendanceOptions, render_attendance
from desk.documents.pages import MM
from desk.domain.forum_rules import SORT_BY_NAME, UNSUR, ForumInfo, ParticipantRecord
from desk.domain.phone import format_phone
from desk.domain.records import OfficeProfile

OFFICE = OfficeProfile(
    government_name="PEMERINTAH KABUPATEN BALANGAN",
    office_name="DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA",
    short_name="DKUKMTK",
    address="Jalan Sutera Ali Adul",
    village="Mampari",
    district="Batumandi",
    postal_code="71663",
    place_name="Batumandi",
    service_pic_name="Syifa Miratil Hayati",
    service_pic_title="Penanggung Jawab Pelayanan Publik",
)
FORUM = ForumInfo(
    id=1,
    title="Forum Komunikasi Publik Standar Pelayanan DKUKMTK",
    starts_at=datetime(2025, 10, 29, 1, 0, tzinfo=UTC),  # Rabu 29 Oktober 2025, 09.00 WITA
    venue="Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi",
    topic="Penyusunan standar pelayanan",
)
FIRST = ("Ahmad", "Budi", "Citra", "Dewi", "Erna", "Fajar", "Gusti", "Hendra", "Irfan", "Joko", "Khairil",
         "Lukman", "Mahyuni", "Norhadi", "Rusdi", "Saprudin", "Taufik", "Wahyu", "Yusuf", "Zainal")
LAST = ("Hidayat", "Santoso", "Rahman", "Hasan", "Wijaya", "Kartika", "Fauzi", "Anwar", "Yani", "Rosyid",
        "Ansyari", "Mubarak", "Maulana", "Firdaus", "Pratama", "Nugroho", "Setiawan", "Hakim", "Arsyad", "Zakaria")
THIRD = ("Aulia", "Baihaqi", "Effendi")
HEADER_WORDS = ("No", "Nama", "Instansi / Unsur", "Jabatan", "Tanda Tangan")


def people(n: int, *, institution: str = "Koperasi Produsen Sanggam", consent_every: int = 2) -> list[ParticipantRecord]:
    """`n` (< 1,200) people with unique names (no name is part of another) and phones; every
    `consent_every`-th one consented to the list being shown."""
    out = []
    for i in range(n):
        name = f"{FIRST[i % 20]} {LAST[(i // 20) % 20]} {THIRD[i // 400]}"
        out.append(ParticipantRecord(
            id=i + 1, forum_id=1, name=name, unsur=UNSUR[i % len(UNSUR)].code, institution=institution,
            position="Ketua", sex="LP"[i % 2], phone=f"+62812{10_000_000 + i * 7919:08d}",
            consent_publication=i % consent_every == 0,
        ))
    return out


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with line breaks as spaces: a long name wrapped in its cell reads whole."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def words_by_page(pdf: bytes) -> list[tuple[float, list[dict[str, object]]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [(float(page.width), page.extract_words()) for page in doc.pages]


NUMBER = re.compile(r"^\d+\.$")


def numbers_in_no_column(pdf: bytes) -> list[int]:
    found = []
    for _width, words in words_by_page(pdf):
        found += [int(str(w["text"])[:-1]) for w in words if NUMBER.match(str(w["text"])) and float(w["x1"]) < 60 * MM]
    return found


def test_names_once_numbering_header_and_page_x_of_y() -> None:
    invitees = people(120)
    pdf = render_attendance(OFFICE, FORUM, invitees, AttendanceOptions(paper="F4", blank_rows=10))
    texts = pages_text(pdf)
    everything = "\n".join(texts)
    assert len(texts) >= 4
    for p in invitees:
        assert everything.count(p.name) == 1, p.name
    assert numbers_in_no_column(pdf) == list(range(1, 131))  # 120 invitees then 10 blank rows, no gap
    for i, text in enumerate(texts, 1):
        for word in HEADER_WORDS:
            assert word in text, (i, word)
        assert f"Halaman {i} dari {len(texts)}" in text
    assert "DAFTAR HADIR" in texts[0] and "Rabu, 29 Oktober 2025" in texts[0]
    assert "09.00 WITA" in texts[0] and FORUM.venue in texts[0]
    # Kop on the first page only; the signature block of the penanggung jawab at the end.
    assert [("PEMERINTAH KABUPATEN BALANGAN" in t) for t in texts] == [True] + [False] * (len(texts) - 1)
    assert "Syifa Miratil Hayati" in texts[-1] and "Batumandi, 29 Oktober 2025" in texts[-1]


def test_phone_column_is_off_by_default_and_never_shows_a_number_without_consent() -> None:
    invitees = people(40, consent_every=3)
    plain = "\n".join(pages_text(render_attendance(OFFICE, FORUM, invitees, AttendanceOptions())))
    assert "No. HP" not in plain
    assert not any(format_phone(p.phone) in plain for p in invitees)
    with_phone = "\n".join(pages_text(render_attendance(OFFICE, FORUM, invitees, AttendanceOptions(show_phone=True))))
    assert "No. HP" in with_phone
    for p in invitees:
        shown = format_phone(p.phone)
        if p.consent_publication:
            assert shown in with_phone, p.name
        else:
            local = "0" + p.phone[3:]
            assert shown not in with_phone and local not in with_phone and p.phone not in with_phone, p.name


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("F4", False, (609.4, 935.4)), ("F4", True, (935.4, 609.4)),
    ("A4", False, (595.3, 841.9)), ("A4", True, (841.9, 595.3)),
])
def test_page_size_matches_the_paper(paper: str, landscape: bool, size: tuple[float, float]) -> None:
    pdf = render_attendance(OFFICE, FORUM, people(30), AttendanceOptions(paper=paper, landscape=landscape))
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == size


def test_signature_column_zigzags_odd_left_even_right() -> None:
    pdf = render_attendance(OFFICE, FORUM, people(30), AttendanceOptions(paper="A4", blank_rows=6))
    odd_x: list[float] = []
    even_x: list[float] = []
    for width, words in words_by_page(pdf):
        for w in words:
            if NUMBER.match(str(w["text"])) and float(w["x0"]) > width / 2:  # numbers in the signature column
                (odd_x if int(str(w["text"])[:-1]) % 2 else even_x).append(float(w["x0"]))
    assert len(odd_x) == 18 and len(even_x) == 18
    assert max(odd_x) - min(odd_x) < 1 and max(even_x) - min(even_x) < 1  # each in its own half, aligned
    assert min(even_x) - max(odd_x) > 20 * MM  # the even ones sit a half column to the right


def test_sort_by_unsur_then_name_or_by_name() -> None:
    invitees = [
        ParticipantRecord(1, 1, "Zainal Arsyad", "masyarakat"),
        ParticipantRecord(2, 1, "Budi Hakim", "internal"),
        ParticipantRecord(3, 1, "Ahmad Yani", "media"),
        ParticipantRecord(4, 1, "Citra Fauzi", "masyarakat"),
    ]

    def order(options: AttendanceOptions) -> list[str]:
        text = "\n".join(pages_text(render_attendance(OFFICE, FORUM, invitees, options)))
        return sorted((p.name for p in invitees), key=text.index)

    assert order(AttendanceOptions()) == ["Citra Fauzi", "Zainal Arsyad", "Ahmad Yani", "Budi Hakim"]
    assert order(AttendanceOptions(sort=SORT_BY_NAME)) == ["Ahmad Yani", "Budi Hakim", "Citra Fauzi", "Zainal Arsyad"]


def test_blank_sheet_has_numbered_rows_and_no_names() -> None:
    pdf = render_attendance(OFFICE, FORUM, people(20), AttendanceOptions(blank=True, blank_rows=25))
    text = "\n".join(pages_text(pdf))
    assert not any(p.name in text for p in people(20))
    assert numbers_in_no_column(pdf) == list(range(1, 26))
    assert "DAFTAR HADIR" in text and "Tanda Tangan" in text


def test_signature_block_never_stands_alone_on_a_page() -> None:
    """Whatever the number of rows, the page with the signature also holds the last row."""
    for n in range(14, 44, 3):
        pdf = render_attendance(OFFICE, FORUM, people(n), AttendanceOptions(paper="A4", blank_rows=0))
        texts = pages_text(pdf)
        signed = [i for i, t in enumerate(texts) if "Syifa Miratil Hayati" in t]
        assert len(signed) == 1, n
        assert people(n)[-1].name in texts[signed[0]] or f"{n}." in texts[signed[0]], n
        assert any(p.name in texts[signed[0]] for p in people(n)), n


@pytest.mark.parametrize(("paper", "landscape", "count"), [
    pytest.param("A4", False, 1000, marks=pytest.mark.slow), ("F4", True, 150),
])
def test_geometry_stays_inside_the_page_with_long_institutions(paper: str, landscape: bool, count: int) -> None:
    institution = ("Koperasi Serba Usaha Karya Bersama Masyarakat Desa Mampari Kecamatan Batumandi "
                   "Kabupaten Balangan KoperasiTanpaSpasiYangPanjangSekaliMelewatiKolom")
    invitees = people(count, institution=institution)
    pdf = render_attendance(OFFICE, FORUM, invitees, AttendanceOptions(paper=paper, landscape=landscape,
                                                                      show_phone=True))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = len(doc.pages)
        for page in doc.pages:
            width, height = float(page.width), float(page.height)
            for ch in page.chars:
                assert ch["x0"] >= 0 and ch["x1"] <= width - 5 * MM, (page.page_number, ch["text"], ch["x1"])
                assert ch["top"] >= 0 and ch["bottom"] <= height, (page.page_number, ch["text"])
            if page.page_number in (1, 2, pages):  # ruling: the same on every page of the table
                for rect in page.rects + page.lines:
                    assert rect["x1"] <= width - 5 * MM and rect["bottom"] <= height - 5 * MM
    assert pages > count // 30
    names = "\n".join(pages_text(pdf))
    assert all(names.count(p.name) == 1 for p in invitees[:50])


def test_fonts_are_embedded() -> None:
    if shutil.which("pdffonts") is None:
        pytest.fail("pdffonts is not installed: apt-get install poppler-utils")
    pdf = render_attendance(OFFICE, FORUM, people(10), AttendanceOptions(show_phone=True))
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, timeout=30, check=True).stdout.decode()
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows and all("yes" in row[-5:-2] for row in rows), out
