"""DESK_EXIT_AFTER_FIRST_PAINT: Desk leaves with 0 once its register shows rows (the built program's smoke test)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

DESK = str(Path(sys.executable).with_name("desk"))  # the venv's `desk`, as `make run` starts it


def _start(data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DESK, "--data-dir", str(data)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_SKIP_LOGIN": "1", **env},
        capture_output=True, text=True, timeout=120,
    )


def test_desk_quits_after_painting_the_register_and_saves_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run([DESK, "--data-dir", str(data), "demo-data", "--requests", "30"],
                   check=True, capture_output=True, timeout=120)
    shot = tmp_path / "register.png"
    done = _start(data, DESK_EXIT_AFTER_FIRST_PAINT=str(shot))
    assert done.returncode == 0, done.stderr
    assert "register painted with 30 rows" in (data / "desk.log").read_text(encoding="utf-8")
    assert Image.open(shot).width > 0


def test_screenshot_that_cannot_be_written_is_a_failure(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run([DESK, "--data-dir", str(data), "demo-data", "--requests", "5"],
                   check=True, capture_output=True, timeout=120)
    done = _start(data, DESK_EXIT_AFTER_FIRST_PAINT=str(tmp_path / "missing-folder" / "x.png"))
    assert done.returncode == 1
