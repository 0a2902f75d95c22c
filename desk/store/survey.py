"""Survei Kepuasan Masyarakat: recording forms and computing a period's result, one operation per action.

Forms come from the visitor screen (`record_response`), paper forms typed in (`record_batch`)
and the import template (`import_forms`); each stores the service, its unit, the day and the
profile, never who answered. A period's result (`scope_result`, `overview`, `report_data`) is
computed from SQL aggregates (the sum and the count of every unsur's column, in one query per
grouping), never by pulling forms into Python; the population is the number of requests
completed (Selesai) in the same period and scope, and the minimum sample follows from it.
The follow-up plan is in desk.store.survey_followup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, insert, select
from sqlalchemy.orm import Session

from desk.domain import skm
from desk.domain.complaint_records import ComplaintHandling
from desk.domain.complaints import Period as ComplaintPeriod
from desk.domain.imports import ImportProblem, ImportRejected
from desk.domain.messages import N_, Amount, Filled
from desk.domain.records import ServiceRecord, UnitRecord
from desk.domain.skm import (
    AGE_BANDS,
    EDUCATIONS,
    JOBS,
    NOT_FILLED,
    SEXES,
    SOURCES,
    UNSUR,
    UNSUR_KEYS,
    CannotCompute,
    Period,
    ResponseDraft,
    UnsurTally,
    minimum_sample,
)
from desk.domain.skm_forms import SheetRow, forms_from_rows
from desk.domain.skm_records import (
    OFFICE,
    SERVICE,
    UNIT,
    CountRow,
    Overview,
    ProcessingSheet,
    ProfileTable,
    RespondentLine,
    Scope,
    ScopeResult,
    SkmReport,
    TrendPoint,
)
from desk.domain.status import DONE
from desk.store import access, catalog
from desk.store.complaint_recap import handling_of
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Forum, Service, ServiceRequest, Unit
from desk.store.models_survey import SurveyResponseRow
from desk.store.survey_followup import followups_of
from desk.store.work import Change, Done, Work, reading, writing

R = SurveyResponseRow
TREND_PERIODS = 4  # earlier periods shown beside the current one
MAX_BATCH = 5_000
MAX_IMPORT_ROWS = 50_000


class InvalidForms(StoreError):
    """Forms that cannot be stored; `problems` lists (form number from 1, field, message)."""

    def __init__(self, problems: Sequence[tuple[int, str, str]]) -> None:
        self.problems = tuple(problems)
        number, field, message = self.problems[0]
        if len(self.problems) == 1:
            super().__init__(message, field)
        else:
            super().__init__(N_("{count} masalah; formulir ke-{number}: {problem}"), field,
                             count=Amount(len(self.problems)), number=number, problem=message)


def rejected_message(problems: Sequence[ImportProblem]) -> str:
    if len(problems) == 1:
        return problems[0].text()
    return f"{len(problems)} masalah ditemukan; tidak ada formulir yang diimpor. Perbaiki berkas lalu impor lagi."


# --- what the screens need first ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SurveySetup:
    """What the survey screens show before anything is chosen."""

    today: date
    office_name: str
    services: tuple[ServiceRecord, ...]
    units: tuple[UnitRecord, ...]
    forums: tuple[tuple[int, str], ...]  # (id, "29-10-2026 — title"), newest first: what a follow-up may cite


def survey_setup(db: Database) -> SurveySetup:
    with reading(db) as work:
        work.require(access.SURVEY_RESULTS)
        forums = work.session.execute(select(Forum.id, Forum.title, Forum.starts_at).order_by(Forum.starts_at.desc()))
        return SurveySetup(
            today=work.today,
            office_name=work.office.profile.short_name or work.office.profile.office_name,
            services=tuple(catalog.list_services(work.session)),
            units=tuple(catalog.list_units(work.session)),
            forums=tuple((fid, f"{work.clock.local_date(at).strftime('%d-%m-%Y')} — {title}")
                         for fid, title, at in forums),
        )


def served_service(db: Database, request_id: int) -> int | None:
    """The service of a request that is now Selesai (the moment to offer the survey), else None."""
    with reading(db) as work:
        row = work.session.execute(
            select(ServiceRequest.service_id, ServiceRequest.status).where(ServiceRequest.id == request_id)
        ).first()
        return int(row.service_id) if row is not None and row.status == DONE else None


# --- recording ---------------------------------------------------------------------------------------------


def _service_units(session: Session, service_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    ids = set(service_ids)
    rows = session.execute(select(Service.id, Service.unit_id, Service.code).where(Service.id.in_(ids)))
    return {sid: (unit_id, code) for sid, unit_id, code in rows}


def _row_values(draft: ResponseDraft, unit_id: int) -> dict[str, Any]:
    values: dict[str, Any] = {
        "service_id": draft.service_id, "unit_id": unit_id, "surveyed_on": draft.surveyed_on,
        "source": draft.source, "sex": draft.sex, "age": draft.age, "education": draft.education, "job": draft.job,
    }
    for key in UNSUR_KEYS:
        values[key] = draft.answers.get(key)
    return values


def _store(work: Work, drafts: Sequence[ResponseDraft]) -> dict[str, int]:
    """Check every draft, then insert them all; the count per service code (for the audit)."""
    problems: list[tuple[int, str, str]] = []
    units = _service_units(work.session, (d.service_id for d in drafts))
    for number, draft in enumerate(drafts, 1):
        if draft.service_id not in units:
            problems.append((number, "service", "Layanan tidak ditemukan."))
        problems.extend((number, fld, message) for fld, message in skm.response_problems(draft, work.today))
    if problems:
        raise InvalidForms(problems)
    if drafts:
        work.session.execute(insert(R), [_row_values(d, units[d.service_id][0]) for d in drafts])
    per_service: dict[str, int] = {}
    for draft in drafts:
        code = units[draft.service_id][1]
        per_service[code] = per_service.get(code, 0) + 1
    work.changed(Change.SURVEY)
    return per_service


def record_response(db: Database, draft: ResponseDraft, *, now: datetime | None = None) -> Done[int]:
    """One form from the visitor screen. The value is how many forms the service has this day.

    The audit entry names the service and the source, never the answers or the form's row: the
    survey is anonymous, also to whoever reads the audit trail.
    """
    with writing(db, now=now) as work:
        work.require(access.SURVEY_ENTRY)
        per_service = _store(work, [draft])
        work.audit("survey.response", "survey", "", {"source": draft.source, "services": per_service})
        count = work.session.scalar(select(func.count()).select_from(R).where(
            R.service_id == draft.service_id, R.surveyed_on == draft.surveyed_on))
        return work.done(int(count or 0))


def record_batch(db: Database, drafts: Sequence[ResponseDraft], *, now: datetime | None = None) -> Done[int]:
    """Paper forms typed in: all of them or none (InvalidForms names each form at fault)."""
    access.require_actor(db.actor, access.SURVEY_ENTRY)  # the role first, then what was typed
    if not drafts:
        raise StoreError(N_("Belum ada formulir untuk disimpan."))
    if len(drafts) > MAX_BATCH:
        raise StoreError(N_("Paling banyak {limit} formulir sekali simpan."), limit=Amount(MAX_BATCH))
    with writing(db, now=now) as work:
        work.require(access.SURVEY_ENTRY)
        per_service = _store(work, drafts)
        work.audit("survey.batch", "survey", "", {"forms": len(drafts), "source": skm.SOURCE_PAPER,
                                                  "services": per_service})
        return work.done(len(drafts))


def import_forms(db: Database, rows: Sequence[SheetRow], letters: Mapping[str, str], file_name: str = "", *,
                 now: datetime | None = None) -> Done[int]:
    """Forms read from the import template: every row checked first; on any problem nothing is stored
    (ImportRejected lists each with its row and column)."""
    access.require_actor(db.actor, access.SURVEY_ENTRY)  # the role first, then the file
    if not rows:
        raise ImportRejected(message=N_("Berkas tidak berisi formulir (baris data kosong)."))
    if len(rows) > MAX_IMPORT_ROWS:
        raise ImportRejected(message=Filled(N_("Berkas terlalu besar: paling banyak {limit} formulir."),
                                            limit=Amount(MAX_IMPORT_ROWS)))
    with writing(db, now=now) as work:
        work.require(access.SURVEY_ENTRY)
        services = {code.upper(): sid for sid, code in work.session.execute(select(Service.id, Service.code))}
        drafts, problems = forms_from_rows(rows, letters, services, work.today)
        if problems:
            raise ImportRejected(problems, rejected_message(problems))
        try:
            per_service = _store(work, drafts)
        except InvalidForms as exc:  # the row checks above already cover these; kept as a last guard
            problems = [ImportProblem(rows[n - 1].number, m) for n, _f, m in exc.problems]
            raise ImportRejected(problems, rejected_message(problems)) from None
        work.audit("survey.import", "survey", "", {"forms": len(drafts), "file": file_name, "services": per_service})
        return work.done(len(drafts))


# --- computing -----------------------------------------------------------------------------------------------


def _tally_columns() -> list[ColumnElement[Any]]:
    columns: list[ColumnElement[Any]] = [func.count().label("respondents")]
    for key in UNSUR_KEYS:
        column = getattr(R, key)
        columns += [func.coalesce(func.sum(column), 0).label(f"{key}_sum"), func.count(column).label(f"{key}_n")]
    return columns


def _tallies(row: Any) -> list[UnsurTally]:
    return [UnsurTally(key, int(getattr(row, f"{key}_sum")), int(getattr(row, f"{key}_n"))) for key in UNSUR_KEYS]


def _in_period(period: Period) -> ColumnElement[bool]:
    return and_(R.surveyed_on >= period.first_day, R.surveyed_on <= period.last_day)


def _response_scope(scope: Scope) -> list[ColumnElement[bool]]:
    if scope.kind == UNIT:
        return [R.unit_id == scope.id]
    if scope.kind == SERVICE:
        return [R.service_id == scope.id]
    return []


def _served(work: Work, period: Period) -> list[ColumnElement[bool]]:
    return [ServiceRequest.status == DONE, ServiceRequest.closed_at >= work.clock.day_start(period.first_day),
            ServiceRequest.closed_at < work.clock.day_end(period.last_day)]


def _request_scope(scope: Scope) -> list[ColumnElement[bool]]:
    if scope.kind == UNIT:
        return [ServiceRequest.unit_id == scope.id]
    if scope.kind == SERVICE:
        return [ServiceRequest.service_id == scope.id]
    return []


def _result(period: Period, scope: Scope, respondents: int, tallies: list[UnsurTally], population: int) -> ScopeResult:
    result, problem = None, ""
    if respondents == 0:
        problem = N_("Belum ada responden pada periode ini.")
    else:
        try:
            result = skm.compute(tallies, respondents)
        except CannotCompute as exc:
            problem = exc.message
    return ScopeResult(period, scope, respondents, population, minimum_sample(population), result, problem)


def _scope_result(work: Work, period: Period, scope: Scope) -> ScopeResult:
    row = work.session.execute(select(*_tally_columns()).where(_in_period(period), *_response_scope(scope))).one()
    population = work.session.scalar(
        select(func.count()).select_from(ServiceRequest).where(*_served(work, period), *_request_scope(scope)))
    return _result(period, scope, int(row.respondents), _tallies(row), int(population or 0))


def _office_scope(work: Work) -> Scope:
    profile = work.office.profile
    return Scope(OFFICE, None, "", profile.short_name or profile.office_name)


def _find_scope(work: Work, unit_id: int | None, service_id: int | None) -> Scope:
    if service_id is not None:
        service = work.session.get(Service, service_id)
        if service is None:
            raise NotFound(N_("Layanan tidak ditemukan."), "service")
        return Scope(SERVICE, service.id, service.code, service.name)
    if unit_id is not None:
        unit = work.session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(N_("Unit tidak ditemukan."), "unit")
        return Scope(UNIT, unit.id, unit.code, unit.full_name or unit.name)
    return _office_scope(work)


def scope_of(db: Database, *, unit_code: str = "", service_code: str = "") -> tuple[int | None, int | None]:
    """(unit_id, service_id) for the codes a command line names ("PNP", "P1"); NotFound in Indonesian."""
    with reading(db) as work:
        if service_code:
            sid = work.session.scalar(select(Service.id).where(func.upper(Service.code) == service_code.upper()))
            if sid is None:
                raise NotFound(N_("Kode layanan {service_code} tidak dikenal."), "service", service_code=service_code)
            return None, int(sid)
        if unit_code:
            uid = work.session.scalar(select(Unit.id).where(func.upper(Unit.code) == unit_code.upper()))
            if uid is None:
                raise NotFound(N_("Kode unit {unit_code} tidak dikenal."), "unit", unit_code=unit_code)
            return int(uid), None
        return None, None


def scope_result(db: Database, period: Period, *, unit_id: int | None = None, service_id: int | None = None,
                 now: datetime | None = None) -> ScopeResult:
    """A period's result for the office, a unit or a service, with its sample progress."""
    with reading(db, now=now) as work:
        work.require(access.SURVEY_RESULTS)
        return _scope_result(work, period, _find_scope(work, unit_id, service_id))


