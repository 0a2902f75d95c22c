"""Figure 5: open the register and jump to the oldest request without loading the table."""

from __future__ import annotations

import time

from bench.fig_search import PAGE
from desk.store.database import Database
from desk.store.requests import RegisterFilter, register_page, register_rows


def open_and_jump(db: Database) -> dict[str, float]:
    """What the register does on Ctrl+Home/End: newest page, then the oldest page read in ascending order."""
    fetched = 0
    started = time.perf_counter()
    with db.read() as session:
        ids = register_page(session, RegisterFilter(), limit=PAGE)
        fetched += len(register_rows(session, ids))
    opened = time.perf_counter()
    with db.read() as session:
        oldest = register_page(session, RegisterFilter(), limit=PAGE, ascending=True)
        fetched += len(register_rows(session, oldest))
    done = time.perf_counter()
    return {"open_ms": (opened - started) * 1000, "jump_ms": (done - opened) * 1000,
            "rows_fetched": fetched, "oldest_id": oldest[0] if oldest else 0}
