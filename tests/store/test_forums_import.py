"""Importing an invitation list: every bad or duplicate row is reported, and then nothing is imported."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk.domain.forum_rules import ForumDraft, ParticipantDraft
from desk.domain.imports import ImportRejected
from desk.formats.table import TABLE_SUFFIXES, read_table
from desk.store import forums
from desk.store.access import OFFICER, AccessDenied
from desk.store.database import Database
from desk.store.models import AuditEntry
from desk.store.models_forums import ForumParticipantRow
from tests.factories import user_with_role

HEADINGS = ["No", "Nama", "Unsur", "Instansi", "Jabatan", "L/P", "No HP", "Setuju Foto", "Setuju Publikasi"]
GOOD = [
    [1, "Ahmad Fauzi", "Akademisi", "Politeknik Hasnur", "Dosen", "L", "0812-3456-7890", "ya", "ya"],
    [2, "Noor Aisyah", "media massa", "Balangan Pos", "Wartawan", "P", "", "tidak", "ya"],
    [3, "Rahmadi", "Instansi Pemerintah", "Kecamatan Batumandi", "Camat", "L", 81355556666, "ya", ""],
]


def import_file(db: Database, forum_id: int, path: Path) -> forums.ParticipantImport:
    """Import a list as the forum's import dialog does: read by desk.formats, the rows to the store."""
    table = read_table(path, header=True, max_rows=forums.MAX_IMPORT_ROWS, what="baris peserta",
                       suffixes=TABLE_SUFFIXES)
    return forums.import_participants(db, forum_id, table.header, table.rows, source=str(path)).value


@pytest.fixture
def forum(db: Database) -> int:
    return forums.create_forum(db, ForumDraft("FKP 2025", datetime(2025, 10, 29, 1, tzinfo=UTC), venue="Aula")).value.id


def count(db: Database, forum: int) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ForumParticipantRow)
                        .where(ForumParticipantRow.forum_id == forum)) or 0


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], delimiter: str = ";") -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def test_good_excel_list_is_imported_whole(db: Database, forum: int, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "undangan.xlsx", [HEADINGS, *GOOD, [None] * 9])
    report = import_file(db, forum, path)
    assert report.imported == 3 and report.lines == (2, 3, 4)
    people = {p.name: p for p in forums.list_participants(db, forum)}
    with db.read() as s:
        logged = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "data.import")).all()
    assert people["Rahmadi"].phone == "+6281355556666"  # Excel dropped the leading 0
    assert people["Noor Aisyah"].unsur == "media" and not people["Noor Aisyah"].consent_photo
    assert people["Ahmad Fauzi"].consent_publication and people["Ahmad Fauzi"].invited
    assert logged[-1] == {"kind": "forum_participants", "count": 3, "file": "undangan.xlsx"}


def test_bad_rows_are_all_reported_and_nothing_is_imported(db: Database, forum: int, tmp_path: Path) -> None:
    rows = [
        HEADINGS, *GOOD,
        [4, "", "Masyarakat", "Desa Mampari", "", "", "", "", ""],                  # no name
        [5, "Budi Santoso", "Pejabat", "UD Berkah", "", "L", "", "", ""],             # unknown unsur
        [6, "Siti Aminah", "masyarakat", "", "", "X", "021-555-1234", "mungkin", ""],  # sex, phone, consent
        [7, "ahmad  FAUZI", "akademisi", "politeknik hasnur", "", "", "", "", ""],    # duplicate of row 2
    ]
    path = write_csv(tmp_path / "undangan.csv", rows)
    with pytest.raises(forums.ImportRejected) as caught:
        import_file(db, forum, path)
    problems = {p.row: p.message for p in caught.value.problems}
    assert sorted(problems) == [5, 6, 7, 8]
    assert "Nama peserta wajib diisi" in problems[5]
    assert "Pejabat" in problems[6] and "tidak dikenal" in problems[6]
    assert "Jenis kelamin" in problems[7] and "Nomor HP" in problems[7] and "Setuju foto" in problems[7]
    assert "baris 2" in problems[8]
    assert count(db, forum) == 0
    assert "tidak ada peserta yang diimpor" in caught.value.message


def test_people_already_on_the_forum_are_reported_as_duplicates(db: Database, forum: int, tmp_path: Path) -> None:
    forums.add_participant(db, forum, ParticipantDraft("Noor Aisyah", "media", "Balangan Pos"))
    assert forums.check_participant_rows(db, forum, HEADINGS, list(enumerate(GOOD, start=2))).problems
    with pytest.raises(forums.ImportRejected) as caught:
        forums.import_participants(db, forum, HEADINGS, list(enumerate(GOOD, start=2)))
    assert [(p.row, p.subject) for p in caught.value.problems] == [(3, "Noor Aisyah")]
    assert "sudah terdaftar" in caught.value.problems[0].message
    assert count(db, forum) == 1


def test_missing_heading_unreadable_file_and_permission(db: Database, forum: int, tmp_path: Path) -> None:
    with pytest.raises(forums.ImportRejected, match="Unsur"):
        forums.import_participants(db, forum, ["Nama", "Instansi"], [(2, ["Ahmad", "X"])])
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(ImportRejected, match="Excel"):
        import_file(db, forum, broken)
    with pytest.raises(ImportRejected, match="CSV"):
        import_file(db, forum, tmp_path / "daftar.pdf")
    officer = user_with_role(db, OFFICER)
    path = write_csv(tmp_path / "ok.csv", [HEADINGS, *GOOD], delimiter=",")
    with pytest.raises(AccessDenied):
        import_file(db.as_user(officer), forum, path)
    assert count(db, forum) == 0
