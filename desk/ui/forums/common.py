"""What the forum screens share: their translation context, times of day, and the form dialog base."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.domain.office_time import to_local
from desk.domain.text_id import format_clock
from desk.store import forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Done
from desk.ui.common import error_label, show_error_text
from desk.ui.operations import publish
from desk.ui.translations import error_text
from desk.ui.widgets.buttons import save_cancel_buttons


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """The forum screens' text in the screen's language; with `n`, the plural form for n ("%n" is n)."""
    return QCoreApplication.translate("Forums", text, disambiguation or None, n)


def clock(value: datetime | None, tz: str) -> str:
    """"09.00" in office time; "" for None."""
    return format_clock(to_local(value, tz)) if value is not None else ""


class ForumFormDialog(QDialog):
    """A form stored on Save by one store operation; each refused field's message shows under it, the
    rest under the form. `saved(record)` fires with what the operation returned, after its changes
    were published to the main window.

    Subclasses fill `errors` (field name to its error label) and the form, then `finish(form)`;
    `submit()` runs the operation with what the form holds.
    """

    saved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.errors: dict[str, QLabel] = {}
        self.general_error = error_label("general_error")
        self.result_record: Any = None

    def finish(self, form: QFormLayout) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel_buttons(self, on_save=self.save))
        return layout

    def submit(self) -> Done[Any]:
        raise NotImplementedError

    def save(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            show_error_text(label, "")
        try:
            done = self.submit()
        except forums.InvalidForum as exc:
            for key, message in exc.errors.items():
                show_error_text(self.errors.get(key, self.general_error), message)
            return
        except StoreError as exc:
            show_error_text(self.general_error, error_text(exc))
            return
        self.result_record = done.value
        publish(self, done.changes)
        self.saved.emit(done.value)
        self.accept()
