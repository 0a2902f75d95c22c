"""User accounts: argon2id passwords, login with lock-out, own and admin password changes.

There is no default password: a new database has no user with a password, and
the first start (or `desk users create-admin`) creates the first admin. Five
wrong passwords in a row lock an account for five minutes. Accounts are
deactivated, never deleted, because the audit trail and the register refer to
them. Every login, failed login and lock is written to the audit trail.

Logging in must record a failure and still tell the caller it failed, so
`attempt_login` returns a result instead of raising (raising would roll the
failure count back); `login(db, ...)` wraps it for callers that prefer an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.intake import plain_text
from desk.domain.text_id import format_time
from desk.store import access, audit
from desk.store.access import ADMIN, HEAD, OFFICER, ROLE_LABELS, Actor
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Setting, User
from desk.store.office import office_clock

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 8
IDLE_LOCK_KEY = "accounts.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (1, 240)
ROLES = (ADMIN, OFFICER, HEAD)

MSG_WRONG = "Nama pengguna atau kata sandi salah."
MSG_INACTIVE = "Akun ini sudah dinonaktifkan. Hubungi admin Desk."
MSG_NO_PASSWORD = "Akun ini belum punya kata sandi. Minta admin menyetel kata sandi untuk Anda."

_hasher = PasswordHasher()  # argon2id with argon2-cffi's RFC 9106 low-memory profile


@cache
def _dummy_hash() -> str:
    # Verified against when the username is unknown, so an unknown name takes as long as a wrong password.
    return _hasher.hash("desk-no-such-user")

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@dataclass(frozen=True, slots=True)
class AccountRecord:
    id: int
    username: str
    full_name: str
    nip: str
    role: str
    active: bool
    has_password: bool
    failed_attempts: int
    locked_until: datetime | None  # UTC; None or past = not locked
    created_at: datetime

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or datetime.now(UTC))


@dataclass(frozen=True, slots=True)
class LoginResult:
    actor: Actor | None
    message: str = ""  # Indonesian, for the login dialog, when actor is None
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.actor is not None


class LoginFailed(StoreError):
    def __init__(self, message: str, locked_until: datetime | None = None) -> None:
        super().__init__(message, "password")
        self.locked_until = locked_until


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problem(password: str, username: str = "") -> str | None:
    """Why a new password is refused, in Indonesian, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter."
    if password.strip() != password:
        return "Kata sandi tidak boleh diawali atau diakhiri spasi."
    if username and password.lower() == username.lower():
        return "Kata sandi tidak boleh sama dengan nama pengguna."
    if len(set(password)) < 3:
        return "Kata sandi terlalu mudah ditebak; pakai campuran huruf dan angka."
    return None


def _check_password(password: str, username: str = "") -> None:
    problem = password_problem(password, username)
    if problem:
        raise StoreError(problem, "password")


def _clean_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise StoreError(
            "Nama pengguna 2–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, tanpa spasi.",
            "username",
        )
    return name


def _clean_full_name(full_name: str) -> str:
    name = " ".join(plain_text(full_name).split())
    if not name:
        raise StoreError("Nama lengkap wajib diisi.", "full_name")
    if len(name) > 120:
        raise StoreError("Nama lengkap paling panjang 120 karakter.", "full_name")
    return name


def _clean_nip(nip: str) -> str:
    digits = "".join(nip.split())
    if digits and (not digits.isdigit() or len(digits) != 18):
        raise StoreError("NIP terdiri dari 18 angka (boleh dikosongkan).", "nip")
    return digits


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise StoreError("Peran tidak dikenal: pilih Admin, Petugas loket atau Pimpinan.", "role")


def _record(user: User) -> AccountRecord:
    return AccountRecord(
        user.id, user.username, user.full_name, user.nip or "", user.role, bool(user.active),
        bool(user.password_hash), user.failed_attempts or 0, user.locked_until, user.created_at,
    )


def actor_of(user: User | AccountRecord) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role)


def _user(session: Session, user_id: int, *, lock: bool = False) -> User:
    user = session.get(User, user_id, with_for_update=lock)
    if user is None:
        raise NotFound("Pengguna tidak ditemukan.")
    return user


def _tz(session: Session) -> str:
    return office_clock(session).tz


# --- reading -----------------------------------------------------------------------------------


def list_accounts(session: Session, *, include_inactive: bool = True) -> list[AccountRecord]:
    query = select(User).order_by(User.active.desc(), User.full_name)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [_record(u) for u in session.scalars(query)]


def get_account(session: Session, user_id: int) -> AccountRecord:
    return _record(_user(session, user_id))


def find_account(session: Session, username: str) -> AccountRecord | None:
    name = _typed_username(username)
    user = session.scalar(select(User).where(User.username == name)) if _USERNAME.match(name) else None
    return _record(user) if user else None


def _typed_username(username: str) -> str:
    """What was typed in the user-name field, as stored names are written (controls dropped: PostgreSQL refuses NUL)."""
    return plain_text(username).strip().lower()[:60]


