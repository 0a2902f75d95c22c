"""Opening the database at start, with a way out of every bad case.

`open_database_checked` runs the start-up checks (network share, read-only folder,
not a database, `PRAGMA quick_check`), then opens and migrates. A damaged file
gets a dialog offering the latest good backup; the damaged file is set aside,
never overwritten. A missing file with backups around is offered back too. Any
other problem (locked, too new, a failed migration) is shown in Indonesian, with
"Coba lagi" where waiting can help. Returns None when Desk should not start.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.safety import backups as backup
from desk.safety import files
from desk.safety.opening import open_database
from desk.safety.restore import BackupCheck, restore_backup
from desk.safety.start_checks import check_existing_file, newest_good_backup
from desk.store.database import Database
from desk.store.errors import DatabaseProblem, Problem, StoreError
from desk.ui.backup.restore_dialog import RestoreDialog
from desk.ui.screen_text import format_datetime, format_number
from desk.ui.translations import error_text

log = logging.getLogger(__name__)

RESTORE, CHOOSE, QUIT = "pulihkan", "pilih", "keluar"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupStartup", text)


class StartupDialogs:
    """The questions asked at start; each a classmethod so tests can answer them."""

    @classmethod
    def damaged(cls, parent: QWidget | None, message: str, candidate: BackupCheck, created: str) -> str:
        """Restore `candidate`, choose another backup, or close Desk: RESTORE, CHOOSE or QUIT."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("Basis data rusak"))
        box.setText(_tr("Basis data Desk tidak utuh. Pulihkan cadangan terakhir yang baik?"))
        box.setInformativeText(_tr(
            "{message}\n\nCadangan terakhir yang baik: {created}, berisi {count} permohonan.\nPermohonan yang "
            "dicatat sesudah cadangan itu tidak ada di dalamnya; berkas yang rusak disimpan untuk diperiksa."
        ).format(message=message, created=created, count=format_number(candidate.requests)))
        restore = box.addButton(_tr("Pulihkan cadangan ini"), QMessageBox.ButtonRole.AcceptRole)
        choose = box.addButton(_tr("Pilih cadangan lain…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(_tr("Tutup Desk"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return {restore: RESTORE, choose: CHOOSE}.get(box.clickedButton(), QUIT)

    @classmethod
    def missing(cls, parent: QWidget | None, path: Path, candidate: BackupCheck, created: str) -> bool:
        answer = QMessageBox.question(
            parent, _tr("Basis data tidak ditemukan"),
            _tr("Berkas basis data {path} tidak ada, tetapi ada cadangan dari {created} berisi {count} permohonan."
                "\n\nPulihkan cadangan itu? (Pilih Tidak untuk mulai dengan basis data kosong.)").format(
                path=path, created=created, count=format_number(candidate.requests)),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def problem(cls, parent: QWidget | None, message: str, *, can_retry: bool) -> bool:
        """Show a problem; True when the user wants to try again."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Desk tidak dapat membuka basis data"))
        box.setText(message)
        retry = box.addButton(_tr("Coba lagi"), QMessageBox.ButtonRole.AcceptRole) if can_retry else None
        box.addButton(_tr("Tutup Desk"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return retry is not None and box.clickedButton() is retry

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


def _created(check: BackupCheck) -> str:
    parsed = backup.parse_name(check.path.name)
    return format_datetime(parsed[0], check.timezone) if parsed else check.path.name


def open_database_checked(
    parent: QWidget | None,
    url: str,
    data_dir: Path,
    *,
    show_error: Callable[[str], None] | None = None,
    refused: Callable[[Problem], None] | None = None,
) -> Database | None:
    """The database, opened and migrated after the start-up checks; None when Desk should not start.

    `show_error` shows a problem that only the user can solve (the app passes its own start-error
    dialog); a lock held by another program gets "Coba lagi" instead. `refused` is told the kind
    of problem that stopped the start (the app's exit code comes from it).
    """
    path = files.sqlite_file(url)

    def refuse(message: str, kind: Problem = Problem.OTHER) -> None:
        log.warning("database problem at start: %s", kind)
        if refused is not None:
            refused(kind)
        if show_error is not None:
            show_error(message)
        else:
            StartupDialogs.problem(parent, message, can_retry=False)

    while True:
        try:
            if path is not None:
                if not path.exists():
                    restored = _offer_missing(parent, path, url, data_dir)
                    if restored is not None:
                        return restored
                else:
                    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                    try:
                        check_existing_file(url, data_dir, path)
                    finally:
                        QGuiApplication.restoreOverrideCursor()
            return open_database(url, data_dir)
        except DatabaseProblem as exc:
            if exc.kind is Problem.DAMAGED and path is not None:
                return _offer_restore(parent, error_text(exc), url, data_dir, refuse)
            if exc.kind is Problem.LOCKED:
                log.warning("database locked at start")
                if StartupDialogs.problem(parent, error_text(exc), can_retry=True):
                    continue
                if refused is not None:
                    refused(exc.kind)
                return None
            refuse(error_text(exc), exc.kind)
            return None


def _offer_missing(parent: QWidget | None, path: Path, url: str, data_dir: Path) -> Database | None:
    candidate = newest_good_backup(data_dir)
    if candidate is None or not StartupDialogs.missing(parent, path, candidate, _created(candidate)):
        return None
    return _restore(parent, candidate.path, url, data_dir)


def _offer_restore(
    parent: QWidget | None, message: str, url: str, data_dir: Path, refuse: Callable[[str, Problem], None]
) -> Database | None:
    candidate = newest_good_backup(data_dir)
    if candidate is None:
        refuse(_tr(
            "{message}\n\nTidak ada cadangan yang baik untuk dipulihkan, jadi berkas itu tidak disisihkan: "
            "berkas itu dibiarkan apa adanya. Minta pengelola memindahkan atau mengganti nama berkas itu "
            "(datanya mungkin masih bisa diselamatkan), lalu buka Desk lagi untuk mulai dengan basis data kosong."
        ).format(message=message), Problem.DAMAGED)
        return None
    choice = StartupDialogs.damaged(parent, message, candidate, _created(candidate))
    if choice == RESTORE:
        return _restore(parent, candidate.path, url, data_dir)
    if choice == CHOOSE:
        chosen = RestoreDialog.ask(parent, backup.list_backups(backup.backup_folders(data_dir)), candidate.timezone)
        return _restore(parent, chosen, url, data_dir) if chosen is not None else None
    return None


def _restore(parent: QWidget | None, source: Path, url: str, data_dir: Path) -> Database | None:
    try:
        result = restore_backup(source, url=url, data_dir=data_dir)
    except StoreError as exc:
        StartupDialogs.problem(parent, _tr("Pemulihan gagal: {m}").format(m=error_text(exc)), can_retry=False)
        return None
    kept = (_tr("Berkas yang rusak disimpan sebagai {p}.").format(p=result.set_aside) if result.set_aside
            else _tr("Basis data sebelumnya disimpan sebagai cadangan pengaman {p}.").format(
                p=result.safety_backup.path) if result.safety_backup else "")
    StartupDialogs.info(parent, _tr("Basis data dipulihkan"), _tr(
        "Basis data dipulihkan dari {name}. {kept}"
    ).format(name=source.name, kept=kept).strip())
    return result.database


def recover_while_running(parent: QWidget | None, db: Database, data_dir: Path, message: str) -> bool:
    """The background quick_check found damage after the window opened: offer the latest good backup.

    True when a backup was restored (the caller restarts Desk). Allowed to whoever is on duty,
    as at start: the damaged file is set aside, not lost.
    """
    candidate = newest_good_backup(data_dir)
    if candidate is None:
        StartupDialogs.problem(parent, _tr(
            "{message}\n\nTidak ada cadangan yang baik untuk dipulihkan. Jangan mencatat permohonan baru; tutup "
            "Desk dan minta bantuan pengelola."
        ).format(message=message), can_retry=False)
        return False
    choice = StartupDialogs.damaged(parent, message, candidate, _created(candidate))
    chosen: Path | None = candidate.path if choice == RESTORE else None
    if choice == CHOOSE:
        chosen = RestoreDialog.ask(parent, backup.list_backups(backup.backup_folders(data_dir)), candidate.timezone)
    if chosen is None:
        return False
    db.dispose()
    restored = _restore(parent, chosen, db.url, data_dir)
    if restored is None:
        return False
    restored.dispose()
    return True


def restart_application() -> None:
    """Start Desk again and quit this one (after a restore, so every screen shows the restored data)."""
    args = sys.argv[1:] if getattr(sys, "frozen", False) else list(sys.argv)
    started = QProcess.startDetached(sys.executable, args)
    if not (started[0] if isinstance(started, tuple) else started):
        log.warning("could not restart Desk: %s %s", sys.executable, args)
    app = QCoreApplication.instance()
    if app is not None:
        app.quit()
