"""User accounts: argon2id passwords, login with lock-out, own and admin password changes.

There is no default password: a new database has no user with a password, and the first start
(or `desk users create-admin`) creates the first admin. Five wrong passwords in a row lock an
account for five minutes. Accounts are deactivated, never deleted, because the audit trail and
the register refer to them. Every login, failed login and lock is written to the audit trail.

One record describes a user everywhere: `AccountRecord`. Every function a screen or a command
calls is an operation (it takes the database bound to the acting user, opens its own unit of
work and checks the permission): a login records a failure and still tells the caller it
failed, so `login` commits the attempt before raising `LoginFailed`.
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
from desk.domain.messages import N_, Filled
from desk.domain.office_time import OfficeClock, to_local
from desk.domain.passwords import MIN_PASSWORD_LENGTH, password_problem
from desk.domain.text_id import format_clock, format_numeric_date, tz_label
from desk.store import access, audit
from desk.store.access import ADMIN, HEAD, OFFICER, ROLE_LABELS, Actor
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Setting, User
from desk.store.work import Change, Done, Work, reading, writing

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 5
IDLE_LOCK_KEY = "accounts.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (1, 240)
ROLES = (ADMIN, OFFICER, HEAD)

MSG_WRONG = N_("Nama pengguna atau kata sandi salah.")
MSG_WRONG_PASSWORD = N_("Kata sandi salah.")
MSG_INACTIVE = N_("Akun ini sudah dinonaktifkan. Hubungi admin Desk.")
MSG_NO_PASSWORD = N_("Akun ini belum punya kata sandi. Minta admin menyetel kata sandi untuk Anda.")

__all__ = [
    "MIN_PASSWORD_LENGTH", "AccountRecord", "LoginFailed", "UsersView", "password_problem",
]

_hasher = PasswordHasher()  # argon2id with argon2-cffi's RFC 9106 low-memory profile


@cache
def _dummy_hash() -> str:
    # Verified against when the username is unknown, so an unknown name takes as long as a wrong password.
    return _hasher.hash("desk-no-such-user")


_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@dataclass(frozen=True, slots=True)
class AccountRecord:
    """A user of Desk, as every screen and command sees one."""

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

    @property
    def actor(self) -> Actor:
        """The user as the store's permission checks and audit entries know them."""
        return Actor(self.id, self.username, self.full_name, self.role)

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or datetime.now(UTC))


@dataclass(frozen=True, slots=True)
class UsersView:
    """What the users screen shows: every account and the idle-lock time, and the office's zone."""

    accounts: tuple[AccountRecord, ...]
    idle_lock_minutes: int
    timezone: str


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


def _check_password(password: str, username: str = "") -> None:
    problem = password_problem(password, username)
    if problem:
        raise StoreError(problem, "password")


def _clean_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise StoreError(
            N_("Nama pengguna 2–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, tanpa spasi."),
            "username",
        )
    return name


def _clean_full_name(full_name: str) -> str:
    name = " ".join(plain_text(full_name).split())
    if not name:
        raise StoreError(N_("Nama lengkap wajib diisi."), "full_name")
    if len(name) > 120:
        raise StoreError(N_("Nama lengkap paling panjang 120 karakter."), "full_name")
    return name


def _clean_nip(nip: str) -> str:
    digits = "".join(nip.split())
    if digits and (not digits.isdigit() or len(digits) != 18):
        raise StoreError(N_("NIP terdiri dari 18 angka (boleh dikosongkan)."), "nip")
    return digits


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise StoreError(N_("Peran tidak dikenal: pilih Admin, Petugas loket atau Pimpinan."), "role")


def _record(user: User) -> AccountRecord:
    return AccountRecord(
        user.id, user.username, user.full_name, user.nip or "", user.role, bool(user.active),
        bool(user.password_hash), user.failed_attempts or 0, user.locked_until, user.created_at,
    )


def _user(session: Session, user_id: int, *, lock: bool = False) -> User:
    user = session.get(User, user_id, with_for_update=lock)
    if user is None:
        raise NotFound(N_("Pengguna tidak ditemukan."))
    return user


def _typed_username(username: str) -> str:
    """What was typed in the user-name field, as stored names are written (controls dropped: PostgreSQL refuses NUL)."""
    return plain_text(username).strip().lower()[:60]


def _needs_first_admin(session: Session) -> bool:
    count = session.scalar(
        select(func.count()).select_from(User).where(User.active.is_(True), User.password_hash.is_not(None))
    )
    return not count


