"""Records for document tests: a realistic DKUKMTK receipt and an oversized one."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from desk.domain.receipt_check import make_qr_payload
from desk.domain.records import ChecklistItem, OfficeProfile, ReceiptData, RequestRecord, StandardRecord

SECRET = b"kunci-rahasia-uji"
NIK = "6311044105950001"  # a woman born 1 May 1995, Batumandi
NIK_MASKED = "6311********0001"
PHONE = "+6281234567890"
PHONE_MASKED = "0812-****-7890"

REQUIREMENTS = (
    "KTP-el asli dan fotokopi 1 lembar (berdomisili di Kabupaten Balangan)",
    "Ijazah pendidikan terakhir asli dan fotokopi 1 lembar",
    "Pas foto berwarna ukuran 3×4 sebanyak 2 lembar",
    "Surat keterangan pengalaman kerja atau sertifikat keterampilan (jika ada)",
    "Nomor HP aktif dan alamat e-mail untuk akun SIAPkerja",
)


def make_office(**changes: Any) -> OfficeProfile:
    office = OfficeProfile(
        government_name="PEMERINTAH KABUPATEN BALANGAN",
        office_name="DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA",
        short_name="DKUKMTK",
        address="Jalan Sutera Ali Adul",
        village="Mampari",
        district="Batumandi",
        regency="Kabupaten Balangan",
        province="Kalimantan Selatan",
        postal_code="71663",
        phone="(0526) 2028123",
        email="dkukmtk@balangankab.go.id",
        website="dkukmtk.balangankab.go.id",
        place_name="Batumandi",
        timezone="Asia/Makassar",
        privacy_notice=(
            "Data pribadi yang Saudara berikan dikumpulkan hanya untuk penyelenggaraan pelayanan publik "
            "berdasarkan Pasal 20 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi."
        ),
        dpo_contact="Petugas Pelindungan Data Pribadi DKUKMTK, e-mail dkukmtk@balangankab.go.id",
    )
    return replace(office, **changes)


def make_standard(**changes: Any) -> StandardRecord:
    standard = StandardRecord(
        id=7,
        service_id=1,
        version_no=2,
        effective_date=date(2025, 10, 29),
        sk_number="188.4/123/DKUKMTK/2025",
        forum_id=1,
        same_day=False,
        duration_days=5,
        duration_minutes=None,
        fee=0,
        product="Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/I)",
        requirements=REQUIREMENTS,
        steps=("Pemohon menyerahkan berkas", "Petugas memeriksa berkas"),
        complaints=(
            "Kotak saran dan pengaduan di ruang pelayanan DKUKMTK",
            "SP4N-LAPOR!: www.lapor.go.id, SMS ke 1708, atau aplikasi LAPOR!",
        ),
        legal_basis=("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",),
    )
    return replace(standard, **changes)


def make_request(**changes: Any) -> RequestRecord:
    checklist = tuple(ChecklistItem(text, i not in (2, 4)) for i, text in enumerate(REQUIREMENTS))
    request = RequestRecord(
        id=1,
        ref_number="0001/PNP/DKUKMTK/X/2025",
        received_at=datetime(2025, 10, 29, 1, 5, tzinfo=UTC),  # 09.05 WITA
        received_by="Syifa Miratil Hayati",
        due_date=date(2025, 11, 5),
        status="diterima",
        channel="loket",
        notes="",
        unit_code="PNP",
        unit_name="Bidang Penempatan Tenaga Kerja",
        service_id=1,
        service_code="P1",
        service_name="Penerbitan Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/I) Baru",
        standard_version_id=7,
        standard_version_no=2,
        visitor_id=3,
        visitor_name="Siti Aminah",
        visitor_nik=NIK,
        visitor_sex="P",
        visitor_phone=PHONE,
        visitor_address="Jalan Mampari RT 02",
        visitor_kecamatan="Batumandi",
        visitor_desa="Mampari",
        organisation="",
        checklist=checklist,
    )
    return replace(request, **changes)


def make_receipt(*, office: OfficeProfile | None = None, request: RequestRecord | None = None,
                 standard: StandardRecord | None = None, copy_no: int = 1,
                 officer_name: str = "Syifa Miratil Hayati") -> ReceiptData:
    request = request or make_request()
    return ReceiptData(
        office=office or make_office(),
        request=request,
        standard=standard or make_standard(),
        officer_name=officer_name,
        qr_payload=make_qr_payload(request.ref_number, date(2025, 10, 29), SECRET),
        copy_no=copy_no,
    )


LONG_NAME = ("Raden Ajeng Siti Nurhaliza Kartika Dewi Sekar Ayu Puspita Rahmawati Wulandari "
             "Anggraeni Kusumaningrum Hadiningrat Prawirodirdjo Soerjosoemarno Tjokroaminoto "
             "Mangkunegaran Notonegoro Binti Haji Abdurrahman")[:200]
LONG_REQUIREMENTS = tuple(
    f"Persyaratan nomor {i}: dokumen pendukung yang dilegalisasi oleh instansi berwenang "
    f"beserta fotokopi {i} lembar dan surat pernyataan bermeterai"
    for i in range(1, 16)
)


def long_receipt(copy_no: int = 1) -> ReceiptData:
    """Every field at its worst: a 200-character name, a 500-character address, 15 requirements."""
    assert len(LONG_NAME) == 200
    address = ("Jalan Poros Paringin–Batumandi Kilometer 12 Gang Keluarga Besar Nomor 45 " * 10)[:500]
    office = make_office(
        address=address,
        office_name="DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA SERTA PENANAMAN MODAL DAN "
                    "PELAYANAN TERPADU SATU PINTU",
        email="pelayanan.koperasi.umkm.tenagakerja.dkukmtk.kabupaten@balangankab.go.id",
    )
    standard = make_standard(requirements=LONG_REQUIREMENTS)
    checklist = tuple(ChecklistItem(text, i % 3 != 0) for i, text in enumerate(LONG_REQUIREMENTS))
    request = make_request(
        ref_number="0123/PNP/DKUKMTK/XII/2025",
        visitor_name=LONG_NAME,
        visitor_address=address,
        visitor_desa="Desa " + "Mampari Hulu Sungai " * 6,
        organisation="Koperasi Produsen Usaha Mikro Kecil Menengah " * 4,
        service_name="Fasilitasi " + "Pendampingan Perizinan Berusaha Berbasis Risiko " * 4,
        checklist=checklist,
    )
    return make_receipt(office=office, request=request, standard=standard, copy_no=copy_no)


@pytest.fixture
def receipt() -> ReceiptData:
    return make_receipt()


def tool(name: str, package: str) -> str:
    """The path of a command-line tool the checks need; a missing one fails the run (never skips)."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: install the Debian package {package} (apt-get install {package}).")
    return path


def run_tool(name: str, package: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool(name, package), *args], capture_output=True, text=True, timeout=60, check=False)
