"""Control characters pasted into every import, on SQLite and on PostgreSQL (which refuses NUL outright).

Holidays, regions, standards and forum participants are read from real files by desk.formats and
stored: nothing of NUL, ESC or BEL reaches a row, so a list printed in a terminal does not clear the
screen, and no import dies with a DataError.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk.domain.forum_rules import ForumDraft, ParticipantDraft
from desk.formats.json_file import dump_json
from desk.formats.standards_file import json_content, read_standards_file
from desk.formats.table import read_table
from desk.store import admin_regions, forums, holidays, standards, standards_io
from desk.store.database import Database

NASTY = "\x00\x1b[2J\x07"


@pytest.fixture
def store(any_db: Database) -> Database:
    return any_db


def test_holidays_from_a_cr_only_file_and_typed_by_hand_are_stored_clean(store: Database, tmp_path: Path) -> None:
    path = tmp_path / "libur.csv"
    path.write_bytes(f"tanggal,nama,jenis,dasar hukum\r2027-01-01,Tahun Baru{NASTY},libur_nasional,SKB{NASTY}\r"
                     .encode())
    report = holidays.import_holidays(store, read_table(path).rows).value
    assert report.ok and report.imported == 1
    holidays.add_holiday(store, date(2027, 8, 17), f"Proklamasi{NASTY}\tKemerdekaan", "libur_nasional",
                         f"Keppres{NASTY}")
    listed = [(h.name, h.decree) for h in holidays.list_holidays(store, 2027)]
    assert listed == [("Tahun Baru[2J", "SKB[2J"), ("Proklamasi[2J Kemerdekaan", "Keppres[2J")]


def test_regions_are_stored_clean(store: Database, tmp_path: Path) -> None:
    path = tmp_path / "wilayah.csv"
    path.write_bytes(f"kode;nama\n63.11.04.2090;Desa{NASTY} Baru\n".encode())
    report = admin_regions.import_regions(store, read_table(path).rows).value
    admin_regions.add_region(store, "63.11.04.2091", f"Desa{NASTY} Pemekaran")
    assert report.ok and report.added == 1
    names = {r.code: r.name for r in admin_regions.list_regions(store)}
    assert (names["63.11.04.2090"], names["63.11.04.2091"]) == ("Desa[2J Baru", "Desa[2J Pemekaran")


def test_standards_from_json_are_stored_clean(store: Database, tmp_path: Path) -> None:
    data = json.loads(dump_json(json_content(standards_io.export_content(store))))
    u1 = next(item for item in data["services"] if item["code"] == "U1")
    u1["name"] = f"Fasilitasi NIB{NASTY}"
    newer = dict(u1["versions"][-1], version_no=2, effective_date="2026-02-02", sk_number=f"188.4/77{NASTY}",
                 notes=f"Catatan{NASTY}\nbaris dua", created_at=None)
    newer["requirements"] = [f"KTP-el{NASTY}", *newer["requirements"][1:]]
    u1["versions"].append(newer)
    path = tmp_path / "standar.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # NUL, ESC and BEL as JSON escapes
    report = standards_io.import_file(store, read_standards_file(path)).value
    assert report.versions_added == (("U1", 2),) and report.services_renamed == ("U1",)
    entry = standards.service_by_code(store, "U1")
    latest = standards.latest_standard(store, entry.service.id)
    assert entry.service.name == "Fasilitasi NIB[2J"
    assert latest is not None and latest.sk_number == "188.4/77[2J"
    assert latest.notes == "Catatan[2J\nbaris dua" and latest.requirements[0] == "KTP-el[2J"


def test_forum_participants_from_a_list_and_typed_by_hand_are_stored_clean(store: Database, tmp_path: Path) -> None:
    forum = forums.create_forum(store, ForumDraft("FKP 2025", datetime(2025, 10, 29, 1, tzinfo=UTC),
                                                  venue="Aula")).value.id
    path = tmp_path / "undangan.csv"
    path.write_bytes(f"Nama;Unsur;Instansi;No HP\nAhmad{NASTY} Fauzi;akademisi;Politeknik{NASTY};0812\x00\x07-3456-7890\n"
                     .encode())
    table = read_table(path, header=True)
    forums.import_participants(store, forum, table.header, table.rows, source=str(path))
    forums.add_participant(store, forum, ParticipantDraft(f"Noor{NASTY} Aisyah", "media", f"Balangan{NASTY} Pos"))
    people = sorted((p.name, p.institution, p.phone) for p in forums.list_participants(store, forum))
    assert people == [("Ahmad[2J Fauzi", "Politeknik[2J", "+6281234567890"), ("Noor[2J Aisyah", "Balangan[2J Pos", "")]
