"""Officers (users). Login arrives later; for now the officer on duty is chosen at start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.store import access, audit
from desk.store.errors import StoreError
from desk.store.models import User


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    username: str
    full_name: str
    role: str
    active: bool


def _record(user: User) -> UserRecord:
    return UserRecord(user.id, user.username, user.full_name, user.role, user.active)


def list_users(session: Session, *, active_only: bool = True) -> list[UserRecord]:
    query = select(User).order_by(User.full_name)
    if active_only:
        query = query.where(User.active.is_(True))
    return [_record(u) for u in session.scalars(query)]


def get_user(session: Session, user_id: int) -> UserRecord | None:
    user = session.get(User, user_id)
    return _record(user) if user else None


def username_for(full_name: str) -> str:
    return ".".join(full_name.lower().split())[:60]


def add_officer(session: Session, full_name: str, role: str = "petugas") -> UserRecord:
    access.require(session, access.USERS_MANAGE)
    name = " ".join(full_name.split())
    if not name:
        raise StoreError("Nama petugas wajib diisi.", "full_name")
    username = username_for(name)
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise StoreError(f"Petugas '{name}' sudah terdaftar.", "full_name")
    user = User(username=username, full_name=name, role=role)
    session.add(user)
    session.flush()
    audit.record(session, "user.create", "user", user.id, {"username": username, "full_name": name, "role": role})
    return _record(user)
