"""Figure 1: cold start to the first painted register, and peak memory, against a bare PySide6 window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.core import median

ROOT = Path(__file__).resolve().parent.parent
# Agreed with the UI: DESK_SKIP_LOGIN=1 opens the main window as the first active officer (no login
# dialog), for benchmarks and screenshots only.
STARTUP_ENV = {"DESK_SKIP_LOGIN": "1", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
TIMEOUT_S = 120


def launch(kind: str, data_dir: Path | None = None, pycache: Path | None = None) -> tuple[float, float]:
    """(ms from spawn to first painted rows, peak RSS in MiB) of one fresh process.

    `pycache`: where the child keeps compiled bytecode. An installed Desk starts from .pyc files
    (pip compiles them at install, the Windows build ships them); a shell with
    PYTHONDONTWRITEBYTECODE=1 would make every start compile Desk's sources again, which no user
    pays. The cache lives outside the source tree.
    """
    args = [sys.executable, "-m", "bench.startup_child", kind]
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    env = {**os.environ, **STARTUP_ENV, "PYTHONPATH": str(ROOT)}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(TIMEOUT_S, proc.kill)  # a dialog waiting for input must not hang the run
    watchdog.start()
    try:
        assert proc.stdout is not None
        seen = []
        for line in proc.stdout:
            if line.startswith("PAINTED "):
                elapsed = (time.perf_counter() - started) * 1000
                return elapsed, int(line.split()[1]) / 1024
            seen.append(line)
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{kind}: no painted table (exit {proc.wait()}): {(''.join(seen) + err)[-600:]}")
    finally:
        watchdog.cancel()
        proc.wait()


def measure(kind: str, data_dir: Path | None, repeats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="desk-bench-pyc-") as pycache:
        # The first run warms the OS file cache and writes the bytecode: "cold" is the process, not the disk.
        launch(kind, data_dir, Path(pycache))
        runs = [launch(kind, data_dir, Path(pycache)) for _ in range(repeats)]
    times = [r[0] for r in runs]
    return {"ms": median(times), "mib": max(r[1] for r in runs), "runs": len(runs),
            "min_ms": min(times), "max_ms": max(times)}
