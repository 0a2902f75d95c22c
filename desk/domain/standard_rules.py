"""The 14 components of a service standard (PermenPANRB 15/2014) and the rules a version must meet.

Labels are exactly those of DOMAIN.md §1.2, in the regulation's order: the six components the
public sees (service delivery) first, then the eight of internal management. A standard is
checked component by component; every problem comes back at once, keyed by the field the
editor shows it under, in Indonesian. Parsing helpers read what a spreadsheet cell may hold
("Gratis", "Rp10.000", "hari yang sama", lines numbered "1.", "2.", ...).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Literal, Protocol

from desk.domain import imports
from desk.domain.errors import DomainError
from desk.domain.intake import plain_text
from desk.domain.messages import N_, Filled
from desk.domain.records import StandardRecord
from desk.domain.text_id import format_duration, format_fee

ComponentKind = Literal["list", "text", "duration", "fee"]

MAX_LINE = 2000  # one requirement, step, channel or legal basis
MAX_LINES = 100  # lines in one list
MAX_TEXT = 5000  # one management component
MAX_SK = 120
MAX_DAYS = 365
MAX_MINUTES = 1440
MAX_FEE = 1_000_000_000


@dataclass(frozen=True, slots=True)
class Component:
    number: int  # 1..14, PermenPANRB 15/2014 order
    key: str  # the field of StandardRecord / StandardDraft ("duration" covers the three time fields)
    label: str
    public: bool  # one of the six shown to the public
    kind: ComponentKind


COMPONENTS: tuple[Component, ...] = (
    Component(1, "requirements", "Persyaratan", True, "list"),
    Component(2, "steps", "Sistem, mekanisme, dan prosedur", True, "list"),
    Component(3, "duration", "Jangka waktu pelayanan", True, "duration"),
    Component(4, "fee", "Biaya/tarif", True, "fee"),
    Component(5, "product", "Produk pelayanan", True, "text"),
    Component(6, "complaints", "Penanganan pengaduan, saran, dan masukan", True, "list"),
    Component(7, "legal_basis", "Dasar hukum", False, "list"),
    Component(8, "facilities", "Sarana, prasarana, dan/atau fasilitas", False, "text"),
    Component(9, "competence", "Kompetensi pelaksana", False, "text"),
    Component(10, "supervision", "Pengawasan internal", False, "text"),
    Component(11, "staff_count", "Jumlah pelaksana", False, "text"),
    Component(12, "service_assurance", "Jaminan pelayanan", False, "text"),
    Component(13, "safety_assurance", "Jaminan keamanan dan keselamatan pelayanan", False, "text"),
    Component(14, "performance_evaluation", "Evaluasi kinerja pelaksana", False, "text"),
)
PUBLIC_COMPONENTS = tuple(c for c in COMPONENTS if c.public)
MANAGEMENT_COMPONENTS = tuple(c for c in COMPONENTS if not c.public)
COMPONENT_BY_KEY = {c.key: c for c in COMPONENTS}
NOTES_LABEL = "Keterangan"
LIST_KEYS = tuple(c.key for c in COMPONENTS if c.kind == "list")
TEXT_KEYS = tuple(c.key for c in COMPONENTS if c.kind == "text")
PUBLIC_HEADING = "Komponen penyampaian pelayanan"
MANAGEMENT_HEADING = "Komponen pengelolaan pelayanan"

# What the editor and the import call the version's own fields.
FIELD_LABELS: dict[str, str] = {
    "effective_date": "Tanggal berlaku",
    "sk_number": "Nomor SK",
    "forum_id": "Forum Konsultasi Publik",
    "notes": NOTES_LABEL,
    **{c.key: c.label for c in COMPONENTS},
}


class StandardLike(Protocol):
    """What StandardRecord and StandardDraft share: the 14 components and the notes."""

    same_day: bool
    duration_days: int | None
    duration_minutes: int | None
    fee: int
    product: str
    requirements: tuple[str, ...]
    steps: tuple[str, ...]
    complaints: tuple[str, ...]
    legal_basis: tuple[str, ...]
    facilities: str
    competence: str
    supervision: str
    staff_count: str
    service_assurance: str
    safety_assurance: str
    performance_evaluation: str
    notes: str


@dataclass(frozen=True, slots=True)
class StandardDraft:
    """A standard as the admin (or an import file) writes it, before it is stored as a version."""

    effective_date: date | None
    sk_number: str = ""
    forum_id: int | None = None
    same_day: bool = False
    duration_days: int | None = None
    duration_minutes: int | None = None
    fee: int = 0
    product: str = ""
    requirements: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    complaints: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    facilities: str = ""
    competence: str = ""
    supervision: str = ""
    staff_count: str = ""
    service_assurance: str = ""
    safety_assurance: str = ""
    performance_evaluation: str = ""
    notes: str = ""


DRAFT_FIELDS = tuple(f.name for f in fields(StandardDraft))
CONTENT_FIELDS = tuple(name for name in DRAFT_FIELDS if name not in ("effective_date", "sk_number", "forum_id"))


@dataclass(frozen=True, slots=True)
class PublishedStandard:
    """One service's standard as documents print it (and the look-up shows it)."""

    service_code: str
    service_name: str
    unit_code: str
    unit_name: str
    unit_full_name: str
    standard: StandardRecord
    forum_title: str = ""


