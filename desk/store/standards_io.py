"""Standards in and out of the database: what an import file changes, and what an export holds.

The file formats (a lossless JSON file, an Excel template) live in desk.formats.standards_file:
it reads a file into a `StandardsFile` and writes a `StandardsContent`. Here the file's content
is checked against the database, every problem reported at its place in the file (row and
column for Excel, service and version for JSON); on any problem nothing is imported. A service
already in Desk gets a new version only when the file says something different from its newest
version; the same file imported twice changes nothing the second time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desk.domain.errors import DomainError
from desk.domain.imports import ImportProblem, ImportRejected
from desk.domain.standard_import import (
    ExportedService,
    ExportedUnit,
    ExportedVersion,
    FileKind,
    ForumRef,
    ServiceIn,
    StandardsContent,
    StandardsFile,
    VersionIn,
)
from desk.domain.standard_rules import clean_standard, same_content
from desk.domain.text_id import format_date
from desk.store import access, audit
from desk.store.catalog import standard_record
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import Forum, Service, StandardVersion, Unit
from desk.store.standards import store_version
from desk.store.work import Change, Done, reading, writing

__all__ = ["ExportReport", "ImportProblem", "ImportRejected", "ImportReport", "check_import_file",
           "export_content", "export_file", "import_file"]

_UNIT_CODE = re.compile(r"^[A-Z0-9]{1,10}$")
_SERVICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9.-]{0,19}$")
MAX_UNIT_NAME, MAX_UNIT_FULL_NAME = 100, 200
MAX_SERVICE_NAME = 300
MAX_FORUM_TITLE, MAX_FORUM_VENUE = 300, 300
MAX_SORT, MAX_VERSION_NO = 1_000_000, 10_000  # the database keeps 32-bit integers


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportReport:
    kind: FileKind
    units_created: tuple[str, ...] = ()
    services_created: tuple[str, ...] = ()
    services_renamed: tuple[str, ...] = ()
    versions_added: tuple[tuple[str, int], ...] = ()  # (service code, version number)
    unchanged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # rows with no component filled in, for a service already in Desk
    forums_created: tuple[str, ...] = ()
    dry_run: bool = False

    @property
    def changes(self) -> int:
        return (len(self.units_created) + len(self.services_created) + len(self.services_renamed)
                + len(self.versions_added) + len(self.forums_created))

    def lines(self) -> list[str]:
        verb = "akan" if self.dry_run else "telah"
        out: list[str] = []
        if self.units_created:
            out.append(f"Bidang baru ({verb} dibuat): {', '.join(self.units_created)}")
        if self.services_created:
            out.append(f"Layanan baru ({verb} dibuat): {', '.join(self.services_created)}")
        if self.services_renamed:
            out.append(f"Nama layanan diubah: {', '.join(self.services_renamed)}")
        if self.versions_added:
            out.append("Versi standar baru: " + ", ".join(f"{code} versi {no}" for code, no in self.versions_added))
        if self.forums_created:
            out.append(f"Forum baru ({verb} dibuat): {', '.join(self.forums_created)}")
        if self.unchanged:
            out.append(f"Tidak berubah: {', '.join(self.unchanged)}")
        if self.skipped:
            out.append(f"Dilewati (komponen belum diisi): {', '.join(self.skipped)}")
        if not self.changes:
            out.append("Tidak ada perubahan: isi berkas sudah sama dengan standar di Desk.")
        return out


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    kind: FileKind
    services: int
    versions: int


# --- export --------------------------------------------------------------------------------------


def _export_content(session: Session) -> StandardsContent:
    forums = {fid: ForumRef(title, start.astimezone(UTC), venue) for fid, title, start, venue in
              session.execute(select(Forum.id, Forum.title, Forum.starts_at, Forum.venue))}
    versions: dict[int, list[ExportedVersion]] = {}
    for version in session.scalars(
        select(StandardVersion).order_by(StandardVersion.service_id, StandardVersion.version_no)
        .options(selectinload(StandardVersion.items))
    ):
        versions.setdefault(version.service_id, []).append(
            ExportedVersion(standard_record(version), forums.get(version.forum_id) if version.forum_id else None))
    units = tuple(ExportedUnit(u.code, u.name, u.full_name, u.sort, u.active)
                  for u in session.scalars(select(Unit).order_by(Unit.sort, Unit.code)))
    services = tuple(
        ExportedService(s.code, u.code, s.name, s.sort, s.active, tuple(versions.get(s.id, [])))
        for s, u in session.execute(select(Service, Unit).join(Unit).order_by(Unit.sort, Unit.code, Service.sort,
                                                                              Service.code))
    )
    return StandardsContent(units, services)


def export_content(db: Database) -> StandardsContent:
    """Every unit, and every service with every version, in the order the files list them."""
    with reading(db) as work:
        work.require(access.EXPORT)
        return _export_content(work.session)


def export_file(db: Database, path: str | Path,
                write: Callable[[Path, StandardsContent], FileKind]) -> Done[ExportReport]:
    """Write the standards with `write` (desk.formats.standards_file.write_standards_file: JSON or Excel
    by the suffix); audited as data.export, only once the file is written."""
    with writing(db) as work:
        work.require(access.EXPORT)
        target = Path(path)
        content = _export_content(work.session)
        try:
            kind = write(target, content)
        except DomainError as exc:  # not written (full disk, no permission) or not a kind of file Desk writes
            raise StoreError(exc.message, "file") from exc
        services = len(content.services)
        versions = sum(len(s.versions) for s in content.services)
        if kind == "xlsx":
            versions = sum(1 for s in content.services if s.versions)  # the workbook holds each newest version only
        work.audit("data.export", "standards", "",
                   {"file": target.name, "kind": kind, "services": services, "versions": versions})
        return work.done(ExportReport(target, kind, services, versions))


# --- checking against the database ---------------------------------------------------------------


@dataclass
class _Existing:
    units: dict[str, Unit]
    services: dict[str, Service]
    versions: dict[int, list[StandardVersion]]
    forums: dict[int, tuple[str, datetime]]  # id -> (title, start in UTC)

    def same(self, stored: StandardVersion, version: VersionIn) -> bool:
        """Whether the file's version is already in Desk: same content, date and SK (and forum, for JSON)."""
        record = standard_record(stored)
        draft = version.draft
        if not (same_content(record, draft) and record.effective_date == draft.effective_date
                and record.sk_number == draft.sk_number):
            return False
        if version.from_sheet:
            return True
        if version.forum is None or stored.forum_id is None:
            return version.forum is None and stored.forum_id is None
        return self.forums.get(stored.forum_id) == (version.forum.title, version.forum.starts_at)