def office_result(work: Work, period: Period) -> ScopeResult:
    """The office's result and sample progress for `period`, inside a unit of work that reads more (Hari ini)."""
    return _scope_result(work, period, _office_scope(work))


def _grouped(work: Work, period: Period, column: Any, names: Mapping[int, Scope],
             population_column: Any, where: Sequence[ColumnElement[bool]] = (),
             request_where: Sequence[ColumnElement[bool]] = ()) -> list[ScopeResult]:
    rows = {int(r[0]): r for r in work.session.execute(
        select(column, *_tally_columns()).where(_in_period(period), *where).group_by(column))}
    served = dict(work.session.execute(
        select(population_column, func.count()).where(*_served(work, period), *request_where)
        .group_by(population_column)).all())
    out: list[ScopeResult] = []
    for key, scope in names.items():
        row = rows.get(key)
        respondents = int(row.respondents) if row is not None else 0
        tallies = _tallies(row) if row is not None else []
        out.append(_result(period, scope, respondents, tallies, int(served.get(key, 0))))
    return out


def _unit_scopes(work: Work) -> dict[int, Scope]:
    return {u.id: Scope(UNIT, u.id, u.code, u.full_name or u.name) for u in catalog.list_units(work.session)}


def _service_scopes(work: Work, unit_id: int | None = None) -> dict[int, Scope]:
    return {s.id: Scope(SERVICE, s.id, s.code, s.name) for s in catalog.list_services(work.session)
            if unit_id is None or s.unit_id == unit_id}


