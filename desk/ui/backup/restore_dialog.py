"""The restore dialog: pick a backup, see what it holds, confirm. Restoring itself is the caller's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.safety import backups as backup
from desk.safety.restore import inspect_backup
from desk.store.errors import StoreError
from desk.ui.screen_text import format_datetime, format_number
from desk.ui.translations import error_text


class RestoreDialog(QDialog):
    """Lists the backups newest first; the chosen one is inspected before "Pulihkan" is enabled."""

    def __init__(self, backups: list[backup.BackupInfo], tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan basis data dari cadangan"))
        self.resize(820, 460)
        self._tz = tz
        self._chosen: Path | None = None
        self._backups = [b for b in backups if b.path.suffix == ".sqlite3"]

        intro = QLabel(self.tr(
            "Pilih cadangan yang akan dipulihkan. Isi basis data sekarang akan diganti dengan isi cadangan itu. "
            "Sebelumnya Desk selalu membuat cadangan pengaman dari basis data sekarang, jadi pemulihan ini "
            "dapat dibatalkan dengan memulihkan cadangan pengaman tersebut."
        ))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._backups), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Folder")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self._backups):
            cells = (format_datetime(info.created_at, tz), info.kind_label, backup.format_size(info.size),
                     str(info.path.parent))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

        self.details = QLabel(self.tr("Belum ada cadangan yang dipilih."))
        self.details.setWordWrap(True)
        self.details.setObjectName("restoreDetails")
        other = QPushButton(self.tr("Pilih berkas lain…"))
        other.clicked.connect(self._choose_file)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

        self.table.itemSelectionChanged.connect(self._on_selection)
        if self._backups:
            self.table.selectRow(0)
        else:
            self.details.setText(self.tr("Belum ada cadangan di folder cadangan. Pilih berkas cadangan lain."))

    def _on_selection(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.choose(self._backups[min(rows)].path)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), "", self.tr("Cadangan Desk (*.sqlite3);;Semua berkas (*)")
        )
        if name:
            self.table.clearSelection()
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        """Inspect `path`; enable "Pulihkan" only for a whole backup this Desk can open."""
        self._chosen = None
        self.restore_button.setEnabled(False)
        try:
            checked = inspect_backup(path)
        except StoreError as exc:
            self.details.setText(error_text(exc))
            self.details.setStyleSheet("color: #a40000;")
            return
        newest = (
            self.tr("permohonan terakhir {when}").format(when=format_datetime(checked.newest_request_at, self._tz))
            if checked.newest_request_at else self.tr("belum ada permohonan")
        )
        self.details.setStyleSheet("")
        self.details.setText(self.tr("{name}: cadangan utuh, berisi {count} permohonan; {newest}.").format(
            name=path.name, count=format_number(checked.requests), newest=newest,
        ))
        self._chosen = path
        self.restore_button.setEnabled(True)

    @property
    def chosen(self) -> Path | None:
        return self._chosen

    @classmethod
    def ask(cls, parent: QWidget | None, backups: list[backup.BackupInfo], tz: str) -> Path | None:
        """The backup to restore, or None when the user cancels (tests replace this)."""
        dialog = cls(backups, tz, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen if accepted else None
