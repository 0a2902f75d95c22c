"""Service standards: look-up and search across every component, versions, comparison, publishing data.

A standard is never edited in place: `save_version` stores a new version with its effective
date, SK number and (when known) the forum that approved it. Requests keep the version that
was in force when they were received (desk.store.requests copies its checklist at intake).
Look-up is for everyone; saving needs STANDARDS_EDIT (admin) and is audited as
"standard.version"; every printed or saved standard document is logged (print_records +
"document.print"/"document.reprint"). Import and export live in desk.store.standards_io.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desk.domain.records import OfficeProfile, ServiceRecord, StandardRecord
from desk.domain.standard_diff import ComponentDiff, diff_standards
from desk.domain.standard_rules import (
    COMPONENTS,
    FIELD_LABELS,
    LIST_KEYS,
    NOTES_LABEL,
    PublishedStandard,
    StandardDraft,
    clean_standard,
    component_lines,
    fold,
    match_spans,
    same_content,
    search_words,
)
from desk.domain.text_id import format_date
from desk.store import access, audit
from desk.store.catalog import standard_record
from desk.store.errors import NotFound, StoreError
from desk.store.models import (
    Forum,
    PrintRecord,
    Service,
    StandardItem,
    StandardVersion,
    Unit,
    User,
    utcnow,
)
from desk.store.office import get_office_profile
from desk.store.seed import LIST_COMPONENTS, TEXT_COMPONENTS

# Printed documents of this area (print_records.document_kind) and how the audit names them.
DOCUMENT_KINDS: dict[str, str] = {
    "standard": "Standar pelayanan",
    "board": "Papan informasi standar pelayanan",
    "booklet": "Buku standar pelayanan",
    "maklumat": "Maklumat pelayanan",
}
MAX_SNIPPETS = 4
_KIND_OF_LIST = {key: kind for key, kind in LIST_COMPONENTS.items()}


class InvalidStandard(StoreError):
    """A standard with problems; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()), next(iter(errors), None))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    """A service in the look-up list, with the version in force today (None: no standard yet)."""

    service: ServiceRecord
    unit_full_name: str
    unit_active: bool
    version_no: int | None

    @property
    def offered(self) -> bool:
        return self.service.active and self.unit_active


@dataclass(frozen=True, slots=True)
class VersionSummary:
    id: int
    service_id: int
    version_no: int
    effective_date: date
    sk_number: str
    forum_id: int | None
    forum_title: str
    created_at: datetime | None
    created_by: str
    state: str  # "berlaku" | "akan berlaku" | "lama"

    def label(self) -> str:
        state = {"berlaku": " (berlaku)", "akan berlaku": " (akan berlaku)"}.get(self.state, "")
        return f"Versi {self.version_no} — sejak {format_date(self.effective_date)}{state}"


@dataclass(frozen=True, slots=True)
class SearchMatch:
    label: str  # the component (or "Nama layanan")
    text: str  # the line that matched
    spans: tuple[tuple[int, int], ...]  # where the words are in `text`


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry: ServiceEntry
    matches: tuple[SearchMatch, ...]  # at most MAX_SNIPPETS lines, name first
    more: int  # further matching lines not listed


@dataclass(frozen=True, slots=True)
class ForumChoice:
    id: int
    title: str
    starts_at: datetime

    def label(self) -> str:
        return f"{self.title} ({format_date(self.starts_at.date())})"


@dataclass(frozen=True, slots=True)
class BookletData:
    office: OfficeProfile
    standards: tuple[PublishedStandard, ...]  # grouped by unit, in the office's order
    on: date


# --- reading -------------------------------------------------------------------------------------


def _today(session: Session) -> date:
    from desk.store.requests import office_today

    return office_today(session)


def _versions_by_service(session: Session, *, items: bool) -> dict[int, list[StandardVersion]]:
    query = select(StandardVersion).order_by(StandardVersion.service_id, StandardVersion.version_no)
    if items:
        query = query.options(selectinload(StandardVersion.items))
    out: dict[int, list[StandardVersion]] = {}
    for version in session.scalars(query):
        out.setdefault(version.service_id, []).append(version)
    return out


def in_force(versions: list[StandardVersion], on: date) -> StandardVersion | None:
    """The same choice as catalog.current_version: newest already effective, else the first one."""
    if not versions:
        return None
    ordered = sorted(versions, key=lambda v: (v.effective_date, v.version_no), reverse=True)
    return next((v for v in ordered if v.effective_date <= on), ordered[-1])


