"""Choosing the officer on duty at start (until login arrives).

The choice is remembered in QSettings and preselected next time; the chosen
user's id is stamped on every request and status change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.users import UserRecord, add_officer, list_users
from desk.ui.common import error_label, settings, show_error_text

SETTING_KEY = "officer/user_id"
ROLE_LABELS = {"admin": "Admin", "petugas": "Petugas loket", "pimpinan": "Pimpinan"}


def remembered_officer() -> int | None:
    value = settings().value(SETTING_KEY)
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_officer(user_id: int) -> None:
    store = settings()
    store.setValue(SETTING_KEY, user_id)
    store.sync()


def officer_without_asking(db: Database) -> int | None:
    """The remembered officer if still active, else the first active one (benchmarks, screenshots)."""
    with db.read() as session:
        users = list_users(session)
    remembered = remembered_officer()
    for user in users:
        if user.id == remembered:
            return user.id
    return users[0].id if users else None


class OfficerDialog(QDialog):
    """A list of active users, a field to add one by name, and "Mulai bertugas"."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Petugas yang bertugas"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Pilih nama Anda. Nama ini dicatat pada setiap permohonan dan perubahan status."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.users = QListWidget()
        self.users.setObjectName("users")
        self.users.itemDoubleClicked.connect(lambda _item: self.accept())
        self.users.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.users)

        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_name")
        self.new_name.setPlaceholderText(self.tr("Nama petugas baru"))
        self.new_name.returnPressed.connect(self.add_officer)
        self.new_name.textChanged.connect(lambda _text: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Tambah"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_officer)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.error = error_label("error")
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("Mulai bertugas"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load(remembered_officer())
        self.users.setFocus() if self.users.count() else self.new_name.setFocus()

    def _load(self, select_id: int | None) -> None:
        try:
            with self.db.read() as session:
                users = list_users(session)
        except StoreError as exc:
            show_error_text(self.error, exc.message)
            users = []
        self.users.clear()
        for user in users:
            self.users.addItem(self._item(user))
        rows = [i for i in range(self.users.count()) if self.users.item(i).data(Qt.ItemDataRole.UserRole) == select_id]
        if rows:
            self.users.setCurrentRow(rows[0])
        elif self.users.count():
            self.users.setCurrentRow(0)
        self._update_buttons()

    def _item(self, user: UserRecord) -> QListWidgetItem:
        role = ROLE_LABELS.get(user.role, user.role)
        item = QListWidgetItem(f"{user.full_name}  ({role})")
        item.setData(Qt.ItemDataRole.UserRole, user.id)
        return item

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self.users.currentItem() is not None)
        self.add_button.setEnabled(bool(self.new_name.text().strip()))
        # Enter starts the shift from the list, and adds from the name field.
        self.start_button.setDefault(not self.new_name.text().strip())

    def add_officer(self) -> None:
        name = self.new_name.text()
        if not name.strip():
            return
        try:
            with self.db.write() as session:
                user = add_officer(session, name)
        except StoreError as exc:
            show_error_text(self.error, exc.message)
            return
        show_error_text(self.error, "")
        self.new_name.clear()
        self._load(user.id)
        self.users.setFocus()

    def selected_user_id(self) -> int | None:
        item = self.users.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def accept(self) -> None:
        if self.selected_user_id() is None:
            return
        super().accept()

    @classmethod
    def choose(cls, parent: QWidget | None, db: Database) -> int | None:
        """Ask who is on duty: their user id, or None when the officer quits (the caller remembers it)."""
        dialog = cls(db, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected_user_id()
