"""The Forums area (Forum Konsultasi Publik): invitees, check-in, attendance sheet, recap, notulen, berita acara.

What the main window calls: `install(window, db)` once, when the area is first opened. It adds
the area under the "forums" key and lets it hear every change the window broadcasts.
"""

from __future__ import annotations

from typing import Any

from desk.store.database import Database
from desk.ui.forums.common import tr
from desk.ui.forums.page import ForumsPage

__all__ = ["AREA_KEY", "ForumsPage", "install"]

AREA_KEY = "forums"  # desk.ui.main_window.FORUMS


def install(window: Any, db: Database) -> ForumsPage:
    page = ForumsPage(db)
    window.changed.connect(page.on_changed)
    window.add_area(AREA_KEY, tr("Forum Konsultasi Publik"), page)
    return page
