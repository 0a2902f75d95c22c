"""Every store function of forums and standards that changes data, called as each role: the permission
table holds, each refusal writes nothing, and each change is audited.

The table must name every such function: one that changes data (an operation returning `Done`, or a
session-level writer other store modules call) and is missing here fails the first test, so the next
one cannot be added without its permission check.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select

from desk.domain.forum_rules import BeritaAcaraContent, ForumDraft, MinutesContent, ParticipantDraft
from desk.domain.standard_rules import draft_of
from desk.formats.standards_file import read_standards_file, write_standards_file
from desk.store import access, demo_forums, forums, standards, standards_io
from desk.store.access import ADMIN, HEAD, OFFICER, AccessDenied
from desk.store.database import Database
from desk.store.models import AuditEntry, StandardVersion
from tests.factories import user_with_role

FKP = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)
ROLES = (ADMIN, OFFICER, HEAD)
# Session-level writers: other store modules call them inside their own unit of work.
SESSION_WRITERS = {"insert_forum", "store_minutes", "store_berita_acara", "store_version"}


@dataclass
class Setting:
    """What the calls need: the database as the role sees it, and a forum, a participant, a service."""

    db: Database
    admin: Database
    forum: int
    participant: int
    service: int
    tmp: Path


def _standard_file(s: Setting) -> Any:
    path = s.tmp / "standar.json"
    write_standards_file(path, standards_io.export_content(s.admin))
    text = path.read_text(encoding="utf-8").replace("Gratis", "Gratis.", 1)
    path.write_text(text.replace('"fee": 0', '"fee": 10000', 1), encoding="utf-8")
    return read_standards_file(path)


def _new_version(s: Setting) -> Any:
    latest = standards.latest_standard(s.admin, s.service)
    assert latest is not None
    return replace(draft_of(latest), fee=999_000, duration_days=1, same_day=False, duration_minutes=None,
                    effective_date=date(2026, 1, 5), sk_number="188.4/999/DKUKMTK/2026")


def _in_session(s: Setting, write: Callable[[Any], object]) -> object:
    with s.db.write() as session:
        return write(session)


# function name -> (permission, what the call does, the audit action it writes)
CALLS: dict[str, tuple[str, Callable[[Setting], object], str]] = {
    "create_forum": (access.FORUM_EDIT, lambda s: forums.create_forum(s.db, ForumDraft("FKP", FKP, venue="Aula")),
                     "forum.create"),
    "insert_forum": (access.FORUM_EDIT, lambda s: _in_session(s, lambda session: forums.insert_forum(
        session, ForumDraft("FKP", FKP, venue="Aula"), now=FKP)), "forum.create"),
    "update_forum": (access.FORUM_EDIT, lambda s: forums.update_forum(
        s.db, s.forum, ForumDraft("FKP diubah", FKP, venue="Aula")), "forum.update"),
    "add_participant": (access.FORUM_EDIT, lambda s: forums.add_participant(
        s.db, s.forum, ParticipantDraft("Budi Santoso", "masyarakat")), "forum.participant"),
    "update_participant": (access.FORUM_EDIT, lambda s: forums.update_participant(
        s.db, s.participant, ParticipantDraft("Ahmad Fauzi", "akademisi", "Politeknik Hasnur")), "forum.participant"),
    "remove_participant": (access.FORUM_EDIT, lambda s: forums.remove_participant(s.db, s.participant),
                           "forum.participant"),
    "import_participants": (access.FORUM_EDIT, lambda s: forums.import_participants(
        s.db, s.forum, ["Nama", "Unsur"], [(2, ["Budi Santoso", "masyarakat"])]), "data.import"),
    "check_in": (access.FORUM_CHECKIN, lambda s: forums.check_in(s.db, s.participant), "forum.checkin"),
    "undo_check_in": (access.FORUM_CHECKIN, lambda s: (forums.check_in(s.admin, s.participant),
                                                       forums.undo_check_in(s.db, s.participant)),
                      "forum.checkin_undo"),
    "add_walk_in": (access.FORUM_CHECKIN, lambda s: forums.add_walk_in(
        s.db, s.forum, ParticipantDraft("Rahmadi", "masyarakat")), "forum.walk_in"),
    "save_minutes": (access.FORUM_EDIT, lambda s: forums.save_minutes(
        s.db, s.forum, MinutesContent(conclusions=("Setuju.",))), "forum.minutes"),
    "store_minutes": (access.FORUM_EDIT, lambda s: _in_session(s, lambda session: forums.store_minutes(
        session, s.forum, MinutesContent(conclusions=("Setuju.",)), now=FKP)), "forum.minutes"),
    "save_berita_acara": (access.FORUM_EDIT, lambda s: forums.save_berita_acara(
        s.db, s.forum, BeritaAcaraContent("01/BA/2025")), "forum.berita_acara"),
    "store_berita_acara": (access.FORUM_EDIT, lambda s: _in_session(s, lambda session: forums.store_berita_acara(
        session, s.forum, BeritaAcaraContent("01/BA/2025"), now=FKP)), "forum.berita_acara"),
    "add_demo_forums": (access.IMPORT, lambda s: demo_forums.add_demo_forums(s.db, 1, 3), "data.import"),
    "save_version": (access.STANDARDS_EDIT, lambda s: standards.save_version(s.db, s.service, _new_version(s)),
                     "standard.version"),
    "store_version": (access.STANDARDS_EDIT, lambda s: _in_session(s, lambda session: standards.store_version(
        session, s.service, _new_version(s))), "standard.version"),
    "set_aliases": (access.STANDARDS_EDIT, lambda s: standards.set_aliases(s.db, s.service, ["kartu kuning baru"]),
                    "standard.aliases"),
    "export_file": (access.EXPORT, lambda s: standards_io.export_file(s.db, s.tmp / "ekspor.json",
                                                                      write_standards_file), "data.export"),
    "import_file": (access.IMPORT, lambda s: standards_io.import_file(s.db, _standard_file(s)), "data.import"),
}
MODULES: tuple[ModuleType, ...] = (forums, standards, standards_io, demo_forums)


def changes_data(function: Callable[..., object]) -> bool:
    returns = str(inspect.signature(function).return_annotation)
    return returns.startswith("Done[") or function.__name__ in SESSION_WRITERS


def test_the_table_names_every_store_function_that_changes_data() -> None:
    found = {
        name for module in MODULES for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and not name.startswith("_") and changes_data(function)
    }
    assert found == set(CALLS)


def _audit_count(db: Database, action: str) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)) or 0


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(CALLS))
def test_each_role_may_do_what_its_permissions_say(db: Database, tmp_path: Path, role: str, name: str) -> None:
    bound = {r: db.as_user(user_with_role(db, r, f"Pengguna {r}")) for r in ROLES}
    admin = bound[ADMIN]
    forum = forums.create_forum(admin, ForumDraft("FKP 2025", FKP, venue="Aula")).value.id
    person = forums.add_participant(admin, forum, ParticipantDraft("Ahmad Fauzi", "akademisi")).value.id
    service = standards.service_by_code(db, "P1").service.id
    setting = Setting(bound[role], admin, forum, person, service, tmp_path)
    permission, call, action = CALLS[name]
    before = _audit_count(db, action)
    if permission in access.ROLE_PERMISSIONS[role]:
        call(setting)
        assert _audit_count(db, action) > before
    else:
        with pytest.raises(AccessDenied):
            call(setting)
        assert _audit_count(db, action) == before


def test_a_petugas_cannot_change_a_fee_even_through_the_session_writer(db: Database) -> None:
    officer = db.as_user(user_with_role(db, OFFICER))
    p1 = standards.service_by_code(db, "P1").service.id
    latest = standards.latest_standard(db, p1)
    assert latest is not None
    draft = replace(draft_of(latest), fee=999_000, effective_date=date(2026, 1, 5), sk_number="188.4/1/X/2026")
    with pytest.raises(AccessDenied), officer.write() as session:
        standards.store_version(session, p1, draft)
    with pytest.raises(AccessDenied):
        standards.save_version(officer, p1, draft)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(StandardVersion)
                              .where(StandardVersion.service_id == p1)) == 1
    assert standards.published(db, p1).standard.fee == latest.fee
