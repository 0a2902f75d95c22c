"""First-start seeding from the data files in resources/seed/.

Idempotent: each row is added only when its natural key (unit code, service
code, holiday date, region code) is absent, so a later Desk can ship more seed
rows without touching what an admin edited. A settings row remembers the seed
version, so an ordinary start costs one primary-key read.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from desk.paths import seed_dir
from desk.store.database import Database
from desk.store.models import (
    Holiday,
    OfficeProfileRow,
    Region,
    Service,
    ServiceAlias,
    Setting,
    StandardItem,
    StandardVersion,
    Unit,
)

SEED_VERSION = 1
SEED_KEY = "seed.version"
_PG_SEED_LOCK = 7_410_402

# List components of a standard and the item kind each is stored under.
LIST_COMPONENTS = {"requirements": "requirement", "steps": "step", "complaints": "complaint", "legal_basis": "legal"}
TEXT_COMPONENTS = (
    "product",
    "facilities",
    "competence",
    "supervision",
    "staff_count",
    "service_assurance",
    "safety_assurance",
    "performance_evaluation",
    "notes",
)


def _load(folder: Path, name: str) -> Any:
    with (folder / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if not key.startswith("_")}


def seed_database(db: Database) -> bool:
    """Seed what is missing, once per seed version (an ordinary start costs one primary-key read)."""
    with db.as_user(None).write() as session:
        if db.dialect == "postgresql":
            # Counters starting together on a new shared database: one seeds, the others
            # wait here and then find the seed version already written.
            session.execute(sql_text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SEED_LOCK})
        return seed_if_empty(session)


def seed_if_empty(session: Session, folder: Path | None = None) -> bool:
    """Seed what is missing; returns True when anything was checked (i.e. not already at this seed version)."""
    current = session.get(Setting, SEED_KEY)
    if current is not None and current.value == SEED_VERSION:
        return False
    seed(session, folder or seed_dir())
    if current is None:
        session.add(Setting(key=SEED_KEY, value=SEED_VERSION))
    else:
        current.value = SEED_VERSION
    return True


def seed(session: Session, folder: Path) -> None:
    _seed_office(session, _public(_load(folder, "office.json")))
    units = _seed_units(session, _load(folder, "units.json"))
    _seed_services(session, _load(folder, "services.json"), units, _public(_load(folder, "service_aliases.json")))
    _seed_holidays(session, _load(folder, "holidays.json"))
    _seed_regions(session, _load(folder, "regions.json"))
    session.flush()


def _seed_office(session: Session, data: dict[str, Any]) -> None:
    if session.get(OfficeProfileRow, 1) is not None:
        return
    columns = set(OfficeProfileRow.__table__.columns.keys())
    session.add(OfficeProfileRow(id=1, **{k: v for k, v in data.items() if k in columns}))


def _seed_units(session: Session, rows: list[dict[str, Any]]) -> dict[str, Unit]:
    existing = {unit.code: unit for unit in session.scalars(select(Unit))}
    for row in rows:
        if row["code"] not in existing:
            unit = Unit(code=row["code"], name=row["name"], full_name=row.get("full_name", ""), sort=row.get("sort", 0))
            session.add(unit)
            existing[unit.code] = unit
    session.flush()
    return existing


def _seed_services(
    session: Session, rows: list[dict[str, Any]], units: dict[str, Unit], aliases: dict[str, list[str]]
) -> None:
    existing = set(session.scalars(select(Service.code)))
    for sort, row in enumerate(rows):
        if row["code"] in existing:
            continue
        service = Service(code=row["code"], name=row["name"], unit_id=units[row["unit"]].id, sort=sort)
        session.add(service)
        session.flush()
        add_standard_version(session, service.id, 1, row["standard"])
        session.add_all(ServiceAlias(service_id=service.id, position=position, alias=alias)
                        for position, alias in enumerate(aliases.get(row["code"], ()), start=1))


def add_standard_version(session: Session, service_id: int, version_no: int, std: dict[str, Any]) -> StandardVersion:
    """Store one standard version from its JSON shape (used by seeding and by the JSON import)."""
    version = StandardVersion(
        service_id=service_id,
        version_no=version_no,
        effective_date=date.fromisoformat(std["effective_date"]),
        sk_number=std.get("sk_number", ""),
        same_day=bool(std.get("same_day", False)),
        duration_days=std.get("duration_days"),
        duration_minutes=std.get("duration_minutes"),
        fee=int(std.get("fee", 0)),
        **{name: std.get(name, "") or "" for name in TEXT_COMPONENTS},
    )
    for key, kind in LIST_COMPONENTS.items():
        for position, text in enumerate(std.get(key, []), start=1):
            version.items.append(StandardItem(kind=kind, position=position, text=text))
    session.add(version)
    session.flush()
    return version


def _seed_holidays(session: Session, rows: list[dict[str, Any]]) -> None:
    existing = set(session.scalars(select(Holiday.date)))
    for row in rows:
        day = date.fromisoformat(row["date"])
        if day not in existing:
            session.add(Holiday(date=day, name=row["name"], kind=row["kind"], decree=row.get("decree", "")))
            existing.add(day)


def _seed_regions(session: Session, data: dict[str, Any]) -> None:
    existing = set(session.scalars(select(Region.code)))
    for row in data["kecamatan"]:
        if row["code"] not in existing:
            session.add(Region(code=row["code"], parent_code=None, level="kecamatan", name=row["name"]))
    for row in data["desa"]:
        if row["code"] not in existing:
            parent = row["code"].rsplit(".", 1)[0]
            session.add(Region(code=row["code"], parent_code=parent, level=row.get("kind", "desa"), name=row["name"]))
