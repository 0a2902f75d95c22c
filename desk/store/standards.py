"""Service standards: look-up and search across every component, versions, comparison, aliases, publishing.

A standard is never edited in place: `save_version` stores a new version with its effective
date, SK number and (when known) the forum that approved it. Requests keep the version that
was in force when they were received (desk.store.requests copies its checklist at intake).
A service also has aliases, the names people use for it at the counter ("kartu kuning" for
the AK/I card); the look-up finds them, and they are edited with the standard.

Each user action is one operation taking the database bound to the officer: reading is for
everyone; saving a version or aliases needs STANDARDS_EDIT and is audited ("standard.version",
"standard.aliases"), also when `store_version` is called by another store module (the import).
What a printed document needs comes with the copy its next print carries; prints are logged in
the one print log (desk.store.prints). Import and export live in desk.store.standards_io.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from desk.domain.document_kinds import DocumentKind
from desk.domain.messages import N_, Filled, joined
from desk.domain.office_rules import office_gaps, paper_draft_reasons
from desk.domain.records import OfficeProfile, ServiceRecord, StandardRecord
from desk.domain.standard_diff import ComponentDiff, diff_standards
from desk.domain.standard_rules import (
    ALIASES_LABEL,
    COMPONENTS,
    LIST_KEYS,
    NOTES_LABEL,
    PublishedStandard,
    StandardDraft,
    clean_aliases,
    clean_standard,
    component_lines,
    contains_all,
    match_spans,
    same_content,
    search_words,
)
from desk.domain.text_id import format_date
from desk.store import access, audit
from desk.store.catalog import service_aliases, standard_record
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Forum, Service, ServiceAlias, StandardItem, StandardVersion, Unit, User
from desk.store.printing_defaults import ALLOWED_PAPERS, STANDARD, default_paper
from desk.store.prints import copy_number
from desk.store.seed import LIST_COMPONENTS, TEXT_COMPONENTS
from desk.store.work import Change, Done, Work, reading, writing

# The documents of this area; each prints on the paper the office chose for standards.
DOCUMENTS: tuple[DocumentKind, ...] = (
    DocumentKind.STANDARD, DocumentKind.BOARD, DocumentKind.BOOKLET, DocumentKind.MAKLUMAT,
)
PAPERS: tuple[str, ...] = tuple(p for p in ALLOWED_PAPERS[STANDARD] if p in ("A4", "F4"))
MAX_SNIPPETS = 4
_KIND_OF_LIST = {key: kind for key, kind in LIST_COMPONENTS.items()}


class InvalidStandard(StoreError):
    """A standard with problems; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(joined(errors.values()), next(iter(errors), None))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    """A service in the look-up list, with the version in force today (None: no standard yet)."""

    service: ServiceRecord
    unit_full_name: str
    unit_active: bool
    version_no: int | None
    aliases: tuple[str, ...] = ()

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
    label: str  # the component (or "Nama layanan", "Nama lain")
    text: str  # the line that matched
    spans: tuple[tuple[int, int], ...]  # where the words are in `text`


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry: ServiceEntry
    matches: tuple[SearchMatch, ...]  # at most MAX_SNIPPETS lines, aliases first (not the name)
    more: int  # further matching lines not listed


@dataclass(frozen=True, slots=True)
class ServiceStandard:
    """One service as its page shows it: its versions, its aliases and the chosen (or in force) version."""

    entry: ServiceEntry
    versions: tuple[VersionSummary, ...]  # newest first
    record: StandardRecord | None  # None: no standard yet

    @property
    def summary(self) -> VersionSummary | None:
        return next((v for v in self.versions if self.record and v.id == self.record.id), None)


@dataclass(frozen=True, slots=True)
class ForumChoice:
    id: int
    title: str
    starts_at: datetime

    def label(self) -> str:
        return f"{self.title} ({format_date(self.starts_at.date())})"


@dataclass(frozen=True, slots=True)
class EditorForm:
    """What the editor starts from: the newest version, the forums to name, today, the aliases."""

    entry: ServiceEntry
    base: StandardRecord | None
    forums: tuple[ForumChoice, ...]
    today: date


@dataclass(frozen=True, slots=True)
class SavedStandard:
    """What a save stored: the version now newest (new or, when only aliases changed, the same) and the aliases."""

    record: StandardRecord
    new_version: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BookletData:
    office: OfficeProfile
    standards: tuple[PublishedStandard, ...]  # grouped by unit, in the office's order
    on: date


