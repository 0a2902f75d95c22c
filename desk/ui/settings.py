"""This PC's own settings, each declared once with its type and default.

Office-wide choices (the office profile, default papers, holidays) live in the database and are
shared by every counter. What belongs to one PC lives here, in QSettings (the registry on
Windows, an ini file elsewhere): its printer per document, the last paper chosen in a preview,
the window's size, the last user name, the language. Every key is declared below, so a typo is an
error at import and the list of what a PC remembers is in one place (Picard's option
declarations are the model).

    PRINT_DIRECTLY.get()          -> False until set
    PRINTER.get("receipt")        -> "" (per document kind)
    PRINTER.set("receipt", "Epson L3110")
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, bool, int, QByteArray)

_DECLARED: dict[str, Option] = {}


def store() -> QSettings:
    """The PC's settings (organisation and application names are set at start, in desk.app)."""
    return QSettings()


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: `key` (with `{}` where a document kind or similar goes), its type and default."""

    key: str
    kind: type[T]
    default: T
    about: str

    def __post_init__(self) -> None:
        if self.key in _DECLARED:
            raise ValueError(f"setting {self.key!r} declared twice")
        _DECLARED[self.key] = self

    def _key(self, part: str | None) -> str:
        if "{}" in self.key:
            if part is None:
                raise ValueError(f"setting {self.key!r} needs a part")
            return self.key.format(part)
        return self.key

    def get(self, part: str | None = None) -> T:
        value = store().value(self._key(part), self.default)
        if value is None:
            return self.default
        if self.kind is bool:
            return (value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")) is True  # type: ignore[return-value]
        if self.kind is int:
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return self.default
        if self.kind is QByteArray:
            return value if isinstance(value, QByteArray) else self.default
        return str(value)  # type: ignore[return-value]

    def set(self, value: T, part: str | None = None) -> None:
        store().setValue(self._key(part), value)

    def clear(self, part: str | None = None) -> None:
        store().remove(self._key(part))


def declared() -> dict[str, Option]:
    """Every setting this PC can hold (for the About dialog and the tests)."""
    return dict(_DECLARED)


WINDOW_GEOMETRY = Option("main_window/geometry", QByteArray, QByteArray(), "Ukuran dan letak jendela utama")
LAST_USERNAME = Option("accounts/last_username", str, "", "Nama pengguna terakhir yang masuk")
PRINT_DIRECTLY = Option("receipts/print_directly", bool, False, "Tanda terima langsung dicetak setelah disimpan")
PRINTER = Option("printing/{}/printer", str, "", "Printer untuk jenis dokumen ini")
PAPER = Option("printing/{}/paper", str, "", "Kertas terakhir yang dipilih di pratinjau")
TWO_UP = Option("printing/{}/two_up", bool, False, "Dua lembar pada satu kertas")
LANGUAGE = Option("ui/language", str, "id", "Bahasa tampilan (id atau en)")
