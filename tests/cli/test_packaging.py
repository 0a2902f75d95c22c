"""A built wheel carries db/ and resources/, and `desk check` works from it in a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_checks_an_empty_data_folder(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    wheel = next(dist.glob("desk-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, text=True,
    )
    # Third-party dependencies come from the project venv (appended after the fresh site-packages,
    # whose own .pth files — including the editable install of the source tree — are not processed).
    fresh_site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )
    (fresh_site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    where = subprocess.run(
        [str(python), "-c", "import desk, desk.paths as p; print(desk.__file__); print(p.migrations_dir())"],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    ).stdout.splitlines()
    assert where[0].startswith(str(env_dir)), "desk must be imported from the installed wheel"
    assert where[1].startswith(str(env_dir)) and where[1].endswith("_db")

    data = tmp_path / "empty-data"
    result = subprocess.run(
        [str(env_dir / "bin" / "desk"), "--data-dir", str(data), "check"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "sehat" in result.stdout
    assert "Layanan" in result.stdout
    assert (data / "desk.sqlite3").exists()
