"""The holiday list and the working weekdays, and what a change to them does to open requests.

Due dates are counted in working days from the day a request was received, so adding,
moving or removing a holiday (or making Saturday a working day) changes the due date of
requests still open. Every change here recomputes them in the same unit of work, writes a
"due_date" event on each request that moved, and hands the moved requests back so the
admin sees whom to tell.

The public functions are operations: each takes the database bound to the acting user and opens
its own unit of work; a change says it touched the calendar, and the requests when a due date moved.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import extract, insert, select, update
from sqlalchemy.orm import Session

from desk.domain import holiday_rules
from desk.domain.holiday_rules import HolidayRow, kind_label
from desk.domain.imports import one_line
from desk.domain.messages import N_, joined
from desk.domain.office_time import to_local
from desk.domain.status import OPEN_STATUSES
from desk.domain.text_id import format_date, format_long_date
from desk.domain.workdays import WorkCalendar
from desk.store import access
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.holiday_library import library_holidays, library_version
from desk.store.models import (
    Holiday,
    OfficeProfileRow,
    RequestEventRow,
    Service,
    ServiceRequest,
    Setting,
    StandardVersion,
    User,
    Visitor,
)
from desk.store.office import office_clock, working_weekdays
from desk.store.work import Change, Done, Work, reading, writing

# An imported row as desk.formats reads it: its line number and its cells.
ImportRows = Sequence[tuple[int, Sequence[object]]]


class InvalidHoliday(StoreError):
    """The holiday typed has problems; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(joined(errors.values()), next(iter(errors), None))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class HolidayRecord:
    id: int
    date: date
    name: str
    kind: str
    decree: str

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


@dataclass(frozen=True, slots=True)
class MovedRequest:
    """An open request whose due date changed because the calendar changed."""

    id: int
    ref_number: str
    visitor_name: str
    service_name: str
    status: str
    old_due: date
    new_due: date


@dataclass(frozen=True, slots=True)
class HolidayChange:
    holiday: HolidayRecord  # as stored after the change; the removed one after a delete
    moved: tuple[MovedRequest, ...]


@dataclass(frozen=True, slots=True)
class HolidayImport:
    """What an import found and did. Nothing is written unless every row is fine."""

    rows: tuple[HolidayRow, ...]
    problem: str | None  # a problem of the whole file (empty, too large, unreadable)
    imported: int
    replaced: int  # holidays of the replaced years removed first
    moved: tuple[MovedRequest, ...]

    @property
    def ok(self) -> bool:
        return self.problem is None and all(row.ok for row in self.rows)

    @property
    def bad_rows(self) -> tuple[HolidayRow, ...]:
        return tuple(row for row in self.rows if not row.ok)


def _record(row: Holiday) -> HolidayRecord:
    return HolidayRecord(row.id, row.date, row.name, row.kind, row.decree)


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which years lack their holidays on the office's date: what the missing-holidays warning says."""

    today: date
    missing: tuple[int, ...]  # years needed for due dates and not entered (desk.domain.holiday_rules)
    warnings: tuple[str, ...]  # one sentence per missing year, in the same order
    acknowledged: tuple[int, ...] = ()  # missing next years an admin said the office knows about
    admins: tuple[str, ...] = ()  # whom an officer tells: the active admins' names

    @property
    def unacknowledged(self) -> tuple[int, ...]:
        """The missing years still announced when Desk starts."""
        return tuple(year for year in self.missing if year not in self.acknowledged)

    def can_acknowledge(self, year: int) -> bool:
        """Only next year's list can wait (its SKB may not be out yet); this year's is needed now."""
        return year in self.missing and year > self.today.year


@dataclass(frozen=True, slots=True)
class CalendarView:
    """What the holidays screen shows: one year's list, the years to choose from, the working weekdays."""

    year: int
    holidays: tuple[HolidayRecord, ...]  # of `year`, by date
    years: tuple[int, ...]  # the years with any holiday, this year and the next
    weekdays: tuple[int, ...]  # 0 = Senin .. 6 = Minggu
    coverage: Coverage


