"""Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the questionnaire as data, and the index computed exactly.

The nine unsur are kept with stable keys (``persyaratan`` … ``sarana``); answers are stored and
read by key, never by position, because the regulation's sample form asks sarana 8th and
pengaduan 9th, the opposite of its own list. The index:

- NRR of an unsur = total of its scores / number of forms that answered it;
- IKM (NRR tertimbang) = Σ NRR × weight, weight exactly 1/9 each (the regulation prints 0,11 and
  "× 0,111"; both bias the result down: all-4 answers would give 99,00 or 99,90);
- konversi = IKM × 25.

Everything is computed with fractions; rounding happens once, for display, half-up (Python's
``round`` on floats is not: 78,125 → 78,12), konversi to 2 decimals, and the grade is read from
the *rounded* konversi so that the regulation's gapped intervals (64,99 | 65,00 …) leave no value
undefined: A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, else D.

Also here: the respondent profile codes, the minimum sample (Krejcie–Morgan), and the survey
periods (month, quarter, semester, year) as Desk writes them: "2026-11", "2026-Q4", "2026-S2", "2026".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from desk.domain.errors import DomainError
from desk.domain.messages import N_, Filled, joined
from desk.domain.text_id import MONTH_NAMES, format_number

# --- the questionnaire ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Unsur:
    key: str  # stable: stored in the database and in files
    code: str  # "U1" … "U9", the regulation's list order (reports, the processing sheet)
    name: str
    question: str  # the sample form's wording
    answers: tuple[str, str, str, str]  # labels of the scores 1, 2, 3, 4

    @property
    def prompt(self) -> str:
        """The question as the visitor reads it."""
        return PROMPT.format(question=self.question)


# The sample form's question around an unsur's subject; the screen translates both before joining them.
PROMPT = N_("Bagaimana pendapat Saudara tentang {question}?")

UNSUR: tuple[Unsur, ...] = (
    Unsur("persyaratan", "U1", N_("Persyaratan"), N_("kesesuaian persyaratan pelayanan dengan jenis pelayanannya"),
          (N_("Tidak sesuai"), N_("Kurang sesuai"), N_("Sesuai"), N_("Sangat sesuai"))),
    Unsur("prosedur", "U2", N_("Sistem, Mekanisme, dan Prosedur"), N_("kemudahan prosedur pelayanan di unit ini"),
          (N_("Tidak mudah"), N_("Kurang mudah"), N_("Mudah"), N_("Sangat mudah"))),
    Unsur("waktu", "U3", N_("Waktu Penyelesaian"), N_("kecepatan waktu dalam memberikan pelayanan"),
          (N_("Tidak cepat"), N_("Kurang cepat"), N_("Cepat"), N_("Sangat cepat"))),
    Unsur("biaya", "U4", N_("Biaya/Tarif"), N_("kewajaran biaya/tarif dalam pelayanan"),
          (N_("Sangat mahal"), N_("Cukup mahal"), N_("Murah"), N_("Gratis"))),
    Unsur("produk", "U5", N_("Produk Spesifikasi Jenis Pelayanan"),
          N_("kesesuaian produk pelayanan dengan standar pelayanan"),
          (N_("Tidak sesuai"), N_("Kurang sesuai"), N_("Sesuai"), N_("Sangat sesuai"))),
    Unsur("kompetensi", "U6", N_("Kompetensi Pelaksana"), N_("kompetensi/kemampuan petugas"),
          (N_("Tidak kompeten"), N_("Kurang kompeten"), N_("Kompeten"), N_("Sangat kompeten"))),
    Unsur("perilaku", "U7", N_("Perilaku Pelaksana"), N_("kesopanan dan keramahan petugas"),
          (N_("Tidak sopan dan ramah"), N_("Kurang sopan dan ramah"), N_("Sopan dan ramah"), N_("Sangat sopan dan ramah"))),
    Unsur("pengaduan", "U8", N_("Penanganan Pengaduan, Saran dan Masukan"), N_("penanganan pengaduan pengguna layanan"),
          (N_("Tidak ada"), N_("Ada tetapi tidak berfungsi"), N_("Berfungsi kurang maksimal"), N_("Dikelola dengan baik"))),
    Unsur("sarana", "U9", N_("Sarana dan Prasarana"), N_("kualitas sarana dan prasarana"),
          (N_("Buruk"), N_("Cukup"), N_("Baik"), N_("Sangat baik"))),
)
UNSUR_KEYS: tuple[str, ...] = tuple(u.key for u in UNSUR)
UNSUR_BY_KEY: dict[str, Unsur] = {u.key: u for u in UNSUR}
# The order of the sample form (and of the paper forms typed in): sarana 8th, pengaduan 9th.
FORM_ORDER: tuple[str, ...] = (
    "persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "sarana", "pengaduan",
)
SCORES = (1, 2, 3, 4)
# Weights are data: the regulation allows other unsur or weights that sum to 1; the default is 1/9 each.
EQUAL_WEIGHTS: dict[str, Fraction] = {key: Fraction(1, len(UNSUR_KEYS)) for key in UNSUR_KEYS}

# --- the respondent -------------------------------------------------------------------------------

SEXES: dict[str, str] = {"L": N_("Laki-laki"), "P": N_("Perempuan")}
EDUCATIONS: dict[str, str] = {
    "sd": "SD", "smp": "SMP", "sma": "SMA", "d1d3": "D1–D3", "d4s1": "D4/S1", "s2": N_("S2 ke atas"),
}
JOBS: dict[str, str] = {
    "pns": "PNS", "tni": "TNI", "polri": "POLRI", "swasta": N_("Swasta"), "wirausaha": N_("Wirausaha"), "lainnya": N_("Lainnya"),
}
# Paper forms and the import template use digits for the choices, in the form's order.
EDUCATION_DIGITS: dict[str, str] = {str(i): code for i, code in enumerate(EDUCATIONS, 1)}
JOB_DIGITS: dict[str, str] = {str(i): code for i, code in enumerate(JOBS, 1)}
MIN_AGE, MAX_AGE = 15, 99
# The bands of the labour statistics (IPK III/1), so the SKM profile reads like the other recaps.
AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (15, 19, "15–19 tahun"), (20, 29, "20–29 tahun"), (30, 44, "30–44 tahun"), (45, 54, "45–54 tahun"),
    (55, None, "55 tahun ke atas"),
)
NOT_FILLED = "Tidak diisi"

SOURCE_SCREEN, SOURCE_PAPER, SOURCE_IMPORT = "layar", "kertas", "impor"
SOURCES: dict[str, str] = {SOURCE_SCREEN: "Layar pengunjung", SOURCE_PAPER: "Formulir kertas", SOURCE_IMPORT: "Impor"}


def age_band(age: int | None) -> str:
    if age is None:
        return NOT_FILLED
    for low, high, label in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return NOT_FILLED


class InvalidResponse(DomainError):
    """A survey form broke a rule; ``problems`` holds every (field, message), ``field`` the first."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        first_field, first_message = self.problems[0]
        super().__init__(first_message, first_field)