def _existing(session: Session) -> _Existing:
    versions: dict[int, list[StandardVersion]] = {}
    for version in session.scalars(select(StandardVersion).options(selectinload(StandardVersion.items))):
        versions.setdefault(version.service_id, []).append(version)
    return _Existing(
        {u.code: u for u in session.scalars(select(Unit))},
        {s.code: s for s in session.scalars(select(Service))},
        versions,
        {fid: (title, start.astimezone(UTC)) for fid, title, start in
         session.execute(select(Forum.id, Forum.title, Forum.starts_at))},
    )


def _check(plan: StandardsFile, existing: _Existing) -> None:
    unit_codes: dict[str, tuple[str, int | None, str]] = {}
    for unit in plan.units:
        if not _UNIT_CODE.match(unit.code):
            plan.problem(unit.where("code"), "Kode bidang 1–10 huruf besar atau angka, tanpa spasi (mis. PNP).")
        elif unit.code in unit_codes:
            plan.problem(unit.where("code"), f"Kode bidang {unit.code} ganda: sudah ada di {unit_codes[unit.code][0]}.")
        else:
            unit_codes[unit.code] = unit.where("code")
        if unit.sort is not None and not 0 <= unit.sort <= MAX_SORT:
            plan.problem(unit.where("sort"), f"Urutan harus bilangan bulat 0–{MAX_SORT}.")
        if not unit.name and unit.code not in existing.units:
            plan.problem(unit.where("name"), "Nama bidang wajib diisi.")
        elif len(unit.name) > MAX_UNIT_NAME:
            plan.problem(unit.where("name"), f"Nama bidang terlalu panjang (maksimal {MAX_UNIT_NAME} huruf).")
        if len(unit.full_name) > MAX_UNIT_FULL_NAME:
            plan.problem(unit.where("full_name"),
                         f"Nama lengkap bidang terlalu panjang (maksimal {MAX_UNIT_FULL_NAME} huruf).")
    seen: dict[str, str] = {}
    for service in plan.services:
        code_where = service.where("code")
        if not service.code:
            plan.problem(code_where, "Kode layanan wajib diisi.")
        elif not _SERVICE_CODE.match(service.code):
            plan.problem(code_where, "Kode layanan 1–20 huruf besar, angka, titik atau tanda hubung (mis. P9).")
        elif service.code in seen:
            plan.problem(code_where, f"Kode layanan {service.code} ganda: sudah dipakai di {seen[service.code]}.")
        else:
            seen[service.code] = code_where[0].split(",")[0]
        if service.sort is not None and not 0 <= service.sort <= MAX_SORT:
            plan.problem(service.where("sort"), f"Urutan harus bilangan bulat 0–{MAX_SORT}.")
        if not service.name:
            plan.problem(service.where("name"), "Nama layanan wajib diisi.")
        elif len(service.name) > MAX_SERVICE_NAME:
            plan.problem(service.where("name"), f"Nama layanan terlalu panjang (maksimal {MAX_SERVICE_NAME} huruf).")
        current = existing.services.get(service.code)
        if not service.unit_code:
            plan.problem(service.where("unit"), "Kode bidang wajib diisi.")
        elif service.unit_code not in existing.units and service.unit_code not in unit_codes:
            known = sorted(set(existing.units) | set(unit_codes))
            plan.problem(service.where("unit"), f"Bidang {service.unit_code} tidak dikenal" + (
                f" (yang ada: {', '.join(known)})." if known else "; tambahkan di lembar Bidang."))
        elif current is not None and current.unit.code != service.unit_code:
            plan.problem(service.where("unit"), (
                f"Layanan {service.code} sudah ada di bidang {current.unit.code}; bidangnya tidak dapat diubah "
                "lewat impor (nomor pendaftaran memakai kode bidang)."))
        _check_versions(plan, service, existing.versions.get(current.id, []) if current else [], existing)


