"""The published standards: one service's standard, the public board, the booklet and the maklumat."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest
from pypdf import PdfReader

from desk.documents.board import render_board
from desk.documents.booklet import MAKLUMAT_ENTRY, TOC_TITLE, render_booklet
from desk.documents.maklumat import render_maklumat
from desk.documents.pages import MM
from desk.documents.standard import render_standard
from desk.domain.records import OfficeProfile
from desk.domain.standard_rules import COMPONENTS, MANAGEMENT_COMPONENTS, PUBLIC_COMPONENTS, PublishedStandard
from desk.store import standards
from desk.store.database import Database
from desk.store.work import office_context
from tests.documents import pdfcheck

ON = date(2025, 10, 29)


@pytest.fixture(scope="module")
def seeded(template_data_dir: object) -> tuple[OfficeProfile, tuple[PublishedStandard, ...]]:
    """The office and its 19 seeded standards (read once from the session's template database)."""
    from desk.paths import default_database_url
    from desk.safety.opening import open_database

    database = open_database(default_database_url(template_data_dir), template_data_dir,  # type: ignore[arg-type]
                             migrate=False, seed=False)
    try:
        data = standards.booklet_data(database, on=ON)
    finally:
        database.dispose()
    office = replace(data.office, head_name="Drs. H. Ahmad Fauzi, M.Si", head_nip="19700101 199503 1 001",
                     maklumat_date=ON, standards_decree_number="188.4/045/DKUKMTK/2025", standards_decree_date=ON)
    return office, data.standards


def pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def stream_text(pdf: bytes) -> str:
    """The text in drawing order (pypdf): a table cell's wrapped lines stay together, unlike pdfplumber's rows."""
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def by_code(items: tuple[PublishedStandard, ...], code: str) -> PublishedStandard:
    return next(p for p in items if p.service_code == code)


def test_the_board_is_one_page_with_the_six_public_components(seeded: tuple) -> None:
    office, items = seeded
    for code in ("P1", "P3", "K5"):
        published = by_code(items, code)
        pdf = render_board(office, published, "A4", deterministic=True)
        texts = pages_text(pdf)
        # P3 asks for 17 documents: at 10 pt it needs a second A4 page rather than smaller type.
        assert len(texts) == (2 if code == "P3" else 1), code
        assert not any("Halaman" in t for t in texts)
        text = stream_text(pdf)
        for component in PUBLIC_COMPONENTS:
            assert f"{component.number}. {component.label.upper()}" in text
        for component in MANAGEMENT_COMPONENTS:
            assert component.label.upper() not in text.upper().replace("KOMPONEN", "")  # not on the wall
        assert published.standard.requirements[-1][:30] in text
        assert "Nomor 188.4/045/DKUKMTK/2025" in text  # the office's decree stands in for "188.4/___/…"
    p1 = stream_text(render_board(office, by_code(items, "P1"), "F4"))
    assert "Hari yang sama (± 15 menit)" in p1 and "Gratis (tidak dipungut biaya)" in p1
    every = render_board(office, items, "A4")
    assert len(PdfReader(io.BytesIO(every)).pages) == 20  # one board each; P3's takes two pages


def test_the_full_standard_has_all_fourteen_components_on_a4_and_f4(seeded: tuple) -> None:
    office, items = seeded
    published = by_code(items, "P3")
    for paper, height in (("A4", 297), ("F4", 330)):
        pdf = render_standard(office, published, paper, deterministic=True)
        reader = PdfReader(io.BytesIO(pdf))
        assert round(float(reader.pages[0].mediabox.height) / MM) == height
        text = stream_text(pdf)
        for component in COMPONENTS:  # a long label runs down the rows of its first items
            assert pdfcheck.reads_in_order(text, component.label), component.label
        assert "A. KOMPONEN PENYAMPAIAN PELAYANAN" in text and "B. KOMPONEN PENGELOLAAN PELAYANAN" in text
        assert "Ditetapkan di Batumandi pada tanggal 29 Oktober 2025" in text and "NIP 19700101 199503 1 001" in text
        assert f"Halaman 1 dari {len(reader.pages)}" in text


def test_a_very_long_list_splits_across_pages_with_the_header_repeated(seeded: tuple) -> None:
    office, items = seeded
    published = by_code(items, "P1")
    long = tuple(f"Dokumen pendukung nomor {i} yang dilegalisasi instansi berwenang beserta fotokopinya"
                 for i in range(1, 121))
    pdf = render_standard(office, replace(published, standard=replace(published.standard, requirements=long)))
    texts = pages_text(pdf)
    assert len(texts) >= 4
    assert "Dokumen pendukung nomor 120" in flat(" ".join(texts))
    assert all(t.count("No Komponen Uraian") >= 1 for t in texts[1:-1])  # the table header on every page


def test_booklet_contents_page_numbers_match_where_each_service_starts(seeded: tuple) -> None:
    office, items = seeded
    pdf = render_booklet(office, items, ON, "A4", deterministic=True)
    texts = pages_text(pdf)
    total = len(texts)
    assert "STANDAR PELAYANAN PUBLIK" in texts[0] and "19 jenis layanan" in texts[0]
    contents = next(i for i, t in enumerate(texts) if TOC_TITLE in t)
    toc = texts[contents]
    # "P1 Penerbitan ... 4": the code, the name (maybe wrapped), the page number at the end of its entry.
    entries = dict(re.findall(r"^([PBUK]\d)\s.*?(?:\n(?![PBUK]\d\s).*?)*?\s(\d+)$", toc, re.MULTILINE))
    assert sorted(entries) == sorted(p.service_code for p in items)
    for published in items:
        page = int(entries[published.service_code])
        start = next(i for i, t in enumerate(texts) if f"Kode layanan {published.service_code}\n" in t + "\n"
                     or re.search(rf"Kode layanan {published.service_code}\b", t)) + 1
        assert page == start, published.service_code
        assert f"Halaman {page} dari {total}" in texts[page - 1]
    maklumat = int(re.search(rf"{MAKLUMAT_ENTRY}\s+(\d+)", toc).group(1))  # type: ignore[union-attr]
    assert "MAKLUMAT PELAYANAN" in texts[maklumat - 1]
    # Each unit's name heads the page where its first service starts.
    assert "BALAI LATIHAN KERJA (BLK) KABUPATEN BALANGAN" in texts[int(entries["B1"]) - 1]


def test_the_maklumat_names_the_head_of_office_on_one_page(seeded: tuple) -> None:
    office, _items = seeded
    pdf = render_maklumat(office, ON, "A4", deterministic=True)
    texts = pages_text(pdf)
    assert len(texts) == 1
    text = flat(texts[0])
    assert "MAKLUMAT PELAYANAN" in text
    assert "DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA KABUPATEN BALANGAN" in text
    assert "kami siap menerima sanksi dan/atau memberikan kompensasi" in text
    assert "Batumandi, 29 Oktober 2025" in text and "KEPALA DINAS KOPERASI, USAHA KECIL MENENGAH" in text
    assert "Drs. H. Ahmad Fauzi, M.Si" in text and "NIP 19700101 199503 1 001" in text
    own = replace(office, maklumat_text="Kami berjanji melayani dengan sepenuh hati.\nKami siap dikritik.")
    text = flat(pages_text(render_maklumat(own, ON, "F4"))[0])
    assert "Kami berjanji melayani dengan sepenuh hati. Kami siap dikritik." in text
    very_long = replace(office, maklumat_text=" ".join(["Kami sanggup melayani sesuai standar."] * 120))
    assert len(pages_text(render_maklumat(very_long, ON))) == 1  # smaller type, never a second page


def test_fonts_are_embedded_and_a5_is_refused(seeded: tuple) -> None:
    office, items = seeded
    reader = PdfReader(io.BytesIO(render_board(office, items[0], "A4")))
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert fonts and all("DejaVuSans" in name for name in fonts)
    with pytest.raises(ValueError, match="A4 atau F4"):
        render_standard(office, items[0], "A5")


def test_documents_come_from_the_store_as_printed_today(db: Database) -> None:
    published = standards.published(db, standards.service_by_code(db, "U3").service.id)
    office = office_context(db).profile
    text = flat(" ".join(pages_text(render_standard(office, published))))
    assert "U3" in text and "12 hari kerja" in text and office.head_name in text