@dataclass(frozen=True, slots=True)
class ResponseDraft:
    """One filled-in questionnaire: anonymous (service, date and profile only) with answers by unsur key."""

    service_id: int
    surveyed_on: date
    answers: Mapping[str, int | None]  # unsur key -> 1..4, None (or absent) when not answered
    sex: str = ""  # "L" | "P" | "" not filled
    age: int | None = None
    education: str = ""  # a key of EDUCATIONS, or ""
    job: str = ""  # a key of JOBS, or ""
    source: str = SOURCE_SCREEN


def response_problems(draft: ResponseDraft, today: date) -> list[tuple[str, str]]:
    """Every rule the form breaks, as (field, Indonesian message); empty when it may be saved."""
    problems: list[tuple[str, str]] = []
    if draft.surveyed_on > today:
        problems.append(("surveyed_on", "Tanggal survei tidak boleh sesudah hari ini."))
    elif draft.surveyed_on.year < 2000:
        problems.append(("surveyed_on", "Tanggal survei tidak masuk akal."))
    unknown = sorted(set(draft.answers) - set(UNSUR_KEYS))
    if unknown:
        problems.append(("answers", f"Unsur tidak dikenal: {', '.join(unknown)}."))
    answered = 0
    for key in FORM_ORDER:
        score = draft.answers.get(key)
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
            problems.append((key, f"Jawaban {UNSUR_BY_KEY[key].name} harus 1, 2, 3 atau 4."))
        answered += 1
    if not answered:
        problems.append(("answers", "Belum ada pertanyaan yang dijawab."))
    if draft.sex not in ("", *SEXES):
        problems.append(("sex", "Jenis kelamin harus L atau P."))
    if draft.age is not None and not MIN_AGE <= draft.age <= MAX_AGE:
        problems.append(("age", f"Umur harus antara {MIN_AGE} dan {MAX_AGE} tahun."))
    if draft.education not in ("", *EDUCATIONS):
        problems.append(("education", "Pendidikan tidak dikenal."))
    if draft.job not in ("", *JOBS):
        problems.append(("job", "Pekerjaan tidak dikenal."))
    if draft.source not in SOURCES:
        problems.append(("source", "Sumber isian tidak dikenal."))
    return problems


