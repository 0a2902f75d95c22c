"""The screen lock: after a configurable idle time (or Ctrl+L) the window is covered and asks for the password.

The counter PC is shared and faces the public, so an officer who walks away
must not leave NIKs and phone numbers on screen. Any key, click or wheel in the
application counts as activity. Unlocking checks the password through the store,
so wrong passwords count toward the five-attempt lock like at login.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.store import accounts
from desk.store.access import ROLE_LABELS, Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.translations import error_text

ERROR_STYLE = "color: #ffb4b4;"
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class LockScreen(QDialog):
    """Covers the main window until the logged-in user types their password again."""

    unlocked = Signal()
    quit_requested = Signal()
    switch_requested = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.db = db.as_user(actor)
        self.actor = actor
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Desk terkunci"))
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#lockScreen { background: #1f3a5f; } #lockScreen QLabel { color: white; }"
            " #lockScreen QLabel#title { font-size: 20pt; font-weight: bold; }"
        )
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        title = QLabel(self.tr("Desk terkunci"))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(title)
        who = QLabel(self.tr("Sedang dipakai oleh {name} ({role}). Ketik kata sandi untuk melanjutkan.").format(
            name=actor.full_name, role=ROLE_LABELS.get(actor.role, actor.role)))
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who.setWordWrap(True)
        box.addWidget(who)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kata sandi"))
        self.password.setMinimumWidth(280)
        self.password.returnPressed.connect(self.try_unlock)
        box.addWidget(self.password, 0, Qt.AlignmentFlag.AlignCenter)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.hide()
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Buka kunci"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("Keluar dari &Desk"))
        self.quit_button.setToolTip(self.tr("Tutup Desk agar petugas lain dapat masuk dengan akunnya sendiri."))
        self.quit_button.clicked.connect(self.quit_requested)
        self.switch_button = QPushButton(self.tr("&Ganti petugas"))
        self.switch_button.setToolTip(self.tr("Untuk pergantian giliran: Desk ditutup dan dibuka lagi di layar masuk, "
                                              "agar petugas berikutnya masuk dengan akunnya sendiri."))
        self.switch_button.clicked.connect(self.switch_requested)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        outer.addLayout(box)
        outer.addStretch(1)

    def cover(self, window: QWidget | None) -> None:
        if window is not None:
            self.setGeometry(window.frameGeometry())
        self.open()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            accounts.unlock_screen(self.db, self.password.text())
        except StoreError as exc:
            self.password.clear()
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.password.clear()
        self.error.hide()
        self.accept()
        self.unlocked.emit()

    def reject(self) -> None:
        """Escape does not unlock the screen."""

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 by the user is refused; a close by the program (quitting Desk, the PC shutting
        # down) goes through, so the lock never keeps the application from ending.
        if event.spontaneous():
            event.ignore()
        else:
            event.accept()


class IdleLock(QObject):
    """Locks the window after `minutes` without input; `lock()` locks at once (Ctrl+L)."""

    locked = Signal()
    unlocked = Signal()
    quit_requested = Signal()
    switch_requested = Signal()

    def __init__(self, window: QWidget, db: Database, actor: Actor, minutes: int | None = None, *,
                 timeout_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # one timer; lock on the minute, not 5 % later
        self.timer.timeout.connect(self.lock)
        if timeout_ms is None:
            if minutes is None:
                minutes = accounts.idle_lock_minutes(db)
            timeout_ms = minutes * 60_000
        self.timer.setInterval(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if not self.is_locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()  # restarts the countdown
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        if self.screen is None:
            self.screen = LockScreen(self.db, self.actor, self.window)
            self.screen.unlocked.connect(self._on_unlocked)
            self.screen.quit_requested.connect(self._quit)
            self.screen.switch_requested.connect(self._switch)
        self.screen.cover(self.window)
        self.locked.emit()

    def _quit(self) -> None:
        self.quit_requested.emit()  # the main window closes (it may still refuse)
        if not self.window.isVisible() and self.screen is not None:
            self.screen.close()

    def _switch(self) -> None:
        self.switch_requested.emit()  # the main window closes (it may still refuse) and Desk starts again
        if not self.window.isVisible() and self.screen is not None:
            self.screen.close()

    def _on_unlocked(self) -> None:
        self.timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
