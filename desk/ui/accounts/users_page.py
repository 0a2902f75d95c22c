"""User management (admin): accounts and roles, passwords, locks, deactivation, the idle-lock time.

Accounts are never deleted, only deactivated: the register and the audit trail
name the officer behind each record. The store refuses every action here to a
non-admin; the screen is only offered to admins so they never see the refusal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.store import accounts
from desk.store.access import ROLE_LABELS, Actor
from desk.store.accounts import AccountRecord
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change, Changes, Done
from desk.ui.accounts.password import SetPasswordDialog
from desk.ui.common import MUTED_STYLE, error_label, short_datetime
from desk.ui.operations import publish, run
from desk.ui.translations import error_text
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import button_row, close_buttons, push_button, save_cancel_buttons
from desk.ui.widgets.tables import fill_table, make_table, selected_key


class UserDialog(QDialog):
    """Add an account (with its first password) or edit name, NIP and role of one."""

    def __init__(self, db: Database, actor: Actor, account: AccountRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor)
        self.actor = actor
        self.account = account
        self.result_account: AccountRecord | None = None
        self.setWindowTitle(self.tr("Tambah pengguna") if account is None else self.tr("Ubah pengguna"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(account.username if account else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(account is not None)
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setObjectName("full_name")
        self.nip = QLineEdit(account.nip if account else "")
        self.nip.setObjectName("nip")
        self.nip.setPlaceholderText(self.tr("18 angka, boleh dikosongkan"))
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in accounts.ROLES:
            self.role.addItem(ROLE_LABELS[role], role)
        self.role.setCurrentIndex(accounts.ROLES.index(account.role if account else "petugas"))
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("NI&P:"), self.nip)
        form.addRow(self.tr("&Peran:"), self.role)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if account is None:
            form.addRow(self.tr("&Kata sandi awal:"), self.password)
            form.addRow(self.tr("&Ulangi kata sandi:"), self.repeat)
        layout.addLayout(form)
        roles = QLabel(self.tr(
            "Admin: semua, termasuk pengguna, profil kantor, standar, hari libur, cadangan dan ekspor.\n"
            "Petugas loket: pencatatan, status, cetak, daftar hadir forum, melihat standar.\n"
            "Pimpinan: melihat semua dan rekap, tanpa mengubah data."
        ))
        roles.setWordWrap(True)
        roles.setStyleSheet(MUTED_STYLE)
        layout.addWidget(roles)
        self.error = error_label("error")
        layout.addWidget(self.error)
        layout.addWidget(save_cancel_buttons(self, on_save=self.save, cancel_text=self.tr("&Batal")))
        (self.username if account is None else self.full_name).setFocus()
        self._fields = {"username": self.username, "full_name": self.full_name, "nip": self.nip,
                        "role": self.role, "password": self.password}

    def _error(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        role = str(self.role.currentData())
        if self.account is None and self.password.text() != self.repeat.text():
            self._error(self.tr("Kedua kata sandi tidak sama."), "password")
            return
        try:
            if self.account is None:
                done = accounts.create_user(self.db, self.username.text(), self.full_name.text(), role,
                                            self.password.text(), self.nip.text())
            else:
                done = accounts.update_user(self.db, self.account.id, full_name=self.full_name.text(),
                                            nip=self.nip.text(), role=role)
        except StoreError as exc:
            self._error(error_text(exc), exc.field)
            return
        self.result_account = done.value
        publish(self.parent(), done.changes)
        self.accept()

    @classmethod
    def ask(cls, db: Database, actor: Actor, account: AccountRecord | None = None,
            parent: QWidget | None = None) -> AccountRecord | None:
        dialog = cls(db, actor, account, parent)
        dialog.exec()
        return dialog.result_account


class UsersPage(QWidget):
    """The list of accounts with the admin's actions, and the idle-lock setting."""

    idle_minutes_changed = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor)
        self.actor = actor
        self.tz = ""
        self.accounts: list[AccountRecord] = []
        layout = QVBoxLayout(self)
        self.table = make_table([
            self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("NIP"), self.tr("Peran"), self.tr("Keadaan"),
        ], "users")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        self.add_button = push_button(self.tr("&Tambah…"), self.add)
        self.edit_button = push_button(self.tr("&Ubah…"), self.edit)
        self.password_button = push_button(self.tr("Setel &kata sandi…"), self.set_password)
        self.unlock_button = push_button(self.tr("&Buka kunci"), self.unlock)
        self.active_button = push_button(self.tr("&Nonaktifkan"), self.toggle_active)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.password_button, self.unlock_button,
                                    self.active_button))

        lock_box = QGroupBox(self.tr("Kunci layar otomatis (semua loket)"))
        lock_row = QHBoxLayout(lock_box)
        lock_row.addWidget(QLabel(self.tr("Kunci layar bila tidak dipakai selama")))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(*accounts.IDLE_LOCK_RANGE)
        self.idle_minutes.setSuffix(self.tr(" menit"))
        lock_row.addWidget(self.idle_minutes)
        self.idle_save = QPushButton(self.tr("Simpan"))
        self.idle_save.clicked.connect(self.save_idle_minutes)
        lock_row.addWidget(self.idle_save)
        lock_row.addStretch(1)
        layout.addWidget(lock_box)
        self.reload()

    def reload(self) -> None:
        view = accounts.users_view(self.db)
        self.accounts = list(view.accounts)
        self.tz = view.timezone
        self.idle_minutes.setValue(view.idle_lock_minutes)
        fill_table(self.table, [[a.username, a.full_name, a.nip, a.role_label, self._state(a)] for a in self.accounts],
                   [a.id for a in self.accounts])
        self._update_buttons()

    def _state(self, account: AccountRecord) -> str:
        state = self.tr("aktif") if account.active else self.tr("nonaktif")
        if not account.has_password:
            state += self.tr(", belum ada kata sandi")
        if account.locked():
            state += self.tr(", terkunci sampai {t}").format(t=short_datetime(account.locked_until, self.tz))
        return state

    def selected(self) -> AccountRecord | None:
        key = selected_key(self.table)
        return next((a for a in self.accounts if a.id == key), None)

    def select_username(self, username: str) -> None:
        for row, a in enumerate(self.accounts):
            if a.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(chosen is not None)
        self.unlock_button.setEnabled(chosen is not None and chosen.locked())
        self.active_button.setText(self.tr("&Aktifkan") if chosen and not chosen.active else self.tr("&Nonaktifkan"))

    def _run(self, action: Callable[[], Done[object]]) -> bool:
        done = run(self, action, title=self.tr("Tidak dapat dilakukan"))
        self.reload()
        return done is not None

    def changed(self, changes: Changes) -> None:
        """Another screen changed accounts (the main window's broadcast)."""
        if Change.ACCOUNTS in changes:
            self.reload()

    def add(self) -> None:
        made = UserDialog.ask(self.db, self.actor, None, self)
        self.reload()
        if made is not None:
            self.select_username(made.username)

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is not None and UserDialog.ask(self.db, self.actor, chosen, self) is not None:
            self.reload()
            self.select_username(chosen.username)

    def set_password(self) -> None:
        chosen = self.selected()
        if chosen is not None and SetPasswordDialog.ask(self.db, self.actor, chosen, self):
            self.reload()
            self.select_username(chosen.username)

    def unlock(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._run(lambda: accounts.unlock(self.db, chosen.id))
            self.select_username(chosen.username)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.active and not dialogs.confirm(
            self, self.tr("Nonaktifkan pengguna"),
            self.tr("Nonaktifkan akun {name} ({user})? Ia tidak dapat masuk lagi. Akun tidak dihapus: catatan dan "
                    "jejak auditnya tetap ada, dan akun dapat diaktifkan kembali.").format(
                name=chosen.full_name, user=chosen.username),
            self.tr("Nonaktifkan"), warning=True,
        ):
            return
        self._run(lambda: accounts.set_active(self.db, chosen.id, not chosen.active))
        self.select_username(chosen.username)

    def save_idle_minutes(self) -> None:
        minutes = self.idle_minutes.value()
        if self._run(lambda: accounts.set_idle_lock_minutes(self.db, minutes)):
            self.idle_minutes_changed.emit(minutes)


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pengguna Desk"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.page = UsersPage(db, actor, self)
        layout.addWidget(self.page)
        layout.addWidget(close_buttons(self))
