"""PostgreSQL's `(word, request_id)` key of search words (migration 2203): it holds exactly the words of
every request's search text after each kind of write, and register pages found through it are the pages
one plain query gives."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desk.store import search_pg
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.request_changes import RequestCorrection, correct_request
from desk.store.requests import RegisterFilter, register_page, register_slice
from desk.store.search import search_terms
from tests.conftest import saved_walk_in

pytestmark = pytest.mark.postgres

END = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def _key_words(db: Database) -> set[tuple[int, str]]:
    with db.read() as s:
        return {(rid, word) for rid, word in s.execute(text("SELECT request_id, word FROM request_words"))}


def _text_words(db: Database) -> set[tuple[int, str]]:
    with db.read() as s:
        return {(rid, word) for rid, word in s.execute(text(
            "SELECT id, unnest(tsvector_to_array(words)) FROM request_search"))}


def _found(db: Database, typed: str) -> list[int]:
    return list(register_slice(db, RegisterFilter(text=typed), date.today()).ids)


def test_the_key_holds_the_words_of_every_request_after_each_kind_of_write(
        pg_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_pg, "SCAN_ROWS", 1)  # every page beyond the first row comes from the key
    siti = saved_walk_in(pg_db, "Siti Aminah", kecamatan_code="63.11.04", desa_code="63.11.04.2008")
    yusuf = saved_walk_in(pg_db, "Yusuf Hamdani", organisation="Koperasi Maju")
    add_demo_requests(pg_db, 40, seed=3, end=END)  # the bulk path: row trigger off, one refresh over the range
    assert _key_words(pg_db) == _text_words(pg_db)
    assert (siti.id, "aminah") in _key_words(pg_db) and (yusuf.id, "koperasi") in _key_words(pg_db)

    # A corrected name: the old words leave the key, the new ones come in.
    correct_request(pg_db, siti.id, replace(RequestCorrection.of(siti), name="Siti Rahmawati"))
    assert _key_words(pg_db) == _text_words(pg_db)
    assert (siti.id, "aminah") not in _key_words(pg_db)
    assert siti.id in _found(pg_db, "rahmaw") and siti.id not in _found(pg_db, "aminah")
    # A renamed desa reaches every request of its visitors.
    with pg_db.write() as s:
        s.execute(text("UPDATE regions SET name = 'Mampari Baru' WHERE code = '63.11.04.2008'"))
    assert _key_words(pg_db) == _text_words(pg_db)
    assert _found(pg_db, "mampari baru") == [siti.id]
    # A deleted request (its search row goes by cascade) takes its words away.
    with pg_db.write() as s:
        s.execute(text("DELETE FROM service_requests WHERE id = :id"), {"id": yusuf.id})
    assert _key_words(pg_db) == _text_words(pg_db)
    assert not any(rid == yusuf.id for rid, _ in _key_words(pg_db))


def _exact(db: Database, typed: str) -> list[int]:
    """The plain reference: every matching id, newest first, by the tsvector alone."""
    with db.read() as s:
        return list(s.scalars(search_pg.matching_ids(search_terms(typed)).order_by(text("id DESC"))))


def _paged(db: Database, typed: str, size: int, ascending: bool, unit_id: int | None = None) -> list[int]:
    ids: list[int] = []
    after = None
    with db.read() as s:
        while True:
            page = register_page(s, RegisterFilter(text=typed, unit_id=unit_id), after_id=after, limit=size,
                                 ascending=ascending)
            ids += page
            if len(page) < size:
                return ids
            after = page[-1]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_pages_through_the_key_equal_one_plain_query_on_random_data(
        pg_db: Database, monkeypatch: pytest.MonkeyPatch, data: st.DataObject) -> None:
    # Tiny window and walk: nearly every page is finished by the key, the path under test.
    monkeypatch.setattr(search_pg, "SCAN_ROWS", data.draw(st.sampled_from([1, 5, 40]), label="window"))
    monkeypatch.setattr(search_pg, "WALK_ROWS", data.draw(st.sampled_from([2, 30]), label="walk"))
    with pg_db.read() as s:
        empty = not s.scalar(text("SELECT count(*) FROM service_requests"))
    if empty:  # the database lives across the examples: filled once
        add_demo_requests(pg_db, 150, seed=11, end=END)
    with pg_db.read() as s:
        words = sorted(set(s.scalars(text("SELECT DISTINCT word FROM request_words"))))
    rng = random.Random(data.draw(st.integers(0, 2**32), label="seed"))

    def typed_word() -> str:
        kind = rng.random()
        if kind < 0.7:  # a prefix of a stored word, as an officer types one
            word = rng.choice(words)
            return word[:rng.randint(1, len(word))]
        if kind < 0.85:  # a word nobody has
            return "".join(rng.choice("qxzv") for _ in range(rng.randint(2, 5)))
        return rng.choice("abdhjkmrs0123456789")  # one common letter or digit

    typed = " ".join(typed_word() for _ in range(data.draw(st.integers(1, 3), label="words")))
    exact = _exact(pg_db, typed)
    size = data.draw(st.sampled_from([1, 7, 200]), label="page")
    assert _paged(pg_db, typed, size, ascending=False) == exact, typed
    assert _paged(pg_db, typed, size, ascending=True) == sorted(exact), typed
    unit = _paged(pg_db, typed, size, ascending=False, unit_id=1)
    with pg_db.read() as s:
        in_unit = set(s.scalars(text("SELECT id FROM service_requests WHERE unit_id = 1")))
    assert unit == [i for i in exact if i in in_unit], typed


def test_a_page_beyond_the_window_reads_the_key_alone_and_tests_candidates_one_by_one(pg_db: Database) -> None:
    add_demo_requests(pg_db, 60, seed=5, end=END)
    with pg_db.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a fresh database is tiny: ask what the index can do
        query = search_pg._index(search_terms("rahmat h"), [], 10**6, False, ["rahmat"]).limit(200)
        plan = "\n".join(s.scalars(text("EXPLAIN " + str(query.compile(s.get_bind(),
                                                                         compile_kwargs={"literal_binds": True})))))
    assert "Index Only Scan using pk_request_words" in plan, plan
    assert "SubPlan" in plan and "Bitmap" not in plan, plan  # each candidate tested on its row, in id order
