"""Type-ahead over every active service: "P1 — Penerbitan Kartu AK/I", found by code or any word."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

from desk.domain.records import ServiceRecord


def service_text(service: ServiceRecord) -> str:
    return f"{service.code} — {service.name}"


class ServicePicker(QComboBox):
    """An editable combo whose completer matches anywhere in the text, case-insensitively.

    The chosen service is the item whose text (or code) equals what is typed;
    leaving the field with text that only one service contains picks that one.
    """

    service_changed = Signal(object)  # int | None

    def __init__(self, services: list[ServiceRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._codes: dict[str, int] = {}
        for service in services:
            self.addItem(service_text(service), service.id)
            self._codes[service.code.casefold()] = service.id
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Ketik kode atau nama layanan…"))
        self.setCurrentIndex(-1)
        self.lineEdit().clear()
        self._current: int | None = None
        self.editTextChanged.connect(lambda _text: self._emit_if_changed())
        self.currentIndexChanged.connect(lambda _index: self._emit_if_changed())
        completer.activated[str].connect(self._completed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the field (Tab, Enter, a click elsewhere): close the suggestions and settle the choice.

        Watched through the application because, while the suggestion popup is open, the combo
        does not always get a focus-out of its own.
        """
        mine = (self, self.lineEdit(), self.completer().popup())
        if old in mine and new not in mine:
            self.completer().popup().hide()
            self._settle()

    def service_id(self) -> int | None:
        typed = self.currentText().strip().casefold()
        if not typed:
            return None
        for row in range(self.count()):
            if self.itemText(row).casefold() == typed:
                return int(self.itemData(row))
        return self._codes.get(typed)

    def select_service(self, service_id: int) -> None:
        index = self.findData(service_id)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
            self.lineEdit().setCursorPosition(0)  # show the code and the start of the name

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(text)
            self.lineEdit().setCursorPosition(0)

    def _settle(self) -> None:
        """On leaving the field, show the full name of what was typed (a code, or a unique fragment)."""
        service_id = self.service_id()
        if service_id is None:
            typed = self.currentText().strip().casefold()
            if typed:
                hits = [row for row in range(self.count()) if typed in self.itemText(row).casefold()]
                if len(hits) == 1:
                    service_id = int(self.itemData(hits[0]))
        if service_id is not None:
            index = self.findData(service_id)
            if self.currentText() != self.itemText(index):
                self.setCurrentIndex(index)
                self.setEditText(self.itemText(index))
            self.lineEdit().setCursorPosition(0)

    def _emit_if_changed(self) -> None:
        current = self.service_id()
        if current != self._current:
            self._current = current
            self.service_changed.emit(current)
