"""`make bundle`: a folder that installs Desk on a PC without internet, from a USB stick.

    python packaging/bundle.py [--out dist] [--python 3.11 ...] [--platform linux|windows ...]

It holds the wheels of every pin in requirements.lock for 64-bit Linux (manylinux, glibc 2.34 or
newer: PySide6's floor) and 64-bit Windows, for each supported Python (requires-python), Desk's own
wheel, and install scripts that call `pip install --no-index --find-links wheels`: nothing is asked
of any index. Every wheel is fetched with `pip download --only-binary=:all:` for its exact target,
so a bundle that is written at all has a wheel for every pin on every target.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
LOCK = ROOT / "requirements.lock"

PYTHONS = ("3.11", "3.12", "3.13", "3.14")
# pip 23 does not widen a manylinux tag to the older ones it accepts: list them (newest first).
PLATFORMS: dict[str, tuple[str, ...]] = {
    "linux": ("manylinux_2_34_x86_64", "manylinux_2_28_x86_64", "manylinux_2_27_x86_64",
              "manylinux_2_17_x86_64", "manylinux2014_x86_64"),
    "windows": ("win_amd64",),
}
SCRIPTS = ("pasang-linux.sh", "pasang-windows.ps1", "pasang-windows.bat", "BACA-SAYA.txt")


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from desk import __version__

    return __version__


def pip_env() -> dict[str, str]:
    """This machine's own pip configuration (extra indexes, local wheel folders, constraints) left out:
    the bundle must come from the public index alone, exactly as pinned."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def download(wheels: Path, python: str, platform: str) -> None:
    args = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
            "--python-version", python, "--implementation", "cp", "--dest", str(wheels), "-r", str(LOCK)]
    for tag in PLATFORMS[platform]:
        args += ["--platform", tag]
    done = subprocess.run(args, env=pip_env(), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"no complete set of wheels for Python {python} on {platform}:\n{done.stderr[-2000:]}")


def build_desk_wheel(wheels: Path) -> Path:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, str(ROOT)],
                       check=True, capture_output=True, text=True)
        (built,) = Path(out).glob("desk-*.whl")
        return Path(shutil.copy2(built, wheels))


def write_sums(folder: Path) -> None:
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "SHA256SUMS"):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(folder).as_posix()}")
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_bundle(out: Path, pythons: tuple[str, ...] = PYTHONS, platforms: tuple[str, ...] = tuple(PLATFORMS)) -> Path:
    """Write <out>/Desk-offline-<version>/ and return it."""
    folder = out / f"Desk-offline-{version()}"
    if folder.exists():
        shutil.rmtree(folder)
    wheels = folder / "wheels"
    wheels.mkdir(parents=True)
    for platform in platforms:
        for python in pythons:
            download(wheels, python, platform)
    build_desk_wheel(wheels)
    shutil.copy2(LOCK, folder / "requirements.lock")
    shutil.copy2(HERE / "windows" / "desk.ico", folder / "desk.ico")
    for name in SCRIPTS:
        text = (HERE / "offline" / name).read_text(encoding="utf-8").replace("@VERSION@", version())
        newline = "\r\n" if name.endswith((".bat", ".ps1", ".txt")) else "\n"
        (folder / name).write_text(text, encoding="utf-8", newline=newline)
    (folder / "pasang-linux.sh").chmod(0o755)
    write_sums(folder)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--python", action="append", choices=PYTHONS, help="only these Pythons (default: all)")
    parser.add_argument("--platform", action="append", choices=tuple(PLATFORMS), help="only these systems")
    args = parser.parse_args()
    folder = make_bundle(args.out, tuple(args.python or PYTHONS), tuple(args.platform or PLATFORMS))
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"{folder}: {len(list((folder / 'wheels').glob('*.whl')))} wheels, {size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