def _check_versions(plan: StandardsFile, service: ServiceIn, stored: list[StandardVersion], existing: _Existing) -> None:
    numbers: set[int] = set()
    latest = max((v.effective_date for v in stored), default=None)
    for version in service.versions:
        cleaned, errors = clean_standard(version.draft)
        version.draft = cleaned
        for key, message in errors.items():
            if key not in version.quiet:
                plan.problem(version.where(key), message)
        if version.forum is not None and (len(version.forum.title) > MAX_FORUM_TITLE
                                          or len(version.forum.venue) > MAX_FORUM_VENUE):
            plan.problem(version.where("forum"), f"Judul dan tempat forum paling panjang {MAX_FORUM_TITLE} huruf.")
        if version.version_no is not None:
            if version.version_no > MAX_VERSION_NO:
                plan.problem(version.where("version_no"), f"Nomor versi paling besar {MAX_VERSION_NO}.")
            elif version.version_no in numbers:
                plan.problem(version.where("version_no"), f"Nomor versi {version.version_no} ganda.")
            numbers.add(version.version_no)
        is_new = not any(existing.same(v, version) for v in stored)
        if (is_new and latest is not None and cleaned.effective_date is not None
                and cleaned.effective_date < latest and not errors):
            plan.problem(version.where("effective_date"), (
                f"Tanggal berlaku {format_date(cleaned.effective_date)} sebelum tanggal berlaku versi yang sudah "
                f"ada di Desk ({format_date(latest)}); versi baru harus berlaku sejak tanggal itu atau sesudahnya."))


# --- applying ------------------------------------------------------------------------------------


def _refuse(plan: StandardsFile) -> None:
    if plan.problems:
        raise ImportRejected(plan.problems, f"{len(plan.problems)} masalah ditemukan; tidak ada standar yang diimpor. "
                                            "Perbaiki berkas lalu impor lagi.")


def check_import_file(db: Database, content: StandardsFile) -> ImportReport:
    """What importing the file (read by desk.formats.standards_file) would do, without doing it;
    ImportRejected lists every problem."""
    with reading(db) as work:
        work.require(access.IMPORT)
        existing = _existing(work.session)
        _check(content, existing)
        _refuse(content)
        return _apply(work.session, content, existing, dry_run=True)


