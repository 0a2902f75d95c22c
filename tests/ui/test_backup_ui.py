"""Backups as the officer and the admin see them: status bar, backup screen, restore, start-up recovery."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety import backups as backup
from desk.safety import files, restore
from desk.safety.opening import open_database
from desk.store.access import Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.requests import create_request
from desk.ui import backup as backup_ui
from desk.ui.backup import page as page_module
from desk.ui.backup import startup
from tests.factories import user_with_role
from tests.ui.helpers import settings_dir  # noqa: F401  (isolated QSettings for the main window)

OFFICER = Actor(user_id=0, username="petugas", full_name="Petugas Loket", role="petugas")
MORNING = datetime(2025, 10, 29, 0, 30, tzinfo=UTC)  # Rabu 08.30 WITA


def save(db: Database, name: str, serial: int) -> None:
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with db.write() as s:
        create_request(s, RequestDraft(service_id=service, name=name,
                                       nik=make_nik("631104", date(1992, 3, 4), "P", serial)), None, now=MORNING)


def admin_of(db: Database) -> Actor:
    return user_with_role(db, "admin", "Admin Kantor")


def visitor_names(db: Database) -> list[str]:
    from sqlalchemy import text

    with db.read() as s:
        return sorted(s.scalars(text("SELECT name FROM visitors")))


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_first_start_of_the_day_backs_up_in_the_background(
    qtbot: QtBot, window: QMainWindow, db: Database, data_dir: Path
) -> None:
    ui = backup_ui.install(window, db, data_dir, actor=OFFICER, clock=lambda: MORNING, first_check_ms=0)
    with qtbot.waitSignal(ui.guard.backup_made, timeout=10_000):
        pass
    made = backup.list_backups([data_dir / "backups"])
    assert [b.kind for b in made] == [backup.DAILY]
    assert ui.guard.label.text() == "Cadangan: hari ini pukul 08.30"
    assert "Rabu, 29 Oktober 2025 pukul 08.30 WITA" in ui.guard.label.toolTip()

    ui.guard.check()  # a second check the same day makes no second backup
    ui.guard.wait(5)
    assert len(backup.list_backups([data_dir / "backups"])) == 1

    ui.guard.at_close()  # what QApplication.aboutToQuit triggers
    closing = ui.guard.closing_result
    assert closing is not None and [b.kind for b in closing.made] == [backup.CLOSE]
    # Rotation keeps the newest automatic backup of each day: the closing one.
    assert [b.path for b in backup.list_backups([data_dir / "backups"])] == [closing.made[0].path]


def test_status_bar_warns_when_backups_stop(qtbot: QtBot, window: QMainWindow, db: Database, data_dir: Path) -> None:
    backup.save_settings(data_dir, backup.BackupSettings(warn_after_days=3))
    backup.create_backup(db, now=MORNING)
    # Five days later the backups folder has become a file (say, a copy gone wrong): backups fail.
    for item in (data_dir / "backups").iterdir():
        item.rename(data_dir / item.name)
    (data_dir / "backups").rmdir()
    (data_dir / "backups").write_text("bukan folder")
    later = MORNING + timedelta(days=5)
    ui = backup_ui.install(window, db, data_dir, clock=lambda: later, first_check_ms=0)
    with qtbot.waitSignal(ui.guard.status_changed, timeout=10_000) as signal:
        pass
    text, warn = signal.args
    assert warn and text == "Belum ada cadangan basis data"
    assert "⚠" in ui.guard.label.text() and "tidak dapat dibuat" in ui.guard.label.toolTip()

    (data_dir / "backups").unlink()
    (data_dir / "backups").mkdir()
    for item in data_dir.glob("desk-2025*.sqlite3"):
        item.rename(data_dir / "backups" / item.name)
    ui.guard.refresh_status()
    assert ui.guard.label.text().endswith("Cadangan terakhir 5 hari lalu</a>")
    assert "lebih lama dari batas 3 hari" in ui.guard.label.toolTip()


def test_backup_screen_settings_and_backup_now(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> None:
    page = backup_ui.BackupPage(db, data_dir, admin_of(db))
    qtbot.addWidget(page)
    page.show()
    page.second_folder.setText(str(tmp_path / "belum-dipasang"))
    assert not page.save_settings()
    assert page.second_error.isVisible() and "tidak ada" in page.second_error.text()
    page.second_folder.setText(str(data_dir / "backups"))
    (data_dir / "backups").mkdir()
    assert not page.save_settings() and "bukan folder data Desk" in page.second_error.text()

    usb = tmp_path / "flashdisk"
    usb.mkdir()
    page.second_folder.setText(str(usb))
    page.warn_days.setValue(5)
    assert page.save_settings() and not page.second_error.isVisible()
    assert json.loads((data_dir / backup.SETTINGS_FILE).read_text()) == {"second_folder": str(usb),
                                                                        "warn_after_days": 5}
    with qtbot.waitSignal(page._call.finished, timeout=10_000):
        page.backup_button.click()
    assert "Cadangan dibuat dan diperiksa" in page.status.text()
    assert len(list(usb.glob("desk-*-manual.sqlite3"))) == 1
    assert page.table.rowCount() == 2 and page.table.item(0, 1).text() == "manual"


def test_officers_see_backups_but_only_admins_make_or_restore_them(qtbot: QtBot, db: Database, data_dir: Path) -> None:
    page = backup_ui.BackupPage(db, data_dir, OFFICER)
    qtbot.addWidget(page)
    assert not page.backup_button.isEnabled() and not page.restore_button.isEnabled()
    assert "Hanya admin" in page.restore_button.toolTip()
    page.show()
    # The disabled buttons are explained on the page itself, not only in a tooltip.
    assert page.admin_only.isVisible() and "hanya boleh dilakukan admin" in page.admin_only.text()


def test_restore_from_the_screen_takes_a_safety_backup_and_restarts(
    qtbot: QtBot, db: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(db, "Sebelum", 1)
    good = backup.create_backup(db, now=MORNING)
    save(db, "Sesudah", 2)
    messages: list[str] = []
    monkeypatch.setattr(page_module, "show_message", lambda _p, title, text, error=False: messages.append(text))
    monkeypatch.setattr(backup_ui.RestoreDialog, "ask", classmethod(lambda cls, parent, backups, tz: good.path))
    page = backup_ui.BackupPage(db, data_dir, admin_of(db))
    qtbot.addWidget(page)

    with qtbot.waitSignal(page.restored, timeout=10_000) as restored:
        page.restore_button.click()

    assert visitor_names(db) == ["Sebelum"]  # the app's own database object sees the restored file
    result = restored.args[0]
    assert result.safety_backup is not None and restore.inspect_backup(result.safety_backup.path).requests == 2
    assert "Desk dimulai ulang" in messages[0] and str(result.safety_backup.path) in messages[0]


def test_restore_dialog_checks_the_chosen_backup(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> None:
    save(db, "Isi", 1)
    good = backup.create_backup(db, now=MORNING)
    dialog = backup_ui.RestoreDialog(backup.list_backups([data_dir / "backups"]), "Asia/Makassar")
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled() and dialog.chosen == good.path
    assert "cadangan utuh, berisi 1 permohonan; permohonan terakhir Rabu, 29 Oktober 2025" in dialog.details.text()
    junk = tmp_path / "bukan.sqlite3"
    junk.write_text("ini catatan, bukan cadangan")
    dialog.choose(junk)
    assert not dialog.restore_button.isEnabled() and dialog.chosen is None
    assert "bukan cadangan Desk" in dialog.details.text()


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[4096 * 2 : 4096 * 8] = b"\x5a" * (4096 * 6)
    path.write_bytes(bytes(raw))


def test_start_with_a_damaged_database_offers_the_latest_good_backup(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = default_database_url(data_dir)
    db = open_database(url, data_dir)
    save(db, "Dari Cadangan", 1)
    backup.create_backup(db, now=MORNING)
    db.dispose()
    _damage(data_dir / DATABASE_FILE)
    asked: list[tuple[str, int]] = []

    def answer(cls: object, parent: object, message: str, candidate: restore.BackupCheck | None, created: str) -> str:
        assert candidate is not None
        asked.append((created, candidate.requests))
        return startup.RESTORE

    infos: list[str] = []
    monkeypatch.setattr(startup.StartupDialogs, "damaged", classmethod(answer))
    monkeypatch.setattr(startup.StartupDialogs, "info", classmethod(lambda cls, p, title, text: infos.append(text)))

    opened = startup.open_database_checked(None, url, data_dir)

    assert opened is not None
    try:
        assert visitor_names(opened) == ["Dari Cadangan"]
    finally:
        opened.dispose()
    assert asked == [("Rabu, 29 Oktober 2025 pukul 08.30 WITA", 1)]
    aside = list(data_dir.glob("desk-rusak-*.sqlite3"))
    assert len(aside) == 1 and "Berkas yang rusak disimpan sebagai" in infos[0] and aside[0].name in infos[0]


def test_start_with_a_damaged_database_and_no_backup_explains_and_touches_nothing(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / DATABASE_FILE
    _damage(path)
    before = path.read_bytes()
    monkeypatch.setattr(startup.StartupDialogs, "damaged", classmethod(lambda cls, *a: pytest.fail("no backup")))
    shown: list[str] = []
    assert startup.open_database_checked(None, default_database_url(data_dir), data_dir, show_error=shown.append) is None
    assert len(shown) == 1 and "rusak" in shown[0] and "Tidak ada cadangan yang baik" in shown[0]
    assert path.read_bytes() == before and not list(data_dir.glob("desk-rusak-*"))


def test_start_offers_the_backup_when_the_database_file_is_gone(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    save(db, "Masih Ada", 1)
    backup.create_backup(db, now=MORNING)
    db.dispose()
    (data_dir / DATABASE_FILE).unlink()
    monkeypatch.setattr(startup.StartupDialogs, "missing", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(startup.StartupDialogs, "info", classmethod(lambda cls, *a: None))
    opened = startup.open_database_checked(None, default_database_url(data_dir), data_dir)
    assert opened is not None
    try:
        assert visitor_names(opened) == ["Masih Ada"]
    finally:
        opened.dispose()


_HOLD = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode=EXCLUSIVE"); c.execute("BEGIN EXCLUSIVE")
print("terkunci", flush=True)
sys.stdin.readline()
"""


