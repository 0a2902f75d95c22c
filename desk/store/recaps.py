"""Recaps of the requests received in a period: SQL aggregates, read as one operation.

Every figure counts the requests *received* in the period (the office day each request keeps,
`received_on`), as they stand now; no request row is pulled into Python. The scope is the office,
one unit or one service. The figures are sums, in the database, of the counts per office day that
triggers keep in every writing transaction (migration 2202_recap_days, desk.store.recap_days):
requests by service, status, channel and officer; by sex and age band; by kecamatan and desa (per
month: the days of a month the period covers in part are grouped from the requests and their
visitors); the closings by received and closing day; the people received per day for the job
seekers' distinct count. A year's recap sums a few tens of thousands of rows instead of grouping a
third of a million requests at 1M. The reasons of rejections are still grouped from the requests
and their status events (the recap index, migration 2201_received_on).

Completed on time or late: a finished request (Selesai) is on time when it was closed on or before
the day its standard allows, counted in working days (the office's calendar with its holidays,
desk.store.calendar, the same rule that set the due date: desk.domain.checklist.plan_due) from
the day its clock started (the day the file was complete, or the day received). The database
sums finished requests by (standard version, start day, closing day); each group's working days
are counted once with the calendar, which gives the median and the 90th percentile of the working
days taken as well.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, String, and_, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from desk.domain.messages import N_, Filled
from desk.domain.recap_period import RecapPeriod, months_of_year
from desk.domain.recap_records import (
    SEX_UNKNOWN,
    SEXES,
    Headline,
    JobSeekers,
    Recap,
    RecapRow,
    RecapScope,
    RecapTable,
    RegisterBook,
    RegisterBookLine,
    band_labels,
    is_job_seeker_card,
    median_of,
    percentile_of,
    total_row,
)
from desk.domain.status import (
    CANCELLED,
    CHANNEL_LABELS,
    DONE,
    IN_PROCESS,
    OPEN_STATUSES,
    RECEIVED,
    REJECTED,
    STATUS_LABELS,
)
from desk.domain.workdays import WorkCalendar
from desk.store import access
from desk.store.calendar import work_calendar
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import (
    RecapDayAges,
    RecapDayClosings,
    RecapDayCount,
    RecapDayVisitors,
    RecapMonthPlaces,
    Region,
    RequestEventRow,
    Service,
    ServiceAlias,
    ServiceRequest,
    StandardVersion,
    Unit,
    User,
    Visitor,
)
from desk.store.recap_sql import month_of, unindexed
from desk.store.work import Work, reading

R = ServiceRequest
OFFICE, UNIT, SERVICE = "kantor", "unit", "layanan"
STATUS_ORDER = (RECEIVED, IN_PROCESS, DONE, REJECTED, CANCELLED)
OUTSIDE = ("", N_("Luar kabupaten / tidak diisi"))
NO_OFFICER = N_("Tidak tercatat")
P90 = 0.9


def _count_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0).cast(Integer)


class _Query:
    """What every query of one recap shares: the period's bounds and the scope."""

    def __init__(self, work: Work, period: RecapPeriod, scope_ids: tuple[str, int | None]) -> None:
        self.work = work
        self.session: Session = work.session
        self.period = period
        self.kind, self.scope_id = scope_ids
        # Working days counted once per recap: the timeliness and flow tables share most of their days.
        self.due: dict[tuple[date, int], date] = {}  # (start day, days allowed): the last day allowed
        self.spans: dict[tuple[date, date], int] = {}  # (start day, closing day): working days taken

    def where(self, first: date | None = None, last: date | None = None, table: Any = R) -> list[Any]:
        """Received on the office days `first`..`last` (the period's by default), in the scope; of the
        requests, or of a table of counts per day (`table`: RecapDayCount, RecapDayPeople)."""
        return [table.received_on >= (first or self.period.first), table.received_on <= (last or self.period.last),
                *self.scope(table)]

    def scope(self, table: Any = R) -> list[Any]:
        """The requests (or counts) of the unit or service the recap covers (none for the office)."""
        if self.kind == UNIT:
            return [unindexed(table.unit_id) == self.scope_id]
        if self.kind == SERVICE:
            return [unindexed(table.service_id) == self.scope_id]
        return []

    def rows(self, statement: Any) -> Any:
        """The result of an aggregate, read as plain rows (Core: no ORM bookkeeping per row)."""
        return self.session.connection().execute(statement)



