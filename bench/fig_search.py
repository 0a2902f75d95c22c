"""Figure 2 (and 7): search while typing, keystroke by keystroke, through the store and the model's fetch."""

from __future__ import annotations

import math
import random
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from bench.core import median, percentile, time_ms
from desk.domain.phone import format_phone
from desk.store.database import Database
from desk.store.models import ServiceRequest, Visitor
from desk.store.requests import RegisterFilter
from desk.store.search import fts_query, search_terms
from desk.ui.register.model import CHUNK_SIZE, COLUMN_COUNT, PAGE_SIZE, RegisterModel

# The register model's sizes: a first page of ids per search, display rows fetched a chunk at a time.
PAGE = PAGE_SIZE
CHUNK = CHUNK_SIZE
SCREEN = 30  # rows a 1366×768 screen shows

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
    """One keystroke as the register does it: RegisterModel.reload (the first page of ids through
    the store), then the cells of one screenful, which fetch their rows through the store."""
    # Owned by the application, so it goes before the application does when the process ends.
    model = RegisterModel(db, "Asia/Makassar", qt_application())

    def run(typed: str) -> int:
        model.reload(RegisterFilter(text=typed))
        return show_screen(model)

    return run


def show_screen(model: RegisterModel) -> int:
    """Ask a register model for the cells of one screenful, as the view does when it paints; rows shown."""
    shown = min(SCREEN, model.rowCount())
    for row in range(shown):
        for col in range(COLUMN_COUNT):
            model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
    return shown


_APP: list[Any] = []


def qt_application() -> Any:
    """The process's QApplication (pytest-qt's in the tests), created once and kept to the end."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        _APP.append(app)
    return app


def sqlite_floor(path: str) -> Callable[[str], int]:
    """The raw FTS5 queries of the same shape, no layers: the first page of ids, then one
    screenful's chunk of display rows."""
    conn = sqlite3.connect(path, check_same_thread=False)

    def run(typed: str) -> int:
        terms = search_terms(typed)
        if not terms:
            ids = [r[0] for r in conn.execute(f"SELECT id FROM service_requests ORDER BY id DESC LIMIT {PAGE}")]
        else:
            ids = [r[0] for r in conn.execute(
                f"SELECT rowid FROM request_fts WHERE request_fts MATCH ? ORDER BY rowid DESC LIMIT {PAGE}",
                (fts_query(terms),))]
        chunk = ids[:CHUNK]
        marks = ",".join("?" * len(chunk))
        return len(conn.execute(f"SELECT {_ROW_COLUMNS} WHERE r.id IN ({marks})", chunk).fetchall()) if chunk else 0

    return run


# The plans one plain PostgreSQL query for a page of ids can take: the planner's own choice, the newest
# rows walked in id order and each tested (the primary key's index), every match collected by the
# words' GIN index and the newest kept (a bitmap scan and a top-N sort), or the same with the index asked
# for one word only ("word1".."word3": the first, second or third typed word) and every word tested on the
# rows it returns (`ts_match_vq`, the function behind `@@`, is no index condition), or the `(word,
# request_id)` key of migration 2203 read for one typed word's range ("key1".."key3"), its ids newest first
# and each tested on its row until the page is full. A plan that would take longer than PG_PLAN_CAP_MS is
# cut off: it is not the fastest, since the planner's choice always completes.
PG_PLANS: dict[str, tuple[str, ...]] = {
    "planner": (),
    "walk": ("enable_bitmapscan", "enable_seqscan", "enable_sort"),
    "gin": ("enable_indexscan", "enable_seqscan"),
    "word1": ("enable_indexscan", "enable_seqscan"),
    "word2": ("enable_indexscan", "enable_seqscan"),
    "word3": ("enable_indexscan", "enable_seqscan"),
    "key1": (),
    "key2": (),
    "key3": (),
}
PG_PLAN_CAP_MS = 100


