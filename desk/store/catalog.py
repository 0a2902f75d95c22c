"""Units, services and the standard version in force, as plain records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, selectinload

from desk.domain.messages import N_
from desk.domain.records import ServiceRecord, StandardRecord, UnitRecord
from desk.store.errors import NotFound
from desk.store.models import Region, Service, ServiceAlias, StandardVersion, Unit


def list_units(session: Session, *, active_only: bool = True) -> list[UnitRecord]:
    query = select(Unit).order_by(Unit.sort, Unit.code)
    if active_only:
        query = query.where(Unit.active.is_(True))
    return [UnitRecord(u.id, u.code, u.name, u.full_name, u.active) for u in session.scalars(query)]


def service_aliases(session: Session, service_ids: Sequence[int] | None = None) -> dict[int, tuple[str, ...]]:
    """The other names people use for each service ("kartu kuning" for P1), in their order."""
    query = select(ServiceAlias.service_id, ServiceAlias.alias).order_by(ServiceAlias.service_id,
                                                                         ServiceAlias.position)
    if service_ids is not None:
        query = query.where(ServiceAlias.service_id.in_(service_ids))
    out: dict[int, list[str]] = {}
    for service_id, alias in session.execute(query):
        out.setdefault(service_id, []).append(alias)
    return {k: tuple(v) for k, v in out.items()}


def list_services(session: Session, *, active_only: bool = True) -> list[ServiceRecord]:
    query = select(Service, Unit).join(Unit).order_by(Unit.sort, Service.sort, Service.code)
    if active_only:
        query = query.where(Service.active.is_(True), Unit.active.is_(True))
    return [
        ServiceRecord(s.id, s.code, s.name, u.id, u.code, u.name, s.active, s.time_from_complete)
        for s, u in session.execute(query)
    ]


def get_service(session: Session, service_id: int) -> ServiceRecord:
    row = session.execute(select(Service, Unit).join(Unit).where(Service.id == service_id)).first()
    if row is None:
        raise NotFound(N_("Layanan tidak ditemukan."), "service")
    service, unit = row
    return ServiceRecord(service.id, service.code, service.name, unit.id, unit.code, unit.name, service.active,
                         service.time_from_complete)


def standard_record(version: StandardVersion) -> StandardRecord:
    lists: dict[str, list[str]] = {"requirement": [], "step": [], "complaint": [], "legal": []}
    for item in version.items:
        lists.setdefault(item.kind, []).append(item.text)
    return StandardRecord(
        id=version.id,
        service_id=version.service_id,
        version_no=version.version_no,
        effective_date=version.effective_date,
        sk_number=version.sk_number,
        forum_id=version.forum_id,
        same_day=version.same_day,
        duration_days=version.duration_days,
        duration_minutes=version.duration_minutes,
        fee=version.fee,
        product=version.product,
        requirements=tuple(lists["requirement"]),
        steps=tuple(lists["step"]),
        complaints=tuple(lists["complaint"]),
        legal_basis=tuple(lists["legal"]),
        facilities=version.facilities,
        competence=version.competence,
        supervision=version.supervision,
        staff_count=version.staff_count,
        service_assurance=version.service_assurance,
        safety_assurance=version.safety_assurance,
        performance_evaluation=version.performance_evaluation,
        notes=version.notes,
        created_at=version.created_at,
    )


# Built once, on first use: they run on every intake save and every receipt, and composing a
# select() with its loader options through the ORM costs more than running it.
@cache
def _versions_of_service() -> Select[tuple[StandardVersion]]:
    return (
        select(StandardVersion)
        .where(StandardVersion.service_id == bindparam("service_id"))
        .order_by(StandardVersion.effective_date.desc(), StandardVersion.version_no.desc())
        .options(selectinload(StandardVersion.items))
    )


@cache
def _version_with_items() -> Select[tuple[StandardVersion]]:
    return (select(StandardVersion).where(StandardVersion.id == bindparam("version_id"))
            .options(selectinload(StandardVersion.items)))


def current_version(session: Session, service_id: int, on: date) -> StandardVersion:
    """The version in force on `on`: the newest one already effective, else the first one."""
    versions = list(session.scalars(_versions_of_service(), {"service_id": service_id}))
    if not versions:
        raise NotFound(N_("Layanan ini belum mempunyai standar pelayanan."), "service")
    for version in versions:
        if version.effective_date <= on:
            return version
    return versions[-1]


def current_standard(session: Session, service_id: int, on: date) -> StandardRecord:
    return standard_record(current_version(session, service_id, on))


def get_standard(session: Session, version_id: int) -> StandardRecord:
    version = session.scalar(_version_with_items(), {"version_id": version_id})
    if version is None:
        raise NotFound(N_("Versi standar tidak ditemukan."))
    return standard_record(version)


def list_kecamatan(session: Session) -> list[tuple[str, str]]:
    query = select(Region.code, Region.name).where(Region.level == "kecamatan").order_by(Region.name)
    return [(code, name) for code, name in session.execute(query)]


def list_desa(session: Session, kecamatan_code: str) -> list[tuple[str, str]]:
    query = select(Region.code, Region.name).where(Region.parent_code == kecamatan_code).order_by(Region.name)
    return [(code, name) for code, name in session.execute(query)]


def region_name(session: Session, code: str | None) -> str:
    if not code:
        return ""
    region = session.get(Region, code)
    return region.name if region else ""


@cache
def _kecamatan_codes() -> Select[tuple[str]]:
    return select(Region.code).where(Region.level == "kecamatan")


def known_nik_regions(session: Session) -> set[str]:
    """Kecamatan codes as the first six digits of a NIK ("631104")."""
    codes = session.scalars(_kecamatan_codes())
    return {code.replace(".", "") for code in codes}
