"""Is this PC's clock plausible? Compared with the newest time the database has recorded.

Desk runs on office PCs that are often offline, where a flat CMOS battery or a mistyped date goes
unnoticed. A clock behind the newest recorded time would issue numbers of a past month or year and
put requests out of order; a clock far ahead would number requests in a future year and make
retention anonymise visitors whose time has not come. So the start-up, every save that issues or
changes a request, and every irreversible operation (retention) first ask `clock_problem`.

Tolerances: a clock up to BEHIND_TOLERANCE behind the newest record passes (counters sharing one
PostgreSQL database never agree to the second); a clock more than AHEAD_LIMIT after the newest
record is refused as "far ahead" unless someone confirms, when Desk starts, that the date is right
(an office that truly did not use Desk for that long); the confirmation is recorded and so moves
the newest time. A clock behind the records is never right.

Limits: the newest time includes audit entries, which operations that do not change requests (a
login, a print) write without asking; so the start-up asks before anything is written, and a clock
that jumps while Desk runs is caught at the next save of a request only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.messages import N_, Filled
from desk.domain.office_time import utc_now
from desk.domain.text_id import format_datetime
from desk.store import access
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry, ServiceRequest, Setting
from desk.store.office import office_clock
from desk.store.work import NOTHING, Done, reading, writing

CONFIRMED_KEY = "clock.confirmed_at"  # the moment someone confirmed a date far ahead as right
BEHIND_TOLERANCE = timedelta(minutes=10)
AHEAD_LIMIT = timedelta(days=90)


class ClockWrong(StoreError):
    """The PC's clock is behind the newest record or far ahead of it; `ahead` says which."""

    def __init__(self, message: str, *, ahead: bool) -> None:
        super().__init__(message, "clock")
        self.ahead = ahead


@dataclass(frozen=True, slots=True)
class ClockCheck:
    now: datetime
    newest: datetime | None  # the newest request received or audit entry; None in an empty database
    problem: ClockWrong | None


def newest_record(session: Session) -> datetime | None:
    """The newest moment the database recorded: a request received, an audit entry (both indexed), or
    a date confirmed as right."""
    times = [session.scalar(select(func.max(ServiceRequest.received_at))),
             session.scalar(select(func.max(AuditEntry.at))), _confirmed(session)]
    known = [t for t in times if t is not None]
    return max(known) if known else None


def _confirmed(session: Session) -> datetime | None:
    row = session.get(Setting, CONFIRMED_KEY)
    try:
        return datetime.fromisoformat(str(row.value)) if row is not None else None
    except ValueError:
        return None


def check_in(session: Session, now: datetime) -> ClockCheck:
    newest = newest_record(session)
    if newest is None:
        return ClockCheck(now, None, None)
    tz = office_clock(session).tz
    shown_now, shown_newest = format_datetime(now, tz), format_datetime(newest, tz)
    if now < newest - BEHIND_TOLERANCE:
        return ClockCheck(now, newest, ClockWrong(Filled(N_(
            "Jam komputer ini menunjukkan {now}, lebih awal daripada catatan terakhir di basis data "
            "({newest}). Dengan jam ini nomor dan tanggal permohonan akan salah. Betulkan tanggal dan "
            "jam komputer (atau minta bantuan pengelola komputer), lalu coba lagi."), now=shown_now,
            newest=shown_newest), ahead=False))
    if now > newest + AHEAD_LIMIT:
        return ClockCheck(now, newest, ClockWrong(Filled(N_(
            "Jam komputer ini menunjukkan {now}, lebih dari {days} hari sesudah catatan "
            "terakhir di basis data ({newest}). Periksa tanggal dan jam komputer. Bila tanggal itu memang "
            "benar (Desk lama tidak dipakai), konfirmasikan saat Desk dibuka."), now=shown_now,
            days=AHEAD_LIMIT.days, newest=shown_newest), ahead=True))
    return ClockCheck(now, newest, None)


def require_plausible(session: Session, now: datetime | None) -> None:
    """Refuse (ClockWrong) a save on a wrong clock. `now` given by the caller (tests, demo data) is not
    the PC's clock and is taken as meant."""
    if now is not None:
        return
    problem = check_in(session, utc_now()).problem
    if problem is not None:
        raise problem


def clock_problem(db: Database) -> ClockWrong | None:
    """The start-up's and every irreversible operation's question: is the clock wrong, and how."""
    with reading(db) as work:
        return check_in(work.session, utc_now()).problem


def confirm_clock_ahead(db: Database) -> Done[None]:
    """Confirm that a date far after the newest record is right (at start-up, before the login; an admin
    otherwise); recorded, so it passes from now on."""
    with writing(db) as work:
        work.require(access.OFFICE_EDIT)
        check = check_in(work.session, utc_now())
        if check.problem is not None and not check.problem.ahead:
            raise check.problem  # a clock behind the records is never right
        row = work.session.get(Setting, CONFIRMED_KEY)
        if row is None:
            work.session.add(Setting(key=CONFIRMED_KEY, value=check.now.isoformat()))
        else:
            row.value = check.now.isoformat()
        work.audit("clock.confirm", "clock", "", {"now": check.now.isoformat(),
                                                   "newest": check.newest.isoformat() if check.newest else ""})
        return Done(None, NOTHING)
