"""Figure 3: save a request and have its receipt PDF ready, against a raw insert+commit and a bare ReportLab page."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from bench.core import median, percentile
from desk.domain.consent import ConsentPurpose
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.models import RefCounter, ServiceRequest, Visitor
from desk.store.models_accounts import ConsentRow
from desk.store.walk_in import save_walk_in


def _draft(service_id: int, i: int) -> RequestDraft:
    return RequestDraft(
        service_id=service_id, name=f"Pemohon Uji Kecepatan {i}", nik=make_nik("631104", date(1990, 1, 1 + i % 28), "L",
                                                                             9000 + i),
        phone=f"0812{7000_0000 + i}", address="Jl. Mampari RT 02", kecamatan_code="63.11.04",
        desa_code="63.11.04.2008", documents_received=(True, True),
    )


# What the intake form hands over when the visitor said no to every optional use.
UNTICKED = dict.fromkeys(ConsentPurpose, False)


def save_and_receipt(db: Database, runs: int) -> dict[str, float]:
    """Median ms of save_walk_in (committed, as the form saves) + the receipt PDF, and of the save alone.

    The requests, their visitors and the counters are put back afterwards, so the benchmark
    databases stay as `desk demo-data` built them.
    """
    from bench.receipt_glue import receipt_pdf
    from desk.documents.receipt import render_receipt  # noqa: F401  (imported before timing: warm-up)

    with db.read() as session:
        service = next(s for s in list_services(session) if s.code == "P1")
        counters = {(c.unit_id, c.year): c.last_seq for c in session.scalars(select(RefCounter))}
    totals: list[float] = []
    saves: list[float] = []
    ids: list[int] = []
    try:
        for i in range(runs + 1):
            started = time.perf_counter()
            walk_in = save_walk_in(db, _draft(service.id, i), UNTICKED).value
            record = walk_in.request
            saved = time.perf_counter()
            pdf = receipt_pdf(walk_in)
            done = time.perf_counter()
            assert pdf.startswith(b"%PDF")
            ids.append(record.id)
            if i:  # the first one warms ReportLab's fonts
                totals.append((done - started) * 1000)
                saves.append((saved - started) * 1000)
    finally:
        _put_back(db, ids, counters)
    return {"ms": median(totals), "save_ms": median(saves), "receipt_ms": median(totals) - median(saves),
            "runs": len(totals), "p25_ms": percentile(totals, 25), "p75_ms": percentile(totals, 75)}


def _put_back(db: Database, ids: list[int], counters: dict[tuple[int, int], int]) -> None:
    if not ids:
        return
    with db.write() as session:
        visitors = set(session.scalars(select(Visitor.id).join(ServiceRequest, ServiceRequest.visitor_id == Visitor.id)
                                       .where(ServiceRequest.id.in_(ids), Visitor.name.like("Pemohon Uji Kecepatan%"))))
        session.execute(delete(ServiceRequest).where(ServiceRequest.id.in_(ids)))
        session.execute(delete(ConsentRow).where(ConsentRow.visitor_id.in_(visitors)))
        session.execute(delete(Visitor).where(Visitor.id.in_(visitors)))
        for counter in session.scalars(select(RefCounter)):
            key = (counter.unit_id, counter.year)
            if key in counters:
                counter.last_seq = counters[key]
            else:
                session.delete(counter)


def floor(folder: Path, runs: int) -> dict[str, float]:
    """A raw INSERT + COMMIT (same durability settings) and a one-page ReportLab PDF."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    conn = sqlite3.connect(str(folder / "floor.sqlite3"), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, ref TEXT, name TEXT, at TEXT)")
    times: list[float] = []
    for i in range(runs + 1):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (ref, name, at) VALUES (?, ?, datetime('now'))", (f"{i:04d}/PNP", "Pemohon"))
        conn.execute("COMMIT")
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=A4)
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, 770, f"{i:04d}/PNP/DKUKMTK/XI/2026")
        canvas.setFont("Helvetica", 10)
        for line in range(20):
            canvas.drawString(72, 740 - 14 * line, f"Baris {line}: persyaratan diterima")
        canvas.showPage()
        canvas.save()
        if i:
            times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return {"ms": median(times), "runs": len(times)}
