"""Demo databases for the benchmarks, built once with `desk demo-data` code and reused."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.demo import add_demo_requests

DATA_ROOT = Path(__file__).resolve().parent / "data"
SEED = 8  # fixed: every run measures the same rows
MARKER = "bench.json"


def label(size: int) -> str:
    return f"{size // 1_000_000}M" if size >= 1_000_000 and size % 1_000_000 == 0 else (
        f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size))


def sqlite_dataset_folder(size: int, root: Path = DATA_ROOT) -> Path:
    return root / f"sqlite-{label(size)}"


def build_seconds(folder: Path) -> float | None:
    """How long `desk demo-data` took to build the dataset in `folder`, as recorded when it was built."""
    marker = folder / MARKER
    if not marker.exists():
        return None
    seconds = json.loads(marker.read_text()).get("build_seconds")
    return float(seconds) if seconds is not None else None


def sqlite_dataset(size: int, root: Path = DATA_ROOT, log: object = print) -> tuple[Path, float | None]:
    """The data folder of a SQLite database with `size` demo requests; (folder, build seconds or None if reused)."""
    folder = sqlite_dataset_folder(size, root)
    marker = folder / MARKER
    if marker.exists() and (folder / DATABASE_FILE).exists():
        info = json.loads(marker.read_text())
        if info.get("requests") == size and info.get("seed") == SEED:
            return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    db = open_database(default_database_url(folder), folder)
    try:
        summary = add_demo_requests(db, size, seed=SEED)
        with db.engine.connect() as conn:  # leave a small WAL behind, as a quiet office PC would have
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    seconds = time.perf_counter() - started
    marker.write_text(json.dumps({"requests": size, "seed": SEED, "build_seconds": round(seconds, 1),
                                  "demo_seconds": round(summary.seconds, 1)}))
    log(f"  built {folder.name}: {size:,} requests in {seconds:.1f} s")  # type: ignore[operator]
    return folder, seconds
