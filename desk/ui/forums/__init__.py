"""The Forums area (Forum Konsultasi Publik): invitees, check-in, attendance sheet, recap, notulen, berita acara."""

from __future__ import annotations

from desk.ui.forums.page import ForumsPage

__all__ = ["ForumsPage"]
