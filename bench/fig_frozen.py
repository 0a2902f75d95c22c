"""Figure 12: the frozen program's start against the source install's, to the painted register.

The office runs the PyInstaller build (`make dist`: dist/Desk/desk), developers the source install
(`.venv/bin/desk`). Both start the same way here: `desk --data-dir DATASET run` with the login skipped
(DESK_SKIP_LOGIN, as figure 1a) and DESK_EXIT_AFTER_FIRST_PAINT, which leaves with 0 once the register
shows rows; the figure is the wall time of the whole process, launch to exit, for each. They run
alternately after one warm-up each, so the file cache and the machine's load treat them alike. The
floor is the source install: the goal is a ratio (≤ 1.2×), so the exit both pay cancels out. `make bench`
runs it on the smallest dataset, because the exit includes the backup Desk makes at closing, which
takes seconds for a file of a million requests and would hide the start.

Without a frozen build the figure says so ("make dist" first) instead of measuring anything.
Alone: `python -m bench.fig_frozen --data bench/data/sqlite-1M [--repeats 5]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.core import Figure

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "Desk" / "desk"
SOURCE = Path(sys.executable).with_name("desk")
GOAL_RATIO = 1.2
TIMEOUT_S = 120


def _start(program: Path, data: Path) -> float:
    """Wall milliseconds from launching `program` to its exit after the first painted register."""
    env = {**os.environ, "DESK_SKIP_LOGIN": "1", "DESK_EXIT_AFTER_FIRST_PAINT": "1",
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    done = subprocess.run([str(program), "--data-dir", str(data), "run"], env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)
    took = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{program} ended with {done.returncode}: {done.stderr[-500:]}")
    return took


def measure(data: Path, repeats: int, frozen: Path = FROZEN, source: Path = SOURCE) -> dict[str, list[float]]:
    """Each program's start times, alternating, after one unmeasured start each."""
    _start(frozen, data)
    _start(source, data)
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    for _ in range(repeats):
        times["frozen"].append(_start(frozen, data))
        times["source"].append(_start(source, data))
    return times


def figure(data: Path, label: str, repeats: int, frozen: Path = FROZEN) -> Figure:
    fig = Figure("12", f"Start of the frozen program to the painted register ({label})", "ms",
                 floor_label="the source install (.venv/bin/desk), same start", goal=f"≤ {GOAL_RATIO}× the source install",
                 ratio_max=GOAL_RATIO)
    if not frozen.exists():
        where = frozen.relative_to(ROOT) if frozen.is_relative_to(ROOT) else frozen
        fig.missing = f"no frozen build at {where}: run `make dist` first"
        return fig
    times = measure(data, repeats, frozen)
    fig.value, fig.floor = statistics.median(times["frozen"]), statistics.median(times["source"])
    fig.runs, fig.spread = repeats, (min(times["frozen"]), max(times["frozen"]))
    fig.detail = {"source_spread": [round(min(times["source"]), 1), round(max(times["source"]), 1)],
                  "note": "whole process, launch to exit after the register's first paint; login skipped"}
    return fig


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a bench dataset folder (bench/data/sqlite-…)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    fig = figure(args.data, args.data.name, args.repeats)
    if fig.missing:
        print(fig.missing)
        return 1
    assert fig.value is not None and fig.floor is not None and fig.spread is not None
    print(f"frozen {fig.value:.0f} ms ({fig.spread[0]:.0f}–{fig.spread[1]:.0f}), source {fig.floor:.0f} ms "
          f"{fig.detail['source_spread']}, {fig.value / fig.floor:.2f}× (goal ≤ {GOAL_RATIO}×): {fig.verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
