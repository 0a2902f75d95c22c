"""The counts per office day (and month) the recaps sum (migration 2202_recap_days) stay exact under every kind of write.

On SQLite and PostgreSQL: demo data (counted in bulk), then random writes through the store's own
operations (saves, status moves, reopening, request and visitor corrections, erasure) and a deletion;
after every few writes the day tables equal a live GROUP BY over the requests and their visitors (the
age band counted here in Python), and every figure of the year's and a month's recap equals the
test's own row-by-row count (tests/store/test_recaps.py).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, text

from desk.domain.nik import make_nik
from desk.domain.recap_period import month_of, year_of
from desk.domain.recap_records import age_band
from desk.domain.status import CANCELLED, DONE, IN_PROCESS, RECEIVED, REJECTED
from desk.store import admin, recaps, subjects
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.errors import StoreError
from desk.store.models import Region, ServiceRequest, Visitor
from desk.store.recap_days import TABLES
from desk.store.request_changes import (
    Collection,
    RequestCorrection,
    correct_request,
    reopen_request,
    set_status,
)
from desk.store.requests import get_request
from desk.store.subjects import VisitorCorrection
from tests.conftest import saved_walk_in, service_id_of
from tests.store.test_recaps import check_against, plain_rows

R = ServiceRequest
WITA = ZoneInfo("Asia/Makassar")  # the seeded office zone
START = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)  # Senin 08.30 WITA, after the demo's last request
SERVICES = ("P1", "P2", "P3", "K1")


Tables = dict[str, Counter[tuple[object, ...]]]


def live(db: Database, zone: ZoneInfo = WITA) -> Tables:
    """What the day tables must hold, counted here row by row from the requests and their visitors."""
    found: Tables = {name: Counter() for name in TABLES}
    with db.read() as s:
        for r, v in s.execute(select(R, Visitor).join(Visitor, Visitor.id == R.visitor_id)):
            day, birth = r.received_on, v.birth_date
            age = None if birth is None else day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
            found["recap_day_counts"][(day, r.service_id, r.unit_id, r.status, r.channel, r.received_by or 0)] += 1
            found["recap_day_ages"][(day, r.service_id, r.unit_id, v.sex or "", age_band(age))] += 1
            found["recap_month_places"][(day.replace(day=1), r.service_id, r.unit_id, v.sex or "",
                                         v.kecamatan_code or "", v.desa_code or "")] += 1
            found["recap_day_visitors"][(day, r.service_id, r.unit_id, r.visitor_id, v.sex or "", age_band(age),
                                         int(r.status in (REJECTED, CANCELLED)))] += 1
            if r.closed_at is not None:
                found["recap_day_closings"][(day, r.closed_at.astimezone(zone).date(), r.service_id, r.unit_id,
                                             r.status, r.standard_version_id, r.due_from or day)] += 1
    return found


def summary(db: Database) -> Tables:
    found: Tables = {}
    with db.engine.connect() as conn:
        for name, key in TABLES.items():
            rows = conn.execute(text(f"SELECT {', '.join(key)}, n FROM {name} WHERE n <> 0")).all()
            assert all(row[-1] > 0 for row in rows), name  # never fewer than none
            found[name] = Counter({tuple(_date(v) for v in row[:-1]): row[-1] for row in rows})
    return found


def _date(value: object) -> object:
    return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 and value[4] == "-" else value


def assert_exact(db: Database, zone: ZoneInfo = WITA) -> None:
    expected = live(db, zone)
    assert summary(db) == expected
    assert all(expected.values())  # every table has something to be wrong about


class Writer:
    """Random writes through the store's operations; counts what each kind did."""

    def __init__(self, db: Database, rng: random.Random) -> None:
        self.db, self.rng, self.now, self.done = db, rng, START, Counter[str]()
        with db.read() as s:
            self.desa = [(str(d), str(k)) for d, k in s.execute(
                select(Region.code, Region.parent_code).where(Region.level == "desa"))]
            self.visitors = list(s.scalars(select(Visitor.id).where(Visitor.anonymised_at.is_(None))
                                           .order_by(Visitor.id).limit(40)))
        self.serial = 500

    def tick(self) -> datetime:
        self.now += timedelta(minutes=37)
        return self.now

    def ids(self, *statuses: str) -> list[int]:
        with self.db.read() as s:
            return list(s.scalars(select(R.id).where(R.status.in_(statuses)).order_by(R.id)))

    def nik(self, sex: str) -> tuple[str, str, str]:
        desa, kec = self.rng.choice(self.desa)
        self.serial += 1
        birth = date(1950 + self.rng.randrange(60), 1 + self.rng.randrange(12), 1 + self.rng.randrange(28))
        return make_nik(kec, birth, sex, self.serial), kec, desa

    def save(self) -> None:
        sex = self.rng.choice("LP")
        nik, kec, desa = self.nik(sex)
        saved = saved_walk_in(self.db, f"Pemohon {self.serial}", self.rng.choice(SERVICES), now=self.tick(), nik=nik,
                              sex=sex, kecamatan_code=kec, desa_code=desa,
                              channel=self.rng.choice(("datang_langsung", "whatsapp")))
        with self.db.read() as s:
            self.visitors.append(s.scalars(select(R.visitor_id).where(R.id == saved.id)).one())

    def move(self) -> None:
        rid = self.rng.choice(self.ids(RECEIVED, IN_PROCESS))
        to = self.rng.choice((IN_PROCESS, DONE, DONE, REJECTED, CANCELLED))
        reason = "Berkas tidak lengkap" if to in (REJECTED, CANCELLED) else ""
        set_status(self.db, rid, to, reason, collection=Collection("pemohon") if to == DONE else None,
                   override="Uji" if to == DONE else "", now=self.tick())

    def reopen(self) -> None:
        reopen_request(self.db, self.rng.choice(self.ids(DONE, REJECTED, CANCELLED)), "Salah tutup", now=self.tick())

    def correct_visitor(self) -> None:
        sex = self.rng.choice("LP")
        nik, kec, desa = self.nik(sex)  # a new NIK: a new birth date, so a new age band on every request
        change = self.rng.choice((VisitorCorrection(sex=sex), VisitorCorrection(kecamatan_code=kec, desa_code=desa),
                                  VisitorCorrection(nik=nik, sex=sex)))
        subjects.correct_subject(self.db, self.rng.choice(self.visitors), change, now=self.tick())

    def correct_request(self) -> None:
        rid = self.rng.choice(self.ids(RECEIVED))
        with self.db.read() as session:
            record = get_request(session, rid)
        correction = replace(RequestCorrection.of(record), channel=self.rng.choice(("datang_langsung", "whatsapp")),
                             service_id=service_id_of(self.db, self.rng.choice(SERVICES)))
        correct_request(self.db, rid, correction, now=self.tick())

    def erase(self) -> None:
        subjects.erase_subject(self.db, self.visitors.pop(self.rng.randrange(len(self.visitors))), now=self.tick())

    def delete(self) -> None:
        # No operation deletes a request today; the delete trigger still keeps the counts if one ever does.
        rid = self.rng.choice(self.ids(RECEIVED, IN_PROCESS, DONE))
        with self.db.write() as s:
            s.execute(delete(ServiceRequest).where(R.id == rid))

    def step(self) -> None:
        kind = self.rng.choice(("save", "save", "move", "move", "move", "reopen", "correct_visitor",
                                "correct_request", "erase", "delete"))
        try:
            getattr(self, kind)()
        except StoreError:  # a move the request's state does not allow: nothing was written
            self.done[f"{kind} refused"] += 1
            return
        self.done[kind] += 1


