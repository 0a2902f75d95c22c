"""Asking at the right moment: when a request is closed as Selesai, Desk offers the survey for its service.

The offer never interrupts the officer: a line appears in the status bar ("Permohonan selesai:
tawarkan survei kepuasan untuk P1 …") with a button and the shortcut (Ctrl+Shift+U); it goes
away by itself after a few minutes. When the visitor screen is already open and waiting (a
second monitor or a touch screen at the counter), it is set to that service at once.

Hooked to the register with `register.status_changed` (the register emits it after a status
change is committed); whoever closes a request elsewhere calls `offer_survey(window, service_id)`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk.store import access
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.actions import AppAction, with_shortcut
from desk.ui.common import tr

if TYPE_CHECKING:
    from desk.domain.records import ServiceRecord
    from desk.ui.main_window import MainWindow
    from desk.ui.survey.visitor import VisitorSurvey

log = logging.getLogger(__name__)

OFFER_MS = 5 * 60_000  # how long the offer stays in the status bar


class OfferBar(QWidget):
    """The status-bar line that offers the survey for a service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyOffer")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("surveyOfferText")
        self.start = QPushButton(with_shortcut(tr("Mulai survei"), AppAction.SURVEY_VISITOR))
        self.start.setObjectName("surveyOfferStart")
        self.dismiss = QPushButton("×")
        self.dismiss.setToolTip(tr("Tutup tawaran survei"))
        self.dismiss.setFlat(True)
        self.dismiss.setMaximumWidth(28)
        for widget in (self.label, self.start, self.dismiss):
            layout.addWidget(widget)
        self.hide()


class SurveyOffer(QObject):
    """The visitor screen of this window, and the service offered for the next survey."""

    def __init__(self, window: MainWindow, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.service_id: int | None = None  # offered: the next survey is about this service
        self.service_name = ""
        self.visitor: VisitorSurvey | None = None
        self.bar = OfferBar()
        window.statusBar().addWidget(self.bar)
        self.bar.start.clicked.connect(self.start)
        self.bar.dismiss.clicked.connect(self.withdraw)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OFFER_MS)
        self._timer.timeout.connect(self.withdraw)
        if access.allowed(db.actor, access.SURVEY_ENTRY):
            window.register.status_changed.connect(self._status_changed)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # Once the window has really closed (it may still refuse), the visitor screen goes with it.
            QTimer.singleShot(0, self._window_closed)
        return False

    def _window_closed(self) -> None:
        if not self.window.isVisible() and self.visitor is not None:
            self.visitor.close_for_quit()

    def _status_changed(self, request_id: int) -> None:
        from desk.store import survey  # on the first status change, not at start

        try:
            service_id = survey.served_service(self.db, request_id)
        except StoreError as exc:
            log.warning("survey offer: %s", exc.message)
            return
        if service_id is not None:
            self.offer(service_id)

    def offer(self, service_id: int) -> None:
        """Offer the survey for `service_id` (a request of it was just completed)."""
        name = next((f"{s.code} — {s.name}" for s in self._services() if s.id == service_id), "")
        self.service_id, self.service_name = service_id, name
        if self.visitor is not None and self.visitor.isVisible() and self.visitor.waiting:
            self.visitor.prepare(service_id)
            self.bar.label.setText(tr("Layar pengunjung siap untuk survei layanan {name}.").format(name=name))
            self.bar.start.hide()
        else:
            self.bar.label.setText(tr("Permohonan selesai: tawarkan survei kepuasan untuk {name}.").format(name=name))
            self.bar.start.show()
        self.bar.show()
        self._timer.start()

    def withdraw(self) -> None:
        self.service_id, self.service_name = None, ""
        self.bar.hide()
        self._timer.stop()

    def _services(self) -> tuple[ServiceRecord, ...]:
        from desk.store import survey

        try:
            return survey.survey_setup(self.db).services
        except StoreError:
            return ()

    def start(self) -> VisitorSurvey:
        """Open the visitor screen (full screen, on the second monitor when there is one), for the offered service."""
        from desk.ui.survey.visitor import VisitorSurvey

        if self.visitor is None or not self.visitor.isVisible():
            self.visitor = VisitorSurvey(self.db, self.window.actor, parent=self.window)
            self.visitor.show_on_visitor_screen(self.window)
        else:
            self.visitor.raise_()
            self.visitor.activateWindow()
        if self.service_id is not None and self.visitor.waiting:
            self.visitor.prepare(self.service_id)
        self.withdraw()
        return self.visitor


def offer_survey(window: QWidget, service_id: int) -> None:
    """Offer the survey for `service_id` in `window` (a MainWindow with the survey area installed).

    For a screen that completes a request without the register's `status_changed` (the register
    itself is already watched).
    """
    hook = getattr(window, "survey", None)
    offer = getattr(hook, "offer", None)
    if isinstance(offer, SurveyOffer):
        offer.offer(service_id)
