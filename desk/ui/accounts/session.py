"""The database as the logged-in user sees it: every `read()`/`write()` carries their Actor.

The main window hands this to every area it builds, so a store function called
from any screen checks the user's role and stamps their name on the audit entry,
without each screen having to pass the actor along by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type only: the UI never runs SQL itself
    from desk.store.database import Session

from collections.abc import Iterator
from contextlib import contextmanager

from desk.store.access import Actor
from desk.store.database import Database


class ActorDatabase(Database):
    """The same engine and sessions as `db`; the actor is filled in when a caller gives none."""

    def __init__(self, db: Database, actor: Actor) -> None:
        # No Database.__init__: this shares db's engine and session factory instead of opening another.
        self.__dict__.update(db.__dict__)
        self.actor = actor
        self.unbound = db

    @contextmanager
    def read(self, actor: Actor | None = None) -> Iterator[Session]:
        with super().read(actor or self.actor) as session:
            yield session

    @contextmanager
    def write(self, actor: Actor | None = None) -> Iterator[Session]:
        with super().write(actor or self.actor) as session:
            yield session


def bind_actor(db: Database, actor: Actor) -> Database:
    """`db` for `actor`; binding an already bound database replaces the actor."""
    return ActorDatabase(db.unbound if isinstance(db, ActorDatabase) else db, actor)
