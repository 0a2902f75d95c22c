"""Figure 1: cold start to the first painted register, and peak memory, against a bare PySide6 window.

1a/1b start with the login skipped (DESK_SKIP_LOGIN). 1c-1e are Desk's real start behind the login:
1c to the login dialog's painted, focused field on a database with a password, 1d the same for the
first-admin dialog on an empty data folder, 1e from the Enter that sends the right password to the
register painted with rows from the moment the password is accepted (the login returned; from the
Enter, which adds the argon2id check and the login's audited write, is reported beside it). The officer
typed the password first; Enter is pressed once Desk is ready, and the wait for "ready" after the field
was painted is reported beside it.

`python -m bench.fig_startup --data FOLDER` measures these alone, each round running the bare window,
1a, 1c/1e and 1d one after the other so that the floor sees the same load as the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.core import Figure, median

ROOT = Path(__file__).resolve().parent.parent
# Agreed with the UI: DESK_SKIP_LOGIN=1 opens the main window as the first active officer (no login
# dialog), for benchmarks and screenshots only.
STARTUP_ENV = {"DESK_SKIP_LOGIN": "1", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
TIMEOUT_S = 120


LOGIN_PASSWORD = "Bench-Login-2026"  # the admin added to a copy of the dataset for figures 1c and 1e


def _spawn(kind: str, data_dir: Path | None, pycache: Path | None, until: str,
           extra_env: dict[str, str] | None = None) -> dict[str, float]:
    """Run one fresh child; the ms from spawn at which each of its report lines arrived, up to `until`.

    Keys: "PAINTED" (ms from spawn), "rss_mib"; for the `login` child also "READY" (ms after the field
    was painted), "REGISTER" (ms from Enter to the painted register) and "LOGIN" (of which the login).
    """
    args = [sys.executable, "-m", "bench.startup_child", kind]
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    env = {**os.environ, **STARTUP_ENV, "PYTHONPATH": str(ROOT), "DESK_BENCH_PASSWORD": LOGIN_PASSWORD,
           **(extra_env or {})}
    if kind.startswith("login"):
        env.pop("DESK_SKIP_LOGIN", None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(TIMEOUT_S, proc.kill)  # a dialog waiting for input must not hang the run
    watchdog.start()
    found: dict[str, float] = {}
    try:
        assert proc.stdout is not None
        seen = []
        for line in proc.stdout:
            parts = line.split()
            if parts and parts[0] == "PAINTED":
                found["PAINTED"] = (time.perf_counter() - started) * 1000
                found["rss_mib"] = int(parts[1]) / 1024
            elif parts and parts[0] == "READY":
                found["READY"], found["STALL_MAX"], found["STALL_P95"] = map(float, parts[1:4])
            elif parts and parts[0] == "REGISTER":
                found["REGISTER"], found["LOGIN"] = float(parts[1]), float(parts[2])
            seen.append(line)
            if until in found:
                return found
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{kind}: no {until} (exit {proc.wait()}): {(''.join(seen) + err)[-600:]}")
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()


def launch(kind: str, data_dir: Path | None = None, pycache: Path | None = None) -> tuple[float, float]:
    """(ms from spawn to first painted rows, peak RSS in MiB) of one fresh process.

    `pycache`: where the child keeps compiled bytecode. An installed Desk starts from .pyc files
    (pip compiles them at install, the Windows build ships them); a shell with
    PYTHONDONTWRITEBYTECODE=1 would make every start compile Desk's sources again, which no user
    pays. The cache lives outside the source tree.
    """
    found = _spawn(kind, data_dir, pycache, "PAINTED")
    return found["PAINTED"], found["rss_mib"]


def measure(kind: str, data_dir: Path | None, repeats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="desk-bench-pyc-") as pycache:
        # The first run warms the OS file cache and writes the bytecode: "cold" is the process, not the disk.
        launch(kind, data_dir, Path(pycache))
        runs = [launch(kind, data_dir, Path(pycache)) for _ in range(repeats)]
    times = [r[0] for r in runs]
    return {"ms": median(times), "mib": max(r[1] for r in runs), "runs": len(runs),
            "min_ms": min(times), "max_ms": max(times)}


def login_copy(dataset: Path, into: Path) -> Path:
    """A copy of `dataset` whose first admin has a password, so Desk asks for the login (1c, 1e).

    A copy, because the demo dataset itself must stay without passwords for 1a (DESK_SKIP_LOGIN).
    """
    from desk.paths import default_database_url
    from desk.safety.opening import open_database
    from desk.store import accounts

    folder = into / f"{dataset.name}-login"
    shutil.copytree(dataset, folder, ignore=shutil.ignore_patterns("backups"))
    db = open_database(default_database_url(folder), folder)
    try:
        accounts.create_first_admin(db, "admin", "Admin Bench", LOGIN_PASSWORD)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return folder


def _summary(values: list[float]) -> dict[str, float]:
    return {"ms": median(values), "min_ms": min(values), "max_ms": max(values), "runs": len(values)}


def measure_behind_login(dataset: Path, repeats: int, rounds_with: tuple[str, ...] = ("bare", "app")
                         ) -> dict[str, dict[str, float]]:
    """Figures 1c, 1d, 1e with the bare window (and 1a) run in the same rounds, one after the other.

    "field" is 1c (spawn to the login dialog's painted, focused field), "first_admin" 1d (the same on a
    new, empty data folder), "register" 1e (the password accepted, that is the login returned, to the painted
    register), "enter" the same from the Enter that sent the password, "login" the time between the two
    (the argon2id check and the login's audited write), "ready" how long after the field was painted
    Desk was ready behind it.
    """
    with tempfile.TemporaryDirectory(prefix="desk-bench-login-") as tmp_name:
        tmp = Path(tmp_name)
        login_folder = login_copy(dataset, tmp)
        pycache = tmp / "pyc"
        # This PC's settings (the remembered user name) in the run's own folder, not the user's.
        settings = {"XDG_CONFIG_HOME": str(tmp / "config")}
        runs: dict[str, list[float]] = {key: [] for key in
                                        ("bare", "app", "field", "first_admin", "register", "enter", "login", "ready",
                                         "stall_max", "stall_p95")}
        rss: dict[str, float] = {}

        def first_admin_folder(n: int) -> Path:
            return tmp / f"new-{n}" / "data"  # a folder Desk has never seen: the office's first start

        # The first round warms the OS file cache and writes the bytecode; it is not counted.
        for n in range(repeats + 1):
            counted = n > 0
            for kind in rounds_with:
                found = _spawn(kind, None if kind == "bare" else dataset, pycache, "PAINTED")
                if counted:
                    runs[kind].append(found["PAINTED"])
                    rss[kind] = max(rss.get(kind, 0.0), found["rss_mib"])
            found = _spawn("login", login_folder, pycache, "REGISTER", settings)
            first = _spawn("login-field", first_admin_folder(n), pycache, "PAINTED", settings)
            if counted:
                runs["field"].append(found["PAINTED"])
                runs["enter"].append(found["REGISTER"])
                runs["register"].append(found["REGISTER"] - found["LOGIN"])
                runs["login"].append(found["LOGIN"])
                runs["ready"].append(found["READY"])
                runs["stall_max"].append(found["STALL_MAX"])
                runs["stall_p95"].append(found["STALL_P95"])
                runs["first_admin"].append(first["PAINTED"])
                rss["field"] = max(rss.get("field", 0.0), found["rss_mib"])
    result = {key: _summary(values) for key, values in runs.items() if values}
    for key, mib in rss.items():
        result[key]["mib"] = mib
    return result


def figures(measured: dict[str, dict[str, float]], label: str) -> list[Figure]:
    """Figures 1c-1e (and 1a when measured in the same rounds) beside the bare window of those rounds."""
    bare = measured["bare"]
    floor_label = "bare QMainWindow + QTableView" + (", same rounds" if "app" in measured else "")

    def spread(key: str) -> tuple[float, float]:
        return measured[key]["min_ms"], measured[key]["max_ms"]

    made = []
    if "app" in measured:
        made.append(Figure("1a", f"Cold start to painted register, login skipped ({label} requests)", "ms",
                           measured["app"]["ms"], bare["ms"], floor_label, "≤ 3× bare window", 3.0,
                           runs=int(measured["app"]["runs"]), spread=spread("app")))
    made.append(Figure("1c", f"Start to the login dialog's painted, focused field ({label})", "ms",
                       measured["field"]["ms"], bare["ms"], floor_label, "≤ 1.5× bare window", 1.5,
                       runs=int(measured["field"]["runs"]), spread=spread("field"),
                       detail={"ready_after_field_ms": measured["ready"]["ms"],
                               "ready_after_field_spread": spread("ready"),
                               "longest_gui_stall_while_preparing_ms": measured["stall_max"]["ms"],
                               "longest_gui_stall_spread": spread("stall_max"),
                               "p95_gui_stall_while_preparing_ms": measured["stall_p95"]["ms"]}))
    made.append(Figure("1d", "Start to the first-admin dialog's painted, focused field (new data folder)", "ms",
                       measured["first_admin"]["ms"], bare["ms"], floor_label, "≤ 1.5× bare window", 1.5,
                       runs=int(measured["first_admin"]["runs"]), spread=spread("first_admin")))
    made.append(Figure("1e", f"Password accepted to painted register ({label})", "ms",
                       measured["register"]["ms"], goal="≤ 250 ms", value_max=250.0,
                       runs=int(measured["register"]["runs"]), spread=spread("register"),
                       detail={"enter_to_register_ms": measured["enter"]["ms"], "enter_spread": spread("enter"),
                               "login_ms": measured["login"]["ms"], "login_spread": spread("login")}))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fig_startup", description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="a dataset folder (bench/data/sqlite-…)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    label = args.data.name.removeprefix("sqlite-")
    measured = measure_behind_login(args.data, args.repeats)
    print(f"bare window: median {measured['bare']['ms']:.0f} ms "
          f"({measured['bare']['min_ms']:.0f}–{measured['bare']['max_ms']:.0f}, {measured['bare']['runs']:.0f} runs)")
    for fig in figures(measured, label):
        low, high = fig.spread or (0, 0)
        ratio = f"{fig.ratio:.2f}×" if fig.ratio else "—"
        print(f"{fig.key} {fig.title}: median {fig.value:.0f} ms ({low:.0f}–{high:.0f}, {fig.runs} runs), "
              f"ratio {ratio}, goal {fig.goal}: {fig.verdict}; {fig.detail or ''}")
    for key in ("enter", "ready", "login", "stall_max", "stall_p95"):
        m = measured[key]
        print(f"{key}: median {m['ms']:.0f} ms ({m['min_ms']:.0f}–{m['max_ms']:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
