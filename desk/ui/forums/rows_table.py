"""A small table typed into like a sheet: the notulen's agenda and discussion points.

Keyboard first: typing in a cell starts editing it, Tab moves to the next cell, and an empty row
always waits at the bottom, so the officer keeps typing down the table during the forum.
Insert adds a row above the current one, Ctrl+Delete removes the current row, Delete empties
the current cell. A column may hold a choice (the unsur): its cell edits with a list and keeps
the choice's code. Empty rows are left out of what the table holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    stretch: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (code, label): the cell keeps the code and shows the label
    width: int = 0  # characters, for a column that does not stretch
    words: tuple[str, ...] = field(default=())  # offered while typing (the participants' names)


class _Delegate(QStyledItemDelegate):
    def __init__(self, table: RowsTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.table.columns[index.column()]
        if column.choices:
            combo = QComboBox(parent)
            for code, label in column.choices:
                combo.addItem(label, code)
            return combo
        editor = QLineEdit(parent)
        if column.words:
            completer = QCompleter(list(column.words), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(CODE_ROLE) or "")))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            code = str(editor.currentData() or "")
            model.setData(index, code, CODE_ROLE)
            model.setData(index, editor.currentText() if code else "", Qt.ItemDataRole.DisplayRole)
            return
        super().setModelData(editor, model, index)


class RowsTable(QTableWidget):
    """`changed()` after any cell or row changed."""

    changed = Signal()

    def __init__(self, columns: Sequence[Column], object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = list(columns)
        self.setObjectName(object_name)
        self.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.setItemDelegate(_Delegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        for i, column in enumerate(self.columns):
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(i, self.fontMetrics().averageCharWidth() * (column.width or 14) + 16)
        self.itemChanged.connect(self._item_changed)
        self._filling = False
        self.set_rows([])

    # --- content ------------------------------------------------------------------------------

    def _label_of(self, column: Column, value: str) -> str:
        return next((label for code, label in column.choices if code == value), value)

    def _item(self, column: Column, value: str) -> QTableWidgetItem:
        if column.choices:
            item = QTableWidgetItem(self._label_of(column, value) if value else "")
            item.setData(CODE_ROLE, value)
            return item
        return QTableWidgetItem(value)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Show `rows` (codes for a choice column), and the empty row below them."""
        self._filling = True
        self.setRowCount(0)
        for values in [*rows, [""] * len(self.columns)]:
            self._append(values)
        self._filling = False
        self.resizeRowsToContents()

    def _append(self, values: Sequence[str]) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for c, column in enumerate(self.columns):
            self.setItem(row, c, self._item(column, values[c] if c < len(values) else ""))

    def value(self, row: int, column: int) -> str:
        item = self.item(row, column)
        if item is None:
            return ""
        if self.columns[column].choices:
            return str(item.data(CODE_ROLE) or "")
        return " ".join(item.text().split())

    def set_value(self, row: int, column: int, value: str) -> None:
        self.setItem(row, column, self._item(self.columns[column], value))

    def _blank(self, row: int) -> bool:
        return not any(self.value(row, c) for c in range(len(self.columns)))

    def rows(self) -> list[list[str]]:
        """What the table holds, row by row, without the empty rows."""
        return [[self.value(r, c) for c in range(len(self.columns))]
                for r in range(self.rowCount()) if not self._blank(r)]

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if self.rowCount() == 0 or not self._blank(self.rowCount() - 1):
            self._filling = True
            self._append([""] * len(self.columns))  # the next row waits for typing
            self._filling = False
        self.resizeRowsToContents()
        self.changed.emit()

    # --- rows ---------------------------------------------------------------------------------

    def insert_row(self) -> None:
        row = max(0, self.currentRow())
        self._filling = True
        self.insertRow(row)
        for c, column in enumerate(self.columns):
            self.setItem(row, c, self._item(column, ""))
        self._filling = False
        self.setCurrentCell(row, 0)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.currentRow()
        if row < 0 or (row == self.rowCount() - 1 and self._blank(row)):
            return  # the waiting empty row stays
        self.removeRow(row)
        self.setCurrentCell(min(row, self.rowCount() - 1), max(0, self.currentColumn()))
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if event.key() == Qt.Key.Key_Insert:
                self.insert_row()
                return
            if event.key() == Qt.Key.Key_Delete and ctrl:
                self.remove_row()
                return
            if event.key() == Qt.Key.Key_Delete:
                row, column = self.currentRow(), self.currentColumn()
                if row >= 0 and column >= 0:
                    self.set_value(row, column, "")
                return
        super().keyPressEvent(event)
