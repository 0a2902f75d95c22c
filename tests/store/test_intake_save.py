"""The save path of intake as the officer sees it: who the visitor is, the number, the record shown.

The save runs on every walk-in and the request's reading on every receipt, so both were trimmed to
fewer queries (bench figure 3); these hold them to what the register shows afterwards.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.nik import make_nik
from desk.domain.records import RequestRecord
from desk.store.database import Database
from desk.store.models import RefCounter, Visitor
from desk.store.prints import next_copy, record_print
from desk.store.requests import request_detail
from tests.conftest import saved_walk_in

WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # Wednesday 09:00 WITA


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


RECEIPT = DocumentKind.RECEIPT


def _save(db: Database, *, now: datetime = WED, **changes: object) -> RequestRecord:
    values: dict[str, object] = {
        "name": "Rahmah", "nik": "", "phone": "0812-5555-0101",
        "address": "Jl. Mampari RT 02", "kecamatan_code": "63.11.04", "desa_code": "63.11.04.2008",
    }
    values.update(changes)
    return saved_walk_in(db, now=now, **values)  # type: ignore[arg-type]


def test_visitor_without_nik_is_known_again_by_phone_and_name(db: Database) -> None:
    first = _save(db, name="Rahmah")
    again = _save(db, name="RAHMAH")  # typed in capitals the second time
    sister = _save(db, name="Rusmini")  # the same family phone, another person
    assert again.visitor_id == first.visitor_id
    assert sister.visitor_id != first.visitor_id


def test_visitor_with_a_nik_is_not_taken_for_a_newcomer_without_one(db: Database) -> None:
    """Same phone and name, but the one on file has a NIK: a visitor without a NIK is someone else."""
    with_nik = _save(db, name="Rahmah", nik=make_nik("631104", date(1990, 3, 4), "P", 7))
    without = _save(db, name="Rahmah")
    assert without.visitor_id != with_nik.visitor_id
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visitor).where(Visitor.phone == "+6281255550101")) == 2


def test_saved_record_is_what_the_register_shows(db: Database) -> None:
    saved = _save(db, name="Siti Aminah", nik=make_nik("631104", date(1995, 5, 1), "P", 1))
    shown = request_detail(db, saved.id).record
    assert saved == shown
    assert shown.visitor_kecamatan and shown.visitor_desa  # region names, not codes
    assert shown.standard_version_no >= 1
    assert [e.to_status for e in shown.events] == ["diterima"]
    assert len(shown.checklist) > 0


def test_numbers_count_up_from_one_each_year(db: Database) -> None:
    numbers = [_save(db, name=f"Pemohon {i}").ref_number for i in range(3)]
    assert [n.split("/")[0] for n in numbers] == ["0001", "0002", "0003"]
    next_year = _save(db, name="Pemohon Tahun Baru", now=datetime(2026, 1, 5, 1, 0, tzinfo=UTC))
    assert next_year.ref_number.split("/")[0] == "0001"
    with db.read() as s:
        assert sorted(c.last_seq for c in s.scalars(select(RefCounter))) == [1, 3]


def test_copy_number_counts_paper_prints_of_this_request_only(db: Database) -> None:
    first, second = _save(db, name="Pemohon A"), _save(db, name="Pemohon B")
    assert record_print(db, RECEIPT, first.id, PrintAction.PRINT, "A4").value == 1
    assert record_print(db, RECEIPT, first.id, PrintAction.SAVE, "A4").value == 2  # carries the next print's number
    assert next_copy(db, RECEIPT, first.id) == 2  # a saved file used up no paper copy
    assert record_print(db, RECEIPT, first.id, PrintAction.PRINT, "A4").value == 2
    assert next_copy(db, RECEIPT, first.id) == 3
    assert next_copy(db, RECEIPT, second.id) == 1
