"""The marker for messages that are shown on screen but written outside the UI.

The store and domain rooms import no Qt, yet their refusals ("NIK harus 16 angka") reach the screen.
`N_("...")` returns the text unchanged; it only tells `pyside6-lupdate` (run with
`-tr-function-alias QT_TR_NOOP+=N_`, see desk/i18n/extract.py) to put the text in Desk's catalog, and
the screen translates it where it shows it (desk.ui.translations.translated).

A message with values keeps its placeholders until it is shown: `N_("Layanan {code} tidak ada.")`,
formatted after translation, so the catalog holds one entry for every code.
"""

from __future__ import annotations

from collections.abc import Iterable


def N_(text: str) -> str:
    return text


class Filled(str):
    """A marked message with its values filled in: the Indonesian text itself (it is a `str`, shown and logged as
    any message), which still knows its template and values so that another language can be said from them.

        Filled(N_("Folder data {folder} hanya-baca."), folder=path)

    Where a message is shown in the chosen language (desk.cli.speech.said), the template is translated and then
    filled, each text value in its turn; everywhere else it reads as the Indonesian it is.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Filled:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        # Copied or pickled (a refusal sent across a process), it is filled again from its template and values.
        return _refilled, (self.template, self.values)


def _refilled(template: str, values: dict[str, object]) -> Filled:
    return Filled(template, **values)


class Amount(int):
    """A count or amount in a marked message, written with thousands grouped: "5.000" in the Indonesian text,
    and by the screen's locale where a screen shows it ("5,000" in English). Years and codes stay plain ints."""

    def __format__(self, spec: str) -> str:
        return f"{int(self):,}".replace(",", ".") if not spec else format(int(self), spec)


def joined(messages: Iterable[str], separator: str = " ") -> Filled:
    """Several marked messages said as one ("NIK harus 16 angka. Nama belum diisi."), each still translatable:
    the template holds only placeholders and the separator, so a screen says every part in its language."""
    parts = {f"part{index}": message for index, message in enumerate(messages)}
    return Filled(separator.join(f"{{{name}}}" for name in parts), **parts)