def test_a_locked_database_at_start_can_be_retried(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(data_dir / DATABASE_FILE)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "terkunci"
    shown: list[tuple[str, bool]] = []

    def problem(cls: object, parent: object, message: str, *, can_retry: bool) -> bool:
        shown.append((message, can_retry))
        holder.communicate("lepas\n", timeout=10)  # the other program lets go, the officer retries
        return True

    monkeypatch.setattr(startup.StartupDialogs, "problem", classmethod(problem))
    monkeypatch.setattr(startup, "open_database", lambda url, data_dir: open_database(url, data_dir,
                                                                                       busy_timeout_ms=300))
    opened = startup.open_database_checked(None, default_database_url(data_dir), data_dir)
    assert opened is not None
    opened.dispose()
    assert len(shown) == 1 and shown[0][1] and "dikunci oleh program lain" in shown[0][0]


def test_a_network_share_at_start_is_explained_and_desk_does_not_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"//server/data {tmp_path / 'Z'} cifs rw 0 0\n")
    monkeypatch.setattr(files, "MOUNTS_FILE", mounts)
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(startup.StartupDialogs, "problem",
                        classmethod(lambda cls, p, message, can_retry: shown.append((message, can_retry)) or False))
    folder = tmp_path / "Z" / "desk"
    assert startup.open_database_checked(None, default_database_url(folder), folder) is None
    assert len(shown) == 1 and not shown[0][1] and "PostgreSQL" in shown[0][0]


