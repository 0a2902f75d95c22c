"""What the forum screens share: their translation context, times of day, and the form dialog base."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.domain.office_time import to_local
from desk.domain.text_id import format_clock
from desk.store import forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import ActorSource, error_label, resolve_actor, show_error_text
from desk.ui.widgets.buttons import save_cancel_buttons

if TYPE_CHECKING:  # type only: the UI never runs SQL itself
    from desk.store.database import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("Forums", text)


def clock(value: datetime | None, tz: str) -> str:
    """"09.00" in office time; "" for None."""
    return format_clock(to_local(value, tz)) if value is not None else ""


class ForumFormDialog(QDialog):
    """A form stored on Save: each refused field's message shows under it, the rest under the form.

    Subclasses fill `errors` (field name to its error label) and the form, then `finish(form)`;
    `store(session)` stores what the form holds.
    """

    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.errors: dict[str, QLabel] = {}
        self.general_error = error_label("general_error")

    def finish(self, form: QFormLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(save_cancel_buttons(self, on_save=self.save))

    def store(self, session: Session) -> None:
        raise NotImplementedError

    def save(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            show_error_text(label, "")
        try:
            with self.db.write(resolve_actor(self.actor)) as session:
                self.store(session)
        except forums.InvalidForum as exc:
            for key, message in exc.errors.items():
                show_error_text(self.errors.get(key, self.general_error), message)
            return
        except StoreError as exc:
            show_error_text(self.general_error, exc.message)
            return
        self.accept()