def check_response(draft: ResponseDraft, today: date) -> ResponseDraft:
    """The draft when it may be saved; InvalidResponse naming every problem otherwise."""
    problems = response_problems(draft, today)
    if problems:
        raise InvalidResponse(problems)
    return draft


# --- computing ------------------------------------------------------------------------------------

GRADES: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("88.31"), "A", N_("Sangat baik")),
    (Decimal("76.61"), "B", N_("Baik")),
    (Decimal("65.00"), "C", N_("Kurang baik")),
    (Decimal("25.00"), "D", N_("Tidak baik")),
)
GRADE_LABELS: dict[str, str] = {grade: label for _, grade, label in GRADES}
KONVERSI = 25  # the factor from the 1–4 scale to 25–100


def half_up(value: Fraction | Decimal | int, places: int) -> Decimal:
    """``value`` rounded half away from zero to ``places`` decimals, exactly (never through a float)."""
    if isinstance(value, Fraction):
        # Decided on the exact value: a Decimal division would round first, at 28 digits.
        scaled = abs(value) * 10**places
        whole, rest = divmod(scaled.numerator, scaled.denominator)
        if 2 * rest >= scaled.denominator:
            whole += 1
        return Decimal(-whole if value < 0 else whole).scaleb(-places)
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def grade_of(konversi: Decimal) -> str:
    """A/B/C/D for a konversi already rounded to 2 decimals (the regulation's intervals, no gaps)."""
    for floor, grade, _label in GRADES:
        if konversi >= floor:
            return grade
    return "D"


@dataclass(frozen=True, slots=True)
class UnsurTally:
    """What the database adds up for one unsur: the total of its scores and how many answered it."""

    key: str
    total: int
    answered: int


@dataclass(frozen=True, slots=True)
class UnsurResult:
    unsur: Unsur
    total: int
    answered: int
    nrr: Fraction  # exact

    @property
    def konversi(self) -> Fraction:
        return self.nrr * KONVERSI

    @property
    def nrr_shown(self) -> Decimal:
        return half_up(self.nrr, 2)

    @property
    def konversi_shown(self) -> Decimal:
        return half_up(self.konversi, 2)

    @property
    def grade(self) -> str:
        return grade_of(self.konversi_shown)

    @property
    def grade_label(self) -> str:
        return GRADE_LABELS[self.grade]


@dataclass(frozen=True, slots=True)
class SkmResult:
    """The index of a set of forms: per unsur and as a whole, exact, with its display values."""

    respondents: int
    unsur: tuple[UnsurResult, ...]  # in the regulation's list order
    ikm: Fraction  # NRR tertimbang, 1–4, exact
    weights: Mapping[str, Fraction] = field(default_factory=lambda: dict(EQUAL_WEIGHTS))

    @property
    def konversi(self) -> Fraction:
        return self.ikm * KONVERSI

    @property
    def ikm_shown(self) -> Decimal:
        return half_up(self.ikm, 3)

    @property
    def konversi_shown(self) -> Decimal:
        return half_up(self.konversi, 2)

    @property
    def grade(self) -> str:
        return grade_of(self.konversi_shown)

    @property
    def grade_label(self) -> str:
        return GRADE_LABELS[self.grade]

    @property
    def weakest(self) -> UnsurResult:
        """The unsur with the lowest NRR (the first in the regulation's order on a tie): the follow-up's priority."""
        return min(self.unsur, key=lambda r: r.nrr)

    @property
    def strongest(self) -> UnsurResult:
        return max(self.unsur, key=lambda r: r.nrr)

    def of(self, key: str) -> UnsurResult:
        return next(r for r in self.unsur if r.unsur.key == key)


class CannotCompute(DomainError):
    """No index yet: an unsur has no answer at all (Indonesian message)."""


