"""What the receipt's speed-ups must not change: the QR symbol, the printed page, the fonts.

The QR code is encoded by ReportLab's rules with our own arithmetic (desk.documents.qr), font
subsets and their compressed files are reused between documents (desk.documents.fonts), and
paragraphs keep their last layout (styles.Para). Each is held here to what ReportLab itself
gives, or to what a reader of the PDF sees.
"""

from __future__ import annotations

import random
import string
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRUtil
from reportlab.platypus import Paragraph

from desk.documents import qr
from desk.documents.fonts import BOLD
from desk.documents.receipt import render_receipt
from desk.documents.styles import Para, styles_of_size
from tests.documents import pdfcheck
from tests.documents.conftest import make_receipt, make_request

LEVELS = ("L", "M", "Q", "H")
# No line breaks: ReportLab's own encoder fails on a trailing "\n" (its mode checks end in "$").
PAYLOAD_CHARS = string.ascii_letters + string.digits + string.punctuation + " éü✓"


def _reportlab_symbol(payload: str, level: str) -> list[str]:
    code = QRCode(None, getattr(QRErrorCorrectLevel, level))
    code.addData(payload)
    code.make()
    return ["".join("1" if m else "0" for m in row) for row in code.modules]


def _our_symbol(payload: str, level: str) -> list[str]:
    code = QRCode(None, getattr(QRErrorCorrectLevel, level))
    code.addData(payload)
    return qr.encode(code)


@settings(max_examples=60, deadline=None)
@given(payload=st.text(alphabet=PAYLOAD_CHARS, min_size=1, max_size=300),
       level=st.sampled_from(LEVELS))
def test_qr_symbol_is_module_for_module_reportlabs(payload: str, level: str) -> None:
    assert _our_symbol(payload, level) == _reportlab_symbol(payload, level)


def test_receipt_payloads_encode_as_reportlab_would() -> None:
    """Receipt-like payloads (the number, the date, a check code) at the receipt's level M."""
    rng = random.Random(8)
    for i in range(40):
        ref = f"{rng.randrange(1, 99999):04d}/{rng.choice(['PNP', 'KOP', 'UKM'])}/DKUKMTK/XI/2026"
        payload = f"DESK1|{ref}|2026-11-{1 + i % 28:02d}|{rng.getrandbits(64):016x}"
        assert _our_symbol(payload, "M") == _reportlab_symbol(payload, "M")


@pytest.mark.parametrize("level", LEVELS)
def test_every_mask_scores_as_reportlab_scores_it(level: str) -> None:
    """Not only the winner: all eight candidates get ReportLab's penalty, quirks included."""
    rng = random.Random(level)
    for _ in range(6):
        payload = "".join(rng.choice(string.ascii_letters + string.digits + "|/-") for _ in range(rng.randrange(5, 120)))
        code = QRCode(None, getattr(QRErrorCorrectLevel, level))
        code.addData(payload)
        code.version = code.calculate_version()
        for mask in range(8):
            code.makeImpl(True, mask)
            rows = ["".join("1" if m else "0" for m in row) for row in code.modules]
            assert qr._lost_points([int(r, 2) for r in rows], len(rows)) == QRUtil.getLostPoint(code)


@settings(max_examples=40, deadline=None)
@given(payload=st.text(alphabet=PAYLOAD_CHARS, max_size=400), level=st.sampled_from(LEVELS))
def test_codewords_are_reportlabs(payload: str, level: str) -> None:
    code = QRCode(None, getattr(QRErrorCorrectLevel, level))
    code.addData(payload)
    version = code.calculate_version()
    try:
        expected = QRCode.createData(version, code.errorCorrectLevel, code.dataList)
    except Exception:  # too long for any version: ours refuses too
        with pytest.raises(ValueError):
            qr.codewords(version, code.errorCorrectLevel, code.dataList)
        return
    assert qr.codewords(version, code.errorCorrectLevel, code.dataList) == expected


def _finder_edge_column(pdf: bytes) -> list[int]:
    """Grey levels down the left edge of the QR code's top-left finder square, rendered at 12x."""
    page_data = pdfcheck.parsed(pdf)[0]
    modules = [r for r in page_data.rects
               if r.get("fill") and r["height"] < 5 and not any(r.get("non_stroking_color") or (1,))]
    left = min(r["x0"] for r in modules)
    top = min(r["top"] for r in modules)
    box = min(r["width"] for r in modules)
    scale = 12
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=scale).to_pil().convert("L")
    finally:
        document.close()
    x = round((left + box / 2) * scale)
    return [image.getpixel((x, y)) for y in range(round((top + 0.5) * scale), round((top + 7 * box - 0.5) * scale))]


