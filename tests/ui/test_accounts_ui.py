"""The admin screens: users, audit trail, data subjects (reveal, requests, export), retention."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from desk.domain.consent import ConsentPurpose
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.subject_rights import SubjectRequestKind
from desk.store import accounts, consent
from desk.store.access import OFFICER, Actor
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.models import AuditEntry, Visitor
from desk.store.requests import change_status, create_request
from desk.ui.accounts.audit_page import AuditPage
from desk.ui.accounts.retention import RetentionDialog, offer_retention
from desk.ui.accounts.subject_page import SubjectPage, SubjectRequestDialog
from desk.ui.accounts.users_page import UserDialog, UsersPage
from desk.ui.widgets import dialogs
from tests.ui.helpers import settings_dir  # noqa: F401

NIK = make_nik("631104", date(1995, 5, 1), "P", 1)
OTHER_NIK = make_nik("631105", date(1988, 8, 8), "L", 2)


WHATSAPP, FORUM_PHOTO, ATTENDANCE_PUBLICATION = (ConsentPurpose.WHATSAPP, ConsentPurpose.FORUM_PHOTO,
                                                 ConsentPurpose.ATTENDANCE_PUBLICATION)


@pytest.fixture
def admin(db: Database) -> Actor:
    return accounts.create_first_admin(db, "admin", "Admin Desk", "Balangan#2026").value.actor


def add_person(db: Database, admin: Actor, name: str, nik: str, received: datetime | None = None) -> int:
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with db.write(admin) as s:
        request = create_request(s, RequestDraft(service_id=service, name=name, nik=nik, phone="081234567890",
                                                 kecamatan_code="63.11.04"), None, received)
        if received is not None:
            change_status(s, request.id, "selesai", "", None, received)
    return request.visitor_id


def audit_actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_admin_adds_edits_deactivates_and_sets_the_idle_time(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = UsersPage(db, admin)
    qtbot.addWidget(page)
    dialog = UserDialog(db, admin, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "rahmat")
    qtbot.keyClicks(dialog.full_name, "Rahmat Hidayat")
    qtbot.keyClicks(dialog.password, "Loket-12345")
    qtbot.keyClicks(dialog.repeat, "Loket-12345")
    dialog.save()
    assert dialog.result_account is not None and dialog.result_account.role == OFFICER
    page.reload()
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["admin", "rahmat"]

    page.select_username("rahmat")
    assert page.active_button.text() == "&Nonaktifkan" and not page.unlock_button.isEnabled()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    page.toggle_active()
    assert "nonaktif" in page.table.item(1, 4).text()
    assert page.active_button.text() == "&Aktifkan"

    with qtbot.waitSignal(page.idle_minutes_changed) as changed:
        page.idle_minutes.setValue(3)
        page.save_idle_minutes()
    assert changed.args == [3]
    assert accounts.idle_lock_minutes(db) == 3
    assert {"user.create", "user.deactivate", "setting.update"} <= set(audit_actions(db))


def test_a_petugas_cannot_manage_users_even_if_the_screen_is_reached(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = accounts.create_user(db.as_user(admin), "rahmat", "Rahmat", OFFICER, "Loket-12345").value.actor
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, message, problem=False: shown.append(message))
    with pytest.raises(accounts.StoreError, match="Petugas loket tidak berwenang"):
        UsersPage(db, officer)  # the list itself is refused: the menu never offers it to a petugas
    dialog = UserDialog(db, officer)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "baru")
    qtbot.keyClicks(dialog.full_name, "Orang Baru")
    qtbot.keyClicks(dialog.password, "Sandi-Baru-99")
    qtbot.keyClicks(dialog.repeat, "Sandi-Baru-99")
    dialog.save()
    assert dialog.result_account is None and "Petugas loket tidak berwenang" in dialog.error.text()
    assert shown == []


def test_audit_screen_filters_and_checks_the_chain(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.login(db, "admin", "Balangan#2026")
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "admin", "salah-sandi")
    add_person(db, admin, "Siti Aminah", NIK)
    page = AuditPage(db, admin)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 4
    # Actions by their Indonesian names, records by their registration number.
    assert page.table.item(0, 3).text() == "Permohonan dicatat"
    assert page.table.item(0, 4).text().startswith("Permohonan 0001/")
    assert page.table.item(3, 3).text() == "Admin pertama dibuat" and page.table.item(3, 4).text() == "Pengguna admin"

    page.action.setCurrentIndex(page.action.findData("login.failed"))
    page.reload()
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    details = page.details.toPlainText()
    assert "Tindakan: Gagal masuk" in details and "Alasan: kata sandi salah" in details
    assert "{" not in details  # read as lines, not JSON

    page.verify()
    assert page.status.text() == "Rantai audit utuh: 4 entri diperiksa."
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'orang.lain' WHERE action = 'login'"))
    problems: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, message, problem=False: problems.append(message))
    page.verify()
    assert problems and "#2" in problems[0] and "diubah" in page.status.text()


def test_subject_screen_masks_reveals_with_audit_and_answers_an_erasure(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    siti = add_person(db, admin, "Siti Aminah", NIK)
    add_person(db, admin, "Ahmad Fauzi", OTHER_NIK)
    page = SubjectPage(db, admin)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, NIK)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.results.rowCount() == 1
    assert [page.results.item(0, c).text() for c in range(3)] == ["Siti Aminah", "6311********0001", "0812-****-7890"]
    assert page.nik.label.text() == "6311********0001"

    qtbot.mouseClick(page.nik.button, Qt.MouseButton.LeftButton)
    assert page.nik.label.text() == NIK and page.nik.showing
    page.nik.hide_value()
    assert page.nik.label.text() == "6311********0001"
    assert audit_actions(db)[-1] == "personal.reveal"

    page.consents[WHATSAPP].setChecked(True)
    page.store_consents()
    with db.read() as s:
        assert consent.consent_flags(s, siti)[WHATSAPP]

    received = datetime.now(UTC) - timedelta(hours=2)
    monkeypatch.setattr(SubjectRequestDialog, "ask",
                        classmethod(lambda cls, parent=None: (SubjectRequestKind.ERASURE, "surat", received,
                                                              "surat 12/XI")))
    page.record_request()
    assert page.request_table.rowCount() == 1 and page.request_table.item(0, 4).text() == "terbuka"
    page.request_table.selectRow(0)
    assert page.handle_button.isEnabled()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    page.handle_request()
    with db.read() as s:
        visitor = s.get(Visitor, siti)
        assert visitor is not None and visitor.nik is None and visitor.name == "Anonim"
    assert "selesai" in page.request_table.item(0, 4).text()
    assert {"subject.request", "subject.erase", "subject.complete"} <= set(audit_actions(db))


def test_access_request_exports_json_and_pdf_with_the_pdf_masked(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    add_person(db, admin, "Siti Aminah", NIK)
    add_person(db, admin, "Ahmad Fauzi", OTHER_NIK)
    page = SubjectPage(db, admin)
    qtbot.addWidget(page)
    page.search.setText("aminah")
    page.find()
    monkeypatch.setattr(SubjectRequestDialog, "ask",
                        classmethod(lambda cls, parent=None: (SubjectRequestKind.ACCESS, "datang_langsung",
                                                              datetime.now(UTC), "")))
    page.record_request()
    page.request_table.selectRow(0)
    monkeypatch.setattr(SubjectPage, "choose_folder", classmethod(lambda cls, parent: tmp_path))
    page.handle_request()
    json_file = next(tmp_path.glob("*.json"))
    pdf_file = next(tmp_path.glob("*.pdf"))
    exported = json.loads(json_file.read_text(encoding="utf-8"))
    assert exported["visitor"]["nik"] == NIK and len(exported["requests"]) == 1
    assert "Ahmad" not in json_file.read_text(encoding="utf-8")
    import pdfplumber

    with pdfplumber.open(pdf_file) as pdf:
        words = " ".join(page_.extract_text() or "" for page_ in pdf.pages)
    assert "Siti Aminah" in words and "6311********0001" in words
    assert NIK not in words and "81234567890" not in words and "Ahmad" not in words


def test_retention_is_offered_at_start_when_due_and_runs(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.safety import backups

    assert offer_retention(None, db, admin) is None  # nothing due yet
    old = add_person(db, admin, "Siti Aminah", NIK, datetime(2015, 3, 2, 1, 0, tzinfo=UTC))
    assert backups.automatic_backup(db, backups.MANUAL).made  # it holds Siti's data
    window = QMainWindow()
    qtbot.addWidget(window)
    officer = accounts.create_user(db.as_user(admin), "rahmat", "Rahmat", OFFICER, "Loket-12345").value.actor
    assert offer_retention(window, db, officer) is None  # only to those who may run it
    dialog = offer_retention(window, db, admin)
    assert isinstance(dialog, RetentionDialog)
    qtbot.addWidget(dialog)
    assert "1 pengunjung" in dialog.page.summary.text() and dialog.page.run_button.isEnabled()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(dialog.page.finished, timeout=10_000):
        dialog.page.run()
    assert "Selesai: 1 pengunjung dianonimkan" in dialog.page.summary.text()
    holders = dialog.page.holders
    assert holders.isVisibleTo(dialog) and "1 cadangan yang dibuat Desk sebelum ini masih memuat data lama" in holders.text()
    with db.read() as s:
        assert s.get(Visitor, old).anonymised_at is not None  # type: ignore[union-attr]
    assert offer_retention(window, db, admin) is None


@pytest.mark.usefixtures("settings_dir")
def test_a_desk_left_open_offers_retention_again_on_the_next_office_day(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    from desk.store.work import office_context
    from desk.ui.main_window import MainWindow

    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    ui = window.accounts
    assert ui.retention_timer.isActive()  # checks by itself, hourly
    today = office_context(db).clock.today
    assert ui.recheck_retention() is None and ui.retention_asked_on == today  # nothing due
    add_person(db, admin, "Siti Aminah", NIK, datetime(2015, 3, 2, 1, 0, tzinfo=UTC))
    assert ui.recheck_retention() is None  # already checked today: not asked twice in a day
    ui.retention_asked_on = today - timedelta(days=1)  # Desk was opened yesterday and never closed
    ui.idle.lock()
    assert ui.recheck_retention() is None  # never over the lock screen
    ui.idle.screen.unlocked.emit()  # type: ignore[union-attr]
    ui.idle.screen.hide()  # type: ignore[union-attr]
    dialog = ui.recheck_retention()
    assert isinstance(dialog, RetentionDialog) and dialog.isVisible()
    assert "1 pengunjung" in dialog.page.summary.text()
    assert ui.recheck_retention() is None  # not a second offer over the open one
    dialog.reject()
    assert ui.retention_dialog is None and ui.recheck_retention() is None  # asked today; tomorrow again
    ui.idle.stop()
    ui.retention_timer.stop()


def test_the_data_protection_screen_opens_ready_to_type_a_search(qtbot: QtBot, db: Database, admin: Actor) -> None:
    from desk.ui.accounts.subject_page import DataProtectionDialog

    add_person(db, admin, "Siti Aminah", NIK)
    dialog = DataProtectionDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.subjects.search.hasFocus())
    qtbot.keyClicks(dialog.subjects.search, "siti")  # the review's first typing was lost here
    qtbot.keyClick(dialog.subjects.search, Qt.Key.Key_Return)
    assert dialog.subjects.results.rowCount() == 1


@pytest.mark.usefixtures("settings_dir")
def test_install_for_an_admin_opens_every_screen(qtbot: QtBot, db: Database, admin: Actor) -> None:
    from desk.ui.main_window import MainWindow

    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    ui = window.accounts
    assert all(a.isVisible() for a in ui.actions)
    for open_screen in (ui.open_users, ui.open_audit, ui.open_privacy):
        dialog = open_screen()
        qtbot.addWidget(dialog)
        assert dialog.isVisible()
        dialog.close()
    ui.idle.stop()


def test_register_model_and_its_search_show_nik_masked_in_every_cell(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    from desk.store.requests import RegisterFilter
    from desk.ui.register.model import COL_NIK, RegisterModel

    add_person(db, admin, "Siti Aminah", NIK)
    add_person(db, admin, "Ahmad Fauzi", OTHER_NIK)
    model = RegisterModel(db, "Asia/Makassar")
    for typed in ("", NIK, "081234567890", "Siti"):
        model.reload(RegisterFilter(text=typed))
        cells = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
        assert cells, typed
        joined = " ".join(cells)
        assert NIK not in joined and OTHER_NIK not in joined and "81234567890" not in joined
        assert "6311********0001" in [model.index(r, COL_NIK).data() for r in range(model.rowCount())]


def test_intake_consent_panel_shows_the_notice_and_records_only_what_was_ticked(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    from desk.domain.intake import RequestDraft
    from desk.store import walk_in
    from desk.ui.accounts.consent import ConsentPanel

    form = walk_in.intake_form(db)
    panel = ConsentPanel(form.privacy_notice)
    qtbot.addWidget(panel)
    notice = panel.notice.toPlainText()
    assert "Undang-Undang Nomor 27 Tahun 2022" in notice and "5 (lima) tahun" in notice
    assert not any(panel.flags().values())  # opt-in: nothing ticked until the visitor says yes
    panel.boxes[WHATSAPP].setChecked(True)
    service = form.services[0].id
    saved = walk_in.save_walk_in(db.as_user(admin), RequestDraft(service_id=service, name="Siti Aminah", nik=NIK),
                                 panel.flags()).value
    with db.read() as s:
        written = consent.consent_history(s, saved.request.visitor_id)
    assert [(c.purpose, c.granted, c.recorded_by) for c in written] == [
        (WHATSAPP, True, "Admin Desk"), (FORUM_PHOTO, False, "Admin Desk"),
        (ATTENDANCE_PUBLICATION, False, "Admin Desk")]
    panel.clear()
    found = walk_in.find_returning_visitor(db, nik=NIK)  # a returning visitor: their decisions come back
    assert found is not None
    panel.set_flags(found.consents)
    assert panel.flags() == {WHATSAPP: True, FORUM_PHOTO: False, ATTENDANCE_PUBLICATION: False}
