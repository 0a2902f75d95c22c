"""Reading translation catalogs in tests: Desk's .ts files and the compiled .qm catalogs Qt ships.

Qt's own .qm files (in the PySide6 wheel) keep each message's context and source text, so they say
exactly which words the pinned Qt looks up; Desk's Indonesian catalog must hold the same pairs.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from desk.ui.translations import CATALOG_DIR

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_MESSAGES = 0x69
TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 5, 6, 7, 8


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None, f"{path.name}: {name} has a message without a translation element"
            if node.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in node.iter("numerusform")]
            text = forms[0] if forms else (node.text or "")
            messages.append(Message(name, message.findtext("source") or "", text,
                                    node.get("type") != "unfinished" and all(forms or [text])))
    return messages


def read_qm(path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message of a compiled catalog."""
    data = path.read_bytes()
    assert data[:16] == QM_MAGIC, f"{path} is not a Qt catalog"
    pairs: set[tuple[str, str]] = set()
    at = 16
    while at < len(data):
        tag, length = data[at], struct.unpack(">I", data[at + 1 : at + 5])[0]
        block, at = data[at + 5 : at + 5 + length], at + 5 + length
        if tag != QM_MESSAGES:
            continue
        pos, fields = 0, {}
        while pos < len(block):
            kind, pos = block[pos], pos + 1
            if kind == TAG_END:
                pairs.add((fields.get(TAG_CONTEXT, ""), fields.get(TAG_SOURCE, "")))
                fields = {}
                continue
            if kind == TAG_OBSOLETE1:
                continue
            size, pos = struct.unpack(">I", block[pos : pos + 4])[0], pos + 4
            if size == 0xFFFFFFFF:
                continue
            if kind in (TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
                fields[kind] = block[pos : pos + size].decode("utf-8")
            pos += size
    return pairs


def qt_catalog(language: str = "de") -> Path:
    """One of the catalogs the pinned Qt ships (German: the one Qt's own people keep complete)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"


def qt_indonesian() -> list[Message]:
    return read_ts(CATALOG_DIR / "qtbase_id.ts")


def plain(text: str) -> str:
    """What a user reads: no accelerator ampersand, no shortcut after a tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_words() -> dict[str, str]:
    """Qt's English words that Desk's catalog says otherwise in Indonesian: {English: Indonesian}."""
    return {plain(m.source): plain(m.translation) for m in qt_indonesian()
            if plain(m.source) != plain(m.translation) and plain(m.source)}


def visible_texts(widgets: Iterable[QWidget]) -> list[tuple[str, str]]:
    """(where, text) for what a user can read in and on `widgets` and everything in them: buttons,
    labels, group titles, tabs, fields' placeholders, combo items, table and list headers, menus, actions
    and tooltips."""
    seen: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            seen.append((where, plain(text)))

    def walk(widget: QWidget) -> None:
        name = type(widget).__name__
        add(f"{name} title", widget.windowTitle() if widget.isWindow() else "")
        add(f"{name} tooltip", widget.toolTip())
        if isinstance(widget, QAbstractButton):
            add(f"{name} text", widget.text())
        if isinstance(widget, QLabel):
            add(f"{name} text", widget.text())
        if isinstance(widget, QGroupBox):
            add(f"{name} title", widget.title())
        if isinstance(widget, QLineEdit):
            add(f"{name} placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name} item", widget.itemText(i))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount()
            except TypeError:  # a list model keeps columnCount() to itself: one column
                columns = 1
            for column in range(columns):
                add(f"{name} header", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab", widget.tabText(i))
                add(f"{name} tab tooltip", widget.tabToolTip(i))
        for action in QWidget.actions(widget):  # (some of Desk's widgets name a child `actions`)
            add(f"{name} action", action.text())
            add(f"{name} action tooltip", action.toolTip() if action.toolTip() != plain(action.text()) else "")
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu)
        for child in widget.children():
            if isinstance(child, QWidget):
                walk(child)

    for widget in widgets:
        walk(widget)
    return seen


# Words of Desk's Indonesian that English never uses: one on an English screen means a text was missed.
_WORDS = """
    yang dan tidak belum untuk dengan dari atau akan sudah bila oleh pada semua baru simpan batal tutup pilih
    cari hapus ubah tambah cetak permohonan pemohon layanan petugas tanggal hari bulan tahun nomor berkas kantor
    pelayanan peserta hadir pengaduan cadangan sandi pengguna masuk keluar jenis kelamin alamat kecamatan catatan
    terlambat selesai diterima diproses ditolak dibatalkan laki-laki perempuan surat telepon pukul lihat buka
    isian halaman kertas menit versi bidang responden periode ini itu ada kosong lengkap daftar kembali sebelum
    sesudah lagi mis bawaan triwulan belum ke di verifikasi tolak kewenangan teruskan tindak jawab tanggapan
    penyelesaian
"""
INDONESIAN_WORDS = frozenset(_WORDS.split())


def desk_sources() -> dict[str, str]:
    """Desk's Indonesian texts with a different English: {Indonesian: English}."""
    return {plain(m.source): plain(m.translation) for m in read_ts(CATALOG_DIR / "desk_en.ts")
            if plain(m.source) != plain(m.translation)}


def indonesian_on_screen(widgets: Iterable[QWidget], data: Iterable[str] = ()) -> list[str]:
    """Every visible text that is one of Desk's Indonesian texts, or holds an Indonesian word, other than
    the office's own data (`data`: service and unit names, people, places), which stays as entered."""
    sources, kept = desk_sources(), set(data)
    found = set()
    for where, text in visible_texts(widgets):
        rest = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)  # a document's own wording, quoted, stays Indonesian
        for value in sorted(kept, key=len, reverse=True):
            rest = rest.replace(value, " ")
        words = {w.strip(".,:;()[]{}“”\"'!?…·—–-").lower() for w in re.split(r"[\s/]+", rest)}
        if text in sources or words & INDONESIAN_WORDS:
            found.add(f"{where}: {text!r}")
    return sorted(found)


# English words Indonesian writes the same, so an Indonesian screen may show them ("Unit" for a bidang).
SHARED_WORDS = frozenset({"Unit", "Status", "Media", "Forum", "Internal", "Total", "Email"})


def desk_english() -> frozenset[str]:
    """The English of Desk's catalog where it differs from the Indonesian (and is not Indonesian too)."""
    sources = set(desk_sources())
    return frozenset(english for english in desk_sources().values() if english not in sources | SHARED_WORDS)


def desk_english_on_screen(widgets: Iterable[QWidget]) -> list[str]:
    """Every visible text that is one of Desk's English translations: on an Indonesian screen, a text
    shown through the English catalog (or written in English)."""
    english = desk_english()
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(widgets) if text in english})


def english_on_screen(widgets: Iterable[QWidget]) -> list[str]:
    """Every visible text that is one of Qt's English words with an Indonesian entry."""
    words = english_words()
    return sorted({f"{where}: {text!r} (catalog: {words[text]!r})" for where, text in visible_texts(widgets)
                   if text in words})
