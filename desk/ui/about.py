"""Bantuan › Tentang Desk: which Desk this is and where it keeps everything, for the office and for support.

Version, data folder, database, backup folders, log file, Qt and Python versions, the system and the
licences, each selectable, and "Salin" puts them all on the clipboard in one block that can be pasted
into a message to whoever maintains Desk. No personal data is shown (the database address has no
password).
"""

from __future__ import annotations

import platform
import struct
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk import __version__
from desk.store import backup
from desk.store.database import Database


def facts(db: Database, log_path: str = "") -> list[tuple[str, str]]:
    """(label, value) rows of the dialog, in Indonesian; `log_path` is where desk.app writes the log."""
    data_dir = db.data_dir
    if data_dir is not None:
        folders = "\n".join(str(folder) for folder in backup.backup_folders(data_dir))
    else:
        folders = "Dicadangkan oleh server basis data kantor (pg_dump)."
    bits = struct.calcsize("P") * 8
    return [
        ("Versi", f"Desk {__version__}"),
        ("Folder data", str(data_dir) if data_dir is not None else "—"),
        ("Basis data", db.describe()),
        ("Folder cadangan", folders),
        ("Catatan (log)", log_path or "—"),
        ("Qt", f"{qVersion()} (Qt for Python {PySide6.__version__})"),
        ("Python", f"{platform.python_version()} ({bits}-bit)"),
        ("Sistem", platform.platform()),
        ("Lisensi", "Desk: MIT. Qt dan Qt for Python (PySide6): LGPL versi 3. "
                    "Huruf DejaVu: lisensi bebas Bitstream Vera/DejaVu."),
    ]


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("Tentang Desk"))
        self.rows = facts(db, str(parent.property("log_path") or "") if parent is not None else "")
        self.data_dir = db.data_dir
        heading = QLabel(self.tr("<b>Desk {version}</b><br>Aplikasi loket pelayanan publik").format(
            version=__version__))
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in self.rows:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.values[label] = shown
            form.addRow(label + ":", shown)
        copy = QPushButton(self.tr("&Salin"))
        copy.setObjectName("copy")
        copy.setToolTip(self.tr("Salin semua keterangan ini, untuk dikirim kepada pengelola Desk"))
        open_folder = QPushButton(self.tr("Buka folder &data"))
        open_folder.setObjectName("openDataFolder")
        open_folder.setEnabled(self.data_dir is not None)
        close = QPushButton(self.tr("&Tutup"))
        close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addWidget(open_folder)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        copy.clicked.connect(self.copy)
        open_folder.clicked.connect(self.open_data_folder)
        close.clicked.connect(self.accept)
        self.resize(620, self.sizeHint().height())

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def open_data_folder(self) -> None:
        if self.data_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.data_dir))))

    @classmethod
    def show_about(cls, db: Database, parent: QWidget | None) -> AboutDialog:
        """Open it without blocking (tests drive the returned dialog)."""
        dialog = cls(db, parent)
        dialog.open()
        return dialog