# --- the scope ------------------------------------------------------------------------------------


def _scope(session: Session, unit: str | None, service: str | None) -> tuple[RecapScope, tuple[str, int | None]]:
    if service:
        row = session.execute(select(Service.id, Service.code, Service.name)
                              .where(func.upper(Service.code) == service.strip().upper())).first()
        if row is None:
            raise StoreError(N_("Layanan dengan kode {code} tidak ada."), "service", code=service.strip())
        return RecapScope(SERVICE, row.code, f"{row.code} {row.name}"), (SERVICE, row.id)
    if unit:
        found = session.execute(select(Unit.id, Unit.code, Unit.name)
                                .where(func.upper(Unit.code) == unit.strip().upper())).first()
        if found is None:
            raise StoreError(N_("Unit (bidang) dengan kode {code} tidak ada."), "unit", code=unit.strip())
        return RecapScope(UNIT, found.code, f"{found.name} ({found.code})"), (UNIT, found.id)
    return RecapScope(OFFICE, "", "Seluruh unit pelayanan"), (OFFICE, None)


def _services(q: _Query, used: Iterable[int]) -> list[tuple[int, str, str]]:
    """(id, code, "code name") of the services in scope: active ones, and any that has requests (`used`)."""
    query = select(Service.id, Service.code, Service.name, Service.active).join(Unit).order_by(
        Unit.sort, Service.sort, Service.code)
    if q.kind == UNIT:
        query = query.where(Service.unit_id == q.scope_id)
    elif q.kind == SERVICE:
        query = query.where(Service.id == q.scope_id)
    used = set(used)
    return [(sid, code, f"{code} {name}") for sid, code, name, active in q.session.execute(query)
            if active or sid in used]


# --- the tables -----------------------------------------------------------------------------------


Counts = dict[tuple[int, str, str, int | None], int]


def _request_counts(q: _Query) -> Counts:
    """The period's requests by service, status, channel and officer: the sum of its days' counts."""
    C = RecapDayCount
    return {(sid, status, channel, by or None): int(n) for sid, status, channel, by, n in q.rows(
        select(C.service_id, C.status, C.channel, C.received_by, func.sum(C.n)).where(*q.where(table=C))
        .group_by(C.service_id, C.status, C.channel, C.received_by).having(func.sum(C.n) != 0))}


def _service_status(counts: Counts, services: Sequence[tuple[int, str, str]]) -> RecapTable:
    by_service: dict[tuple[int, str], int] = defaultdict(int)
    for (sid, status, _channel, _by), n in counts.items():
        by_service[(sid, status)] += n
    rows = []
    for sid, code, label in services:
        by_status = [by_service.get((sid, s), 0) for s in STATUS_ORDER]
        rows.append(RecapRow(code, label, (sum(by_status), *by_status)))
    columns = (N_("Jumlah"), *(_status_column(s) for s in STATUS_ORDER))
    return RecapTable("service_status", N_("Permohonan menurut layanan dan status"), N_("Layanan"), columns, tuple(rows),
                      total_row(rows, len(columns)),
                      note="Status saat rekap dibuat, untuk permohonan yang diterima pada periode ini.")


def _status_column(status: str) -> str:
    return STATUS_LABELS[status].split(" (")[0]  # "Selesai (hasil diserahkan)": "Selesai"


Versions = dict[int, tuple[bool, int | None, int, int]]  # id: (same day, days, number, service id)


