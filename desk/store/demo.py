"""Realistic synthetic requests for demonstrations, training and the benchmarks.

`add_demo_requests(db, n)` fills the register with `n` requests spread over the
past years in the order they would have arrived: visitors with structurally
valid NIKs from Balangan's kecamatan, Indonesian names, Balangan addresses,
mobile numbers and organisations; every unit and service; statuses with their
events and reasons; reference numbers gapless per unit and year, continued from
(and written back to) `ref_counters`.

Speed: a million requests must load in minutes, so rows are built as plain
tuples and written with the driver's own bulk path (sqlite3 `executemany`,
PostgreSQL `COPY`) in transactions of `chunk` requests. The search index is
filled per chunk with one INSERT ... SELECT instead of one trigger call per
row: the insert trigger is dropped and re-created inside the same transaction,
so no other writer ever sees the table without it; the recaps' counts per office day
are added the same way (desk.store.recap_days). That statement (a third of
the time) runs in a writer thread without the GIL while the next chunk is
generated, and the generation draws its choices directly from `random()`
(profiled: `random.choice`/`randint` cost more than the rest of it). Small
counts take the same path.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk.domain.nik import make_nik
from desk.domain.refnumber import format_reference
from desk.domain.status import CANCELLED, DONE, IN_PROCESS, RECEIVED, REJECTED
from desk.domain.workdays import WorkCalendar
from desk.store import access, audit, recap_days
from desk.store.access import Actor
from desk.store.calendar import work_calendar
from desk.store.database import Database
from desk.store.models import (
    OfficeProfileRow,
    RefCounter,
    Region,
    Service,
    ServiceRequest,
    StandardItem,
    StandardVersion,
    Unit,
    User,
    Visitor,
)
from desk.store.row_triggers import restore_row_trigger, suspend_row_trigger

DEFAULT_CHUNK = 50_000
LOAD_CACHE_KIB = 256 * 1024  # SQLite page cache while loading (see _Writer.large_cache)
OPEN_HOUR, CLOSE_HOUR = 8, 15  # counter hours, local time: 08.00–15.59
DEMO_OFFICERS = ("Rahmat Hidayat", "Siti Nurhaliza", "Muhammad Rizky Ramadhan", "Noor Aisyah")

# --- what people look like ------------------------------------------------------------------
# Names common in Kalimantan Selatan (Banjar) and across Indonesia.
MALE_NAMES = (
    "Muhammad", "Ahmad", "Abdul", "Rahmat", "Budi", "Agus", "Andi", "Fajar", "Hendra", "Irfan", "Joko", "Rudi",
    "Syahrani", "Rizky", "Rusdi", "Fahrul", "Gusti", "Hairul", "Ilham", "Jumadi", "Khairil", "Lukman", "Mahyuni",
    "Norhadi", "Saprudin", "Taufik", "Wahyu", "Yusuf", "Zainal", "Arif", "Bambang", "Darmawan", "Eko", "Ferry",
    "Hamdani", "Iwan", "Kurniawan", "Mulyadi", "Nanang", "Rahmadi", "Sugianto", "Aditya", "Fauzan", "Husin",
)
FEMALE_NAMES = (
    "Siti", "Noor", "Nur", "Aulia", "Rusmini", "Fitriani", "Mahmudah", "Norhayati", "Jumiati", "Rahmah", "Dewi",
    "Sri", "Wulan", "Lestari", "Putri", "Ratna", "Rina", "Yuliana", "Hj. Masliani", "Aminah", "Salmah", "Halimah",
    "Nurul", "Rabiatul", "Saudah", "Zubaidah", "Khadijah", "Maulida", "Raudah", "Fatimah", "Annisa", "Ayu", "Eka",
    "Indah", "Lina", "Mega", "Novita", "Rosita", "Santi", "Tuti", "Umi", "Winda", "Yanti", "Zahra",
)
SECOND_NAMES = (
    "Hidayat", "Santoso", "Rahman", "Hasan", "Ramadhan", "Saputra", "Wijaya", "Kartika", "Aminah", "Hidayah",
    "Fauzi", "Anwar", "Yani", "Rosyid", "Ansyari", "Mubarak", "Syarifuddin", "Maulana", "Firdaus", "Sari",
    "Rahmawati", "Pratama", "Nugroho", "Setiawan", "Lestari", "Hakim", "Arsyad", "Baihaqi", "Zakaria", "Jaya",
    "Mahmud", "Rasyid", "Nor", "Irawan", "Susanti", "Handayani", "Purnama", "Kurnia", "Wahyuni", "Hairani",
    "Rizal", "Effendi", "Husaini", "Salim", "Basuki", "Hamidah", "Nurdin", "Sulaiman", "Iskandar", "Ismail",
)
STREETS = (
    "Jl. A. Yani", "Jl. Jend. Sudirman", "Jl. Pangeran Antasari", "Jl. Mampari", "Jl. Batumandi Raya",
    "Jl. Merdeka", "Jl. Pahlawan", "Jl. Tugu Obor", "Jl. Basuki Rahmat", "Jl. Rakyat", "Jl. Tembus Paringin",
    "Jl. Desa", "Gg. Mawar", "Gg. Melati", "Gg. Sepakat", "Jl. Pramuka", "Jl. Veteran", "Jl. Batu Piring",
)
# Kabupaten around Balangan (region code for the NIK, name for the address).
NEIGHBOURS = (
    ("630901", "Tanjung, Kab. Tabalong"), ("630801", "Barabai, Kab. Hulu Sungai Tengah"),
    ("630701", "Amuntai, Kab. Hulu Sungai Utara"), ("637101", "Banjarmasin Selatan, Kota Banjarmasin"),
    ("630601", "Kandangan, Kab. Hulu Sungai Selatan"),
)
ORG_FORMS = {
    "koperasi": ("Koperasi Produsen", "Koperasi Konsumen", "KSP", "Koperasi Serba Usaha", "Koperasi Tani"),
    "umkm": ("UMKM", "Usaha Mikro", "Kerajinan", "Warung", "Toko"),
    "perusahaan": ("CV", "PT", "UD", "PT", "CV"),
}
ORG_KINDS = ("koperasi", "umkm", "umkm", "perusahaan")
ORG_WORDS = (
    "Sanggam", "Jaya", "Makmur", "Berkah", "Sejahtera", "Balangan", "Mandiri", "Bersama", "Amanah", "Barokah",
    "Maju", "Sumber Rezeki", "Karya", "Harapan", "Batumandi", "Paringin", "Juai", "Halong", "Awayan", "Lampihong",
    "Sawit", "Karet", "Purun", "Amplang", "Anyaman", "Dodol", "Tenun Sasirangan", "Madu Kelulut", "Tani", "Nelayan",
)
NOTES = (
    "", "", "", "", "", "", "", "", "Pemohon minta dihubungi lewat WhatsApp bila selesai.",
    "Berkas asli diperlihatkan, fotokopi disimpan.", "Diantar keluarga.", "Datang bersama perangkat desa.",
    "Surat pengantar desa menyusul.", "Pemohon disabilitas, dilayani di meja prioritas.",
)
REJECT_REASONS = (
    "Persyaratan tidak lengkap sampai batas waktu kelengkapan berkas.",
    "Dokumen tidak sesuai dengan persyaratan standar pelayanan.",
    "Data pada berkas tidak sesuai dengan KTP pemohon.",
    "Usaha berada di luar wilayah Kabupaten Balangan.",
)
CANCEL_REASONS = (
    "Dibatalkan atas permintaan pemohon.",
    "Pemohon salah memilih layanan; didaftarkan ulang pada layanan yang benar.",
    "Pemohon tidak kembali melengkapi berkas.",
    "Permohonan ganda: sudah tercatat dengan nomor lain.",
)
CHANNELS = ("datang_langsung",) * 14 + ("whatsapp",) * 3 + ("telepon",) * 2 + ("surat",)
PHONE_PREFIXES = (
    "811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "856", "857", "858", "817",
    "818", "819", "859", "877", "878", "831", "838", "895", "896", "897", "881", "882", "887",
)
# How often each service is asked for, by service code (others weigh 1): job-seeker cards (AK/I)
# and training sign-ups dominate, cooperative and halal services are rarer.
SERVICE_WEIGHTS = {"P1": 30, "P2": 6, "P3": 4, "P4": 4, "B1": 12, "B2": 4, "U1": 8, "U2": 5, "K1": 3}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    requests: int
    visitors: int
    first_id: int | None
    last_id: int | None
    seconds: float


@dataclass(frozen=True, slots=True)
class _Version:
    id: int
    effective: date
    days: int  # working days to the due date; 0 = same day
    requirements: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Service:
    id: int
    unit_id: int
    unit_code: str
    code: str
    versions: tuple[_Version, ...]  # newest effective first

    def version_on(self, day: date) -> _Version:
        # As catalog.current_version: the newest already in force, else the first one.
        for version in self.versions:
            if version.effective <= day:
                return version
        return self.versions[-1]


class _Writer:
    """Writes rows with the driver's bulk path; values are already in the database's text form."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name
        self.raw: Any = session.connection().connection.driver_connection

    @contextmanager
    def large_cache(self) -> Iterator[None]:
        """SQLite: a page cache the size of the hot index pages for this transaction.

        With SQLite's default 2 MB, the eight indexes of service_requests and the search index
        outgrow the cache past ~100k requests and each chunk re-reads its pages from the OS
        (profiled at 200k: the inserts of a chunk took 2.9 s for the first, 5.0 s for the fourth;
        with this cache 3.0 s each, and the search-index statement 2.5 s each instead of 2.0–3.7 s).
        The connection gets its own size back before it returns to the pool.
        """
        if self.dialect != "sqlite":
            yield
            return
        (before,) = self.raw.execute("PRAGMA cache_size").fetchone()
        self.raw.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        try:
            yield
        finally:
            self.raw.execute(f"PRAGMA cache_size = {int(before)}")

    def rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        names = ", ".join(columns)
        if self.dialect == "postgresql":
            with self.raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        elif self.dialect == "sqlite":
            marks = ", ".join("?" * len(columns))
            self.raw.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        else:  # any other database: SQLAlchemy's own executemany
            from sqlalchemy import column, insert
            from sqlalchemy import table as table_

            target = table_(table, *(column(c) for c in columns))
            self.session.execute(insert(target), [dict(zip(columns, row, strict=True)) for row in rows])


