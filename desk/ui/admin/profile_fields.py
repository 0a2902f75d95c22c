"""One editor per office-profile field, as the profile page and the first-start set-up both show them.

What the store keeps and what the form shows differ in two places: a NIP is kept as 18 digits and
shown in its four groups ("19680512 199403 1 007"), a date is kept as a date and shown and typed as
dd-mm-yyyy. The store reads back what is typed (spaces in a NIP, 31-12-2025) with the same rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from desk.domain.holiday_rules import parse_date
from desk.domain.messages import N_
from desk.domain.nip import EXAMPLE, format_nip
from desk.domain.office_time import TZ_NAMES
from desk.domain.records import OfficeProfile
from desk.domain.text_id import format_numeric_date
from desk.store import admin
from desk.ui.admin.common import tr

Editor = QLineEdit | QPlainTextEdit | QComboBox
TZ_CHOICES = tuple(TZ_NAMES.items())
HINTS = {
    "government_name": N_("Baris pertama kop, mis. PEMERINTAH KABUPATEN BALANGAN"),
    "short_name": N_("Dipakai di nomor permohonan, mis. DKUKMTK"),
    "phone": N_("mis. (0526) 2028123"),
    "head_name": N_("Dengan gelar, mis. Drs. H. AHMAD FAUZI RAHMAN, M.Si."),
    "head_nip": N_("18 angka, mis. {example}"),
    "head_rank": N_("mis. Pembina Utama Muda (IV/c)"),
    "head_position": N_("Kosong: dibuat dari jabatan dan nama kantor. Baris baru dengan Enter."),
    "service_pic_nip": N_("18 angka, mis. {example}"),
    "place_name": N_("Tempat pada baris tanggal dokumen, mis. Batumandi"),
    "website": N_("mis. dkukmtk.balangankab.go.id"),
    "standards_decree_number": N_("mis. 188.4/045/DKUKMTK/2025"),
    "standards_decree_date": N_("dd-mm-yyyy, mis. 02-01-2025"),
    "maklumat_date": N_("dd-mm-yyyy, mis. 06-01-2025"),
}
POSITION_LINES = 3


def make_editor(name: str, edited: Callable[[], None]) -> Editor:
    """The editor of profile field `name`; `edited()` after every change the admin makes."""
    editor: Editor
    if name == "timezone":
        editor = QComboBox()
        for key, label in TZ_CHOICES:
            editor.addItem(tr(label), key)
        editor.currentIndexChanged.connect(lambda _index: edited())
    elif name in admin.MULTI_LINE:
        editor = QPlainTextEdit()
        lines = POSITION_LINES if name == "head_position" else 6
        editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines + 14)
        if name == "head_position":
            editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * lines + 14)
        editor.setTabChangesFocus(True)  # Enter starts a new line; Tab moves on, as in every other field
        if name in HINTS:
            editor.setPlaceholderText(tr(HINTS[name]).format(example=EXAMPLE))
        editor.textChanged.connect(edited)
    else:
        editor = QLineEdit()
        editor.setMaxLength(admin.PROFILE_FIELDS[name].max_length if name not in admin.DATE_FIELDS else 20)
        if name in HINTS:
            editor.setPlaceholderText(tr(HINTS[name]).format(example=EXAMPLE))
        editor.textChanged.connect(lambda _text: edited())
    editor.setObjectName(name)
    return editor


def shown(name: str, value: object) -> str:
    """A stored value as the form shows it: dates dd-mm-yyyy, NIPs grouped, the rest as it is."""
    if isinstance(value, date):
        return format_numeric_date(value)
    text = "" if value is None else str(value)
    return format_nip(text) if name in admin.NIP_FIELDS else text


def fill(editor: Editor, name: str, profile: OfficeProfile) -> None:
    value = shown(name, getattr(profile, name))
    if isinstance(editor, QComboBox):
        index = editor.findData(value)
        if index < 0:  # a zone outside the three (set elsewhere): show it rather than hide it
            editor.addItem(value, value)
            index = editor.count() - 1
        editor.setCurrentIndex(index)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    else:
        editor.setText(value)
        editor.setCursorPosition(0)


def typed(editor: Editor) -> str:
    if isinstance(editor, QComboBox):
        return str(editor.currentData())
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    return editor.text()


def as_typed(profile: OfficeProfile, values: dict[str, str]) -> OfficeProfile:
    """The profile as it will be once the typed values are saved (for the kop preview and the gaps list):
    dates read as the store reads them (a date not understood is no date), NIPs as typed."""
    changes: dict[str, object] = dict(values)
    for name in admin.DATE_FIELDS:
        if name in values:
            changes[name] = parse_date(values[name]) if values[name].strip() else None
    return replace(profile, **changes)  # type: ignore[arg-type]
