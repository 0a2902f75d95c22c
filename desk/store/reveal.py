"""Revealing a visitor's full NIK or phone: allowed by role, and audited as who saw what.

NIK and phone are masked everywhere by default; the full value is a deliberate act.
"""

from __future__ import annotations

from desk.domain.messages import N_
from desk.domain.nik import mask_nik
from desk.domain.phone import mask_phone
from desk.store import access
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Visitor
from desk.store.work import Done, writing

NIK, PHONE = "nik", "phone"
FIELD_LABELS = {NIK: "NIK", PHONE: "nomor HP"}


def masked(field: str, value: str | None) -> str:
    if not value:
        return ""
    return mask_nik(value) if field == NIK else mask_phone(value)


def reveal(db: Database, visitor_id: int, field: str, reason: str = "") -> Done[str]:
    """The full NIK or phone of a visitor, with an audit entry naming who saw it (value masked there)."""
    with writing(db) as work:
        work.require(access.REVEAL_PERSONAL)
        if field not in FIELD_LABELS:
            raise StoreError(N_("Hanya NIK atau nomor HP yang dapat ditampilkan."), "field")
        visitor = work.session.get(Visitor, visitor_id)
        if visitor is None:
            raise NotFound(N_("Data orang ini tidak ditemukan."))
        value = visitor.nik if field == NIK else visitor.phone
        if not value:
            raise StoreError(N_("{what} orang ini tidak tercatat."), field, what=FIELD_LABELS[field].capitalize())
        work.audit("personal.reveal", "visitor", visitor.id,
                   {"field": field, "value": masked(field, value), "reason": reason.strip()[:200]})
        return work.done(value)
