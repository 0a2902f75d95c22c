"""The receipt a visitor takes home, read back from the PDF on every paper."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable, Table

from desk.documents.pages import get_paper
from desk.documents.qr import QrFlowable
from desk.documents.receipt import TwoUpTooLong, receipt_story, render_receipt, two_up_possible
from desk.domain.receipt_check import verify_qr_payload
from desk.domain.records import ReceiptData
from tests.documents import pdfcheck, seeded
from tests.documents.conftest import (
    LONG_NAME,
    LONG_REQUIREMENTS,
    NIK,
    NIK_MASKED,
    PHONE_MASKED,
    REQUIREMENTS,
    SECRET,
    long_receipt,
    make_receipt,
    make_request,
)

PAPERS = ["A4", "F4", "A5", "80mm", "58mm"]
LAYOUTS = [*PAPERS, "A4 two-up", "F4 two-up"]
# The long receipt (fifteen requirements, a 200-character name) does not fit half a sheet.
LONG_LAYOUTS = PAPERS


def missing_marks(text: str) -> int:
    """Requirements shown as missing: "✗ Belum ada" in a table, a "✗" item in a list of marks."""
    return text.count("✗ Belum ada") or text.count("✗") - text.count("✗ belum ada")


def marked_items(text: str, status: str) -> int:
    """Requirements shown with ``status`` ("✓ Diterima"): in a table's status column, or as items of a
    list of marks, each the mark alone before the requirement (the legend, in lower case, says what it means)."""
    mark = status.split()[0]
    return text.count(status) or text.count(mark + " ") - text.count(status.lower())


@cache
def rendered(layout: str, variant: str = "normal", copy_no: int = 1) -> bytes:
    """One PDF per (layout, variant, copy): rendering is the slow part, reading it back is cheap."""
    data = make_receipt(copy_no=copy_no) if variant == "normal" else long_receipt(copy_no)
    paper, _, two_up = layout.partition(" ")
    return render_receipt(data, paper, two_up=bool(two_up), deterministic=True)


@cache
def text_of(layout: str, variant: str = "normal", copy_no: int = 1) -> str:
    return pdfcheck.text(rendered(layout, variant, copy_no))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_receipt_tells_the_visitor_what_they_need(layout: str) -> None:
    text = text_of(layout)
    for expected in (
        "TANDA TERIMA BERKAS / BUKTI PENDAFTARAN LAYANAN",
        "0001/PNP/DKUKMTK/X/2025",
        "Rabu, 29 Oktober 2025 pukul 09.05 WITA",  # 01.05 UTC in the office's time zone
        "Siti Aminah",
        NIK_MASKED,
        PHONE_MASKED,
        "Penerbitan Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/I) Baru",
        "Bidang Penempatan Tenaga Kerja",
        "Standar Pelayanan versi 2, berlaku 29 Oktober 2025, SK 188.4/123/DKUKMTK/2025",
        "Gratis",
        "5 hari kerja",
        "Rabu, 5 November 2025 (05-11-2025)",
        "Berkas belum lengkap: 2 dari 4 persyaratan wajib belum ada",
        "SP4N-LAPOR!",
        "27 Tahun 2022",
        "Batumandi, 29 Oktober 2025",
        "Syifa Miratil Hayati",
    ):
        assert pdfcheck.reads_in_order(text, expected), f"{expected!r} missing on {layout}"
    for requirement in REQUIREMENTS:
        assert pdfcheck.reads_in_order(text, requirement), f"requirement missing on {layout}: {requirement}"
    assert missing_marks(text) == (2 if "two-up" not in layout else 4)
    if "two-up" not in layout:
        assert marked_items(text, "✓ Diterima") == 3


@pytest.mark.parametrize(("layout", "variant"), [*((layout, "normal") for layout in LAYOUTS),
                                                 *((layout, "long") for layout in LONG_LAYOUTS)])
def test_full_nik_and_phone_never_reach_the_page(layout: str, variant: str) -> None:
    squeezed = pdfcheck.squeezed(text_of(layout, variant))
    for secret in (NIK, "6281234567890", "081234567890", "1234567890"):
        assert secret not in squeezed


def test_nothing_personal_in_the_metadata() -> None:
    meta = PdfReader(io.BytesIO(rendered("A4"))).metadata
    assert meta is not None
    values = " ".join(str(v) for v in meta.values())
    assert "0001/PNP/DKUKMTK/X/2025" in values
    assert NIK not in values and "Siti Aminah" not in values


@pytest.mark.parametrize("layout", LONG_LAYOUTS)
def test_long_values_wrap_inside_the_page_without_overlapping(layout: str) -> None:
    pdf = rendered(layout, "long")
    assert pdfcheck.chars_outside_page(pdf) == []
    assert pdfcheck.overlapping_chars(pdf) == []
    text = pdfcheck.text(pdf)
    assert pdfcheck.reads_in_order(text, LONG_NAME)  # all 200 characters, wrapped but whole
    for requirement in LONG_REQUIREMENTS:
        assert pdfcheck.reads_in_order(text, requirement), requirement
    assert missing_marks(text) == 5


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_receipt_too_long_for_half_a_sheet_is_not_printed_two_up(paper: str) -> None:
    """Two-up is offered only when each half fits at its legible size; asked anyway, it says why not."""
    assert two_up_possible(make_receipt(), paper)
    assert not two_up_possible(long_receipt(), paper)
    with pytest.raises(TwoUpTooLong, match="terlalu panjang untuk dua lembar"):
        render_receipt(long_receipt(), paper, two_up=True)
    assert not two_up_possible(make_receipt(), "A5") and not two_up_possible(make_receipt(), "80mm")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_qr_code_is_clear_of_text(layout: str) -> None:
    for variant in ("normal", "long") if "two-up" not in layout else ("normal",):
        boxes = [box for page in pdfcheck.parsed(rendered(layout, variant)) for box in _qr_boxes(page)]
        assert len(boxes) == (2 if "two-up" in layout else 1)
        for page in pdfcheck.parsed(rendered(layout, variant)):
            for box in _qr_boxes(page):
                x0, top, x1, bottom = box
                inside = [c["text"] for c in page.chars
                          if c["x1"] > x0 and c["x0"] < x1 and c["bottom"] > top and c["top"] < bottom]
                assert inside == [], f"text over the QR code on {layout}/{variant}: {''.join(inside)}"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_copy_two_says_salinan_and_copy_one_does_not(layout: str) -> None:
    assert "SALINAN" not in text_of(layout)
    assert "SALINAN ke-2" in text_of(layout, "normal", 2)


def test_salinan_is_on_every_page_of_a_long_copy() -> None:
    """Every field at its worst (a 500-character office address, fifteen long requirements) spills
    onto a second A5 page: the mark is on both."""
    long_copy = pdfcheck.page_texts(rendered("A5", "long", 2))
    assert len(long_copy) > 1 and all("SALINAN ke-2" in t for t in long_copy)


def test_copy_number_starts_at_one() -> None:
    with pytest.raises(ValueError):
        render_receipt(make_receipt(copy_no=0))


def test_page_sizes() -> None:
    assert all(size == pytest.approx((609.4, 935.4), abs=0.05) for size in pdfcheck.page_sizes(rendered("F4")))
    assert pdfcheck.page_sizes(rendered("A4"))[0] == pytest.approx((595.3, 841.9), abs=0.05)
    for roll, width in (("80mm", 226.8), ("58mm", 164.4)):
        sizes = pdfcheck.page_sizes(rendered(roll, "long"))
        assert len(sizes) == 1 and sizes[0][0] == pytest.approx(width, abs=0.05)
        assert sizes[0][1] > pdfcheck.page_sizes(rendered(roll))[0][1]  # the roll grows with the content


def test_usual_receipt_fits_one_sheet_of_a4_and_f4() -> None:
    assert len(pdfcheck.page_sizes(rendered("A4"))) == 1
    assert len(pdfcheck.page_sizes(rendered("F4"))) == 1


def test_two_up_has_both_copies_on_one_sheet() -> None:
    pdf = rendered("A4 two-up")
    page = next(pdfcheck.pages(pdf))
    assert len(pdfcheck.page_sizes(pdf)) == 1
    lines = page.extract_text_lines()
    top = next(line["top"] for line in lines if "Lembar untuk Pemohon" in line["text"])
    bottom = next(line["top"] for line in lines if "Lembar untuk Arsip" in line["text"])
    assert top < page.height / 2 < bottom
    assert "potong di sini" in page.extract_text()
    assert text_of("A4 two-up").count("0001/PNP/DKUKMTK/X/2025") == 2
    with pytest.raises(ValueError):
        render_receipt(make_receipt(), "58mm", two_up=True)


@pytest.mark.parametrize("layout", ["A4", "58mm", "A4 two-up"])
def test_deterministic_mode_gives_identical_bytes(layout: str) -> None:
    paper, _, two_up = layout.partition(" ")
    data = make_receipt()
    first = render_receipt(data, paper, two_up=bool(two_up), deterministic=True)
    assert render_receipt(data, paper, two_up=bool(two_up), deterministic=True) == first


@pytest.mark.parametrize("layout", LAYOUTS)
def test_valid_pdf_with_only_embedded_fonts(layout: str, tmp_path: Path) -> None:
    for variant in ("normal", "long") if "two-up" not in layout else ("normal",):
        pdf = rendered(layout, variant)
        assert pdfcheck.qpdf_problems(pdf, tmp_path) == ""
        found = pdfcheck.fonts(pdf, tmp_path)
        assert found and all(f["emb"] == "yes" and "DejaVuSans" in f["name"] for f in found), found


def test_visitor_without_nik_phone_or_organisation() -> None:
    request = make_request(visitor_nik=None, visitor_phone=None, organisation="", visitor_desa="", visitor_kecamatan="")
    text = pdfcheck.text(render_receipt(make_receipt(request=request), "80mm"))  # rows read "Label: value"
    assert "NIK:" not in text and "Nomor HP:" not in text and "Organisasi/usaha:" not in text
    assert "Domisili:" not in text and "Nama: Siti Aminah" in text


def test_without_checklist_the_requirements_count_as_missing() -> None:
    text = pdfcheck.text(render_receipt(make_receipt(request=make_request(checklist=())), "80mm"))
    assert marked_items(text, "✗ Belum ada") == len(REQUIREMENTS) - 1
    assert marked_items(text, "– Tidak wajib") == 1  # "(jika ada)": optional, not missing
    assert "Berkas belum lengkap: 4 dari 4 persyaratan wajib belum ada" in text


def test_complete_file_says_so() -> None:
    request = make_request()
    done = replace(request, checklist=tuple(replace(item, received=True) for item in request.checklist))
    text = pdfcheck.text(render_receipt(make_receipt(request=done), "A4"))
    assert "Berkas lengkap: 4 dari 4 persyaratan wajib diterima." in text and "Belum ada" not in text


def test_same_day_service_and_a_fee() -> None:
    from tests.documents.conftest import make_standard

    standard = make_standard(same_day=True, duration_days=None, duration_minutes=15, fee=25000)
    text = pdfcheck.text(render_receipt(make_receipt(standard=standard), "58mm"))
    assert "Hari yang sama (± 15 menit)" in text and "Rp25.000" in text


# --- the QR code -------------------------------------------------------------------------


def _flowables(items: object) -> Iterator[Flowable]:
    """Every flowable in a story, including those nested in table cells."""
    if isinstance(items, list | tuple):
        for item in items:
            yield from _flowables(item)
    elif isinstance(items, Table):
        yield items
        for row in items._cellvalues:
            yield from _flowables(list(row))
    elif isinstance(items, Flowable):
        yield items


@pytest.mark.parametrize("layout", ["sheet", "roll", "half"])
def test_qr_widget_gets_exactly_the_payload(layout: str, receipt: ReceiptData) -> None:
    paper = get_paper("58mm" if layout == "roll" else "A4")
    story = receipt_story(receipt, paper, layout=layout)  # type: ignore[arg-type]
    codes = [f for f in _flowables(story) if isinstance(f, QrFlowable)]
    assert len(codes) == 1
    assert codes[0].widget.value == receipt.qr_payload
    check = verify_qr_payload(codes[0].payload, SECRET)
    assert check.genuine and check.ref_number == receipt.request.ref_number


def _module_rects(page: pdfcheck.PageData) -> list[dict[str, float]]:
    """Black filled rectangles one module high: the runs of dark QR modules."""
    return [r for r in page.rects
            if r.get("fill") and r["height"] < 5 and not any(r.get("non_stroking_color") or (1,))]


def _qr_boxes(page: pdfcheck.PageData) -> list[tuple[float, float, float, float]]:
    """Bounding boxes (x0, top, x1, bottom) of the QR codes on a page: clusters of small black rectangles."""
    rects = sorted(_module_rects(page), key=lambda r: r["top"])
    clusters: list[list[dict[str, float]]] = []
    for r in rects:
        if clusters and r["top"] - max(c["bottom"] for c in clusters[-1]) < 5:
            clusters[-1].append(r)
        else:
            clusters.append([r])
    return [(min(r["x0"] for r in c), min(r["top"] for r in c), max(r["x1"] for r in c), max(r["bottom"] for r in c))
            for c in clusters if len(c) > 50]


@pytest.mark.parametrize("layout", ["A4", "80mm"])
def test_printed_qr_modules_encode_the_payload(layout: str, receipt: ReceiptData) -> None:
    """Rebuild the module grid from the rectangles in the PDF and compare it with a fresh encoding."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(receipt.qr_payload)
    qr.make()
    expected = [[bool(m) for m in row] for row in qr.modules]
    n = len(expected)

    page = pdfcheck.parsed(render_receipt(receipt, layout))[0]
    rects = _module_rects(page)
    left = min(r["x0"] for r in rects)
    top = min(r["top"] for r in rects)
    box = (max(r["bottom"] for r in rects) - top) / n
    grid = [[False] * n for _ in range(n)]
    for r in rects:
        row = int(((r["top"] + r["bottom"]) / 2 - top) / box)
        first = round((r["x0"] - left) / box)
        for col in range(first, first + round(r["width"] / box)):
            grid[row][col] = True
    assert grid == expected


def test_tampered_payload_fails_verification(receipt: ReceiptData) -> None:
    payload = receipt.qr_payload
    assert verify_qr_payload(payload, SECRET).genuine
    assert not verify_qr_payload(payload.replace("0001/", "0009/"), SECRET).genuine
    flipped = payload[:-1] + ("1" if payload[-1] == "0" else "0")
    assert not verify_qr_payload(flipped, SECRET).genuine


@pytest.mark.parametrize("roll", ["80mm", "58mm"])
def test_a_roll_receipt_stays_short_for_every_seeded_service(roll: str) -> None:
    """A roll lists each document on one line with its mark and carries the first layer of the privacy
    notice: even P3's seventeen requirements stay under 42 cm of paper (it took 52–55 cm before)."""
    lengths = {}
    for entry in seeded.published():
        pdf = render_receipt(seeded.receipt_for(entry.service_code, copy_no=2), roll)
        lengths[entry.service_code] = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height) / 72 * 25.4
        text = pdfcheck.text(pdf)
        assert "tersedia di loket pelayanan" in text and "SALINAN ke-2" in text
    assert max(lengths.values()) <= 420, lengths
    assert sorted(lengths.values())[len(lengths) // 2] <= 350, lengths  # the usual one: 40 cm or more before
