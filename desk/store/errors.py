"""Errors the store raises with a message an officer can read (Indonesian)."""

from __future__ import annotations


class StoreError(Exception):
    """A problem the user can act on; `message` is shown as is, `field` names the input at fault."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(StoreError):
    pass


class DatabaseProblem(StoreError):
    """The database cannot be used as it is (damaged, too new, locked, on a network share, ...)."""
