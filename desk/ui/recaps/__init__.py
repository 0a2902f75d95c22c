"""The "Rekap" area: recaps of requests for a period, their charts, papers and spreadsheet.

`install(window, db)` costs nothing at start: for a user who may read recaps (access.RECAP_READ:
the Pimpinan and the admin) it gives the area its tab, built when first opened, and binds the
"Rekap permohonan" action of the Lihat menu. Counter officers do not hold RECAP_READ (the recap
lists every officer's own counts), so for them there is no tab and no menu entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.store import access
from desk.store.database import Database
from desk.ui.actions import AppAction

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow
    from desk.ui.recaps.area import RecapArea

AREA = "recaps"


class RecapHook:
    def __init__(self, window: MainWindow, db: Database) -> None:
        self.window = window
        self.db = db
        self.area: RecapArea | None = None
        if not access.allowed(window.actor, access.RECAP_READ):
            return
        window.add_lazy_area(AREA, window.tr("Rekap"), self._build)
        window.bind(AppAction.RECAPS, lambda: window.show_area(AREA))

    def _build(self) -> None:
        from desk.ui.recaps.area import RecapArea

        self.area = RecapArea(self.db, self.window)
        self.window.changed.connect(self.area.on_changed)
        self.window.add_area(AREA, self.window.tr("Rekap"), self.area)

    def built(self) -> RecapArea:
        self.window.ensure_area(AREA)
        assert self.area is not None
        return self.area


def install(window: MainWindow, db: Database) -> RecapHook:
    return RecapHook(window, db)
