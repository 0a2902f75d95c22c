"""The register out of Desk: the filtered register as xlsx and CSV, read back, masked by role, cancelled cleanly."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desk.domain.nik import mask_nik
from desk.domain.phone import format_phone, mask_phone
from desk.formats.register_file import HEADINGS, open_export
from desk.store import access
from desk.store.access import AccessDenied
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.models import AuditEntry
from desk.store.register_export import BATCH, ExportCancelled, export_register
from desk.store.requests import RegisterFilter, register_count, register_slice, request_detail
from desk.store.work import office_context
from tests.conftest import saved_walk_in, service_id_of
from tests.factories import user_with_role
from tests.ui.helpers import draft

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # Rabu 25 November 2026, 10.00 WITA
PHONE = "081234567890"


def exported(db: Database, path: Path, filters: RegisterFilter, **options: Any) -> int:
    with open_export(path) as out:
        done = export_register(db, filters, out.write, file_name=path.name, file_format=out.kind, **options)
    return done.value.rows


def export_audits(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        return [dict(e.details) for e in s.scalars(  # type: ignore[arg-type]
            select(AuditEntry).where(AuditEntry.action == "register.export").order_by(AuditEntry.id))]


def xlsx_rows(path: Path) -> tuple[Any, list[tuple[Any, ...]]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    return sheet, rows


@pytest.fixture
def admin(any_db: Database) -> Database:
    return any_db.as_user(user_with_role(any_db, access.ADMIN, "Nurul Admin"))


def test_the_filtered_register_goes_to_xlsx_and_csv_whole_masked_unless_revealed(
    any_db: Database, admin: Database, tmp_path: Path
) -> None:
    db = any_db
    people = [("Siti Aminah", "P1", "631104", 1), ("=HYPERLINK(\"http://x\")", "P1", "631106", 2),
              ("Budi Santoso", "K3", "631101", 3), ("Rina Wati", "P1", "631102", 4)]
    saved = [saved_walk_in(db, name, code, now=NOW, nik=draft(db, "x", region, n).nik, phone=PHONE)
             for name, code, region, n in people]
    p1 = RegisterFilter(service_id=service_id_of(db, "P1"))
    assert register_count(db, p1, NOW.date()).total == 3

    rows = exported(admin, tmp_path / "register.xlsx", p1, now=NOW)
    sheet, cells = xlsx_rows(tmp_path / "register.xlsx")
    assert rows == 3 and cells[0] == HEADINGS and len(cells) == 4
    assert sheet.freeze_panes == "C2" and sheet.auto_filter.ref == f"A1:R{len(cells)}"
    assert sheet.column_dimensions["F"].width == 40
    on_screen = register_slice(db, p1, NOW.date()).rows  # the register's order: newest first
    assert [c[1] for c in cells[1:]] == [r.ref_number for r in on_screen]
    newest = request_detail(db, on_screen[0].id).record
    number, ref, received, unit, code, _service, name, nik, sex, phone = cells[1][:10]
    assert (number, ref, unit, code, name, sex) == (1, newest.ref_number, "PNP", "P1", "Rina Wati", newest.visitor_sex)
    assert received == datetime(2026, 11, 25, 10, 0) and cells[1][15] == datetime(2026, 11, 25)  # real dates
    for row in range(2, len(cells) + 1):  # as an Indonesian office reads them, on every row
        assert sheet.cell(row, 3).number_format == "DD-MM-YYYY HH:MM" and sheet.cell(row, 3).is_date
        assert sheet.cell(row, 16).number_format == "DD-MM-YYYY" and sheet.cell(row, 16).is_date
        assert sheet.cell(row, 1).data_type == "n" and sheet.cell(row, 1).value == row - 1
    assert [c[16] for c in cells[1:]] == [None, None, None]  # open requests: "Ditutup" left empty
    assert nik == mask_nik(newest.visitor_nik or "") and phone == mask_phone(newest.visitor_phone or "")
    assert cells[2][6] == people[1][0]  # a name that looks like a formula stays text
    assert sheet.cell(3, 7).data_type == "s"

    audit = export_audits(db)[-1]
    assert audit["rows"] == 3 and audit["format"] == "xlsx" and audit["revealed"] is False
    assert audit["filter"]["service_id"] == p1.service_id

    # Revealed at the admin's request; CSV this time, every matching row.
    rows = exported(admin, tmp_path / "register.csv", RegisterFilter(), reveal=True, now=NOW)
    text = (tmp_path / "register.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # UTF-8 with its mark: Excel reads the names right
    lines = list(csv.reader(io.StringIO(text.decode("utf-8-sig")), delimiter=";"))
    assert rows == 4 and tuple(lines[0]) == HEADINGS and len(lines) == 5
    by_name = {line[6]: line for line in lines[1:]}
    siti = next(r for r in saved if r.visitor_name == "Siti Aminah")
    assert by_name["Siti Aminah"][7] == siti.visitor_nik and by_name["Siti Aminah"][9] == format_phone(PHONE)
    assert by_name["Siti Aminah"][2] == "2026-11-25 10:00"
    assert "'=HYPERLINK(\"http://x\")" in by_name  # CSV has no text cells: the apostrophe keeps it inert
    assert export_audits(db)[-1]["revealed"] is True


def test_who_may_export_and_reveal(any_db: Database, tmp_path: Path) -> None:
    saved_walk_in(any_db, "Siti Aminah", "P1", now=NOW, nik=draft(any_db, "x", "631104", 1).nik)
    officer = any_db.as_user(user_with_role(any_db, access.OFFICER, "Rahmat Hidayat"))
    head = any_db.as_user(user_with_role(any_db, access.HEAD, "Kepala Dinas"))
    out = tmp_path / "out"
    out.mkdir()
    for who, reveal in ((officer, False), (officer, True), (head, False)):
        with pytest.raises(AccessDenied, match="mengekspor data"):
            exported(who, out / "x.xlsx", RegisterFilter(), reveal=reveal, now=NOW)
    assert not list(out.iterdir())  # refused before anything was written
    assert export_audits(any_db) == []


def test_a_cancelled_export_leaves_no_file_and_no_audit_and_a_big_one_streams_in_batches(
    db: Database, tmp_path: Path
) -> None:
    add_demo_requests(db, BATCH * 2 + 7, seed=3, end=NOW)
    admin = db.as_user(user_with_role(db, access.ADMIN, "Nurul Admin"))
    seen: list[tuple[int, int]] = []

    def stop_after_first_batch(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < BATCH

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    old = tmp_path / "register.xlsx"
    old.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        exported(admin, old, RegisterFilter(), progress=stop_after_first_batch, now=NOW)
    assert seen == [(0, BATCH * 2 + 7), (BATCH, BATCH * 2 + 7)]  # stopped after the first batch
    assert old.read_bytes() == b"the previous export"  # untouched, and no temporary file left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]
    assert export_audits(db) == []

    steps: list[int] = []
    rows = exported(admin, tmp_path / "all.xlsx", RegisterFilter(),
                    progress=lambda done, _total: steps.append(done) is None, now=NOW)
    _sheet, cells = xlsx_rows(tmp_path / "all.xlsx")
    assert rows == len(cells) - 1 == BATCH * 2 + 7 == register_count(db, RegisterFilter(), NOW.date()).total
    assert steps == [0, BATCH, BATCH * 2, BATCH * 2 + 7]
    assert [c[0] for c in cells[1:]] == list(range(1, rows + 1))
    assert len({c[1] for c in cells[1:]}) == rows  # every request once
    today = office_context(db, now=NOW).today
    late = register_count(db, RegisterFilter(overdue_only=True), today).total
    assert sum(1 for c in cells[1:] if c[17] == "Ya") == late
    assert all(isinstance(c[15], datetime) and c[15].date() <= date(2027, 12, 31) for c in cells[1:])
