"""Sample files and people for the complaints tests (store, documents, UI): real bytes, made here."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from desk.domain.complaints import ComplaintDraft

# Tuesday 17 March 2026, 10.00 WITA: the day before the Nyepi / Idul Fitri closures of 2026.
BEFORE_LEBARAN = datetime(2026, 3, 17, 2, 0, tzinfo=UTC)
# Monday 2 November 2026, 09.00 WITA: an ordinary week.
MONDAY = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def png_bytes(width: int = 120, height: int = 80) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(width: int = 640, height: int = 480) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (240, 240, 230))
    ImageDraw.Draw(image).rectangle((40, 40, width - 40, height - 40), outline=(0, 0, 0), width=6)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def pdf_bytes(pages: int = 2) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    for n in range(pages):
        canvas.drawString(100, 700, f"Surat pengaduan, halaman {n + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def docx_bytes() -> bytes:
    """A Word document (a zip), as an officer might attach by mistake."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document>Pengaduan</document>")
    return out.getvalue()


def siti(**changes: object) -> ComplaintDraft:
    values: dict[str, object] = {
        "kind": "pengaduan", "channel": "datang_langsung", "name": "Siti Rahmah", "phone": "0812-3456-7890",
        "email": "siti.rahmah@contoh.id", "address": "Jl. Mampari RT 02, Batumandi", "contact_consent": True,
        "subject": "Kartu AK/I belum selesai",
        "description": "Saya mendaftar dua minggu lalu dan kartu AK/I belum dapat diambil.",
    }
    values.update(changes)
    return ComplaintDraft(**values)  # type: ignore[arg-type]