def draft_of(record: StandardRecord) -> StandardDraft:
    """The draft that would store ``record`` again: the editor starts from it."""
    return StandardDraft(**{name: getattr(record, name) for name in DRAFT_FIELDS})


def same_content(a: StandardLike, b: StandardLike) -> bool:
    """Whether two standards say the same thing (version data such as the SK number aside)."""
    return all(getattr(a, name) == getattr(b, name) for name in CONTENT_FIELDS)


# --- cleaning and validation ---------------------------------------------------------------------


def _clean_text(value: str) -> str:
    """Trim each line and drop blank lines at the ends; inner line breaks are the admin's own."""
    text = plain_text(value, multiline=True).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _clean_lines(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(line for line in (" ".join(plain_text(str(v)).split()) for v in values) if line)


def clean_standard(draft: StandardDraft) -> tuple[StandardDraft, dict[str, str]]:
    """Normalise white space and check every component; returns (cleaned draft, errors by field)."""
    lists = {key: _clean_lines(getattr(draft, key)) for key in LIST_KEYS}
    texts = {key: _clean_text(getattr(draft, key)) for key in (*TEXT_KEYS, "notes")}
    cleaned = replace(draft, sk_number=" ".join(plain_text(draft.sk_number).split()), **lists, **texts)
    if cleaned.same_day:
        cleaned = replace(cleaned, duration_days=None)
    errors: dict[str, str] = {}
    if cleaned.effective_date is None:
        errors["effective_date"] = N_("Tanggal berlaku wajib diisi.")
    if not cleaned.sk_number:
        errors["sk_number"] = N_("Nomor SK penetapan standar wajib diisi.")
    elif len(cleaned.sk_number) > MAX_SK:
        errors["sk_number"] = Filled(N_("Nomor SK terlalu panjang (maksimal {max_sk} huruf)."), max_sk=MAX_SK)
    problem = duration_problem(cleaned.same_day, cleaned.duration_days, cleaned.duration_minutes)
    if problem:
        errors["duration"] = problem
    if not isinstance(cleaned.fee, int) or isinstance(cleaned.fee, bool) or not 0 <= cleaned.fee <= MAX_FEE:
        errors["fee"] = N_("Biaya harus bilangan bulat rupiah, 0 (Gratis) atau lebih.")
    for component in COMPONENTS:
        if component.kind == "list":
            problem = _list_problem(component.label, lists[component.key])
        elif component.kind == "text":
            problem = _text_problem(component.label, texts[component.key], required=True)
        else:
            continue
        if problem:
            errors[component.key] = problem
    problem = _text_problem(NOTES_LABEL, texts["notes"], required=False)
    if problem:
        errors["notes"] = problem
    return cleaned, errors


def duration_problem(same_day: bool, days: int | None, minutes: int | None) -> str | None:
    if minutes is not None and not 1 <= minutes <= MAX_MINUTES:
        return f"Lama layanan dalam menit harus 1 sampai {MAX_MINUTES} menit, atau dikosongkan."
    if same_day:
        return None
    if days is None:
        return "Isi jangka waktu dalam hari kerja, atau pilih selesai di hari yang sama."
    if not 1 <= days <= MAX_DAYS:
        return f"Jangka waktu harus 1 sampai {MAX_DAYS} hari kerja (atau selesai di hari yang sama)."
    if minutes is not None:
        return "Lama layanan dalam menit hanya untuk layanan yang selesai di hari yang sama."
    return None


def _list_problem(label: str, lines: tuple[str, ...]) -> str | None:
    if not lines:
        return f"{label} wajib diisi, paling sedikit satu baris."
    if len(lines) > MAX_LINES:
        return f"{label} paling banyak {MAX_LINES} baris."
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE:
            return f"{label} baris ke-{number} terlalu panjang (maksimal {MAX_LINE} huruf)."
        key = line.casefold()
        if key in seen:
            return f"{label} baris ke-{number} sama dengan baris ke-{seen[key]}."
        seen[key] = number
    return None


def _text_problem(label: str, text: str, *, required: bool) -> str | None:
    if required and not text:
        return f"{label} wajib diisi."
    if len(text) > MAX_TEXT:
        return f"{label} terlalu panjang (maksimal {MAX_TEXT} huruf)."
    return None


# --- reading spreadsheet cells -------------------------------------------------------------------

_NUMBERING = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|[-•*–·])\s+")
_FREE = {"gratis", "tidak dipungut biaya", "gratis / tidak dipungut biaya", "gratis/tidak dipungut biaya", "rp0", "-"}
_SAME_DAY = {"hari yang sama", "hari ini", "sama", "0", "0 hari", "0 hari kerja", "selesai hari yang sama"}
_DAYS = re.compile(r"^(\d{1,4})(?:\s*hari(?:\s*kerja)?)?$")
_MINUTES = re.compile(r"^(\d{1,5})(?:\s*menit)?$")


