"""The marker for messages that are shown on screen but written outside the UI.

The store and domain rooms import no Qt, yet their refusals ("NIK harus 16 angka") reach the screen.
`N_("...")` returns the text unchanged; it only tells `pyside6-lupdate` (run with
`-tr-function-alias QT_TR_NOOP+=N_`, see desk/i18n/extract.py) to put the text in Desk's catalog, and
the screen translates it where it shows it (desk.ui.translations.translated).

A message with values keeps its placeholders until it is shown: `N_("Layanan {code} tidak ada.")`,
formatted after translation, so the catalog holds one entry for every code.
"""

from __future__ import annotations


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
