"""A masked NIK or phone with a "Tampilkan" button: the full value is a deliberate, audited action.

Any screen that shows a visitor's NIK or phone (detail panels, the data-subject
screen) uses this instead of a plain label. The full value comes from
`desk.store.reveal.reveal`, which checks the role and writes who saw it to the audit
trail; it is masked again after `SHOW_SECONDS` or when the record changes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk.domain.phone import format_phone
from desk.store import access, reveal
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.translations import error_text

SHOW_SECONDS = 30


class RevealField(QWidget):
    revealed = Signal(str)  # the field ("nik" | "phone"), after an audited reveal
    # For a host that shows the value in a field of its own (the intake form's NIK and phone):
    shown = Signal(str)  # the full value as displayed, after an audited reveal
    masked_again = Signal()
    refused = Signal(str)  # the store's message when it would not reveal

    def __init__(self, db: Database, actor: Actor | None, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor) if actor is not None else db
        self.actor = actor
        self.field = field
        self.visitor_id: int | None = None
        self.masked = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("value")
        self.button = QPushButton(self.tr("Tampilkan"))
        self.button.setObjectName("reveal")
        self.button.setToolTip(self.tr("Tampilkan nilai lengkap. Tindakan ini dicatat dalam jejak audit."))
        self.button.clicked.connect(self.toggle)
        self.button.setVisible(access.allowed(actor, access.REVEAL_PERSONAL))
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide_value)

    def set_value(self, visitor_id: int | None, masked: str) -> None:
        """Show a visitor's masked value (already masked by the store)."""
        self.timer.stop()
        self.visitor_id = visitor_id
        self.masked = masked or "—"
        self.label.setText(self.masked)
        self.button.setText(self.tr("Tampilkan"))
        self.button.setEnabled(visitor_id is not None and bool(masked))

    @property
    def showing(self) -> bool:
        return self.timer.isActive()

    def toggle(self) -> None:
        if self.showing:
            self.hide_value()
            return
        if self.visitor_id is None:
            return
        try:
            value = reveal.reveal(self.db, self.visitor_id, self.field).value
        except StoreError as exc:
            self.label.setText(error_text(exc))
            self.refused.emit(error_text(exc))
            return
        shown = value if self.field == reveal.NIK else format_phone(value)
        self.label.setText(shown)
        self.button.setText(self.tr("Sembunyikan"))
        self.timer.start(SHOW_SECONDS * 1000)
        self.revealed.emit(self.field)
        self.shown.emit(shown)

    def hide_value(self) -> None:
        self.timer.stop()
        self.label.setText(self.masked)
        self.button.setText(self.tr("Tampilkan"))
        self.masked_again.emit()


def acting_user(db: Database) -> Actor | None:
    """The logged-in user the main window bound to `db`; None for an unbound database (the local system)."""
    return db.actor


def masked(field: str, value: str | None) -> str:
    return reveal.masked(field, value)
