"""The Help menu: "Tentang Desk" (which Desk, where its data is, with what it runs) and F1's short help
(every keyboard shortcut of the window, read from the declared actions, so it never disagrees).

What "Tentang Desk" shows is what a helper on the telephone asks first: the version, the data
folder, the database, the backups folder, the log file, the Qt and Python versions, and the licence. "Salin"
puts it on the clipboard as plain text, to paste into a message.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import __version__ as desk_version
from desk.store.database import Database
from desk.ui.actions import AppAction
from desk.ui.admin.common import tr
from desk.ui.common import MUTED_STYLE
from desk.ui.widgets.tables import fill_table, make_table

LICENCE = "MIT"


@dataclass(frozen=True, slots=True)
class AboutInfo:
    version: str
    data_folder: str
    database: str
    backups_folder: str
    log_file: str
    qt: str
    python: str
    licence: str

    def rows(self) -> list[tuple[str, str]]:
        return [
            (tr("Versi Desk"), self.version),
            (tr("Folder data"), self.data_folder),
            (tr("Basis data"), self.database),
            (tr("Folder cadangan"), self.backups_folder),
            (tr("Berkas catatan"), self.log_file),
            (tr("Qt / PySide6"), self.qt),
            (tr("Python"), self.python),
            (tr("Lisensi"), self.licence),
        ]

    def as_text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows())


def about_info(db: Database, log_file: str = "") -> AboutInfo:
    from desk.safety.backups import backups_folder  # the backups' own rule for their folder

    folder: Path | None = db.data_dir or (db.sqlite_path.parent if db.sqlite_path else None)
    if db.sqlite_path is not None and folder is not None:
        backups = str(backups_folder(folder))
    else:
        backups = tr("di server basis data (cadangan server kantor, atau `desk backup` dengan pg_dump)")
    return AboutInfo(
        version=desk_version,
        data_folder=str(folder) if folder is not None else tr("(tidak ada: basis data di server)"),
        database=db.describe(),
        backups_folder=backups,
        log_file=log_file or tr("(tidak ditulis)"),
        qt=f"Qt {qVersion()}, PySide6 {pyside_version}",
        python=f"{platform.python_version()} ({platform.system()} {platform.machine()})",
        licence=tr("{name}: boleh dipakai, disalin, diubah dan dibagikan, tanpa jaminan apa pun").format(
            name=LICENCE),
    )


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("Tentang Desk"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(tr("<b>Desk</b> — aplikasi loket pelayanan publik"))
        layout.addWidget(title)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in info.rows():
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[label] = shown
            form.addRow(QLabel(label + ":"), shown)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("&Salin"))
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel()
        self.copied.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.info.as_text())
        self.copied.setText(tr("Disalin: tempelkan (Ctrl+V) di pesan untuk yang membantu Anda."))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """Every keyboard shortcut of the window as (keys, what it does): the declared actions the user may
    run, then the areas (Ctrl+1, Ctrl+2, …), as the menus show them."""
    rows: list[tuple[str, str]] = []
    actions = getattr(window, "actions_of", {})
    for made in actions.values():
        if made.isVisible() and not made.shortcut().isEmpty():
            rows.append((made.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                         made.text().replace("&", "").rstrip("…")))
    menus = getattr(window, "menus", {})
    view = menus.get("view")
    if view is not None:
        for made in view.actions():
            keys = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys.startswith("Ctrl+") and keys[5:].isdigit():
                rows.append((keys, tr("Buka {area}").format(area=made.text().replace("&", ""))))
    rows += [
        (tr("Alt + huruf bergaris bawah"), tr("Tombol atau isian dengan huruf itu")),
        (tr("Tab / Shift+Tab"), tr("Isian berikutnya / sebelumnya")),
        (tr("Esc"), tr("Menutup jendela kecil (isian yang belum disimpan ditanyakan dulu)")),
    ]
    return rows


class QuickHelpDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_help")
        self.setWindowTitle(tr("Bantuan singkat"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Desk dipakai dengan keyboard. Pintasan di bawah berlaku di jendela utama; menu "
                          "menunjukkan yang sama. Panduan lengkap ada di README yang menyertai Desk."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = make_table([tr("Tombol"), tr("Fungsi")], "shortcuts")
        fill_table(self.table, rows)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def install(window: QMainWindow, db: Database) -> None:
    """Bind the Help menu's actions (a bare window in tests has no `bind`)."""
    bind = getattr(window, "bind", None)
    if not callable(bind):
        return
    bind(AppAction.ABOUT, lambda: show_about(window, db))
    bind(AppAction.QUICK_HELP, lambda: show_quick_help(window))


def show_about(parent: QWidget, db: Database) -> AboutDialog:
    # Where Desk writes its log: the start-up puts it on the window (desk.app); what a helper asks for next.
    dialog = AboutDialog(about_info(db, str(parent.property("log_path") or "")), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_quick_help(window: QMainWindow) -> QuickHelpDialog:
    dialog = QuickHelpDialog(shortcut_rows(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
