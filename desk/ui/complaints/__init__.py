"""The Pengaduan area in the main window: the complaints register, built when first opened.

`install(window, db)` is what the main window's lazy builder calls: it adds the area, binds the
"Pengaduan baru" action (Ctrl+Shift+N) and listens to the window's `changed`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.store.database import Database
from desk.ui.actions import AppAction
from desk.ui.complaints.page import ComplaintsPage

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

__all__ = ["AREA_KEY", "ComplaintsPage", "install"]

AREA_KEY = "complaints"


def install(window: MainWindow, db: Database) -> ComplaintsPage:
    page = ComplaintsPage(db)
    window.add_area(AREA_KEY, window.tr("Pengaduan"), page)
    window.changed.connect(page.on_changed)

    def new_complaint() -> None:
        window.show_area(AREA_KEY)
        page.new_complaint()

    window.bind(AppAction.NEW_COMPLAINT, new_complaint)
    return page
