"""Operations: one store function per user action, each its own unit of work.

A screen or a command never holds a session. It calls one public store function, an
*operation*, and gets back frozen records. An operation that changes data returns them in a
`Done`, together with the `Changes` it made, so the main window can tell every open area what
changed and each refreshes only for what concerns it (Anki's CollectionOp and OpChanges).

Inside the store an operation opens its unit of work with `writing(db)` or `reading(db)` and
gets a `Work`: the session, the acting user, and the office context (profile, clock, today)
built once for the whole operation::

    def change_status(db: Database, request_id: int, to_status: str, reason: str) -> Done[RequestRecord]:
        with writing(db) as work:
            work.require(access.STATUS)
            ...                                   # queries through work.session
            work.audit("request.status", "request", request_id, {...})
            work.changed(Change.REQUESTS)
            return work.done(get_request(work, request_id))

The unit of work commits when the block ends and rolls back on any error; a full disk, a lock
held too long or a lost server becomes a `DatabaseProblem` in Indonesian (see `Database.write`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from desk.domain.records import OfficeContext
from desk.store import access, audit
from desk.store.office import load_office_context

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk.domain.office_time import OfficeClock
    from desk.store.database import Database

T = TypeVar("T")


class Change(StrEnum):
    """The kinds of data an operation can change; areas refresh for the kinds they show."""

    REQUESTS = "requests"  # requests, their checklists, events and due dates, and the visitors they name
    PRINTS = "prints"  # the print log: copy numbers of every document
    STANDARDS = "standards"  # standard versions and their aliases
    CATALOGUE = "catalogue"  # units and services (names, active or not)
    FORUMS = "forums"  # forums, participants, attendance, notulen, berita acara
    OFFICE = "office"  # office profile, logo, numbering pattern, default papers
    CALENDAR = "calendar"  # holidays and working weekdays
    REGIONS = "regions"  # kecamatan and desa
    ACCOUNTS = "accounts"  # users, roles, passwords, locks
    CONSENTS = "consents"  # consents, subject requests, retention
    BACKUPS = "backups"  # backups made, restored, their settings
    SURVEY = "survey"  # SKM responses, periods and follow-up
    COMPLAINTS = "complaints"  # complaints, suggestions, information requests


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of data an operation changed (empty: nothing)."""

    kinds: frozenset[Change] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: Change) -> Changes:
        return cls(frozenset(kinds))

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def touches(self, kinds: Iterable[Change]) -> bool:
        """Whether any of `kinds` changed (what an area asks before refreshing)."""
        return not self.kinds.isdisjoint(kinds)


NOTHING = Changes()


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """What an operation that changes data returns: its result and what it changed."""

    value: T
    changes: Changes = NOTHING


class Work:
    """One operation's unit of work: session, acting user and office context, built once."""

    def __init__(self, session: Session, now: datetime | None = None) -> None:
        self.session = session
        self._now = now
        self._changes: set[Change] = set()

    @property
    def actor(self) -> access.Actor | None:
        return access.current_actor(self.session)

    @property
    def user_id(self) -> int | None:
        return access.current_user_id(self.session)

    @cached_property
    def office(self) -> OfficeContext:
        """The office profile and its clock, read once per operation."""
        return load_office_context(self.session, self._now)

    @property
    def clock(self) -> OfficeClock:
        return self.office.clock

    @property
    def now(self) -> datetime:
        return self.office.clock.now

    @property
    def today(self) -> date:
        return self.office.clock.today

    def require(self, permission: str) -> None:
        """Refuse (AccessDenied, in Indonesian) unless the acting user holds `permission`."""
        access.require(self.session, permission)

    def allowed(self, permission: str) -> bool:
        return access.allowed(self.actor, permission)

    def audit(self, action: str, entity: str = "", entity_id: object = "", details: dict[str, Any] | None = None) -> None:
        """Append an audit entry in this unit of work (NIK and phone in `details` already masked)."""
        audit.record(self.session, action, entity, entity_id, details)

    def changed(self, *kinds: Change) -> None:
        self._changes.update(kinds)

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self._changes))

    def done(self, value: T) -> Done[T]:
        return Done(value, self.changes)


@contextmanager
def writing(db: Database, *, now: datetime | None = None) -> Iterator[Work]:
    """A unit of work that changes data: committed when the block ends, rolled back on any error."""
    with db.write() as session:
        yield Work(session, now)


@contextmanager
def reading(db: Database, *, now: datetime | None = None) -> Iterator[Work]:
    """A unit of work that only reads (rolled back at the end, whatever the block did)."""
    with db.read() as session:
        yield Work(session, now)


def office_context(db: Database, *, now: datetime | None = None) -> OfficeContext:
    """The office's profile and clock, for a screen or command that shows dates or the kop."""
    with reading(db, now=now) as work:
        return work.office