def pg_floor(db: Database, plan: str = "planner") -> Callable[[str], int]:
    """One plain SQL query for the first page of ids, `ORDER BY id DESC LIMIT` over the GIN-indexed
    `words` tsvector (migration 0902) with every typed word as a prefix (`'sit':*`), then one chunk of
    display rows; `plan` as in PG_PLANS. Its time per keystroke is inf when the cap cut it off."""
    from desk.store.search_pg import tsquery_text, tsquery_words, word_prefix_pattern

    raw: Any = db.engine.raw_connection()
    off = PG_PLANS[plan]
    one_word = int(plan[4:]) - 1 if plan.startswith("word") else None
    key_word = int(plan[3:]) - 1 if plan.startswith("key") else None

    def run(typed: str) -> int:
        terms = search_terms(typed)
        query = tsquery_text(terms)
        where = ["q.words @@ to_tsquery('simple', %s)"] if query else []
        params: list[str] = [query] if query else []
        words = tsquery_words(terms)
        if one_word is not None and words:
            where = ["q.words @@ to_tsquery('simple', %s)", "ts_match_vq(q.words, to_tsquery('simple', %s))"]
            params = [f"'{words[min(one_word, len(words) - 1)]}':*", query]
        others = [t for t in terms if not t.isascii()]
        where += ["q.doc ~* %s"] * len(others)
        params += [word_prefix_pattern(t) for t in others]
        sql = f"SELECT q.id FROM request_search q WHERE {' AND '.join(where) or 'TRUE'} ORDER BY q.id DESC LIMIT {PAGE}"
        if key_word is not None:
            if not words:
                raise _CutOff  # no word the key holds
            word = words[min(key_word, len(words) - 1)]
            tests = ["ts_match_vq(q.words, to_tsquery('simple', %s))"] + ["q.doc ~* %s"] * len(others)
            sql = (f"SELECT c.id FROM (SELECT DISTINCT request_id AS id FROM request_words WHERE word >= %s AND "
                   f"word < %s ORDER BY 1 DESC) c WHERE (SELECT {' AND '.join(tests)} FROM request_search q "
                   f"WHERE q.id = c.id) ORDER BY c.id DESC LIMIT {PAGE}")
            params = [word, word[:-1] + chr(ord(word[-1]) + 1), query] + [word_prefix_pattern(t) for t in others]
        with raw.cursor() as cursor:
            for name in off:
                cursor.execute(f"SET LOCAL {name} = off")
            if plan != "planner":
                cursor.execute(f"SET LOCAL statement_timeout = {PG_PLAN_CAP_MS}")
            try:
                cursor.execute(sql, params)
            except Exception as exc:  # the cap: this plan is not the fastest for this keystroke
                raw.rollback()
                if "statement timeout" not in str(exc):
                    raise
                raise _CutOff from None
            chunk = [row[0] for row in cursor.fetchall()][:CHUNK]
            cursor.execute(f"SELECT {_ROW_COLUMNS} WHERE r.id = ANY(%s)", [chunk])
            rows = len(cursor.fetchall())
        raw.rollback()
        return rows

    return run


class _CutOff(Exception):
    """A floor plan stopped by its cap (PG_PLAN_CAP_MS)."""


def pg_fastest_floor(db: Database, typed: list[str], rounds: int = 3) -> Replay:
    """For each keystroke the fastest of the plain-SQL plans (PG_PLANS), each replayed like Desk's path."""
    replays = [replay(pg_floor(db, plan), typed, rounds=rounds) for plan in PG_PLANS]
    result = Replay(min(times) for times in zip(*replays, strict=True))
    result.rounds = [[min(times) for times in zip(*(r.rounds[i] for r in replays), strict=True)]
                     for i in range(rounds)]
    result.plans = [list(PG_PLANS)[min(range(len(replays)), key=lambda j: replays[j][k])] for k in range(len(typed))]
    return result


class Replay(list[float]):
    """Milliseconds per keystroke (each keystroke's median over the rounds), with every round's own times."""

    rounds: list[list[float]]
    plans: list[str]  # the floor's fastest plan per keystroke (pg_fastest_floor)


def replay(run: Callable[[str], int], typed: list[str], warmup: bool = True, rounds: int = 3) -> Replay:
    """Milliseconds per keystroke: the typing replayed `rounds` times, each keystroke's median kept, so one
    scheduler hiccup on a shared 2-core machine does not become the p95 (store and floor alike)."""
    if warmup:
        for text in typed:
            _timed(run, text)
    passes = [[_timed(run, text) for text in typed] for _ in range(rounds)]
    result = Replay(median(times) for times in zip(*passes, strict=True))
    result.rounds = passes
    return result


def _timed(run: Callable[[str], int], text: str) -> float:
    try:
        return time_ms(lambda: run(text))
    except _CutOff:
        return math.inf


def summarise(times: list[float]) -> dict[str, float]:
    """p50, p95 and max; for a Replay also the lowest and highest p95 and p50 of its single rounds."""
    summary = {"p50": percentile(times, 50), "p95": percentile(times, 95), "max": max(times), "n": len(times)}
    rounds = getattr(times, "rounds", None)
    if rounds:
        p95s = [percentile(r, 95) for r in rounds]
        p50s = [percentile(r, 50) for r in rounds]
        summary.update({"rounds": len(rounds), "p95_min": min(p95s), "p95_max": max(p95s),
                        "p50_min": min(p50s), "p50_max": max(p50s)})
    return summary