def test_qr_finder_square_prints_without_light_seams() -> None:
    """The finder's left edge is seven dark modules tall: solid, with no hairline between rows."""
    column = _finder_edge_column(render_receipt(make_receipt(), "A4", deterministic=True))
    assert len(column) > 50
    assert max(column) < 100, "light seam inside the QR finder pattern"


def test_fonts_reused_between_documents_give_the_same_bytes() -> None:
    """The second and later documents take cached subsets: byte for byte what the first one gave."""
    plain = make_receipt()
    first = render_receipt(plain, "A4", deterministic=True)
    accented = make_receipt(request=make_request(visitor_name="Zoë Ñuñez Śliwińska", organisation="Koperasi Ø"))
    render_receipt(accented, "80mm", deterministic=True)
    assert render_receipt(plain, "A4", deterministic=True) == first


def test_characters_new_to_a_later_document_are_printed() -> None:
    """A subset reused from an earlier receipt must not lose characters the next one needs."""
    render_receipt(make_receipt(), "A4", deterministic=True)
    name = "Zoë Ñuñez Śliwińska"
    text = pdfcheck.text(render_receipt(make_receipt(request=make_request(visitor_name=name)), "A4"))
    assert name in text


def test_paragraphs_of_the_same_text_share_no_fragments() -> None:
    """Markup parsed once is handed out as copies: what layout does to one paragraph stays there."""
    style = styles_of_size(10).cell
    first, second = Para("<b>Perkiraan selesai</b> Senin", style), Para("<b>Perkiraan selesai</b> Senin", style)
    assert [f.text for f in first.frags] == [f.text for f in second.frags] == ["Perkiraan selesai", " Senin"]
    assert not {id(f) for f in first.frags} & {id(f) for f in second.frags}
    first.frags[0].text = "diubah"
    first.wrap(40, 1000)  # narrow: words are split, attributes set on the fragments
    third = Para("<b>Perkiraan selesai</b> Senin", style)
    assert [f.text for f in second.frags] == [f.text for f in third.frags] == ["Perkiraan selesai", " Senin"]
    assert third.frags[0].fontName == BOLD


def test_paragraph_laid_out_again_only_for_the_same_width() -> None:
    style = styles_of_size(10).body
    text = "Kartu AK/I yang telah diperbarui (lapor ulang/perubahan data) atau kartu pengganti " * 3
    para = Para(text, style)
    for width in (300, 120, 300, 120):
        fresh = Paragraph(text, style)
        assert para.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert [line.words if hasattr(line, "words") else line[1] for line in para.blPara.lines] == \
            [line.words if hasattr(line, "words") else line[1] for line in fresh.blPara.lines]


def test_a_split_paragraph_is_laid_out_anew() -> None:
    """After ReportLab splits a paragraph (and drops its line breaks) the next wrap is a real one."""
    style = styles_of_size(10).body
    para = Para("Simpan tanda terima ini. " * 40, style)
    _, height = para.wrap(200, 1000)
    parts = para.split(200, height / 3)
    assert len(parts) == 2
    assert para.wrap(200, 1000) == (200, height)


def test_two_up_receipt_still_reads_back_with_long_data() -> None:
    """A half sheet is laid out once at its own width and size (fit.fit_story): every line prints."""
    data = make_receipt(request=replace(make_request(), visitor_name="Raden Ajeng Siti Nurhaliza Kartika Dewi"))
    text = pdfcheck.text(render_receipt(data, "F4", two_up=True))
    assert pdfcheck.reads_in_order(text, "Raden Ajeng Siti Nurhaliza Kartika Dewi")


def test_reportlab_formats_numbers_and_measures_text_in_its_c_accelerator() -> None:
    """ReportLab falls back to pure Python without the rl_accel wheel: a third of a long sheet's time then
    goes to formatting numbers, measuring and escaping text. The wheel is pinned; this holds it there."""
    import _rl_accel
    from reportlab.lib import rl_accel

    for name in ("fp_str", "escapePDF", "instanceStringWidthTTF"):
        assert getattr(rl_accel, name) is getattr(_rl_accel, name), name
