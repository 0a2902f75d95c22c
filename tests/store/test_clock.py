"""A wrong clock: behind the newest record, or far ahead of it, refuses a save and says both times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.status import CANCELLED, IN_PROCESS
from desk.store import clock
from desk.store.access import AccessDenied
from desk.store.database import Database
from desk.store.request_changes import set_status
from desk.store.requests import RegisterFilter, register_count
from desk.store.walk_in import save_walk_in
from tests.conftest import saved_walk_in, service_id_of
from tests.factories import user_with_role


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


def pc_clock_reads(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    """The PC's clock (what an operation uses when no moment is given) reads `moment`."""
    monkeypatch.setattr(clock, "utc_now", lambda: moment)
    monkeypatch.setattr("desk.domain.office_time.utc_now", lambda: moment)


def walk_in(db: Database, serial: int) -> RequestDraft:
    return RequestDraft(service_id=service_id_of(db, "P1"), name="Siti Aminah",
                        nik=make_nik("631104", date(1995, 5, 1), "P", serial))


def test_a_clock_behind_the_records_issues_no_number(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    first = saved_walk_in(db, "Pemohon Pertama")  # recorded at the real time
    newest = clock.clock_problem(db)
    assert newest is None  # the real clock is fine
    pc_clock_reads(monkeypatch, datetime(2019, 3, 1, 1, 0, tzinfo=UTC))  # a flat CMOS battery
    with pytest.raises(clock.ClockWrong) as info:
        save_walk_in(db, walk_in(db, 2))
    message = info.value.message
    assert "Jumat, 1 Maret 2019 pukul 09.00 WITA" in message and "lebih awal daripada catatan terakhir" in message
    assert str(first.received_at.astimezone(UTC).year) in message and not info.value.ahead
    assert clock.clock_problem(db) is not None
    with pytest.raises(clock.ClockWrong):
        set_status(db, first.id, IN_PROCESS)  # nor any other change to a request
    assert register_count(db, RegisterFilter(), date(2030, 1, 1)).total == 1

    # A few minutes behind is two counters' clocks disagreeing, not a wrong clock.
    pc_clock_reads(monkeypatch, datetime.now(UTC) - clock.BEHIND_TOLERANCE + timedelta(minutes=1))
    assert save_walk_in(db, walk_in(db, 3)).value.request.id


def test_a_clock_far_ahead_is_refused_until_someone_confirms_the_date(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_walk_in(db, "Pemohon Pertama")
    now = datetime.now(UTC)
    pc_clock_reads(monkeypatch, now + clock.AHEAD_LIMIT - timedelta(days=1))  # a long holiday: fine
    assert clock.clock_problem(db) is None
    far = now + timedelta(days=3650)  # 2036
    pc_clock_reads(monkeypatch, far)
    with pytest.raises(clock.ClockWrong) as info:
        save_walk_in(db, walk_in(db, 2))
    assert info.value.ahead and f"lebih dari {clock.AHEAD_LIMIT.days} hari sesudah" in info.value.message
    assert str(far.year) in info.value.message
    officer = db.as_user(user_with_role(db, name="Rahmat Hidayat"))
    with pytest.raises(AccessDenied):
        clock.confirm_clock_ahead(officer)
    clock.confirm_clock_ahead(db)  # at start-up, before the login: the local system
    assert clock.clock_problem(db) is None
    assert save_walk_in(db, walk_in(db, 3)).value.request.ref_number.endswith(str(far.year))


def test_a_clock_behind_cannot_be_confirmed(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    saved_walk_in(db, "Pemohon Pertama")
    pc_clock_reads(monkeypatch, datetime(2019, 3, 1, tzinfo=UTC))
    with pytest.raises(clock.ClockWrong):
        clock.confirm_clock_ahead(db)


def test_retention_on_a_clock_years_ahead_anonymises_nobody(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.store import retention
    from desk.store.access import ADMIN

    admin = db.as_user(user_with_role(db, ADMIN, "Syifa Miratil Hayati"))
    year_ago = datetime.now(UTC) - timedelta(days=365)
    for name, when in (("Pemohon Tahun Lalu", year_ago), ("Pemohon Hari Ini", None)):
        served = saved_walk_in(db, name, now=when, nik=make_nik("631104", date(1990, 1, 1), "L", len(name)))
        set_status(db, served.id, CANCELLED, "Pemohon membatalkan sendiri.", now=when)  # closed: counts from here
    pc_clock_reads(monkeypatch, datetime.now(UTC) + timedelta(days=3650))
    assert retention.plan_retention(admin).visitors == 2  # what such a clock would do
    with pytest.raises(clock.ClockWrong) as info:
        retention.run_retention(admin)
    assert info.value.ahead and "Periksa tanggal dan jam komputer" in info.value.message
    monkeypatch.undo()
    assert retention.plan_retention(admin).visitors == 0  # nobody was anonymised
    assert retention.run_retention(admin).value.visitors == 0


def test_a_clock_behind_issues_no_complaint_number(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.store import complaints
    from tests.complaint_samples import siti

    officer = db.as_user(user_with_role(db, name="Rahmat Hidayat"))
    assert complaints.record_complaint(officer, siti()).value.complaint.number.startswith("0001/PGD/")
    pc_clock_reads(monkeypatch, datetime(2019, 3, 1, 1, 0, tzinfo=UTC))
    with pytest.raises(clock.ClockWrong):
        complaints.record_complaint(officer, siti())
    monkeypatch.undo()
    assert complaints.record_complaint(officer, siti()).value.complaint.number.startswith("0002/PGD/")


def test_a_clock_behind_moves_no_complaint_and_dates_no_answer(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.store import complaints
    from tests.complaint_samples import siti

    officer = db.as_user(user_with_role(db, name="Rahmat Hidayat"))
    saved = complaints.record_complaint(officer, siti()).value.complaint
    pc_clock_reads(monkeypatch, datetime(2019, 3, 1, 1, 0, tzinfo=UTC))
    with pytest.raises(clock.ClockWrong) as info:
        complaints.move_complaint(officer, saved.id, "diverifikasi", "Sudah jelas.")
    assert "Betulkan tanggal dan jam komputer" in info.value.message and not info.value.ahead
    monkeypatch.undo()
    record = complaints.complaint(officer, saved.id)
    assert record.status == "diterima" and record.responded_on is None  # nothing moved, no date recorded
    assert complaints.move_complaint(officer, saved.id, "diverifikasi", "Sudah jelas.").value.status == "diverifikasi"