def _list(session: Session, year: int | None = None) -> tuple[HolidayRecord, ...]:
    query = select(Holiday).order_by(Holiday.date)
    if year is not None:
        query = query.where(Holiday.date >= date(year, 1, 1), Holiday.date <= date(year, 12, 31))
    return tuple(_record(row) for row in session.scalars(query))


def _years(session: Session) -> list[int]:
    years = session.scalars(select(extract("year", Holiday.date)).distinct())
    return sorted(int(y) for y in years)


def _covered_years(session: Session) -> set[int]:
    """Years with at least one libur nasional: the ones whose SKB was entered."""
    query = select(extract("year", Holiday.date)).where(Holiday.kind == holiday_rules.LIBUR_NASIONAL).distinct()
    return {int(y) for y in session.scalars(query)}


ACKNOWLEDGED_KEY = "calendar.missing_acknowledged"  # {"2027": {"by": username, "at": ISO time}}


def _acknowledgements(session: Session) -> dict[str, object]:
    row = session.get(Setting, ACKNOWLEDGED_KEY)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def _coverage(work: Work) -> Coverage:
    session = work.session
    covered = _covered_years(session)
    today = work.today
    missing = tuple(holiday_rules.missing_years(today, covered))
    noted = _acknowledgements(session)
    acknowledged = tuple(y for y in missing if str(y) in noted and y > today.year)
    admins = tuple(session.scalars(
        select(User.full_name).where(User.role == access.ADMIN, User.active.is_(True)).order_by(User.full_name)
    ))
    return Coverage(today, missing, tuple(holiday_rules.coverage_warnings(today, covered)), acknowledged, admins)


def acknowledge_missing_year(db: Database, year: int, *, now: datetime | None = None) -> Done[Coverage]:
    """An admin says the office knows next year's list is not in yet (its SKB is not out): Desk stops
    announcing it at every start, on every counter. The status bar keeps showing it, and on
    1 January the year is this year's and is announced again until its holidays are entered."""
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        found = _coverage(work)
        if year not in found.missing:
            raise StoreError(N_("Hari libur tahun {year} sudah ada di daftar."), "year", year=year)
        if not found.can_acknowledge(year):
            raise StoreError(N_("Hari libur tahun {year} dipakai untuk tenggat sekarang; "
                                "pemberitahuannya tidak dapat ditunda. Masukkan daftar SKB-nya."), "year", year=year)
        noted = _acknowledgements(work.session)
        noted[str(year)] = {"by": work.actor.username if work.actor else "sistem", "at": work.now.isoformat()}
        row = work.session.get(Setting, ACKNOWLEDGED_KEY, with_for_update=True)
        if row is None:
            work.session.add(Setting(key=ACKNOWLEDGED_KEY, value=noted))
        else:
            row.value = noted  # a new dict object, so the JSON column sees the change
        work.session.flush()
        work.audit("calendar.acknowledge", "holiday", year, {"year": year})
        work.changed(Change.CALENDAR)
        return work.done(_coverage(work))


def list_holidays(db: Database, year: int | None = None) -> tuple[HolidayRecord, ...]:
    """The holidays of `year` (every year when None), by date."""
    with reading(db) as work:
        return _list(work.session, year)


def holiday_years(db: Database) -> tuple[int, ...]:
    """Every year that has at least one holiday of any kind, ascending."""
    with reading(db) as work:
        return tuple(_years(work.session))


def coverage(db: Database, *, now: datetime | None = None) -> Coverage:
    """The years whose holidays are needed for due dates but not entered, with their warnings."""
    with reading(db, now=now) as work:
        return _coverage(work)


def calendar_view(db: Database, year: int | None = None, *, now: datetime | None = None) -> CalendarView:
    """The holidays screen for `year` (the office's current year when None)."""
    with reading(db, now=now) as work:
        session = work.session
        shown = year or work.today.year
        years = set(_years(session)) | {work.today.year, work.today.year + 1, shown}
        return CalendarView(shown, _list(session, shown), tuple(sorted(years)), working_weekdays(session),
                            _coverage(work))


