"""The "Cadangan" screen: where backups go, when to warn, the list, back up now, restore.

Settings are per PC (the data folder's `cadangan.json`), so they are there even
when the database is not. Making and restoring backups by hand is the admin's
(the store checks `backup.run`); anyone on duty can see the list and the status.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.safety import backups as backup
from desk.safety import restore
from desk.store import access
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.backup.guard import BackupGuard
from desk.ui.backup.restore_dialog import RestoreDialog
from desk.ui.backup.status_text import status_text
from desk.ui.backup.worker import BackgroundCall
from desk.ui.common import office_tz
from desk.ui.screen_text import format_datetime
from desk.ui.translations import error_text

ERROR_STYLE = "color: #a40000;"


class BackupPage(QWidget):
    """Backup settings, the list of backups and the two actions."""

    restored = Signal(object)  # RestoreResult, after the database was replaced

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        actor: Actor | None = None,
        guard: BackupGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor)  # making and restoring backups by hand checks this user's right
        self.data_dir = data_dir
        self.actor = actor
        self.guard = guard
        self.tz = guard.tz if guard is not None else office_tz(db)
        self.settings = backup.load_settings(data_dir)
        self._call = BackgroundCall(self)
        self._call.finished.connect(self._on_backup_done)
        self._call.failed.connect(self._on_backup_failed)
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.server_note = QLabel(self.tr(
            "Basis data ada di server PostgreSQL kantor: cadangannya dibuat di server (pg_dump atau cadangan "
            "server), bukan oleh loket ini."
        ))
        self.server_note.setWordWrap(True)
        self.server_note.setVisible(not self.sqlite)
        layout.addWidget(self.server_note)

        settings_box = QGroupBox(self.tr("Pengaturan cadangan di komputer ini"))
        form = QFormLayout(settings_box)
        form.addRow(self.tr("Folder cadangan utama:"), QLabel(str(backup.backups_folder(self.data_dir))))
        self.second_folder = QLineEdit()
        self.second_folder.setObjectName("secondFolder")
        self.second_folder.setPlaceholderText(self.tr("tidak ada (disarankan: flashdisk atau disk kedua)"))
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(self._choose_second_folder)
        clear = QPushButton(self.tr("Kosongkan"))
        clear.clicked.connect(self.second_folder.clear)
        row = QHBoxLayout()
        row.addWidget(self.second_folder, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        second_label = QLabel(self.tr("Folder cadangan &kedua:"))
        second_label.setBuddy(self.second_folder)
        form.addRow(second_label, row)
        self.second_error = QLabel()
        self.second_error.setStyleSheet(ERROR_STYLE)
        self.second_error.setWordWrap(True)
        self.second_error.hide()
        form.addRow("", self.second_error)
        self.warn_days = QSpinBox()
        self.warn_days.setObjectName("warnDays")
        self.warn_days.setRange(1, 60)
        self.warn_days.setSuffix(self.tr(" hari"))
        self.warn_days.setMaximumWidth(110)
        form.addRow(self.tr("&Peringatkan bila cadangan terakhir lebih tua dari:"), self.warn_days)
        self.save_button = QPushButton(self.tr("&Simpan pengaturan"))
        self.save_button.clicked.connect(self.save_settings)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        layout.addWidget(settings_box)

        self.status = QLabel()
        self.status.setObjectName("backupPageStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Folder")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Cadangkan sekarang"))
        self.backup_button.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("P&ulihkan…"))
        self.restore_button.clicked.connect(self.restore)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        admin = access.allowed(self.actor, access.BACKUP)
        for widget in (self.backup_button, self.restore_button):
            widget.setEnabled(self.sqlite and admin)
            if not admin:
                widget.setToolTip(self.tr("Hanya admin yang boleh membuat atau memulihkan cadangan."))
        self.admin_only = QLabel(self.tr(
            "Cadangan otomatis tetap dibuat setiap hari dan saat Desk ditutup. Membuat atau memulihkan cadangan "
            "dengan tangan hanya boleh dilakukan admin."))
        self.admin_only.setObjectName("adminOnly")
        self.admin_only.setWordWrap(True)
        self.admin_only.setVisible(self.sqlite and not admin)
        layout.addWidget(self.admin_only)
        settings_box.setEnabled(self.sqlite)

    @property
    def sqlite(self) -> bool:
        return self.db.sqlite_path is not None

    # --- contents -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.settings = backup.load_settings(self.data_dir)
        self.second_folder.setText(str(self.settings.second_folder or ""))
        self.warn_days.setValue(self.settings.warn_after_days)
        backups = backup.list_backups(backup.backup_folders(self.data_dir, self.settings))
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            cells = (format_datetime(info.created_at, self.tz), info.kind_label, backup.format_size(info.size),
                     str(info.path.parent))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path))
                self.table.setItem(row, col, item)
        self.backups = backups
        if not self.sqlite:
            self.status.setText("")
            return
        status = backup.backup_status(self.data_dir, self.settings, tz=self.tz)
        shown = status_text(status, self.tz)
        lines = [self.tr("Cadangan terakhir: {m}").format(m=shown) if status.newest else shown]
        if status.second_folder_problem:
            lines.append(status.second_folder_problem)
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet(ERROR_STYLE if status.too_old or status.second_folder_problem else "")

    # --- settings -------------------------------------------------------------------------------

    def _choose_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan kedua"),
                                                  self.second_folder.text())
        if folder:
            self.second_folder.setText(folder)

    def save_settings(self) -> bool:
        text = self.second_folder.text().strip()
        wanted = backup.BackupSettings(second_folder=Path(text) if text else None,
                                       warn_after_days=self.warn_days.value())
        self.second_error.hide()
        if wanted.second_folder is not None and not wanted.second_folder.is_dir():
            return self._field_error(self.tr("Folder {f} tidak ada. Pasang flashdisk-nya atau pilih folder lain.")
                                     .format(f=wanted.second_folder))
        try:
            backup.save_settings(self.data_dir, wanted)
        except StoreError as exc:
            return self._field_error(error_text(exc))
        self.reload()
        if self.guard is not None:
            self.guard.refresh_status()
        return True

    def _field_error(self, message: str) -> bool:
        self.second_error.setText(message)
        self.second_error.show()
        self.second_folder.setFocus()
        return False

    # --- backing up -----------------------------------------------------------------------------

    def backup_now(self) -> None:
        if self._call.running:
            return
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Mencadangkan basis data…"))
        self.status.setStyleSheet("")
        db, data_dir = self.db, self.data_dir

        def run() -> backup.AutoBackupResult:
            first = backup.create_backup(db, kind=backup.MANUAL)
            second = backup.load_settings(data_dir).second_folder
            made, problems = [first], []
            if second is not None:
                try:
                    made.append(backup.copy_sqlite(first.path, second, backup.MANUAL, first.created_at))
                except (StoreError, OSError) as exc:
                    problems.append(getattr(exc, "message", str(exc)))
            return backup.AutoBackupResult(tuple(made), tuple(problems), bool(problems))

        self._call.start(run)

    def _on_backup_done(self, result: backup.AutoBackupResult) -> None:
        self.backup_button.setEnabled(True)
        self.reload()
        if self.guard is not None:
            self.guard.refresh_status(result.problems, second_reported=result.second_folder_failed)
        where = "\n".join(str(b.path) for b in result.made)
        text = self.tr("Cadangan dibuat dan diperiksa:\n{where}").format(where=where)
        if result.problems:
            text += "\n\n" + "\n".join(result.problems)
        self.status.setText(text)

    def _on_backup_failed(self, exc: object) -> None:
        self.backup_button.setEnabled(True)
        self.reload()
        self.status.setText(getattr(exc, "message", None) or self.tr("Cadangan gagal: {e}").format(e=exc))
        self.status.setStyleSheet(ERROR_STYLE)

    def wait(self, timeout_s: float | None = None) -> None:
        self._call.wait(timeout_s)

    # --- restoring ------------------------------------------------------------------------------

    def restore(self) -> None:
        chosen = RestoreDialog.ask(self, self.backups, self.tz)
        if chosen is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore.restore_backup(chosen, url=self.db.url, data_dir=self.data_dir, db=self.db)
        except StoreError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_message(self, self.tr("Pemulihan gagal"), error_text(exc) + "\n\n" + self.tr(
                "Basis data tidak diganti."), error=True)
            return
        QGuiApplication.restoreOverrideCursor()
        # The database object the app holds reconnects to the restored file; the one opened by
        # the restore (to migrate and audit it) is not needed any more.
        result.database.dispose()
        self.reload()
        kept = result.safety_backup.path if result.safety_backup else result.set_aside
        show_message(self, self.tr("Pemulihan selesai"), self.tr(
            "Basis data dipulihkan dari {name}.\nBasis data sebelumnya disimpan sebagai cadangan pengaman:\n{kept}"
            "\n\nDesk dimulai ulang agar semua layar memuat data hasil pemulihan."
        ).format(name=chosen.name, kept=kept))
        self.restored.emit(result)


def show_message(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    """One place for the page's message boxes (tests replace it)."""
    if error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


class BackupDialog(QDialog):
    """The backup page in its own window, for a menu entry such as Alat → Cadangan."""

    def __init__(self, page: BackupPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cadangan basis data"))
        self.resize(900, 600)
        self.page = page
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(page, 1)
        layout.addWidget(buttons)

    @classmethod
    def open_for(
        cls,
        parent: QWidget | None,
        db: Database,
        data_dir: Path,
        actor: Actor | None = None,
        guard: BackupGuard | None = None,
        on_restored: Callable[[object], None] | None = None,
    ) -> BackupDialog:
        page = BackupPage(db, data_dir, actor, guard)
        dialog = cls(page, parent)
        if on_restored is not None:
            page.restored.connect(on_restored)
        dialog.open()
        return dialog
