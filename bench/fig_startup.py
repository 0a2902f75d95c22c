"""Figure 1: cold start to the first painted register, and peak memory, against a bare PySide6 window."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.core import median

ROOT = Path(__file__).resolve().parent.parent
# Agreed with the UI: DESK_SKIP_LOGIN=1 opens the main window as the first active officer (no login
# dialog), for benchmarks and screenshots only.
STARTUP_ENV = {"DESK_SKIP_LOGIN": "1", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
TIMEOUT_S = 120


def launch(kind: str, data_dir: Path | None = None) -> tuple[float, float]:
    """(ms from spawn to first painted rows, peak RSS in MiB) of one fresh process."""
    args = [sys.executable, "-m", "bench.startup_child", kind]
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    env = {**os.environ, **STARTUP_ENV, "PYTHONPATH": str(ROOT)}
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
    launch(kind, data_dir)  # warm the OS file cache: "cold" is the process, not the disk
    runs = [launch(kind, data_dir) for _ in range(repeats)]
    return {"ms": median([r[0] for r in runs]), "mib": max(r[1] for r in runs), "runs": len(runs)}


def app_available() -> str:
    """Why Desk's window cannot be started here, or "" when it can."""
    import importlib.util

    if importlib.util.find_spec("desk.app") is None:
        return "desk.app does not exist yet"
    return ""
