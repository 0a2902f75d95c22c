"""The privacy notice and the opt-in consents, for the intake form.

The notice (purpose, legal basis, retention, contact) comes from the office profile
and is shown before the officer saves; the three optional uses are unticked until
the visitor says yes (UU 27/2022: consent is explicit and per purpose). The intake
form hands `flags()` to the operation that saves the request, so the consents stand or
fall with it and carry the same officer and time.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desk.domain.consent import ConsentPurpose
from desk.domain.messages import N_

# Alt+W / Alt+F / Alt+P tick a box from the keyboard (letters the intake form leaves free).
QUESTIONS = {
    ConsentPurpose.WHATSAPP: N_("Bersedia dihubungi lewat &WhatsApp/SMS (pemberitahuan hasil, undangan forum)"),
    ConsentPurpose.FORUM_PHOTO: N_("Bersedia di&foto dalam Forum Konsultasi Publik"),
    ConsentPurpose.ATTENDANCE_PUBLICATION: N_("Nama boleh dimuat dalam daftar hadir yang di&publikasikan"),
}


class ConsentPanel(QGroupBox):
    def __init__(self, notice: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pelindungan data pribadi"), parent)
        layout = QVBoxLayout(self)
        self.notice = QTextBrowser()
        self.notice.setObjectName("privacyNotice")
        self.notice.setOpenLinks(False)
        self.notice.setMaximumHeight(90)
        self.notice.setPlainText(notice)
        layout.addWidget(self.notice)
        ask = QLabel(self.tr("Tanyakan kepada pemohon; centang hanya bila ia setuju:"))
        layout.addWidget(ask)
        self.boxes: dict[ConsentPurpose, QCheckBox] = {}
        for purpose, question in QUESTIONS.items():
            box = QCheckBox(self.tr(question))
            box.setObjectName(purpose)
            self.boxes[purpose] = box
            layout.addWidget(box)

    def flags(self) -> dict[ConsentPurpose, bool]:
        return {purpose: box.isChecked() for purpose, box in self.boxes.items()}

    def set_flags(self, flags: Mapping[str, bool]) -> None:
        """A returning visitor's current decisions (they may change them now)."""
        for purpose, box in self.boxes.items():
            box.setChecked(bool(flags.get(purpose)))

    def clear(self) -> None:
        self.set_flags({})
