"""The register's lazy model: a well-behaved Qt model that pages by 200 and loads rows only when shown."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk.domain.status import IN_PROCESS
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.database import Database
from desk.store.request_changes import set_status
from desk.store.requests import RegisterFilter
from desk.ui.register.model import (
    CHUNK_SIZE,
    COL_NIK,
    COL_RECEIVED,
    COL_REF,
    COL_STATUS,
    COL_VISITOR,
    PAGE_SIZE,
    RegisterModel,
)
from desk.ui.register.page import RegisterPage
from tests.conftest import saved_walk_in
from tests.ui.helpers import draft, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

TOTAL = 450
START = datetime(2025, 10, 1, 1, 0, tzinfo=UTC)  # Wednesday 1 October 2025, 09.00 WITA


@pytest.fixture(scope="module")
def filled_template(template_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with TOTAL requests, one a minute, built once for this module.

    Every tenth visitor is a "Rahmat", so a search has many hits.
    """
    folder = tmp_path_factory.mktemp("filled")
    shutil.copy2(template_data_dir / DATABASE_FILE, folder / DATABASE_FILE)
    db = open_database(default_database_url(folder), folder)
    for n in range(TOTAL):
        name = f"Rahmat {n}" if n % 10 == 0 else f"Pemohon {n}"
        saved_walk_in(db, name, nik=draft(db, name, "631104", n + 1).nik, now=START + timedelta(minutes=n))
    db.dispose()
    return folder


@pytest.fixture
def filled_db(filled_template: Path, tmp_path: Path) -> Iterator[Database]:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(filled_template / DATABASE_FILE, folder / DATABASE_FILE)
    db = open_database(default_database_url(folder), folder)
    yield db
    db.dispose()


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the units of work that read on the GUI thread, what the screen waits for (one number in a list,
    updated in place). A background thread (the exact count, or one a test before left running) is not the
    model's paging."""
    reads = [0]
    real = Database.read

    def counted(self: Database, *args: object, **kwargs: object) -> object:
        if threading.current_thread() is threading.main_thread():
            reads[0] += 1
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Database, "read", counted)
    return reads


@pytest.mark.qt_log_level_fail("WARNING")  # Qt's model tester reports every broken rule as a warning
def test_model_passes_qt_model_checks_and_pages_by_200(qtmodeltester: ModelTester, filled_db: Database) -> None:
    checked = RegisterModel(filled_db, "Asia/Makassar")
    checked.reload(RegisterFilter())
    qtmodeltester.check(checked)
    while checked.canFetchMore(QModelIndex()):  # page inserts, a row refresh and a reset, all watched
        checked.fetchMore(QModelIndex())
    checked.refresh_request(checked.request_id(5) or 0)
    checked.reload(RegisterFilter(text="rahmat"))

    model = RegisterModel(filled_db, "Asia/Makassar")
    model.reload(RegisterFilter())
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == TOTAL and not model.canFetchMore(QModelIndex())


def test_rows_are_read_only_around_what_is_shown(filled_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = count_reads(monkeypatch)
    model = RegisterModel(filled_db, "Asia/Makassar")
    model.reload(RegisterFilter())
    assert model.rowCount() == PAGE_SIZE and model.cached_rows == CHUNK_SIZE  # the page came with its first rows
    assert reads == [1]  # ids and rows in one unit of work
    newest = model.index(0, COL_REF).data()
    assert newest.startswith(f"{TOTAL:04d}/PNP/")  # newest first
    assert model.cached_rows == CHUNK_SIZE and reads == [1]
    assert model.index(CHUNK_SIZE, COL_REF).data()  # the next chunk: read when shown
    assert model.cached_rows == 2 * CHUNK_SIZE and reads == [2]
    assert model.index(0, COL_RECEIVED).data() == "01-10-2025 16.29"  # local time (WITA), not UTC
    assert model.index(0, COL_NIK).data().startswith("6311") and "*" in model.index(0, COL_NIK).data()

    model.reload(RegisterFilter(), ascending=True)
    assert model.index(0, COL_VISITOR).data() == "Rahmat 0"  # oldest first


def test_search_and_filters_page_too(filled_db: Database) -> None:
    model = RegisterModel(filled_db, "Asia/Makassar")
    model.reload(RegisterFilter(text="rahmat"))
    assert model.rowCount() == TOTAL // 10
    assert all(model.index(r, COL_VISITOR).data().startswith("Rahmat") for r in range(model.rowCount()))
    set_status(filled_db, model.request_id(0) or 0, IN_PROCESS)
    model.reload(RegisterFilter(status=IN_PROCESS))
    assert model.rowCount() == 1
    model.reload(RegisterFilter(overdue_only=True))  # everything dated October 2025 is long overdue
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    assert model.index(0, COL_STATUS).data().endswith("— Terlambat")
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_register_page_fetches_more_when_scrolled(qtbot: QtBot, filled_db: Database) -> None:
    page = RegisterPage(filled_db)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == PAGE_SIZE
    assert page.count.text() == "200+ permohonan (menghitung…)"
    qtbot.waitUntil(lambda: page.count.text() == "450 permohonan, 450 terlambat")  # counted off the screen
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE)
    assert page.model.cached_rows < page.model.rowCount()  # scrolling past rows does not keep them all
    page.close()
