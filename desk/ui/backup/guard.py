"""Backups while Desk runs: the day's first backup, the closing backup, the status-bar warning.

`BackupGuard.attach(window)` is all the main window needs: it puts a label in the
status bar, makes the first backup of the day in the background, checks again
every half hour (a PC left on overnight still gets its daily backup, and the
warning appears once the newest backup grows too old), and backs up when the
application quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desk.domain.office_time import to_local
from desk.domain.text_id import format_clock
from desk.safety import backups as backup
from desk.safety import files
from desk.store.database import Database
from desk.ui.backup.status_text import status_text
from desk.ui.backup.worker import BackgroundCall
from desk.ui.common import office_tz
from desk.ui.screen_text import format_date

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30 * 60 * 1000
# The day's backup starts a few seconds after the window: the start stays quick on an office PC.
FIRST_CHECK_MS = 5_000
CLOSING_NOTICE_BYTES = 50 * 1024 * 1024


class BackupGuard(QObject):
    """Owns the automatic backups of one SQLite database (PostgreSQL: the server's, nothing to do)."""

    status_changed = Signal(str, bool)  # text for the status bar, too old?
    backup_made = Signal(object)  # AutoBackupResult
    open_requested = Signal()  # the officer clicked the warning
    damaged = Signal(str)  # the background quick_check found damage (Indonesian message)

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = data_dir
        self.clock = clock or (lambda: datetime.now(UTC))
        self.tz = office_tz(db)
        self.label = QLabel()
        self.label.setObjectName("backupStatus")
        self.label.linkActivated.connect(lambda _link: self.open_requested.emit())
        self._call = BackgroundCall(self)
        self._call.finished.connect(self._on_made)
        self._call.failed.connect(self._on_failed)
        self._checker = BackgroundCall(self)
        self._checker.finished.connect(self._on_checked)
        self._checker.failed.connect(lambda exc: self.check())
        self.damage: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self.last_result: backup.AutoBackupResult | None = None
        self.closing_result: backup.AutoBackupResult | None = None

    @property
    def active(self) -> bool:
        return self.db.sqlite_path is not None

    def attach(self, window: QMainWindow, first_check_ms: int = FIRST_CHECK_MS) -> None:
        """Status-bar label now, the day's backup shortly after, a check every half hour, a backup at quit."""
        if not self.active:
            return
        window.statusBar().addPermanentWidget(self.label)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.at_close)
        self.refresh_status()
        self._timer.start()
        path = self.db.sqlite_path
        big = path is not None and path.exists() and path.stat().st_size > files.QUICK_CHECK_BLOCKING_BYTES
        QTimer.singleShot(first_check_ms, self, self.check_file if big else self.check)

    # --- the start-up check of a large database --------------------------------------------------

    def check_file(self) -> None:
        """quick_check in the background (a large database was not checked before the window opened)."""
        path = self.db.sqlite_path
        if path is None or self._checker.running:
            return
        self.label.setText(self.tr("Memeriksa basis data…"))
        self._checker.start(lambda: files.quick_check(path))

    def _on_checked(self, result: list[str]) -> None:
        path = self.db.sqlite_path
        if result != ["ok"] and path is not None:
            self.damage = files.damaged(path, tuple(result)).message
            self._timer.stop()  # no backups of a damaged database over the good ones
            self.label.setText(f'<a href="cadangan" style="color:#a40000; font-weight:bold;">⚠ '
                               f'{self.tr("Basis data rusak")}</a>')
            self.label.setToolTip(self.damage)
            self.damaged.emit(self.damage)
            return
        self.check()

    # --- the day's backup ---------------------------------------------------------------------

    def check(self) -> None:
        """Start the day's backup when none was made today; refresh the status either way."""
        if not self.active or self.damage is not None:
            return
        if not self._call.running and backup.daily_backup_due(self.data_dir, self.clock(), self.tz):
            self.label.setText(self.tr("Mencadangkan basis data…"))
            now = self.clock()
            self._call.start(lambda: backup.automatic_backup(self.db, backup.DAILY, now=now))
        else:
            self.refresh_status()

    def _on_made(self, result: backup.AutoBackupResult) -> None:
        self.last_result = result
        self.refresh_status(result.problems, second_reported=result.second_folder_failed)
        self.backup_made.emit(result)

    def _on_failed(self, exc: object) -> None:
        self.refresh_status((self.tr("Cadangan otomatis gagal: {e}").format(e=getattr(exc, "message", exc)),))

    def wait(self, timeout_s: float | None = None) -> None:
        self._call.wait(timeout_s)

    # --- the status bar -----------------------------------------------------------------------

    def refresh_status(self, problems: tuple[str, ...] = (), *, second_reported: bool = False) -> None:
        if self.damage is not None:
            return  # the damage warning stays until the database is restored
        status = backup.backup_status(self.data_dir, now=self.clock(), tz=self.tz)
        notes = [*problems]
        if status.second_folder_problem and not second_reported:
            notes.append(status.second_folder_problem)
        warn = status.too_old or bool(notes)
        if status.newest is None:
            text = self.tr("Belum ada cadangan basis data")
        elif status.too_old:
            days = status.age.days if status.age else 0
            text = self.tr("Cadangan terakhir %n hari lalu", "", days)
        else:
            local = to_local(status.newest.created_at, self.tz)
            days_ago = (to_local(self.clock(), self.tz).date() - local.date()).days
            when = {0: self.tr("hari ini"), 1: self.tr("kemarin")}.get(days_ago) or format_date(local.date())
            text = self.tr("Cadangan: {when} pukul {clock}").format(when=when, clock=format_clock(local))
        if warn:
            self.label.setText(f'<a href="cadangan" style="color:#a40000; font-weight:bold;">⚠ {text}</a>')
            self.label.setStyleSheet("")
        else:
            self.label.setText(text)
        tip = [status_text(status, self.tz), *notes]
        self.label.setToolTip("\n".join(t for t in tip if t))
        self.status_changed.emit(text, warn)

    # --- closing --------------------------------------------------------------------------------

    def at_close(self) -> None:
        """The closing backup, made in the foreground: the process is about to end."""
        if not self.active or self.closing_result is not None or self.damage is not None:
            return
        self._timer.stop()
        self._checker.wait(120)
        self.wait(120)
        notice = self._closing_notice()
        try:
            self.closing_result = backup.automatic_backup(self.db, backup.CLOSE, now=self.clock())
        except Exception:  # at quit there is no one to show it to; the log keeps it
            log.exception("closing backup failed")
            return
        finally:
            if notice is not None:
                notice.close()
        for problem in self.closing_result.problems:
            log.warning("closing backup: %s", problem)

    def _closing_notice(self) -> QWidget | None:
        """A small window while a large database is backed up at quit (1,6 GB: about ten seconds)."""
        path = self.db.sqlite_path
        if path is None or not path.exists() or path.stat().st_size < CLOSING_NOTICE_BYTES:
            return None
        notice = QLabel(self.tr("Mencadangkan basis data sebelum Desk ditutup…\nJangan matikan komputer."))
        notice.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        notice.setMargin(24)
        notice.setFrameShape(QLabel.Shape.Box)
        notice.show()
        QCoreApplication.processEvents()
        return notice