def needs_first_admin(session: Session) -> bool:
    """True while no active account can log in: the first start must create the first admin."""
    count = session.scalar(
        select(func.count()).select_from(User).where(User.active.is_(True), User.password_hash.is_not(None))
    )
    return not count


# --- first admin and login -----------------------------------------------------------------------


def create_first_admin(
    session: Session, username: str, full_name: str, password: str, nip: str = ""
) -> AccountRecord:
    """The first admin of a new Desk. Refused once any active account has a password."""
    if not needs_first_admin(session):
        raise StoreError("Admin pertama sudah ada. Pengguna baru ditambahkan oleh admin.", "username")
    name = _clean_username(username)
    _check_password(password, name)
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        user = User(username=name, full_name=_clean_full_name(full_name))
        session.add(user)
    # An officer entry of the same name (from the officer-on-duty days) becomes the admin.
    user.full_name = _clean_full_name(full_name)
    user.nip = _clean_nip(nip)
    user.role = ADMIN
    user.active = True
    user.password_hash = hash_password(password)
    user.failed_attempts = 0
    user.locked_until = None
    session.flush()
    audit.record(
        session, "user.create_first_admin", "user", user.id,
        {"username": name, "full_name": user.full_name, "role": ADMIN},
        username=name, user_id=user.id,
    )
    return _record(user)


def attempt_login(session: Session, username: str, password: str, now: datetime | None = None) -> LoginResult:
    """Check a login; count and audit failures; lock after five. Never raises for a wrong password."""
    now = now or datetime.now(UTC)
    typed = _typed_username(username)
    # A name no account can have is simply unknown (and never reaches the database as a parameter).
    known = bool(_USERNAME.match(typed))
    user = session.scalar(select(User).where(User.username == typed).with_for_update()) if known else None
    if user is None:
        _verify(None, password)
        audit.record(session, "login.failed", "user", "", {"username": typed, "reason": "tidak dikenal"},
                     username=typed or "?")
        return LoginResult(None, MSG_WRONG)

    def failed(reason: str, message: str, until: datetime | None = None) -> LoginResult:
        audit.record(session, "login.failed", "user", user.id, {"reason": reason},
                     username=user.username, user_id=user.id)
        return LoginResult(None, message, until)

    if user.locked_until is not None and user.locked_until > now:
        # Attempts during the lock are not counted (they cannot extend it) but are audited.
        return failed("terkunci", _locked_message(session, user.locked_until), user.locked_until)
    if not _verify(user.password_hash, password):
        if not user.password_hash:
            return failed("belum ada kata sandi", MSG_NO_PASSWORD)
        user.failed_attempts = (user.failed_attempts or 0) + 1
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.failed_attempts = 0
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            failed("kata sandi salah", "")
            audit.record(
                session, "login.lock", "user", user.id,
                {"attempts": MAX_FAILED_ATTEMPTS, "minutes": LOCK_MINUTES,
                 "until": user.locked_until.isoformat(timespec="seconds")},
                username=user.username, user_id=user.id,
            )
            session.flush()
            return LoginResult(None, _locked_message(session, user.locked_until), user.locked_until)
        left = MAX_FAILED_ATTEMPTS - user.failed_attempts
        session.flush()
        return failed("kata sandi salah", f"{MSG_WRONG} Sisa {left} kali percobaan sebelum akun dikunci.")
    if not user.active:
        return failed("nonaktif", MSG_INACTIVE)
    user.failed_attempts = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash or ""):
        user.password_hash = hash_password(password)
    audit.record(session, "login", "user", user.id, {"role": user.role}, username=user.username, user_id=user.id)
    session.flush()
    return LoginResult(actor_of(user))


def _locked_message(session: Session, until: datetime) -> str:
    return (
        f"Akun dikunci karena {MAX_FAILED_ATTEMPTS} kali salah kata sandi. Coba lagi setelah "
        f"{format_time(until, _tz(session))}, atau minta admin membuka kuncinya."
    )