@dataclass(frozen=True, slots=True)
class StandardsPrintData:
    """What one of this area's documents prints, with the copy its next print carries and the office's paper."""

    kind: DocumentKind
    office: OfficeProfile
    standards: tuple[PublishedStandard, ...]  # one for a standard or a board, every offered one for the booklet
    on: date  # the day it is printed for (the booklet's year, the maklumat's date)
    record_id: int | None  # the version printed (a standard or one board); None for office documents
    copy_no: int
    paper: str
    papers: tuple[str, ...] = PAPERS
    draft_reasons: tuple[str, ...] = ()  # why it prints "KONSEP": the office profile, a decree or a date unknown


def _draft_reasons(kind: DocumentKind, office: OfficeProfile, published: Sequence[PublishedStandard]) -> list[str]:
    """What the printed paper lacks before it can be signed (the documents mark it KONSEP for these)."""
    reasons = paper_draft_reasons(office, [p.standard for p in published])
    named = {gap.field for gap in office_gaps(office)}
    if (kind in (DocumentKind.BOOKLET, DocumentKind.MAKLUMAT) and office.maklumat_date is None
            and "maklumat_date" not in named):
        reasons.append("Tanggal penandatanganan maklumat pelayanan belum diisi.")
    return reasons


# --- reading -------------------------------------------------------------------------------------


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


def _entry(service: Service, unit: Unit, version: StandardVersion | None, aliases: tuple[str, ...]) -> ServiceEntry:
    record = ServiceRecord(service.id, service.code, service.name, unit.id, unit.code, unit.name, service.active)
    return ServiceEntry(record, unit.full_name or unit.name, unit.active, version.version_no if version else None,
                        aliases)


def _entries(session: Session, *, include_inactive: bool, on: date) -> list[ServiceEntry]:
    versions = _versions_by_service(session, items=False)
    aliases = service_aliases(session)
    entries = []
    for service, unit in _service_rows(session, include_inactive):
        version = in_force(versions.get(service.id, []), on)
        if version is None and not include_inactive:
            continue
        entries.append(_entry(service, unit, version, aliases.get(service.id, ())))
    return entries


def list_entries(db: Database, *, include_inactive: bool = False, on: date | None = None) -> list[ServiceEntry]:
    """Services by unit, as the look-up lists them; inactive ones (and those without standard) for the admin."""
    with reading(db) as work:
        return _entries(work.session, include_inactive=include_inactive, on=on or work.today)


def _get_entry(session: Session, service_id: int, on: date) -> ServiceEntry:
    row = session.execute(select(Service, Unit).join(Unit).where(Service.id == service_id)).first()
    if row is None:
        raise NotFound(N_("Layanan tidak ditemukan."), "service")
    service, unit = row
    versions = list(session.scalars(select(StandardVersion).where(StandardVersion.service_id == service_id)))
    return _entry(service, unit, in_force(versions, on), service_aliases(session, [service_id]).get(service_id, ()))


def service_by_code(db: Database, code: str) -> ServiceEntry:
    with reading(db) as work:
        service_id = work.session.scalar(select(Service.id).where(func.upper(Service.code) == code.strip().upper()))
        if service_id is None:
            raise NotFound(N_("Layanan dengan kode {code} tidak ada."), "service", code=code.strip())
        return _get_entry(work.session, service_id, work.today)


