"""The Survei Kepuasan Masyarakat area: results, paper forms typed in, the follow-up plan, the visitor screen.

`install(window, db)` runs at start and costs nothing: it gives the area its tab (built when
first opened, `add_lazy_area`), binds the area's two actions (the visitor screen, Ctrl+Shift+U,
and typing paper forms) so they work before the area was ever opened, and watches the register:
when a request is closed as Selesai, Desk offers the survey for its service (desk.ui.survey.offer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.store.database import Database
from desk.ui.actions import AppAction

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow
    from desk.ui.survey.area import SurveyArea

AREA = "survey"


class SurveyHook:
    """What the main window keeps of the area before it is built: the way to build it and the offer."""

    def __init__(self, window: MainWindow, db: Database) -> None:
        self.window = window
        self.db = db
        self.area: SurveyArea | None = None
        window.add_lazy_area(AREA, window.tr("Survei Kepuasan"), self._build)
        from desk.ui.survey.offer import SurveyOffer  # small: the visitor screen itself loads when started

        self.offer = SurveyOffer(window, db)
        window.bind(AppAction.SURVEY_VISITOR, self.offer.start)
        window.bind(AppAction.SURVEY_PAPER, lambda: self.built().show_paper_forms())

    def _build(self) -> None:
        from desk.ui.survey.area import SurveyArea

        self.area = SurveyArea(self.db, self.window, self.offer)
        self.window.add_area(AREA, self.window.tr("Survei Kepuasan"), self.area)

    def built(self) -> SurveyArea:
        """The area, built now if it was not opened yet."""
        self.window.ensure_area(AREA)
        assert self.area is not None
        return self.area


def install(window: MainWindow, db: Database) -> SurveyHook:
    return SurveyHook(window, db)
