"""Attachments: images and PDFs by their content are stored; anything else is refused and nothing is saved."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk.store import complaints
from desk.store.access import HEAD, OFFICER, AccessDenied
from desk.store.complaint_files import (
    MAX_ATTACHMENT_BYTES,
    AttachmentRefused,
    check_attachment,
    clean_file_name,
)
from desk.store.database import Database
from desk.store.models_complaints import ComplaintAttachmentRow
from tests.complaint_samples import MONDAY, docx_bytes, jpeg_bytes, pdf_bytes, png_bytes, siti
from tests.factories import user_with_role


@pytest.fixture
def officer(db: Database) -> Database:
    return db.as_user(user_with_role(db, OFFICER, "Rahmat", username="rahmat", password="Mampari#2026"))


@pytest.fixture
def complaint_id(officer: Database) -> int:
    return complaints.record_complaint(officer, siti(), now=MONDAY).value.complaint.id


def stored(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ComplaintAttachmentRow)) or 0


def test_a_scan_and_photos_are_stored_by_what_they_are_not_what_they_are_called(
        officer: Database, complaint_id: int) -> None:
    complaints.add_attachment(officer, complaint_id, "C:\\Pindaian\\surat pengaduan.pdf", pdf_bytes(3))
    complaints.add_attachment(officer, complaint_id, "bukti.png", png_bytes())
    record = complaints.add_attachment(officer, complaint_id, "foto-loket.pdf", jpeg_bytes()).value
    assert [(a.file_name, a.media_type) for a in record.attachments] == [
        ("surat pengaduan.pdf", "application/pdf"), ("bukti.png", "image/png"), ("foto-loket.pdf", "image/jpeg"),
    ]
    assert record.attachments[0].added_by == "Rahmat"
    opened = complaints.attachment_file(officer, record.attachments[1].id)
    assert opened.data == png_bytes() and opened.media_type == "image/png"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("surat.pdf", docx_bytes(), "bukan gambar (PNG atau JPEG) atau PDF"),
    ("foto.jpg", b"GIF89a" + b"\0" * 200, "bukan gambar (PNG atau JPEG) atau PDF"),
    ("foto.jpg", jpeg_bytes()[:4000], "rusak atau tidak lengkap"),
    ("bukti.png", png_bytes()[:-40], "rusak atau tidak lengkap"),
    ("scan.pdf", pdf_bytes(2)[:-300], "rusak atau tidak lengkap"),
    ("scan.pdf", pdf_bytes(2)[:500] + b"x" * 300 + pdf_bytes(2)[800:], "rusak atau tidak lengkap"),
    ("kosong.pdf", b"", "kosong"),
    ("besar.pdf", b"%PDF-1.4\n" + b"0" * MAX_ATTACHMENT_BYTES, "terlalu besar (5,0 MB); paling besar 5,0 MB"),
])
def test_a_file_that_is_not_an_image_or_pdf_too_large_or_damaged_is_refused_and_nothing_saved(
        officer: Database, complaint_id: int, name: str, data: bytes, message: str) -> None:
    with pytest.raises(AttachmentRefused) as info:
        complaints.add_attachment(officer, complaint_id, name, data)
    assert message in info.value.message and name in info.value.message
    assert stored(officer) == 0
    assert complaints.complaint(officer, complaint_id).attachments == ()


def test_a_photo_of_eighty_megapixels_or_more_is_refused(officer: Database) -> None:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (10_000, 8_100)).save(out, "PNG")  # 81 million pixels, a few kilobytes compressed
    with pytest.raises(AttachmentRefused, match="80 megapiksel"):
        check_attachment("besar.png", out.getvalue())


def test_names_keep_only_the_file_itself() -> None:
    assert clean_file_name("/home/loket/../surat\x00.pdf") == "surat.pdf"
    long = clean_file_name("a" * 300 + ".jpeg")
    assert len(long) == 200 and long.endswith(".jpeg")


def test_the_head_may_not_open_an_attachment_nor_add_one(officer: Database, db: Database, complaint_id: int) -> None:
    record = complaints.add_attachment(officer, complaint_id, "bukti.png", png_bytes()).value
    head = db.as_user(user_with_role(db, HEAD, "Kadis", username="kadis", password="Batumandi#2026"))
    assert complaints.complaint(head, complaint_id).attachments[0].file_name == "bukti.png"
    with pytest.raises(AccessDenied):
        complaints.attachment_file(head, record.attachments[0].id)
    with pytest.raises(AccessDenied):
        complaints.add_attachment(head, complaint_id, "lagi.png", png_bytes())
