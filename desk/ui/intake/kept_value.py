"""A returning visitor's stored NIK or phone in an intake field: shown masked, saved unchanged.

When the form fills in a returning visitor, their NIK and phone are personal data the
officer did not type (UU 27/2022: masked unless deliberately revealed). The field shows
the mask and the draft takes the stored value, so a save links to that visitor and never
writes the mask over their NIK. "Tampilkan" is the audited RevealField: the full value
shows in the field for a while, then the mask comes back. The first key that edits the
field starts a value of the officer's own (a correction), saved as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit

from desk.domain.nik import mask_nik
from desk.domain.phone import mask_phone
from desk.store.access import Actor
from desk.store.database import Database
from desk.ui.common import error_label, show_error_text

if TYPE_CHECKING:
    from desk.ui.accounts.reveal import RevealField

# The field names desk.store.reveal.reveal takes. Neither it nor desk.ui.accounts is imported at module
# level: this module loads with the main window, and painting the register at start needs neither.
NIK, PHONE = "nik", "phone"

# Keys that change a line edit's text without typing a character.
_ERASING_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
_EDITING_SEQUENCES = (QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut,
                      QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class KeptValue(QObject):
    """Watches `edit`; the form places `reveal` (the "Tampilkan" button) beside it and `refusal` under it."""

    def __init__(self, db: Database, actor: Actor | None, field: str, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.field = field
        # Apart from the field's validation message, which every keystroke rewrites.
        self.refusal: QLabel = error_label(f"refusal_{field}")
        self._stored: str | None = None
        self._masked = ""
        self._setting = False
        from desk.ui.accounts.reveal import RevealField  # the first form opened, not the start (see NIK)

        self.reveal: RevealField = RevealField(db, actor, field)
        self.reveal.setObjectName(f"reveal_{field}")
        self.reveal.label.hide()  # the value shows in the field itself
        self.reveal.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays on the form's fields
        button = self.reveal.button  # as wide as its longer caption, so the field does not jump when it flips
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(self.reveal.tr("Sembunyikan")) + 24)
        self.reveal.hide()
        self.reveal.shown.connect(self._show_full)
        self.reveal.masked_again.connect(self._mask_again)
        self.reveal.refused.connect(lambda text: show_error_text(self.refusal, text))
        edit.installEventFilter(self)
        edit.textEdited.connect(self._edited_otherwise)

    @property
    def kept(self) -> bool:
        """Whether the field still stands for the stored value (masked or revealed)."""
        return self._stored is not None

    @property
    def revealed(self) -> bool:
        return self.kept and self.reveal.showing

    def value(self) -> str:
        """What the draft gets: the stored value while kept, else what the officer typed."""
        return self._stored if self._stored is not None else self.edit.text()

    def keep(self, visitor_id: int, stored: str) -> None:
        self._stored = stored  # first: the field's textChanged below validates with it
        self._masked = mask_nik(stored) if self.field == NIK else mask_phone(stored)
        self.reveal.set_value(visitor_id, self._masked)
        self.reveal.show()
        show_error_text(self.refusal, "")
        self._set(self._masked)

    def release(self) -> None:
        """The officer's own value from now on: forget the stored one, drop the button."""
        self._stored = None
        self.reveal.set_value(None, "")
        self.reveal.hide()
        show_error_text(self.refusal, "")

    def _show_full(self, text: str) -> None:
        if self.kept:
            show_error_text(self.refusal, "")
            self._set(text)

    def _mask_again(self) -> None:
        if self.kept:
            self._set(self._masked)

    def _set(self, text: str) -> None:
        self._setting = True
        try:
            self.edit.setText(text)
        finally:
            self._setting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and self.kept and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            erasing = event.key() in _ERASING_KEYS
            editing = erasing or any(event.matches(seq) for seq in _EDITING_SEQUENCES) or (
                bool(event.text()) and event.text().isprintable()
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
            if editing:
                if self.revealed:
                    self.release()  # correcting the revealed value: the key edits it
                    return False
                # A key on the mask starts afresh: asterisks are never part of what is saved.
                self.release()
                self._set("")
                return erasing
        return super().eventFilter(watched, event)

    def _edited_otherwise(self, _text: str) -> None:
        # An edit the key filter did not see (context menu, drag and drop): the value is the officer's now.
        if self.kept and not self._setting:
            self.release()
