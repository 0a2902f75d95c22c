"""What a recap of requests holds, as plain records, and the pure rules behind its figures.

A recap is a list of tables of counts (`RecapTable`): the screen, the PDF, the spreadsheet and the
command line show the same tables the same way. Each table knows which columns add up (their
total is a sum, in the spreadsheet a formula) and which do not (a standard's days, a median).

Rules kept here: the age bands of the labour statistics form IPK III/1 (15–19, 20–29, 30–44,
45–54, 55+), the median and the 90th percentile of a distribution of working days, and which
services are the job-seeker card (Kartu AK/I) services.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from desk.domain.messages import N_
from desk.domain.recap_period import RecapPeriod

Number = int | float | None

# (key, label, lowest age, highest age or None): the bands of IPK III/1.
AGE_BANDS: tuple[tuple[str, str, int, int | None], ...] = (
    ("15-19", N_("15–19 tahun"), 15, 19),
    ("20-29", N_("20–29 tahun"), 20, 29),
    ("30-44", N_("30–44 tahun"), 30, 44),
    ("45-54", N_("45–54 tahun"), 45, 54),
    ("55+", N_("55 tahun ke atas"), 55, None),
)
UNDER_15 = ("lt15", N_("Di bawah 15 tahun"))
AGE_UNKNOWN = ("unknown", N_("Tanpa NIK (umur tidak diketahui)"))
SEXES: tuple[tuple[str, str], ...] = (("L", N_("Laki-laki")), ("P", N_("Perempuan")))
SEX_UNKNOWN = ("", N_("Tidak diisi"))

# Words by which a service is the job-seeker card: its name or an alias the office gave it.
_CARD_WORDS = ("ak/i", "ak/1", "ak-i", "ak1", "kartu kuning", "kartu pencari kerja",
               "tanda bukti pendaftaran pencari kerja")


def age_band(age: int | None) -> str:
    """The band key of an age in whole years; AGE_UNKNOWN's key when not known."""
    if age is None:
        return AGE_UNKNOWN[0]
    for key, _label, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return key
    return UNDER_15[0]


def band_labels() -> tuple[tuple[str, str], ...]:
    """Every row of an age table, in order: under 15, the five bands, unknown."""
    return (UNDER_15, *((k, label) for k, label, _lo, _hi in AGE_BANDS), AGE_UNKNOWN)


def is_job_seeker_card(name: str, aliases: Iterable[str] = ()) -> bool:
    """Whether a service is about the Kartu AK/I (Permenaker 39/2016), by its name or an alias."""
    texts = [name, *aliases]
    return any(word in text.lower() for text in texts for word in _CARD_WORDS)


