"""Figure 4: the attendance sheet of 1,000 participants against a bare ReportLab table of the same rows."""

from __future__ import annotations

import importlib.util


def attendance_missing() -> str:
    """Why figure 4 cannot run here, or "".

    bench/attendance_glue.py (`measure_attendance(participants, runs) -> {"ms", "floor_ms", ...}`)
    wraps the forums engineer's bench/bench_attendance.py once it and desk.documents.attendance exist.
    """
    for module in ("desk.documents.attendance", "bench.attendance_glue"):
        if importlib.util.find_spec(module) is None:
            return f"{module} does not exist yet"
    return ""


def measure(participants: int, runs: int) -> dict[str, float]:
    from bench.attendance_glue import measure_attendance

    return measure_attendance(participants, runs)