def working_days(db: Database) -> tuple[int, ...]:
    """The working weekdays, 0 = Senin .. 6 = Minggu."""
    with reading(db) as work:
        return working_weekdays(work.session)


# --- single changes ------------------------------------------------------------------------------


def _clean(day: date | None, name: str, kind: str, decree: str) -> tuple[date, str, str, str]:
    errors = holiday_rules.holiday_problems(day, name, kind, decree)
    if errors:
        raise InvalidHoliday(errors)
    assert day is not None
    return day, one_line(name), kind, one_line(decree)


def _refuse_taken(session: Session, day: date, except_id: int | None = None) -> None:
    other = session.scalar(select(Holiday).where(Holiday.date == day))
    if other is not None and other.id != except_id:
        raise InvalidHoliday({"date": f"{format_long_date(day)} sudah ada di daftar: {other.name}."})


def _calendar_changed(work: Work, moved: tuple[MovedRequest, ...]) -> None:
    work.changed(Change.CALENDAR)
    if moved:
        work.changed(Change.REQUESTS)  # their due dates and timelines


def add_holiday(
    db: Database, day: date | None, name: str, kind: str, decree: str = "", *, now: datetime | None = None
) -> Done[HolidayChange]:
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        session = work.session
        day, name, kind, decree = _clean(day, name, kind, decree)
        _refuse_taken(session, day)
        row = Holiday(date=day, name=name, kind=kind, decree=decree)
        session.add(row)
        session.flush()
        reason = f"hari libur ditambah: {format_date(day)} {name}"
        moved = recompute_due_dates(session, reason, changed=[day], now=work.now)
        work.audit("holiday.create", "holiday", row.id, {
            "date": day.isoformat(), "name": name, "kind": kind, "decree": decree, **_moved_details(moved),
        })
        _calendar_changed(work, moved)
        return work.done(HolidayChange(_record(row), moved))


def update_holiday(
    db: Database,
    holiday_id: int,
    day: date | None,
    name: str,
    kind: str,
    decree: str = "",
    *,
    now: datetime | None = None,
) -> Done[HolidayChange]:
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        session = work.session
        row = session.get(Holiday, holiday_id)
        if row is None:
            raise NotFound(N_("Hari libur tidak ditemukan (mungkin sudah dihapus)."))
        day, name, kind, decree = _clean(day, name, kind, decree)
        _refuse_taken(session, day, except_id=row.id)
        before = {"date": row.date.isoformat(), "name": row.name, "kind": row.kind, "decree": row.decree}
        old_day = row.date
        row.date, row.name, row.kind, row.decree = day, name, kind, decree
        session.flush()
        after = {"date": day.isoformat(), "name": name, "kind": kind, "decree": decree}
        changes = {key: [before[key], after[key]] for key in before if before[key] != after[key]}
        moved: tuple[MovedRequest, ...] = ()
        if old_day != day:
            reason = f"hari libur {name} dipindah dari {format_date(old_day)} ke {format_date(day)}"
            moved = recompute_due_dates(session, reason, changed=[old_day, day], now=work.now)
        if changes:
            work.audit("holiday.update", "holiday", row.id, {"changes": changes, **_moved_details(moved)})
            _calendar_changed(work, moved)
        return work.done(HolidayChange(_record(row), moved))


def _delete(work: Work, row: Holiday) -> HolidayChange:
    session = work.session
    removed = _record(row)
    session.delete(row)
    session.flush()
    moved = recompute_due_dates(session, f"hari libur dihapus: {format_date(removed.date)} {removed.name}",
                                changed=[removed.date], now=work.now)
    work.audit("holiday.delete", "holiday", removed.id, {
        "date": removed.date.isoformat(), "name": removed.name, "kind": removed.kind, "decree": removed.decree,
        **_moved_details(moved),
    })
    _calendar_changed(work, moved)
    return HolidayChange(removed, moved)


def delete_holiday(db: Database, holiday_id: int, *, now: datetime | None = None) -> Done[HolidayChange]:
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        row = work.session.get(Holiday, holiday_id)
        if row is None:
            raise NotFound(N_("Hari libur tidak ditemukan (mungkin sudah dihapus)."))
        return work.done(_delete(work, row))


