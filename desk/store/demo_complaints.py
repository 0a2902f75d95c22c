"""Realistic synthetic complaints for demonstrations and training (`desk demo-data --complaints N`).

The same seed gives the same complaints. They arrive in order over the past years, through the
channels an office actually sees (mostly walk-ins and WhatsApp, some letters, LAPOR! with its
Tracking ID, the suggestion box, anonymous now and then), about the office's own services and
sometimes about a request of the register; each is moved through its flow by the same store
functions the screens use, with the office's working days between the steps, most on time and
some late; the recent ones are still open. Numbers are gapless per year, as for real ones.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.complaints import ComplaintDraft, ComplaintStatus
from desk.domain.office_time import local_midnight_utc
from desk.domain.workdays import WorkCalendar
from desk.store import access
from desk.store.access import Actor
from desk.store.calendar import work_calendar
from desk.store.catalog import list_services, list_units
from desk.store.complaints import apply_step, create_complaint
from desk.store.database import Database
from desk.store.demo import (
    DEMO_OFFICERS,
    FEMALE_NAMES,
    MALE_NAMES,
    PHONE_PREFIXES,
    SECOND_NAMES,
    STREETS,
    demo_officer,
)
from desk.store.models import ServiceRequest, User
from desk.store.office import office_clock
from desk.store.work import Work

S = ComplaintStatus
CHUNK = 200  # complaints per transaction

# (kind, subject, text, service code or "") — what people bring to a DKUKMTK counter.
TOPICS: tuple[tuple[str, str, str, str], ...] = (
    ("pengaduan", "Kartu AK/I belum selesai", "Saya mendaftar Kartu AK/I lebih dari seminggu lalu dan sampai "
     "sekarang kartunya belum dapat diambil, padahal dijanjikan selesai dalam satu hari kerja.", "P1"),
    ("pengaduan", "Petugas loket tidak ada di tempat", "Saya datang pukul 10.00 dan menunggu hampir satu jam, "
     "tetapi petugas loket tidak ada di tempat dan tidak ada pemberitahuan.", ""),
    ("pengaduan", "Antrean terlalu lama", "Antrean di loket sangat panjang, nomor antrean tidak dipanggil "
     "berurutan dan tidak ada kursi untuk lansia.", ""),
    ("pengaduan", "Persyaratan berbeda dengan yang diumumkan", "Petugas meminta surat keterangan desa, padahal "
     "di papan informasi persyaratan itu tidak tercantum.", "P1"),
    ("pengaduan", "Diminta biaya padahal layanan gratis", "Saya diminta membayar uang fotokopi dan map, padahal "
     "standar pelayanan menyebut layanan ini gratis.", ""),
    ("pengaduan", "Surat rekomendasi koperasi terlambat", "Permohonan rekomendasi koperasi kami sudah lewat "
     "batas waktu dan belum ada kabar dari dinas.", "K1"),
    ("pengaduan", "Pesan WhatsApp layanan tidak dibalas", "Sudah tiga hari pesan saya ke nomor WhatsApp layanan "
     "tidak dibalas.", ""),
    ("pengaduan", "Pelatihan BLK dibatalkan tanpa pemberitahuan", "Pelatihan menjahit yang saya ikuti dibatalkan "
     "sehari sebelumnya tanpa pemberitahuan resmi.", "B1"),
    ("aspirasi", "Tambah kursi di ruang tunggu", "Mohon ruang tunggu diberi kursi tambahan dan kipas angin; "
     "pada jam ramai banyak pemohon berdiri.", ""),
    ("aspirasi", "Layanan dibuka hari Sabtu", "Mohon dipertimbangkan layanan Kartu AK/I dibuka hari Sabtu untuk "
     "pencari kerja yang bekerja harian.", "P1"),
    ("aspirasi", "Usul pelatihan las di BLK", "Kami usul BLK membuka pelatihan pengelasan karena banyak "
     "lowongan di perusahaan tambang dan sawit.", "B1"),
    ("aspirasi", "Papan persyaratan diperbesar", "Tulisan di papan persyaratan terlalu kecil dan sulit dibaca "
     "oleh orang tua.", ""),
    ("informasi", "Jadwal pelatihan BLK tahun ini", "Saya ingin mengetahui jadwal dan syarat pendaftaran "
     "pelatihan di BLK tahun ini.", "B1"),
    ("informasi", "Syarat pendirian koperasi", "Mohon informasi syarat dan tahapan mendirikan koperasi produsen "
     "untuk kelompok tani kami.", "K1"),
    ("informasi", "Pendaftaran Kartu AK/I secara daring", "Apakah Kartu AK/I dapat didaftarkan lewat aplikasi "
     "SIAPkerja tanpa datang ke kantor?", "P1"),
    ("informasi", "Bantuan modal usaha mikro", "Mohon informasi program bantuan modal atau pendampingan untuk "
     "usaha mikro tahun ini.", "U1"),
)
ANSWERS = {
    "pengaduan": ("Pengaduan Saudara telah kami tindak lanjuti dan kami mohon maaf atas ketidaknyamanan yang "
                  "terjadi. Petugas terkait telah diberi pembinaan dan layanan sudah berjalan sesuai standar."),
    "aspirasi": ("Terima kasih atas saran Saudara. Saran tersebut telah dibahas dan dimasukkan dalam rencana "
                 "perbaikan sarana pelayanan tahun berjalan."),
    "informasi": ("Informasi yang Saudara minta telah kami sampaikan, dan dapat juga dilihat pada papan "
                  "informasi serta laman resmi dinas."),
}
REJECT_REASONS = (
    "Isi pengaduan tidak jelas dan pelapor tidak dapat dihubungi untuk melengkapinya.",
    "Hal yang disampaikan sudah pernah dijawab pada pengaduan sebelumnya dengan pokok yang sama.",
)
NOT_OURS_REASONS = (
    "Perizinan usaha diterbitkan oleh DPMPTSP Kabupaten Balangan; pelapor diarahkan ke sana.",
    "Kepesertaan BPJS Ketenagakerjaan ditangani kantor BPJS Ketenagakerjaan cabang Tanjung.",
)
# (channel, weight): most complaints come in person or by WhatsApp.
CHANNELS = (("datang_langsung", 34), ("whatsapp", 24), ("telepon", 10), ("surat", 8), ("email", 6),
            ("kotak_saran", 8), ("lapor", 7), ("media_sosial", 3))


@dataclass(frozen=True, slots=True)
class DemoComplaints:
    complaints: int
    still_open: int
    seconds: float


def _officers(session: Session) -> list[Actor]:
    found = {u.full_name: u for u in session.scalars(select(User).where(User.full_name.in_(DEMO_OFFICERS)))}
    actors = []
    for name in DEMO_OFFICERS:
        user = found.get(name)
        if user is None:
            user_id = demo_officer(session, name)
            actors.append(Actor(user_id, ".".join(name.lower().split())[:60], name, access.OFFICER))
        else:
            actors.append(Actor(user.id, user.username, user.full_name, access.OFFICER))
    return actors


def _name(rng: random.Random) -> str:
    first = rng.choice(FEMALE_NAMES if rng.random() < 0.5 else MALE_NAMES)
    return f"{first} {rng.choice(SECOND_NAMES)}"


def _draft(rng: random.Random, services: dict[str, tuple[int, int]], request_ids: list[int]) -> ComplaintDraft:
    kind, subject, text, code = rng.choice(TOPICS)
    channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
    anonymous = (channel == "kotak_saran" and rng.random() < 0.7) or rng.random() < 0.04
    service_id, unit_id = services.get(code, (None, None))
    request_id = rng.choice(request_ids) if code and request_ids and rng.random() < 0.2 else None
    lapor_id = str(rng.randint(4_000_000, 9_999_999)) if channel == "lapor" else ""
    if anonymous:
        return ComplaintDraft(kind=kind, channel=channel, lapor_id=lapor_id, anonymous=True, subject=subject,
                              description=text, unit_id=unit_id, service_id=service_id)
    applicant = request_id is not None and rng.random() < 0.7
    phone = "" if applicant or rng.random() < 0.2 else f"0{rng.choice(PHONE_PREFIXES)}{rng.randint(1000_0000, 9999_9999)}"
    name = "" if applicant else _name(rng)
    email = f"{name.split()[0].lower()}{rng.randint(1, 99)}@contoh.id" if name and channel == "email" else ""
    return ComplaintDraft(
        kind=kind, channel=channel, lapor_id=lapor_id, name=name, phone=phone, email=email,
        address="" if applicant else f"{rng.choice(STREETS)} RT {rng.randint(1, 12):02d}, Balangan",
        contact_consent=bool(phone or email or applicant) and rng.random() < 0.8, subject=subject, description=text,
        unit_id=unit_id, service_id=service_id, request_id=request_id, complainant_is_applicant=applicant,
    )


def _moment(day: date, rng: random.Random, tz: str) -> datetime:
    return local_midnight_utc(day, tz) + timedelta(hours=rng.uniform(8.0, 15.5))


def add_demo_complaints(db: Database, count: int, *, seed: int = 1, years: float = 3.0,
                        progress: Callable[[int, int], None] | None = None) -> DemoComplaints:
    """Add `count` complaints received over the past `years`, each moved as far as its age allows."""
    started = time.perf_counter()
    rng = random.Random(f"complaints-{seed}")
    with db.write() as session:
        access.require(session, access.USERS_MANAGE)
        officers = _officers(session)
        clock = office_clock(session)
        calendar = work_calendar(session)
        services = {s.code: (s.id, s.unit_id) for s in list_services(session)}
        units = {u.id: u.name for u in list_units(session)}
        request_ids = list(session.scalars(select(ServiceRequest.id).order_by(ServiceRequest.id.desc()).limit(500)))
    today = clock.today
    first = today - timedelta(days=int(years * 365))
    days = [first + timedelta(d) for d in range((today - first).days + 1)]
    days = [d for d in days if calendar.is_working_day(d)] or [today]
    arrivals = sorted(rng.randrange(len(days)) for _ in range(count))
    still_open = 0
    done = 0
    for start in range(0, count, CHUNK):
        with db.write() as session:
            for index in arrivals[start:start + CHUNK]:
                still_open += _one(session, rng, days[index], today, clock.tz, calendar, officers, services, units,
                                   request_ids)
                done += 1
        if progress is not None:
            progress(done, count)
    return DemoComplaints(count, still_open, time.perf_counter() - started)


def _one(session: Session, rng: random.Random, day: date, today: date, tz: str, calendar: WorkCalendar,
         officers: list[Actor], services: dict[str, tuple[int, int]], units: dict[int, str],
         request_ids: list[int]) -> int:
    """Record one complaint on `day` and move it on; 1 when it is still open today."""
    session.info["actor"] = rng.choice(officers)
    try:
        row = create_complaint(Work(session, _moment(day, rng, tz)), _draft(rng, services, request_ids))
        # Working days each step takes: mostly within the deadline, sometimes well past it.
        late = rng.random() < 0.15
        plan: list[tuple[S, str, int | None]] = []
        outcome = rng.random()
        if outcome < 0.07:
            plan = [(S.REJECTED, rng.choice(REJECT_REASONS), None)]
        elif outcome < 0.12:
            plan = [(S.VERIFIED, "", None), (S.NOT_OURS, rng.choice(NOT_OURS_REASONS), None)]
        else:
            unit = row.unit_id if row.unit_id in units else rng.choice(sorted(units))
            plan = [(S.VERIFIED, "", None), (S.FORWARDED, "Mohon segera ditindaklanjuti.", unit),
                    (S.FOLLOWED_UP, "Sudah dikonfirmasi kepada unit dan pelapor telah dihubungi.", None),
                    (S.DONE, ANSWERS[row.kind], None)]
        if (today - day).days < 60 and rng.random() < 0.4:
            plan = plan[:rng.randrange(len(plan))]  # a recent one stalled on the way: it is open, often late
        when = day
        for status, text, unit_id in plan:
            gap = rng.randint(3, 9) if late and status in (S.FOLLOWED_UP, S.DONE) else rng.randint(0, 2)
            when = calendar.add_working_days(when, gap)
            if when > today:
                return 1
            addressee = f"Kepala Bidang {units[unit_id]}" if unit_id in units else ""
            apply_step(Work(session, _moment(when, rng, tz)), row.id, status.value, text, unit_id=unit_id,
                       addressee=addressee)
        return 0 if row.next_due is None else 1
    finally:
        session.info["actor"] = None

