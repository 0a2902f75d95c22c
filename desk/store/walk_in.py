"""A walk-in at the counter: what the intake form needs, the returning visitor, and the save.

The save is the worked example of an operation (docs/architecture.md): one unit of work checks
the officer's right, validates the draft, numbers and stores the request with its checklist,
records the visitor's consents, writes the audit entries and builds the receipt, then commits.
The form gets back everything it shows next (the saved request and its receipt, ready to
print), so nothing is read again before the receipt preview paints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from desk.domain.document_kinds import DocumentKind
from desk.domain.intake import RequestDraft
from desk.domain.messages import N_
from desk.domain.nik import clean_nik
from desk.domain.records import ReceiptData, RequestRecord, ServiceRecord, StandardRecord
from desk.domain.status import status_label
from desk.store import access, catalog, clock, consent, printing_defaults, receipts
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import OpenRequest, VisitorMatch, create_request, find_visitor, open_requests_of
from desk.store.work import Change, Done, reading, writing


@dataclass(frozen=True, slots=True)
class IntakeForm:
    """What the New request form shows before anything is typed."""

    today: date
    regency: str  # the office's own kabupaten ("Balangan"): addresses outside it are free text
    privacy_notice: str
    known_regions: frozenset[str]  # kecamatan codes as NIK prefixes ("631104")
    services: tuple[ServiceRecord, ...]
    kecamatan: tuple[tuple[str, str], ...]  # (code, name)
    aliases: Mapping[int, tuple[str, ...]] = field(default_factory=dict)  # service id: names people use for it


@dataclass(frozen=True, slots=True)
class ReturningVisitor:
    """A visitor found by NIK or phone, with the consents they gave last time."""

    visitor: VisitorMatch
    consents: Mapping[str, bool]
    open_requests: tuple[OpenRequest, ...] = ()  # still open: a second one for the same service is warned of


@dataclass(frozen=True, slots=True)
class WalkIn:
    """A saved walk-in: the request as the register shows it, its original receipt and the paper it goes on."""

    request: RequestRecord
    receipt: ReceiptData
    paper: str = "A4"  # the office's default receipt paper, read in the same unit of work


def _privacy_notice(profile_notice: str, dpo_contact: str) -> str:
    contact = f"\n\nKontak: {dpo_contact}" if dpo_contact and dpo_contact not in profile_notice else ""
    return (profile_notice or "") + contact


def intake_form(db: Database) -> IntakeForm:
    with reading(db) as work:
        profile = work.office.profile
        return IntakeForm(
            today=work.today,
            regency=profile.regency,
            privacy_notice=_privacy_notice(profile.privacy_notice, profile.dpo_contact),
            known_regions=frozenset(catalog.known_nik_regions(work.session)),
            services=tuple(catalog.list_services(work.session)),
            kecamatan=tuple(catalog.list_kecamatan(work.session)),
            aliases=catalog.service_aliases(work.session),
        )


def desa_of(db: Database, kecamatan_code: str) -> list[tuple[str, str]]:
    """The desa and kelurahan of one kecamatan, (code, name) by name."""
    with reading(db) as work:
        return catalog.list_desa(work.session, kecamatan_code)


def standard_for_intake(db: Database, service_id: int, on: date) -> StandardRecord:
    """The standard in force for the chosen service: its checklist, time, fee and product."""
    with reading(db) as work:
        return catalog.current_standard(work.session, service_id, on)


def find_returning_visitor(db: Database, *, nik: str = "", phone: str = "") -> ReturningVisitor | None:
    """A visitor who came before, by NIK (exact) or else by phone, with their current consents."""
    with reading(db) as work:
        match = find_visitor(work.session, nik=nik, phone=phone)
        if match is None:
            return None
        still_open = open_requests_of(work.session, match.nik) if match.nik else ()
        return ReturningVisitor(match, consent.consent_flags(work.session, match.id), still_open)


class DuplicateRequest(StoreError):
    """The visitor already has an open request for this service; `existing` are those requests."""

    def __init__(self, existing: tuple[OpenRequest, ...]) -> None:
        first = existing[0]
        super().__init__(
            N_("Pemohon ini masih mempunyai permohonan {ref} untuk layanan yang sama "
               "(status {status}). Buka permohonan itu, atau simpan permohonan baru bila "
               "memang kebutuhan yang lain."), "service", ref=first.ref_number, status=status_label(first.status))
        self.existing = existing


def save_walk_in(
    db: Database,
    draft: RequestDraft,
    consents: Mapping[str, bool] | None = None,
    *,
    now: datetime | None = None,
    allow_duplicate: bool = False,
) -> Done[WalkIn]:
    """Save a walk-in request (InvalidRequest names each field at fault) with the visitor's consents.

    The consents stand or fall with the request: both are in one unit of work, recorded by the
    same officer at the same moment. A visitor (by NIK) with an open request for the same service
    is refused with DuplicateRequest, nothing saved, unless `allow_duplicate` (the officer confirmed
    that it is another need).
    """
    with writing(db, now=now) as work:
        work.require(access.INTAKE)
        clock.require_plausible(work.session, now)  # a number of the wrong month or year is never issued
        if not allow_duplicate and draft.service_id is not None:
            existing = open_requests_of(work.session, clean_nik(draft.nik), draft.service_id)
            if existing:
                raise DuplicateRequest(existing)
        record = create_request(work.session, draft, work.user_id, now=work.now)
        if consents is not None:
            consent.set_consents(work.session, record.visitor_id, consents, now=work.now)
            work.changed(Change.CONSENTS)
        secret = receipts.secret_in(db, work.session)
        receipt = receipts.receipt_data(work.session, record, 1, secret)
        paper = printing_defaults.default_paper(work.session, DocumentKind.RECEIPT)
        work.changed(Change.REQUESTS)
        return work.done(WalkIn(record, receipt, paper))