def delete_holiday_on(db: Database, day: date, *, now: datetime | None = None) -> Done[HolidayChange]:
    """Remove the holiday on `day` (the command line names holidays by their date)."""
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        row = work.session.scalar(select(Holiday).where(Holiday.date == day))
        if row is None:
            raise NotFound(N_("Tidak ada hari libur pada {day}."), "date", day=format_long_date(day))
        return work.done(_delete(work, row))


# --- importing a list --------------------------------------------------------------------------


def _years_in(rows: Iterable[HolidayRow]) -> set[int]:
    return {row.date.year for row in rows if row.date is not None}


def _check_import(session: Session, rows: ImportRows, replace_years: bool) -> HolidayImport:
    existing = {day: name for day, name in session.execute(select(Holiday.date, Holiday.name))}
    first = holiday_rules.check_holiday_rows(rows, existing)
    years = _years_in(first) if replace_years else set()
    checked = holiday_rules.check_holiday_rows(rows, existing, replace_years=years) if years else first
    return HolidayImport(tuple(checked), holiday_rules.file_problem(checked), 0, 0, ())


def check_holiday_import(db: Database, rows: ImportRows, *, replace_years: bool = False) -> HolidayImport:
    """Check every row of an imported list (desk.formats.table: CSV or Excel) against the file itself and
    the list; writes nothing."""
    with reading(db) as work:
        return _check_import(work.session, rows, replace_years)


def import_holidays(
    db: Database, rows: ImportRows, *, replace_years: bool = False, now: datetime | None = None
) -> Done[HolidayImport]:
    """Import every row of a list read by desk.formats.table, or none: on any problem nothing is written
    and the report says why, row by row.

    ``replace_years``: first remove the list's holidays of every year the file covers (a
    corrected SKB for that year), instead of refusing dates that are already there.
    """
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        report = _check_import(work.session, rows, replace_years)
        if not report.ok:
            return work.done(report)
        return work.done(_store_import(work, report, replace_years, "holiday.import"))


def _store_import(work: Work, report: HolidayImport, replace_years: bool, action: str,
                  details: dict[str, object] | None = None) -> HolidayImport:
    """Write the rows of a checked import (all fine), recompute due dates, audit as `action`."""
    session = work.session
    years = _years_in(report.rows)
    replaced = 0
    removed_days: list[date] = []
    if replace_years:
        for year in sorted(years):
            old = list(session.scalars(
                select(Holiday).where(Holiday.date >= date(year, 1, 1), Holiday.date <= date(year, 12, 31))
            ))
            removed_days += [h.date for h in old]
            for holiday in old:
                session.delete(holiday)
            replaced += len(old)
        session.flush()
    for row in report.rows:
        assert row.date is not None
        session.add(Holiday(date=row.date, name=row.name, kind=row.kind, decree=row.decree))
    session.flush()
    label = ", ".join(str(y) for y in sorted(years))
    moved = recompute_due_dates(
        session, f"daftar hari libur tahun {label} diimpor", changed=[r.date for r in report.rows if r.date]
        + removed_days, now=work.now,
    )
    work.audit(action, "holiday", label, {
        "rows": len(report.rows), "years": sorted(years), "replaced": replaced, **(details or {}),
        **_moved_details(moved),
    })
    _calendar_changed(work, moved)
    return HolidayImport(report.rows, None, len(report.rows), replaced, moved)


# --- the list that comes with Desk ---------------------------------------------------------------


NEW, STORED, DIFFERENT = "baru", "sudah ada", "berbeda"


@dataclass(frozen=True, slots=True)
class OfferedHoliday:
    """A day of the installed library's list beside what the office's list holds on that date."""

    date: date
    name: str
    kind: str
    estimated: bool  # a computed date (an Islamic holiday before its decree): the admin confirms it
    stored: HolidayRecord | None  # what the list holds on that date, if anything

    @property
    def status(self) -> str:
        """baru (not in the list), sudah ada (the same kind is there) or berbeda (another kind is there)."""
        if self.stored is None:
            return NEW
        return STORED if self.stored.kind == self.kind else DIFFERENT

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


