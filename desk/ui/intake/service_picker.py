"""Type-ahead over every active service: "P1 — Penerbitan Kartu AK/I", found by code, any word of its
name or any name people use for it ("kartu kuning", "AK1": the aliases kept with the standard).

Once a service is chosen, only a deliberate choice changes it: arrow keys open the list (where
they move without choosing) and Space does nothing, so the keys the checklist below uses can
never silently pick another service. Names in the lists wrap instead of being cut in the middle.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QCompleter, QListView, QWidget

from desk.domain.records import ServiceRecord

_BROWSE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
# What typing is matched against: the shown "code — name" and the service's aliases.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def service_text(service: ServiceRecord) -> str:
    return f"{service.code} — {service.name}"


def _wrapping(view: QAbstractItemView) -> None:
    """Whole names in a list as wide as the field: a long one wraps onto a second line, never
    "Penerbitan Kartu…aran Pencari Kerja" (nor off the screen's edge)."""
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setWordWrap(True)
    if isinstance(view, QListView):
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class _ServiceCompleter(QCompleter):
    """Matches on the search text (name and aliases) but puts the shown "code — name" into the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class ServicePicker(QComboBox):
    """An editable combo whose completer matches anywhere in the text, case-insensitively.

    The chosen service is the item whose text, code or (unshared) alias equals what is typed;
    leaving the field with text that only one service's name or aliases contain picks that one.
    `chosen` fires when a suggestion is taken with Enter or a click (the form moves on).
    """

    service_changed = Signal(object)  # int | None
    chosen = Signal()

    def __init__(self, services: list[ServiceRecord], parent: QWidget | None = None, *,
                 aliases: Mapping[int, tuple[str, ...]] | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        aliases = aliases or {}
        self._codes: dict[str, int] = {}
        owners: dict[str, set[int]] = {}  # alias → the services that use it
        for service in services:
            own = aliases.get(service.id, ())
            self.addItem(service_text(service), service.id)
            row = self.count() - 1
            tip = service_text(service) + (self.tr("\nNama lain: {names}").format(names=", ".join(own)) if own else "")
            self.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)
            self.setItemData(row, " · ".join((service_text(service), *own)), SEARCH_ROLE)
            self._codes[service.code.casefold()] = service.id
            for alias in own:
                owners.setdefault(alias.casefold(), set()).add(service.id)
        for alias, ids in owners.items():  # "AK1" typed whole is P1; a name two services share chooses neither
            if len(ids) == 1:
                self._codes.setdefault(alias, next(iter(ids)))
        completer = _ServiceCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        _wrapping(completer.popup())
        # The completer sizes its list for one-line rows: two wrapped names would show one and a half.
        completer.popup().setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        _wrapping(self.view())
        self.lineEdit().setPlaceholderText(self.tr("Ketik kode atau nama layanan…"))
        self.setCurrentIndex(-1)
        self.lineEdit().clear()
        self._current: int | None = None
        self.editTextChanged.connect(lambda _text: self._emit_if_changed())
        self.currentIndexChanged.connect(lambda _index: self._emit_if_changed())
        completer.activated[str].connect(self._completed)
        self.activated.connect(lambda _index: QTimer.singleShot(0, self.chosen.emit))  # picked from the full list
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in _BROWSE_KEYS and not self.completer().popup().isVisible():
            self.showPopup()  # browse the list; the choice changes only with Enter or a click there
            return
        if plain and event.key() == Qt.Key.Key_Space and self._is_whole_choice():
            return  # a space after a chosen name would only blur it
        super().keyPressEvent(event)

    def wheelEvent(self, event: object) -> None:  # type: ignore[override]
        event.ignore()  # type: ignore[attr-defined]  # never a service by scrolling: see desk.ui.widgets.wheel_guard

    def _is_whole_choice(self) -> bool:
        index = self.findData(self.service_id()) if self.service_id() is not None else -1
        return index >= 0 and self.currentText() == self.itemText(index)

    def service_name(self, service_id: int) -> str:
        """"P1 — Penerbitan …" of a listed service ("" when it is not listed)."""
        index = self.findData(service_id)
        return self.itemText(index) if index >= 0 else ""

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
            QTimer.singleShot(0, self.chosen.emit)  # after the completer has finished with its Enter

    def _settle(self) -> None:
        """On leaving the field, show the full name of what was typed (a code, or a unique fragment)."""
        service_id = self.service_id()
        if service_id is None:
            typed = self.currentText().strip().casefold()
            if typed:
                hits = [row for row in range(self.count())
                        if typed in str(self.itemData(row, SEARCH_ROLE) or self.itemText(row)).casefold()]
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
