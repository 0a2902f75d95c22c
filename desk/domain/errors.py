"""Errors raised by the pure rules.

Every error carries a message in Indonesian that the UI shows next to the field that
caused it, so a counter officer never sees a traceback or an English text.
"""

from __future__ import annotations


class DomainError(ValueError):
    """A value broke a rule. ``message`` is for the officer, ``field`` names the form field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NikError(DomainError):
    """The NIK typed for a visitor is not a possible NIK."""

    def __init__(self, message: str, field: str | None = "nik") -> None:
        super().__init__(message, field)


class PhoneError(DomainError):
    """The phone number is not an Indonesian mobile number."""

    def __init__(self, message: str, field: str | None = "phone") -> None:
        super().__init__(message, field)


class PatternError(DomainError):
    """The reference-number pattern of the office profile cannot give unique numbers."""

    def __init__(self, message: str, field: str | None = "ref_pattern") -> None:
        super().__init__(message, field)
