"""The read-only lists of the smaller screens (accounts, holidays, forum participants, import checks).

One look everywhere: whole rows selected one at a time, one line per row with the whole text of
a long cell in its tooltip, and each row's key (an id) kept on its first cell. The register's
million-row list is a model of its own (desk.ui.register.model), not one of these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desk.ui.common import ERROR_COLOR

KEY_ROLE = Qt.ItemDataRole.UserRole
TOOLTIP_FROM = 40  # characters: a longer cell is likely cut off, so it shows whole on hover


def make_table(headers: Sequence[str], object_name: str, *, stretch: int | None = None,
               fit_contents: bool = True) -> QTableWidget:
    """A read-only table selecting whole rows.

    `stretch` (default: the last column) takes the spare width. `fit_contents` sizes the other
    columns to their text; without it the officer sizes them (the caller may fit them once filled).
    """
    view = QTableWidget(0, len(headers))
    view.setObjectName(object_name)
    view.setHorizontalHeaderLabels(list(headers))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)  # one line per row; a long text is elided and shown whole in the tooltip
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if fit_contents
                                else QHeaderView.ResizeMode.Interactive)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fill_table(view: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[Any] | None = None, *,
               highlight: set[int] | None = None, color: str = ERROR_COLOR) -> None:
    """Replace the table's rows; `keys[i]` is kept on row i, rows in `highlight` are written in `color`."""
    view.setUpdatesEnabled(False)  # one repaint for the whole list, not one per cell
    view.setRowCount(len(rows))
    brush = QColor(color)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if len(text) > TOOLTIP_FROM:
                item.setToolTip(text)
            if c == 0 and keys is not None:
                item.setData(KEY_ROLE, keys[r])
            if highlight and r in highlight:
                item.setForeground(brush)
            view.setItem(r, c, item)
    view.setUpdatesEnabled(True)


def selected_key(view: QTableWidget) -> Any:
    """The key of the current row, or None when no row is current."""
    row = view.currentRow()
    item = view.item(row, 0) if row >= 0 else None
    return item.data(KEY_ROLE) if item is not None else None
