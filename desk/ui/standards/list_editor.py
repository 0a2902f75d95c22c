"""An ordered list the admin edits line by line: requirements, procedure steps, complaint channels, legal basis.

Keyboard first: Insert (or the button) adds a line after the current one and opens it for
typing; F2 or a double click edits; Delete removes; Ctrl+Up / Ctrl+Down move a line. A line
left empty after editing disappears, so an accidental Insert leaves no blank requirement.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)


class _List(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        owner = self.parent()
        if isinstance(owner, ListEditor) and self.state() != QAbstractItemView.State.EditingState:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() == Qt.Key.Key_Insert:
                owner.add_line()
                return
            if event.key() == Qt.Key.Key_Delete:
                owner.remove_line()
                return
            if ctrl and event.key() == Qt.Key.Key_Up:
                owner.move_line(-1)
                return
            if ctrl and event.key() == Qt.Key.Key_Down:
                owner.move_line(1)
                return
        super().keyPressEvent(event)


class ListEditor(QWidget):
    """`changed()` after any add, edit, removal or move."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = _List(self)
        self.list.setObjectName(f"{name}_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDelegate().closeEditor.connect(lambda *_: self._drop_empty())
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = self._button(self.tr("Tambah"), self.tr("Tambah baris (Insert)"), self.add_line)
        self.remove_button = self._button(self.tr("Hapus"), self.tr("Hapus baris (Delete)"), self.remove_line)
        self.up_button = self._button(self.tr("Naik"), self.tr("Pindahkan ke atas (Ctrl+Atas)"),
                                      lambda: self.move_line(-1))
        self.down_button = self._button(self.tr("Turun"), self.tr("Pindahkan ke bawah (Ctrl+Bawah)"),
                                        lambda: self.move_line(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("F2"), self.list, self._edit_current, context=Qt.ShortcutContext.WidgetShortcut)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the form; keys do the work in the list
        button.clicked.connect(slot)
        return button

    # --- content ------------------------------------------------------------------------------

    def lines(self) -> tuple[str, ...]:
        texts = (self.list.item(row).text() for row in range(self.list.count()))
        return tuple(t for t in (" ".join(text.split()) for text in texts) if t)

    def set_lines(self, lines: tuple[str, ...] | list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for line in lines:
            self.list.addItem(self._item(line))
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(_EDITABLE)
        return item

    # --- editing ------------------------------------------------------------------------------

    def add_line(self, text: str = "", *, edit: bool = True) -> QListWidgetItem:
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = self._item(text)
        self.list.blockSignals(True)
        self.list.insertItem(row, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self.list.setFocus()
        if edit:
            self.list.editItem(item)
        self._update_buttons()
        if text:
            self.changed.emit()
        return item

    def remove_line(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._update_buttons()
        self.changed.emit()

    def move_line(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._update_buttons()
        self.changed.emit()

    def _edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def _drop_empty(self) -> None:
        for row in reversed(range(self.list.count())):
            if not self.list.item(row).text().strip():
                self.list.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