def _service_rows(session: Session, include_inactive: bool) -> list[tuple[Service, Unit]]:
    query = select(Service, Unit).join(Unit).order_by(Unit.sort, Unit.code, Service.sort, Service.code)
    if not include_inactive:
        query = query.where(Service.active.is_(True), Unit.active.is_(True))
    return [(s, u) for s, u in session.execute(query)]


def _entry(service: Service, unit: Unit, version: StandardVersion | None) -> ServiceEntry:
    record = ServiceRecord(service.id, service.code, service.name, unit.id, unit.code, unit.name, service.active)
    return ServiceEntry(record, unit.full_name or unit.name, unit.active, version.version_no if version else None)


def list_entries(session: Session, *, include_inactive: bool = False, on: date | None = None) -> list[ServiceEntry]:
    """Services by unit, as the look-up lists them; inactive ones (and those without standard) for the admin."""
    on = on or _today(session)
    versions = _versions_by_service(session, items=False)
    entries = []
    for service, unit in _service_rows(session, include_inactive):
        version = in_force(versions.get(service.id, []), on)
        if version is None and not include_inactive:
            continue
        entries.append(_entry(service, unit, version))
    return entries


def get_entry(session: Session, service_id: int, on: date | None = None) -> ServiceEntry:
    row = session.execute(select(Service, Unit).join(Unit).where(Service.id == service_id)).first()
    if row is None:
        raise NotFound("Layanan tidak ditemukan.", "service")
    service, unit = row
    versions = list(session.scalars(select(StandardVersion).where(StandardVersion.service_id == service_id)))
    return _entry(service, unit, in_force(versions, on or _today(session)))


def service_by_code(session: Session, code: str) -> ServiceEntry:
    service_id = session.scalar(select(Service.id).where(func.upper(Service.code) == code.strip().upper()))
    if service_id is None:
        raise NotFound(f"Layanan dengan kode {code.strip()} tidak ada.", "service")
    return get_entry(session, service_id)


