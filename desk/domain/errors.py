"""Errors raised by the pure rules.

Every error carries a message in Indonesian that the UI shows next to the field that
caused it, so a counter officer never sees a traceback or an English text.

The message is marked with N_() and its values kept apart, as a StoreError's are:
`DomainError(N_("Tahun {year} di luar jangkauan."), "period", year=year)`. `message` reads as the Indonesian
text; a screen says it in its own language from `template` and `values` (desk.ui.translations).
"""

from __future__ import annotations

from desk.domain.messages import Filled


class DomainError(ValueError):
    """A value broke a rule. ``message`` is for the officer, ``field`` names the form field."""

    def __init__(self, message: str, field: str | None = None, **values: object) -> None:
        if values:
            message = Filled(message, **values)
        super().__init__(message)
        self.message = message
        self.template: str = getattr(message, "template", message)
        self.values: dict[str, object] = dict(getattr(message, "values", {}))
        self.field = field

    def __str__(self) -> str:
        return self.message


class NikError(DomainError):
    """The NIK typed for a visitor is not a possible NIK."""

    def __init__(self, message: str, field: str | None = "nik", **values: object) -> None:
        super().__init__(message, field, **values)


class PhoneError(DomainError):
    """The phone number is not an Indonesian mobile number."""

    def __init__(self, message: str, field: str | None = "phone", **values: object) -> None:
        super().__init__(message, field, **values)


class PatternError(DomainError):
    """The reference-number pattern of the office profile cannot give unique numbers."""

    def __init__(self, message: str, field: str | None = "ref_pattern", **values: object) -> None:
        super().__init__(message, field, **values)