def _accounts(session: Session, *, include_inactive: bool = True) -> list[AccountRecord]:
    query = select(User).order_by(User.active.desc(), User.full_name)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [_record(u) for u in session.scalars(query)]


def _idle_lock_minutes(session: Session) -> int:
    row = session.get(Setting, IDLE_LOCK_KEY)
    try:
        value = int(row.value) if row is not None else DEFAULT_IDLE_LOCK_MINUTES  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LOCK_MINUTES
    low, high = IDLE_LOCK_RANGE
    return min(max(value, low), high)


def _audit_as(work: Work, username: str, user_id: int | None, action: str, entity: str, entity_id: object,
              details: dict[str, object]) -> None:
    """An entry in the name of the user logging in (nobody is logged in yet)."""
    audit.record(work.session, action, entity, entity_id, details, username=username, user_id=user_id)


# --- reading -----------------------------------------------------------------------------------


def needs_first_admin(db: Database) -> bool:
    """True while no active account can log in: the first start must create the first admin."""
    with reading(db) as work:
        return _needs_first_admin(work.session)


def accounts(db: Database, *, include_inactive: bool = True) -> list[AccountRecord]:
    """Every account, active ones first, by name (admins; the local system)."""
    with reading(db) as work:
        work.require(access.USERS_MANAGE)
        return _accounts(work.session, include_inactive=include_inactive)


def users_view(db: Database) -> UsersView:
    """The users screen in one read."""
    with reading(db) as work:
        work.require(access.USERS_MANAGE)
        return UsersView(tuple(_accounts(work.session)), _idle_lock_minutes(work.session), work.clock.tz)


def find_account(db: Database, username: str) -> AccountRecord | None:
    """The account with this user name (as typed: case and spaces do not matter), or None."""
    with reading(db) as work:
        work.require(access.USERS_MANAGE)
        name = _typed_username(username)
        user = work.session.scalar(select(User).where(User.username == name)) if _USERNAME.match(name) else None
        return _record(user) if user else None


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before a counter's screen locks (every counter alike)."""
    with reading(db) as work:
        return _idle_lock_minutes(work.session)


def demo_actor(db: Database, preferred_username: str = "") -> Actor | None:
    """For benchmarks and screenshots on demo data: an active user, without a password.

    None as soon as any account has a password: an office's real Desk always asks.
    """
    with reading(db) as work:
        if not _needs_first_admin(work.session):
            return None
        users = _accounts(work.session, include_inactive=False)
    chosen = next((u for u in users if u.username == preferred_username), users[0] if users else None)
    return chosen.actor if chosen is not None else None


# --- first admin and login -----------------------------------------------------------------------


def create_first_admin(db: Database, username: str, full_name: str, password: str, nip: str = "") -> Done[AccountRecord]:
    """The first admin of a new Desk. Refused once any active account has a password."""
    with writing(db) as work:
        session = work.session
        if not _needs_first_admin(session):
            raise StoreError(N_("Admin pertama sudah ada. Pengguna baru ditambahkan oleh admin."), "username")
        name = _clean_username(username)
        _check_password(password, name)
        clean_name = _clean_full_name(full_name)
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            user = User(username=name, full_name=clean_name)
            session.add(user)
        user.full_name = clean_name
        user.nip = _clean_nip(nip)
        user.role = ADMIN
        user.active = True
        user.password_hash = hash_password(password)
        user.failed_attempts = 0
        user.locked_until = None
        session.flush()
        _audit_as(work, name, user.id, "user.create_first_admin", "user", user.id,
                      {"username": name, "full_name": user.full_name, "role": ADMIN})
        work.changed(Change.ACCOUNTS)
        return work.done(_record(user))


def _locked_message(clock: OfficeClock, until: datetime) -> str:
    local = to_local(until, clock.tz)
    # The time said from its parts, so an English screen says "09.00 WITA", not "pukul 09.00 WITA".
    when = Filled(N_("pukul {clock} {zone}"), clock=format_clock(local), zone=tz_label(clock.tz))
    if clock.local_date(until) != clock.today:  # a lock that ends on another day says which
        when = Filled(N_("{date} pukul {clock} {zone}"), date=format_numeric_date(clock.local_date(until)),
                      clock=format_clock(local), zone=tz_label(clock.tz))
    return Filled(N_("Akun dikunci karena {attempts} kali salah kata sandi. Coba lagi setelah {when}, atau minta "
                     "admin membuka kuncinya."), attempts=MAX_FAILED_ATTEMPTS, when=when)


@dataclass(frozen=True, slots=True)
class _Attempt:
    actor: Actor | None
    message: str = ""
    locked_until: datetime | None = None


