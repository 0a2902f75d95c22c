"""Nothing personal reaches desk.log: database errors are told without the values they were binding.

The review found NIK, name and phone in the log after an unexpected database error, because the
error's text carried the bound values (and PostgreSQL's DETAIL line quotes the row). Here the
errors are triggered for real, on SQLite and PostgreSQL, through the units of work every
operation uses and through the crash reporter's path, and the log file is searched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk.domain.nik import make_nik
from desk.log_file import setup_logging
from desk.store.database import Database
from desk.store.errors import DataRejected
from desk.store.models import Visitor

NIK = make_nik("631104", date(1990, 8, 15), "P", 3)
NAME = "Rahmawati Contohsari"
PHONE = "+6281255501234"
PERSONAL = (NIK, NAME, PHONE, PHONE[1:], "081255501234", NIK[6:])


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "log"
    path = setup_logging(folder, terminal_fallback=False)
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "desk_log_path", None) == path:
            root.removeHandler(handler)
            handler.close()


def logged(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_a_refused_value_is_logged_without_the_values(any_db: Database, log_file: Path) -> None:
    db = any_db
    with db.write() as s:
        s.add(Visitor(nik=NIK, name=NAME, phone=PHONE))
    with pytest.raises(DataRejected) as duplicate, db.write() as s:  # the same NIK again: a unique constraint
        s.add(Visitor(nik=NIK, name=NAME, phone=PHONE))
    assert duplicate.value.__cause__ is None and duplicate.value.__suppress_context__  # no driver text chained
    assert NIK not in str(duplicate.value) and "Coba simpan lagi" in duplicate.value.message
    if not db.is_sqlite:
        with pytest.raises(DataRejected), db.write() as s:  # too long for VARCHAR(200): a DataError
            s.add(Visitor(name=NAME, phone=PHONE, region_text=NAME * 20))
    text = logged(log_file)
    assert "value refused by the database" in text
    assert [value for value in PERSONAL if value in text] == []


def test_an_unexpected_error_through_the_crash_path_is_logged_masked(log_file: Path) -> None:
    try:
        raise RuntimeError(f"gagal: Key (nik)=({NIK}) nomor {PHONE}\nDETAIL: Key (name)=({NAME}) already exists.")
    except RuntimeError:
        logging.getLogger("desk.crash").error("unexpected error", exc_info=True)
    text = logged(log_file)
    assert "Traceback" in text and "RuntimeError" in text  # the log still says what happened
    assert [value for value in PERSONAL if value in text] == []
    assert "6311********0003" in text