# --- time: counter hours on working days, in the office time zone -----------------------------


class _Clock:
    """Maps a position in [0, 1) to a moment in counter hours on the working days of a period."""

    def __init__(self, calendar: WorkCalendar, first: date, last: date, tz: str, now: datetime) -> None:
        self.days = [first + timedelta(d) for d in range((last - first).days + 1)]
        self.days = [d for d in self.days if calendar.is_working_day(d)] or [last]
        zone = ZoneInfo(tz)
        # Midnight local time of each day, as naive UTC (Indonesian zones keep no summer time,
        # but the offset is taken per day all the same).
        self.midnight_utc = [
            datetime(d.year, d.month, d.day, tzinfo=zone).astimezone(UTC).replace(tzinfo=None) for d in self.days
        ]
        self.open_seconds = (CLOSE_HOUR - OPEN_HOUR + 1) * 3600
        self.now = now

    def at(self, position: float) -> tuple[int, datetime]:
        """(index of the working day, naive UTC moment) for `position` in [0, 1)."""
        span = position * len(self.days)
        index = min(int(span), len(self.days) - 1)
        seconds = OPEN_HOUR * 3600 + int((span - index) * self.open_seconds)
        return index, self.midnight_utc[index] + timedelta(seconds=seconds)


def _sqlite_datetime(value: datetime | None) -> str | None:
    # The text SQLAlchemy's SQLite DateTime type writes and reads back.
    return None if value is None else value.isoformat(" ", "microseconds")  # strftime is 4× slower


