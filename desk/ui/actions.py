"""Every action of the main window, declared once: its label, shortcut, menu and permission.

The main window makes one QAction per entry at start, in its menu, with its shortcut, whether or
not the area that carries it out has been built yet: Ctrl+K checks a receipt before the
register's receipt tools were ever used, and Ctrl+3 opens the forums before their first visit.
An area *binds* the handler (`window.bind(AppAction.X, handler)`); until then the window's own
default runs (usually: build the area, then run its handler). A button that does the same thing
shows the same shortcut (`shortcut_text`), so the screen and the menu never disagree
(Frescobaldi's ShortcutCollection idea).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from desk.domain.messages import N_
from desk.store import access

CONTEXT = "AppAction"


@dataclass(frozen=True)
class ActionSpec:
    label: str  # Indonesian, with its & mnemonic; translated in CONTEXT when shown
    shortcut: str = ""  # a QKeySequence string ("Ctrl+N"); "" for none
    menu: str = ""  # FILE, VIEW, REGISTER, ACCOUNT or HELP; "" for actions without a menu entry
    permission: str | None = None  # shown only to roles holding it (the store checks again)
    tip: str = ""


FILE, VIEW, REGISTER, ACCOUNT, HELP = "file", "view", "register", "account", "help"
MENUS: dict[str, str] = {FILE: N_("&Berkas"), VIEW: N_("&Lihat"), REGISTER: N_("&Permohonan"), ACCOUNT: N_("&Akun"),
                         HELP: N_("Ba&ntuan")}


class AppAction(Enum):
    NEW_REQUEST = ActionSpec(N_("Permohonan &baru…"), "Ctrl+N", FILE, access.INTAKE)
    NEW_COMPLAINT = ActionSpec(N_("Pen&gaduan baru…"), "Ctrl+Shift+N", FILE, access.COMPLAINT_RECORD)
    BACKUPS = ActionSpec(N_("&Cadangan basis data…"), "", FILE)
    QUIT = ActionSpec(N_("&Keluar"), "Ctrl+Q", FILE)
    TODAY = ActionSpec(N_("&Hari ini"), "Ctrl+0", VIEW, tip=N_("Ringkasan hari ini: diterima, jatuh tempo, terlambat"))
    SEARCH = ActionSpec(N_("&Cari"), "Ctrl+F", VIEW, tip=N_("Mencari di area yang sedang dibuka"))
    REFRESH = ActionSpec(N_("&Muat ulang"), "F5", VIEW)
    RECAPS = ActionSpec(N_("&Rekap permohonan"), "", VIEW, access.RECAP_READ,
                        tip=N_("Rekap permohonan per periode: tabel, grafik, PDF, Excel dan buku register"))
    LANGUAGE = ActionSpec(N_("&Bahasa tampilan…"), "", VIEW,
                          tip=N_("Bahasa Indonesia atau English, mulai saat Desk dibuka lagi"))
    REPRINT_RECEIPT = ActionSpec(N_("Cetak &ulang tanda terima…"), "Ctrl+Shift+P", REGISTER, access.PRINT)
    CHECK_RECEIPT = ActionSpec(N_("Cek &tanda terima…"), "Ctrl+K", REGISTER)
    EXPORT_REGISTER = ActionSpec(N_("&Ekspor register…"), "Ctrl+E", REGISTER, access.EXPORT,
                                 tip=N_("Register sesuai pencarian dan saringan ke Excel atau CSV"))
    SURVEY_VISITOR = ActionSpec(N_("&Survei kepuasan di layar pengunjung…"), "Ctrl+Shift+U", REGISTER,
                                access.SURVEY_ENTRY, tip=N_("Layar penuh untuk pengunjung mengisi survei kepuasan"))
    SURVEY_PAPER = ActionSpec(N_("Ketik &formulir survei kertas…"), "", REGISTER, access.SURVEY_ENTRY)
    LOCK = ActionSpec(N_("&Kunci layar"), "Ctrl+L", ACCOUNT)
    CHANGE_PASSWORD = ActionSpec(N_("&Ganti kata sandi…"), "", ACCOUNT)
    USERS = ActionSpec(N_("&Pengguna…"), "", ACCOUNT, access.USERS_MANAGE)
    AUDIT = ActionSpec(N_("&Jejak audit…"), "", ACCOUNT, access.AUDIT_READ)
    DATA_PROTECTION = ActionSpec(N_("Pelindungan &data pribadi…"), "", ACCOUNT, access.PERSONAL_DATA)
    QUICK_HELP = ActionSpec(N_("&Bantuan singkat…"), "F1", HELP, tip=N_("Pintasan keyboard Desk"))
    ABOUT = ActionSpec(N_("&Tentang Desk…"), "", HELP, tip=N_("Versi, folder data, basis data dan cadangan"))

    @property
    def spec(self) -> ActionSpec:
        return self.value

    @property
    def text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.spec.label)

    @property
    def key(self) -> QKeySequence:
        return QKeySequence(self.spec.shortcut)


def shortcut_text(action: AppAction) -> str:
    """The shortcut as the user's keyboard shows it ("Ctrl+K"); "" when the action has none."""
    return action.key.toString(QKeySequence.SequenceFormat.NativeText)


def with_shortcut(text: str, action: AppAction) -> str:
    """A button's text with its action's shortcut: "Cek tanda terima (Ctrl+K)"."""
    keys = shortcut_text(action)
    return f"{text} ({keys})" if keys else text
