"""One audit entry for each kind of action the issue lists, all on one chain that still verifies.

Create, update, status change, print, reprint, export, import, login, failed login, lock, backup
and restore; each entry names who did it, and NIK/phone never appear in full.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.forum_rules import ForumDraft
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.formats.standards_file import write_standards_file
from desk.paths import default_database_url
from desk.safety import backups, restore
from desk.store import accounts, audit_verify, forums, prints, standards_io
from desk.store.access import OFFICER, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.models import AuditEntry
from desk.store.requests import change_status, create_request

NIK = make_nik("631104", date(1995, 5, 1), "P", 1)
PASSWORD = "Balangan#2026"


def entries(db: Database) -> list[tuple[str, str, dict[str, object]]]:
    with db.read() as s:
        return [(a, u, dict(d)) for a, u, d in s.execute(  # type: ignore[call-overload]
            select(AuditEntry.action, AuditEntry.username, AuditEntry.details).order_by(AuditEntry.id))]


@pytest.fixture
def people(db: Database) -> tuple[Actor, Actor]:
    admin = accounts.create_first_admin(db, "admin", "Admin Desk", PASSWORD).value.actor
    officer = accounts.create_user(db.as_user(admin), "rahmat", "Rahmat Hidayat", OFFICER, "Loket-12345").value.actor
    return admin, officer


def test_every_kind_of_action_is_on_the_chain(
    db: Database, data_dir: Path, tmp_path: Path, people: tuple[Actor, Actor]
) -> None:
    admin, officer = people
    accounts.login(db, "rahmat", "Loket-12345")
    for _ in range(accounts.MAX_FAILED_ATTEMPTS):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(db, "rahmat", "salah-sandi")
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with db.write(officer) as s:
        request = create_request(s, RequestDraft(service_id=service, name="Siti Aminah", nik=NIK,
                                                 phone="081234567890"), None)
        change_status(s, request.id, "diproses", "", None)
    accounts.update_user(db.as_user(admin), officer.user_id, full_name="Rahmat Hidayat, S.E.")
    forum = forums.create_forum(db.as_user(admin), ForumDraft(
        "FKP Standar Pelayanan", datetime.now(UTC) + timedelta(days=3), venue="Aula DKUKMTK")).value
    for _ in range(2):
        prints.record_print(db.as_user(officer), DocumentKind.ATTENDANCE, forum.id, PrintAction.PRINT, "F4")
    standards_io.export_file(db.as_user(admin), tmp_path / "standar.json", write_standards_file)
    made = backups.create_backup(db.as_user(admin), tmp_path / "cadangan")
    assert entries(db)[-1][:2] == ("backup.create", "admin")  # written after the copy: not inside the backup
    restored = restore.restore_backup(made.path, url=default_database_url(data_dir), data_dir=data_dir,
                                      db=db.as_user(admin))
    db.dispose()
    db = restored.database  # reopened after the restore

    found = entries(db)
    actions = [a for a, _, _ in found]
    for expected in ("login", "login.failed", "login.lock", "request.create", "request.status", "user.update",
                     "forum.create", "document.print", "document.reprint", "data.export", "backup.restore"):
        assert expected in actions, expected
    who = {a: u for a, u, _ in found}
    assert who["request.create"] == "rahmat" and who["document.reprint"] == "rahmat"
    assert who["user.update"] == "admin" and who["backup.restore"] == "admin"
    text = json.dumps([d for _, _, d in found], ensure_ascii=False)
    assert NIK not in text and "81234567890" not in text
    assert audit_verify.verify(db).ok
