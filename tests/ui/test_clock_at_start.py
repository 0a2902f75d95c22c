"""Desk does not start on a wrong clock: it says both times before anyone logs in or anything is written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk import app
from desk.store import clock
from desk.store.database import Database
from tests.conftest import saved_walk_in
from tests.ui.helpers import answer_who_is_on_duty, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")


def pc_clock_reads(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    monkeypatch.setattr(clock, "utc_now", lambda: moment)
    monkeypatch.setattr("desk.domain.office_time.utc_now", lambda: moment)


def test_a_clock_behind_the_records_stops_the_start_before_the_login(
    qtbot: QtBot, db: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_walk_in(db, "Siti Aminah")
    db.dispose()
    said: list[str] = []
    monkeypatch.setattr(app, "show_start_error", said.append)
    monkeypatch.setattr(app, "confirm_clock", lambda message: pytest.fail("a clock behind is never confirmed"))
    answer_who_is_on_duty(monkeypatch, lambda _db: pytest.fail("nobody logs in on a wrong clock"))
    pc_clock_reads(monkeypatch, datetime(2019, 3, 1, 1, 0, tzinfo=UTC))
    code, window = app.start(data_dir)
    assert (code, window) == (app.EXIT_CLOCK, None)
    assert len(said) == 1 and "Jumat, 1 Maret 2019 pukul 09.00 WITA" in said[0]
    assert "Betulkan tanggal dan jam komputer" in said[0]


def test_a_date_far_ahead_is_started_once_it_is_confirmed(
    qtbot: QtBot, db: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_walk_in(db, "Siti Aminah")
    db.dispose()
    asked: list[str] = []
    logged_in: list[bool] = []

    def confirm(message: str) -> bool:
        asked.append(message)
        return True

    monkeypatch.setattr(app, "confirm_clock", confirm)
    monkeypatch.setattr(app, "show_start_error", lambda message: pytest.fail(message))
    answer_who_is_on_duty(monkeypatch, lambda _db: logged_in.append(True))  # type: ignore[func-returns-value]
    pc_clock_reads(monkeypatch, datetime.now(UTC) + timedelta(days=200))
    code, window = app.start(data_dir)
    assert asked and "lebih dari 90 hari sesudah" in asked[0]
    assert logged_in == [True] and (code, window) == (0, None)  # on to the login (which was cancelled here)