def split_lines(value: object) -> tuple[str, ...]:
    """A list cell: one item per line; "1." / "a)" / "-" / "•" at the start of a line are dropped."""
    if value is None:
        return ()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _clean_lines(_NUMBERING.sub("", line) for line in text.split("\n"))


def cell_text(value: object) -> str:
    """A cell as a component's text: each line trimmed and single-spaced, line breaks kept."""
    return _clean_text(imports.cell_text(value))


def parse_fee(value: object) -> int:
    """Whole rupiah from a cell: 0, 15000, "Gratis", "Rp15.000", "Rp 15.000,00"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DomainError(N_("Biaya wajib diisi: tulis 0 atau Gratis bila tidak dipungut biaya."), "fee")
    if isinstance(value, bool):
        raise DomainError(N_("Biaya harus berupa angka rupiah atau Gratis."), "fee")
    if isinstance(value, int):
        amount = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise DomainError(N_("Biaya harus bilangan bulat rupiah (tanpa sen)."), "fee")
        amount = int(value)
    else:
        text = " ".join(str(value).split()).casefold()
        if text in _FREE:
            return 0
        text = text.removeprefix("rp").strip().removesuffix(",00").removesuffix(",-")
        if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d+", text):
            raise DomainError(N_("Biaya '{value}' tidak dapat dibaca: tulis angka rupiah (mis. 15000) atau Gratis."),
                              "fee", value=str(value))
        amount = int(text.replace(".", ""))
    if not 0 <= amount <= MAX_FEE:
        raise DomainError(N_("Biaya harus 0 (Gratis) atau lebih, dalam rupiah."), "fee")
    return amount


def parse_days(value: object) -> tuple[bool, int | None]:
    """(same day, working days) from a cell: 3, "3 hari kerja", 0 or "hari yang sama"."""
    if isinstance(value, bool):
        raise DomainError(N_("Jangka waktu tidak dapat dibaca."), "duration")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value) != int(value) or value < 0:
            raise DomainError(N_("Jangka waktu harus bilangan bulat hari kerja (0 = hari yang sama)."), "duration")
        days = int(value)
        return (True, None) if days == 0 else (False, days)
    text = " ".join(str(value or "").split()).casefold()
    if not text:
        raise DomainError(N_("Jangka waktu wajib diisi: jumlah hari kerja, atau 0 untuk hari yang sama."), "duration")
    if text in _SAME_DAY:
        return True, None
    match = _DAYS.match(text)
    if match is None:
        raise DomainError(N_("Jangka waktu '{value}' tidak dapat dibaca: tulis jumlah hari kerja (mis. 3) "
                             "atau 0 untuk hari yang sama."), "duration", value=str(value))
    days = int(match.group(1))
    return (True, None) if days == 0 else (False, days)


def parse_minutes(value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value) != int(value):
            raise DomainError(N_("Lama layanan dalam menit harus bilangan bulat."), "duration")
        return int(value)
    match = _MINUTES.match(" ".join(str(value).split()).casefold())
    if match is None:
        raise DomainError(N_("Lama layanan '{value}' tidak dapat dibaca: tulis jumlah menit (mis. 15)."), "duration",
                          value=str(value))
    return int(match.group(1))


def parse_date(value: object) -> date:
    """A date cell: a real date, "2025-10-29", "29-10-2025" or "29/10/2025" (day first, never month first)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        raise DomainError(N_("Tanggal berlaku wajib diisi."), "effective_date")
    for pattern in (r"(\d{4})-(\d{1,2})-(\d{1,2})", r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"):
        match = re.fullmatch(pattern, text)
        if match:
            parts = [int(p) for p in match.groups()]
            year, month, day = parts if len(match.group(1)) == 4 else parts[::-1]
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise DomainError(N_("Tanggal '{text}' tidak dapat dibaca: tulis seperti 29-10-2025."), "effective_date",
                      text=text)


# --- lines of a component: for the diff, the search and the documents ----------------------------


def _clauses(text: str) -> tuple[str, ...]:
    """A text component as lines: its own line breaks, and "; " between clauses (how SKs list items)."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(part.strip() for part in line.split("; ") if part.strip())
    return tuple(out)


def component_lines(std: StandardLike, key: str) -> tuple[str, ...]:
    """The lines of one component (or "notes") as a reader sees them."""
    if key == "duration":
        return (format_duration(std.same_day, std.duration_days, std.duration_minutes),)
    if key == "fee":
        return (format_fee(std.fee),)
    value = getattr(std, key)
    if isinstance(value, tuple):
        return value
    return _clauses(value)


# --- finding words in text -----------------------------------------------------------------------

# Words are separated by spaces (and commas or semicolons); any other mark belongs to the word it
# is in, so "ak/1" is one word, not "ak" and "1" (which are found in nearly every standard).
_SEPARATORS = re.compile(r"[\s,;]+")
_EDGE_MARKS = re.compile(r"^\W+|\W+$")
_MARKS = re.compile(r"[^\w]+")
# Between two letters of a typed word the text may hold marks: "ak1" finds "AK-1" and "AK/1".
_BETWEEN = r"[^\w\s]*"


def fold(text: str) -> str:
    """Lower case without accents, one character for one: positions in the result match the input."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1] or char
        low = base.lower()
        out.append(low if len(low) == 1 else char)
    return "".join(out)


def search_words(typed: str) -> tuple[str, ...]:
    """The words of a look-up, folded and without their marks, longest first (so highlighting prefers
    the longer match): "Kartu AK/1" gives ("kartu", "ak1")."""
    words = {_MARKS.sub("", _EDGE_MARKS.sub("", fold(token))) for token in _SEPARATORS.split(typed)}
    words.discard("")
    return tuple(sorted(words, key=lambda w: (-len(w), w)))[:8]


@lru_cache(maxsize=256)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(_BETWEEN.join(re.escape(char) for char in word))


def contains_all(text: str, words: Iterable[str]) -> bool:
    """Whether every word of a look-up (search_words) is somewhere in ``text``, as part of a longer word too."""
    folded = fold(text)
    return all(_word_pattern(word).search(folded) for word in words)


def match_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of ``words`` occurs in ``text``: sorted, non-overlapping (start, end) pairs."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        spans.extend(m.span() for m in _word_pattern(word).finditer(folded) if m.end() > m.start())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- other names of a service --------------------------------------------------------------------

MAX_ALIAS = 60
MAX_ALIASES = 20
ALIASES_LABEL = "Nama lain"


def split_aliases(text: str) -> tuple[str, ...]:
    """The aliases typed in one field, separated by commas or semicolons."""
    return tuple(part for part in re.split(r"[,;\n]", text))


def clean_aliases(aliases: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """The aliases as stored (single spaces, no empty ones, each once whatever its case) and the
    problem with them, "" when none."""
    cleaned: list[str] = []
    seen: set[str] = set()
    for alias in aliases:
        text = " ".join(plain_text(alias).split())
        key = fold(text)
        if not text or key in seen:
            continue
        if len(text) > MAX_ALIAS:
            return tuple(cleaned), f"Nama lain \"{text[:20]}…\" terlalu panjang (paling banyak {MAX_ALIAS} huruf)."
        seen.add(key)
        cleaned.append(text)
    if len(cleaned) > MAX_ALIASES:
        return tuple(cleaned[:MAX_ALIASES]), f"Paling banyak {MAX_ALIASES} nama lain untuk satu layanan."
    return tuple(cleaned), ""
