"""The kop surat as every document prints it, in the shared PDF preview (from the profile page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desk.domain.records import OfficeProfile
from desk.ui.admin.common import tr

if TYPE_CHECKING:
    from desk.ui.preview import PdfPreview

KIND = "letterhead"
PAPERS = ("A4", "F4", "A5", "80mm", "58mm")


def letterhead_pdf(office: OfficeProfile, paper: str = "A4") -> bytes:
    """A page holding only the kop (or a roll's text header), from the shared document base."""
    from desk.documents.base import build_pdf  # ReportLab loads only when a preview is asked for

    return build_pdf([], paper=paper, office=office, title=tr("Pratinjau kop surat"), deterministic=True)


def show_letterhead(parent: QWidget | None, office: OfficeProfile) -> PdfPreview:
    from desk.ui.preview import PdfPreview

    return PdfPreview.show_preview(
        parent, kind=KIND, title=tr("Pratinjau kop surat"),
        build=lambda paper, _two_up: letterhead_pdf(office, paper),
        papers=PAPERS, paper="A4", suggested_name="kop-surat.pdf",
    )
