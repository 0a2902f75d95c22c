"""Start-up: a data folder that cannot be used, nobody logging in, and errors nobody caught."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk import app
from desk.ui.crash import CrashReporter
from tests.ui.helpers import answer_who_is_on_duty, focused, press, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")


def test_a_data_folder_that_cannot_be_made_is_explained_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("sebuah berkas, bukan folder", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(app, "show_start_error", shown.append)
    answer_who_is_on_duty(monkeypatch, lambda db: pytest.fail("nobody should be asked"))
    hook = sys.excepthook

    assert app.run_app(blocker / "data") == app.EXIT_DATABASE
    assert len(shown) == 1 and "tidak dapat dibuat atau ditulisi" in shown[0] and "Traceback" not in shown[0]
    assert sys.excepthook is hook  # the crash hook is Desk's only while it runs


def test_nobody_on_duty_means_desk_closes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_who_is_on_duty(monkeypatch, lambda db: None)
    assert app.start(tmp_path / "data") == (0, None)
    assert (tmp_path / "data" / "desk.sqlite3").is_file()  # created, migrated and seeded on the way


def test_an_uncaught_error_is_logged_and_shown_once(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = app.setup_logging(tmp_path)
    assert log_path == tmp_path / "desk.log"
    reporter = CrashReporter(log_path)
    shown: list[str] = []

    def show(message: str) -> None:
        shown.append(message)
        try:  # an error while the dialog is open is logged, not shown again
            raise RuntimeError("kedua")
        except RuntimeError:
            reporter(*sys.exc_info())  # type: ignore[arg-type]

    reporter.show_dialog = show  # type: ignore[method-assign]
    try:
        raise ZeroDivisionError("pertama")
    except ZeroDivisionError:
        reporter(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "Maaf, terjadi kesalahan" in shown[0] and str(log_path) in shown[0]
    assert "Traceback" not in shown[0] and "ZeroDivisionError" not in shown[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: pertama" in text and "RuntimeError: kedua" in text


def test_desk_run_exits_like_desk_check_with_its_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from desk.cli import main
    from desk.paths import DATABASE_FILE

    answer_who_is_on_duty(monkeypatch, lambda db: pytest.fail("nobody should be asked"))
    shown: list[str] = []
    monkeypatch.setattr(app, "show_start_error", shown.append)
    # Another program's database: not Desk's, so 3, as `desk check` says.
    foreign = tmp_path / "asing"
    foreign.mkdir()
    conn = sqlite3.connect(foreign / DATABASE_FILE)
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    assert app.start(foreign) == (3, None)
    assert main(["--data-dir", str(foreign), "check"]) == 3
    assert len(shown) == 1 and "milik program lain" in shown[0]
    # A folder where the file should be: it cannot be used there, 2.
    folder = tmp_path / "folder"
    (folder / DATABASE_FILE).mkdir(parents=True)
    assert app.start(folder) == (2, None)
    assert main(["--data-dir", str(folder), "check"]) == 2
    assert "ternyata ada sebuah folder" in shown[-1]


def test_desk_run_on_a_read_only_data_folder_says_it_is_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    data = tmp_path / "data"
    answer_who_is_on_duty(monkeypatch, lambda db: None)
    assert app.start(data) == (0, None)  # a database to find
    shown: list[str] = []
    monkeypatch.setattr(app, "show_start_error", shown.append)
    answer_who_is_on_duty(monkeypatch, lambda db: pytest.fail("nobody should be asked"))
    mounted = subprocess.run(["mount", "--bind", str(data), str(data)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mount not permitted here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(data)], check=True)
        assert app.start(data) == (2, None)
    finally:
        subprocess.run(["umount", "-l", str(data)], capture_output=True)
    assert len(shown) == 1 and "hanya-baca" in shown[0] and "tidak dapat dibuka" not in shown[0]
