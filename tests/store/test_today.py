"""The Hari ini area's counts against counts made here, from the records the counter's operations returned."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from desk.domain.forum_rules import ForumDraft
from desk.domain.records import RequestRecord
from desk.domain.status import BY_VISITOR, CANCELLED, CLOSED_STATUSES, DONE, OPEN_STATUSES, REJECTED
from desk.store import forums
from desk.store.database import Database
from desk.store.request_changes import Collection, set_status
from desk.store.requests import RegisterFilter, register_count, request_detail
from desk.store.today import today_view
from tests.conftest import saved_walk_in

WITA = ZoneInfo("Asia/Makassar")
TODAY = date(2026, 11, 25)  # a Wednesday, a working day
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=WITA).astimezone(UTC)
MISSING_KTP = (True, False, True, True, True, False)  # U3 without its mandatory KTP-el


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """An office-local moment, in UTC as the store keeps it."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WITA).astimezone(UTC)


def local_day(moment: datetime) -> date:
    return moment.astimezone(WITA).date()


def test_today_counts_match_the_records_and_the_register_behind_each(any_db: Database) -> None:
    db = any_db
    yesterday = TODAY - timedelta(days=1)
    saved: list[RequestRecord] = [
        saved_walk_in(db, "Siti Aminah", "P1", now=at(TODAY, 0, 5)),  # 5 minutes into today: due today
        saved_walk_in(db, "Budi Santoso", "P1", now=at(yesterday, 23, 50)),  # yesterday, same-day: overdue
        saved_walk_in(db, "Rina Wati", "P3", now=at(TODAY, 9, 0)),  # today, due in 3 working days
        saved_walk_in(db, "Ahmad Fauzi", "U3", now=at(TODAY, 9, 30), documents_received=MISSING_KTP),
        saved_walk_in(db, "Dewi Lestari", "K3", now=at(date(2026, 11, 2), 10)),  # long overdue
        saved_walk_in(db, "Yusuf Hidayat", "K3", now=at(date(2026, 11, 2), 11)),  # closed today
        saved_walk_in(db, "Nur Halimah", "P3", now=at(date(2026, 11, 10), 9)),  # rejected yesterday
        saved_walk_in(db, "Agus Salim", "P3", now=at(date(2026, 11, 10), 10)),  # cancelled just after midnight
        saved_walk_in(db, "Maya Sari", "U3", now=at(date(2026, 11, 3), 9), documents_received=MISSING_KTP),
    ]
    closings = {
        saved[5].id: (DONE, at(TODAY, 8, 30)),
        saved[6].id: (REJECTED, at(yesterday, 18)),
        saved[7].id: (CANCELLED, at(TODAY, 0, 30)),
    }
    for request_id, (status, when) in closings.items():
        collection = Collection(BY_VISITOR) if status == DONE else None
        set_status(db, request_id, status, "" if status == DONE else "Pemohon tidak datang lagi",
                   collection=collection, now=when)
    forums.create_forum(db, ForumDraft("FKP Standar Pelayanan 2027", at(TODAY + timedelta(days=7), 9), venue="Aula"))
    forums.create_forum(db, ForumDraft("FKP yang sudah lewat", at(TODAY - timedelta(days=30), 9), venue="Aula"))

    view = today_view(db, now=NOW)

    # Counted here from the records, one by one.
    records = [request_detail(db, r.id).record for r in saved]
    received = [r for r in records if local_day(r.received_at) == TODAY]
    is_open = [r for r in records if r.status in OPEN_STATUSES and not r.awaiting_documents]
    due_today = [r for r in is_open if r.due_date == TODAY]
    overdue = [r for r in is_open if r.due_date < TODAY]
    closed = [rid for rid, (status, when) in closings.items() if local_day(when) == TODAY]
    assert view.today == TODAY
    assert view.received == len(received) == 3
    assert view.due_today == len(due_today) == 1
    assert view.overdue == len(overdue) == 2
    assert view.closed == len(closed) == 2
    assert dict(view.closed_by_status) == {DONE: 1, REJECTED: 0, CANCELLED: 1}
    assert all(r.status in CLOSED_STATUSES for r in records if r.id in closed)

    by_unit = {u.code: {s.code: s.received for s in u.services} for u in view.units}
    expected: dict[str, dict[str, int]] = {}
    for r in received:
        expected.setdefault(r.unit_code, {}).setdefault(r.service_code, 0)
        expected[r.unit_code][r.service_code] += 1
    assert {code: lines for code, lines in by_unit.items() if lines} == expected == {
        "PNP": {"P1": 1, "P3": 1}, "UKM": {"U3": 1}}
    assert {u.code for u in view.units} >= {"PNP", "BLK", "UKM", "KOP"}  # quiet units are listed with 0
    assert next(u for u in view.units if u.code == "BLK").received == 0

    # Each number is the register's count of the filter it opens.
    filters: list[tuple[RegisterFilter, int]] = [
        (view.received_filter(), view.received), (view.due_filter(), view.due_today),
        (view.overdue_filter(), view.overdue), (view.closed_filter(), view.closed),
    ]
    pnp = next(u for u in view.units if u.code == "PNP")
    filters.append((view.received_filter(unit_id=pnp.unit_id), pnp.received))
    p3 = next(s for s in pnp.services if s.code == "P3")
    filters.append((view.received_filter(service_id=p3.service_id), p3.received))
    for register_filter, shown in filters:
        assert register_count(db, register_filter, TODAY).total == shown, register_filter

    assert [f.title for f in view.forums] == ["FKP Standar Pelayanan 2027"]
    assert view.survey is not None and view.survey.period.label == "Semester II 2026"
    # The survey's population: requests Selesai in the semester (one, closed this morning).
    assert view.survey.population == 1 and view.survey.respondents == 0


def test_the_day_turns_at_the_office_midnight(db: Database) -> None:
    saved_walk_in(db, "Siti Aminah", "P1", now=at(TODAY, 23, 59))
    assert today_view(db, now=at(TODAY, 23, 59)).received == 1
    tomorrow = today_view(db, now=at(TODAY + timedelta(days=1), 0, 1))
    assert tomorrow.today == TODAY + timedelta(days=1)
    assert tomorrow.received == 0 and tomorrow.overdue == 1  # a same-day request left open is late by then