def _attempt(work: Work, username: str, password: str, wrong: str) -> _Attempt:
    """Check a login; count and audit failures; lock after five. Never raises for a wrong password."""
    session, now = work.session, work.now
    typed = _typed_username(username)
    # A name no account can have is simply unknown (and never reaches the database as a parameter).
    known = bool(_USERNAME.match(typed))
    user = session.scalar(select(User).where(User.username == typed).with_for_update()) if known else None
    if user is None:
        _verify(None, password)
        _audit_as(work, typed or "?", None, "login.failed", "user", "", {"username": typed, "reason": "tidak dikenal"})
        return _Attempt(None, wrong)

    def failed(reason: str, message: str, until: datetime | None = None) -> _Attempt:
        _audit_as(work, user.username, user.id, "login.failed", "user", user.id, {"reason": reason})
        return _Attempt(None, message, until)

    if user.locked_until is not None and user.locked_until > now:
        # Attempts during the lock are not counted (they cannot extend it) but are audited.
        return failed("terkunci", _locked_message(work.clock, user.locked_until), user.locked_until)
    if not _verify(user.password_hash, password):
        if not user.password_hash:
            return failed("belum ada kata sandi", MSG_NO_PASSWORD)
        user.failed_attempts = (user.failed_attempts or 0) + 1
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.failed_attempts = 0
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            failed("kata sandi salah", "")
            _audit_as(work, user.username, user.id, "login.lock", "user", user.id,
                          {"attempts": MAX_FAILED_ATTEMPTS, "minutes": LOCK_MINUTES,
                           "until": user.locked_until.isoformat(timespec="seconds")})
            session.flush()
            return _Attempt(None, _locked_message(work.clock, user.locked_until), user.locked_until)
        left = MAX_FAILED_ATTEMPTS - user.failed_attempts
        session.flush()
        return failed("kata sandi salah", Filled(N_("{wrong} Sisa {left} kali percobaan sebelum akun dikunci."),
                                                 wrong=wrong, left=left))
    if not user.active:
        return failed("nonaktif", MSG_INACTIVE)
    user.failed_attempts = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash or ""):
        user.password_hash = hash_password(password)
    _audit_as(work, user.username, user.id, "login", "user", user.id, {"role": user.role})
    session.flush()
    return _Attempt(_record(user).actor)


