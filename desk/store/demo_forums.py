"""Realistic synthetic forums (FKP) with participants, for demonstrations, training and benchmarks.

`add_demo_forums(db, forums, participants, seed)` adds `forums` forums spread over the
past years (the last one a week ahead, so an upcoming forum is there to check people in),
each with about `participants` invitees of every unsur, Banjar and Indonesian names,
institutions that fit the unsur, some phone numbers and consents, and for past forums the
attendance, walk-ins, notulen and berita acara an office would have recorded. Same seed,
same data. Rows are inserted in bulk: a thousand participants take well under a second.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desk.domain.consent import ConsentPurpose
from desk.domain.forum_rules import (
    UNSUR,
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    ForumDraft,
    MinutesContent,
    name_key,
    person_key,
)
from desk.store import access
from desk.store import forums as forum_store
from desk.store.database import Database
from desk.store.demo import FEMALE_NAMES, MALE_NAMES, ORG_WORDS, PHONE_PREFIXES, SECOND_NAMES
from desk.store.models import OfficeProfileRow, Service
from desk.store.models_forums import ForumParticipantRow
from desk.store.work import Change, Done, Work, writing

# How often each unsur is invited (weights), and what its people are and where they work.
UNSUR_WEIGHTS = {
    "masyarakat": 22, "akademisi": 6, "media": 6, "instansi": 16, "pelaku_usaha": 18, "koperasi": 10,
    "tokoh": 8, "lsm": 5, "internal": 9,
}
KECAMATAN = ("Batumandi", "Paringin", "Paringin Selatan", "Juai", "Halong", "Awayan", "Lampihong", "Tebing Tinggi")
DESA = ("Mampari", "Batumandi", "Lok Batu", "Hamparaya", "Mantimin", "Bakung", "Tariwin", "Pelajau", "Kasai",
        "Guntung", "Timbun Tinggi", "Banua Hanyar", "Lok Bangkai", "Juai", "Halong", "Awayan")
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "masyarakat": ("Warga Desa {desa}", "Pencari Kerja", "Alumni BLK Balangan", "Pengguna Layanan AK/I",
                   "Warga Kecamatan {kec}", "Calon Pekerja Migran Indonesia"),
    "akademisi": ("Universitas Lambung Mangkurat", "Politeknik Hasnur", "STIA Amuntai",
                  "Fakultas Ekonomi dan Bisnis, Program Studi Manajemen Sumber Daya Manusia, Universitas Islam "
                  "Kalimantan Muhammad Arsyad Al Banjari", "SMK Negeri 1 Paringin"),
    "media": ("Radio Suara Balangan", "Balangan Pos", "Media Online Kalsel Terkini", "TVRI Kalimantan Selatan",
              "Portal Berita Banua Anam"),
    "instansi": ("Kecamatan {kec}", "Pemerintah Desa {desa}", "Dinas Penanaman Modal dan PTSP Kab. Balangan",
                 "Bappelitbangda Kabupaten Balangan", "Dinas Kependudukan dan Pencatatan Sipil Kab. Balangan",
                 "Bagian Organisasi Setda Kabupaten Balangan", "Ombudsman RI Perwakilan Kalimantan Selatan"),
    "pelaku_usaha": ("UMKM {org}", "UD {org}", "CV {org}", "Kerajinan Anyaman Purun {desa}", "PT {org}",
                     "Usaha Mikro Amplang {desa}"),
    "koperasi": ("Koperasi Produsen {org}", "KSP {org}", "Koperasi Serba Usaha {org}", "Koperasi Tani {org}"),
    "tokoh": ("Tokoh Masyarakat Desa {desa}", "Tokoh Agama Kecamatan {kec}", "Majelis Ulama Indonesia Kab. Balangan",
              "Lembaga Adat Dayak Balangan"),
    "lsm": ("LSM Gerak Balangan", "Karang Taruna Desa {desa}", "PKK Kecamatan {kec}", "Serikat Pekerja {org}",
            "Forum Disabilitas Balangan"),
    "internal": ("DKUKMTK Kabupaten Balangan",),
}
POSITIONS: dict[str, tuple[str, ...]] = {
    "masyarakat": ("Warga", "Pencari kerja", "Ibu rumah tangga", "Petani", "Wiraswasta", "Mahasiswa"),
    "akademisi": ("Dosen", "Kepala Program Studi", "Peneliti", "Guru Produktif", "Wakil Dekan"),
    "media": ("Wartawan", "Redaktur", "Penyiar", "Kontributor"),
    "instansi": ("Camat", "Sekretaris Camat", "Kepala Desa", "Sekretaris Desa", "Kepala Bidang", "Analis Kebijakan",
                 "Kepala Seksi Pelayanan"),
    "pelaku_usaha": ("Pemilik", "Direktur", "Pengelola", "Manajer"),
    "koperasi": ("Ketua", "Sekretaris", "Bendahara", "Pengawas", "Manajer"),
    "tokoh": ("Tokoh masyarakat", "Ulama", "Ketua RT", "Ketua Adat"),
    "lsm": ("Ketua", "Koordinator", "Anggota", "Sekretaris"),
    "internal": ("Kepala Bidang Penempatan", "Kepala Bidang Koperasi", "Kepala Bidang UKM", "Kepala UPTD BLK",
                 "Sekretaris Dinas", "Pengelola Layanan", "Analis Pelayanan", "Staf"),
}
TITLES = (
    "Forum Konsultasi Publik Penyusunan Standar Pelayanan {year}",
    "Forum Komunikasi Publik Evaluasi Standar Pelayanan DKUKMTK {year}",
    "Forum Konsultasi Publik Standar Pelayanan Bidang Koperasi dan UKM {year}",
    "Forum Konsultasi Publik Standar Pelayanan Bidang Penempatan Tenaga Kerja {year}",
)
QUESTIONS = (
    ("Waktu penyelesaian kartu AK/I mohon dipercepat menjadi satu hari.", "Diusulkan selesai pada hari yang sama."),
    ("Persyaratan surat pengantar desa memberatkan warga yang jauh dari kantor desa.",
     "Surat pengantar desa akan ditinjau; KTP elektronik dinilai cukup."),
    ("Informasi jadwal pelatihan BLK belum sampai ke desa-desa.", "Jadwal akan diumumkan melalui kecamatan."),
    ("Mohon disediakan layanan konsultasi NIB di kecamatan.", "Akan dijajaki layanan jemput bola per triwulan."),
    ("Sarana ruang tunggu perlu kursi prioritas untuk lansia dan disabilitas.", "Akan disediakan tahun ini."),
    ("Maklumat pelayanan belum dipasang di ruang pelayanan.", "Maklumat akan dipasang setelah ditandatangani."),
    ("Kanal pengaduan melalui WhatsApp perlu dicantumkan di standar.", "Nomor WhatsApp pengaduan dicantumkan."),
)
OUTCOMES = (
    "Waktu penyelesaian penerbitan kartu AK/I ditetapkan selesai pada hari yang sama.",
    "Persyaratan surat pengantar desa dihapus dari standar pelayanan kartu AK/I.",
    "Jadwal pelatihan BLK diumumkan melalui kecamatan dan media sosial dinas paling lambat satu bulan sebelumnya.",
    "Kanal pengaduan melalui WhatsApp dicantumkan dalam seluruh standar pelayanan.",
    "Ruang tunggu dilengkapi kursi prioritas untuk lansia dan penyandang disabilitas.",
)


def _name(rng: random.Random) -> tuple[str, str]:
    sex = rng.choice("LP")
    first = rng.choice(MALE_NAMES if sex == "L" else FEMALE_NAMES)
    name = f"{first} {rng.choice(SECOND_NAMES)}"
    if rng.random() < 0.25:
        name = f"{name} {rng.choice(SECOND_NAMES)}"
    if rng.random() < 0.08:
        name = f"{name}, {rng.choice(('S.E.', 'S.Pd.', 'S.H.', 'S.Sos.', 'M.M.', 'S.T.'))}"
    if rng.random() < 0.05:
        name = f"{rng.choice(('Dr.', 'H.', 'Hj.' if sex == 'P' else 'H.', 'Ir.'))} {name}"
    return name, sex


def _institution(rng: random.Random, unsur: str) -> str:
    pattern = rng.choice(INSTITUTIONS[unsur])
    return pattern.format(desa=rng.choice(DESA), kec=rng.choice(KECAMATAN), org=rng.choice(ORG_WORDS))


def _phone(rng: random.Random) -> str | None:
    if rng.random() < 0.2:
        return None
    return f"+628{rng.choice(PHONE_PREFIXES)[1:]}{rng.randrange(10**7, 10**8)}"


def _participants(
    rng: random.Random, forum_id: int, count: int, starts_at: datetime, past: bool, user_id: int | None
) -> list[dict[str, Any]]:
    unsur_codes = [u.code for u in UNSUR]
    weights = [UNSUR_WEIGHTS.get(code, 1) for code in unsur_codes]
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    invited_at = starts_at - timedelta(days=rng.randint(7, 14))
    while len(rows) < count:
        unsur = rng.choices(unsur_codes, weights)[0]
        name, sex = _name(rng)
        institution = _institution(rng, unsur)
        key = person_key(name, institution)
        if key in seen:
            continue
        seen.add(key)
        walk_in = past and rng.random() < 0.08
        present = walk_in or (past and rng.random() < 0.82)
        photo = rng.random() < 0.85
        publication = rng.random() < 0.7
        rows.append({
            "forum_id": forum_id, "name": name, "name_key": name_key(name), "unsur": unsur,
            "institution": institution, "position": rng.choice(POSITIONS[unsur]), "sex": sex,
            "phone": _phone(rng), "consent_photo": photo,
            "photo_purpose": ConsentPurpose.FORUM_PHOTO.statement if photo else "",
            "photo_consent_at": invited_at, "photo_consent_by": user_id,
            "consent_publication": publication,
            "publication_purpose": ConsentPurpose.ATTENDANCE_PUBLICATION.statement if publication else "",
            "publication_consent_at": invited_at, "publication_consent_by": user_id,
            "invited": not walk_in, "walk_in": walk_in, "present": present,
            "checked_in_at": starts_at + timedelta(minutes=rng.randint(-40, 50)) if present else None,
            "checked_in_by": user_id if present else None, "created_at": invited_at, "created_by": user_id,
        })
    return rows


def add_demo_forums(db: Database, forums: int, participants: int, seed: int = 1) -> Done[list[int]]:
    """Add `forums` forums with `participants` participants each, in one unit of work; the value is their
    ids (oldest first)."""
    with writing(db) as work:
        work.require(access.IMPORT)
        if forums <= 0:
            return work.done([])
        ids = _add_forums(work, forums, participants, seed)
        work.changed(Change.FORUMS)
        return work.done(ids)


def _add_forums(work: Work, forums: int, participants: int, seed: int) -> list[int]:
    session = work.session
    rng = random.Random(f"forums-{seed}")
    office = session.get(OfficeProfileRow, 1)
    venue = (office.forum_venue if office else "") or "Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi"
    organiser = office.office_name if office else "DKUKMTK Kabupaten Balangan"
    service_ids = list(session.scalars(select(Service.id).where(Service.active.is_(True)).order_by(Service.id)))
    user_id = work.user_id
    now = work.now.astimezone(UTC).replace(second=0, microsecond=0)
    # Past forums about every four months back from now; the newest one lies a week ahead.
    ids: list[int] = []
    for index in range(forums):
        months_back = (forums - 1 - index) * 4
        day = (now + timedelta(days=7)) if index == forums - 1 else now - timedelta(days=30 * months_back + 20)
        starts_at = day.replace(hour=1, minute=0)  # 09.00 WITA
        past = starts_at < now
        title = rng.choice(TITLES).format(year=starts_at.year)
        chosen = tuple(rng.sample(service_ids, k=min(len(service_ids), rng.randint(2, 5))))
        draft = ForumDraft(
            title=title, starts_at=starts_at, ends_at=starts_at + timedelta(hours=3), venue=venue,
            topic="Pembahasan rancangan perubahan standar pelayanan bersama masyarakat dan pemangku kepentingan.",
            organiser=organiser, moderator=_name(rng)[0], service_ids=chosen,  # a name: the papers say the role
        )
        forum = forum_store.insert_forum(session, draft, now=now).id
        rows = _participants(rng, forum, participants, starts_at, past, user_id)
        if rows:
            session.execute(insert(ForumParticipantRow), rows)
        if past and rows:
            _write_reports(session, rng, forum, rows, starts_at)
        ids.append(forum)
    work.audit("data.import", "demo", f"forum {ids[0]}-{ids[-1]}",
               {"kind": "demo_forums", "forums": forums, "participants_per_forum": participants, "seed": seed})
    return ids


def _write_reports(
    session: Session, rng: random.Random, forum_id: int, rows: list[dict[str, Any]], starts_at: datetime
) -> None:
    present = [r for r in rows if r["present"] and r["unsur"] != "internal"] or rows
    questions = rng.sample(QUESTIONS, k=min(len(QUESTIONS), rng.randint(3, 5)))
    speakers = [rng.choice(present) for _ in questions]
    discussion = tuple(DiscussionPoint(p["name"], p["unsur"], q, a) for p, (q, a) in zip(speakers, questions, strict=True))
    agenda = (
        AgendaItem("09.00–09.15", "Pembukaan dan sambutan Kepala Dinas"),
        AgendaItem("09.15–10.00", "Paparan rancangan standar pelayanan"),
        AgendaItem("10.00–11.30", "Diskusi dan tanggapan peserta"),
        AgendaItem("11.30–12.00", "Kesepakatan dan penandatanganan berita acara"),
    )
    at = starts_at + timedelta(hours=3)
    forum_store.store_minutes(session, forum_id, MinutesContent(
        agenda, discussion, tuple(a for _, a in questions), minute_taker=_name(rng)[0],
    ), now=at)
    representative = rng.choice(present)
    forum_store.store_berita_acara(session, forum_id, BeritaAcaraContent(
        number=f"{rng.randint(10, 99)}/BA-FKP/DKUKMTK/{starts_at.year}",
        outcomes=tuple(rng.sample(OUTCOMES, k=rng.randint(2, len(OUTCOMES)))),
        representative_name=representative["name"],
        representative_role="Wakil Masyarakat",
        representative_institution=representative["institution"],
    ), now=at)