@dataclass(frozen=True, slots=True)
class LibraryOffer:
    """What importing a year from the list that comes with Desk would do: the diff against the office's list."""

    year: int
    source: str  # "holidays 0.109"
    holidays: tuple[OfferedHoliday, ...]  # the library's days, by date
    kept: tuple[HolidayRecord, ...]  # days the office's list holds that the library does not (a local day off)

    @property
    def new(self) -> tuple[OfferedHoliday, ...]:
        """What an import adds: the library's days the list does not hold yet (stored ones are never replaced)."""
        return tuple(h for h in self.holidays if h.status == NEW)

    @property
    def estimated(self) -> tuple[OfferedHoliday, ...]:
        """The new days whose date the admin has to confirm before they are imported."""
        return tuple(h for h in self.new if h.estimated)

    @property
    def has_cuti_bersama(self) -> bool:
        return any(h.kind == holiday_rules.CUTI_BERSAMA for h in self.holidays)


def _offer(session: Session, year: int) -> LibraryOffer:
    if not holiday_rules.MIN_YEAR <= year <= holiday_rules.MAX_YEAR:
        raise StoreError(N_("Tahun {year} di luar rentang {first}–{last}."), "year", year=year, first=holiday_rules.MIN_YEAR, last=holiday_rules.MAX_YEAR)
    stored = {h.date: h for h in _list(session, year)}
    offered = tuple(OfferedHoliday(h.date, h.name, h.kind, h.estimated, stored.get(h.date))
                    for h in library_holidays(year))
    if not offered:
        raise StoreError(N_("Daftar bawaan Desk belum memuat hari libur tahun {year}. Impor daftar "
                            "SKB-nya dari berkas CSV atau Excel."), "year", year=year)
    in_offer = {h.date for h in offered}
    return LibraryOffer(year, library_version(), offered,
                        tuple(h for day, h in sorted(stored.items()) if day not in in_offer))


def library_offer(db: Database, year: int) -> LibraryOffer:
    """Year `year` as the list that comes with Desk has it, beside the office's list; writes nothing."""
    with reading(db) as work:
        return _offer(work.session, year)


def import_library_holidays(
    db: Database, year: int, *, confirmed: Collection[date] = (), now: datetime | None = None
) -> Done[HolidayImport]:
    """Add the days of `year` the office's list lacks, from the list that comes with Desk, all at once.

    Days the list already holds stay as they are. An estimated date is added only when it is in
    ``confirmed`` (the admin checked it, e.g. against the SKB); the others are left for later.
    Due dates of open requests are recomputed as after a file import.
    """
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        offer = _offer(work.session, year)
        chosen = [h for h in offer.new if not h.estimated or h.date in set(confirmed)]
        if not chosen:
            raise StoreError(N_("Tidak ada hari libur baru untuk tahun {year}: semua hari di daftar "
                                "bawaan sudah ada, atau tanggal perkiraan belum dipastikan."), "year", year=year)
        basis = f"Daftar bawaan Desk ({offer.source})"
        rows = [(index, (h.date.isoformat(), h.name, h.kind,
                         f"{basis}, tanggal perkiraan dipastikan admin" if h.estimated else basis))
                for index, h in enumerate(chosen, start=1)]
        report = _check_import(work.session, rows, False)
        if not report.ok:  # the library's own list is sound; kept so a surprise is said, not stored
            return work.done(report)
        skipped = [h.date.isoformat() for h in offer.estimated if h.date not in set(confirmed)]
        return work.done(_store_import(work, report, False, "holiday.import_library", {
            "source": offer.source, "estimated": [h.date.isoformat() for h in chosen if h.estimated],
            "estimated_left_out": skipped,
        }))


# --- working weekdays ----------------------------------------------------------------------------


