"""The shipped seed (resources/seed/*.json) as the plain records documents print, without a database.

The office as seeded still holds stand-ins ("(0526) XXXXXXX", "NAMA KEPALA DINAS"), so every
paper for it must say KONSEP; `ready_office()` is the same office once an admin has filled in
the real values (head, NIP, rank, decree, logo), whose papers must not.
"""

from __future__ import annotations

import io
import json
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from desk.domain.forum_rules import (
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    ForumInfo,
    MinutesContent,
    ParticipantRecord,
)
from desk.domain.receipt_check import make_qr_payload
from desk.domain.records import ChecklistItem, OfficeProfile, ReceiptData, RequestRecord, StandardRecord
from desk.domain.standard_rules import PublishedStandard
from desk.paths import seed_dir

SECRET = b"kunci-rahasia-uji"
HEAD = "Drs. H. AHMAD FAUZI RAHMAN, M.Si."
HEAD_NIP = "196805121994031007"
HEAD_NIP_GROUPED = "19680512 199403 1 007"
OFFICER = "Syifa Miratil Hayati"
OFFICER_NIP = "199003152015032004"
LONG_NAME = ("Raden Ajeng Siti Nurhaliza Kartika Dewi Sekar Ayu Puspita Rahmawati Wulandari "
             "Anggraeni Kusumaningrum Hadiningrat Prawirodirdjo Soerjosoemarno Tjokroaminoto "
             "Mangkunegaran Notonegoro Binti Haji Abdurrahman")[:200]
FIVE_LINE_ADDRESS = ("Jalan Poros Paringin–Batumandi Kilometer 12\nGang Keluarga Besar Nomor 45\n\n"
                     "RT 002 RW 001, Desa Mampari\nKecamatan Batumandi, Kabupaten Balangan 71663")
LONG_ORGANISATION = ("Koperasi Produsen Usaha Mikro Kecil Menengah Karya Bersama Masyarakat Desa Mampari "
                     "Kecamatan Batumandi Kabupaten Balangan Provinsi Kalsel")[:150]


def _load(name: str) -> Any:
    return json.loads((seed_dir() / name).read_text(encoding="utf-8"))


@cache
def seed_office() -> OfficeProfile:
    """The office exactly as a new installation seeds it (stand-ins included)."""
    data = _load("office.json")
    names = {f.name for f in fields(OfficeProfile)}
    return OfficeProfile(**{k: v for k, v in data.items() if k in names})


