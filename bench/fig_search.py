"""Figure 2 (and 7): search while typing, keystroke by keystroke, through the store and the model's fetch."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bench.core import percentile, time_ms
from desk.domain.phone import format_phone
from desk.store.database import Database
from desk.store.models import ServiceRequest, Visitor
from desk.store.requests import RegisterFilter, register_page, register_rows
from desk.store.search import fts_query, search_terms

PAGE = 100  # ids the register model asks for per fetch (a screenful is ~30 rows)

_ROW_COLUMNS = """r.id, r.ref_number, r.received_at, v.name, v.nik, s.code, s.name, u.code, r.status, r.due_date
    FROM service_requests r JOIN visitors v ON v.id = r.visitor_id
    JOIN services s ON s.id = r.service_id JOIN units u ON u.id = r.unit_id"""


def realistic_queries(db: Database, count: int = 20, seed: int = 20) -> list[str]:
    """What officers type: names, NIK (whole, start, last four), reference numbers, phones, organisations."""
    rng = random.Random(seed)
    with db.read() as session:
        top = session.scalar(select(ServiceRequest.id).order_by(ServiceRequest.id.desc()).limit(1)) or 0
        picks: list[tuple[str, str, str | None, str | None, str]] = []
        for _ in range(count * 4):
            if top == 0:
                break
            row = session.execute(
                select(ServiceRequest.ref_number, Visitor.name, Visitor.nik, Visitor.phone, Visitor.organisation)
                .join(Visitor, Visitor.id == ServiceRequest.visitor_id)
                .where(ServiceRequest.id >= rng.randint(1, top)).order_by(ServiceRequest.id).limit(1)
            ).first()
            if row is not None:
                picks.append(tuple(row))  # type: ignore[arg-type]
    if not picks:
        return []
    names = [p[1] for p in picks]
    niks = [p[2] for p in picks if p[2]]
    refs = [p[0] for p in picks]
    phones = [p[3] for p in picks if p[3]]
    orgs = [p[4] for p in picks if p[4]]
    queries: list[str] = []
    for name in names[:6]:
        first, _, rest = name.partition(" ")
        queries.append(f"{first} {rest[:4]}".strip())  # "Siti Rahm"
    queries += names[6:8]  # whole names
    queries += niks[:2]  # a whole NIK, typed from the KTP
    queries += [nik[:10] for nik in niks[2:3]] + [nik[-4:] for nik in niks[3:4]]
    queries += [ref.rsplit("/", 2)[0] for ref in refs[:2]]  # "0123/PNP/DKUKMTK"
    queries += [ref.split("/")[0] for ref in refs[2:4]]  # "0123"
    queries += [format_phone(p).replace("-", " ") for p in phones[:1]] + [p[-4:] for p in phones[1:2]]
    queries += [" ".join(o.split()[:2])[:16] for o in orgs[:2]]
    while len(queries) < count:
        queries.append(names[len(queries) % len(names)])
    return queries[:count]


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix an officer's typing produces ("s", "si", "sit", ...)."""
    return [q[:k] for q in queries for k in range(1, len(q) + 1)]


def store_keystroke(db: Database) -> Callable[[str], int]:
    """One keystroke as the register does it: a page of ids, then the rows the model shows."""

    def run(typed: str) -> int:
        with db.read() as session:
            ids = register_page(session, RegisterFilter(text=typed), limit=PAGE)
            return len(register_rows(session, ids))

    return run


def sqlite_floor(path: str) -> Callable[[str], int]:
    """The raw FTS5 query of the same shape: the same page of rows, one SQL statement, no layers."""
    conn = sqlite3.connect(path, check_same_thread=False)

    def run(typed: str) -> int:
        terms = search_terms(typed)
        if not terms:
            return len(conn.execute(f"SELECT {_ROW_COLUMNS} ORDER BY r.id DESC LIMIT {PAGE}").fetchall())
        sql = (f"SELECT {_ROW_COLUMNS} JOIN request_fts f ON f.rowid = r.id WHERE request_fts MATCH ? "
               f"ORDER BY f.rowid DESC LIMIT {PAGE}")
        return len(conn.execute(sql, (fts_query(terms),)).fetchall())

    return run


def pg_floor(db: Database) -> Callable[[str], int]:
    """The raw PostgreSQL query of the same shape over request_search (migration 0401)."""
    from desk.store.search_pg import word_prefix_pattern

    raw: Any = db.engine.raw_connection()

    def run(typed: str) -> int:
        terms = search_terms(typed)
        where = " AND ".join(["q.doc ~* %s"] * len(terms)) or "TRUE"
        sql = (f"SELECT {_ROW_COLUMNS} JOIN request_search q ON q.id = r.id WHERE {where} "
               f"ORDER BY r.id DESC LIMIT {PAGE}")
        with raw.cursor() as cursor:
            cursor.execute(sql, [word_prefix_pattern(t) for t in terms])
            rows = len(cursor.fetchall())
        raw.rollback()
        return rows

    return run


def replay(run: Callable[[str], int], typed: list[str], warmup: bool = True) -> list[float]:
    if warmup:
        for text in typed:
            run(text)
    return [time_ms(lambda t=text: run(t)) for text in typed]


def summarise(times: list[float]) -> dict[str, float]:
    return {"p50": percentile(times, 50), "p95": percentile(times, 95), "max": max(times), "n": len(times)}