def _sqlite_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# --- people ------------------------------------------------------------------------------------


class _People:
    """New visitors: valid NIK, name matching the NIK's sex, phone, address, sometimes an organisation.

    Hot: one call per new visitor (two thirds of a million for 1M requests). Choices are drawn as
    `seq[int(random() * len(seq))]`, which is what `random.choice` computes with several layers of
    Python on top; the draws stay uniform and the same seed gives the same people.
    """

    def __init__(self, rng: random.Random, kecamatan: list[tuple[str, str]], desa: dict[str, list[tuple[str, str]]],
                 taken_niks: set[str]) -> None:
        self.rng = rng
        self.kecamatan = kecamatan
        self.desa = desa
        self.taken = taken_niks
        # The NIK's region code of each kecamatan, and its desa, looked up once instead of per visitor.
        self.places = [(code, code.replace(".", ""), name, desa[code]) for code, name in kecamatan]

    def name(self, sex: str) -> str:
        r = self.rng.random
        names = FEMALE_NAMES if sex == "P" else MALE_NAMES
        first = names[int(r() * len(names))]
        second = SECOND_NAMES[int(r() * len(SECOND_NAMES))]
        if r() < 0.25:
            return f"{first} {second} {SECOND_NAMES[int(r() * len(SECOND_NAMES))]}"
        return f"{first} {second}"

    def nik(self, region: str, birth: date, sex: str) -> str:
        r = self.rng.random
        for _ in range(50):
            nik = make_nik(region, birth, sex, 1 + int(r() * 9999))
            if nik not in self.taken:
                self.taken.add(nik)
                return nik
        raise RuntimeError("no free NIK serial")  # 50 misses in 9999 serials: practically impossible

    def phone(self) -> str:
        r = self.rng.random
        return f"+62{PHONE_PREFIXES[int(r() * len(PHONE_PREFIXES))]}{1000_0000 + int(r() * 9000_0000)}"

    def organisation(self, kind: str) -> str:
        rng = self.rng
        words = rng.sample(ORG_WORDS, 2 if rng.random() < 0.6 else 1)
        return f"{rng.choice(ORG_FORMS[kind])} {' '.join(words)}"

    def visitor(self, visitor_id: int, business: bool, when: date) -> tuple[Any, ...]:
        """(id, nik, name, sex, birth_date, phone, address, kecamatan, desa, region_text, org, org_kind)."""
        r = self.rng.random
        sex = "P" if r() < 0.48 else "L"
        birth = when - timedelta(days=18 * 365 + int(r() * (44 * 365 + 1)))  # 18 to 62 years old
        street = f"{STREETS[int(r() * len(STREETS))]} RT {1 + int(r() * 12):02d}"
        if r() < 0.94:
            kec_code, region, kec_name, villages = self.places[int(r() * len(self.places))]
            desa_code, desa_name = villages[int(r() * len(villages))]
            address, region_text = f"{street}, Desa {desa_name}, Kec. {kec_name}", ""
            kec: str | None = kec_code
            desa: str | None = desa_code
        else:  # from a neighbouring kabupaten
            region, place = NEIGHBOURS[int(r() * len(NEIGHBOURS))]
            address, region_text, kec, desa = f"{street}, {place}", place, None, None
        nik = self.nik(region, birth, sex) if r() < 0.93 else None
        phone = self.phone() if r() < 0.88 else None
        org, kind = "", ""
        if r() < (0.55 if business else 0.06):
            kind = ORG_KINDS[int(r() * len(ORG_KINDS))]
            org = self.organisation(kind)
        return (visitor_id, nik, self.name(sex), sex, birth, phone, address, kec, desa, region_text, org, kind)


