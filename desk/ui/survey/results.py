"""A period's result on screen: the index and its grade, the sample progress, every unsur, every unit and service.

"112 dari 169 responden" with a bar; a result whose sample is below the Krejcie–Morgan minimum
(or whose population Desk has not recorded) says so beside it. The unsur table names the
weakest. The table below lists the units and services of the same period; Enter on one of
them shows its own result. The report, the poster and the processing sheet are one button away.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSplitter, QVBoxLayout, QWidget

from desk.domain.document_kinds import DocumentKind
from desk.domain.skm_records import SERVICE, UNIT, Overview, ScopeResult
from desk.store import survey
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.survey import SurveySetup
from desk.ui.common import ERROR_STYLE, MUTED_STYLE, OK_STYLE, message_label, show_message, tr
from desk.ui.screen_text import format_number
from desk.ui.survey import files
from desk.ui.survey.pickers import PeriodPicker, ScopePicker
from desk.ui.survey.words import grade_label, period_label, progress, sample_note, score, unsur_name
from desk.ui.translations import error_text, translated
from desk.ui.widgets.buttons import button_row, push_button
from desk.ui.widgets.tables import fill_table, make_table, selected_key

log = logging.getLogger(__name__)

WARNING_STYLE = "color: #8a4b00; font-weight: bold;"


def grade_text(result: ScopeResult) -> str:
    return f"{result.grade} ({grade_label(result.result.grade_label)})" if result.result else "–"


class ResultsPage(QWidget):
    def __init__(self, db: Database, setup: SurveySetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyResults")
        self.db = db
        self.current: ScopeResult | None = None
        self.overview: Overview | None = None
        self.period_picker = PeriodPicker(setup.today)
        self.scope = ScopePicker(setup.office_name, setup.units, setup.services)
        self.scope.setMinimumContentsLength(28)
        top = QHBoxLayout()
        top.addWidget(self.period_picker)
        scope_label = QLabel(tr("&Cakupan:"))
        scope_label.setBuddy(self.scope)
        top.addWidget(scope_label)
        top.addWidget(self.scope, 1)

        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scopeLabel")
        self.scope_label.setStyleSheet(MUTED_STYLE)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("progress")
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(320)
        self.note = QLabel()
        self.note.setObjectName("sampleNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(WARNING_STYLE)
        self.weakest = QLabel()
        self.weakest.setObjectName("weakest")
        self.weakest.setWordWrap(True)
        self.message = message_label("resultsMessage")

        self.unsur_table = make_table((tr("Kode"), tr("Unsur pelayanan"), tr("Jawaban"), tr("NRR"), tr("Konversi"),
                                       tr("Mutu")), "unsurTable", stretch=1)
        self.parts_table = make_table((tr("Unit / layanan"), tr("Responden"), tr("Pengguna layanan"),
                                       tr("Sampel minimal"), tr("Konversi"), tr("Mutu")), "partsTable", stretch=0)
        self.parts_table.setToolTip(tr("Enter: tampilkan hasil unit atau layanan ini"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.unsur_table)
        splitter.addWidget(self.parts_table)

        self.report_button = push_button(tr("Lapo&ran PDF…"), lambda: self.open(DocumentKind.SKM_REPORT),
                                         "skmReport")
        self.poster_button = push_button(tr("Po&ster…"), lambda: self.open(DocumentKind.SKM_POSTER), "skmPoster")
        self.export_button = push_button(tr("&Ekspor Excel…"), self.export, "skmExport")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        summary = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.headline)
        left.addWidget(self.scope_label)
        summary.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.progress_text)
        right.addWidget(self.progress)
        summary.addLayout(right)
        layout.addLayout(summary)
        layout.addWidget(self.note)
        layout.addWidget(self.weakest)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(button_row(self.report_button, self.poster_button, self.export_button))

        self.period_picker.changed.connect(lambda _p: self.reload())
        self.scope.currentIndexChanged.connect(lambda _i: self.reload(keep_overview=True))
        self.parts_table.itemActivated.connect(lambda _item: self.show_part())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.parts_table, activated=self.show_part,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.setFocusProxy(self.unsur_table)
        self.reload()

    def reload(self, *, keep_overview: bool = False) -> None:
        period = self.period_picker.period
        try:
            if not keep_overview or self.overview is None or self.overview.office.period != period:
                self.overview = survey.overview(self.db, period)
            if self.scope.unit_id is None and self.scope.service_id is None:
                current = self.overview.office
            else:
                current = survey.scope_result(self.db, period, unit_id=self.scope.unit_id,
                                              service_id=self.scope.service_id)
        except StoreError as exc:
            log.warning("survey results: %s", exc.message)
            show_message(self.message, error_text(exc), problem=True)
            return
        self.message.hide()
        self.current = current
        self._show(current)
        self._show_parts(self.overview)

    def _show(self, current: ScopeResult) -> None:
        result = current.result
        period = period_label(current.period)
        if result is None:
            self.headline.setText(tr("Belum ada hasil"))
            self.weakest.setText(translated(current.problem))
            self.weakest.setStyleSheet(MUTED_STYLE)
        else:
            self.headline.setText(tr("IKM {score} — mutu {grade} ({label})").format(
                score=score(result.konversi_shown), grade=result.grade, label=grade_label(result.grade_label)))
            weak = result.weakest
            self.weakest.setText(tr("Unsur terendah: {code} {name} ({score}, mutu {grade}). Jadikan prioritas "
                                    "tindak lanjut.").format(code=weak.unsur.code, name=unsur_name(weak.unsur),
                                                             score=score(weak.konversi_shown),
                                                             grade=weak.grade))
            self.weakest.setStyleSheet("")
        self.scope_label.setText(f"{current.scope.label} · {period}")
        self.progress_text.setText(progress(current))
        self.progress.setMaximum(max(1, current.minimum))
        self.progress.setValue(min(current.respondents, max(1, current.minimum)))
        if current.enough:
            self.note.setText(tr("Sampel mencukupi: minimal {n} responden untuk {p} pengguna layanan "
                                 "(Krejcie–Morgan).").format(n=format_number(current.minimum),
                                                             p=format_number(current.population)))
            self.note.setStyleSheet(OK_STYLE)
        else:
            self.note.setText(sample_note(current))
            self.note.setStyleSheet(WARNING_STYLE if current.population_known else ERROR_STYLE)
        rows: list[tuple[str, ...]] = []
        if result is not None:
            rows = [(r.unsur.code, unsur_name(r.unsur), format_number(r.answered), format_number(r.nrr_shown, 2),
                     score(r.konversi_shown), f"{r.grade} ({grade_label(r.grade_label)})") for r in result.unsur]
        weakest = {i for i, r in enumerate(result.unsur) if r is result.weakest} if result else set()
        fill_table(self.unsur_table, rows, highlight=weakest)
        for button in (self.report_button, self.poster_button, self.export_button):
            button.setEnabled(current.respondents > 0)

    def _show_parts(self, overview: Overview) -> None:
        parts = [p for p in (*overview.units, *overview.services) if p.respondents or p.population]
        rows = [(("      " if p.scope.kind == SERVICE else "") + p.scope.label,
                 format_number(p.respondents) + ("" if p.enough else " *"), format_number(p.population),
                 format_number(p.minimum), score(p.konversi) if p.konversi is not None else "–",
                 grade_text(p)) for p in parts]
        keys = [(p.scope.kind, p.scope.id) for p in parts]
        fill_table(self.parts_table, rows, keys=[f"{kind}:{sid}" for kind, sid in keys],
                   highlight={i for i, p in enumerate(parts) if not p.enough})

    def show_part(self) -> None:
        key = selected_key(self.parts_table)
        if not key:
            return
        kind, _sep, ident = str(key).partition(":")
        self.scope.select(int(ident) if kind == UNIT else None, int(ident) if kind == SERVICE else None)

    def refresh(self) -> None:
        self.reload()

    def open(self, kind: DocumentKind) -> None:
        files.open_document(self, self.db, kind, self.period_picker.period, unit_id=self.scope.unit_id,
                            service_id=self.scope.service_id)

    def export(self) -> None:
        written = files.export_sheet(self, self.db, self.period_picker.period, unit_id=self.scope.unit_id,
                                     service_id=self.scope.service_id)
        if written:
            show_message(self.message, tr("Lembar pengolahan ditulis ke {path}.").format(path=written))