def median_of(distribution: Mapping[int, int]) -> float | None:
    """The median of values given as {value: how many}; the mean of the middle two for an even count."""
    n = sum(distribution.values())
    if n == 0:
        return None
    lower = _nth(distribution, (n - 1) // 2)
    upper = _nth(distribution, n // 2)
    return (lower + upper) / 2


def percentile_of(distribution: Mapping[int, int], share: float) -> int | None:
    """The nearest-rank percentile: the smallest value that at least `share` of all values do not exceed."""
    n = sum(distribution.values())
    if n == 0:
        return None
    rank = max(1, math.ceil(share * n))
    return _nth(distribution, rank - 1)


def _nth(distribution: Mapping[int, int], index: int) -> int:
    """The value at 0-based `index` of the sorted values."""
    seen = 0
    for value in sorted(distribution):
        seen += distribution[value]
        if index < seen:
            return value
    raise IndexError(index)


# Short names of the tables, for a tab or a spreadsheet's sheet (Excel allows 31 characters).
SHORT_NAMES = {
    "service_status": N_("Layanan dan status"), "timeliness": N_("Ketepatan waktu"), "sex_age": N_("Jenis kelamin dan umur"),
    "kecamatan": N_("Kecamatan"), "desa": N_("Desa dan kelurahan"), "channel": N_("Saluran"), "officer": N_("Petugas"),
    "reasons": N_("Ditolak dan dibatalkan"), "months": N_("Per bulan"), "flow": N_("Arus permohonan"),
}


@dataclass(frozen=True, slots=True)
class RecapRow:
    key: str
    label: str
    values: tuple[Number, ...]


@dataclass(frozen=True, slots=True)
class RecapTable:
    """One table of a recap: a label column, then `columns`; `summed[i]` says column i adds up."""

    key: str
    title: str
    first_heading: str
    columns: tuple[str, ...]
    rows: tuple[RecapRow, ...]
    total: RecapRow | None = None
    summed: tuple[bool, ...] = ()
    decimals: tuple[int, ...] = ()  # per column; 0 when not given
    note: str = ""

    @property
    def short_title(self) -> str:
        return SHORT_NAMES.get(self.key, self.title)

    def value(self, row_key: str, column: str) -> Number:
        """The figure at row `row_key` ("" or "total" for the total row) and the column headed `column`."""
        index = self.columns.index(column)
        if row_key == "total":
            assert self.total is not None
            return self.total.values[index]
        return next(r for r in self.rows if r.key == row_key).values[index]

    def is_summed(self, index: int) -> bool:
        return self.summed[index] if index < len(self.summed) else True

    def decimals_of(self, index: int) -> int:
        return self.decimals[index] if index < len(self.decimals) else 0


def total_row(rows: Sequence[RecapRow], width: int, extra: Mapping[int, Number] | None = None,
              label: str = "Jumlah") -> RecapRow:
    """The sum of every column of `rows`; `extra` gives the columns that are not sums (a median)."""
    values: list[Number] = []
    for i in range(width):
        if extra is not None and i in extra:
            values.append(extra[i])
            continue
        values.append(sum(int(r.values[i] or 0) for r in rows))
    return RecapRow("total", label, tuple(values))


@dataclass(frozen=True, slots=True)
class RecapScope:
    kind: str  # kantor | unit | layanan
    code: str  # "" for the office, the unit's or the service's code
    label: str  # "Seluruh kantor", "Bidang Penempatan (PNP)", "P1 Penerbitan Kartu …"


@dataclass(frozen=True, slots=True)
class Headline:
    received: int
    done: int
    on_time: int
    late: int
    rejected: int
    cancelled: int
    still_open: int  # now
    median_days: float | None
    p90_days: int | None

    @property
    def on_time_percent(self) -> float | None:
        finished = self.on_time + self.late
        return round(100 * self.on_time / finished, 1) if finished else None


@dataclass(frozen=True, slots=True)
class JobSeekers:
    """Part I of IPK III/1 (job seekers, by age band × sex) as far as Desk holds it."""

    services: tuple[str, ...]  # the AK/I services counted, "P1 Penerbitan …"
    rows: tuple[RecapRow, ...]  # per band: (1) L, P; (2) L, P; … (5) L, P — None where Desk has no data
    total: RecapRow
    columns: tuple[str, ...]
    filled: tuple[int, ...]  # indexes of the columns Desk fills
    missing: tuple[str, ...]  # what Desk cannot fill, in words


@dataclass(frozen=True, slots=True)
class Recap:
    period: RecapPeriod
    scope: RecapScope
    office_tz: str
    made_at: datetime  # aware UTC: when the figures were read
    today: date
    made_by: str  # "dicetak oleh": the user's full name (or the PC's user for the command line)
    headline: Headline
    tables: tuple[RecapTable, ...]
    job_seekers: JobSeekers | None = None
    notes: tuple[str, ...] = field(default=())

    def table(self, key: str) -> RecapTable:
        return next(t for t in self.tables if t.key == key)

    @property
    def draft(self) -> bool:
        """The period is not over: its figures can still change."""
        return self.period.is_open(self.today)


@dataclass(frozen=True, slots=True)
class RegisterBookLine:
    """One line of the printed buku register (the visitor's NIK and phone are not printed)."""

    number: int
    ref_number: str
    received_at: datetime  # aware UTC
    visitor: str
    sex: str
    address: str  # desa, kecamatan or the free text
    service: str
    status: str
    closed_on: date | None
    officer: str


@dataclass(frozen=True, slots=True)
class RegisterBook:
    period: RecapPeriod
    scope: RecapScope
    office_tz: str
    made_at: datetime
    today: date
    made_by: str
    lines: tuple[RegisterBookLine, ...]

    @property
    def draft(self) -> bool:
        return self.period.is_open(self.today)