def _forum_titles(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {fid: title for fid, title in session.execute(select(Forum.id, Forum.title).where(Forum.id.in_(ids)))}


def list_versions(session: Session, service_id: int, on: date | None = None) -> list[VersionSummary]:
    """Every version of a service, newest first, with which one is in force."""
    on = on or _today(session)
    versions = list(session.scalars(
        select(StandardVersion).where(StandardVersion.service_id == service_id).order_by(StandardVersion.version_no)
    ))
    current = in_force(versions, on)
    forums = _forum_titles(session, {v.forum_id for v in versions if v.forum_id})
    users = {uid: name for uid, name in session.execute(
        select(User.id, User.full_name).where(User.id.in_({v.created_by for v in versions if v.created_by}))
    )}
    out = []
    for v in reversed(versions):
        state = "berlaku" if v is current else ("akan berlaku" if v.effective_date > on else "lama")
        out.append(VersionSummary(v.id, v.service_id, v.version_no, v.effective_date, v.sk_number, v.forum_id,
                                  forums.get(v.forum_id, "") if v.forum_id else "", v.created_at,
                                  users.get(v.created_by, "") if v.created_by else "", state))
    return out


def standard_in_force(session: Session, service_id: int, on: date | None = None) -> StandardRecord:
    versions = list(session.scalars(
        select(StandardVersion).where(StandardVersion.service_id == service_id)
        .options(selectinload(StandardVersion.items))
    ))
    version = in_force(versions, on or _today(session))
    if version is None:
        raise NotFound("Layanan ini belum mempunyai standar pelayanan.", "service")
    return standard_record(version)


def latest_standard(session: Session, service_id: int) -> StandardRecord | None:
    """The newest version written (the editor starts from it, even before it takes effect)."""
    version = session.scalar(
        select(StandardVersion).where(StandardVersion.service_id == service_id)
        .order_by(StandardVersion.version_no.desc()).limit(1).options(selectinload(StandardVersion.items))
    )
    return standard_record(version) if version else None


def get_version(session: Session, version_id: int) -> StandardRecord:
    version = session.get(StandardVersion, version_id, options=[selectinload(StandardVersion.items)])
    if version is None:
        raise NotFound("Versi standar tidak ditemukan.")
    return standard_record(version)


def compare_versions(session: Session, old_version_id: int, new_version_id: int) -> tuple[ComponentDiff, ...]:
    return diff_standards(get_version(session, old_version_id), get_version(session, new_version_id))


def forum_choices(session: Session) -> list[ForumChoice]:
    """Forums an admin can name as the one that approved a version, newest first."""
    rows = session.execute(select(Forum.id, Forum.title, Forum.starts_at).order_by(Forum.starts_at.desc()))
    return [ForumChoice(fid, title, starts_at) for fid, title, starts_at in rows]


# --- search --------------------------------------------------------------------------------------


def _haystack(entry: ServiceEntry, std: StandardRecord) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = [("Nama layanan", f"{entry.service.code} — {entry.service.name}")]
    for component in COMPONENTS:
        lines.extend((component.label, line) for line in component_lines(std, component.key))
    lines.extend((NOTES_LABEL, line) for line in component_lines(std, "notes"))
    return lines


def search_standards(session: Session, typed: str, *, include_inactive: bool = False,
                     on: date | None = None) -> list[SearchHit]:
    """Services whose standard in force contains every typed word, in any component.

    Case and accents do not matter ("ijazah" finds "Ijazah"); a word may be part of a longer
    one ("ktp" finds "KTP-el"). The unit's name counts too, so "koperasi" lists its services.
    Hits keep the office's order (by unit), each with the lines that matched.
    """
    words = search_words(typed)
    on = on or _today(session)
    versions = _versions_by_service(session, items=True)
    hits: list[SearchHit] = []
    for service, unit in _service_rows(session, include_inactive):
        version = in_force(versions.get(service.id, []), on)
        if version is None:
            continue
        entry = _entry(service, unit, version)
        lines = _haystack(entry, standard_record(version))
        if words:
            everything = fold(" \n".join([unit.name, unit.full_name, *(text for _, text in lines)]))
            if not all(word in everything for word in words):
                continue
        matched = [
            SearchMatch(label, text, tuple(spans)) for label, text in lines
            if (spans := match_spans(text, words))
        ] if words else []
        hits.append(SearchHit(entry, tuple(matched[:MAX_SNIPPETS]), max(0, len(matched) - MAX_SNIPPETS)))
    return hits


# --- saving a new version ------------------------------------------------------------------------


def check_version(session: Session, service_id: int, draft: StandardDraft) -> tuple[StandardDraft, dict[str, str]]:
    """The cleaned draft and every problem it would be refused for (nothing is written)."""
    cleaned, errors = clean_standard(draft)
    versions = list(session.scalars(
        select(StandardVersion).where(StandardVersion.service_id == service_id)
        .options(selectinload(StandardVersion.items))
    ))
    if cleaned.forum_id is not None and session.get(Forum, cleaned.forum_id) is None:
        errors["forum_id"] = "Forum yang dipilih tidak ditemukan."
    if versions and cleaned.effective_date is not None:
        latest = max(versions, key=lambda v: (v.effective_date, v.version_no))
        if cleaned.effective_date < latest.effective_date:
            errors.setdefault("effective_date", (
                f"Tanggal berlaku tidak boleh sebelum tanggal berlaku versi {latest.version_no} "
                f"({format_date(latest.effective_date)})."))
    if versions and not errors:
        newest = standard_record(max(versions, key=lambda v: v.version_no))
        if (same_content(newest, cleaned) and newest.sk_number == cleaned.sk_number
                and newest.effective_date == cleaned.effective_date and newest.forum_id == cleaned.forum_id):
            errors["version"] = (f"Tidak ada yang berubah dibanding versi {newest.version_no}; "
                                   "versi baru tidak disimpan.")
    return cleaned, errors


def store_version(session: Session, service_id: int, draft: StandardDraft, *, version_no: int | None = None,
                  created_at: datetime | None = None) -> StandardVersion:
    """Write an already checked draft as the next version (or as `version_no`, for an import)."""
    if version_no is None:
        version_no = (session.scalar(
            select(func.max(StandardVersion.version_no)).where(StandardVersion.service_id == service_id)
        ) or 0) + 1
    assert draft.effective_date is not None
    version = StandardVersion(
        service_id=service_id, version_no=version_no, effective_date=draft.effective_date,
        sk_number=draft.sk_number, forum_id=draft.forum_id, same_day=draft.same_day,
        duration_days=None if draft.same_day else draft.duration_days, duration_minutes=draft.duration_minutes,
        fee=draft.fee, created_at=created_at or utcnow(), created_by=access.current_user_id(session),
        **{name: getattr(draft, name) for name in TEXT_COMPONENTS},
    )
    for key in LIST_KEYS:
        for position, text in enumerate(getattr(draft, key), start=1):
            version.items.append(StandardItem(kind=_KIND_OF_LIST[key], position=position, text=text))
    session.add(version)
    session.flush()
    return version


def save_version(session: Session, service_id: int, draft: StandardDraft) -> StandardRecord:
    """Check the draft and store it as the service's next version; InvalidStandard lists every problem."""
    access.require(session, access.STANDARDS_EDIT)
    service = session.get(Service, service_id, with_for_update=True)
    if service is None:
        raise NotFound("Layanan tidak ditemukan.", "service")
    cleaned, errors = check_version(session, service_id, draft)
    if errors:
        raise InvalidStandard(errors)
    previous = latest_standard(session, service_id)
    version = store_version(session, service_id, cleaned)
    record = standard_record(version)
    changed = [d.label for d in diff_standards(previous, record) if d.changed] if previous else ["(versi pertama)"]
    audit.record(session, "standard.version", "service", service.id, {
        "layanan": service.code, "versi": version.version_no, "berlaku": version.effective_date.isoformat(),
        "sk": version.sk_number, "forum": version.forum_id, "komponen_berubah": changed,
    })
    return record


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


# --- publishing ----------------------------------------------------------------------------------


def _published(session: Session, service: Service, unit: Unit, version: StandardVersion) -> PublishedStandard:
    forum = session.get(Forum, version.forum_id) if version.forum_id else None
    return PublishedStandard(
        service_code=service.code, service_name=service.name, unit_code=unit.code, unit_name=unit.name,
        unit_full_name=unit.full_name or unit.name, standard=standard_record(version),
        forum_title=forum.title if forum else "",
    )


def published(session: Session, service_id: int, *, version_no: int | None = None,
              on: date | None = None) -> PublishedStandard:
    """One service's standard for a document: the version in force (or the numbered one)."""
    row = session.execute(select(Service, Unit).join(Unit).where(Service.id == service_id)).first()
    if row is None:
        raise NotFound("Layanan tidak ditemukan.", "service")
    service, unit = row
    versions = list(session.scalars(
        select(StandardVersion).where(StandardVersion.service_id == service_id)
        .options(selectinload(StandardVersion.items))
    ))
    if version_no is not None:
        version = next((v for v in versions if v.version_no == version_no), None)
        if version is None:
            raise NotFound(f"Layanan {service.code} tidak mempunyai versi {version_no}.", "version")
    else:
        version = in_force(versions, on or _today(session))
        if version is None:
            raise NotFound(f"Layanan {service.code} belum mempunyai standar pelayanan.", "service")
    return _published(session, service, unit, version)


def booklet_data(session: Session, on: date | None = None) -> BookletData:
    """Every offered service's standard in force, grouped by unit, with the office profile."""
    on = on or _today(session)
    versions = _versions_by_service(session, items=True)
    standards = []
    for service, unit in _service_rows(session, include_inactive=False):
        version = in_force(versions.get(service.id, []), on)
        if version is not None:
            standards.append(_published(session, service, unit, version))
    if not standards:
        raise StoreError("Belum ada layanan aktif yang mempunyai standar pelayanan.", "service")
    return BookletData(get_office_profile(session), tuple(standards), on)


def office_profile(session: Session) -> OfficeProfile:
    return get_office_profile(session)


def record_print(session: Session, kind: str, record_id: int | None, *, paper: str = "A4", action: str = "save",
                 target: str = "", details: dict[str, Any] | None = None) -> int:
    """Log a print or save of a standards document; returns which copy this is (1 = first)."""
    access.require(session, access.PRINT)
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"unknown standards document {kind!r}")
    earlier = session.scalar(select(func.count()).select_from(PrintRecord).where(
        PrintRecord.document_kind == kind,
        PrintRecord.record_id.is_(None) if record_id is None else PrintRecord.record_id == record_id,
    )) or 0
    copy_no = earlier + 1
    session.add(PrintRecord(document_kind=kind, record_id=record_id, action=action, copy_no=copy_no,
                            paper=paper[:10], user_id=access.current_user_id(session),
                            at=datetime.now(UTC), target=target[:300]))
    audit.record(session, "document.print" if copy_no == 1 else "document.reprint",
                 "standard" if record_id is not None else "office", record_id or "",
                 {"dokumen": kind, "salinan": copy_no, "kertas": paper, "tindakan": action, **(details or {})})
    return copy_no

