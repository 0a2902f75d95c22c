"""A walk-in at the counter: what the intake form needs, the returning visitor, and the save.

The save is the worked example of an operation (docs/architecture.md): one unit of work checks
the officer's right, validates the draft, numbers and stores the request with its checklist,
records the visitor's consents, writes the audit entries and builds the receipt, then commits.
The form gets back everything it shows next (the saved request and its receipt, ready to
print), so nothing is read again before the receipt preview paints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from desk.domain.intake import RequestDraft
from desk.domain.records import ReceiptData, RequestRecord, ServiceRecord, StandardRecord
from desk.store import access, catalog, consent, receipts
from desk.store.database import Database
from desk.store.requests import VisitorMatch, create_request, find_visitor
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


@dataclass(frozen=True, slots=True)
class ReturningVisitor:
    """A visitor found by NIK or phone, with the consents they gave last time."""

    visitor: VisitorMatch
    consents: Mapping[str, bool]


@dataclass(frozen=True, slots=True)
class WalkIn:
    """A saved walk-in: the request as the register shows it, and its original receipt."""

    request: RequestRecord
    receipt: ReceiptData


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
        return ReturningVisitor(match, consent.consent_flags(work.session, match.id))


def save_walk_in(
    db: Database, draft: RequestDraft, consents: Mapping[str, bool] | None = None, *, now: datetime | None = None
) -> Done[WalkIn]:
    """Save a walk-in request (InvalidRequest names each field at fault) with the visitor's consents.

    The consents stand or fall with the request: both are in one unit of work, recorded by the
    same officer at the same moment.
    """
    with writing(db, now=now) as work:
        work.require(access.INTAKE)
        record = create_request(work.session, draft, work.user_id, now=work.now)
        if consents is not None:
            consent.set_consents(work.session, record.visitor_id, consents, now=work.now)
            work.changed(Change.CONSENTS)
        secret = receipts.secret_in(db, work.session)
        receipt = receipts.receipt_data(work.session, record.id, 1, secret)
        work.changed(Change.REQUESTS)
        return work.done(WalkIn(record, receipt))
