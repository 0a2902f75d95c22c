"""The export's fast conversion of stored UTC moments to office wall time gives what to_local gives."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desk.domain.office_time import WIB, WIT, WITA, local_wall_clock, to_local


@pytest.mark.parametrize("tz_name", [WIB, WITA, WIT, "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata"])
def test_every_moment_is_the_office_wall_time_to_local_gives_across_offset_changes(tz_name: str) -> None:
    # Lord Howe moves by half an hour at 02:00 local time, i.e. in the middle of a UTC hour.
    wall_time = local_wall_clock(tz_name)
    for start in (datetime(2025, 3, 29, 12), datetime(2025, 4, 5, 12), datetime(2025, 10, 4, 12),
                  datetime(2025, 10, 25, 12)):
        for step in range(0, 36 * 60, 7):
            moment = start + timedelta(minutes=step, seconds=step % 60, microseconds=step)
            assert wall_time(moment) == to_local(moment, tz_name).replace(tzinfo=None), (tz_name, moment)
