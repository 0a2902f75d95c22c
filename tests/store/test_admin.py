"""Administration in the store: office profile, numbering pattern, logo, units and services, paper defaults."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store import admin, printing_defaults
from desk.store.access import AccessDenied, Actor
from desk.store.admin import InvalidInput
from desk.store.audit import last_entries
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.office import get_office_profile
from desk.store.requests import (
    InvalidRequest,
    RegisterFilter,
    create_request,
    get_request,
    register_page,
    register_rows,
)
from tests.factories import user_with_role

WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)
TODAY = date(2025, 10, 29)


def actor(db: Database, role: str) -> Actor:
    return user_with_role(db, role, f"Pengguna {role.title()}")


@pytest.fixture
def admin_actor(db: Database) -> Actor:
    return actor(db, "admin")


def image_bytes(fmt: str, size: tuple[int, int] = (120, 150), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (0, 110, 50) if mode == "RGB" else 0).save(out, fmt)
    return out.getvalue()


def service_id(db: Database, code: str) -> int:
    with db.read() as s:
        return next(svc.id for svc in list_services(s, active_only=False) if svc.code == code)


def receive(db: Database, code: str, serial: int = 1) -> int:
    with db.write() as s:
        return create_request(
            s, RequestDraft(service_id=service_id(db, code), name="Rahmat Hidayat",
                            nik=make_nik("631104", date(1988, 7, 9), "L", serial)), None, now=WED,
        ).id


# --- office profile --------------------------------------------------------------------------------


def test_a_new_office_makes_the_profile_its_own(db: Database, admin_actor: Actor) -> None:
    with db.write(admin_actor) as s:
        profile = admin.update_office_profile(s, {
            "government_name": "PEMERINTAH KABUPATEN HULU SUNGAI UTARA",
            "office_name": "  DINAS  PERDAGANGAN, KOPERASI DAN UKM ",
            "short_name": "DPKUKM",
            "postal_code": "71412",
            "email": "dpkukm@hsu.go.id",
            "head_name": "Dra. Hj. Contoh Nama",
            "head_nip": "19700101 199503 2 001",
            "place_name": "Amuntai",
            "timezone": "Asia/Makassar",
        })
    assert profile.office_name == "DINAS PERDAGANGAN, KOPERASI DAN UKM"  # spaces tidied
    assert (profile.short_name, profile.place_name) == ("DPKUKM", "Amuntai")
    with db.read() as s:
        assert get_office_profile(s).head_nip == "19700101 199503 2 001"
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.entity, entry.username) == ("office.update", "office_profile", admin_actor.username)
        assert entry.details["changes"]["short_name"] == ["DKUKMTK", "DPKUKM"]
        assert "timezone" not in entry.details["changes"]  # unchanged fields are not logged
    receive(db, "P1")
    with db.read() as s:
        assert get_request(s, register_page(s, RegisterFilter())[0]).ref_number == "0001/PNP/DPKUKM/X/2025"


def test_every_bad_field_is_reported_at_once_and_nothing_is_saved(db: Database, admin_actor: Actor) -> None:
    with db.write(admin_actor) as s, pytest.raises(InvalidInput) as refused:
        admin.update_office_profile(s, {
            "office_name": "", "email": "bukan-email", "postal_code": "7166", "head_nip": "1970",
            "timezone": "Europe/Berlin", "short_name": "DKU KMTK",
        })
    assert set(refused.value.errors) == {"office_name", "email", "postal_code", "head_nip", "timezone", "short_name"}
    assert refused.value.errors["postal_code"] == "Kode pos terdiri dari 5 angka."
    with db.read() as s:
        assert get_office_profile(s).office_name.startswith("DINAS KOPERASI")


def test_the_seeded_placeholders_do_not_block_saving_another_field(db: Database, admin_actor: Actor) -> None:
    with db.read() as s:
        current = get_office_profile(s)
    form = {name: getattr(current, name) for name in admin.PROFILE_FIELDS}
    form["phone"] = "(0526) 2028123"
    with db.write(admin_actor) as s:  # head_nip still reads "19XXXXXX XXXXXX X XXX"
        assert admin.update_office_profile(s, form).phone == "(0526) 2028123"


def test_a_pattern_without_seq_is_refused_with_a_clear_message(db: Database, admin_actor: Actor) -> None:
    with db.write(admin_actor) as s, pytest.raises(InvalidInput) as refused:
        admin.update_office_profile(s, {"ref_pattern": "{unit}/{office}/{year}"})
    assert refused.value.field == "ref_pattern"
    assert refused.value.errors["ref_pattern"] == (
        "Pola harus memuat {seq} (nomor urut); tanpa itu semua permohonan mendapat nomor yang sama."
    )
    with db.read() as s:
        assert get_office_profile(s).ref_pattern == "{seq:04d}/{unit}/{office}/{month_roman}/{year}"
        preview = admin.preview_numbers(s, "{unit}/{office}/{year}", today=TODAY)
    assert not preview.ok and preview.numbers == ()


def test_preview_shows_the_next_number_of_every_unit(db: Database) -> None:
    receive(db, "P1", 1)
    receive(db, "P1", 2)
    with db.read() as s:
        preview = admin.preview_numbers(s, "{unit}-{seq:03d}/{office}/{year}", short_name="DPK", today=TODAY)
    assert preview.ok
    assert [(n.unit_code, n.number) for n in preview.numbers] == [
        ("PNP", "PNP-003/DPK/2025"), ("BLK", "BLK-001/DPK/2025"), ("UKM", "UKM-001/DPK/2025"), ("KOP", "KOP-001/DPK/2025"),
    ]


def test_a_pattern_that_could_repeat_an_issued_number_is_refused(db: Database, admin_actor: Actor) -> None:
    with db.write(admin_actor) as s:
        admin.update_office_profile(s, {"ref_pattern": "{unit}1{seq}/{year}"}, today=TODAY)
    for serial in range(1, 6):
        receive(db, "P1", serial)  # PNP11/2025 .. PNP15/2025
    with db.write(admin_actor) as s, pytest.raises(InvalidInput) as refused:
        # seq 11 would print PNP11/2025 again
        admin.update_office_profile(s, {"ref_pattern": "{unit}{seq}/{year}"}, today=TODAY)
    assert "nomor PNP11/2025 yang sudah dipakai" in refused.value.errors["ref_pattern"]
    with db.write(admin_actor) as s:  # a separator makes it safe
        admin.update_office_profile(s, {"ref_pattern": "{unit}-{seq}/{year}"}, today=TODAY)
    receive(db, "P1", 9)
    with db.read() as s:
        assert get_request(s, register_page(s, RegisterFilter())[0]).ref_number == "PNP-6/2025"


# --- logo ----------------------------------------------------------------------------------------


def test_a_png_or_jpeg_logo_is_stored_and_replaced(db: Database, admin_actor: Actor) -> None:
    png = image_bytes("PNG")
    with db.write(admin_actor) as s:
        info = admin.set_logo(s, png)
    assert (info.format, info.width, info.height) == ("PNG", 120, 150)
    with db.read() as s:
        assert get_office_profile(s).logo == png
    with db.write(admin_actor) as s:
        assert admin.set_logo(s, image_bytes("JPEG")).format == "JPEG"
    with db.read() as s:
        assert get_office_profile(s).logo.startswith(b"\xff\xd8")  # type: ignore[union-attr]
        assert [e.action for e in last_entries(s, 2)] == ["office.logo", "office.logo"]
        assert last_entries(s, 1)[0].details["replaced"] is True
    with db.write(admin_actor) as s:
        admin.remove_logo(s)
    with db.read() as s:
        assert get_office_profile(s).logo is None


def test_a_huge_logo_is_scaled_down_and_a_cmyk_jpeg_made_rgb(db: Database, admin_actor: Actor) -> None:
    with db.write(admin_actor) as s:
        big = admin.set_logo(s, image_bytes("PNG", (3000, 2400)))
        cmyk = admin.check_logo(image_bytes("JPEG", (200, 200), "CMYK"))[1]
    assert (big.width, big.height) == (1000, 800)
    assert cmyk.format == "JPEG"


@pytest.mark.parametrize(("data", "message"), [
    (b"", "Berkas logo kosong."),
    (b"%PDF-1.7 not an image", "bukan gambar PNG atau JPEG yang utuh"),
    (image_bytes("GIF"), "Logo harus berupa gambar PNG atau JPEG."),
    (image_bytes("PNG")[:200], "bukan gambar PNG atau JPEG yang utuh"),
    (image_bytes("PNG", (20, 20)), "terlalu kecil"),
])
def test_a_bad_logo_is_refused_and_the_old_one_kept(db: Database, admin_actor: Actor, data: bytes, message: str) -> None:
    png = image_bytes("PNG")
    with db.write(admin_actor) as s:
        admin.set_logo(s, png)
    with db.write(admin_actor) as s, pytest.raises(StoreError, match=message) as refused:
        admin.set_logo(s, data)
    assert refused.value.field == "logo"
    with db.read() as s:
        assert get_office_profile(s).logo == png


# --- units and services ----------------------------------------------------------------------------


def test_a_deactivated_service_cannot_be_chosen_at_intake_but_old_requests_show_it(
    db: Database, admin_actor: Actor
) -> None:
    old = receive(db, "P3", 1)
    p3 = service_id(db, "P3")
    with db.write(admin_actor) as s:
        assert admin.set_service_active(s, p3, False).active is False
    with db.read() as s:
        assert "P3" not in [svc.code for svc in list_services(s, active_only=True)]  # intake picker and look-up
        shown = get_request(s, old)
        assert shown.service_code == "P3" and shown.service_name.startswith("Rekomendasi Paspor")
        assert register_rows(s, [old])[0].service_code == "P3"
        row = next(c for c in admin.list_catalogue(s) if c.code == "P3")
        assert (row.active, row.offered, row.requests, row.has_standard) == (False, False, 1, True)
        assert last_entries(s, 1)[0].action == "service.deactivate"
    with db.write() as s, pytest.raises(InvalidRequest) as refused:
        create_request(s, RequestDraft(service_id=p3, name="Pemohon Baru"), None, now=WED)
    assert refused.value.errors["service"] == "Layanan ini tidak tersedia lagi. Pilih layanan lain."
    with db.write(admin_actor) as s:
        admin.set_service_active(s, p3, True)
    receive(db, "P3", 2)


def test_a_deactivated_unit_takes_its_services_off_the_picker(db: Database, admin_actor: Actor) -> None:
    with db.read() as s:
        blk = next(c.unit_id for c in admin.list_catalogue(s) if c.unit_code == "BLK")
    with db.write(admin_actor) as s:
        admin.set_unit_active(s, blk, False)
    with db.read() as s:
        assert {svc.unit_code for svc in list_services(s)} == {"PNP", "UKM", "KOP"}
        assert admin.preview_numbers(s, today=TODAY).numbers[1].unit_code == "UKM"


def test_a_new_unit_and_service_wait_for_their_standard(db: Database, admin_actor: Actor) -> None:
    with db.write(admin_actor) as s:
        unit = admin.add_unit(s, "pnk", "Perindustrian", "Bidang Perindustrian")
        service = admin.add_service(s, unit.id, "n1", "Fasilitasi Sertifikasi Produk Industri")
    assert (unit.code, service.code, service.active) == ("PNK", "N1", False)
    with db.read() as s:
        assert "N1" not in [svc.code for svc in list_services(s)]
        assert [e.action for e in last_entries(s, 2)] == ["service.create", "unit.create"]
    with db.write(admin_actor) as s, pytest.raises(StoreError, match="standar pelayanannya belum ditulis"):
        admin.set_service_active(s, service.id, True)
    with db.write(admin_actor) as s, pytest.raises(InvalidInput) as taken:
        admin.add_unit(s, "PNP", "Penempatan lagi")
    assert taken.value.errors == {"code": "Kode bidang PNP sudah dipakai."}
    with db.write(admin_actor) as s:
        assert admin.rename_service(s, service.id, "Fasilitasi SNI Produk Industri").name == "Fasilitasi SNI Produk Industri"
        assert admin.update_unit(s, unit.id, "Industri", "Bidang Industri").name == "Industri"


# --- printing defaults -----------------------------------------------------------------------------


def test_default_paper_per_document_kind_is_shared_by_the_office(db: Database, admin_actor: Actor) -> None:
    with db.read() as s:
        assert printing_defaults.default_papers(s) == {
            "receipt": "A4", "attendance": "F4", "standard": "A4", "berita_acara": "A4",
        }
    with db.write(admin_actor) as s:
        printing_defaults.set_default_paper(s, "receipt", "80mm")
        printing_defaults.set_default_paper(s, "berita_acara", "F4")
    with db.read() as s:
        assert printing_defaults.default_paper(s, "receipt") == "80mm"
        assert printing_defaults.default_paper(s, "berita_acara") == "F4"
        assert last_entries(s, 1)[0].details == {"changes": {"berita_acara": ["A4", "F4"]}}
    with db.write(admin_actor) as s, pytest.raises(StoreError, match="tidak dapat dipakai untuk daftar hadir"):
        printing_defaults.set_default_paper(s, "attendance", "58mm")


def test_a_petugas_cannot_change_any_administration(db: Database) -> None:
    officer = actor(db, "petugas")
    p1 = service_id(db, "P1")
    changes = [
        lambda s: admin.update_office_profile(s, {"short_name": "X"}),
        lambda s: admin.set_logo(s, image_bytes("PNG")),
        lambda s: admin.set_service_active(s, p1, False),
        lambda s: admin.add_unit(s, "ZZ", "Bidang Z"),
        lambda s: printing_defaults.set_default_paper(s, "receipt", "A5"),
    ]
    for change in changes:
        with db.write(officer) as s, pytest.raises(AccessDenied):
            change(s)
    with db.read() as s:
        assert get_office_profile(s).short_name == "DKUKMTK"
        assert get_office_profile(s).logo is None
        assert "P1" in [svc.code for svc in list_services(s)]


@pytest.mark.postgres
def test_profile_pattern_check_and_catalogue_on_postgresql(pg_db: Database) -> None:
    with pg_db.write() as s:
        admin.update_office_profile(s, {"ref_pattern": "{unit}1{seq}/{year}", "short_name": "DKUKMTK"}, today=TODAY)
    receive(pg_db, "P1", 1)  # PNP11/2025
    with pg_db.write() as s, pytest.raises(InvalidInput, match="PNP11/2025"):
        admin.update_office_profile(s, {"ref_pattern": "{unit}{seq}/{year}"}, today=TODAY)
    with pg_db.write() as s:
        admin.set_service_active(s, service_id(pg_db, "P2"), False)
        admin.set_logo(s, image_bytes("PNG"))
    with pg_db.read() as s:
        row = next(c for c in admin.list_catalogue(s) if c.code == "P1")
        assert (row.requests, row.offered) == (1, True)
        assert not next(c for c in admin.list_catalogue(s) if c.code == "P2").offered
        assert printing_defaults.default_paper(s, "attendance") == "F4"
        assert get_office_profile(s).logo is not None
