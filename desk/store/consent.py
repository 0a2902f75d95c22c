"""Consent of visitors for the optional uses of their data (UU 27/2022: explicit, per purpose).

Each decision is a new row with its date and officer, so a withdrawal never erases the proof
of the earlier consent. The purposes are one vocabulary (desk.domain.consent), shared with the
forum participants.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.consent import ConsentPurpose, label_of, purpose_of
from desk.domain.messages import N_
from desk.store import access, audit
from desk.store.accounts import user_names
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Visitor
from desk.store.models_accounts import ConsentRow
from desk.store.work import Change, Done, writing


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: int
    visitor_id: int
    purpose: str  # a ConsentPurpose code
    granted: bool
    recorded_at: datetime
    recorded_by: str
    note: str

    @property
    def purpose_label(self) -> str:
        return label_of(self.purpose)


def _record(row: ConsentRow, names: Mapping[int, str]) -> ConsentRecord:
    return ConsentRecord(row.id, row.visitor_id, row.purpose, bool(row.granted), row.recorded_at,
                         names.get(row.recorded_by, "") if row.recorded_by else "sistem", row.note)


def consent_history(session: Session, visitor_id: int) -> list[ConsentRecord]:
    names = user_names(session)
    rows = session.scalars(select(ConsentRow).where(ConsentRow.visitor_id == visitor_id).order_by(ConsentRow.id))
    return [_record(r, names) for r in rows]


def current_consents(session: Session, visitor_id: int) -> dict[ConsentPurpose, ConsentRecord | None]:
    """The latest decision per purpose (None: never asked, which counts as no consent)."""
    latest: dict[ConsentPurpose, ConsentRecord | None] = dict.fromkeys(ConsentPurpose)
    for record in consent_history(session, visitor_id):
        purpose = purpose_of(record.purpose)
        if purpose is not None:
            latest[purpose] = record
    return latest


def consent_flags(session: Session, visitor_id: int | None) -> dict[ConsentPurpose, bool]:
    """Purpose → consent given, for printouts and messages to respect. No visitor: no consent."""
    if visitor_id is None:
        return dict.fromkeys(ConsentPurpose, False)
    return {p: bool(r and r.granted) for p, r in current_consents(session, visitor_id).items()}


def _granted(record: ConsentRecord | None) -> bool | None:
    return None if record is None else record.granted


def set_consents(
    session: Session, visitor_id: int, flags: Mapping[str, bool], note: str = "", now: datetime | None = None
) -> list[ConsentRecord]:
    """Record the visitor's decisions in the caller's unit of work; only changes are written."""
    access.require(session, access.INTAKE)
    unknown = {str(p) for p in flags} - {p.value for p in ConsentPurpose}
    if unknown:
        raise StoreError(N_("Tujuan persetujuan tidak dikenal: {items}."), "consent", items=', '.join(sorted(unknown)))
    visitor = session.get(Visitor, visitor_id)
    if visitor is None:
        raise NotFound(N_("Data orang ini tidak ditemukan."))
    if visitor.anonymised_at is not None and any(flags.values()):
        raise StoreError(N_("Data orang ini sudah dianonimkan; persetujuan tidak dapat dicatat lagi."), "consent")
    current = current_consents(session, visitor_id)
    at = (now or datetime.now(UTC)).astimezone(UTC)
    written: list[ConsentRow] = []
    for code, granted in flags.items():
        purpose = ConsentPurpose(code)
        before = current[purpose]
        # A first "no" is written too: it proves the question was asked.
        if before is not None and before.granted == bool(granted):
            continue
        row = ConsentRow(visitor_id=visitor_id, purpose=purpose.value, granted=bool(granted), recorded_at=at,
                         recorded_by=access.current_user_id(session), note=note.strip()[:500])
        session.add(row)
        written.append(row)
    if not written:
        return []
    session.flush()
    changes = {r.purpose: [_granted(current[ConsentPurpose(r.purpose)]), r.granted] for r in written}
    audit.record(session, "consent.record", "visitor", visitor_id, {"changes": changes})
    names = user_names(session)
    return [_record(r, names) for r in written]


def withdraw(session: Session, visitor_id: int, purposes: list[str] | None, at: datetime, note: str) -> list[str]:
    """Withdraw the consents given (all, or those of `purposes`); returns the purposes withdrawn."""
    flags = consent_flags(session, visitor_id)
    chosen = flags if purposes is None else {p: flags.get(ConsentPurpose(p), False) for p in purposes}
    withdrawn = [str(p) for p, on in chosen.items() if on]
    for purpose in withdrawn:
        session.add(ConsentRow(visitor_id=visitor_id, purpose=purpose, granted=False, recorded_at=at,
                               recorded_by=access.current_user_id(session), note=note))
    if withdrawn:
        session.flush()
        audit.record(session, "consent.record", "visitor", visitor_id,
                     {"changes": {p: [True, False] for p in withdrawn}, "note": note})
    return withdrawn


def save_consents(db: Database, visitor_id: int, flags: Mapping[str, bool]) -> Done[list[ConsentRecord]]:
    """The visitor's decisions, recorded on their own (the data-subject screen)."""
    with writing(db) as work:
        written = set_consents(work.session, visitor_id, flags, now=work.now)
        if written:
            work.changed(Change.CONSENTS)
        return work.done(written)