def compute(tallies: Sequence[UnsurTally] | Mapping[str, tuple[int, int]], respondents: int,
            weights: Mapping[str, Fraction] | None = None) -> SkmResult:
    """The index of a set of forms from each unsur's total and number of answers.

    ``tallies`` are UnsurTally records or ``{key: (total, answered)}``. Every weighted unsur must
    have at least one answer (CannotCompute otherwise); weights must sum to exactly 1.
    """
    weights = dict(EQUAL_WEIGHTS if weights is None else weights)
    if sum(weights.values(), Fraction(0)) != 1:
        raise ValueError("the weights of the unsur must sum to 1")
    if isinstance(tallies, Mapping):
        by_key = {key: UnsurTally(key, total, answered) for key, (total, answered) in tallies.items()}
    else:
        by_key = {t.key: t for t in tallies}
    results: list[UnsurResult] = []
    missing: list[str] = []
    for unsur in UNSUR:
        if unsur.key not in weights:
            continue
        tally = by_key.get(unsur.key)
        if tally is None or tally.answered <= 0:
            missing.append(unsur.name)
            continue
        if not SCORES[0] * tally.answered <= tally.total <= SCORES[-1] * tally.answered:
            raise ValueError(f"impossible total {tally.total} for {tally.answered} answers to {unsur.key}")
        results.append(UnsurResult(unsur, tally.total, tally.answered, Fraction(tally.total, tally.answered)))
    if missing:
        raise CannotCompute(N_("Indeks belum dapat dihitung: belum ada jawaban untuk unsur {unsur}."),
                            unsur=joined(missing, ", "))
    ikm = sum((r.nrr * weights[r.unsur.key] for r in results), Fraction(0))
    return SkmResult(respondents, tuple(results), ikm, weights)


def compute_forms(forms: Sequence[Mapping[str, int | None]], weights: Mapping[str, Fraction] | None = None) -> SkmResult:
    """The index of forms held in memory (tests, a file being checked): the same rule as `compute`."""
    totals = {key: [0, 0] for key in UNSUR_KEYS}
    for form in forms:
        for key, score in form.items():
            if score is not None:
                totals[key][0] += score
                totals[key][1] += 1
    return compute({key: (t[0], t[1]) for key, t in totals.items()}, len(forms), weights)


# --- sample size ----------------------------------------------------------------------------------

_CHI2 = Fraction("3.841")  # χ² for one degree of freedom at 95 %
_P = Fraction(1, 4)  # P(1 − P) with P = 0,5
_D2 = Fraction("0.0025")  # margin 5 %, squared


def minimum_sample(population: int) -> int:
    """Krejcie–Morgan: S = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), rounded to the nearest whole number.

    Rounded to nearest (half up) it reproduces the published table at every entry; rounding up does not.
    """
    if population <= 0:
        return 0
    exact = _CHI2 * population * _P / (_D2 * (population - 1) + _CHI2 * _P)
    return int(half_up(exact, 0))


# --- periods --------------------------------------------------------------------------------------

MONTH, QUARTER, SEMESTER, YEAR = "bulan", "triwulan", "semester", "tahun"
PERIOD_KINDS: dict[str, str] = {MONTH: N_("Bulan"), QUARTER: N_("Triwulan"), SEMESTER: N_("Semester"), YEAR: N_("Tahun")}
_PERIOD_SPAN = {MONTH: 1, QUARTER: 3, SEMESTER: 6, YEAR: 12}
_PERIOD_COUNT = {MONTH: 12, QUARTER: 4, SEMESTER: 2, YEAR: 1}
_ROMAN = ("I", "II", "III", "IV")
_PERIOD_RE = re.compile(r"^\s*(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])|[Ss]([12])))?\s*$")


