"""The Hari ini area, the first screen after login: today's counts, each a way into the filtered register.

`install(window, db)` adds it as the window's first area (shown at login, Ctrl+0 from anywhere),
and connects its jumps: a count opens the register filtered to what it counts, a forum opens in the
forums area, the SKM box opens the survey area, the complaints box the overdue complaints, the backup
box the backup dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.store.database import Database
from desk.store.requests import RegisterFilter
from desk.ui.actions import AppAction
from desk.ui.today.page import TodayPage

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

__all__ = ["AREA", "TodayPage", "install"]

AREA = "today"


def install(window: MainWindow, db: Database) -> TodayPage:
    page = TodayPage(db)
    window.add_area(AREA, window.tr("Hari ini"), page, numbered=False)
    window.bind(AppAction.TODAY, lambda: window.show_area(AREA))
    window.changed.connect(page.apply_changes)
    page.open_register.connect(lambda filters: _open_register(window, filters))
    page.open_forum.connect(lambda forum_id: _open_forum(window, forum_id))
    page.open_survey.connect(lambda: window.show_area("survey"))
    page.open_backups.connect(lambda: window.action(AppAction.BACKUPS).trigger())
    page.open_overdue_complaints.connect(lambda: _open_overdue_complaints(window))
    return page


def _open_register(window: MainWindow, filters: RegisterFilter) -> None:
    window.show_register()
    window.register.show_filter(filters)
    window.register.focus_table()


def _open_forum(window: MainWindow, forum_id: int) -> None:
    from desk.ui.forums import AREA_KEY

    window.show_area(AREA_KEY)
    page = window.areas[AREA_KEY]
    reload = getattr(page, "reload", None)
    if callable(reload):
        reload(select_id=forum_id)


def _open_overdue_complaints(window: MainWindow) -> None:
    from desk.ui.complaints import AREA_KEY

    window.show_area(AREA_KEY)
    window.areas[AREA_KEY].show_overdue()