def logo_png() -> bytes:
    """A small real PNG standing in for the lambang daerah."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (82, 100), "white")
    draw = ImageDraw.Draw(image)
    draw.polygon([(4, 4), (78, 4), (78, 55), (41, 96), (4, 55)], outline="darkgreen", fill="gold", width=4)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@cache
def ready_office() -> OfficeProfile:
    """The seeded office after the admin has replaced every stand-in with the real value."""
    return replace(
        seed_office(), phone="(0526) 2028123", head_name=HEAD, head_nip=HEAD_NIP, head_rank="Pembina Utama Muda (IV/c)",
        standards_decree_number="188.4/045/DKUKMTK/2025", standards_decree_date=date(2025, 10, 29),
        maklumat_date=date(2025, 10, 29), service_pic_nip=OFFICER_NIP, logo=logo_png(),
    )


@cache
def units() -> dict[str, dict[str, Any]]:
    return {u["code"]: u for u in _load("units.json")}


def _standard(i: int, std: dict[str, Any]) -> StandardRecord:
    texts = ("product", "facilities", "competence", "supervision", "staff_count", "service_assurance",
             "safety_assurance", "performance_evaluation", "notes")
    return StandardRecord(
        id=100 + i, service_id=i, version_no=1, effective_date=date.fromisoformat(std["effective_date"]),
        sk_number=std.get("sk_number", ""), forum_id=None, same_day=bool(std["same_day"]),
        duration_days=std["duration_days"], duration_minutes=std["duration_minutes"], fee=int(std["fee"]),
        requirements=tuple(std["requirements"]), steps=tuple(std["steps"]), complaints=tuple(std["complaints"]),
        legal_basis=tuple(std["legal_basis"]), **{name: std.get(name, "") or "" for name in texts},
    )


@cache
def published() -> tuple[PublishedStandard, ...]:
    """Every seeded service's standard, in the seed's (the office's) order."""
    found = []
    for i, row in enumerate(_load("services.json"), 1):
        unit = units()[row["unit"]]
        found.append(PublishedStandard(row["code"], row["name"], unit["code"], unit["name"], unit["full_name"],
                                       _standard(i, row["standard"])))
    return tuple(found)


SERVICE_CODES = tuple(p.service_code for p in published())


def by_code(code: str) -> PublishedStandard:
    return next(p for p in published() if p.service_code == code)


def request_for(code: str, *, seq: int = 52, month: str = "XII", received_any: bool = False,
                visitor: str = "Siti Aminah", organisation: str = "", address: str = "Jalan Mampari RT 02",
                **changes: Any) -> RequestRecord:
    """A request for service ``code`` received 3 Dec 2026 at 10.15 WITA, nothing ticked as received
    (``received_any``: the first requirement only), numbered as the default pattern does."""
    p = by_code(code)
    std = p.standard
    checklist = tuple(ChecklistItem(text, received_any and i == 0) for i, text in enumerate(std.requirements))
    request = RequestRecord(
        id=seq, ref_number=f"{seq:04d}/{p.unit_code}/DKUKMTK/{month}/2026",
        received_at=datetime(2026, 12, 3, 2, 15, tzinfo=UTC), received_by=OFFICER, due_date=date(2026, 12, 8),
        status="diterima", channel="loket", notes="", unit_code=p.unit_code, unit_name=p.unit_name,
        service_id=std.service_id, service_code=code, service_name=p.service_name, standard_version_id=std.id,
        standard_version_no=std.version_no, visitor_id=seq, visitor_name=visitor, visitor_nik="6311044105950001",
        visitor_sex="P", visitor_phone="+6281234567890", visitor_address=address, visitor_kecamatan="Batumandi",
        visitor_desa="Mampari", organisation=organisation, checklist=checklist,
    )
    return replace(request, **changes)


def receipt_for(code: str, *, office: OfficeProfile | None = None, copy_no: int = 1, **changes: Any) -> ReceiptData:
    request = request_for(code, **changes)
    return ReceiptData(
        office=office or seed_office(), request=request, standard=by_code(code).standard, officer_name=OFFICER,
        qr_payload=make_qr_payload(request.ref_number, date(2026, 12, 3), SECRET), copy_no=copy_no,
        officer_nip=OFFICER_NIP,
    )


def long_receipt_for(code: str, *, office: OfficeProfile | None = None, copy_no: int = 1) -> ReceiptData:
    """A 200-character name, a five-line address (with a blank line) and a 150-character organisation."""
    return receipt_for(code, office=office, copy_no=copy_no, visitor=LONG_NAME, address=FIVE_LINE_ADDRESS,
                       organisation=LONG_ORGANISATION, seq=53)


# --- forums ---------------------------------------------------------------------------------------

UNSUR_CYCLE = ("masyarakat", "pelaku_usaha", "koperasi", "akademisi", "media", "instansi", "tokoh", "lsm")
HONOURED = ("Dr. Hj. Masliani Susanti", "Hj. Masliani", "Ir. Budi Santoso", "H. Muhammad Ma'ruf, S.Pd.",
            "Drs. Ahmad Yani, M.Si.")


def participants(count: int, *, present_every: int = 0) -> tuple[ParticipantRecord, ...]:
    """``count`` invitees (a few with titles and degrees); every ``present_every``-th one checked in."""
    people = []
    for i in range(1, count + 1):
        name = HONOURED[i - 1] if i <= len(HONOURED) else f"Peserta Nomor {i:04d} Binti Abdullah"
        people.append(ParticipantRecord(
            id=i, forum_id=1, name=name, unsur=UNSUR_CYCLE[i % len(UNSUR_CYCLE)],
            institution=f"Instansi {i % 17}", position="Anggota", sex="LP"[i % 2],
            invited=True, present=bool(present_every) and i % present_every == 0,
        ))
    return tuple(people)


def forum(*, held: bool | None, count: int = 45) -> ForumInfo:
    return ForumInfo(
        id=3, title="Forum Konsultasi Publik Standar Pelayanan Tahun 2026",
        starts_at=datetime(2026, 12, 10, 1, 0, tzinfo=UTC), ends_at=datetime(2026, 12, 10, 4, 0, tzinfo=UTC),
        topic="Pembahasan rancangan perubahan standar pelayanan Kartu AK/I dan pelatihan BLK",
        venue="Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi",
        organiser="DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA",
        moderator="Dr. Rina Kartika", standards=("Penerbitan Kartu AK/I Baru", "Pelatihan Berbasis Kompetensi"),
        held=held,
    )


MINUTES = MinutesContent(
    agenda=(AgendaItem("09.00–09.15", "Pembukaan oleh Kepala Dinas"), AgendaItem("09.15–10.00", "Paparan")),
    discussion=(DiscussionPoint("Ir. Budi Santoso", "akademisi", "Waktu AK/I dipercepat.", "Disetujui."),
                DiscussionPoint("Hj. Masliani", "masyarakat", "Jadwal BLK diumumkan lebih awal.")),
    conclusions=("AK/I selesai hari itu juga.", "Jadwal BLK diumumkan sebulan sebelumnya."),
    minute_taker="Rusmini Jaya", minute_taker_nip="199201012019032011",
)
BERITA_ACARA = BeritaAcaraContent(
    number="000.5.4/022/BA-FKP/DKUKMTK/2026",
    outcomes=("Waktu penerbitan kartu AK/I menjadi satu hari kerja.", "Surat pengantar desa tidak diminta lagi."),
    representative_name="Hairul Anwar", representative_institution="Tokoh Masyarakat Desa Lok Batu",
)
