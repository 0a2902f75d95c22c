"""What the command-line tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.cli import speech


@pytest.fixture
def pc_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This PC's settings folder (XDG_CONFIG_HOME, where QSettings keeps Desk's file on Linux), empty, and an
    empty system-wide one (XDG_CONFIG_DIRS) so that the machine's /etc/xdg plays no part."""
    folder = tmp_path / "config"
    folder.mkdir()
    (tmp_path / "xdg").mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    yield folder
    speech.use(speech.INDONESIAN)  # main() sets the language for the process; later tests start from the default
