"""Small pieces every screen shares: colours, a debounce timer, settings, message labels, who is acting,
the office's time zone and short date-times.

Modal questions and file choosers are in `desk.ui.widgets.dialogs`, read-only tables in
`desk.ui.widgets.tables`, dialog and button rows in `desk.ui.widgets.buttons`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.domain.text_id import format_clock, format_numeric_date
from desk.store.errors import StoreError

if TYPE_CHECKING:  # the store (and SQLAlchemy) load on first use: the login dialog uses this module first
    from desk.store.access import Actor
    from desk.store.database import Database

ERROR_COLOR = "#a40000"
OK_COLOR = "#1e6b2f"
ERROR_STYLE = f"color: {ERROR_COLOR};"
OK_STYLE = f"color: {OK_COLOR};"
MUTED_STYLE = "color: #555;"

# A screen is given either the acting user or a way to ask for them (the main window's current login).
ActorSource: TypeAlias = "Actor | Callable[[], Actor | None] | None"


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Desk's text in the screen's language; with `n`, the plural form for n ("%n" in the text is n)."""
    return QCoreApplication.translate("Desk", text, disambiguation or None, n)


def settings() -> QSettings:
    """The user's settings (organisation and application names are set by desk.app)."""
    return QSettings()


class Debouncer(QObject):
    """Runs `callback` once, `delay_ms` after the last `trigger()`: typing does not hit the database per key."""

    def __init__(self, delay_ms: int, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(callback)

    def trigger(self) -> None:
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Run now if a run is waiting (before saving, so the last keystroke is validated)."""
        if self._timer.isActive():
            self._timer.stop()
            self._callback()


# --- message labels ------------------------------------------------------------------------------


def message_label(object_name: str = "") -> QLabel:
    """A wrapping label, hidden until it has something to say (see `show_message`)."""
    label = QLabel()
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, problem: bool = False) -> None:
    """Say `text` in green (done) or red (`problem`); an empty text hides the label. A message from the store or
    domain (marked with N_(), or `Filled`) is said in the screen's language; the screen's own words pass as they are."""
    from desk.ui.translations import translated

    label.setStyleSheet(ERROR_STYLE if problem else OK_STYLE)
    label.setText(translated(text))
    label.setVisible(bool(text))


def error_label(object_name: str = "") -> QLabel:
    """A red message label for the message under a field."""
    label = message_label(object_name)
    label.setStyleSheet(ERROR_STYLE)
    return label


def add_field_row(form: QFormLayout, label: str, widget: QWidget, key: str, *, buddy: QWidget | None = None,
                  extras: tuple[QWidget, ...] = ()) -> QLabel:
    """A form row: `widget` (and `extras` under it) with its red message label below, captioned by
    `label` (its mnemonic focusing `buddy`, else `widget`; no caption when empty). Returns the message
    label, named "error_<key>" so a test and the dialog find the message next to what caused it."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    for extra in extras:
        column.addWidget(extra)
    message = error_label(f"error_{key}")
    column.addWidget(message)
    if label:
        caption = QLabel(label)
        caption.setBuddy(buddy or widget)
        form.addRow(caption, holder)
    else:
        form.addRow("", holder)
    return message


def show_error_text(label: QLabel, message: str) -> None:
    """A field's message (often the store's or the domain's, in Indonesian) in the screen's language."""
    from desk.ui.translations import translated

    label.setText(translated(message))
    label.setVisible(bool(message))


# --- who is acting -------------------------------------------------------------------------------


def resolve_actor(source: ActorSource) -> Actor | None:
    return source() if callable(source) else source


def may(source: ActorSource, permission: str) -> bool:
    """Whether the acting user holds `permission` (buttons are hidden; the store still checks)."""
    from desk.store import access

    return access.allowed(resolve_actor(source), permission)


def actor_on_duty(db: Database) -> Actor | None:
    """The officer on duty: the logged-in user the main window bound `db` to (None: the local system)."""
    return db.actor


# --- office time ---------------------------------------------------------------------------------


def office_tz(db: Database) -> str:
    """The office's time zone; the default one while the profile cannot be read."""
    from desk.store.work import office_context

    try:
        return office_context(db).tz
    except StoreError:
        return DEFAULT_TZ


def short_datetime(value: datetime | None, tz: str) -> str:
    """"29-10-2025 09.00" in office time; "" for None."""
    if value is None:
        return ""
    local = to_local(value, tz)
    return f"{format_numeric_date(local.date())} {format_clock(local)}"
