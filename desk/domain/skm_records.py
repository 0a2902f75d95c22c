"""The plain records of the survey area that the store hands to screens, documents and files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from desk.domain.complaint_records import ComplaintHandling
from desk.domain.messages import N_
from desk.domain.records import OfficeProfile
from desk.domain.skm import (
    FOLLOWUP_DONE,
    FOLLOWUP_STATUSES,
    UNSUR_BY_KEY,
    Period,
    SkmResult,
    Unsur,
    half_up,
    progress_text,
)
from desk.domain.text_id import format_number

OFFICE, UNIT, SERVICE = "kantor", "unit", "layanan"


@dataclass(frozen=True, slots=True)
class Scope:
    """What a result covers: the whole office, one unit or one service."""

    kind: str  # OFFICE | UNIT | SERVICE
    id: int | None = None
    code: str = ""
    name: str = ""

    @property
    def label(self) -> str:
        if self.kind == OFFICE:
            return self.name or "Seluruh kantor"
        return f"{self.code} — {self.name}" if self.code else self.name


SAMPLE_UNKNOWN = N_("Jumlah pengguna layanan pada periode ini belum tercatat; kecukupan sampel belum dapat dinilai.")
SAMPLE_SHORT = N_("Sampel belum mencukupi: minimal {minimum} responden untuk {population} pengguna layanan "
                  "(Krejcie–Morgan).")
PROGRESS_UNKNOWN = "{respondents} responden (belum ada permohonan selesai tercatat)"  # a plural on screen


@dataclass(frozen=True, slots=True)
class ScopeResult:
    """A period's result for one scope: how many answered, out of how many served, and the index."""

    period: Period
    scope: Scope
    respondents: int
    population: int  # requests completed (Selesai) in the period and scope
    minimum: int  # Krejcie–Morgan for the population
    result: SkmResult | None  # None while an unsur has no answer
    problem: str = ""  # why there is no result, in Indonesian

    @property
    def population_known(self) -> bool:
        """Desk has completed requests on record for the period (an office new to Desk may not)."""
        return self.population > 0

    @property
    def enough(self) -> bool:
        """The sample reaches the minimum for a known population (else the result is marked)."""
        return self.population_known and self.respondents >= self.minimum

    @property
    def sample_note(self) -> str:
        """"" when the sample is enough; else what to say beside the result."""
        if not self.population_known:
            return SAMPLE_UNKNOWN
        if not self.enough:
            return SAMPLE_SHORT.format(minimum=format_number(self.minimum), population=format_number(self.population))
        return ""

    @property
    def progress(self) -> str:
        """"112 dari 169 responden"; without completed requests on record, the respondents alone."""
        if self.population == 0:
            return PROGRESS_UNKNOWN.format(respondents=format_number(self.respondents))
        return progress_text(self.respondents, self.minimum)

    @property
    def konversi(self) -> Decimal | None:
        return self.result.konversi_shown if self.result else None

    @property
    def grade(self) -> str:
        return self.result.grade if self.result else ""


@dataclass(frozen=True, slots=True)
class CountRow:
    label: str
    count: int

    def share(self, total: int) -> Decimal:
        """Percentage of `total`, one decimal, half-up."""
        return half_up(Fraction(100 * self.count, total), 1) if total else Decimal(0)


@dataclass(frozen=True, slots=True)
class ProfileTable:
    """Respondents counted by one profile field (jenis kelamin, umur, pendidikan, pekerjaan, layanan)."""

    title: str
    rows: tuple[CountRow, ...]

    @property
    def total(self) -> int:
        return sum(r.count for r in self.rows)


@dataclass(frozen=True, slots=True)
class TrendPoint:
    period: Period
    respondents: int
    konversi: Decimal | None
    grade: str


@dataclass(frozen=True, slots=True)
class FollowupRecord:
    id: int
    period: str
    unit_id: int | None
    unit_name: str  # "" for the whole office
    unsur_key: str
    action: str
    schedule: str
    responsible: str
    status: str
    done_on: date | None
    forum_id: int | None
    forum_title: str
    position: int

    @property
    def unsur(self) -> Unsur:
        return UNSUR_BY_KEY[self.unsur_key]

    @property
    def status_label(self) -> str:
        return FOLLOWUP_STATUSES.get(self.status, self.status)

    @property
    def done(self) -> bool:
        return self.status == FOLLOWUP_DONE


@dataclass(frozen=True, slots=True)
class FollowupDraft:
    period: str
    unit_id: int | None
    unsur_key: str
    action: str
    schedule: str
    responsible: str
    status: str = "rencana"
    done_on: date | None = None
    forum_id: int | None = None
    id: int | None = None  # None: a new item


@dataclass(frozen=True, slots=True)
class FollowupList:
    items: tuple[FollowupRecord, ...]

    @property
    def completed(self) -> int:
        return sum(1 for i in self.items if i.done)

    @property
    def share(self) -> Decimal | None:
        """Percentage realised / planned (PEKPPP 8.a), one decimal; None when nothing is planned."""
        if not self.items:
            return None
        return half_up(Fraction(100 * self.completed, len(self.items)), 1)


@dataclass(frozen=True, slots=True)
class Overview:
    """What the results screen shows for a period: the office, each unit and each service."""

    office: ScopeResult
    units: tuple[ScopeResult, ...]
    services: tuple[ScopeResult, ...]
    today: date


@dataclass(frozen=True, slots=True)
class SkmReport:
    """Everything the Laporan hasil SKM and the poster print."""

    office: OfficeProfile
    main: ScopeResult
    profile: tuple[ProfileTable, ...]
    parts: tuple[ScopeResult, ...]  # the units (office report) or services (unit report) beneath the scope
    trend: tuple[TrendPoint, ...]  # earlier periods then this one
    followups: tuple[FollowupRecord, ...]
    sources: tuple[CountRow, ...]  # how the forms came in: visitor screen, paper, import
    first_day: date | None  # first and last day a form was filled in
    last_day: date | None
    today: date
    draft: bool = field(default=False)  # the period is still running: KONSEP
    # The complaints register over the same days and scope: what the unsur pengaduan is judged against.
    complaints: ComplaintHandling | None = None

    @property
    def period(self) -> Period:
        return self.main.period


@dataclass(frozen=True, slots=True)
class RespondentLine:
    """One form of the processing sheet: its scores in the regulation's order (U1..U9)."""

    number: int
    surveyed_on: date
    service_code: str
    sex: str
    age: int | None
    education: str
    job: str
    scores: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class ProcessingSheet:
    """The regulation's per-respondent processing sheet of a period and scope, with its summary."""

    main: ScopeResult
    lines: tuple[RespondentLine, ...]
    office: OfficeProfile
