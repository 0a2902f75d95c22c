"""The shared printing base: papers, letterhead, page numbers, fonts, metadata, determinism."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import KeepTogether, Paragraph

from desk.documents.base import build_pdf, build_two_up_pdf
from desk.documents.pages import MM, PAPERS, get_paper
from desk.documents.styles import styles_for
from tests.documents import pdfcheck
from tests.documents.conftest import make_office

# A 1×1 red PNG: the smallest real logo.
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301"
    "0100c9fe92ef0000000049454e44ae426082"
)


def _story(paper_name: str, paragraphs: int) -> list[Paragraph]:
    st = styles_for(get_paper(paper_name))
    return [Paragraph(f"Paragraf nomor {i}: isi dokumen yang cukup panjang untuk mengisi halaman. " * 3, st.body)
            for i in range(1, paragraphs + 1)]


def test_paper_names_and_sizes() -> None:
    assert set(PAPERS) == {"A4", "F4", "A5", "80mm", "58mm"}
    f4 = get_paper("F4")
    assert (round(f4.width, 1), round(f4.height or 0, 1)) == (609.4, 935.4)
    assert get_paper("a4").name == "A4"
    assert get_paper("58mm").is_roll and get_paper("80mm").height is None


def test_unknown_paper_is_refused_in_indonesian() -> None:
    with pytest.raises(ValueError, match="tidak dikenal"):
        get_paper("Letter")


def test_margins_follow_the_paper() -> None:
    a4, f4, a5 = get_paper("A4"), get_paper("F4"), get_paper("A5")
    assert a5.margins.left < a4.margins.left  # a smaller sheet gets smaller margins
    assert a4.content_height is not None and f4.content_height is not None
    assert f4.content_height > a4.content_height  # F4's extra 33 mm go to content, not to a gap
    roll = get_paper("58mm")
    assert roll.content_width == pytest.approx(48 * MM)  # the print head's width


def test_landscape_swaps_sides_and_rolls_cannot_turn() -> None:
    land = get_paper("A4", landscape=True)
    assert land.is_landscape and land.width == pytest.approx(297 * MM)
    assert land.portrait().width == pytest.approx(210 * MM)
    with pytest.raises(ValueError, match="gulung"):
        get_paper("80mm", landscape=True)


def test_long_document_numbers_pages_and_has_kop_only_on_the_first(tmp_path: Path) -> None:
    office = make_office()
    pdf = build_pdf(_story("A4", 70), paper="A4", office=office, title="Uji Halaman", running_title="Dokumen Uji")
    texts = pdfcheck.page_texts(pdf)
    total = len(texts)
    assert total >= 3
    for n, page in enumerate(texts, 1):
        assert f"Halaman {n} dari {total}" in page
    assert "PEMERINTAH KABUPATEN BALANGAN" in texts[0]
    assert all("PEMERINTAH KABUPATEN BALANGAN" not in t for t in texts[1:])
    assert all("DKUKMTK · Dokumen Uji" in t for t in texts[1:])
    assert "DKUKMTK · Dokumen Uji" not in texts[0]
    assert pdfcheck.chars_outside_page(pdf) == []
    assert pdfcheck.qpdf_problems(pdf, tmp_path) == ""


def test_one_page_document_has_no_page_number() -> None:
    pdf = build_pdf(_story("A4", 2), paper="A4", office=make_office(), title="Singkat")
    assert "Halaman" not in pdfcheck.text(pdf)


def test_mark_is_on_every_page() -> None:
    pdf = build_pdf(_story("A5", 30), paper="A5", office=make_office(), title="Salinan", mark="SALINAN ke-3")
    texts = pdfcheck.page_texts(pdf)
    assert len(texts) > 1 and all("SALINAN ke-3" in t for t in texts)


def test_metadata_names_office_title_and_subject() -> None:
    pdf = build_pdf(_story("A4", 1), paper="A4", office=make_office(), title="Tanda Terima 0001", subject="Layanan AK/I")
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Tanda Terima 0001"
    assert meta.author == "DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA"
    assert meta.subject == "Layanan AK/I"


def test_deterministic_mode_gives_identical_bytes() -> None:
    def once() -> bytes:
        return build_pdf(_story("F4", 12), paper="F4", office=make_office(), title="Sama", deterministic=True)

    assert once() == once()


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_only_embedded_fonts_and_valid_pdf_on_every_paper(paper: str, tmp_path: Path) -> None:
    pdf = build_pdf(_story(paper, 3), paper=paper, office=make_office(), title="Huruf")
    found = pdfcheck.fonts(pdf, tmp_path)
    assert found, "no fonts at all?"
    assert all(f["emb"] == "yes" for f in found), found
    assert all("DejaVuSans" in f["name"] for f in found), found
    assert pdfcheck.qpdf_problems(pdf, tmp_path) == ""


def test_roll_grows_with_its_content_and_stays_one_page() -> None:
    office = make_office()
    short = build_pdf(_story("80mm", 2), paper="80mm", office=office, title="Pendek")
    long = build_pdf(_story("80mm", 20), paper="80mm", office=office, title="Panjang")
    (w1, h1), (w2, h2) = pdfcheck.page_sizes(short)[0], pdfcheck.page_sizes(long)[0]
    assert w1 == w2 == pytest.approx(80 * MM, abs=0.01)
    assert h2 > h1 * 3
    assert len(pdfcheck.page_sizes(long)) == 1
    assert pdfcheck.chars_outside_page(long) == []


def test_roll_has_a_text_header_and_no_image() -> None:
    pdf = build_pdf(_story("58mm", 1), paper="58mm", office=make_office(logo=PNG_1PX), title="Gulung")
    first = next(pdfcheck.pages(pdf))
    assert first.images == []
    assert "PEMERINTAH KABUPATEN BALANGAN" in pdfcheck.text(pdf)


def test_logo_is_drawn_and_a_broken_logo_falls_back_to_the_placeholder() -> None:
    with_logo = build_pdf(_story("A4", 1), paper="A4", office=make_office(logo=PNG_1PX), title="Logo")
    assert len(next(pdfcheck.pages(with_logo)).images) == 1
    broken = build_pdf(_story("A4", 1), paper="A4", office=make_office(logo=b"not an image"), title="Logo")
    page = next(pdfcheck.pages(broken))
    assert page.images == [] and page.curves, "the shield outline should be drawn instead"


def test_long_office_name_and_address_wrap_inside_the_page() -> None:
    office = make_office(office_name="DINAS " + "KOPERASI USAHA KECIL MENENGAH DAN TENAGA KERJA " * 4,
                         address="Jalan " + "Poros Paringin Batumandi Kilometer 12 " * 12)
    for paper in ("A4", "A5", "58mm"):
        pdf = build_pdf(_story(paper, 1), paper=paper, office=office, title="Kop")
        assert pdfcheck.chars_outside_page(pdf) == [], paper
        assert pdfcheck.overlapping_chars(pdf) == [], paper


def test_two_up_puts_both_halves_on_one_sheet_with_a_cut_line() -> None:
    def half(label: str) -> Callable[[float], list[Paragraph]]:
        return lambda width: [Paragraph(f"{label} " * 400, styles_for(get_paper("A4")).body)]

    pdf = build_two_up_pdf([half("ATAS"), half("BAWAH")], paper="A4", office=make_office(), title="Dua")
    assert len(pdfcheck.page_sizes(pdf)) == 1
    page = next(pdfcheck.pages(pdf))
    words = page.extract_words()
    tops = [w["top"] for w in words if w["text"] == "ATAS"]
    bottoms = [w["top"] for w in words if w["text"] == "BAWAH"]
    assert max(tops) < page.height / 2 < min(bottoms)  # each story stays in its half
    assert "potong di sini" in pdfcheck.text(pdf)
    assert pdfcheck.chars_outside_page(pdf) == []
    with pytest.raises(ValueError, match="A4 atau F4"):
        build_two_up_pdf([half("a"), half("b")], paper="58mm", office=make_office(), title="x")


def test_importing_documents_does_no_work() -> None:
    code = (
        "import desk.documents.receipt, desk.documents.base\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "assert 'DejaVuSans' not in pdfmetrics.getRegisteredFontNames()\n"
        "import desk.domain.receipt_check, sys\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_receipt_check_stays_free_of_reportlab() -> None:
    code = "import sys, desk.domain.receipt_check\nassert 'reportlab' not in sys.modules, 'domain imported ReportLab'\n"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_roll_measures_kept_together_blocks_by_their_content() -> None:
    paragraphs = _story("80mm", 6)
    plain = build_pdf(paragraphs, paper="80mm", office=make_office(), title="Biasa")
    kept = build_pdf([KeepTogether(_story("80mm", 6))], paper="80mm", office=make_office(), title="Utuh")
    (_, plain_h), = pdfcheck.page_sizes(plain)
    (_, kept_h), = pdfcheck.page_sizes(kept)
    assert kept_h == pytest.approx(plain_h, abs=1)
