"""The privacy notice and the opt-in consents, for the intake form.

The notice (purpose, legal basis, retention, contact) comes from the office profile
and is shown before the officer saves; the three optional uses are unticked until
the visitor says yes (UU 27/2022: consent is explicit and per purpose). The intake
form calls `record(session, visitor_id)` in the transaction that saves the request,
so the consent carries the same officer and time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type only: the UI never runs SQL itself
    from desk.store.database import Session

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desk.store import privacy
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.office import get_office_profile

# Alt+W / Alt+F / Alt+P tick a box from the keyboard (letters the intake form leaves free).
QUESTIONS = {
    privacy.WHATSAPP: "Bersedia dihubungi lewat &WhatsApp/SMS (pemberitahuan hasil, undangan forum)",
    privacy.FORUM_PHOTO: "Bersedia di&foto dalam Forum Konsultasi Publik",
    privacy.ATTENDANCE_PUBLICATION: "Nama boleh dimuat dalam daftar hadir yang di&publikasikan",
}


class ConsentPanel(QGroupBox):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pelindungan data pribadi"), parent)
        layout = QVBoxLayout(self)
        self.notice = QTextBrowser()
        self.notice.setObjectName("privacyNotice")
        self.notice.setOpenLinks(False)
        self.notice.setMaximumHeight(90)
        self.notice.setPlainText(self._notice_text(db))
        layout.addWidget(self.notice)
        ask = QLabel(self.tr("Tanyakan kepada pemohon; centang hanya bila ia setuju:"))
        layout.addWidget(ask)
        self.boxes: dict[str, QCheckBox] = {}
        for purpose, question in QUESTIONS.items():
            box = QCheckBox(self.tr(question))
            box.setObjectName(purpose)
            self.boxes[purpose] = box
            layout.addWidget(box)

    @staticmethod
    def _notice_text(db: Database) -> str:
        try:
            with db.read() as session:
                office = get_office_profile(session)
        except StoreError:
            return ""
        contact = f"\n\nKontak: {office.dpo_contact}" if office.dpo_contact and office.dpo_contact not in (
            office.privacy_notice) else ""
        return (office.privacy_notice or "") + contact

    def flags(self) -> dict[str, bool]:
        return {purpose: box.isChecked() for purpose, box in self.boxes.items()}

    def set_flags(self, flags: Mapping[str, bool]) -> None:
        """A returning visitor's current decisions (they may change them now)."""
        for purpose, box in self.boxes.items():
            box.setChecked(bool(flags.get(purpose)))

    def load(self, db: Database, visitor_id: int | None) -> None:
        with db.read() as session:
            self.set_flags(privacy.consent_flags(session, visitor_id))

    def clear(self) -> None:
        self.set_flags({})

    def record(self, session: Session, visitor_id: int) -> list[privacy.ConsentRecord]:
        """Write the decisions that changed, in the caller's transaction (officer and time from the session)."""
        return privacy.set_consents(session, visitor_id, self.flags())