def test_a_failed_schema_update_at_start_is_shown_and_nothing_changes(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from desk.store import migrations

    scripts = tmp_path / "db"
    shutil.copytree(migrations.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9991_gagal.py").write_text(
        "from alembic import op\n"
        f"revision = '9991'\ndown_revision = {migrations.head_revisions()!r}\nbranch_labels = None\n"
        "depends_on = None\n\n\ndef upgrade():\n    op.execute('DELETE FROM service_requests')\n"
        "    raise RuntimeError('uji')\n\n\ndef downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrations, "migrations_dir", lambda: scripts)
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(startup.StartupDialogs, "problem",
                        classmethod(lambda cls, p, message, can_retry: shown.append((message, can_retry)) or False))

    assert startup.open_database_checked(None, default_database_url(data_dir), data_dir) is None

    assert len(shown) == 1 and not shown[0][1]
    assert "Pembaruan skema basis data gagal" in shown[0][0] and "Cadangan pengaman sebelum pembaruan" in shown[0][0]
    assert [b.kind for b in backup.list_backups([data_dir / "backups"])] == [backup.MIGRATION]


def test_disk_full_while_saving_keeps_the_form_and_everything_saved_before(
    qtbot: QtBot, template_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from desk.store.models import ServiceRequest
    from desk.ui.intake import dialog as intake_module

    small = tmp_path / "kecil"
    small.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(small)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"mount not permitted here: {mounted.stderr.strip()}")
    try:
        import shutil

        shutil.copy2(template_data_dir / DATABASE_FILE, small / DATABASE_FILE)
        db = open_database(default_database_url(small), small)
        save(db, "Sudah Tersimpan", 1)
        with db.engine.connect() as conn:  # an empty WAL: the next save must grow a file
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        warnings: list[str] = []
        monkeypatch.setattr(intake_module.QMessageBox, "warning",
                            staticmethod(lambda parent, title, text, *a: warnings.append(text)))
        dialog = intake_module.NewRequestDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.name.setText("Rahmat Hidayat")
        dialog.nik.setText(make_nik("631104", date(1988, 7, 9), "L", 31))
        dialog.notes.setText("membawa fotokopi KTP dan surat pengantar desa")
        dialog.service.select_service(dialog.service.itemData(0))
        filler = small / "pengisi.bin"
        with filler.open("wb") as handle:  # the disk fills up, as a USB stick or a small C: drive does
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass

        dialog.save()

        assert len(warnings) == 1 and warnings[0].startswith("Penyimpanan penuh")
        assert dialog.isVisible() and dialog.saved_record is None
        assert dialog.name.text() == "Rahmat Hidayat"
        assert dialog.notes.text() == "membawa fotokopi KTP dan surat pengantar desa"
        assert dialog.save_reason.text() == warnings[0]
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(ServiceRequest)) == 1
        filler.unlink()  # space freed: the same form saves, with the next number
        with qtbot.waitSignal(dialog.saved, timeout=5000):
            dialog.save()
        # The first of this year (the earlier request was in 2025): the failed save used no number.
        assert dialog.saved_record is not None and dialog.saved_record.ref_number.startswith("0001/")
        assert visitor_names(db) == ["Rahmat Hidayat", "Sudah Tersimpan"]
        db.dispose()
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)