# --- the generator -----------------------------------------------------------------------------


@dataclass
class _Context:
    services: list[_Service]
    service_pick: list[_Service]  # weighted, indexed by int(random * len)
    pattern: str
    office: str
    calendar: WorkCalendar
    officers: list[int]
    counters: dict[tuple[int, int], int]
    next_request_id: int
    next_visitor_id: int
    returning: list[tuple[int, bool]]  # (visitor id, has an organisation)


def add_demo_requests(
    db: Database,
    count: int,
    *,
    seed: int = 1,
    years: float = 3.0,
    end: datetime | None = None,
    chunk: int = DEFAULT_CHUNK,
    actor: Actor | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add `count` synthetic requests received over the `years` before `end` (default: now).

    Deterministic for a given seed and database state. Each chunk is one transaction
    with its ref_counters update and one audit entry, so an interrupted run leaves whole
    chunks with gapless numbers behind.
    """
    if count < 0:
        raise ValueError("count must be >= 0")
    started = time.perf_counter()
    rng = random.Random(seed)
    end = (end or datetime.now(UTC)).astimezone(UTC)
    with db.write(actor) as session:
        access.require(session, access.IMPORT)
        ctx, people, clock, today = _prepare(session, rng, end, years, db.is_sqlite)
    first_id = ctx.next_request_id if count else None
    sizes = [min(chunk, count - start) for start in range(0, count, chunk)]
    done = visitors = 0
    # Generating a chunk (Python) overlaps with the previous chunk's search-index statement (one
    # long SQLite step that runs without the GIL): the writer thread says when its rows are in,
    # and the next chunk is generated while it indexes and commits. Only this thread draws from
    # `rng`, chunk after chunk, so the same seed still gives the same data.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-writer") as writer:
        writing: Future[None] | None = None
        for size in sizes:
            batch = _generate_chunk(ctx, people, clock, today, rng, done, size, count, db.is_sqlite)
            if writing is not None:
                writing.result()
            rows_in = threading.Event()
            writing = writer.submit(_write_in_transaction, db, actor, batch, rows_in)
            rows_in.wait()  # the writer's inserts need the GIL: nothing else runs meanwhile
            done += size
            visitors += len(batch.visitors)
            if progress is not None:
                progress(done, count)
        if writing is not None:
            writing.result()
    last_id = ctx.next_request_id - 1 if count else None
    return DemoSummary(count, visitors, first_id, last_id, time.perf_counter() - started)


def _prepare(
    session: Session, rng: random.Random, end: datetime, years: float, sqlite: bool
) -> tuple[_Context, _People, _Clock, date]:
    office = session.get(OfficeProfileRow, 1)
    if office is None:
        raise RuntimeError("the database has no office profile: open it with open_database() first")
    zone = ZoneInfo(office.timezone)
    today = end.astimezone(zone).date()
    first = today - timedelta(days=round(365.25 * years))
    last = today - timedelta(days=1)  # up to yesterday: no request received later today than now
    calendar = work_calendar(session)

    services = _services(session)
    pick: list[_Service] = []
    for service in services:
        pick.extend([service] * SERVICE_WEIGHTS.get(service.code, 1))

    officers = list(session.scalars(select(User.id).where(User.active.is_(True), User.role == access.OFFICER)))
    if not officers:
        officers = [demo_officer(session, name) for name in DEMO_OFFICERS]

    kecamatan = [(c, n) for c, n in session.execute(
        select(Region.code, Region.name).where(Region.level == "kecamatan").order_by(Region.code))]
    desa: dict[str, list[tuple[str, str]]] = {code: [] for code, _ in kecamatan}
    for code, parent, name in session.execute(select(Region.code, Region.parent_code, Region.name)
                                              .where(Region.level != "kecamatan").order_by(Region.code)):
        desa.setdefault(parent or "", []).append((code, name))
    kecamatan = [k for k in kecamatan if desa.get(k[0])] or [("63.11.04", "Batumandi")]
    desa.setdefault("63.11.04", [("63.11.04.2008", "Mampari")])
    taken = set(session.scalars(select(Visitor.nik).where(Visitor.nik.is_not(None))))

    counters = {(u, y): s for u, y, s in session.execute(select(RefCounter.unit_id, RefCounter.year, RefCounter.last_seq))}
    ctx = _Context(
        services=services, service_pick=pick, pattern=office.ref_pattern, office=office.short_name,
        calendar=calendar, officers=officers, counters=counters,
        next_request_id=(session.scalar(select(func.max(ServiceRequest.id))) or 0) + 1,
        next_visitor_id=(session.scalar(select(func.max(Visitor.id))) or 0) + 1,
        returning=[],
    )
    people = _People(rng, kecamatan, desa, taken)
    return ctx, people, _Clock(calendar, first, last, office.timezone, end.replace(tzinfo=None)), today


def demo_officer(session: Session, full_name: str) -> int:
    """An officer of the demo office, without a password (so screenshots and benchmarks may skip the login)."""
    user = User(username=".".join(full_name.lower().split())[:60], full_name=full_name, role=access.OFFICER)
    session.add(user)
    session.flush()
    audit.record(session, "user.create", "user", user.id,
                 {"username": user.username, "full_name": full_name, "role": access.OFFICER})
    return user.id


def _services(session: Session) -> list[_Service]:
    units = {u.id: u.code for u in session.scalars(select(Unit))}
    requirements: dict[int, list[str]] = {}
    for version_id, text_ in session.execute(
        select(StandardItem.version_id, StandardItem.text)
        .where(StandardItem.kind == "requirement").order_by(StandardItem.version_id, StandardItem.position)
    ):
        requirements.setdefault(version_id, []).append(text_)
    versions: dict[int, list[_Version]] = {}
    for v in session.scalars(select(StandardVersion).order_by(
            StandardVersion.effective_date.desc(), StandardVersion.version_no.desc())):
        days = 0 if v.same_day else (v.duration_days or 0)
        versions.setdefault(v.service_id, []).append(
            _Version(v.id, v.effective_date, days, tuple(requirements.get(v.id, ()))))
    services = [
        _Service(s.id, s.unit_id, units[s.unit_id], s.code, tuple(versions[s.id]))
        for s in session.scalars(select(Service).where(Service.active.is_(True)).order_by(Service.sort, Service.id))
        if s.id in versions
    ]
    if not services:
        raise RuntimeError("no active service with a standard: seed the database first")
    return services


@dataclass
class _Chunk:
    first_id: int
    last_id: int
    visitors: list[tuple[Any, ...]]
    requests: list[tuple[Any, ...]]
    documents: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]
    touched: dict[tuple[int, int], int]  # the last sequence number used per (unit, year)


def _generate_chunk(
    ctx: _Context, people: _People, clock: _Clock, today: date, rng: random.Random, done: int, size: int,
    count: int, sqlite: bool,
) -> _Chunk:
    """The rows of requests done+1..done+size of `count`, in the database's text form."""
    # Strictly increasing in time over the whole run.
    positions = ((done + i + rng.random()) / count for i in range(size))
    dt = _sqlite_datetime if sqlite else (lambda v: v)
    dd = _sqlite_date if sqlite else (lambda v: v)
    yes, no = (1, 0) if sqlite else (True, False)
    visitors: list[tuple[Any, ...]] = []
    requests: list[tuple[Any, ...]] = []
    documents: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    due_cache: dict[tuple[int, int], date] = {}
    first_id = ctx.next_request_id
    touched: dict[tuple[int, int], int] = {}
    pick = ctx.service_pick
    officers = ctx.officers
    returning = ctx.returning
    r = rng.random
    for position in positions:
        day_index, received = clock.at(position)
        day = clock.days[day_index]
        service = pick[int(r() * len(pick))]
        version = service.version_on(day)
        business = service.unit_code in ("UKM", "KOP")
        at_received = dt(received)
        # A third of the visitors are returning ones (a later service, another family member's errand).
        if returning and r() < 0.33:
            visitor_id, _ = returning[int(r() * len(returning))]
        else:
            visitor_id = ctx.next_visitor_id
            ctx.next_visitor_id += 1
            row = people.visitor(visitor_id, business, day)
            visitors.append((*row[:4], dd(row[4]), *row[5:], at_received))
            returning.append((visitor_id, bool(row[10])))

        key = (service.unit_id, day.year)
        seq = ctx.counters.get(key, 0) + 1
        ctx.counters[key] = touched[key] = seq
        ref = format_reference(ctx.pattern, seq, service.unit_code, ctx.office, day)
        due_key = (day_index, version.days)
        due = due_cache.get(due_key)
        if due is None:
            due = due_cache[due_key] = ctx.calendar.add_working_days(day, version.days)
        officer = officers[int(r() * len(officers))]
        request_id = ctx.next_request_id
        ctx.next_request_id += 1

        status, closed, trail = _story(rng, received, version.days, due, today, clock.now)
        ticks = len(version.requirements)
        if ticks and r() < 0.18:
            ticks -= 1 if ticks == 1 or r() < 0.5 else 2  # the last papers are still missing
        documents += [(request_id, number, requirement, yes if number <= ticks else no)
                      for number, requirement in enumerate(version.requirements, start=1)]
        events.append((request_id, at_received, officer, "status", None, RECEIVED, ""))
        for at, from_status, to_status, reason in trail:
            events.append((request_id, dt(at), officer, "status", from_status, to_status, reason))
        notes = NOTES[int(r() * len(NOTES))]
        channel = CHANNELS[int(r() * len(CHANNELS))]
        requests.append((
            request_id, ref, service.unit_id, day.year, seq, service.id, version.id, visitor_id, at_received,
            dd(day), officer, dd(due), status, channel, notes, dt(closed),
        ))

    return _Chunk(first_id, ctx.next_request_id - 1, visitors, requests, documents, events, touched)


def _write_in_transaction(db: Database, actor: Actor | None, chunk: _Chunk, rows_in: threading.Event) -> None:
    """One chunk, one transaction (in the writer thread); `rows_in` is set once the rows are inserted."""
    try:
        with db.write(actor) as session:
            access.require(session, access.IMPORT)
            _write_chunk(session, chunk, rows_in)
    finally:
        rows_in.set()


def _write_chunk(session: Session, chunk: _Chunk, rows_in: threading.Event) -> None:
    writer = _Writer(session)
    with writer.large_cache():
        _insert_chunk(session, writer, chunk, rows_in)


def _insert_chunk(session: Session, writer: _Writer, chunk: _Chunk, rows_in: threading.Event) -> None:
    trigger = _suspend_search_trigger(session)
    counting = recap_days.suspend_trigger(session)
    writer.rows("visitors", (
        "id", "nik", "name", "sex", "birth_date", "phone", "address", "kecamatan_code", "desa_code",
        "region_text", "organisation", "organisation_kind", "created_at"), chunk.visitors)
    writer.rows("service_requests", (
        "id", "ref_number", "unit_id", "year", "seq", "service_id", "standard_version_id", "visitor_id",
        "received_at", "received_on", "received_by", "due_date", "status", "channel", "notes", "closed_at"),
        chunk.requests)
    writer.rows("request_documents", ("request_id", "position", "text", "received"), chunk.documents)
    writer.rows("request_events", ("request_id", "at", "user_id", "kind", "from_status", "to_status", "reason"),
                chunk.events)
    rows_in.set()
    _fill_search_index(session, trigger, chunk.first_id, chunk.last_id)
    recap_days.add_requests(session, counting, chunk.first_id, chunk.last_id)
    _save_counters(session, chunk.touched)
    if session.get_bind().dialect.name != "sqlite":
        _advance_sequences(session)
    audit.record(session, "data.import", "demo", f"{chunk.first_id}-{chunk.last_id}",
                 {"demo": True, "requests": len(chunk.requests), "visitors": len(chunk.visitors)})


def _story(
    rng: random.Random, received: datetime, days: int, due: date, today: date, now: datetime
) -> tuple[str, datetime | None, list[tuple[datetime, str, str, str]]]:
    """Status, closing moment and the status events after "diterima" for one request (naive UTC)."""
    ends = datetime(due.year, due.month, due.day, 7, 0)  # the afternoon of the due date (15.00 WITA)
    r = rng.random
    final_by = ends if days else received + timedelta(minutes=10 + int(r() * 111))
    pending = final_by.date() >= today or r() < 0.015  # not yet due, or left open (overdue)
    roll = r()
    if pending:
        if days and r() < 0.6:
            at = received + timedelta(hours=1 + int(r() * 20))
            return IN_PROCESS, None, [(at, RECEIVED, IN_PROCESS, "")]
        return RECEIVED, None, []
    if roll < 0.04:
        at = received + (final_by - received) * r()
        return REJECTED, at, [(at, RECEIVED, REJECTED, REJECT_REASONS[int(r() * len(REJECT_REASONS))])]
    if roll < 0.07:
        at = received + (final_by - received) * r()
        return CANCELLED, at, [(at, RECEIVED, CANCELLED, CANCEL_REASONS[int(r() * len(CANCEL_REASONS))])]
    if not days:
        return DONE, final_by, [(final_by, RECEIVED, DONE, "")]
    started = received + timedelta(hours=1 + int(r() * 20))
    done = started + (ends - started) * (0.3 + 0.7 * r())
    if r() < 0.05:  # a few finish late
        done = min(ends + timedelta(days=1 + int(r() * 5)), now)
    return DONE, done, [(started, RECEIVED, IN_PROCESS, ""), (done, IN_PROCESS, DONE, "")]


def _save_counters(session: Session, touched: dict[tuple[int, int], int]) -> None:
    for (unit_id, year), last in touched.items():
        row = session.get(RefCounter, (unit_id, year), with_for_update=True)
        if row is None:
            session.add(RefCounter(unit_id=unit_id, year=year, last_seq=last))
        else:
            row.last_seq = last
    session.flush()


def _advance_sequences(session: Session) -> None:
    # COPY with explicit ids leaves the serial sequences behind; move them past the new rows.
    for table in ("visitors", "service_requests"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
        ))


