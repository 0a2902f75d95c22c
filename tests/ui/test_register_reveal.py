"""The register's detail panel: NIK and phone masked, "Tampilkan" audited, and only for roles allowed to see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.store import accounts
from desk.store.access import HEAD, OFFICER, Actor
from desk.store.database import Database
from desk.store.models import AuditEntry
from desk.ui.register.page import RegisterPage
from tests.conftest import saved_walk_in
from tests.ui.helpers import draft, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

PHONE = "0852-4888-1020"


@pytest.fixture
def people(db: Database) -> dict[str, Actor]:
    # Set up by the local system, as `desk` on the command line would.
    accounts.create_first_admin(db, "admin", "Admin Desk", "Balangan#2026")
    officer = accounts.create_user(db, "rahmat", "Rahmat Hidayat", OFFICER, "Mampari#2026").value
    head = accounts.create_user(db, "kadis", "Kepala Dinas", HEAD, "Batumandi#2026").value
    return {"officer": officer.actor, "head": head.actor}


@pytest.fixture
def request_id(db: Database) -> int:
    nik = draft(db, "Hj. Rusmilawati", "631105", 21).nik
    return saved_walk_in(db, "Hj. Rusmilawati", nik=nik, phone=PHONE).id


def register_for(qtbot: QtBot, db: Database, actor: Actor, request_id: int) -> RegisterPage:
    page = RegisterPage(db.as_user(actor))  # as the main window builds it
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    assert page.select_request(request_id)
    return page


def reveals(db: Database) -> list[tuple[str, str, str]]:
    """(username, field, value in the trail) of every audited reveal."""
    with db.read() as s:
        return [(e.username, e.details["field"], e.details["value"]) for e in s.scalars(  # type: ignore[index]
            select(AuditEntry).where(AuditEntry.action == "personal.reveal").order_by(AuditEntry.id))]


def test_officer_reveals_nik_and_phone_and_each_is_audited(
    qtbot: QtBot, db: Database, people: dict[str, Actor], request_id: int
) -> None:
    detail = register_for(qtbot, db, people["officer"], request_id).detail
    record = detail.record
    assert record is not None and record.visitor_nik is not None
    assert detail.nik.text() == "6311********0021" and detail.phone.text() == "0852-****-1020"
    assert detail.reveals["nik"].button.isVisible() and detail.reveals["phone"].button.isVisible()

    qtbot.mouseClick(detail.reveals["nik"].button, Qt.MouseButton.LeftButton)
    assert detail.nik.text() == record.visitor_nik and detail.phone.text() == "0852-****-1020"
    assert reveals(db) == [("rahmat", "nik", "6311********0021")]
    qtbot.mouseClick(detail.reveals["phone"].button, Qt.MouseButton.LeftButton)
    assert detail.phone.text() == PHONE
    assert reveals(db) == [("rahmat", "nik", "6311********0021"), ("rahmat", "phone", "0852-****-1020")]

    qtbot.mouseClick(detail.reveals["nik"].button, Qt.MouseButton.LeftButton)  # "Sembunyikan"
    assert detail.nik.text() == "6311********0021" and len(reveals(db)) == 2
    detail.show_record(record)  # another look at the request (a refresh, a status change) masks again
    assert detail.phone.text() == "0852-****-1020"


def test_a_role_without_the_permission_sees_no_reveal_button_and_the_store_refuses_it(
    qtbot: QtBot, db: Database, people: dict[str, Actor], request_id: int
) -> None:
    detail = register_for(qtbot, db, people["head"], request_id).detail
    assert detail.nik.text() == "6311********0021" and detail.phone.text() == "0852-****-1020"
    assert not detail.reveals["nik"].button.isVisible() and not detail.reveals["phone"].button.isVisible()

    detail.reveals["nik"].toggle()  # as if the button were there: the store still says no, in Indonesian
    assert detail.nik.text() == "Peran Pimpinan tidak berwenang untuk tindakan ini (menampilkan NIK atau nomor HP lengkap)."
    assert reveals(db) == []