def _forum_titles(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {fid: title for fid, title in session.execute(select(Forum.id, Forum.title).where(Forum.id.in_(ids)))}


def _version_rows(session: Session, service_id: int) -> list[StandardVersion]:
    return list(session.scalars(
        select(StandardVersion).where(StandardVersion.service_id == service_id).order_by(StandardVersion.version_no)
    ))


def _summaries(session: Session, versions: list[StandardVersion], on: date) -> list[VersionSummary]:
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


def list_versions(db: Database, service_id: int, on: date | None = None) -> list[VersionSummary]:
    """Every version of a service, newest first, with which one is in force."""
    with reading(db) as work:
        return _summaries(work.session, _version_rows(work.session, service_id), on or work.today)


def service_standard(db: Database, service_id: int, version_id: int | None = None) -> ServiceStandard:
    """A service's page: its versions, aliases, and the version asked for (else the one in force today)."""
    with reading(db) as work:
        session, today = work.session, work.today
        entry = _get_entry(session, service_id, today)
        versions = _version_rows(session, service_id)
        summaries = _summaries(session, versions, today)
        chosen = next((v for v in versions if v.id == version_id), None) if version_id else in_force(versions, today)
        record = _get_version(session, chosen.id) if chosen is not None else None
        return ServiceStandard(entry, tuple(summaries), record)


def _latest_standard(session: Session, service_id: int) -> StandardRecord | None:
    version = session.scalar(
        select(StandardVersion).where(StandardVersion.service_id == service_id)
        .order_by(StandardVersion.version_no.desc()).limit(1).options(selectinload(StandardVersion.items))
    )
    return standard_record(version) if version else None


def latest_standard(db: Database, service_id: int) -> StandardRecord | None:
    """The newest version written (the editor starts from it, even before it takes effect)."""
    with reading(db) as work:
        return _latest_standard(work.session, service_id)


def _get_version(session: Session, version_id: int) -> StandardRecord:
    version = session.get(StandardVersion, version_id, options=[selectinload(StandardVersion.items)])
    if version is None:
        raise NotFound(N_("Versi standar tidak ditemukan."))
    return standard_record(version)


def get_version(db: Database, version_id: int) -> StandardRecord:
    with reading(db) as work:
        return _get_version(work.session, version_id)


def compare_versions(db: Database, old_version_id: int, new_version_id: int) -> tuple[ComponentDiff, ...]:
    with reading(db) as work:
        return diff_standards(_get_version(work.session, old_version_id), _get_version(work.session, new_version_id))


def _forum_choices(session: Session) -> list[ForumChoice]:
    rows = session.execute(select(Forum.id, Forum.title, Forum.starts_at).order_by(Forum.starts_at.desc()))
    return [ForumChoice(fid, title, starts_at) for fid, title, starts_at in rows]


def editor_form(db: Database, service_id: int) -> EditorForm:
    """What the editor shows: the service with its aliases, the newest version, the forums that can be named."""
    with reading(db) as work:
        session = work.session
        return EditorForm(_get_entry(session, service_id, work.today), _latest_standard(session, service_id),
                          tuple(_forum_choices(session)), work.today)


# --- search --------------------------------------------------------------------------------------


def _haystack(entry: ServiceEntry, std: StandardRecord) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = [("Nama layanan", f"{entry.service.code} — {entry.service.name}")]
    if entry.aliases:
        lines.append((ALIASES_LABEL, ", ".join(entry.aliases)))
    for component in COMPONENTS:
        lines.extend((component.label, line) for line in component_lines(std, component.key))
    lines.extend((NOTES_LABEL, line) for line in component_lines(std, "notes"))
    return lines


def search_standards(db: Database, typed: str, *, include_inactive: bool = False,
                     on: date | None = None) -> list[SearchHit]:
    """Services whose standard in force contains every typed word, in any component or alias.

    Case and accents do not matter ("ijazah" finds "Ijazah"); a word may be part of a longer
    one ("ktp" finds "KTP-el"), and marks inside a word may differ ("ak1" finds "AK/1"). The
    unit's name counts too, so "koperasi" lists its services. Hits keep the office's order (by
    unit), each with the lines that matched.
    """
    words = search_words(typed)
    with reading(db) as work:
        session = work.session
        on = on or work.today
        versions = _versions_by_service(session, items=True)
        aliases = service_aliases(session)
        hits: list[SearchHit] = []
        for service, unit in _service_rows(session, include_inactive):
            version = in_force(versions.get(service.id, []), on)
            if version is None:
                continue
            entry = _entry(service, unit, version, aliases.get(service.id, ()))
            lines = _haystack(entry, standard_record(version))
            if words and not contains_all(" \n".join([unit.name, unit.full_name, *(t for _, t in lines)]), words):
                continue
            # The name is on the list already, marked: its line is not repeated under it.
            matched = [
                SearchMatch(label, text, tuple(spans)) for label, text in lines[1:]
                if (spans := match_spans(text, words))
            ] if words else []
            hits.append(SearchHit(entry, tuple(matched[:MAX_SNIPPETS]), max(0, len(matched) - MAX_SNIPPETS)))
        return hits


# --- saving a new version ------------------------------------------------------------------------


def _check_version(session: Session, service_id: int, draft: StandardDraft) -> tuple[StandardDraft, dict[str, str]]:
    """The cleaned draft and every problem it would be refused for (nothing is written)."""
    cleaned, errors = clean_standard(draft)
    versions = list(session.scalars(
        select(StandardVersion).where(StandardVersion.service_id == service_id)
        .options(selectinload(StandardVersion.items))
    ))
    if cleaned.forum_id is not None and session.get(Forum, cleaned.forum_id) is None:
        errors["forum_id"] = N_("Forum yang dipilih tidak ditemukan.")
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
            errors["version"] = (Filled(N_(
                "Tidak ada yang berubah dibanding versi {version_no}; versi baru tidak disimpan."),
                version_no=newest.version_no))
    return cleaned, errors


def store_version(session: Session, service_id: int, draft: StandardDraft, *, version_no: int | None = None,
                  created_at: datetime | None = None, source: str = "") -> StandardRecord:
    """Write an already checked draft as the next version (or as `version_no`, for an import).

    Needs STANDARDS_EDIT and is audited as "standard.version" with the components that changed,
    whoever calls it: a new version changes the due dates of new requests and the published standard.
    """
    access.require(session, access.STANDARDS_EDIT)
    service = session.get(Service, service_id)
    if service is None:
        raise NotFound(N_("Layanan tidak ditemukan."), "service")
    if draft.effective_date is None:
        raise InvalidStandard({"effective_date": "Tanggal berlaku wajib diisi."})
    previous = _latest_standard(session, service_id)
    if version_no is None:
        version_no = (session.scalar(
            select(func.max(StandardVersion.version_no)).where(StandardVersion.service_id == service_id)
        ) or 0) + 1
    version = StandardVersion(
        service_id=service_id, version_no=version_no, effective_date=draft.effective_date,
        sk_number=draft.sk_number, forum_id=draft.forum_id, same_day=draft.same_day,
        duration_days=None if draft.same_day else draft.duration_days, duration_minutes=draft.duration_minutes,
        fee=draft.fee, created_by=access.current_user_id(session),
        **{name: getattr(draft, name) for name in TEXT_COMPONENTS},
    )
    if created_at is not None:
        version.created_at = created_at
    for key in LIST_KEYS:
        for position, text in enumerate(getattr(draft, key), start=1):
            version.items.append(StandardItem(kind=_KIND_OF_LIST[key], position=position, text=text))
    session.add(version)
    session.flush()
    record = standard_record(version)
    changed = [d.label for d in diff_standards(previous, record) if d.changed] if previous else ["(versi pertama)"]
    details: dict[str, object] = {
        "service": service.code, "version": version.version_no, "effective": version.effective_date.isoformat(),
        "sk": version.sk_number, "forum": version.forum_id, "changed": changed, "fee": version.fee,
    }
    if source:
        details["source"] = source
    audit.record(session, "standard.version", "service", service.id, details)
    return record


def _replace_aliases(work: Work, service: Service, current: tuple[str, ...], aliases: tuple[str, ...]) -> None:
    work.session.execute(delete(ServiceAlias).where(ServiceAlias.service_id == service.id))
    work.session.add_all(ServiceAlias(service_id=service.id, position=i, alias=alias)
                         for i, alias in enumerate(aliases, start=1))
    work.session.flush()
    work.audit("standard.aliases", "service", service.id,
               {"service": service.code, "aliases": [list(current), list(aliases)]})


def _new_aliases(work: Work, service: Service, typed: Sequence[str] | None,
                 errors: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """The service's aliases now, and the ones to store instead (None: nothing to change)."""
    current = service_aliases(work.session, [service.id]).get(service.id, ())
    if typed is None:
        return current, None
    cleaned, problem = clean_aliases(typed)
    if problem:
        errors["aliases"] = problem
        return current, None
    return current, (cleaned if cleaned != current else None)


def _locked_service(session: Session, service_id: int) -> Service:
    service = session.get(Service, service_id, with_for_update=True)
    if service is None:
        raise NotFound(N_("Layanan tidak ditemukan."), "service")
    return service


def save_version(db: Database, service_id: int, draft: StandardDraft,
                 aliases: Sequence[str] | None = None) -> Done[SavedStandard]:
    """Check the draft and store it as the service's next version, with the service's aliases when given.

    InvalidStandard lists every problem. When the standard says what its newest version says and
    no new SK number is given, only the aliases are saved (when they changed) and no version is
    added: a new version needs its decree.
    """
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        session = work.session
        service = _locked_service(session, service_id)
        latest = _latest_standard(session, service_id)
        cleaned, errors = _check_version(session, service_id, draft)
        current, new_aliases = _new_aliases(work, service, aliases, errors)
        only_aliases = (latest is not None and new_aliases is not None and not cleaned.sk_number
                        and same_content(latest, cleaned))
        if only_aliases:
            errors = {k: v for k, v in errors.items() if k == "aliases"}
        if errors:
            raise InvalidStandard(errors)
        if only_aliases:
            assert latest is not None
            record, add_version = latest, False
        else:
            record, add_version = store_version(session, service_id, cleaned), True
        if new_aliases is not None:
            _replace_aliases(work, service, current, new_aliases)
        work.changed(Change.STANDARDS)
        return work.done(SavedStandard(record, add_version, new_aliases if new_aliases is not None else current))


def set_aliases(db: Database, service_id: int, aliases: Sequence[str]) -> Done[tuple[str, ...]]:
    """Replace the names the look-up also finds a service by (STANDARDS_EDIT; audited)."""
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        service = _locked_service(work.session, service_id)
        errors: dict[str, str] = {}
        current, new_aliases = _new_aliases(work, service, aliases, errors)
        if errors:
            raise InvalidStandard(errors)
        if new_aliases is None:
            return work.done(current)
        _replace_aliases(work, service, current, new_aliases)
        work.changed(Change.STANDARDS)
        return work.done(new_aliases)


# --- publishing ----------------------------------------------------------------------------------


def _published(session: Session, service: Service, unit: Unit, version: StandardVersion) -> PublishedStandard:
    forum = session.get(Forum, version.forum_id) if version.forum_id else None
    return PublishedStandard(
        service_code=service.code, service_name=service.name, unit_code=unit.code, unit_name=unit.name,
        unit_full_name=unit.full_name or unit.name, standard=standard_record(version),
        forum_title=forum.title if forum else "",
    )


def _one_published(session: Session, service_id: int, version_no: int | None, on: date) -> PublishedStandard:
    row = session.execute(select(Service, Unit).join(Unit).where(Service.id == service_id)).first()
    if row is None:
        raise NotFound(N_("Layanan tidak ditemukan."), "service")
    service, unit = row
    versions = list(session.scalars(
        select(StandardVersion).where(StandardVersion.service_id == service_id)
        .options(selectinload(StandardVersion.items))
    ))
    if version_no is not None:
        version = next((v for v in versions if v.version_no == version_no), None)
        if version is None:
            raise NotFound(N_("Layanan {code} tidak mempunyai versi {version_no}."), "version", code=service.code, version_no=version_no)
    else:
        version = in_force(versions, on)
        if version is None:
            raise NotFound(N_("Layanan {code} belum mempunyai standar pelayanan."), "service", code=service.code)
    return _published(session, service, unit, version)


def published(db: Database, service_id: int, *, version_no: int | None = None,
              on: date | None = None) -> PublishedStandard:
    """One service's standard for a document: the version in force (or the numbered one)."""
    with reading(db) as work:
        return _one_published(work.session, service_id, version_no, on or work.today)


def _every_published(session: Session, on: date) -> tuple[PublishedStandard, ...]:
    versions = _versions_by_service(session, items=True)
    standards = []
    for service, unit in _service_rows(session, include_inactive=False):
        version = in_force(versions.get(service.id, []), on)
        if version is not None:
            standards.append(_published(session, service, unit, version))
    if not standards:
        raise StoreError(N_("Belum ada layanan aktif yang mempunyai standar pelayanan."), "service")
    return tuple(standards)


def booklet_data(db: Database, on: date | None = None) -> BookletData:
    """Every offered service's standard in force, grouped by unit, with the office profile."""
    with reading(db) as work:
        on = on or work.today
        return BookletData(work.office.profile, _every_published(work.session, on), on)


def print_data(db: Database, kind: DocumentKind, *, service_id: int | None = None, version_no: int | None = None,
               on: date | None = None) -> StandardsPrintData:
    """What a standard, a board (one service, or every offered one without `service_id`), the booklet or
    the maklumat prints, with the copy its next print carries."""
    if kind not in DOCUMENTS:
        raise ValueError(f"not a standards document: {kind!r}")
    with reading(db) as work:
        session = work.session
        work.require(access.PRINT)
        on = on or work.today
        if kind is DocumentKind.MAKLUMAT:
            standards: tuple[PublishedStandard, ...] = ()
        elif kind is DocumentKind.BOOKLET or (kind is DocumentKind.BOARD and service_id is None):
            standards = _every_published(session, on)
        elif service_id is None:
            raise ValueError("a standard is printed for one service")
        else:
            standards = (_one_published(session, service_id, version_no, on),)
        record_id = standards[0].standard.id if len(standards) == 1 and kind in (
            DocumentKind.STANDARD, DocumentKind.BOARD) else None
        paper = default_paper(session, STANDARD)
        office = work.office.profile
        return StandardsPrintData(kind, office, standards, on, record_id, copy_number(work, kind, record_id),
                                  paper if paper in PAPERS else PAPERS[0],
                                  draft_reasons=tuple(_draft_reasons(kind, office, standards)))