def set_working_weekdays(
    db: Database, weekdays: Collection[int], *, now: datetime | None = None
) -> Done[tuple[MovedRequest, ...]]:
    """Make these weekdays (0 = Senin .. 6 = Minggu) the working days; the value is the requests that moved."""
    with writing(db, now=now) as work:
        work.require(access.HOLIDAYS_EDIT)
        session = work.session
        days = sorted(set(weekdays))
        problem = holiday_rules.weekdays_problem(days)
        if problem:
            raise StoreError(problem, "weekdays")
        office = session.get(OfficeProfileRow, 1)
        if office is None:
            raise NotFound(N_("Profil kantor belum diisi."))
        before = working_weekdays(session)
        if tuple(days) == before:
            return work.done(())
        office.working_weekdays = ",".join(str(d) for d in days)
        session.flush()
        names = ", ".join(holiday_rules.WEEKDAY_NAMES[d] for d in days)
        moved = recompute_due_dates(session, f"hari kerja diubah menjadi {names}", changed=None, now=work.now)
        work.audit("calendar.weekdays", "office", 1, {
            "changes": {"working_weekdays": [list(before), days]}, **_moved_details(moved),
        })
        _calendar_changed(work, moved)
        return work.done(moved)


# --- recomputing due dates -----------------------------------------------------------------------


def recompute_due_dates(
    session: Session, reason: str, *, changed: Iterable[date] | None, now: datetime | None = None
) -> tuple[MovedRequest, ...]:
    """Give open requests the due date the calendar now gives them; log and return those that moved.

    ``changed``: the days whose status changed (a holiday added, removed or moved). Only a
    request received on or before the last of them and due on or after the first of them can
    move, so only those are read. ``None`` (the weekdays changed) rereads every open request.
    """
    tz = office_clock(session).tz
    calendar = WorkCalendar(session.scalars(select(Holiday.date)), weekdays=working_weekdays(session))
    query = (
        select(
            ServiceRequest.id, ServiceRequest.ref_number, ServiceRequest.received_at, ServiceRequest.due_date,
            ServiceRequest.status, StandardVersion.same_day, StandardVersion.duration_days, Visitor.name,
            Service.name, ServiceRequest.due_from,
        )
        .join(StandardVersion, StandardVersion.id == ServiceRequest.standard_version_id)
        .join(Visitor, Visitor.id == ServiceRequest.visitor_id)
        .join(Service, Service.id == ServiceRequest.service_id)
        .where(ServiceRequest.status.in_(OPEN_STATUSES))
        .order_by(ServiceRequest.id)
    )
    if changed is not None:
        days = sorted(set(changed))
        if not days:
            return ()
        last_local_midnight = datetime.combine(days[-1] + timedelta(days=1), datetime.min.time(), ZoneInfo(tz))
        query = query.where(
            ServiceRequest.due_date >= days[0], ServiceRequest.received_at < last_local_midnight.astimezone(UTC)
        )
    at = now or datetime.now(UTC)
    user_id = access.current_user_id(session)
    moved: list[MovedRequest] = []
    for rid, ref, received_at, due, status, same_day, duration, visitor, service, due_from in session.execute(query):
        start = due_from or to_local(received_at, tz).date()  # a complete file's day, where the time counts from it
        new_due = calendar.add_working_days(start, 0 if same_day else (duration or 0))
        if new_due == due:
            continue
        moved.append(MovedRequest(rid, ref, visitor, service, status, due, new_due))
    if not moved:
        return ()
    # Bulk statements by primary key: a change of weekdays can move thousands of open requests.
    session.execute(update(ServiceRequest), [{"id": m.id, "due_date": m.new_due} for m in moved])
    session.execute(insert(RequestEventRow), [
        {
            "request_id": m.id, "at": at, "user_id": user_id, "kind": "due_date",
            "reason": f"Tenggat berubah dari {format_long_date(m.old_due)} menjadi {format_long_date(m.new_due)} "
            f"karena {reason}.",
        }
        for m in moved
    ])
    session.flush()
    return tuple(moved)


def _moved_details(moved: tuple[MovedRequest, ...]) -> dict[str, object]:
    # The audit entry names the first requests that moved; all of them have their own timeline event.
    if not moved:
        return {}
    return {"moved": len(moved), "moved_refs": [m.ref_number for m in moved[:20]]}

