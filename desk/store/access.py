"""Who may do what. Enforced inside store functions, not only by hiding buttons.

A session carries its actor in `session.info["actor"]` (set by
`Database.read(actor=...)` / `Database.write(actor=...)`). Store functions
that change or reveal something call `require(session, PERMISSION)` first.
A session without an actor is the local system itself (the `desk` command
line run by whoever administers the PC, migrations, seeding) and is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.domain.messages import N_
from desk.store.errors import StoreError

ADMIN = "admin"
OFFICER = "petugas"
HEAD = "pimpinan"
ROLE_LABELS = {ADMIN: N_("Admin"), OFFICER: N_("Petugas loket"), HEAD: N_("Pimpinan")}

# Permissions (verbs an area checks) and the roles that hold them.
INTAKE = "request.create"
STATUS = "request.status"
REQUEST_EDIT = "request.edit"  # correct a saved request, tick documents brought later
REQUEST_REOPEN = "request.reopen"  # reopen a closed request, close one with documents missing, confirm the clock
PRINT = "document.print"
FORUM_CHECKIN = "forum.checkin"
FORUM_EDIT = "forum.edit"
STANDARDS_EDIT = "standards.edit"
USERS_MANAGE = "users.manage"
OFFICE_EDIT = "office.edit"
HOLIDAYS_EDIT = "holidays.edit"
BACKUP = "backup.run"
EXPORT = "data.export"
IMPORT = "data.import"
REVEAL_PERSONAL = "personal.reveal"  # show a full NIK / phone
PERSONAL_DATA = "personal.manage"  # subject requests, retention
AUDIT_READ = "audit.read"
RECAP_READ = "recap.read"
SURVEY_ENTRY = "survey.entry"  # SKM forms: the visitor screen, paper forms typed in, imports
SURVEY_RESULTS = "survey.results"  # SKM results, report, poster, processing sheet
SURVEY_PLAN = "survey.plan"  # the follow-up plan of a result
COMPLAINT_READ = "complaint.read"  # the complaints register (names masked without REVEAL_PERSONAL)
COMPLAINT_RECORD = "complaint.create"  # record a complaint, add its attachments
COMPLAINT_HANDLE = "complaint.handle"  # verify, forward to a unit, follow up, answer, reject

PERMISSION_LABELS = {
    INTAKE: "mencatat permohonan", STATUS: "mengubah status permohonan", REQUEST_EDIT: "mengoreksi permohonan",
    REQUEST_REOPEN: "membuka kembali atau menutup permohonan yang berkasnya belum lengkap", PRINT: "mencetak dokumen",
    FORUM_CHECKIN: "mencatat kehadiran forum", FORUM_EDIT: "mengelola forum", STANDARDS_EDIT: "mengubah standar",
    USERS_MANAGE: "mengelola pengguna", OFFICE_EDIT: "mengubah profil kantor", HOLIDAYS_EDIT: "mengubah hari libur",
    BACKUP: "membuat atau memulihkan cadangan", EXPORT: "mengekspor data", IMPORT: "mengimpor data",
    REVEAL_PERSONAL: "menampilkan NIK atau nomor HP lengkap", PERSONAL_DATA: "mengelola data pribadi",
    AUDIT_READ: "membaca jejak audit", RECAP_READ: "membaca rekap", SURVEY_ENTRY: "mencatat survei kepuasan",
    SURVEY_RESULTS: "melihat hasil survei kepuasan", SURVEY_PLAN: "menyusun rencana tindak lanjut survei",
    COMPLAINT_READ: "melihat register pengaduan", COMPLAINT_RECORD: "mencatat pengaduan",
    COMPLAINT_HANDLE: "menangani pengaduan",
}

_ALL = frozenset(
    {INTAKE, STATUS, REQUEST_EDIT, REQUEST_REOPEN, PRINT, FORUM_CHECKIN, FORUM_EDIT, STANDARDS_EDIT, USERS_MANAGE,
     OFFICE_EDIT, HOLIDAYS_EDIT, BACKUP, EXPORT, IMPORT, REVEAL_PERSONAL, PERSONAL_DATA, AUDIT_READ, RECAP_READ,
     SURVEY_ENTRY, SURVEY_RESULTS, SURVEY_PLAN, COMPLAINT_READ, COMPLAINT_RECORD, COMPLAINT_HANDLE}
)
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    ADMIN: _ALL,
    OFFICER: frozenset({INTAKE, STATUS, REQUEST_EDIT, PRINT, FORUM_CHECKIN, REVEAL_PERSONAL, SURVEY_ENTRY,
                        SURVEY_RESULTS, COMPLAINT_READ, COMPLAINT_RECORD, COMPLAINT_HANDLE}),
    # The head of office gives dispositions: handles complaints, sees complainants' names masked.
    HEAD: frozenset({RECAP_READ, AUDIT_READ, PRINT, SURVEY_RESULTS, COMPLAINT_READ, COMPLAINT_HANDLE}),
}


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    role: str


class AccessDenied(StoreError):
    pass


def current_actor(session: Session) -> Actor | None:
    actor = session.info.get("actor")
    return actor if isinstance(actor, Actor) else None


def current_user_id(session: Session) -> int | None:
    actor = current_actor(session)
    return actor.user_id if actor else None


def allowed(actor: Actor | None, permission: str) -> bool:
    return actor is None or permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require_actor(actor: Actor | None, permission: str) -> None:
    """Refuse (AccessDenied, in Indonesian) unless `actor` holds `permission`; None is the local system."""
    if not allowed(actor, permission):
        assert actor is not None
        raise AccessDenied(
            N_("Peran {role} tidak berwenang untuk tindakan ini ({action})."), role=ROLE_LABELS.get(actor.role, actor.role), action=PERMISSION_LABELS.get(permission, permission))


def require(session: Session, permission: str) -> None:
    require_actor(current_actor(session), permission)
