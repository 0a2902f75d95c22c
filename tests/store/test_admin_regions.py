"""Kecamatan and desa: edited by hand or imported from a Kemendagri code list, for offices outside Balangan."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.formats.table import Row, read_table
from desk.store import admin_regions as regions
from desk.store.access import AccessDenied, Actor
from desk.store.audit import last_entries
from desk.store.catalog import list_desa, list_kecamatan, list_services
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import create_request
from tests.factories import user_with_role

HSU = """kode,nama
63,KALIMANTAN SELATAN
63.08,KAB. HULU SUNGAI UTARA
63.08.01,Danau Panggang
63.08.01.2001,Danau Panggang
63.08.01.2002,Sapala
63.08.02,Babirik
6308022001,Babirik Hulu
"""


def rows(text: str) -> tuple[Row, ...]:
    """The rows of a CSV file with this text, as the import reads them."""
    return read_table(text.encode("utf-8")).rows


@pytest.fixture
def admin(db: Database) -> Actor:
    return user_with_role(db, "admin", "Admin Wilayah")


def visitor_in_mampari(db: Database) -> None:
    with db.read() as s:
        p1 = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with db.write() as s:
        create_request(s, RequestDraft(
            service_id=p1, name="Warga Mampari", nik=make_nik("631104", date(1990, 1, 1), "L", 1),
            kecamatan_code="63.11.04", desa_code="63.11.04.2008",
        ), None, now=datetime(2025, 10, 29, 1, tzinfo=UTC))


def test_another_kabupatens_list_is_imported_and_replaces_balangans(db: Database, admin: Actor) -> None:
    visitor_in_mampari(db)
    with db.write(admin) as s:
        report = regions.import_regions_csv(s, rows(HSU), replace=True)
    assert report.ok
    assert [r.action for r in report.rows] == ["dilewati", "dilewati", "tambah", "tambah", "tambah", "tambah", "tambah"]
    assert (report.added, report.kept_in_use) == (5, ("63.11.04.2008", "63.11.04"))
    with db.read() as s:
        assert list_kecamatan(s) == [("63.08.02", "Babirik"), ("63.11.04", "Batu Mandi"), ("63.08.01", "Danau Panggang")]
        assert list_desa(s, "63.08.02") == [("63.08.02.2001", "Babirik Hulu")]
        assert list_desa(s, "63.11.04") == [("63.11.04.2008", "Mampari")]  # still on a visitor's address
        assert report.removed == 165 - 2
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.details["added"]) == ("region.import", 5)


def test_a_file_with_problems_imports_nothing_and_names_every_row(db: Database, admin: Actor) -> None:
    text = (
        "63.11.04.2008,Mampari Baru\n"  # rename: fine on its own
        "6311040,Batu Mandi (kode BPS)\n"
        "63.09.01.2001,Desa tanpa kecamatan\n"
        "63.11.09,\n"
        "63.11.09,Kecamatan Baru\n"
    )
    with db.write(admin) as s:
        report = regions.import_regions_csv(s, rows(text))
    assert not report.ok
    by_line = {r.line: r for r in report.rows}
    assert by_line[1].ok and by_line[1].action == "ubah nama"
    assert "bukan kode wilayah Kemendagri" in by_line[2].problems[0]
    assert by_line[3].problems == ("Kecamatan 63.09.01 tidak ada di berkas maupun di daftar.",)
    assert "muncul lebih dari sekali" in by_line[4].problems[0] and "Nama wilayah kosong." in by_line[4].problems
    with db.read() as s:
        assert ("63.11.04.2008", "Mampari") in list_desa(s, "63.11.04")


def test_regions_are_added_renamed_and_deleted_by_hand(db: Database, admin: Actor) -> None:
    visitor_in_mampari(db)
    with db.write(admin) as s:
        added = regions.add_region(s, "63.11.04.2019", "Desa Pemekaran")
        regions.rename_region(s, "63.11.04", "Batumandi")
    assert (added.level, added.parent_code) == ("desa", "63.11.04")
    with db.write(admin) as s, pytest.raises(StoreError, match="dipakai di alamat 1 pengunjung"):
        regions.delete_region(s, "63.11.04.2008")
    with db.write(admin) as s, pytest.raises(StoreError, match="masih mempunyai desa"):
        regions.delete_region(s, "63.11.01")
    with db.write(admin) as s:
        regions.delete_region(s, "63.11.04.2019")
    with db.read() as s:
        listed = {r.code: r for r in regions.list_regions(s)}
        assert listed["63.11.04"].name == "Batumandi" and listed["63.11.04.2008"].visitors == 1
        assert "63.11.04.2019" not in listed
        assert [e.action for e in last_entries(s, 3)] == ["region.delete", "region.update", "region.create"]
    with db.write(admin) as s, pytest.raises(StoreError, match="tidak valid"):
        regions.add_region(s, "6311", "Kabupaten")


def test_a_petugas_cannot_edit_regions(db: Database) -> None:
    officer = user_with_role(db, "petugas", "Petugas Loket")
    with db.write(officer) as s, pytest.raises(AccessDenied):
        regions.import_regions_csv(s, rows(HSU))
    with db.write(officer) as s, pytest.raises(AccessDenied):
        regions.rename_region(s, "63.11.04", "X")


@pytest.mark.parametrize(("text", "expected"), [
    ("63.11.04", "63.11.04"), ("631104", "63.11.04"), ("6311042008", "63.11.04.2008"), ("6311040", None),
    ("63.11.04.208", None),
])
def test_codes_are_kemendagri_dotted_or_plain(text: str, expected: str | None) -> None:
    assert regions.normalise_code(text) == expected