def _finished(q: _Query, calendar: WorkCalendar, *conditions: Any
              ) -> tuple[Versions, dict[int, dict[int, int]], dict[int, list[int]]]:
    """Finished (Selesai) requests matching `conditions` on their closings' counts: the standard versions they
    were received under, the working days each service's took as {service: {days: how many}}, and
    {service: [on time, late]}."""
    # Read as the driver gives them (SQLite: ISO text, PostgreSQL: dates) and turned into dates once per
    # distinct day below: there are far fewer days than groups.
    K = RecapDayClosings
    start_day, end_day = type_coerce(K.start_on, String), type_coerce(K.closed_on, String)
    grouped = q.rows(
        select(K.service_id, K.standard_version_id, start_day, end_day, func.sum(K.n))
        .where(K.status == DONE, *conditions)
        .group_by(K.service_id, K.standard_version_id, K.start_on, K.closed_on).having(func.sum(K.n) != 0)
    ).all()
    version_ids = {row[1] for row in grouped}
    versions: Versions = {
        vid: (same_day, days, number, sid) for vid, same_day, days, number, sid in q.session.execute(
            select(StandardVersion.id, StandardVersion.same_day, StandardVersion.duration_days,
                   StandardVersion.version_no, StandardVersion.service_id)
            .where(StandardVersion.id.in_(version_ids)))
    } if version_ids else {}
    taken: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    on_time_late: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    due, spans = q.due, q.spans  # many groups share a start day and a standard, or a start and closing day
    for sid, vid, first_text, last_text, total in grouped:
        n = int(total)
        same_day, days, _number, _sid = versions[vid]
        first, last = _as_date(first_text), _as_date(last_text)
        allowed = 0 if same_day else (days or 0)
        worked = spans.get((first, last))
        if worked is None:
            worked = spans[(first, last)] = max(0, calendar.working_days_between(first, last))
        taken[sid][worked] += n
        last_allowed = due.get((first, allowed))
        if last_allowed is None:
            last_allowed = due[(first, allowed)] = calendar.add_working_days(first, allowed)
        on_time_late[sid][0 if last <= last_allowed else 1] += n
    return versions, taken, on_time_late


def _timeliness(q: _Query, calendar: WorkCalendar, services: Sequence[tuple[int, str, str]]
                ) -> tuple[RecapTable, dict[int, int]]:
    """The table, and the working days taken by every finished request as {days: how many}."""
    versions, taken, on_time_late = _finished(q, calendar, *q.where(table=RecapDayClosings))
    everything: dict[int, int] = defaultdict(int)
    for by_days in taken.values():
        for worked, n in by_days.items():
            everything[worked] += n
    standard_days = _standard_days(q.session, [sid for sid, _c, _l in services], versions)
    rows = []
    for sid, code, label in services:
        on_time, late = on_time_late.get(sid, [0, 0])
        done = on_time + late
        rows.append(RecapRow(code, label, (standard_days.get(sid), done, on_time, late,
                                           _percent(on_time, done), median_of(taken.get(sid, {})),
                                           percentile_of(taken.get(sid, {}), P90))))
    all_on_time = sum(v[0] for v in on_time_late.values())
    all_late = sum(v[1] for v in on_time_late.values())
    columns = (N_("Standar (hari kerja)"), N_("Selesai"), N_("Tepat waktu"), N_("Terlambat"), N_("% tepat waktu"),
               N_("Median hari kerja"), N_("Persentil 90 hari kerja"))
    total = total_row(rows, len(columns), {0: None, 4: _percent(all_on_time, all_on_time + all_late),
                                           5: median_of(everything), 6: percentile_of(everything, P90)})
    table = RecapTable(
        "timeliness", N_("Ketepatan waktu penyelesaian"), N_("Layanan"), columns, tuple(rows), total,
        summed=(False, True, True, True, False, False, False), decimals=(0, 0, 0, 0, 1, 1, 0),
        note="Tepat waktu: selesai paling lambat pada hari kerja ke-n sesuai waktu standar, dihitung dari hari "
             "berkas lengkap (atau hari diterima) dengan kalender hari kerja kantor dan hari liburnya. Standar 0: "
             "selesai pada hari itu juga.")
    return table, everything