class PeriodError(DomainError):
    def __init__(self, message: str) -> None:
        super().__init__(message, "period")


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A survey period: a month, quarter, semester or year of the office's calendar."""

    year: int
    kind: str
    number: int = 1  # month 1–12, quarter 1–4, semester 1–2; 1 for a year

    def __post_init__(self) -> None:
        if self.kind not in _PERIOD_SPAN:
            raise PeriodError(Filled(N_("Jenis periode tidak dikenal: {kind}."), kind=self.kind))
        if not 1 <= self.number <= _PERIOD_COUNT[self.kind]:
            raise PeriodError(Filled(N_("{kind} ke-{number} tidak ada."), kind=PERIOD_KINDS[self.kind],
                                     number=self.number))
        if not 2000 <= self.year <= 2999:
            raise PeriodError(Filled(N_("Tahun {year} di luar jangkauan."), year=self.year))

    @property
    def code(self) -> str:
        """"2026-11", "2026-Q4", "2026-S2" or "2026": what files, commands and the database use."""
        if self.kind == MONTH:
            return f"{self.year}-{self.number:02d}"
        if self.kind == QUARTER:
            return f"{self.year}-Q{self.number}"
        if self.kind == SEMESTER:
            return f"{self.year}-S{self.number}"
        return str(self.year)

    @property
    def label(self) -> str:
        """"November 2026", "Triwulan IV 2026", "Semester II 2026", "Tahun 2026"."""
        if self.kind == MONTH:
            return f"{MONTH_NAMES[self.number - 1]} {self.year}"
        if self.kind == YEAR:
            return f"Tahun {self.year}"
        return f"{PERIOD_KINDS[self.kind]} {_ROMAN[self.number - 1]} {self.year}"

    @property
    def first_day(self) -> date:
        return date(self.year, (self.number - 1) * _PERIOD_SPAN[self.kind] + 1, 1)

    @property
    def last_day(self) -> date:
        month = self.number * _PERIOD_SPAN[self.kind]
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def is_open(self, today: date) -> bool:
        """Still running (or not begun): its report is a draft (KONSEP)."""
        return today <= self.last_day

    def previous(self) -> Period:
        if self.number > 1:
            return Period(self.year, self.kind, self.number - 1)
        return Period(self.year - 1, self.kind, _PERIOD_COUNT[self.kind])

    def earlier(self, count: int) -> list[Period]:
        """The `count` periods of the same kind before this one, oldest first."""
        out: list[Period] = []
        period = self
        for _ in range(count):
            try:
                period = period.previous()
            except PeriodError:
                break
            out.append(period)
        return out[::-1]


def parse_period(text: str) -> Period:
    """"2026-11" (month), "2026-Q4" (quarter), "2026-S2" (semester) or "2026" (year)."""
    match = _PERIOD_RE.match(text or "")
    if not match:
        raise PeriodError(Filled(N_(
            "Periode '{text}' tidak dikenal. Tulis 2026-11 (bulan), 2026-Q4 (triwulan), 2026-S2 (semester) "
            "atau 2026 (tahun)."), text=text))
    year, month, quarter, semester = match.groups()
    if month is not None:
        return Period(int(year), MONTH, int(month))
    if quarter is not None:
        return Period(int(year), QUARTER, int(quarter))
    if semester is not None:
        return Period(int(year), SEMESTER, int(semester))
    return Period(int(year), YEAR)


def period_of(day: date, kind: str) -> Period:
    """The period of `kind` that holds `day`."""
    span = _PERIOD_SPAN.get(kind)
    if span is None:
        raise PeriodError(Filled(N_("Jenis periode tidak dikenal: {kind}."), kind=kind))
    return Period(day.year, kind, (day.month - 1) // span + 1)


def days_of(period: Period) -> int:
    return (period.last_day - period.first_day + timedelta(days=1)).days


# --- follow-up ------------------------------------------------------------------------------------

FOLLOWUP_PLANNED, FOLLOWUP_RUNNING, FOLLOWUP_DONE = "rencana", "berjalan", "selesai"
FOLLOWUP_STATUSES: dict[str, str] = {
    FOLLOWUP_PLANNED: "Direncanakan", FOLLOWUP_RUNNING: "Sedang berjalan", FOLLOWUP_DONE: "Selesai",
}


def completed_share(statuses: Sequence[str]) -> Fraction | None:
    """Realised / planned (PEKPPP 8.a); None when nothing was planned."""
    if not statuses:
        return None
    return Fraction(sum(1 for s in statuses if s == FOLLOWUP_DONE), len(statuses))


def format_score(value: Decimal) -> str:
    """"76,67": a rounded score with the Indonesian decimal comma (the value is already rounded)."""
    return str(value).replace(".", ",")


PROGRESS = "{respondents} dari {needed} responden"  # the screen says it with its own plural (desk.ui.survey.words)


def progress_text(respondents: int, needed: int) -> str:
    """"112 dari 169 responden"."""
    return PROGRESS.format(respondents=format_number(respondents), needed=format_number(needed))
