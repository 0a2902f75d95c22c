"""Kecamatan and desa: edited by hand or imported from a Kemendagri code list, for offices outside Balangan."""

from __future__ import annotations

import pytest

from desk.formats.table import Row, read_table
from desk.store import admin_regions as regions
from desk.store import walk_in
from desk.store.access import AccessDenied
from desk.store.audit import last_entries
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change
from tests.admin_support import receive, user

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
def as_admin(db: Database) -> Database:
    return db.as_user(user(db, "admin", "Admin Wilayah"))


def visitor_in_mampari(db: Database) -> None:
    receive(db, "P1", 1, name="Warga Mampari", kecamatan_code="63.11.04", desa_code="63.11.04.2008")


def test_another_kabupatens_list_is_imported_and_replaces_balangans(db: Database, as_admin: Database) -> None:
    visitor_in_mampari(db)
    done = regions.import_regions(as_admin, rows(HSU), replace=True)
    report = done.value
    assert report.ok and done.changes.kinds == {Change.REGIONS}
    assert [r.action for r in report.rows] == ["dilewati", "dilewati", "tambah", "tambah", "tambah", "tambah", "tambah"]
    assert (report.added, report.kept_in_use) == (5, ("63.11.04.2008", "63.11.04"))
    assert walk_in.intake_form(db).kecamatan == (
        ("63.08.02", "Babirik"), ("63.11.04", "Batumandi"), ("63.08.01", "Danau Panggang"))
    assert walk_in.desa_of(db, "63.08.02") == [("63.08.02.2001", "Babirik Hulu")]
    assert walk_in.desa_of(db, "63.11.04") == [("63.11.04.2008", "Mampari")]  # still on a visitor's address
    assert report.removed == 165 - 2
    with db.read() as s:
        entry = last_entries(s, 1)[0]
        assert (entry.action, entry.details["added"]) == ("region.import", 5)


def test_a_file_with_problems_imports_nothing_and_names_every_row(db: Database, as_admin: Database) -> None:
    text = (
        "63.11.04.2008,Mampari Baru\n"  # rename: fine on its own
        "6311040,Batu Mandi (kode BPS)\n"
        "63.09.01.2001,Desa tanpa kecamatan\n"
        "63.11.09,\n"
        "63.11.09,Kecamatan Baru\n"
    )
    done = regions.import_regions(as_admin, rows(text))
    report = done.value
    assert not report.ok and not done.changes
    assert regions.check_region_import(db, rows(text)) == report
    by_line = {r.line: r for r in report.rows}
    assert by_line[1].ok and by_line[1].action == "ubah nama"
    assert "bukan kode wilayah Kemendagri" in by_line[2].problems[0]
    assert by_line[3].problems == ("Kecamatan 63.09.01 tidak ada di berkas maupun di daftar.",)
    assert "muncul lebih dari sekali" in by_line[4].problems[0] and "Nama wilayah kosong." in by_line[4].problems
    assert ("63.11.04.2008", "Mampari") in walk_in.desa_of(db, "63.11.04")


def test_regions_are_added_renamed_and_deleted_by_hand(db: Database, as_admin: Database) -> None:
    visitor_in_mampari(db)
    added = regions.add_region(as_admin, "63.11.04.2019", "Desa Pemekaran").value
    assert regions.rename_region(as_admin, "63.11.04", "Batumandi Ulu").value.visitors == 1
    assert (added.level, added.parent_code) == ("desa", "63.11.04")
    with pytest.raises(StoreError, match="dipakai di alamat 1 pengunjung"):
        regions.delete_region(as_admin, "63.11.04.2008")
    with pytest.raises(StoreError, match="masih mempunyai desa"):
        regions.delete_region(as_admin, "63.11.01")
    assert regions.delete_region(as_admin, "63.11.04.2019").value.name == "Desa Pemekaran"
    listed = {r.code: r for r in regions.list_regions(db)}
    assert listed["63.11.04"].name == "Batumandi Ulu" and listed["63.11.04.2008"].visitors == 1
    assert "63.11.04.2019" not in listed
    with db.read() as s:
        assert [e.action for e in last_entries(s, 3)] == ["region.delete", "region.update", "region.create"]
    with pytest.raises(StoreError, match="tidak valid"):
        regions.add_region(as_admin, "6311", "Kabupaten")


def test_a_petugas_cannot_edit_regions(db: Database) -> None:
    officer = db.as_user(user(db, "petugas", "Petugas Loket"))
    with pytest.raises(AccessDenied):
        regions.import_regions(officer, rows(HSU))
    with pytest.raises(AccessDenied):
        regions.rename_region(officer, "63.11.04", "X")
    with pytest.raises(AccessDenied):
        regions.add_region(officer, "63.11.04.2019", "Desa Pemekaran")


@pytest.mark.parametrize(("text", "expected"), [
    ("63.11.04", "63.11.04"), ("631104", "63.11.04"), ("6311042008", "63.11.04.2008"), ("6311040", None),
    ("63.11.04.208", None),
])
def test_codes_are_kemendagri_dotted_or_plain(text: str, expected: str | None) -> None:
    assert regions.normalise_code(text) == expected