def _standard_days(session: Session, service_ids: Sequence[int],
                   used: Mapping[int, tuple[bool, int | None, int, int]]) -> dict[int, int | None]:
    """The working days each service's standard allows: of the newest version its finished requests
    were received under, else of its newest version."""
    newest: dict[int, tuple[int, bool, int | None]] = {}
    for same_day, days, number, sid in used.values():
        if sid not in newest or number > newest[sid][0]:
            newest[sid] = (number, same_day, days)
    missing = [sid for sid in service_ids if sid not in newest]
    if missing:
        for sid, number, same_day, days in session.execute(
                select(StandardVersion.service_id, StandardVersion.version_no, StandardVersion.same_day,
                       StandardVersion.duration_days).where(StandardVersion.service_id.in_(missing))):
            if sid not in newest or number > newest[sid][0]:
                newest[sid] = (number, same_day, days)
    return {sid: (0 if same_day else days) for sid, (_n, same_day, days) in newest.items()}


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@lru_cache(maxsize=4096)
def _as_date(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _by_sex(columns_of: Mapping[str, Mapping[str, int]], keys: Iterable[tuple[str, str]]) -> list[RecapRow]:
    rows = []
    for key, label in keys:
        counts = columns_of.get(key, {})
        values = [counts.get(sex, 0) for sex, _l in SEXES] + [counts.get(SEX_UNKNOWN[0], 0)]
        rows.append(RecapRow(key, label, (*values, sum(values))))
    return rows


SEX_COLUMNS = (*(label for _k, label in SEXES), SEX_UNKNOWN[1], N_("Jumlah"))


def _sex_of(value: str | None) -> str:
    return value if value in ("L", "P") else SEX_UNKNOWN[0]


Ages = dict[tuple[int, str, str], int]  # (service, age band, sex): how many
Places = dict[tuple[str, str | None, str | None], int]  # (sex, kecamatan, desa): how many


def _ages(q: _Query) -> Ages:
    """The period's requests by service, age band on the day received and sex of their visitors as they stand
    now: the sum of its days' counts."""
    A = RecapDayAges
    found: Ages = defaultdict(int)
    for sid, key, sex, n in q.rows(
            select(A.service_id, A.band, A.sex, func.sum(A.n)).where(*q.where(table=A))
            .group_by(A.service_id, A.band, A.sex).having(func.sum(A.n) != 0)):
        found[(sid, key, _sex_of(sex))] += int(n)
    return found


def _places(q: _Query) -> Places:
    """The period's requests by sex, kecamatan and desa of their visitors as they stand now: the counts of
    its whole months, and the requests of the days of a month it covers in part."""
    first, last = q.period.first, q.period.last
    month_first = first if first.day == 1 else _next_month(first)
    month_end = _next_month(last) if _next_month(last) - timedelta(days=1) == last else last.replace(day=1)
    found: Places = defaultdict(int)
    P = RecapMonthPlaces
    if month_first < month_end:  # whole months [month_first, month_end)
        for sex, kec, desa, n in q.rows(
                select(P.sex, P.kecamatan_code, P.desa_code, func.sum(P.n))
                .where(P.month >= month_first, P.month < month_end, *q.scope(P))
                .group_by(P.sex, P.kecamatan_code, P.desa_code).having(func.sum(P.n) != 0)):
            found[(_sex_of(sex), kec or None, desa or None)] += int(n)
        edges = [(first, month_first - timedelta(days=1)), (month_end, last)]
    else:
        edges = [(first, last)]
    for day_first, day_last in edges:
        if day_first > day_last:
            continue
        columns = (Visitor.sex, Visitor.kecamatan_code, Visitor.desa_code)
        for sex, kec, desa, n in q.rows(
                select(*columns, func.count()).select_from(R).join(Visitor, Visitor.id == R.visitor_id)
                .where(*q.where(day_first, day_last)).group_by(*columns)):
            found[(_sex_of(sex), kec or None, desa or None)] += int(n)
    return found


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _sex_age(ages: Ages) -> RecapTable:
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (_sid, key, sex), n in ages.items():
        found[key][sex] += n
    rows = _by_sex(found, band_labels())
    return RecapTable("sex_age", N_("Pemohon menurut jenis kelamin dan kelompok umur"), N_("Kelompok umur"), SEX_COLUMNS,
                      tuple(rows), total_row(rows, len(SEX_COLUMNS)),
                      note="Umur pada hari permohonan diterima, dari tanggal lahir dalam NIK; kelompok umur formulir "
                           "IPK III/1. Satu orang dihitung sekali untuk setiap permohonannya.")


def _regions(q: _Query, places: Places) -> tuple[RecapTable, RecapTable]:
    kecamatan = {code: name for code, name in q.session.execute(
        select(Region.code, Region.name).where(Region.level == "kecamatan").order_by(Region.code))}
    by_kec: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_desa: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (sex, kec, desa), n in places.items():
        kec_key = kec if kec in kecamatan else OUTSIDE[0]
        by_kec[kec_key][sex] += n
        if kec_key and desa:
            by_desa[desa][sex] += n
    desa_names = {code: (name, parent) for code, name, parent in q.session.execute(
        select(Region.code, Region.name, Region.parent_code).where(Region.code.in_(list(by_desa))))} if by_desa else {}
    kec_rows = _by_sex(by_kec, [*kecamatan.items(), OUTSIDE])
    def desa_label(code: str) -> str:
        name, parent = desa_names.get(code, (code, ""))
        return f"{name} ({kecamatan.get(parent or '', '–')})"

    desa_keys = sorted(by_desa, key=lambda c: (desa_names.get(c, ("", ""))[1] or "", desa_names.get(c, (c, ""))[0]))
    desa_rows = _by_sex(by_desa, [(c, desa_label(c)) for c in desa_keys])
    return (
        RecapTable("kecamatan", N_("Pemohon menurut kecamatan"), N_("Kecamatan"), SEX_COLUMNS, tuple(kec_rows),
                   total_row(kec_rows, len(SEX_COLUMNS)),
                   note="Menurut alamat yang dicatat pada permohonan; di luar kabupaten atau tanpa alamat dihitung "
                        "pada baris terakhir."),
        RecapTable("desa", N_("Pemohon menurut desa/kelurahan"), N_("Desa/kelurahan (kecamatan)"), SEX_COLUMNS,
                   tuple(desa_rows), total_row(desa_rows, len(SEX_COLUMNS)),
                   note="Hanya desa/kelurahan yang mempunyai permohonan pada periode ini."),
    )


FLOW_COLUMNS = (N_("Sisa awal periode"), N_("Diterima L"), N_("Diterima P"), N_("Diterima"), N_("Selesai tepat waktu"),
                N_("Selesai lewat waktu"), N_("Ditolak atau batal"), N_("Sisa akhir periode"))


def _flow(q: _Query, calendar: WorkCalendar, services: Sequence[tuple[int, str, str]], ages: Ages) -> RecapTable:
    """Per service: open at the period's start, received (L, P, all), finished on time and late, rejected or
    cancelled, and open at its end (the monthly flow of DOMAIN 11.4, for any period).

    Closed means closed within the period, whenever received; "as they stand now", like every table. From
    the counts per day: open at a day's start = received before it − closed before it (a request is
    closed on or after the day it was received).
    """
    first, last = q.period.first, q.period.last
    C, K = RecapDayCount, RecapDayClosings

    def total(condition: Any, n: Any) -> Any:
        return func.coalesce(func.sum(case((condition, n), else_=0)), 0)

    received = {sid: (int(before), int(upto)) for sid, before, upto in q.rows(
        select(C.service_id, total(C.received_on < first, C.n), func.sum(C.n))
        .where(C.received_on <= last, *q.scope(C)).group_by(C.service_id))}
    closed = {sid: (int(a), int(b), int(c), int(d)) for sid, a, b, c, d in q.rows(
        select(K.service_id, total(and_(K.received_on < first, K.closed_on < first), K.n),
               total(K.closed_on < first, K.n), total(K.closed_on <= last, K.n),
               total(and_(K.status.in_((REJECTED, CANCELLED)), K.closed_on >= first, K.closed_on <= last), K.n))
        .where(K.received_on <= last, *q.scope(K)).group_by(K.service_id))}
    flows: dict[int, tuple[int, int, int]] = {}
    for sid, (before, upto) in received.items():
        closed_before_start, closed_before, closed_by_end, ended = closed.get(sid, (0, 0, 0, 0))
        if upto - closed_before > 0:  # a request received by the end and not closed before the start
            flows[sid] = (before - closed_before_start, ended, upto - closed_by_end)
    # Finished in the period, whenever received.
    _versions, _taken, on_time_late = _finished(
        q, calendar, K.received_on <= last, *q.scope(K), K.closed_on >= first, K.closed_on <= last)
    by_sex: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (sid, _band, sex), n in ages.items():
        counts = by_sex[sid]
        counts[2] += n
        if sex in ("L", "P"):
            counts[0 if sex == "L" else 1] += n
    listed = {sid for sid, _c, _l in services}
    others = (set(flows) | set(on_time_late)) - listed  # an inactive service with requests still open
    if others:
        services = [*services, *((sid, code, f"{code} {name}") for sid, code, name in q.session.execute(
            select(Service.id, Service.code, Service.name).where(Service.id.in_(others)).order_by(Service.code)))]
    rows = []
    for sid, code, label in services:
        carried, rejected, still_open = flows.get(sid, (0, 0, 0))
        on_time, late = on_time_late.get(sid, (0, 0))
        rows.append(RecapRow(code, label, (carried, *by_sex.get(sid, (0, 0, 0)), on_time, late, rejected,
                                           still_open)))
    return RecapTable(
        "flow", N_("Arus permohonan: sisa, diterima, diselesaikan"), N_("Layanan"), FLOW_COLUMNS, tuple(rows),
        total_row(rows, len(FLOW_COLUMNS)),
        note="Sisa awal periode: diterima sebelum periode dan belum ditutup pada awal periode. Selesai dan "
             "ditolak atau batal: ditutup dalam periode, kapan pun diterima. Sisa akhir periode = sisa awal + "
             "diterima − selesai − ditolak atau batal. Tepat waktu dihitung seperti pada tabel ketepatan waktu.")


def _channels(counts: Counts) -> RecapTable:
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (_sid, status, channel, _by), n in counts.items():
        found[channel][0] += n
        found[channel][1] += n if status == DONE else 0
    keys = [*CHANNEL_LABELS.items(), *((k, k) for k in sorted(found) if k not in CHANNEL_LABELS)]
    rows = [RecapRow(k, label, tuple(found.get(k, [0, 0]))) for k, label in keys]
    columns = (N_("Jumlah"), N_("Selesai"))
    return RecapTable("channel", N_("Permohonan menurut saluran"), N_("Saluran"), columns, tuple(rows),
                      total_row(rows, len(columns)))


def _officers(q: _Query, counts: Counts) -> RecapTable:
    found: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (_sid, status, _channel, by), n in counts.items():
        values = found[by]
        values[0] += n
        for i, wanted in enumerate((DONE, REJECTED, CANCELLED), 1):
            values[i] += n if status == wanted else 0
    ids = [uid for uid in found if uid is not None]
    names = {uid: name for uid, name in q.session.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}
    rows = sorted((RecapRow(str(uid or ""), names.get(uid, NO_OFFICER) if uid else NO_OFFICER, tuple(values))
                   for uid, values in found.items()), key=lambda r: (r.label == NO_OFFICER, r.label.lower()))
    columns = (N_("Diterima"), N_("Selesai"), N_("Ditolak"), N_("Dibatalkan"))
    return RecapTable("officer", N_("Permohonan menurut petugas penerima"), N_("Petugas"), columns, tuple(rows),
                      total_row(rows, len(columns)), note="Petugas yang mencatat permohonan di loket.")


def _reasons(q: _Query) -> RecapTable:
    event = RequestEventRow
    found = q.rows(
        select(R.status, event.reason, func.count(func.distinct(R.id)))
        .join(event, and_(event.request_id == R.id, event.kind == "status", event.to_status == R.status))
        .where(*q.where(), unindexed(R.status).in_((REJECTED, CANCELLED)))
        .group_by(R.status, event.reason)).all()
    counted = defaultdict(int)
    for status, reason, n in found:
        counted[(status, " ".join((reason or "").split()) or "(tanpa alasan)")] += n
    order = {REJECTED: 0, CANCELLED: 1}
    rows = [RecapRow(f"{status}:{reason}", f"{STATUS_LABELS[status]}: {reason}", (n,))
            for (status, reason), n in sorted(counted.items(), key=lambda kv: (order[kv[0][0]], -kv[1], kv[0][1]))]
    return RecapTable("reasons", N_("Permohonan ditolak dan dibatalkan, menurut alasan"), N_("Status dan alasan"),
                      (N_("Jumlah"),), tuple(rows), total_row(rows, 1))


def _months(q: _Query, services: Sequence[tuple[int, str, str]]) -> RecapTable:
    months = months_of_year(q.period.year)
    C = RecapDayCount
    label = month_of(C.received_on).label("month")
    counts = {(sid, int(m) - 1): int(n) for sid, m, n in q.rows(
        select(C.service_id, label, func.sum(C.n)).where(*q.where(months[0][0], months[-1][1], C))
        .group_by(C.service_id, literal_column("month")).having(func.sum(C.n) != 0))}
    listed = {sid for sid, _c, _n in services}
    others = {sid for sid, _m in counts} - listed  # a service made inactive after requests earlier in the year
    if others:
        services = [*services, *((sid, code, f"{code} {name}") for sid, code, name in q.session.execute(
            select(Service.id, Service.code, Service.name).where(Service.id.in_(others)).order_by(Service.code)))]
    rows = []
    for sid, code, name in services:
        values = [counts.get((sid, i), 0) for i in range(12)]
        rows.append(RecapRow(code, name, (*values, sum(values))))
    columns = (*(name for _f, _l, name in months), N_("Jumlah"))
    return RecapTable("months", Filled(N_("Permohonan per bulan, tahun {year}"), year=q.period.year), N_("Layanan"),
                      columns, tuple(rows),
                      total_row(rows, len(columns)),
                      note=f"Bulan diterima sepanjang tahun {q.period.year}, berdampingan.")


# --- job seekers (IPK III/1) -----------------------------------------------------------------------

IPK_COLUMNS = (
    N_("(1) Belum ditempatkan akhir bulan lalu"), N_("(2) Terdaftar periode ini"), "A = 1 + 2", N_("(3) Ditempatkan"),
    N_("(4) Dihapuskan"), "B = 3 + 4", N_("(5) Belum ditempatkan akhir periode = A − B"),
)
IPK_FILLED = (1,)
IPK_MISSING = (
    N_("Kolom (1), (3), (4) dan (5) serta A dan B: Desk tidak mencatat penempatan kerja dan penghapusan pencari "
       "kerja; data itu ada di sistem nasional (Karirhub/SIAPkerja)."),
    N_("Pendidikan: Desk tidak mencatat pendidikan pencari kerja, jadi rincian menurut pendidikan tidak dapat "
       "diisi."),
    N_("Bagian II (lowongan kerja): tidak dicatat di Desk."),
)


def _job_seekers(q: _Query) -> JobSeekers | None:
    aliases: dict[int, list[str]] = defaultdict(list)
    for sid, alias in q.session.execute(select(ServiceAlias.service_id, ServiceAlias.alias)):
        aliases[sid].append(alias)
    query = select(Service.id, Service.code, Service.name, Service.unit_id).order_by(Service.sort, Service.code)
    cards = [(sid, f"{code} {name}") for sid, code, name, unit_id in q.session.execute(query)
             if is_job_seeker_card(name, aliases[sid])
             and (q.kind == OFFICE or (q.kind == UNIT and unit_id == q.scope_id) or (q.kind == SERVICE and sid == q.scope_id))]
    if not cards:
        return None
    V = RecapDayVisitors  # one row per (day, service, visitor, sex, band, set aside): distinct people are counted
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for key, sex, n in q.rows(
            select(V.band, V.sex, func.count(func.distinct(V.visitor_id)))
            .where(*q.where(table=V), unindexed(V.service_id).in_([sid for sid, _l in cards]), V.set_aside == 0,
                   V.n > 0)
            .group_by(V.band, V.sex)):
        found[key][_sex_of(sex)] += n
    rows = []
    for key, label in band_labels():
        registered = found.get(key, {})
        values: list[int | None] = []
        for index in range(len(IPK_COLUMNS)):
            for sex, _label in SEXES:
                values.append(registered.get(sex, 0) if index in IPK_FILLED else None)
        rows.append(RecapRow(key, label, tuple(values)))
    total = tuple(sum(int(r.values[i] or 0) for r in rows) if (i // 2) in IPK_FILLED else None
                  for i in range(2 * len(IPK_COLUMNS)))
    missing = IPK_MISSING
    if any(counts.get(SEX_UNKNOWN[0]) for counts in found.values()):
        missing = (*missing, N_("Pencari kerja tanpa jenis kelamin tercatat tidak masuk kolom L/P."))
    return JobSeekers(tuple(label for _sid, label in cards), tuple(rows), RecapRow("total", N_("Jumlah"), total),
                      IPK_COLUMNS, IPK_FILLED, missing)


# --- the operation ---------------------------------------------------------------------------------


def read_recap(work: Work, period: RecapPeriod, *, unit: str | None = None, service: str | None = None,
               made_by: str | None = None) -> Recap:
    """Every table of the recap, inside `work` (the permission already checked)."""
    scope, ids = _scope(work.session, unit, service)
    q = _Query(work, period, ids)
    counts = _request_counts(q)
    services = _services(q, {sid for sid, _status, _channel, _by in counts})
    calendar = work_calendar(work.session)
    status = _service_status(counts, services)
    timeliness, everything = _timeliness(q, calendar, services)
    ages = _ages(q)
    kecamatan, desa = _regions(q, _places(q))
    tables = (status, _flow(q, calendar, services, ages), timeliness, _sex_age(ages), kecamatan, desa,
              _channels(counts), _officers(q, counts), _reasons(q), _months(q, services))
    total = status.total
    assert total is not None and timeliness.total is not None
    by = dict(zip(status.columns, total.values, strict=True))
    t = dict(zip(timeliness.columns, timeliness.total.values, strict=True))
    headline = Headline(
        received=int(by["Jumlah"] or 0), done=int(by[_status_column(DONE)] or 0), on_time=int(t["Tepat waktu"] or 0),
        late=int(t["Terlambat"] or 0), rejected=int(by["Ditolak"] or 0), cancelled=int(by["Dibatalkan"] or 0),
        still_open=sum(int(by[_status_column(s)] or 0) for s in OPEN_STATUSES), median_days=median_of(everything),
        p90_days=percentile_of(everything, P90),
    )
    actor = work.actor
    who = made_by if made_by is not None else (actor.full_name if actor else "")
    return Recap(period, scope, work.clock.tz, work.now, work.today, who, headline, tables, _job_seekers(q))


def recap(db: Database, period: RecapPeriod, *, unit: str | None = None, service: str | None = None,
          made_by: str | None = None) -> Recap:
    """The recap of the requests received in `period`, for the office, one unit or one service (by code).

    `made_by` names who prints it when no user is logged in (the command line); a logged-in user's name
    is used otherwise.
    """
    with reading(db) as work:
        work.require(access.RECAP_READ)
        return read_recap(work, period, unit=unit, service=service, made_by=made_by)


def scopes(db: Database) -> tuple[tuple[str, str, str], ...]:
    """What a recap can cover, for a picker: (kind, code, label), the office first, then units and services."""
    with reading(db) as work:
        work.require(access.RECAP_READ)
        out: list[tuple[str, str, str]] = [(OFFICE, "", "Seluruh unit pelayanan")]
        units = work.session.execute(select(Unit.id, Unit.code, Unit.name).order_by(Unit.sort, Unit.code)).all()
        services = work.session.execute(
            select(Service.unit_id, Service.code, Service.name).where(Service.active.is_(True))
            .order_by(Service.sort, Service.code)).all()
        for unit_id, code, name in units:
            out.append((UNIT, code, f"{name} ({code})"))
            out += [(SERVICE, s_code, f"    {s_code} {s_name}") for u, s_code, s_name in services if u == unit_id]
        return tuple(out)



def register_book(db: Database, period: RecapPeriod, *, unit: str | None = None, service: str | None = None,
                  made_by: str | None = None) -> RegisterBook:
    """Every request received in `period` (oldest first) as the printed buku register lists it."""
    with reading(db) as work:
        work.require(access.RECAP_READ)
        session = work.session
        scope, ids = _scope(session, unit, service)
        q = _Query(work, period, ids)
        desa, kecamatan = Region.__table__.alias("desa"), Region.__table__.alias("kec")
        query = (
            select(R.ref_number, R.received_at, Visitor.name, Visitor.sex, desa.c.name, kecamatan.c.name,
                   Visitor.region_text, Service.code, Service.name, R.status, R.closed_at, User.full_name)
            .select_from(R).join(Visitor, Visitor.id == R.visitor_id).join(Service, Service.id == R.service_id)
            .outerjoin(desa, desa.c.code == Visitor.desa_code).outerjoin(kecamatan, kecamatan.c.code == Visitor.kecamatan_code)
            .outerjoin(User, User.id == R.received_by).where(*q.where()).order_by(R.received_at, R.id)
        )
        clock = work.clock
        lines = tuple(
            RegisterBookLine(i, ref, received, name, sex or "", ", ".join(p for p in (d, k) if p) or (region or ""),
                             f"{code} {sname}", _status_column(status),
                             clock.local_date(closed) if closed is not None and status not in OPEN_STATUSES else None,
                             officer or NO_OFFICER)
            for i, (ref, received, name, sex, d, k, region, code, sname, status, closed, officer)
            in enumerate(session.execute(query), 1)
        )
        actor = work.actor
        who = made_by if made_by is not None else (actor.full_name if actor else "")
        return RegisterBook(period, scope, clock.tz, work.now, work.today, who, lines)
