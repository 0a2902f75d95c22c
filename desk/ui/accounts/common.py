"""Small shared pieces of the accounts screens: questions (patched in tests), tables, time text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.domain.text_id import format_clock, format_numeric_date, to_local
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.office import get_office_profile

ERROR_STYLE = "color: #a40000;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Accounts", text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask before something that cannot be undone; the caller names the action on the button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
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


def office_tz(db: Database) -> str:
    try:
        with db.read() as session:
            return get_office_profile(session).timezone
    except StoreError:
        return "Asia/Makassar"


def short_datetime(value: datetime | None, tz: str) -> str:
    """"02-03-2026 09.00" in office time; "" for None."""
    if value is None:
        return ""
    local = to_local(value, tz)
    return f"{format_numeric_date(local.date())} {format_clock(local)}"


def make_table(headers: list[str], parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def set_row(table: QTableWidget, row: int, values: list[str], key: object = None) -> None:
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if column == 0 and key is not None:
            item.setData(Qt.ItemDataRole.UserRole, key)
        table.setItem(row, column, item)


def selected_key(table: QTableWidget) -> object:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
