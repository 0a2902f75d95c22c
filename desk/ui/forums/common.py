"""What the forum screens share: who is acting, file choosers and questions (patched in tests), tables, times."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.domain.text_id import format_clock, format_numeric_date, to_local
from desk.store import access
from desk.store.access import Actor
from desk.ui.common import ERROR_STYLE, OK_STYLE

ActorSource = Actor | Callable[[], Actor | None] | None
PRESENT_COLOR = QColor("#1e6b2f")


def tr(text: str) -> str:
    return QCoreApplication.translate("Forums", text)


def resolve_actor(source: ActorSource) -> Actor | None:
    return source() if callable(source) else source


def may(source: ActorSource, permission: str) -> bool:
    """Whether the acting user holds `permission` (buttons are hidden, the store still checks)."""
    return access.allowed(resolve_actor(source), permission)


def short_datetime(value: datetime | None, tz: str) -> str:
    """"29-10-2025 09.00" in office time; "" for None."""
    if value is None:
        return ""
    local = to_local(value, tz)
    return f"{format_numeric_date(local.date())} {format_clock(local)}"


def clock(value: datetime | None, tz: str) -> str:
    return format_clock(to_local(value, tz)) if value is not None else ""


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """The file the officer picks, or None (monkeypatched in tests)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def choose_save_file(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Where to save a PDF, or None (monkeypatched in tests)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), tr("Dokumen PDF (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def inform(parent: QWidget | None, title: str, text: str, *, problem: bool = False) -> None:
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def message_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, problem: bool = False) -> None:
    label.setStyleSheet(ERROR_STYLE if problem else OK_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def make_table(headers: Sequence[str], object_name: str, *, stretch: int | None = None) -> QTableWidget:
    """A read-only table selecting whole rows; `stretch` (default: the last column) takes the spare width."""
    view = QTableWidget(0, len(headers))
    view.setObjectName(object_name)
    view.setHorizontalHeaderLabels(list(headers))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fill_table(view: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[Any] | None = None,
               *, highlight: set[int] | None = None, color: QColor = PRESENT_COLOR) -> None:
    """Replace the table's rows; `keys[i]` is kept on the first cell of row i (Qt.UserRole)."""
    view.setUpdatesEnabled(False)
    view.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            if highlight and r in highlight:
                item.setForeground(color)
            view.setItem(r, c, item)
    view.setUpdatesEnabled(True)


def selected_key(view: QTableWidget) -> Any:
    row = view.currentRow()
    if row < 0 or not view.item(row, 0):
        return None
    return view.item(row, 0).data(Qt.ItemDataRole.UserRole)