def import_file(db: Database, content: StandardsFile) -> Done[ImportReport]:
    """Import a file's standards: everything, or nothing when any problem is found (ImportRejected)."""
    with writing(db) as work:
        work.require(access.IMPORT)
        work.require(access.STANDARDS_EDIT)
        existing = _existing(work.session)
        _check(content, existing)
        _refuse(content)
        report = _apply(work.session, content, existing, dry_run=False)
        work.audit("data.import", "standards", "", {
            "file": content.name, "kind": content.kind, "units_created": list(report.units_created),
            "services_created": list(report.services_created), "services_renamed": list(report.services_renamed),
            "versions_added": [f"{code} v{no}" for code, no in report.versions_added],
            "forums_created": list(report.forums_created),
        })
        if report.changes:
            work.changed(Change.STANDARDS, Change.CATALOGUE)
            if report.forums_created:
                work.changed(Change.FORUMS)
        return work.done(report)


def _apply(session: Session, plan: StandardsFile, existing: _Existing, *, dry_run: bool) -> ImportReport:
    units_created: list[str] = []
    unit_rows = dict(existing.units)
    next_unit_sort = max((u.sort for u in unit_rows.values()), default=0) + 1
    for unit in plan.units:
        if unit.code in unit_rows:
            continue
        units_created.append(unit.code)
        if not dry_run:
            row = Unit(code=unit.code, name=unit.name, full_name=unit.full_name,
                       sort=unit.sort if unit.sort is not None else next_unit_sort, active=unit.active)
            session.add(row)
            session.flush()
            unit_rows[unit.code] = row
        next_unit_sort += 1
    created: list[str] = []
    renamed: list[str] = []
    added: list[tuple[str, int]] = []
    unchanged: list[str] = []
    skipped: list[str] = []
    forums_created: list[str] = []
    forum_cache: dict[tuple[str, datetime], int] = {}
    next_sort = (session.scalar(select(func.max(Service.sort))) or 0) + 1
    for item in plan.services:
        service = existing.services.get(item.code)
        if service is not None and item.empty:
            skipped.append(item.code)
            continue
        stored = existing.versions.get(service.id, []) if service is not None else []
        new_versions = [v for v in item.versions if not any(existing.same(s, v) for s in stored)]
        # A new service keeps the file's version numbers (and times) when every version has one.
        keep_numbers = not stored and all(v.version_no is not None for v in new_versions)
        if service is None:
            created.append(item.code)
            if not dry_run:
                active = item.active if item.active is not None else bool(item.versions)
                service = Service(code=item.code, name=item.name, unit_id=unit_rows[item.unit_code].id,
                                  sort=item.sort if item.sort is not None else next_sort, active=active)
                session.add(service)
                session.flush()
            next_sort += 1
        elif service.name != item.name:
            renamed.append(item.code)
            if not dry_run:
                audit.record(session, "service.update", "service", service.id,
                             {"code": service.code, "changes": {"name": [service.name, item.name]}})
                service.name = item.name
        if not new_versions and item.code not in created:
            if item.code not in renamed:
                unchanged.append(item.code)
            continue
        number = max((v.version_no for v in stored), default=0)
        for version in new_versions:
            number = version.version_no if keep_numbers and version.version_no is not None else number + 1
            added.append((item.code, number))
            if dry_run:
                continue
            assert service is not None
            draft = version.draft
            if version.forum is not None:
                forum_id, made = _forum_id(session, version.forum, forum_cache)
                if made:
                    forums_created.append(version.forum.title)
                draft = replace(draft, forum_id=forum_id)
            store_version(session, service.id, draft, version_no=number,
                          created_at=version.created_at if keep_numbers else None, source="import")
    return ImportReport(plan.kind, tuple(units_created), tuple(created), tuple(renamed), tuple(added),
                        tuple(unchanged), tuple(skipped), tuple(forums_created), dry_run)


def _forum_id(session: Session, ref: ForumRef, cache: dict[tuple[str, datetime], int]) -> tuple[int, bool]:
    key = (ref.title, ref.starts_at)
    if key in cache:
        return cache[key], False
    for forum in session.scalars(select(Forum).where(Forum.title == ref.title)):
        if forum.starts_at.astimezone(UTC) == ref.starts_at:
            cache[key] = forum.id
            return forum.id, False
    forum = Forum(title=ref.title, starts_at=ref.starts_at, venue=ref.venue)
    session.add(forum)
    session.flush()
    audit.record(session, "forum.create", "forum", forum.id,
                 {"title": ref.title, "starts_at": ref.starts_at.isoformat(), "source": "standards import"})
    cache[key] = forum.id
    return forum.id, True
