"""How a screen carries out a user action: call one store operation, show its problem, broadcast its changes.

    done = run(self, lambda: requests.change_status(self.db, request_id, to, reason))
    if done is None:
        return              # refused or failed; the officer has read why
    self.show(done)         # the frozen record the operation returned

`run` shows a `StoreError` (invalid input, no permission, a locked or full database) in
Indonesian and returns None; anything else is a bug and goes to the crash reporter. On success
the operation's `Changes` go to the main window, which tells every area; each refreshes only for
the kinds of data it shows. Screens never open a unit of work themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk.store.errors import StoreError
from desk.store.work import Changes, Done
from desk.ui.common import tr
from desk.ui.translations import error_text
from desk.ui.widgets import dialogs

log = logging.getLogger(__name__)

T = TypeVar("T")

# The main window answers to this method; a dialog finds it by walking up its parents.
BROADCAST = "broadcast_changes"


def publish(widget: QObject | None, changes: Changes) -> None:
    """Tell the main window (the first ancestor that broadcasts) what an operation changed."""
    if not changes:
        return
    target = widget
    while target is not None:
        broadcast = getattr(target, BROADCAST, None)
        if callable(broadcast):
            broadcast(changes)
            return
        target = target.parent()


def run(widget: QWidget | None, operation: Callable[[], Done[T]], *, title: str = "") -> T | None:
    """Run `operation` for a user action: its value, or None after telling the user why not."""
    try:
        done = operation()
    except StoreError as exc:
        log.info("operation refused: %s", type(exc).__name__)
        dialogs.inform(widget, title or tr("Belum dapat dilakukan"), error_text(exc), problem=True)
        return None
    publish(widget, done.changes)
    return done.value
