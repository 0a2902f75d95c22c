"""The command line says everything in Desk's Indonesian: argparse's own words, file and system errors;
the system's English ("File exists", "Is a directory") goes to desk.log only."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desk.log_file import LOG_FILE
from desk.store import survey
from tests.cli.running import desk

ENGLISH = ("usage", "error", "options", "show this help", "unrecognized", "invalid choice", "File exists",
           "Is a directory", "Traceback")


def test_help_and_argument_errors_are_indonesian(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, said = desk(capsys, "--data-dir", str(data_dir), "backups", "--help")
    assert code == 0 and "cara pakai: desk backups" in said and "tampilkan bantuan ini lalu keluar" in said
    code, said = desk(capsys, "--data-dir", str(data_dir), "users", "list", "--as-someone")
    assert code == 2 and "desk: galat: argumen tidak dikenal: --as-someone" in said
    code, said = desk(capsys, "--lang", "xx")
    assert code == 2 and "pilihan 'xx' tidak dikenal" in said
    assert not [word for word in ENGLISH if word in said]


def test_a_folder_where_a_file_should_be_is_said_in_desks_words(capsys: pytest.CaptureFixture[str],
                                                                data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "formulir.xlsx"
    folder.mkdir()
    code, said = desk(capsys, "--data-dir", str(data_dir), "skm", "import", str(folder))
    assert code == 1 and "Galat: formulir.xlsx adalah folder, bukan berkas." in said
    assert not [word for word in ENGLISH if word in said]


def test_a_system_error_no_command_foresaw_is_told_without_the_systems_words(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_db: object) -> None:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(tmp_path / "templat.xlsx"))

    monkeypatch.setattr(survey, "template_services", refuse)
    code, said = desk(capsys, "--data-dir", str(data_dir), "skm", "template", str(tmp_path / "templat.xlsx"))
    assert code == 1
    assert said.strip() == (f"Galat: berkas atau folder tidak dapat dipakai ({tmp_path / 'templat.xlsx'}): "
                            "sudah ada berkas dengan nama itu, bukan folder.")
    assert "File exists" in (data_dir / LOG_FILE).read_text(encoding="utf-8")  # the original, for whoever helps


def test_an_unexpected_failure_points_to_the_log(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_db: object) -> None:
        raise KeyError("services")

    monkeypatch.setattr(survey, "template_services", fail)
    code, said = desk(capsys, "--data-dir", str(data_dir), "skm", "template", str(tmp_path / "templat.xlsx"))
    assert code == 1 and said.startswith("Galat: perintah ini berhenti karena kesalahan tak terduga.")
    assert str(data_dir / LOG_FILE) in said and "KeyError" not in said
    assert "KeyError: 'services'" in (data_dir / LOG_FILE).read_text(encoding="utf-8")


@pytest.mark.parametrize(("language", "stopped"), [
    ("id", "Galat: perintah dihentikan (Ctrl+C); yang sudah tersimpan tetap tersimpan."),
    ("en", "Error: the command was stopped (Ctrl+C); what was already saved stays saved."),
])
def test_ctrl_c_is_said_without_pythons_traceback(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, pc_settings: Path, language: str,
                                                  stopped: str) -> None:
    def interrupted(_db: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(survey, "template_services", interrupted)
    try:
        code, said = desk(capsys, "--lang", language, "--data-dir", str(data_dir), "skm", "template",
                          str(tmp_path / "templat.xlsx"))
    except KeyboardInterrupt:
        pytest.fail("Ctrl+C left the command as Python's traceback")
    assert code == 130 and said.strip() == stopped
    assert "KeyboardInterrupt" not in said and "Traceback" not in said
    assert "stopped with Ctrl+C" in (data_dir / LOG_FILE).read_text(encoding="utf-8")
