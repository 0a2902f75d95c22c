"""Realistic synthetic SKM forms for demonstrations, training and the benchmarks (`desk demo-data --skm N`).

Forms are spread over working days of the `years` before `end`, across the services in
proportion to how often each is asked for, answered the way counters see it: most answers 3,
free services answered "Gratis", waiting time and complaint handling a little lower, a few
complaint questions left blank. The same seed on the same database gives the same forms.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from desk.domain.office_time import OfficeClock
from desk.domain.skm import EDUCATIONS, JOBS, SOURCE_PAPER, SOURCE_SCREEN, UNSUR_KEYS
from desk.store import access
from desk.store.database import Database
from desk.store.models import OfficeProfileRow, Service
from desk.store.models_survey import SurveyResponseRow

CHUNK = 10_000
# How far each unsur sits from a respondent's overall satisfaction (on the 1–4 scale).
BIAS: dict[str, float] = {
    "persyaratan": 0.0, "prosedur": -0.05, "waktu": -0.3, "biaya": 0.75, "produk": 0.05, "kompetensi": 0.05,
    "perilaku": 0.15, "pengaduan": -0.35, "sarana": -0.2,
}
EDUCATION_WEIGHTS = (5, 10, 45, 10, 27, 3)
JOB_WEIGHTS = (6, 1, 1, 34, 25, 33)


@dataclass(frozen=True, slots=True)
class SkmDemoSummary:
    forms: int
    first_day: date | None
    last_day: date | None
    seconds: float


def add_demo_responses(db: Database, count: int, *, seed: int = 1, years: float = 1.0,
                       end: datetime | None = None) -> SkmDemoSummary:
    """Add `count` anonymous forms answered over the `years` before `end` (default: now)."""
    if count < 0:
        raise ValueError("count must be >= 0")
    started = time.perf_counter()
    rng = random.Random(seed)
    with db.write() as session:
        access.require(session, access.IMPORT)
        tz = session.scalar(select(OfficeProfileRow.timezone))
        services = [(sid, unit_id, code) for sid, unit_id, code in session.execute(
            select(Service.id, Service.unit_id, Service.code).where(Service.active.is_(True)).order_by(Service.id))]
    if not services:
        raise ValueError("no active services to answer about")
    today = OfficeClock.at(tz, (end or datetime.now(UTC))).today
    days = _working_days(today, years)
    # Job-seeker cards dominate a labour office's counter: the first services weigh most.
    weights = [max(1.0, 12.0 / (i + 1)) for i in range(len(services))]
    written = 0
    first: date | None = None
    last: date | None = None
    while written < count:
        size = min(CHUNK, count - written)
        rows = [_form(rng, services, weights, days) for _ in range(size)]
        rows.sort(key=lambda r: r["surveyed_on"])
        with db.write() as session:
            access.require(session, access.IMPORT)
            session.execute(insert(SurveyResponseRow), rows)
        first = min(first or rows[0]["surveyed_on"], rows[0]["surveyed_on"])
        last = max(last or rows[-1]["surveyed_on"], rows[-1]["surveyed_on"])
        written += size
    return SkmDemoSummary(count, first, last, time.perf_counter() - started)


def _working_days(today: date, years: float) -> list[date]:
    span = max(1, int(365.25 * years))
    days = [today - timedelta(days=d) for d in range(span)]
    return [d for d in days if d.weekday() < 5] or [today]


def _form(rng: random.Random, services: list[tuple[int, int, str]], weights: list[float],
          days: list[date]) -> dict[str, Any]:
    service_id, unit_id, _code = rng.choices(services, weights)[0]
    mood = rng.gauss(3.05, 0.35)
    row: dict[str, Any] = {
        "service_id": service_id, "unit_id": unit_id, "surveyed_on": rng.choice(days),
        "source": SOURCE_SCREEN if rng.random() < 0.6 else SOURCE_PAPER,
        "sex": "L" if rng.random() < 0.55 else "P",
        "age": min(70, max(17, int(rng.triangular(17, 65, 26)))) if rng.random() > 0.03 else None,
        "education": rng.choices(list(EDUCATIONS), EDUCATION_WEIGHTS)[0] if rng.random() > 0.02 else "",
        "job": rng.choices(list(JOBS), JOB_WEIGHTS)[0] if rng.random() > 0.02 else "",
    }
    for key in UNSUR_KEYS:
        if key == "pengaduan" and rng.random() < 0.04:
            row[key] = None  # "I never complained": left blank
            continue
        row[key] = min(4, max(1, round(mood + BIAS[key] + rng.gauss(0, 0.45))))
    return row
