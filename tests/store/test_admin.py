"""Administration in the store: office profile, numbering pattern, logo, units and services, paper defaults."""

from __future__ import annotations

from datetime import date

import pytest

from desk.domain.intake import RequestDraft
from desk.domain.records import OfficeProfile
from desk.store import admin, printing_defaults, walk_in
from desk.store.access import AccessDenied
from desk.store.admin import InvalidInput
from desk.store.audit import last_entries
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.receipts import receipt_for
from desk.store.requests import InvalidRequest
from desk.store.work import Change, office_context
from tests.admin_support import WED, image_bytes, receive, service_id, user


@pytest.fixture
def as_admin(db: Database) -> Database:
    return db.as_user(user(db, "admin"))


def profile(db: Database) -> OfficeProfile:
    return office_context(db).profile


# --- office profile --------------------------------------------------------------------------------


def test_a_new_office_makes_the_profile_its_own(db: Database, as_admin: Database) -> None:
    done = admin.update_office_profile(as_admin, {
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
    saved = done.value
    assert done.changes.kinds == {Change.OFFICE}
    assert saved.office_name == "DINAS PERDAGANGAN, KOPERASI DAN UKM"  # spaces tidied
    assert (saved.short_name, saved.place_name) == ("DPKUKM", "Amuntai")
    assert profile(db).head_nip == "197001011995032001"  # the 18 digits; papers print them grouped
    with db.read() as s:
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.entity, entry.username) == ("office.update", "office_profile",
                                                                as_admin.actor.username)  # type: ignore[union-attr]
        assert entry.details["changes"]["short_name"] == ["DKUKMTK", "DPKUKM"]
        assert "timezone" not in entry.details["changes"]  # unchanged fields are not logged
    assert receive(db, "P1", 1).ref_number == "0001/PNP/DPKUKM/X/2025"


def test_the_head_and_the_decree_for_official_papers_are_saved_and_the_gaps_go(db: Database,
                                                                               as_admin: Database) -> None:
    before = {g.field for g in admin.paper_gaps(db)}
    assert {"phone", "head_name", "head_nip", "head_rank", "logo", "standards_decree_number",
            "standards_decree_date"} <= before
    done = admin.update_office_profile(as_admin, {
        "phone": "(0526) 2028123",
        "head_name": "Drs. H. AHMAD FAUZI RAHMAN, M.Si.",
        "head_nip": "19680512 199403 1 007",
        "head_rank": "Pembina Utama Muda (IV/c)",
        "head_position": "KEPALA DINAS KOPERASI, USAHA KECIL MENENGAH\nDAN TENAGA KERJA KABUPATEN BALANGAN",
        "service_pic_nip": "19800101.200501.1.002",
        "standards_decree_number": "188.4/045/DKUKMTK/2025",
        "standards_decree_date": "02-01-2025",
        "maklumat_date": date(2025, 1, 6),
    }, now=WED)
    saved = done.value
    assert (saved.head_nip, saved.service_pic_nip) == ("196805121994031007", "198001012005011002")
    assert (saved.standards_decree_date, saved.maklumat_date) == (date(2025, 1, 2), date(2025, 1, 6))
    assert saved.head_position.splitlines()[1] == "DAN TENAGA KERJA KABUPATEN BALANGAN"
    assert {g.field for g in admin.paper_gaps(db)} == {"logo"}
    with db.read() as s:
        changes = last_entries(s, 1)[0].details["changes"]
        assert changes["standards_decree_date"] == [None, "2025-01-02"]
        assert changes["head_nip"] == ["19XXXXXX XXXXXX X XXX", "196805121994031007"]
    # The same NIP typed grouped again is no change; a bad one and a bad date are said beside them.
    assert not admin.update_office_profile(as_admin, {"head_nip": "19680512 199403 1 007"}).changes
    with pytest.raises(InvalidInput) as refused:
        admin.update_office_profile(as_admin, {"service_pic_nip": "1980010120050110", "maklumat_date": "31-02-2025",
                                               "head_position": "a\nb\nc\nd"})
    assert refused.value.errors == {
        "service_pic_nip": "NIP terdiri dari 18 angka (terisi 16), mis. 19680512 199403 1 007.",
        "maklumat_date": "Tanggal penandatanganan maklumat: tulis tanggalnya seperti 31-12-2025.",
        "head_position": "Jabatan lengkap paling banyak 3 baris.",
    }
    assert admin.update_office_profile(as_admin, {"maklumat_date": ""}).value.maklumat_date is None


def test_every_bad_field_is_reported_at_once_and_nothing_is_saved(db: Database, as_admin: Database) -> None:
    with pytest.raises(InvalidInput) as refused:
        admin.update_office_profile(as_admin, {
            "office_name": "", "email": "bukan-email", "postal_code": "7166", "head_nip": "1970",
            "timezone": "Europe/Berlin", "short_name": "DKU KMTK",
        })
    assert set(refused.value.errors) == {"office_name", "email", "postal_code", "head_nip", "timezone", "short_name"}
    assert refused.value.errors["postal_code"] == "Kode pos terdiri dari 5 angka."
    assert refused.value.errors["head_nip"] == "NIP terdiri dari 18 angka (terisi 4), mis. 19680512 199403 1 007."
    assert profile(db).office_name.startswith("DINAS KOPERASI")


def test_the_seeded_placeholders_do_not_block_saving_another_field(db: Database, as_admin: Database) -> None:
    current = profile(db)
    form = {name: getattr(current, name) for name in admin.PROFILE_FIELDS}
    form["phone"] = "(0526) 2028123"
    # head_nip still reads "19XXXXXX XXXXXX X XXX"
    assert admin.update_office_profile(as_admin, form).value.phone == "(0526) 2028123"


def test_a_pattern_without_seq_is_refused_with_a_clear_message(db: Database, as_admin: Database) -> None:
    with pytest.raises(InvalidInput) as refused:
        admin.update_office_profile(as_admin, {"ref_pattern": "{unit}/{office}/{year}"})
    assert refused.value.field == "ref_pattern"
    assert refused.value.errors["ref_pattern"] == (
        "Pola harus memuat {seq} (nomor urut); tanpa itu semua permohonan mendapat nomor yang sama."
    )
    assert profile(db).ref_pattern == "{seq:04d}/{unit}/{office}/{month_roman}/{year}"
    preview = admin.preview_numbers(db, "{unit}/{office}/{year}", now=WED)
    assert not preview.ok and preview.numbers == ()


def test_preview_shows_the_next_number_of_every_unit(db: Database) -> None:
    receive(db, "P1", 1)
    receive(db, "P1", 2)
    preview = admin.preview_numbers(db, "{unit}-{seq:03d}/{office}/{year}", short_name="DPK", now=WED)
    assert preview.ok
    assert [(n.unit_code, n.number) for n in preview.numbers] == [
        ("PNP", "PNP-003/DPK/2025"), ("BLK", "BLK-001/DPK/2025"), ("UKM", "UKM-001/DPK/2025"), ("KOP", "KOP-001/DPK/2025"),
    ]


def test_a_pattern_that_could_repeat_an_issued_number_is_refused(db: Database, as_admin: Database) -> None:
    admin.update_office_profile(as_admin, {"ref_pattern": "{unit}1{seq}/{year}"}, now=WED)
    for serial in range(1, 6):
        receive(db, "P1", serial)  # PNP11/2025 .. PNP15/2025
    with pytest.raises(InvalidInput) as refused:
        # seq 11 would print PNP11/2025 again
        admin.update_office_profile(as_admin, {"ref_pattern": "{unit}{seq}/{year}"}, now=WED)
    assert "nomor PNP11/2025 yang sudah dipakai" in refused.value.errors["ref_pattern"]
    # a separator makes it safe
    admin.update_office_profile(as_admin, {"ref_pattern": "{unit}-{seq}/{year}"}, now=WED)
    assert receive(db, "P1", 9).ref_number == "PNP-6/2025"


# --- logo ----------------------------------------------------------------------------------------


def test_a_png_or_jpeg_logo_is_stored_and_replaced(db: Database, as_admin: Database) -> None:
    png = image_bytes("PNG")
    done = admin.set_logo(as_admin, png)
    assert (done.value.info.format, done.value.info.width, done.value.info.height) == ("PNG", 120, 150)
    assert done.value.profile.logo == png and done.changes.kinds == {Change.OFFICE}
    assert profile(db).logo == png
    assert admin.set_logo(as_admin, image_bytes("JPEG")).value.info.format == "JPEG"
    assert profile(db).logo.startswith(b"\xff\xd8")  # type: ignore[union-attr]
    with db.read() as s:
        assert [e.action for e in last_entries(s, 2)] == ["office.logo", "office.logo"]
        assert last_entries(s, 1)[0].details["replaced"] is True
    assert admin.remove_logo(as_admin).value.logo is None
    assert profile(db).logo is None


def test_a_huge_logo_is_scaled_down_and_a_cmyk_jpeg_made_rgb(as_admin: Database) -> None:
    big = admin.set_logo(as_admin, image_bytes("PNG", (3000, 2400))).value.info
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
def test_a_bad_logo_is_refused_and_the_old_one_kept(db: Database, as_admin: Database, data: bytes,
                                                    message: str) -> None:
    png = image_bytes("PNG")
    admin.set_logo(as_admin, png)
    with pytest.raises(StoreError, match=message) as refused:
        admin.set_logo(as_admin, data)
    assert refused.value.field == "logo"
    assert profile(db).logo == png


# --- units and services ----------------------------------------------------------------------------


def test_a_deactivated_service_cannot_be_chosen_at_intake_but_old_requests_show_it(
    db: Database, as_admin: Database
) -> None:
    old = receive(db, "P3", 1)
    p3 = service_id(db, "P3")
    done = admin.set_service_active(as_admin, p3, False)
    assert done.value.active is False and done.changes.kinds == {Change.CATALOGUE}
    assert "P3" not in [svc.code for svc in walk_in.intake_form(db).services]  # intake picker and look-up
    shown = receipt_for(db, old.id).request
    assert shown.service_code == "P3" and shown.service_name.startswith("Rekomendasi Paspor")
    row = next(c for c in admin.list_catalogue(db) if c.code == "P3")
    assert (row.active, row.offered, row.requests, row.has_standard) == (False, False, 1, True)
    with db.read() as s:
        assert last_entries(s, 1)[0].action == "service.deactivate"
    with pytest.raises(InvalidRequest) as refused:
        walk_in.save_walk_in(db, RequestDraft(service_id=p3, name="Pemohon Baru"), now=WED)
    assert refused.value.errors["service"] == "Layanan ini tidak tersedia lagi. Pilih layanan lain."
    admin.set_service_active(as_admin, p3, True)
    receive(db, "P3", 2)


def test_a_deactivated_unit_takes_its_services_off_the_picker(db: Database, as_admin: Database) -> None:
    blk = next(c.unit_id for c in admin.list_catalogue(db) if c.unit_code == "BLK")
    admin.set_unit_active(as_admin, blk, False)
    assert {svc.unit_code for svc in walk_in.intake_form(db).services} == {"PNP", "UKM", "KOP"}
    assert admin.preview_numbers(db, now=WED).numbers[1].unit_code == "UKM"
    shown = admin.catalogue(db)
    assert [(u.code, u.active) for u in shown.units] == [("PNP", True), ("BLK", False), ("UKM", True), ("KOP", True)]


def test_a_new_unit_and_service_wait_for_their_standard(db: Database, as_admin: Database) -> None:
    unit = admin.add_unit(as_admin, "pnk", "Perindustrian", "Bidang Perindustrian").value
    service = admin.add_service(as_admin, unit.id, "n1", "Fasilitasi Sertifikasi Produk Industri").value
    assert (unit.code, service.code, service.active) == ("PNK", "N1", False)
    assert "N1" not in [svc.code for svc in walk_in.intake_form(db).services]
    with db.read() as s:
        assert [e.action for e in last_entries(s, 2)] == ["service.create", "unit.create"]
    with pytest.raises(StoreError, match="standar pelayanannya belum ditulis"):
        admin.set_service_active(as_admin, service.id, True)
    with pytest.raises(InvalidInput) as taken:
        admin.add_unit(as_admin, "PNP", "Penempatan lagi")
    assert taken.value.errors == {"code": "Kode bidang PNP sudah dipakai."}
    assert admin.rename_service(as_admin, service.id, "Fasilitasi SNI Produk Industri").value.name == (
        "Fasilitasi SNI Produk Industri")
    assert admin.update_unit(as_admin, unit.id, "Industri", "Bidang Industri").value.name == "Industri"
    assert admin.update_unit(as_admin, unit.id, "Industri", "Bidang Industri").changes.kinds == set()  # no change


# --- printing defaults -----------------------------------------------------------------------------


def test_default_paper_per_document_kind_is_shared_by_the_office(db: Database, as_admin: Database) -> None:
    assert printing_defaults.papers(db) == {"receipt": "A4", "attendance": "F4", "standard": "A4", "berita_acara": "A4"}
    printing_defaults.choose_paper(as_admin, "receipt", "80mm")
    printing_defaults.choose_paper(as_admin, "berita_acara", "F4")
    assert printing_defaults.paper_for(db, "receipt") == "80mm"
    assert printing_defaults.paper_for(db, "berita_acara") == "F4"
    with db.read() as s:
        assert last_entries(s, 1)[0].details == {"changes": {"berita_acara": ["A4", "F4"]}}
    with pytest.raises(StoreError, match="tidak dapat dipakai untuk daftar hadir"):
        printing_defaults.choose_paper(as_admin, "attendance", "58mm")


def test_a_petugas_cannot_change_any_administration(db: Database) -> None:
    officer = db.as_user(user(db, "petugas"))
    p1 = service_id(db, "P1")
    changes = [
        lambda: admin.update_office_profile(officer, {"short_name": "X"}),
        lambda: admin.set_logo(officer, image_bytes("PNG")),
        lambda: admin.remove_logo(officer),
        lambda: admin.set_service_active(officer, p1, False),
        lambda: admin.add_unit(officer, "ZZ", "Bidang Z"),
        lambda: printing_defaults.choose_paper(officer, "receipt", "A5"),
    ]
    for change in changes:
        with pytest.raises(AccessDenied):
            change()
    assert profile(db).short_name == "DKUKMTK"
    assert profile(db).logo is None
    assert "P1" in [svc.code for svc in walk_in.intake_form(db).services]


@pytest.mark.postgres
def test_profile_pattern_check_and_catalogue_on_postgresql(pg_db: Database) -> None:
    admin.update_office_profile(pg_db, {"ref_pattern": "{unit}1{seq}/{year}", "short_name": "DKUKMTK"}, now=WED)
    receive(pg_db, "P1", 1)  # PNP11/2025
    with pytest.raises(InvalidInput, match="PNP11/2025"):
        admin.update_office_profile(pg_db, {"ref_pattern": "{unit}{seq}/{year}"}, now=WED)
    admin.set_service_active(pg_db, service_id(pg_db, "P2"), False)
    admin.set_logo(pg_db, image_bytes("PNG"))
    row = next(c for c in admin.list_catalogue(pg_db) if c.code == "P1")
    assert (row.requests, row.offered) == (1, True)
    assert not next(c for c in admin.list_catalogue(pg_db) if c.code == "P2").offered
    assert printing_defaults.paper_for(pg_db, "attendance") == "F4"
    assert profile(pg_db).logo is not None


@pytest.mark.parametrize(("phone", "ok"), [
    ("(0526) 2028123", True), ("0526-2028123 / 2028124", True), ("+62 526 2028123", True),
    ("(0526) 2028xxx", False), ("(0526) 20281XX", False), ("2028", False), ("telp. 2028123", False),
])
def test_the_office_telephone_is_a_whole_number(as_admin: Database, phone: str, ok: bool) -> None:
    if ok:
        assert admin.update_office_profile(as_admin, {"phone": phone}).value.phone == phone
    else:
        with pytest.raises(InvalidInput) as refused:
            admin.update_office_profile(as_admin, {"phone": phone})
        assert refused.value.errors["phone"].startswith("Telepon hanya berisi angka lengkap")