def overview(db: Database, period: Period, *, now: datetime | None = None) -> Overview:
    """The results screen: the office, every unit and every service for one period."""
    with reading(db, now=now) as work:
        work.require(access.SURVEY_RESULTS)
        return Overview(
            office=_scope_result(work, period, _office_scope(work)),
            units=tuple(_grouped(work, period, R.unit_id, _unit_scopes(work), ServiceRequest.unit_id)),
            services=tuple(_grouped(work, period, R.service_id, _service_scopes(work), ServiceRequest.service_id)),
            today=work.today,
        )


# --- the report ----------------------------------------------------------------------------------------------


def _count_rows(work: Work, column: Any, where: Sequence[ColumnElement[bool]], labels: Mapping[str, str]) -> tuple[CountRow, ...]:
    counts = {str(k or ""): int(n) for k, n in work.session.execute(
        select(column, func.count()).where(*where).group_by(column))}
    rows = [CountRow(label, counts.get(code, 0)) for code, label in labels.items()]
    if counts.get("", 0):
        rows.append(CountRow(NOT_FILLED, counts[""]))
    return tuple(rows)


def _profile(work: Work, period: Period, scope: Scope) -> tuple[ProfileTable, ...]:
    where = [_in_period(period), *_response_scope(scope)]
    band = case(*((and_(R.age >= low, R.age <= high) if high is not None else R.age >= low, label)
                  for low, high, label in AGE_BANDS), else_="")
    tables = [
        ProfileTable("Jenis kelamin", _count_rows(work, R.sex, where, SEXES)),
        ProfileTable("Umur", _count_rows(work, band, where, {label: label for _l, _h, label in AGE_BANDS})),
        ProfileTable("Pendidikan", _count_rows(work, R.education, where, EDUCATIONS)),
        ProfileTable("Pekerjaan", _count_rows(work, R.job, where, JOBS)),
    ]
    if scope.kind != SERVICE:
        counts = dict(work.session.execute(
            select(R.service_id, func.count()).where(*where).group_by(R.service_id)).all())
        services = _service_scopes(work, scope.id if scope.kind == UNIT else None)
        rows = [CountRow(s.label, int(counts.get(sid, 0))) for sid, s in services.items() if counts.get(sid)]
        tables.append(ProfileTable("Jenis layanan", tuple(rows)))
    return tuple(tables)


