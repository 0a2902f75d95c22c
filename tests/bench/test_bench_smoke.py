"""A tiny run of the benchmark harness: every figure measured, next to its floor, and the files written."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from bench.core import Figure, percentile, write_results
from bench.run import Config, run_suite


@pytest.mark.slow
@pytest.mark.timeout(480)  # every figure once, start-ups in child processes: minutes on a busy 2-core machine
def test_smoke_run_computes_every_figure(tmp_path: Path, pg_server: object) -> None:
    # pg_server: skips where PostgreSQL 15 is missing, as every PostgreSQL test. The run keeps its own clusters in
    # its data folder, which the server's user must be able to reach (pytest's tmp_path is private to root).
    data = Path(tempfile.mkdtemp(prefix="desk-bench-smoke-"))
    data.chmod(0o755)
    lines: list[str] = []
    config = Config(sizes=(150, 300), pg_sizes=(200,), repeats=1, save_runs=3, participants=40, skm_responses=400,
                    data_root=data, out_dir=tmp_path / "out", log=lines.append,
                    use_print=False, use_frozen=False)  # figures 11 and 12 have their own smoke tests below
    try:
        figures = run_suite(config)
        # the search figures alone (--figures 2,6,7), on the databases kept by the first run
        again = run_suite(Config(sizes=(300,), pg_sizes=(200,), figures=frozenset({"2", "6", "7"}), repeats=1,
                                 data_root=data, out_dir=config.out_dir, use_print=False, use_frozen=False,
                                 log=lines.append))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    md, js = write_results(figures, config.out_dir, {"date": "2026-11-30", "cpu_count": 2, "python": "3.11",
                                                     "platform": "test"})
    keys = [f.key for f in figures]
    assert keys == ["0", "1a", "1b", "1c", "1d", "1e", "2a", "2b", "3", "4", "5", "10", "6.1", "6.2", "6.3", "7a", "7b", "8a", "8b", "9a", "9b"]
    for fig in figures:  # every figure measured, none "not measured"
        assert fig.value is not None and fig.value > 0 and not fig.missing, (fig.key, fig.missing)
        assert fig.met is not None
    by_key = {f.key: f for f in figures}
    assert by_key["1a"].floor and by_key["1a"].floor > 0  # the bare window is always measured
    assert by_key["1c"].floor == by_key["1d"].floor == by_key["1a"].floor  # the start behind the login, beside it
    assert 0 < by_key["1e"].value < by_key["1e"].detail["enter_to_register_ms"]  # Enter adds the login itself
    assert by_key["2a"].floor is not None and by_key["2a"].ratio is not None
    assert by_key["2a"].detail["keystrokes"] > 100  # 20 queries typed letter by letter
    assert 0 < by_key["5"].detail["rows_fetched"] <= 300  # the first screen's rows, counted wherever they come from
    assert by_key["10"].floor and by_key["10"].detail["requests_in_year"] > 0  # a year's recap beside its floor
    assert by_key["8a"].floor and by_key["8b"].floor and by_key["8a"].detail["responses"] == 400
    assert by_key["6.2"].detail.keys() == {"150", "300"}
    assert by_key["9a"].floor and by_key["9b"].floor and by_key["9b"].detail["rows"] == 300  # the whole register
    assert by_key["9b"].runs == 3 and by_key["9b"].spread[0] <= by_key["9b"].value <= by_key["9b"].spread[1]
    assert "fastest plain SQL" in by_key["7a"].floor_label and sum(by_key["7a"].detail["floor_plans"].values()) > 100
    # the databases, SQLite and PostgreSQL, were kept by the first run and reused by the second
    assert any("(reused)" in line for line in lines) and "kept from an earlier run" in {f.key: f for f in again}[
        "7a"].detail["note"]
    assert [f.key for f in again] == ["0", "2a", "2b", "6.2", "7a", "7b"]
    assert all(f.value is not None and not f.missing for f in again), [(f.key, f.missing) for f in again]

    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["machine"]["cpu_count"] == 2 and data["machine"]["date"]
    assert {f["key"] for f in data["figures"]} == set(keys)
    assert all({"value", "floor", "ratio", "goal", "met"} <= f.keys() for f in data["figures"])
    table = md.read_text(encoding="utf-8")
    assert table.count("\n| ") >= len(keys) + 1 and "| 2a | Search while typing" in table


@pytest.mark.slow
@pytest.mark.xdist_group("cups")
@pytest.mark.timeout(300)
def test_print_figure_smoke() -> None:
    """Figure 11 once, on a small sheet: Desk's PDF job, the lp floor and the pictures way all measured."""
    from bench import fig_print
    from tests.printing.conftest import BACKEND, _unavailable

    if os.geteuid() != 0 or shutil.which("cupsd") is None or not BACKEND.exists():
        _unavailable("figure 11 runs a private cupsd with the cups-pdf backend, as root")

    result = fig_print.measure(runs=1, raster_runs=1, participants=40, log=lambda _line: None)
    figures = {f.key: f for f in fig_print.figures(result)}
    assert result["pages"] >= 2 and result["pages_small"] >= 1
    for key in ("11a", "11b", "11c"):
        assert figures[key].value and figures[key].value > 0 and figures[key].runs == 1
    assert figures["11a"].floor and figures["11a"].floor > 0


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_frozen_start_figure_smoke(tmp_path: Path) -> None:
    """Figure 12 on a tiny dataset: without a frozen build it says so; given a program (here the source install
    standing in for dist/Desk/desk) both starts run to the painted register and are timed beside each other."""
    from bench import datasets, fig_frozen

    folder, _built = datasets.sqlite_dataset(150, tmp_path, log=lambda _line: None)
    absent = fig_frozen.figure(folder, "150", repeats=1, frozen=tmp_path / "no-build" / "desk")
    assert absent.value is None and "make dist" in absent.missing and absent.met is None
    measured = fig_frozen.figure(folder, "150", repeats=1, frozen=fig_frozen.SOURCE)
    assert measured.value and measured.floor and measured.runs == 1 and measured.met is not None
    assert measured.value > 300 and measured.floor > 300  # a whole Desk start each, not a process that failed early


def test_ratio_and_goals() -> None:
    fig = Figure("x", "t", "ms", value=30.0, floor=10.0, ratio_max=3.0, value_max=50.0)
    assert fig.ratio == 3.0 and fig.met is True
    assert Figure("x", "t", "ms", value=31.0, floor=10.0, ratio_max=3.0).met is False
    assert Figure("x", "t", "ms", value=60.0, value_max=50.0).met is False
    assert Figure("x", "t", "ms", missing="no app").met is None
    assert percentile([float(i) for i in range(1, 101)], 95) == 95.0
    assert percentile([5.0], 50) == 5.0


def test_a_figure_within_its_noise_says_so() -> None:
    near = Figure("x", "t", "ms", value=15.5, value_max=16.0, runs=5, spread=(12.0, 19.0))
    assert near.met is True and near.within_noise and near.verdict.startswith("within noise")
    clear = Figure("x", "t", "ms", value=8.0, value_max=16.0, runs=5, spread=(7.0, 9.5))
    assert clear.verdict == "yes" and not clear.within_noise
    ratio = Figure("x", "t", "ms", value=31.0, floor=10.0, ratio_max=3.0, runs=3, spread=(29.0, 33.0))
    assert ratio.bound == 30.0 and ratio.verdict == "within noise (no by the median)"