@pytest.mark.parametrize("seed", [3])
def test_day_counts_equal_the_live_counts_after_random_writes(any_db: Database, seed: int) -> None:
    db = any_db
    add_demo_requests(db, 900, seed=seed, years=1.0, end=datetime(2026, 11, 20, 8, tzinfo=UTC))
    assert_exact(db)  # the bulk path: counted per chunk, not per row
    writer = Writer(db, random.Random(seed))
    for round_ in range(6):
        for _ in range(12):
            writer.step()
        assert_exact(db)
        if round_ % 3 == 2:
            rows = plain_rows(db)
            check_against(recaps.recap(db, year_of(2026)), rows)
            check_against(recaps.recap(db, month_of(2026, 11)), rows)
    for kind in ("save", "move", "reopen", "correct_visitor", "correct_request", "erase", "delete"):
        assert writer.done[kind], (kind, writer.done)


def test_a_new_time_zone_counts_the_closings_on_their_office_day_there(any_db: Database) -> None:
    """Closed at 23.30 WITA is closed at 22.30 WIB the same day, but 00.30 WITA is still the day before in WIB."""
    db = any_db
    late = saved_walk_in(db, "Tutup Larut", "P1", now=datetime(2026, 3, 2, 2, tzinfo=UTC))
    set_status(db, late.id, DONE, collection=Collection("pemohon"), override="Uji",
               now=datetime(2026, 3, 3, 16, 30, tzinfo=UTC))  # 00.30 WITA on 4 March, 23.30 WIB on 3 March
    assert_exact(db)
    march = recaps.recap(db, month_of(2026, 3))
    assert march.table("timeliness").value("P1", "Selesai") == 1
    admin.update_office_profile(db, {"timezone": "Asia/Jakarta"}, now=datetime(2026, 3, 5, 2, tzinfo=UTC))
    assert_exact(db, ZoneInfo("Asia/Jakarta"))
    with db.read() as s:
        assert s.scalars(select(text("closed_on")).select_from(text("recap_day_closings"))).all() in (
            [date(2026, 3, 3)], ["2026-03-03"])