def login(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """Log in, committing the attempt either way; raise LoginFailed with the reason on failure."""
    with writing(db.as_user(None), now=now) as work:
        result = _attempt(work, username, password, MSG_WRONG)
    if result.actor is None:
        raise LoginFailed(result.message, result.locked_until)
    return result.actor


def unlock_screen(db: Database, password: str, now: datetime | None = None) -> Actor:
    """The locked screen's user types their password again; wrong ones count toward the lock as at login."""
    actor = db.actor
    if actor is None:
        raise LoginFailed(N_("Masuk dulu untuk membuka kunci layar."))
    with writing(db.as_user(None), now=now) as work:
        result = _attempt(work, actor.username, password, MSG_WRONG_PASSWORD)
    if result.actor is None:
        raise LoginFailed(result.message, result.locked_until)
    return result.actor


# --- own password ------------------------------------------------------------------------------


def change_own_password(db: Database, old_password: str, new_password: str) -> Done[None]:
    """The logged-in user changes their own password; the old one must be right.

    A wrong old password is audited and committed before the refusal is raised.
    """
    refused: StoreError | None = None
    with writing(db) as work:
        actor = work.actor
        if actor is None:
            raise StoreError(N_("Masuk dulu untuk mengganti kata sandi."), "old_password")
        user = _user(work.session, actor.user_id, lock=True)
        if not _verify(user.password_hash, old_password):
            work.audit("user.password_failed", "user", user.id, {"reason": "kata sandi lama salah"})
            refused = StoreError(N_("Kata sandi lama salah."), "old_password")
        else:
            if old_password == new_password:
                raise StoreError(N_("Kata sandi baru harus berbeda dari yang lama."), "password")
            _check_password(new_password, user.username)
            user.password_hash = hash_password(new_password)
            work.audit("user.password", "user", user.id, {"by": "sendiri"})
            work.changed(Change.ACCOUNTS)
    if refused is not None:
        raise refused
    return Done(None, work.changes)


# --- administration (admin only) ---------------------------------------------------------------


def create_user(
    db: Database, username: str, full_name: str, role: str, password: str, nip: str = ""
) -> Done[AccountRecord]:
    with writing(db) as work:
        work.require(access.USERS_MANAGE)
        session = work.session
        name = _clean_username(username)
        _check_role(role)
        clean_name = _clean_full_name(full_name)
        clean_nip = _clean_nip(nip)
        _check_password(password, name)
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise StoreError(N_("Nama pengguna '{name}' sudah dipakai."), "username", name=name)
        user = User(username=name, full_name=clean_name, nip=clean_nip, role=role,
                    password_hash=hash_password(password), active=True, failed_attempts=0)
        session.add(user)
        session.flush()
        work.audit("user.create", "user", user.id,
                   {"username": name, "full_name": user.full_name, "role": role, "nip": user.nip})
        work.changed(Change.ACCOUNTS)
        return work.done(_record(user))


def _active_admins(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(User).where(User.active.is_(True), User.role == ADMIN)
    ) or 0


def update_user(
    db: Database, user_id: int, *, full_name: str | None = None, nip: str | None = None, role: str | None = None
) -> Done[AccountRecord]:
    """Change name, NIP or role; the audit keeps each changed field as old → new."""
    with writing(db) as work:
        work.require(access.USERS_MANAGE)
        session = work.session
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
                raise StoreError(N_("Ini admin aktif terakhir; tetapkan admin lain dulu sebelum mengubah perannya."),
                                 "role")
            changes["role"] = [user.role, role]
            user.role = role
        if changes:
            session.flush()
            work.audit("user.update", "user", user.id, {"changes": changes})
            work.changed(Change.ACCOUNTS)
        return work.done(_record(user))


def set_active(db: Database, user_id: int, active: bool) -> Done[AccountRecord]:
    """Deactivate (or reactivate) an account. Accounts are never deleted: the audit refers to them."""
    with writing(db) as work:
        work.require(access.USERS_MANAGE)
        session = work.session
        user = _user(session, user_id, lock=True)
        if bool(user.active) == active:
            return work.done(_record(user))
        if not active:
            if work.user_id == user.id:
                raise StoreError(N_("Anda tidak dapat menonaktifkan akun Anda sendiri."), "active")
            if user.role == ADMIN and _active_admins(session) <= 1:
                raise StoreError(N_("Ini admin aktif terakhir; Desk harus punya setidaknya satu admin aktif."), "active")
        user.active = active
        session.flush()
        work.audit("user.activate" if active else "user.deactivate", "user", user.id, {"username": user.username})
        work.changed(Change.ACCOUNTS)
        return work.done(_record(user))


def reset_password(db: Database, user_id: int, new_password: str) -> Done[AccountRecord]:
    """An admin sets another user's password (also lifts a lock)."""
    with writing(db) as work:
        work.require(access.USERS_MANAGE)
        user = _user(work.session, user_id, lock=True)
        _check_password(new_password, user.username)
        user.password_hash = hash_password(new_password)
        user.failed_attempts = 0
        user.locked_until = None
        work.session.flush()
        work.audit("user.password_reset", "user", user.id, {"username": user.username})
        work.changed(Change.ACCOUNTS)
        return work.done(_record(user))


def unlock(db: Database, user_id: int) -> Done[AccountRecord]:
    with writing(db) as work:
        work.require(access.USERS_MANAGE)
        user = _user(work.session, user_id, lock=True)
        user.failed_attempts = 0
        user.locked_until = None
        work.session.flush()
        work.audit("user.unlock", "user", user.id, {"username": user.username})
        work.changed(Change.ACCOUNTS)
        return work.done(_record(user))


def set_idle_lock_minutes(db: Database, minutes: int) -> Done[int]:
    with writing(db) as work:
        work.require(access.USERS_MANAGE)
        low, high = IDLE_LOCK_RANGE
        if not low <= minutes <= high:
            raise StoreError(N_("Waktu kunci layar antara {low} dan {high} menit."), "idle_lock_minutes", low=low, high=high)
        session = work.session
        row = session.get(Setting, IDLE_LOCK_KEY, with_for_update=True)
        old = _idle_lock_minutes(session)
        if row is None:
            session.add(Setting(key=IDLE_LOCK_KEY, value=minutes))
        else:
            row.value = minutes
        session.flush()
        if old != minutes:
            work.audit("setting.update", "setting", IDLE_LOCK_KEY, {"changes": {"value": [old, minutes]}})
            work.changed(Change.ACCOUNTS)
        return work.done(minutes)


def user_names(session: Session) -> dict[int, str]:
    """Every user's full name by id, for records that name who did something."""
    return {uid: name for uid, name in session.execute(select(User.id, User.full_name))}
