"""Demo databases for the benchmarks, built once with `desk demo-data` code and reused."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.demo import add_demo_requests
from desk.store.migrations import head_revisions, shipped_heads

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


# --- PostgreSQL -----------------------------------------------------------------------------------
# A cluster of its own per size under bench/data/postgres-<size>/ (server/: the cluster, started with
# the tests' PgServer; desk/: the counter's data folder with the audit key), kept between runs like the
# SQLite files. Rebuilt when missing or when Desk's schema (its Alembic heads) is not the one it was
# built with: a schema change rewrites the search index, and timing a migrated copy would measure a
# database no fresh install has.

PG_DATABASE = "desk"
# A server set up as PostgreSQL's tuning advice says for a dedicated machine (a quarter of the memory of an
# office server with 4 GB) rather than the 128 MB default, which holds less than the search table of 1M
# requests: every row the search reads would otherwise be copied in from the operating system's cache.
PG_SETTINGS = {"shared_buffers": "1GB"}


@dataclass(frozen=True)
class PgDataset:
    url: str
    data_dir: Path  # the counter's own folder: the audit key that signs this database's chain
    built_seconds: float | None  # None when reused
    load_seconds: float | None  # add_demo_requests alone, as recorded when built


def postgres_dataset_folder(size: int, root: Path = DATA_ROOT) -> Path:
    return root / f"postgres-{label(size)}"


def _schema_heads() -> list[str]:
    return sorted(shipped_heads() or head_revisions())


@contextmanager
def postgres_dataset(size: int, root: Path = DATA_ROOT, log: object = print) -> Iterator[PgDataset]:
    """A running PostgreSQL 15 server holding `size` demo requests; stopped (and kept) when the block ends."""
    from tests.pgserver import PgServer

    folder = postgres_dataset_folder(size, root)
    marker = folder / MARKER
    info = json.loads(marker.read_text()) if marker.exists() else {}
    reuse = (info.get("requests") == size and info.get("seed") == SEED and info.get("heads") == _schema_heads()
             and (folder / "server" / "data" / "PG_VERSION").exists())
    if not reuse:
        shutil.rmtree(folder, ignore_errors=True)
    server = PgServer(folder / "server", PG_SETTINGS).start()
    try:
        if reuse:
            yield PgDataset(server.url(PG_DATABASE), folder / "desk", None, info.get("demo_seconds"))
            return
        started = time.perf_counter()
        url = server.create_database(PG_DATABASE)
        (folder / "desk").mkdir(parents=True, exist_ok=True)
        db = open_database(url, folder / "desk")
        try:
            summary = add_demo_requests(db, size, seed=SEED)
            with db.engine.connect() as conn:  # as autovacuum would leave it: statistics and visibility map
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM (ANALYZE)")
        finally:
            db.dispose()
        seconds = time.perf_counter() - started
        marker.write_text(json.dumps({"requests": size, "seed": SEED, "heads": _schema_heads(),
                                      "build_seconds": round(seconds, 1), "demo_seconds": round(summary.seconds, 1)}))
        log(f"  built {folder.name}: {size:,} requests in {seconds:.1f} s")  # type: ignore[operator]
        yield PgDataset(url, folder / "desk", seconds, summary.seconds)
    finally:
        server.stop()
