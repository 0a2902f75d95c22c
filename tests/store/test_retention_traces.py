"""Anonymising leaves nothing recoverable in the database file: rows, search index, audit, free pages, log.

The raw bytes of the SQLite file (and its write-ahead log) are searched for every value that was
anonymised: the NIK (whole, and its last ten digits: the first six are the kecamatan code), the
phone in each form the search index holds, the name and the address.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.paths import DATABASE_FILE
from desk.store import retention, subjects
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.requests import change_status, create_request
from tests.factories import user_with_role

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
LONG_AGO = datetime(2018, 5, 7, 1, 0, tzinfo=UTC)
PEOPLE = 40


def person(n: int) -> tuple[str, str, str, str]:
    """(name, NIK, local phone, address) of the n-th visitor: each value unique in the database."""
    return (f"Zulfikar Wiratmaja{chr(65 + n % 26)}{chr(65 + n // 26)}",
            make_nik("631104", date(1960 + n % 40, 1 + n % 12, 1 + n % 27), "L" if n % 2 else "P", 100 + n),
            f"0852{7300000 + 37 * n:07d}", f"Jalan Kenanga Ungu Nomor {900 + n}")


def traces(value: str, blob: bytes) -> bool:
    return value.encode("utf-8") in blob


def file_bytes(data_dir: Path) -> bytes:
    blob = (data_dir / DATABASE_FILE).read_bytes()
    wal = data_dir / (DATABASE_FILE + "-wal")
    return blob + (wal.read_bytes() if wal.exists() else b"")


def forms_of(name: str, nik: str, phone: str, address: str) -> list[str]:
    international = "62" + phone[1:]
    return [name, nik, nik[6:], international, phone, address]


@pytest.fixture
def old_visitors(db: Database) -> list[tuple[str, str, str, str]]:
    """PEOPLE visitors served long ago, saved in many transactions (the search index gets many segments),
    and one recent visitor who stays."""
    admin = user_with_role(db, "admin", "Admin Retensi")
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    people = [person(n) for n in range(PEOPLE)]
    for n, (name, nik, phone, address) in enumerate(people):
        at = LONG_AGO + timedelta(days=n)
        with db.write(admin) as s:
            request = create_request(s, RequestDraft(service_id=service, name=name, nik=nik, phone=phone,
                                                     address=address, notes=f"Catatan untuk {name}"), None, at)
            change_status(s, request.id, "selesai", "", None, at + timedelta(hours=1))
    with db.write(admin) as s:
        create_request(s, RequestDraft(service_id=service, name="Nur Hasanah Tetap", nik=make_nik(
            "631105", date(1991, 2, 3), "P", 7), phone="081399990000"), None, NOW - timedelta(days=3))
    return people


def test_retention_leaves_no_anonymised_value_in_the_file(db: Database, data_dir: Path,
                                                          old_visitors: list[tuple[str, str, str, str]]) -> None:
    admin = user_with_role(db, "admin", "Admin Kedua")
    blob = file_bytes(data_dir)
    assert all(traces(nik, blob) for _, nik, _, _ in old_visitors)  # there before the run

    done = retention.run_retention(db.as_user(admin), now=NOW).value
    assert done.visitors == PEOPLE and done.scrubbed and done.audit_entries >= PEOPLE

    blob = file_bytes(data_dir)
    left = [value for p in old_visitors for value in forms_of(*p) if traces(value, blob)]
    assert left == []
    assert traces("Nur Hasanah Tetap", blob)  # the recent visitor is still there, searchable


def test_without_the_scrub_the_search_index_would_keep_old_digits(
    db: Database, data_dir: Path, old_visitors: list[tuple[str, str, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the scrub is for (the review's finding): overwriting the rows is not enough.
    admin = user_with_role(db, "admin", "Admin Kedua")
    monkeypatch.setattr(retention, "scrub", lambda _db: True)
    retention.run_retention(db.as_user(admin), now=NOW)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    blob = file_bytes(data_dir)
    assert any(traces(nik[6:], blob) or traces("62" + phone[1:], blob) for _, nik, phone, _ in old_visitors)


def test_an_erasure_on_request_leaves_no_trace_either(db: Database, data_dir: Path,
                                                      old_visitors: list[tuple[str, str, str, str]]) -> None:
    admin = user_with_role(db, "admin", "Admin Kedua")
    found = subjects.find_subjects(db.as_user(admin), old_visitors[3][1])
    subjects.erase_subject(db.as_user(admin), found[0].visitor_id, now=NOW)
    blob = file_bytes(data_dir)
    assert [v for v in forms_of(*old_visitors[3]) if traces(v, blob)] == []
    assert traces(old_visitors[4][1], blob)  # only that person


def test_a_correction_leaves_no_trace_of_the_old_identifiers(db: Database, data_dir: Path,
                                                            old_visitors: list[tuple[str, str, str, str]]) -> None:
    # The audit entry of a correction keeps the old name and address (old → new is the record of it,
    # blanked when the person is anonymised); the old NIK and phone are in it masked only.
    admin = user_with_role(db, "admin", "Admin Kedua")
    _name, nik, phone, _address = old_visitors[5]
    found = subjects.find_subjects(db.as_user(admin), nik)
    subjects.correct_subject(db.as_user(admin), found[0].visitor_id, subjects.VisitorCorrection(
        name="Zulfikar Wiratmaja Baru", nik=make_nik("631104", date(1961, 2, 2), "L", 905), phone="085299990001",
        address="Jalan Melati Nomor 1"), now=NOW)
    blob = file_bytes(data_dir)
    assert [v for v in (nik, nik[6:], "62" + phone[1:], phone) if traces(v, blob)] == []
    assert traces("Zulfikar Wiratmaja Baru", blob)
