"""The Survei Kepuasan area: results, paper forms, follow-up, and the ways forms come in.

Three pages (Hasil, Formulir kertas, Tindak lanjut) under one row of buttons: the visitor screen
(Ctrl+Shift+U), the Excel template and the import. The pages refresh when survey data or the
register changes (the register's completed requests are the population), the visible one at
once and the others when next shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desk.store import access, survey
from desk.store.database import Database
from desk.store.work import Change, Changes
from desk.ui.actions import AppAction, with_shortcut
from desk.ui.common import MUTED_STYLE, may, message_label, show_message, tr
from desk.ui.survey import files
from desk.ui.survey.followup import FollowupPage
from desk.ui.survey.paper import PaperFormsPage
from desk.ui.survey.results import ResultsPage
from desk.ui.widgets.buttons import button_row, push_button

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow
    from desk.ui.survey.offer import SurveyOffer

SHOWN = (Change.SURVEY, Change.REQUESTS, Change.CATALOGUE, Change.FORUMS)


class SurveyArea(QWidget):
    def __init__(self, db: Database, window: MainWindow, offer: SurveyOffer) -> None:
        super().__init__()
        self.setObjectName("surveyArea")
        self.db = db
        self.window_ = window
        self.offer = offer
        setup = survey.survey_setup(db)
        entry = may(db.actor, access.SURVEY_ENTRY)
        self.tabs = QTabWidget()
        self.results = ResultsPage(db, setup)
        self.tabs.addTab(self.results, tr("&Hasil"))
        self.paper: PaperFormsPage | None = None
        if entry:
            self.paper = PaperFormsPage(db, setup)
            self.tabs.addTab(self.paper, tr("Formulir &kertas"))
        self.followup = FollowupPage(db, setup)
        self.tabs.addTab(self.followup, tr("&Tindak lanjut"))
        self.visitor_button = push_button(with_shortcut(tr("La&yar pengunjung"), AppAction.SURVEY_VISITOR),
                                          offer.start, "startVisitorSurvey")
        self.template_button = push_button(tr("Templat E&xcel…"), self.save_template, "skmTemplate")
        self.import_button = push_button(tr("&Impor Excel…"), self.import_forms, "skmImport")
        for button in (self.visitor_button, self.template_button, self.import_button):
            button.setVisible(entry)
        note = QLabel(tr("Survei tanpa nama: yang dicatat hanya layanan, tanggal dan profil responden."))
        note.setStyleSheet(MUTED_STYLE)
        self.message = message_label("surveyMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.visitor_button, self.template_button, self.import_button, note=note))
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._shown)
        window.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(SHOWN):
            return
        pages: list[QWidget] = [self.results, self.followup]
        for page in pages:
            if page is self.tabs.currentWidget() and self.isVisible():
                page.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(page)

    def _shown(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page is not None and self.isVisible():
            page.setFocus()  # the page's own first field or list (its focus proxy): keys work at once
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()  # type: ignore[attr-defined]

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._shown(self.tabs.currentIndex())

    def start_visitor_survey(self) -> None:
        self.offer.start()

    def show_paper_forms(self) -> None:
        self.window_.show_area("survey")
        if self.paper is not None:
            self.tabs.setCurrentWidget(self.paper)
            self.paper.answers.setFocus()

    def save_template(self) -> None:
        written = files.save_template(self, self.db)
        if written:
            show_message(self.message, tr("Templat ditulis ke {path}. Isi satu baris per formulir, lalu Impor "
                                          "Excel.").format(path=written))

    def import_forms(self) -> None:
        count = files.import_forms(self, self.db)
        if count:
            show_message(self.message, tr("%n formulir diimpor.", "", count))
