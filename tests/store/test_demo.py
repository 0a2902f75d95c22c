"""`desk demo-data`: realistic, valid, gapless, searchable, and the same for the same seed."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from desk.cli import main as cli_main
from desk.domain.intake import RequestDraft
from desk.domain.nik import parse_nik
from desk.domain.phone import normalize_phone
from desk.domain.status import NEEDS_REASON, OPEN_STATUSES, TRANSITIONS
from desk.store.catalog import known_nik_regions, list_services
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.models import (
    AuditEntry,
    RefCounter,
    Region,
    RequestDocument,
    RequestEventRow,
    ServiceRequest,
    Unit,
    Visitor,
)
from desk.store.requests import RegisterFilter, create_request, get_request, register_page

END = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


def test_demo_requests_are_valid_spread_and_gapless(db: Database) -> None:
    summary = add_demo_requests(db, 600, seed=5, end=END, chunk=250)
    assert summary.requests == 600 and summary.first_id == 1 and summary.last_id == 600
    with db.read() as s:
        requests = s.execute(select(ServiceRequest).order_by(ServiceRequest.id)).scalars().all()
        visitors = {v.id: v for v in s.scalars(select(Visitor))}
        regions = known_nik_regions(s)
        desa = {r.code: r.parent_code for r in s.scalars(select(Region).where(Region.level != "kecamatan"))}
        units = {u.id: u.code for u in s.scalars(select(Unit))}
        counters = {(c.unit_id, c.year): c.last_seq for c in s.scalars(select(RefCounter))}
        events = s.execute(select(RequestEventRow).order_by(RequestEventRow.id)).scalars().all()
        documents = Counter(s.scalars(select(RequestDocument.request_id)))
        audit_actions = list(s.scalars(select(AuditEntry.action)))
        assert len(requests) == 600 and len(visitors) == summary.visitors < 600  # some visitors come back

        # chronological insert order over about three years, in counter hours, never in the future
        received = [r.received_at for r in requests]
        assert received == sorted(received)
        assert received[0] < END - timedelta(days=3 * 365 - 30) and received[-1] < END
        assert all(0 <= (t + timedelta(hours=8)).hour < 16 and (t + timedelta(hours=8)).weekday() < 5 for t in received)

        # every unit and most services, several statuses and channels
        assert set(units.values()) == {units[r.unit_id] for r in requests}
        assert len({r.service_id for r in requests}) >= 12
        statuses = Counter(r.status for r in requests)
        assert {"selesai", "ditolak", "dibatalkan"} <= set(statuses) and statuses["selesai"] > 300
        assert len({r.channel for r in requests}) >= 3

        # numbers gapless per unit and year, counters written back, numbers in the office pattern
        by_scope: dict[tuple[int, int], list[int]] = {}
        for r in requests:
            by_scope.setdefault((r.unit_id, r.year), []).append(r.seq)
            assert r.ref_number == f"{r.seq:04d}/{units[r.unit_id]}/DKUKMTK/{r.ref_number.split('/')[3]}/{r.year}"
            assert r.year == (r.received_at + timedelta(hours=8)).year
        for scope, seqs in by_scope.items():
            assert seqs == list(range(1, len(seqs) + 1)), scope
            assert counters[scope] == len(seqs)

        # people: valid NIKs of Balangan kecamatan (a few from neighbouring kabupaten), phones, desa
        niks = [v.nik for v in visitors.values() if v.nik]
        assert len(niks) > 0.85 * len(visitors) and len(set(niks)) == len(niks)
        in_balangan = 0
        for v in visitors.values():
            if v.nik:
                info = parse_nik(v.nik, date(2026, 11, 20))
                assert info.sex == v.sex and info.birth_date == v.birth_date
                in_balangan += info.region_code in regions
            if v.phone:
                assert normalize_phone(v.phone) == v.phone
            if v.desa_code:
                assert desa[v.desa_code] == v.kecamatan_code and v.region_text == ""
            assert re.fullmatch(r"[A-Z][\w.' ]+", v.name)
        assert in_balangan > 0.8 * len(niks)
        assert any(v.organisation_kind == "koperasi" for v in visitors.values())

        # a story per request: received first, legal moves, reasons where required, closing time
        trail: dict[int, list[RequestEventRow]] = {}
        for e in events:
            trail.setdefault(e.request_id, []).append(e)
        for r in requests:
            steps = trail[r.id]
            assert steps[0].to_status == "diterima" and steps[0].at == r.received_at
            for before, after in itertools.pairwise(steps):
                assert after.to_status in TRANSITIONS[before.to_status] and after.at >= before.at
                assert bool(after.reason) == (after.to_status in NEEDS_REASON)
            assert steps[-1].to_status == r.status
            assert (r.closed_at is None) == (r.status in OPEN_STATUSES)
            assert documents[r.id] > 0
        assert audit_actions.count("data.import") == 3  # one per chunk of 250


def test_demo_rows_read_like_real_ones_and_are_searchable(db: Database) -> None:
    add_demo_requests(db, 120, seed=2, end=END)
    with db.read() as s:
        newest = register_page(s, RegisterFilter(), limit=1)[0]
        record = get_request(s, newest)
        visitor = s.get(Visitor, record.visitor_id)
        assert visitor is not None
        assert record.checklist and record.events and record.received_by  # demo officers are named
        surname = visitor.name.split()[-1]
        assert newest in register_page(s, RegisterFilter(text=surname[:3]), limit=200)
        assert newest in register_page(s, RegisterFilter(text=record.ref_number))
        if visitor.nik:
            assert newest in register_page(s, RegisterFilter(text=visitor.nik))
            assert newest in register_page(s, RegisterFilter(text=visitor.nik[:7]), limit=200)
        count = s.scalar(text("SELECT count(*) FROM request_fts")) if db.is_sqlite else None
        assert count in (120, None)
        # the search index trigger is back: a request saved after the demo is found too
        service = list_services(s)[0]
    with db.write() as s:
        saved = create_request(s, RequestDraft(service_id=service.id, name="Zulkarnain Pendaftar Baru"), None, now=END)
    with db.read() as s:
        assert register_page(s, RegisterFilter(text="zulkarn")) == [saved.id]
    assert not saved.ref_number.startswith("0001/")  # the counter goes on after the demo numbers


def test_a_second_run_continues_the_numbers(db: Database) -> None:
    add_demo_requests(db, 50, seed=9, end=END)
    add_demo_requests(db, 50, seed=9, end=END)
    with db.read() as s:
        rows = s.execute(select(ServiceRequest.unit_id, ServiceRequest.year, ServiceRequest.seq)).all()
        total = s.scalar(select(func.count()).select_from(ServiceRequest))
        niks = s.scalars(select(Visitor.nik).where(Visitor.nik.is_not(None))).all()
    assert total == 100 and len(set(niks)) == len(niks)
    assert len(set(rows)) == 100  # no number issued twice
    for scope in {(u, y) for u, y, _ in rows}:
        seqs = sorted(q for u, y, q in rows if (u, y) == scope)
        assert seqs == list(range(1, len(seqs) + 1))


def test_same_seed_reproduces_the_same_rows(tmp_path: object, template_data_dir: object) -> None:
    import shutil
    from pathlib import Path

    from desk.paths import DATABASE_FILE, default_database_url
    from desk.safety.opening import open_database

    results = []
    for name in ("a", "b"):
        folder = Path(str(tmp_path)) / name
        folder.mkdir()
        shutil.copy2(Path(str(template_data_dir)) / DATABASE_FILE, folder / DATABASE_FILE)
        db = open_database(default_database_url(folder), folder)
        add_demo_requests(db, 40, seed=11, end=END)
        with db.read() as s:
            results.append(s.execute(
                select(ServiceRequest.ref_number, ServiceRequest.status, Visitor.name, Visitor.nik).join(Visitor)
                .order_by(ServiceRequest.id)).all())
        db.dispose()
    assert results[0] == results[1]


def test_demo_data_on_postgresql(pg_db: Database) -> None:
    add_demo_requests(pg_db, 300, seed=4, end=END, chunk=120)
    with pg_db.read() as s:
        assert s.scalar(select(func.count()).select_from(ServiceRequest)) == 300
        assert s.scalar(text("SELECT count(*) FROM request_search")) == 300
        visitor = s.scalars(select(Visitor).where(Visitor.nik.is_not(None)).limit(1)).one()
        mine = set(s.scalars(select(ServiceRequest.id).where(ServiceRequest.visitor_id == visitor.id)))
        assert mine & set(register_page(s, RegisterFilter(text=visitor.nik or ""), limit=50))
    with pg_db.write() as s:  # sequences were moved past the copied rows
        service = list_services(s)[0]
        saved = create_request(s, RequestDraft(service_id=service.id, name="Sesudah Demo"), None)
    assert saved.id == 301


def test_cli_demo_data(data_dir: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--data-dir", str(data_dir), "demo-data", "--requests", "80", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Ditambahkan 80 permohonan" in out
    seconds = re.search(r"dalam (\S+) detik\.", out)
    assert seconds is not None and re.fullmatch(r"\d+,\d", seconds.group(1)), out  # "0,4", never "0.4"
    code = cli_main(["--data-dir", str(data_dir), "demo-data", "--requests", "-5"])
    assert code == 1 and "--requests" in capsys.readouterr().err


@pytest.mark.parametrize("budget", [1500, 20])
def test_register_search_pages_agree_with_fts5_itself(
    db: Database, budget: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Prefixes longer than 8 characters are first checked among the rows of their 8-character prefix: same rows as FTS5's answer."""
    from desk.store import search

    monkeypatch.setattr(search, "SCAN_BATCH", min(search.SCAN_BATCH, budget // 2))
    monkeypatch.setattr(search, "SCAN_BUDGET", budget)  # 20: the fallback to FTS5's own expansion runs too
    add_demo_requests(db, 400, seed=6, end=END)
    with db.read() as s:
        nik, phone, name = s.execute(
            select(Visitor.nik, Visitor.phone, Visitor.name).where(Visitor.nik.is_not(None), Visitor.phone.is_not(None))
            .limit(1)).one()
        queries = [nik[:5], nik[:6], nik[:9], nik, "0" + phone[3:9], name, name.split()[0][:5] + " " + name[-3:],
                   "Koperasi Sanggam", "dkukmtk", "jose", "63110 kop",
                   # words of 9 letters and more are checked among their 8-letter prefix's rows; with a long
                   # number beside them, the number is checked there too
                   "Batumandi", "Lampihong", "kerajinan", "batumandi " + nik[:9]]
        for query in queries:
            terms = search.search_terms(query)
            exact = list(s.scalars(text(
                "SELECT rowid FROM request_fts WHERE request_fts MATCH :q ORDER BY rowid DESC"),
                {"q": search.fts_query(terms)}))
            pages: list[int] = []
            after = None
            while True:  # page through all of it, 7 at a time
                page = register_page(s, RegisterFilter(text=query), after_id=after, limit=7)
                pages += page
                if len(page) < 7:
                    break
                after = page[-1]
            assert pages == exact, query
            oldest = register_page(s, RegisterFilter(text=query), limit=3, ascending=True)
            assert oldest == sorted(exact)[:3], query
        unit = register_page(s, RegisterFilter(text=nik[:6], unit_id=1), limit=500)
        assert unit == [i for i in register_page(s, RegisterFilter(text=nik[:6]), limit=500)
                        if s.get(ServiceRequest, i).unit_id == 1]
