"""Figures, statistics and the results files."""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    """One measured figure, next to its floor from the same run."""

    key: str  # "2.search.p95"
    title: str
    unit: str  # "ms", "MiB", "rows"
    value: float | None = None
    floor: float | None = None
    floor_label: str = ""
    goal: str = ""
    ratio_max: float | None = None  # goal on value / floor
    value_max: float | None = None  # goal on the value itself
    detail: dict[str, Any] = field(default_factory=dict)
    missing: str = ""  # why the figure could not be measured
    check: bool | None = None  # a goal on something other than the value (figure 5: rows fetched)
    runs: int | None = None  # how many runs the value is the median (or percentile) of
    spread: tuple[float, float] | None = None  # lowest and highest of those runs' values

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def met(self) -> bool | None:
        if self.value is None:
            return None
        ok = True
        if self.ratio_max is not None:
            ok = ok and self.ratio is not None and self.ratio <= self.ratio_max
        if self.value_max is not None:
            ok = ok and self.value <= self.value_max
        if self.check is not None:
            ok = ok and self.check
        return ok

    @property
    def bound(self) -> float | None:
        """The value at which the goal flips (the tighter of value_max and ratio_max × floor)."""
        bounds = [b for b in (self.value_max, self.ratio_max * self.floor if self.ratio_max and self.floor else None)
                  if b is not None]
        return min(bounds) if bounds else None

    @property
    def within_noise(self) -> bool:
        """The runs spread wider than the value's distance to the goal: one more run could flip the verdict."""
        if self.value is None or self.spread is None or self.bound is None:
            return False
        low, high = self.spread
        return high - low > abs(self.bound - self.value)

    @property
    def verdict(self) -> str:
        met = self.met
        if met is None:
            return "—"
        if self.within_noise:
            return f"within noise ({'yes' if met else 'no'} by the median)"
        return "yes" if met else "**no**"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["met"] = self.met
        data["within_noise"] = self.within_noise
        return data


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> tuple[float, float]:
    """The lowest and highest of a figure's runs."""
    return (min(values), max(values))


def time_ms(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return (time.perf_counter() - started) * 1000


def machine() -> dict[str, Any]:
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return f"{text} {unit}".strip()


def write_results(figures: list[Figure], out_dir: Path, meta: dict[str, Any]) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / "results.json", out_dir / "results.md"
    payload = {"machine": meta, "figures": [f.as_json() for f in figures]}
    json_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    lines = [
        "# Desk benchmark results",
        "",
        f"{meta['date']} · {meta['cpu_count']} CPUs · Python {meta['python']} · {meta['platform']}",
        "",
        "| # | figure | value | floor | ratio | goal | met |",
        "| --- | --- | ---: | --- | ---: | --- | --- |",
    ]
    for f in figures:
        floor = f"{_fmt(f.floor, f.unit)} ({f.floor_label})" if f.floor is not None else (f.floor_label or "—")
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        met = f.verdict
        value = _fmt(f.value, f.unit) if f.value is not None else f"not measured: {f.missing}"
        if f.value is not None and f.runs:
            value += f" (median of {f.runs}" + (
                f", {_fmt(f.spread[0])}–{_fmt(f.spread[1], f.unit)})" if f.spread else ")")
        lines.append(f"| {f.key} | {f.title} | {value} | {floor} | {ratio} | {f.goal or '—'} | {met} |")
    notes = [(f.key, f.detail["note"]) for f in figures if f.detail.get("note")]
    if notes:
        lines += ["", "Notes:", ""] + [f"- {key}: {note}" for key, note in notes]
    md_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return md_path, json_path
