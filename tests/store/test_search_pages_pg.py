"""PostgreSQL register pages: the id-order window, the longer walk and the index beyond them give exactly the
matching rows, whichever of them finishes a page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from desk.store import search_pg
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.models import ServiceRequest, Visitor
from desk.store.requests import RegisterFilter, register_page
from desk.store.search import search_terms

END = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.mark.postgres
# (2000, _): the window holds every row; (5, 25000): pages are finished by the longer walk or, where the
# window found nothing, by the GIN index; (5, 3): the walk falls short and the index finishes the page.
@pytest.mark.parametrize(("window", "walk"), [(2000, 25_000), (5, 25_000), (5, 3)])
def test_pages_agree_with_one_plain_query(
    pg_db: Database, window: int, walk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_pg, "SCAN_ROWS", window)
    monkeypatch.setattr(search_pg, "WALK_ROWS", walk)
    add_demo_requests(pg_db, 300, seed=6, end=END)
    with pg_db.read() as s:
        nik, phone, name = s.execute(
            select(Visitor.nik, Visitor.phone, Visitor.name).where(Visitor.nik.is_not(None), Visitor.phone.is_not(None))
            .limit(1)).one()
        ref = s.scalar(select(ServiceRequest.ref_number).order_by(ServiceRequest.id).limit(1))
        # a rare word with a common one: the index looks up the rare one, the other is tested on its rows
        queries = [nik[:2], nik[:6], nik, "0" + phone[3:9], name, name.split()[0][:3], "dkukmtk", "s", "63110 kop",
                   "zzzz", f"{name.split()[0]} s", ref[:10], f"{nik} d"]
        for query in queries:
            exact = list(s.scalars(search_pg.matching_ids(search_terms(query)).order_by(text("id DESC"))))
            for ascending in (False, True):
                pages: list[int] = []
                after = None
                while True:  # page through all of it, 7 at a time
                    page = register_page(s, RegisterFilter(text=query), after_id=after, limit=7, ascending=ascending)
                    pages += page
                    if len(page) < 7:
                        break
                    after = page[-1]
                assert pages == (sorted(exact) if ascending else exact), (query, ascending)
        unit = register_page(s, RegisterFilter(text=nik[:6], unit_id=1), limit=500)
        assert unit == [i for i in register_page(s, RegisterFilter(text=nik[:6]), limit=500)
                        if s.get(ServiceRequest, i).unit_id == 1]