def _trend(work: Work, period: Period, scope: Scope, current: ScopeResult) -> tuple[TrendPoint, ...]:
    points = []
    for earlier in period.earlier(TREND_PERIODS):
        row = work.session.execute(select(*_tally_columns()).where(_in_period(earlier), *_response_scope(scope))).one()
        result = _result(earlier, scope, int(row.respondents), _tallies(row), 0)
        points.append(TrendPoint(earlier, result.respondents, result.konversi, result.grade))
    points.append(TrendPoint(period, current.respondents, current.konversi, current.grade))
    return tuple(points)


def report_data(db: Database, period: Period, *, unit_id: int | None = None, service_id: int | None = None,
                now: datetime | None = None) -> SkmReport:
    """Everything the Laporan hasil SKM and the poster print, for one period and scope."""
    with reading(db, now=now) as work:
        work.require(access.SURVEY_RESULTS)
        scope = _find_scope(work, unit_id, service_id)
        main = _scope_result(work, period, scope)
        if scope.kind == OFFICE:
            parts = _grouped(work, period, R.unit_id, _unit_scopes(work), ServiceRequest.unit_id)
        elif scope.kind == UNIT:
            parts = _grouped(work, period, R.service_id, _service_scopes(work, scope.id), ServiceRequest.service_id,
                             [R.unit_id == scope.id], [ServiceRequest.unit_id == scope.id])
        else:
            parts = []
        where = [_in_period(period), *_response_scope(scope)]
        first, last = work.session.execute(select(func.min(R.surveyed_on), func.max(R.surveyed_on)).where(*where)).one()
        followup_unit = scope.id if scope.kind == UNIT else None
        if scope.kind == SERVICE:
            followup_unit = work.session.scalar(select(Service.unit_id).where(Service.id == scope.id))
        return SkmReport(
            office=work.office.profile,
            main=main,
            profile=_profile(work, period, scope),
            parts=tuple(p for p in parts if p.respondents or p.population),
            trend=_trend(work, period, scope, main),
            followups=tuple(followups_of(work.session, period.code, followup_unit)),
            sources=_count_rows(work, R.source, where, SOURCES),
            first_day=_as_date(first),
            last_day=_as_date(last),
            today=work.today,
            draft=period.is_open(work.today),
            complaints=_complaints(work, period, scope),
        )