# --- the search index in bulk ------------------------------------------------------------------

_SQLITE_ROW_TRIGGER = "request_fts_ai"
_PG_ROW_TRIGGER = "request_search_ai"
_NEW_ID = re.compile(r"\bWHERE\s+r\.id\s*=\s*NEW\.id\s*;?\s*$", re.IGNORECASE)


def _suspend_search_trigger(session: Session) -> str | None:
    """Stop the per-row search-index trigger for this transaction's inserts; what to give back to
    `_fill_search_index`, or None when the schema does not look as expected (the trigger then
    simply fires per row).

    SQLite: the insert trigger's own statement (read from the schema, so it follows any later
    migration) is run once over the id range by `_fill_search_index`, with the trigger dropped for
    the inserts and re-created before the transaction commits, so no other writer ever sees the
    table without it. PostgreSQL: the row trigger is disabled and the refresh function of
    migration 0401 is called over the range.
    """
    return suspend_row_trigger(session, _SQLITE_ROW_TRIGGER, _PG_ROW_TRIGGER,
                               usable=lambda create: _trigger_body(create) is not None)


def _fill_search_index(session: Session, suspended: str | None, first_id: int, last_id: int) -> None:
    """Index requests first_id..last_id with one statement and put the row trigger back."""
    if suspended is None:
        return
    if session.get_bind().dialect.name == "sqlite":
        body = _trigger_body(suspended)
        assert body is not None
        if last_id >= first_id:
            session.execute(text(body + " WHERE r.id BETWEEN :first AND :last"), {"first": first_id, "last": last_id})
    elif last_id >= first_id:
        session.execute(text(
            "SELECT desk_request_search_refresh(ARRAY(SELECT generate_series(CAST(:first AS integer), "
            "CAST(:last AS integer))))"), {"first": first_id, "last": last_id})
    restore_row_trigger(session, suspended)


def _trigger_body(create_sql: str) -> str | None:
    """The trigger's INSERT ... SELECT without its `WHERE r.id = NEW.id`, or None if it has another shape."""
    match = re.search(r"\bBEGIN\b(.*)\bEND\s*$", create_sql, re.IGNORECASE | re.DOTALL)
    if match is None:
        return None
    statement = match.group(1).strip()
    if ";" in statement.rstrip(";") or not _NEW_ID.search(statement) or "NEW." in _NEW_ID.sub("", statement):
        return None
    return _NEW_ID.sub("", statement).rstrip()
