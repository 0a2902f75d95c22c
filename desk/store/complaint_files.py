"""Attachments of a complaint: scans and photos, checked by their content before anything is stored.

A file is accepted when its bytes are a PNG or JPEG image that Pillow decodes to the last pixel,
or a PDF that pypdf opens with every page it declares; its name says nothing (a renamed .docx
is refused, a photo called "scan.pdf" is stored as the JPEG it is). Both libraries are declared
dependencies of Desk (pillow, pypdf). Each refusal says why in Indonesian, and nothing is saved.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import PurePath

from desk.domain.intake import plain_text
from desk.domain.messages import N_, Filled
from desk.store.errors import StoreError

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENTS = 10  # per complaint
MAX_FILE_NAME = 200
PNG, JPEG, PDF = "image/png", "image/jpeg", "application/pdf"
MEDIA_LABELS = {PNG: "Gambar PNG", JPEG: "Foto JPEG", PDF: "PDF"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"
_PDF_HEADER_WITHIN = 1024  # the PDF header may follow a little junk (the standard allows it)
_PDF_EOF_WITHIN = 2048  # "%%EOF" near the end: a truncated download has none
_PIXELS_LIMIT = 80_000_000  # a decompression bomb, or a photo no one needs at this size

log = logging.getLogger(__name__)


class AttachmentRefused(StoreError):
    def __init__(self, message: str) -> None:
        super().__init__(message, "attachment")


@dataclass(frozen=True, slots=True)
class CheckedFile:
    file_name: str
    media_type: str
    size: int


def clean_file_name(name: str) -> str:
    """The file's own name (no folders, no control characters), at most 200 characters, keeping its ending."""
    base = plain_text(PurePath(name.replace("\\", "/")).name).strip() or "lampiran"
    if len(base) <= MAX_FILE_NAME:
        return base
    suffix = PurePath(base).suffix[:10]
    return base[: MAX_FILE_NAME - len(suffix)] + suffix


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def sniff(data: bytes) -> str | None:
    """PNG, JPEG or PDF by the file's first bytes; None for anything else."""
    if data.startswith(_PNG_SIGNATURE):
        return PNG
    if data.startswith(_JPEG_SIGNATURE):
        return JPEG
    if b"%PDF-" in data[:_PDF_HEADER_WITHIN]:
        return PDF
    return None


def size_problem(file_name: str, size: int) -> str | None:
    """Why a file of `size` bytes is not taken (empty or too large), before it is even read; None if fine."""
    name = clean_file_name(file_name)
    if size == 0:
        return Filled(N_("Berkas \"{name}\" kosong (0 bait). Pilih berkas hasil pindaian atau foto yang benar."),
                      name=name)
    if size > MAX_ATTACHMENT_BYTES:
        return Filled(N_("Berkas \"{name}\" terlalu besar ({size} MB); paling besar {limit} MB. Pindai ulang dengan "
                         "resolusi lebih kecil (150 dpi cukup) atau kecilkan fotonya."),
                      name=name, size=_megabytes(size), limit=_megabytes(MAX_ATTACHMENT_BYTES))
    return None


def check_attachment(file_name: str, data: bytes) -> CheckedFile:
    """The file as it will be stored, or AttachmentRefused saying why not."""
    name = clean_file_name(file_name)
    size = len(data)
    problem = size_problem(name, size)
    if problem:
        raise AttachmentRefused(problem)
    media_type = sniff(data)
    if media_type is None:
        raise AttachmentRefused(Filled(N_(
            "Berkas \"{name}\" bukan gambar (PNG atau JPEG) atau PDF, walau namanya mungkin berakhiran demikian. "
            "Simpan ulang sebagai PDF atau foto JPEG, lalu lampirkan lagi."), name=name))
    problem = _pdf_problem(data) if media_type == PDF else _image_problem(data, media_type)
    if problem:
        raise AttachmentRefused(Filled(N_("Berkas \"{name}\" {problem}"), name=name, problem=problem))
    return CheckedFile(name, media_type, size)


def _damaged(kind: str) -> str:
    return Filled(N_("rusak atau tidak lengkap ({kind} tidak dapat dibuka sampai akhir). "
                     "Salin atau pindai ulang berkasnya, lalu lampirkan lagi."), kind=kind)


def _image_problem(data: bytes, media_type: str) -> str | None:
    from PIL import Image

    expected = "PNG" if media_type == PNG else "JPEG"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[expected]) as image:
                if image.width * image.height > _PIXELS_LIMIT:
                    return N_("berukuran terlalu besar (lebih dari 80 megapiksel). Kecilkan fotonya.")
                image.load()  # decodes every pixel: a cut-off file fails here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return N_("berukuran terlalu besar (lebih dari 80 megapiksel). Kecilkan fotonya.")
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        log.info("image attachment refused: %s", type(exc).__name__)
        return _damaged(N_("gambar"))
    return None


def _pdf_problem(data: bytes) -> str | None:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if b"%%EOF" not in data[-_PDF_EOF_WITHIN:]:
        return _damaged("PDF")
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # its repair notes are not the officer's business
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return N_("dikunci dengan kata sandi. Simpan ulang tanpa kata sandi, lalu lampirkan lagi.")
        declared = int(reader.trailer["/Root"]["/Pages"]["/Count"])
        pages = len(reader.pages)
        if pages < 1 or pages != declared:
            return _damaged("PDF")
        for page in reader.pages:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, NotImplementedError) as exc:
        log.info("PDF attachment refused: %s", type(exc).__name__)
        return _damaged("PDF")
    finally:
        pypdf_log.setLevel(level)
    return None
