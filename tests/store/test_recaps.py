"""Recaps of a period: every figure checked against counts made here, in plain Python, on SQLite and PostgreSQL."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk.domain.nik import make_nik
from desk.domain.recap_period import month_of, parse_recap_period, range_period, year_of
from desk.domain.recap_records import Recap, RecapTable, age_band
from desk.domain.status import CANCELLED, DONE, REJECTED
from desk.store import recaps
from desk.store.access import HEAD, OFFICER, AccessDenied
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.errors import StoreError
from desk.store.models import (
    Holiday,
    Region,
    RequestEventRow,
    Service,
    ServiceRequest,
    StandardVersion,
    Visitor,
)
from desk.store.request_changes import Collection, set_status
from tests.conftest import saved_walk_in
from tests.factories import user_with_role

WITA = ZoneInfo("Asia/Makassar")


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=WITA).astimezone(UTC)


def column(table: RecapTable, heading: str) -> dict[str, object]:
    index = table.columns.index(heading)
    return {row.key: row.values[index] for row in table.rows}


# --- late versus on time across Nyepi and Idul Fitri 2026 ---------------------------------------------


RECEIVED = date(2026, 3, 17)  # Selasa; 18–24 Maret libur dan cuti bersama; then Rabu 25, Kamis 26, Jumat 27
CLOSED = (date(2026, 3, 17), date(2026, 3, 25), date(2026, 3, 27), date(2026, 3, 30))


@pytest.fixture
def march(any_db: Database) -> Database:
    db = any_db
    for i, closed in enumerate(CLOSED):
        sex = "L" if i % 2 == 0 else "P"
        nik = make_nik("63.11.04", date(1990 - 10 * i, 6, 1), sex, 100 + i)
        rec = saved_walk_in(db, f"Pemohon {i}", "P3", now=at(RECEIVED), nik=nik, sex=sex,
                            kecamatan_code="63.11.04", desa_code="63.11.04.2001", channel="whatsapp" if i else
                            "datang_langsung")
        set_status(db, rec.id, DONE, collection=Collection("pemohon"), now=at(closed, 14))
    rejected = saved_walk_in(db, "Ditolak Satu", "P3", now=at(RECEIVED, 11), sex="P")
    set_status(db, rejected.id, REJECTED, "Berkas tidak sesuai", now=at(RECEIVED, 12))
    cancelled = saved_walk_in(db, "Batal Satu", "P1", now=at(date(2026, 3, 25)), sex="L")
    set_status(db, cancelled.id, CANCELLED, "Pemohon menarik berkas", now=at(date(2026, 3, 25), 13))
    saved_walk_in(db, "Masih Proses", "P3", now=at(date(2026, 3, 31), 9))
    saved_walk_in(db, "Bulan Lain", "P3", now=at(date(2026, 4, 1), 9))
    return db


def test_late_and_on_time_count_working_days_across_the_holidays(march: Database) -> None:
    with march.read() as session:
        holidays = set(session.scalars(select(Holiday.date)))
    assert {date(2026, 3, 18), date(2026, 3, 20), date(2026, 3, 23), date(2026, 3, 24)} <= holidays
    # Counted here by walking the calendar: working days after the 17th up to the closing day.
    worked = [sum(1 for k in range(1, (closed - RECEIVED).days + 1)
                  if (d := RECEIVED + timedelta(days=k)).weekday() < 5 and d not in holidays) for closed in CLOSED]
    assert worked == [0, 1, 3, 4]

    recap = recaps.recap(march, month_of(2026, 3))
    table = recap.table("timeliness")
    assert table.value("P3", "Standar (hari kerja)") == 3
    assert table.value("P3", "Selesai") == 4
    assert table.value("P3", "Tepat waktu") == sum(1 for w in worked if w <= 3) == 3
    assert table.value("P3", "Terlambat") == 1
    assert table.value("P3", "% tepat waktu") == 75.0
    assert table.value("P3", "Median hari kerja") == statistics.median(worked) == 2.0
    assert table.value("P3", "Persentil 90 hari kerja") == sorted(worked)[math.ceil(0.9 * len(worked)) - 1] == 4
    assert recap.headline.on_time == 3 and recap.headline.late == 1 and recap.headline.on_time_percent == 75.0


def test_march_tables_count_each_request_once_where_it_belongs(march: Database) -> None:
    recap = recaps.recap(march, month_of(2026, 3))
    status = recap.table("service_status")
    assert status.value("P3", "Jumlah") == 6 and status.value("P3", "Selesai") == 4
    assert status.value("P3", "Ditolak") == 1 and status.value("P3", "Diterima") == 1
    assert status.value("P1", "Dibatalkan") == 1
    assert status.value("total", "Jumlah") == 7  # April's request is not in March
    assert recap.headline.still_open == 1

    ages = recap.table("sex_age")
    # Born 1990, 1980, 1970, 1960 (on 1 June): 35, 45, 55, 65 on 17 March 2026.
    assert column(ages, "Laki-laki")["30-44"] == 1 and column(ages, "Perempuan")["45-54"] == 1
    assert column(ages, "Laki-laki")["55+"] == 1 and column(ages, "Perempuan")["55+"] == 1
    assert ages.value("unknown", "Jumlah") == 3  # without a NIK: no birth date
    assert ages.value("total", "Tidak diisi") == 1  # "Masih Proses" has no sex

    kecamatan = recap.table("kecamatan")
    assert kecamatan.value("63.11.04", "Jumlah") == 4
    assert kecamatan.value("", "Jumlah") == 3
    assert recap.table("desa").value("63.11.04.2001", "Jumlah") == 4
    channel = recap.table("channel")
    assert channel.value("whatsapp", "Jumlah") == 3 and channel.value("whatsapp", "Selesai") == 3
    reasons = recap.table("reasons")
    assert {r.label: r.values[0] for r in reasons.rows} == {"Ditolak: Berkas tidak sesuai": 1,
                                                           "Dibatalkan: Pemohon menarik berkas": 1}
    months = recap.table("months")
    assert months.value("P3", "Mar") == 6 and months.value("P3", "Apr") == 1 and months.value("P3", "Jumlah") == 7


def test_scope_of_a_unit_or_a_service_and_a_bad_code(march: Database) -> None:
    unit = recaps.recap(march, month_of(2026, 3), unit="pnp")
    assert unit.scope.code == "PNP" and {r.key for r in unit.table("service_status").rows} >= {"P1", "P3"}
    assert not any(r.key.startswith("U") for r in unit.table("service_status").rows)
    one = recaps.recap(march, month_of(2026, 3), service="P1")
    assert [r.key for r in one.table("service_status").rows] == ["P1"]
    assert one.headline.received == 1
    with pytest.raises(StoreError, match=r"Unit .* XYZ tidak ada"):
        recaps.recap(march, month_of(2026, 3), unit="XYZ")


def test_day_and_range_periods_cut_at_the_office_midnight(march: Database) -> None:
    assert recaps.recap(march, parse_recap_period("2026-03-17")).headline.received == 5
    assert recaps.recap(march, range_period(date(2026, 3, 25), date(2026, 4, 1))).headline.received == 3
    # 00.30 WITA on 18 March is still 17 March in UTC: it counts on the 18th.
    saved_walk_in(march, "Tengah Malam", "P1", now=datetime(2026, 3, 17, 16, 30, tzinfo=UTC))
    assert recaps.recap(march, parse_recap_period("2026-03-18")).headline.received == 1


def test_recap_needs_recap_read(db: Database) -> None:
    officer = db.as_user(user_with_role(db, OFFICER, "Petugas Satu"))
    with pytest.raises(AccessDenied):
        recaps.recap(officer, month_of(2026, 3))
    head = db.as_user(user_with_role(db, HEAD, "Kepala Dinas"))
    assert recaps.recap(head, month_of(2026, 3)).made_by == "Kepala Dinas"


# --- demo data, counted independently ---------------------------------------------------------------


def plain_rows(db: Database) -> list[dict[str, object]]:
    """Every demo request with what the recap groups by, read row by row (the test's own count)."""
    with db.read() as session:
        query = select(ServiceRequest.id, ServiceRequest.visitor_id, Service.code, ServiceRequest.status, ServiceRequest.received_at,
                       ServiceRequest.closed_at, ServiceRequest.due_from, ServiceRequest.channel,
                       ServiceRequest.received_by, Visitor.sex, Visitor.birth_date, Visitor.kecamatan_code,
                       Visitor.desa_code, StandardVersion.same_day, StandardVersion.duration_days
                       ).join(Service, Service.id == ServiceRequest.service_id).join(
            Visitor, Visitor.id == ServiceRequest.visitor_id).join(
            StandardVersion, StandardVersion.id == ServiceRequest.standard_version_id)
        rows = [dict(r._mapping) for r in session.execute(query)]
        holidays = set(session.scalars(select(Holiday.date)))
        kecamatan = set(session.scalars(select(Region.code).where(Region.level == "kecamatan")))
        reasons = {(rid, status): reason for rid, status, reason in session.execute(
            select(RequestEventRow.request_id, RequestEventRow.to_status, RequestEventRow.reason))}
    for row in rows:
        row["holidays"], row["kecamatan_codes"] = holidays, kecamatan
        row["reason"] = reasons.get((row["id"], row["status"]), "")
    return rows


def working_days(first: date, last: date, holidays: set[date]) -> int:
    return sum(1 for k in range(1, (last - first).days + 1)
               if (d := first + timedelta(days=k)).weekday() < 5 and d not in holidays)


def last_day_allowed(start: date, allowed: int, holidays: set[date]) -> date:
    """The `allowed`-th working day after `start` (a same-day service: `start`, or the next working day)."""
    day, left = start, allowed
    while left or day.weekday() >= 5 or day in holidays:
        day += timedelta(days=1)
        if left and day.weekday() < 5 and day not in holidays:
            left -= 1
            if not left:
                break
    return day


def check_against(recap: Recap, rows: list[dict[str, object]]) -> None:
    local = {r["id"]: r["received_at"].astimezone(WITA).date() for r in rows}  # type: ignore[union-attr]
    inside = [r for r in rows if recap.period.first <= local[r["id"]] <= recap.period.last]
    assert recap.headline.received == len(inside) > 50

    status = recap.table("service_status")
    counted = Counter((r["code"], r["status"]) for r in inside)
    for row in status.rows:
        assert row.values[0] == sum(n for (code, _s), n in counted.items() if code == row.key)
        assert status.value(row.key, "Selesai") == counted[(row.key, DONE)]
        assert status.value(row.key, "Ditolak") == counted[(row.key, REJECTED)]

    timeliness = recap.table("timeliness")
    done = [r for r in inside if r["status"] == DONE]
    taken: dict[str, list[int]] = {}
    late: Counter[str] = Counter()
    for r in done:
        start = r["due_from"] or local[r["id"]]
        end = r["closed_at"].astimezone(WITA).date()  # type: ignore[union-attr]
        allowed = 0 if r["same_day"] else (r["duration_days"] or 0)
        used = working_days(start, end, r["holidays"])  # type: ignore[arg-type]
        taken.setdefault(str(r["code"]), []).append(used)
        due = last_day_allowed(start, allowed, r["holidays"])  # type: ignore[arg-type]
        late[str(r["code"])] += end > due
    for code, values in taken.items():
        assert timeliness.value(code, "Selesai") == len(values)
        assert timeliness.value(code, "Terlambat") == late[code]
        assert timeliness.value(code, "Median hari kerja") == statistics.median(values)
        assert timeliness.value(code, "Persentil 90 hari kerja") == sorted(values)[math.ceil(0.9 * len(values)) - 1]
    assert sum(late.values()) == recap.headline.late
    everything = sorted(v for values in taken.values() for v in values)
    assert recap.headline.median_days == statistics.median(everything)

    ages = recap.table("sex_age")
    bands = Counter()
    for r in inside:
        birth, day = r["birth_date"], local[r["id"]]
        age = None if birth is None else day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
        bands[(age_band(age), r["sex"] or "")] += 1
    for row in ages.rows:
        assert row.values[:3] == (bands[(row.key, "L")], bands[(row.key, "P")], bands[(row.key, "")]), row.label

    kec = Counter((r["kecamatan_code"] if r["kecamatan_code"] in r["kecamatan_codes"] else "") for r in inside)
    for row in recap.table("kecamatan").rows:
        assert row.values[-1] == kec[row.key], row.label
    desa = Counter(r["desa_code"] for r in inside if r["desa_code"] and r["kecamatan_code"] in r["kecamatan_codes"])
    assert {row.key: row.values[-1] for row in recap.table("desa").rows} == dict(desa)

    channels = Counter(r["channel"] for r in inside)
    assert {row.key: row.values[0] for row in recap.table("channel").rows if row.values[0]} == dict(channels)
    officers = Counter(str(r["received_by"] or "") for r in inside)
    assert {row.key: row.values[0] for row in recap.table("officer").rows} == dict(officers)
    reasons = Counter(f"{r['status']}:{r['reason']}" for r in inside if r["status"] in (REJECTED, CANCELLED))
    assert {row.key: row.values[0] for row in recap.table("reasons").rows} == dict(reasons)

    year_rows = [r for r in rows if r["received_at"].astimezone(WITA).year == recap.period.year]  # type: ignore[union-attr]
    months = Counter((r["code"], r["received_at"].astimezone(WITA).month) for r in year_rows)  # type: ignore[union-attr]
    table = recap.table("months")
    for row in table.rows:
        assert row.values[:12] == tuple(months[(row.key, m)] for m in range(1, 13)), row.label

    check_flow(recap, rows)

    seekers = recap.job_seekers
    assert seekers is not None and len(seekers.services) == 2  # the Kartu AK/I services, P1 and P2
    people: dict[tuple[str, str], set[object]] = {}
    for r in inside:
        if r["code"] in ("P1", "P2") and r["status"] not in (REJECTED, CANCELLED):
            birth, day = r["birth_date"], local[r["id"]]
            age = None if birth is None else day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
            people.setdefault((age_band(age), str(r["sex"])), set()).add(r["visitor_id"])
    for row in seekers.rows:  # column (2) "terdaftar": people, L then P
        assert row.values[2:4] == (len(people.get((row.key, "L"), ())), len(people.get((row.key, "P"), ()))), row.label
        assert row.values[0] is None and row.values[4] is None  # (1) and A: Desk does not know


def check_flow(recap: Recap, rows: list[dict[str, object]]) -> None:
    """The flow table (open at the start, received, closed in the period, open at the end), counted row by row."""
    first, last = recap.period.first, recap.period.last
    expected: dict[str, Counter[str]] = {}
    for r in rows:
        received = r["received_at"].astimezone(WITA).date()  # type: ignore[union-attr]
        closed = r["closed_at"].astimezone(WITA).date() if r["closed_at"] else None  # type: ignore[union-attr]
        if received > last or (closed is not None and closed < first):
            continue  # not in the books of this period at all
        counts = expected.setdefault(str(r["code"]), Counter())
        if received < first:
            counts["carried"] += 1
        else:
            counts["received"] += 1
            counts[f"received {r['sex']}"] += 1
        if closed is not None and closed <= last and r["status"] == DONE:
            start = r["due_from"] or received
            allowed = 0 if r["same_day"] else (r["duration_days"] or 0)
            late = closed > last_day_allowed(start, allowed, r["holidays"])  # type: ignore[arg-type]
            counts["late" if late else "on time"] += 1
        elif closed is not None and closed <= last:
            counts["ended"] += 1
        else:
            counts["open"] += 1
    flow = recap.table("flow")
    assert flow.columns == ("Sisa awal periode", "Diterima L", "Diterima P", "Diterima", "Selesai tepat waktu",
                            "Selesai lewat waktu", "Ditolak atau batal", "Sisa akhir periode")
    for row in flow.rows:
        c = expected.get(row.key, Counter())
        assert row.values == (c["carried"], c["received L"], c["received P"], c["received"], c["on time"],
                              c["late"], c["ended"], c["open"]), row.label
        carried, _l, _p, received, on_time, late, ended, still_open = row.values
        assert still_open == carried + received - on_time - late - ended  # type: ignore[operator]
    assert {row.key for row in flow.rows} >= {code for code, c in expected.items() if sum(c.values())}
    assert flow.value("total", "Diterima") == recap.headline.received


@pytest.fixture
def demo(any_db: Database) -> Database:
    add_demo_requests(any_db, 1500, seed=17, years=1.2, end=datetime(2026, 11, 20, 8, tzinfo=UTC))
    return any_db


def test_every_figure_of_a_year_and_a_month_matches_a_plain_count(demo: Database) -> None:
    rows = plain_rows(demo)
    year = recaps.recap(demo, year_of(2026))
    check_against(year, rows)
    assert year.headline.late > 0 and year.headline.on_time > 0  # both kinds are there to be told apart
    check_against(recaps.recap(demo, parse_recap_period("2026-Q2")), rows)
    november = recaps.recap(demo, month_of(2026, 11))  # the demo's last month: much still open at its end
    check_against(november, rows)
    flow = november.table("flow")
    assert all(flow.value("total", column) for column in flow.columns)  # every column has something to count


def test_every_query_over_the_requests_is_an_aggregate(demo: Database) -> None:
    """The recap groups in the database: no statement reads the period's requests (or their counts per
    day) row by row."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()).lower())

    event.listen(demo.engine, "before_cursor_execute", seen)
    try:
        recaps.recap(demo, year_of(2026))
    finally:
        event.remove(demo.engine, "before_cursor_execute", seen)
    over_requests = [s for s in statements if "from service_requests" in s or "from recap_day_" in s]
    assert len(over_requests) >= 6
    assert sum("from recap_day_" in s for s in over_requests) >= 3  # counts, people, months: from the day counts
    for statement in over_requests:
        assert "group by" in statement, statement


def test_a_request_just_after_local_midnight_counts_on_its_office_day_and_month(any_db: Database) -> None:
    """00.05 WITA on 1 April is still 31 March in UTC: the request keeps 1 April and every table says April."""
    db = any_db
    late_night = saved_walk_in(db, "Lewat Tengah Malam", "P1", now=datetime(2026, 3, 31, 16, 5, tzinfo=UTC))
    saved_walk_in(db, "Sebelum Tengah Malam", "P1", now=datetime(2026, 3, 31, 15, 55, tzinfo=UTC))  # 23.55 WITA
    with db.read() as session:
        stored = session.get(ServiceRequest, late_night.id)
        assert stored is not None and stored.received_on == date(2026, 4, 1)
    assert recaps.recap(db, parse_recap_period("2026-04-01")).headline.received == 1
    assert recaps.recap(db, parse_recap_period("2026-03-31")).headline.received == 1
    assert recaps.recap(db, month_of(2026, 4)).headline.received == 1
    months = recaps.recap(db, year_of(2026)).table("months")
    assert months.value("P1", "Mar") == 1 and months.value("P1", "Apr") == 1
