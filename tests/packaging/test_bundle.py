"""The offline bundle (`make bundle`) installs Desk with no index at all, and holds Windows' half too.

The bundle is written for real (every pin, Linux and Windows, every supported Python, from the public
index). Then, with every pip setting of this machine removed and the network closed (a proxy on a
loopback port nobody listens on), `pasang-linux.sh` installs Desk into a fresh venv and `desk check`
runs on an empty data folder; pip resolves Windows' half for each Python from the bundle's folder alone.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402  (packaging/bundle.py, the script `make bundle` runs)

pytestmark = [pytest.mark.bundle, pytest.mark.slow]

CLOSED = "http://127.0.0.1:9"  # the discard port: nothing answers, any download fails at once


def offline_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") and "proxy" not in k.lower()}
    return {**env, "HOME": str(home), "PIP_CONFIG_FILE": os.devnull, "http_proxy": CLOSED,
            "https_proxy": CLOSED, "HTTP_PROXY": CLOSED, "HTTPS_PROXY": CLOSED, "PIP_NO_INDEX": "1"}


@pytest.fixture(scope="module")
def offline_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("usb")
    folder = bundle.make_bundle(out)
    yield folder
    shutil.rmtree(out, ignore_errors=True)  # about 600 MB


def test_bundle_holds_desk_the_lock_and_the_install_scripts(offline_folder: Path) -> None:
    assert offline_folder.name == f"Desk-offline-{__version__}"
    names = {p.name for p in (offline_folder / "wheels").iterdir()}
    assert f"desk-{__version__}-py3-none-any.whl" in names
    assert any(n.startswith("pyside6_addons-6.11.3-") and n.endswith("win_amd64.whl") for n in names)
    assert any(n.startswith("pyside6_addons-6.11.3-") and "manylinux" in n for n in names)
    for python in bundle.PYTHONS:
        tag = "cp" + python.replace(".", "")
        assert any(n.startswith("psycopg_binary-") and f"-{tag}-" in n and "win_amd64" in n for n in names), python
    for script in bundle.SCRIPTS:
        text = (offline_folder / script).read_text(encoding="utf-8")
        assert "@VERSION@" not in text and __version__ in text
    assert "--no-index" in (offline_folder / "pasang-windows.ps1").read_text(encoding="utf-8")
    sums = (offline_folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(sums) == sum(1 for p in offline_folder.rglob("*") if p.is_file()) - 1


def test_linux_half_installs_with_the_index_switched_off_and_desk_checks(
        offline_folder: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    target = tmp_path / "desk program"
    done = subprocess.run(["sh", str(offline_folder / "pasang-linux.sh"), str(target)], cwd=tmp_path,
                          env={**offline_env(home), "PYTHON": sys.executable},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Desk {__version__} terpasang" in done.stdout
    installed = subprocess.run([str(target / "bin" / "python"), "-c", "import desk; print(desk.__file__)"],
                               capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    assert installed.startswith(str(target)), "desk must come from the bundle, not the source tree"
    check = subprocess.run([str(home / ".local" / "bin" / "desk"), "check"], env=offline_env(home),
                           cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "sehat" in check.stdout and str(home / ".local" / "share" / "Desk") in check.stdout


@pytest.mark.parametrize("python", bundle.PYTHONS)
def test_windows_half_resolves_from_the_bundle_alone(offline_folder: Path, tmp_path: Path, python: str) -> None:
    """What `pip install` on a Windows PC would pick: resolved (not copied) from the bundle's wheels."""
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--report", str(report),
         "--target", str(tmp_path / "target"), "--no-index", "--find-links", str(offline_folder / "wheels"),
         "--only-binary=:all:", "--platform", "win_amd64", "--python-version", python, "--implementation", "cp",
         "-r", str(offline_folder / "requirements.lock"), f"desk=={__version__}"],
        env=offline_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    picked = {item["download_info"]["url"].rsplit("/", 1)[-1]
              for item in json.loads(report.read_text(encoding="utf-8"))["install"]}
    pins = [line for line in (offline_folder / "requirements.lock").read_text().splitlines()
            if line and not line.startswith("#")]
    assert len(picked) == len(pins) + 1
    assert all(name.endswith(("-win_amd64.whl", "-none-any.whl")) for name in picked), picked
