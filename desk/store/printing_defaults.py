"""The office's default paper per document kind, shared by every counter on one database.

The printer itself is a per-PC choice and lives in the PC's Qt settings (desk.ui), not here:
two counters share the defaults but not their printers.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.domain.document_kinds import DocumentKind
from desk.domain.messages import N_
from desk.store import access, audit
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import Setting
from desk.store.work import Change, Done, reading, writing

SETTING_KEY = "printing.default_paper"

RECEIPT, ATTENDANCE = DocumentKind.RECEIPT, DocumentKind.ATTENDANCE
STANDARD, BERITA_ACARA = DocumentKind.STANDARD, DocumentKind.BERITA_ACARA
# The documents whose paper the office chooses once for every counter.
DOCUMENT_KINDS: dict[str, str] = {kind: kind.label for kind in (RECEIPT, ATTENDANCE, STANDARD, BERITA_ACARA)}
PAPER_LABELS: dict[str, str] = {
    "A4": "A4 (210 × 297 mm)",
    "F4": "F4/Folio (215 × 330 mm)",
    "A5": "A5 (148 × 210 mm)",
    "80mm": N_("Struk 80 mm"),
    "58mm": N_("Struk 58 mm"),
}
# A thermal roll suits a receipt only; a table of forum participants needs a full sheet.
ALLOWED_PAPERS: dict[str, tuple[str, ...]] = {
    RECEIPT: ("A4", "F4", "A5", "80mm", "58mm"),
    ATTENDANCE: ("F4", "A4"),
    STANDARD: ("A4", "F4", "A5"),
    BERITA_ACARA: ("A4", "F4"),
}
# F4 for attendance sheets, as Indonesian offices print them (DOMAIN §2.6); A4 elsewhere.
FACTORY_DEFAULTS: dict[str, str] = {RECEIPT: "A4", ATTENDANCE: "F4", STANDARD: "A4", BERITA_ACARA: "A4"}


def _stored(session: Session) -> dict[str, str]:
    row = session.get(Setting, SETTING_KEY)
    value = row.value if row is not None else None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def default_papers(session: Session) -> dict[str, str]:
    """Every document kind with its default paper (the factory default where none was chosen)."""
    stored = _stored(session)
    return {
        kind: stored[kind] if stored.get(kind) in ALLOWED_PAPERS[kind] else FACTORY_DEFAULTS[kind]
        for kind in DOCUMENT_KINDS
    }


def default_paper(session: Session, kind: str) -> str:
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    return default_papers(session)[kind]


def set_default_paper(session: Session, kind: str, paper: str) -> dict[str, str]:
    """Make ``paper`` the office's default for ``kind``; returns every default."""
    access.require(session, access.OFFICE_EDIT)
    if kind not in DOCUMENT_KINDS:
        raise StoreError(N_("Jenis dokumen '{kind}' tidak dikenal."), "kind", kind=kind)
    if paper not in ALLOWED_PAPERS[kind]:
        allowed = ", ".join(ALLOWED_PAPERS[kind])
        raise StoreError(N_("Kertas {paper} tidak dapat dipakai untuk {document} (pilih {allowed})."), "paper", paper=paper, document=DOCUMENT_KINDS[kind].lower(), allowed=allowed)
    current = default_papers(session)
    if current[kind] == paper:
        return current
    stored = _stored(session)
    stored[kind] = paper
    row = session.get(Setting, SETTING_KEY, with_for_update=True)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=stored))
    else:
        row.value = stored  # a new dict object, so the JSON column sees the change
    session.flush()
    audit.record(session, "settings.printing", "setting", SETTING_KEY, {"changes": {kind: [current[kind], paper]}})
    return default_papers(session)


def paper_for(db: Database, kind: str) -> str:
    """The office's default paper for documents of `kind` (what a preview opens with)."""
    with reading(db) as work:
        return default_paper(work.session, kind)


def papers(db: Database) -> dict[str, str]:
    with reading(db) as work:
        return default_papers(work.session)


def choose_paper(db: Database, kind: str, paper: str) -> Done[dict[str, str]]:
    """Make `paper` the office's default for `kind` (admin); the value is every default."""
    with writing(db) as work:
        result = set_default_paper(work.session, kind, paper)
        work.changed(Change.OFFICE)
        return work.done(result)
