"""Figure 4 hook: the forums engineer's attendance benchmark, on F4 as the office prints it."""

from __future__ import annotations

from bench.bench_attendance import measure


def measure_attendance(participants: int, runs: int) -> dict[str, float]:
    """Median ms of the sheet and of the bare ReportLab table of the same rows (F4, the office default)."""
    return measure(participants, runs, paper="F4")
