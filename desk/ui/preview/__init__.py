"""The shared PDF preview (Cetak, Simpan PDF, paper choice) every printed document goes through."""

from __future__ import annotations

from desk.ui.preview.dialog import PAPER_LABELS, PdfPreview

__all__ = ["PAPER_LABELS", "PdfPreview"]