def _complaints(work: Work, period: Period, scope: Scope) -> ComplaintHandling:
    """The complaints register over the survey's days and scope (counts only: the report is public)."""
    days = ComplaintPeriod(period.first_day, period.last_day, period.label)
    return handling_of(work.session, days, work.today, unit_id=scope.id if scope.kind == UNIT else None,
                       service_id=scope.id if scope.kind == SERVICE else None)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))  # SQLite hands an aggregate's date back as text


def processing_sheet(db: Database, period: Period, *, unit_id: int | None = None,
                     service_id: int | None = None) -> ProcessingSheet:
    """Every form of the period and scope, in the regulation's processing layout (U1..U9), with the result."""
    with reading(db) as work:
        work.require(access.SURVEY_RESULTS)
        scope = _find_scope(work, unit_id, service_id)
        main = _scope_result(work, period, scope)
        columns = [getattr(R, u.key) for u in UNSUR]
        query = (select(R.surveyed_on, Service.code, R.sex, R.age, R.education, R.job, *columns)
                 .join(Service, Service.id == R.service_id)
                 .where(_in_period(period), *_response_scope(scope)).order_by(R.surveyed_on, R.id))
        lines = tuple(
            RespondentLine(n, row[0], row[1], row[2], row[3], row[4], row[5], tuple(row[6:]))
            for n, row in enumerate(work.session.execute(query), 1)
        )
        return ProcessingSheet(main, lines, work.office.profile)


def template_services(db: Database) -> tuple[ServiceRecord, ...]:
    """The services the import template lists (its guide sheet names their codes)."""
    with reading(db) as work:
        work.require(access.SURVEY_ENTRY)
        return tuple(catalog.list_services(work.session))
