"""The command line speaks the language chosen for it: `--lang en|id` for one run, else this PC's setting as the
window stores it, else Indonesian. In English nothing of Desk's Indonesian is left in what a command prints,
argparse keeps its own English, and a library's or the system's own words still reach the log only."""

from __future__ import annotations

import errno
import functools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import context, pc_setting, speech
from desk.log_file import LOG_FILE
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store import survey
from tests.cli.running import desk
from tests.i18n_support import INDONESIAN_WORDS, desk_sources

# What the commands below print is Desk's own words, not the office's data, so none of it may stay Indonesian.
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("--help",),
    ("backup", "--help"),
    ("demo-data", "--requests", "3"),
    ("backups",),
    ("users", "add", "rahmat", "--name", "Rahmat Hidayat"),  # refused: needs an admin
    ("print", "receipt", "9999/X/2026", "--out", "kuitansi.pdf"),
    ("recap", "--period", "2026-11", "--out", "rekap.txt"),
    ("restore", "tidak-ada.sqlite3", "--yes"),
)


def indonesian_in(said: str) -> list[str]:
    """Lines holding one of Desk's Indonesian source texts or an Indonesian word (paths taken out)."""
    sources = {text for text in desk_sources() if len(text) > 12}
    found = []
    for line in said.splitlines():
        rest = re.sub(r"\S*/\S*", " ", line)  # paths and dates typed by the test
        words = {w.strip(".,:;()[]{}“”\"'!?…·—–-`").lower() for w in rest.split()}
        if words & INDONESIAN_WORDS or any(source in line for source in sources):
            found.append(line)
    return found


def run_all(capsys: pytest.CaptureFixture[str], data_dir: Path, *lang: str) -> str:
    return "\n".join(desk(capsys, *lang, "--data-dir", str(data_dir), *args)[1] for args in COMMANDS)


def test_english_for_one_run_leaves_no_indonesian(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                  tmp_path: Path, pc_settings: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    said = run_all(capsys, data_dir, "--lang", "en")
    assert "usage: desk [-h]" in said and "show this help message and exit" in said  # argparse's own English
    assert "open the Desk application (default)" in said
    assert "Added 3 requests from" in said
    assert "No backups yet." in said
    assert "This command changes accounts or opens personal data" in said
    assert "Error: Number 9999/X/2026 is not in the service register." in said
    assert "Error: The recap file must end in .pdf or .xlsx" in said
    assert indonesian_in(said) == []


def test_indonesian_by_default(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path,
                               pc_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    said = run_all(capsys, data_dir)
    assert "cara pakai: desk" in said and "tampilkan bantuan ini lalu keluar" in said
    assert "Ditambahkan 3 permohonan dari" in said
    assert "Belum ada cadangan." in said
    assert "Galat: Nomor 9999/X/2026 tidak ada di register pelayanan." in said
    assert not [w for w in ("usage", "Error", "Added", "No backups") if w in said]


def test_a_count_takes_the_english_form_for_one_and_for_many(pc_settings: Path) -> None:
    speech.use(speech.ENGLISH)
    assert speech._tr("%n cadangan, terbaru di atas.", "", 1) == "1 backup, newest first."
    assert speech._tr("%n cadangan, terbaru di atas.", "", 1234) == "1,234 backups, newest first."
    assert speech.number(1234.5, 1) == "1,234.5"
    speech.use(speech.INDONESIAN)
    assert speech._tr("%n cadangan, terbaru di atas.", "", 1234) == "1.234 cadangan, terbaru di atas."
    assert speech.number(1234.5, 1) == "1.234,5"


def test_this_pcs_setting_as_the_window_writes_it_is_followed(
        capsys: pytest.CaptureFixture[str], data_dir: Path, pc_settings: Path, qapp: object) -> None:
    from PySide6.QtCore import QSettings

    from desk.app import application
    from desk.ui.settings import LANGUAGE

    # The window's own path: the application's names, QSettings in its native format (an INI file here),
    # under this PC's settings folder.
    application()
    before = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(pc_settings))
    try:
        LANGUAGE.set("en")
        QSettings().sync()
    finally:
        QSettings.setDefaultFormat(before)
    assert pc_setting.settings_file().is_file(), list(pc_settings.rglob("*"))
    assert pc_setting.pc_language() == "en"

    code, said = desk(capsys, "--data-dir", str(data_dir), "backups")
    assert code == 0 and "No backups yet." in said
    code, said = desk(capsys, "--lang", "id", "--data-dir", str(data_dir), "backups")  # one run overrides it
    assert code == 0 and "Belum ada cadangan." in said

    pc_setting.settings_file().write_text("[ui]\nlanguage=xx\n", encoding="utf-8")  # unknown: Indonesian
    code, said = desk(capsys, "--data-dir", str(data_dir), "backups")
    assert "Belum ada cadangan." in said


def test_a_system_error_is_said_in_english_and_the_systems_words_stay_in_the_log(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, pc_settings: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_db: object) -> None:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(tmp_path / "templat.xlsx"))

    monkeypatch.setattr(survey, "template_services", refuse)
    code, said = desk(capsys, "--lang", "en", "--data-dir", str(data_dir), "skm", "template",
                      str(tmp_path / "templat.xlsx"))
    assert code == 1
    assert said.strip() == (f"Error: a file or folder cannot be used ({tmp_path / 'templat.xlsx'}): "
                            "a file with that name exists, not a folder.")
    assert "File exists" in (data_dir / LOG_FILE).read_text(encoding="utf-8")


def test_a_data_folder_that_is_a_file_is_said_in_english(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         pc_settings: Path) -> None:
    where = tmp_path / "data"
    where.write_text("not a folder", encoding="utf-8")
    code, said = desk(capsys, "--lang", "en", "--data-dir", str(where), "check")
    assert code == 2
    assert (f"Error: The data folder {where} cannot be used (a file with that name exists, not a folder). "
            "Choose another data folder with --data-dir") in said
    assert indonesian_in(said.replace(str(where), "")) == []


def test_a_locked_database_is_said_in_english_and_the_drivers_words_stay_in_the_log(
        capsys: pytest.CaptureFixture[str], data_dir: Path, pc_settings: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(default_database_url(data_dir), data_dir).dispose()
    monkeypatch.setattr(context, "open_database", functools.partial(open_database, busy_timeout_ms=300))
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(data_dir / DATABASE_FILE)!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(60)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        code, said = desk(capsys, "--lang", "en", "--data-dir", str(data_dir), "backup")
    finally:
        holder.kill()
        holder.wait()
    assert code == 2
    assert said.startswith("Error: Another program has kept the database locked too long")
    assert "database is locked" not in said and indonesian_in(said) == []
    assert "database is locked" in (data_dir / LOG_FILE).read_text(encoding="utf-8")