def login(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """Log in, committing the attempt either way; raise LoginFailed with the reason on failure."""
    with db.write() as session:
        result = attempt_login(session, username, password, now)
    if result.actor is None:
        raise LoginFailed(result.message, result.locked_until)
    return result.actor


# --- own password ------------------------------------------------------------------------------


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password; the old one must be right."""
    actor = access.current_actor(session)
    if actor is None:
        raise StoreError("Masuk dulu untuk mengganti kata sandi.", "old_password")
    user = _user(session, actor.user_id, lock=True)
    if not _verify(user.password_hash, old_password):
        audit.record(session, "user.password_failed", "user", user.id, {"reason": "kata sandi lama salah"})
        raise StoreError("Kata sandi lama salah.", "old_password")
    if old_password == new_password:
        raise StoreError("Kata sandi baru harus berbeda dari yang lama.", "password")
    _check_password(new_password, user.username)
    user.password_hash = hash_password(new_password)
    audit.record(session, "user.password", "user", user.id, {"by": "sendiri"})
    session.flush()


# --- administration (admin only) ---------------------------------------------------------------


def create_user(
    session: Session, username: str, full_name: str, role: str, password: str, nip: str = ""
) -> AccountRecord:
    access.require(session, access.USERS_MANAGE)
    name = _clean_username(username)
    _check_role(role)
    _check_password(password, name)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise StoreError(f"Nama pengguna '{name}' sudah dipakai.", "username")
    user = User(
        username=name, full_name=_clean_full_name(full_name), nip=_clean_nip(nip), role=role,
        password_hash=hash_password(password), active=True, failed_attempts=0,
    )
    session.add(user)
    session.flush()
    audit.record(session, "user.create", "user", user.id,
                 {"username": name, "full_name": user.full_name, "role": role, "nip": user.nip})
    return _record(user)


def _active_admins(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(User).where(User.active.is_(True), User.role == ADMIN)
    ) or 0


def update_user(
    session: Session, user_id: int, *, full_name: str | None = None, nip: str | None = None, role: str | None = None
) -> AccountRecord:
    """Change name, NIP or role; the audit keeps each changed field as old → new."""
    access.require(session, access.USERS_MANAGE)
    user = _user(session, user_id, lock=True)
    changes: dict[str, list[str]] = {}
    if full_name is not None and _clean_full_name(full_name) != user.full_name:
        changes["full_name"] = [user.full_name, _clean_full_name(full_name)]
        user.full_name = changes["full_name"][1]
    if nip is not None and _clean_nip(nip) != (user.nip or ""):
        changes["nip"] = [user.nip or "", _clean_nip(nip)]
        user.nip = changes["nip"][1]
    if role is not None and role != user.role:
        _check_role(role)
        if user.role == ADMIN and user.active and _active_admins(session) <= 1:
            raise StoreError("Ini admin aktif terakhir; tetapkan admin lain dulu sebelum mengubah perannya.", "role")
        changes["role"] = [user.role, role]
        user.role = role
    if changes:
        session.flush()
        audit.record(session, "user.update", "user", user.id, {"changes": changes})
    return _record(user)


def set_active(session: Session, user_id: int, active: bool) -> AccountRecord:
    """Deactivate (or reactivate) an account. Accounts are never deleted: the audit refers to them."""
    access.require(session, access.USERS_MANAGE)
    user = _user(session, user_id, lock=True)
    if bool(user.active) == active:
        return _record(user)
    if not active:
        if access.current_user_id(session) == user.id:
            raise StoreError("Anda tidak dapat menonaktifkan akun Anda sendiri.", "active")
        if user.role == ADMIN and _active_admins(session) <= 1:
            raise StoreError("Ini admin aktif terakhir; Desk harus punya setidaknya satu admin aktif.", "active")
    user.active = active
    session.flush()
    audit.record(session, "user.activate" if active else "user.deactivate", "user", user.id,
                 {"username": user.username})
    return _record(user)


def reset_password(session: Session, user_id: int, new_password: str) -> AccountRecord:
    """An admin sets another user's password (also lifts a lock)."""
    access.require(session, access.USERS_MANAGE)
    user = _user(session, user_id, lock=True)
    _check_password(new_password, user.username)
    user.password_hash = hash_password(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    session.flush()
    audit.record(session, "user.password_reset", "user", user.id, {"username": user.username})
    return _record(user)


def unlock(session: Session, user_id: int) -> AccountRecord:
    access.require(session, access.USERS_MANAGE)
    user = _user(session, user_id, lock=True)
    user.failed_attempts = 0
    user.locked_until = None
    session.flush()
    audit.record(session, "user.unlock", "user", user.id, {"username": user.username})
    return _record(user)


# --- idle lock setting ---------------------------------------------------------------------------


def idle_lock_minutes(session: Session) -> int:
    row = session.get(Setting, IDLE_LOCK_KEY)
    try:
        value = int(row.value) if row is not None else DEFAULT_IDLE_LOCK_MINUTES  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LOCK_MINUTES
    low, high = IDLE_LOCK_RANGE
    return min(max(value, low), high)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    access.require(session, access.USERS_MANAGE)
    low, high = IDLE_LOCK_RANGE
    if not low <= minutes <= high:
        raise StoreError(f"Waktu kunci layar antara {low} dan {high} menit.", "idle_lock_minutes")
    row = session.get(Setting, IDLE_LOCK_KEY, with_for_update=True)
    old = idle_lock_minutes(session)
    if row is None:
        session.add(Setting(key=IDLE_LOCK_KEY, value=minutes))
    else:
        row.value = minutes
    session.flush()
    if old != minutes:
        audit.record(session, "setting.update", "setting", IDLE_LOCK_KEY, {"changes": {"value": [old, minutes]}})