@pytest.mark.usefixtures("settings_dir")
def test_main_window_backs_up_for_a_logged_in_officer_and_offers_backups_in_the_menu(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    from desk.ui.main_window import MainWindow

    window = MainWindow(db, user_with_role(db))
    qtbot.addWidget(window)
    window.show()
    guard = window.backups.guard
    assert guard.label in window.statusBar().findChildren(type(guard.label))
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.index("&Cadangan basis data…") < texts.index("&Keluar")

    with qtbot.waitSignal(guard.backup_made, timeout=10_000):
        guard.check()  # what the timer does five seconds after start
    assert [b.kind for b in backup.list_backups([data_dir / "backups"])] == [backup.DAILY]
    with db.read() as s:  # made by the system, not refused for lack of the admin's permission
        from sqlalchemy import text

        assert s.scalar(text("SELECT username FROM audit_log WHERE action = 'backup.create'")) == "sistem"

    dialog = window.backups.open_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.page.restore_button.isEnabled()  # an officer sees, an admin restores
    assert dialog.page.table.rowCount() == 1


def test_a_large_database_is_checked_after_the_window_opens_and_damage_is_offered_a_backup(
    qtbot: QtBot, window: QMainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = default_database_url(data_dir)
    db = open_database(url, data_dir)
    save(db, "Dari Cadangan", 1)
    backup.create_backup(db, now=MORNING)
    db.dispose()
    raw = bytearray((data_dir / DATABASE_FILE).read_bytes())
    # Damage deep pages (the seeded regions/standards near the end of the file): the tables that start-up
    # reads (settings, office profile, schema version, users) live in early pages and still read.
    pages = len(raw) // 4096
    start, stop = int(pages * 0.8), int(pages * 0.95)
    raw[4096 * start : 4096 * stop] = b"\x33" * (4096 * (stop - start))
    (data_dir / DATABASE_FILE).write_bytes(bytes(raw))
    monkeypatch.setattr(files, "QUICK_CHECK_BLOCKING_BYTES", 0)  # every file counts as large here
    opened = startup.open_database_checked(None, url, data_dir, show_error=lambda m: pytest.fail(m))
    assert opened is not None  # the window opens at once; the check follows
    restarted: list[bool] = []
    monkeypatch.setattr(backup_ui, "restart_application", lambda: restarted.append(True))
    monkeypatch.setattr(startup.StartupDialogs, "damaged", classmethod(lambda cls, *a: startup.RESTORE))
    monkeypatch.setattr(startup.StartupDialogs, "info", classmethod(lambda cls, *a: None))

    ui = backup_ui.install(window, opened, data_dir, first_check_ms=0)
    qtbot.waitUntil(lambda: bool(restarted), timeout=10_000)

    assert "Basis data rusak" in ui.guard.label.text()
    assert len(list(data_dir.glob("desk-rusak-*.sqlite3"))) == 1
    assert visitor_names(opened) == ["Dari Cadangan"]
    assert [b.kind for b in backup.list_backups([data_dir / "backups"])] == [backup.MANUAL]  # no backup of damage
    opened.dispose()
