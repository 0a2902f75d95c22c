"""Personal data at intake (UU 27/2022): a returning visitor's NIK and phone stay masked unless revealed
(audited), saving keeps what is stored, and the consents are recorded with the request or not at all."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from desk.domain.consent import ConsentPurpose
from desk.domain.nik import make_nik
from desk.store import accounts, consent, reveal
from desk.store.access import OFFICER, Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import AuditEntry, Service, ServiceRequest, Visitor
from desk.store.models_accounts import ConsentRow
from desk.ui.intake.dialog import NewRequestDialog
from tests.conftest import saved_walk_in
from tests.ui.helpers import draft, focused, open_new_request, press, service_id, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

NIK = make_nik("631103", date(1990, 3, 14), "L", 5)
MASKED_NIK = "6311********0005"
PHONE = "0821-5301-7788"
MASKED_PHONE = "0821-****-7788"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def officer(db: Database) -> Actor:
    # The local system sets up the accounts, as `desk` on the command line would.
    accounts.create_first_admin(db, "admin", "Admin Desk", "Balangan#2026")
    return accounts.create_user(db, "rahmat", "Rahmat Hidayat", OFFICER, "Mampari#2026").value.actor


@pytest.fixture
def visitor_id(db: Database) -> int:
    """Ahmad Fauzan came before (for K2, still open), with his NIK and phone."""
    record = saved_walk_in(db, "Ahmad Fauzan", "K2", nik=NIK, phone=PHONE, address="Desa Lok Batu",
                           kecamatan_code="63.11.03")
    return record.visitor_id


def open_dialog(qtbot: QtBot, db: Database, actor: Actor) -> NewRequestDialog:
    return open_new_request(qtbot, db.as_user(actor))  # as the main window opens it


def find_by_phone(qtbot: QtBot, dialog: NewRequestDialog) -> None:
    press(qtbot, Qt.Key.Key_Tab)  # no KTP with him today
    type_text(qtbot, "+62 821 5301 7788")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the phone field looks him up
    assert dialog.name.text() == "Ahmad Fauzan"


def choose_service(dialog: NewRequestDialog, db: Database, code: str = "P1") -> None:
    dialog.service.select_service(service_id(db, code))


def visible_texts(dialog: NewRequestDialog) -> str:
    """Everything the form shows in its fields and labels."""
    parts = [w.text() for w in dialog.findChildren(QLineEdit) if w.isVisible()]
    parts += [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    parts += [w.toPlainText() for w in dialog.findChildren(QPlainTextEdit) if w.isVisible()]
    return "\n".join(parts)


def reveal_entries(db: Database) -> list[tuple[str, int | None, str, str, dict]]:
    """(username, user id, entity, entity id, details) of every audited reveal."""
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "personal.reveal").order_by(AuditEntry.id))
        return [(e.username, e.user_id, e.entity, e.entity_id, dict(e.details)) for e in entries]  # type: ignore[arg-type]


def consents(db: Database) -> list[tuple[int, str, bool, int | None]]:
    with db.read() as s:
        rows = s.scalars(select(ConsentRow).order_by(ConsentRow.id))
        return [(r.visitor_id, r.purpose, r.granted, r.recorded_by) for r in rows]


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def save(qtbot: QtBot, dialog: NewRequestDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        press(qtbot, Qt.Key.Key_S, CTRL)


def test_found_by_phone_the_nik_is_filled_in_masked(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int
) -> None:
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)

    assert dialog.nik.text() == MASKED_NIK
    shown = visible_texts(dialog)
    assert NIK not in shown and NIK[6:12] not in shown  # nor the birth date it encodes
    assert "14 Maret 1990" not in shown and not dialog.nik_hint.isVisible()
    assert dialog.kept_nik.reveal.button.isVisible() and dialog.kept_nik.reveal.button.text() == "Tampilkan"
    assert not dialog.error_labels["nik"].isVisible() and dialog.save_reason.text().startswith("Belum")  # no service


def test_found_by_nik_the_phone_is_filled_in_masked(qtbot: QtBot, db: Database, officer: Actor, visitor_id: int) -> None:
    dialog = open_dialog(qtbot, db, officer)
    type_text(qtbot, NIK)  # typed from his KTP: his own, shown as typed
    assert dialog.name.text() == "Ahmad Fauzan" and dialog.nik.text() == NIK
    assert dialog.phone.text() == MASKED_PHONE and "5301" not in visible_texts(dialog)
    assert not dialog.kept_nik.reveal.isVisible() and dialog.kept_phone.reveal.button.isVisible()


def test_saving_without_revealing_links_the_visitor_and_keeps_the_stored_nik(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int
) -> None:
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)
    choose_service(dialog, db, "U1")
    save(qtbot, dialog)

    record = dialog.saved_record
    assert record is not None and record.visitor_id == visitor_id
    assert record.visitor_nik == NIK and record.visitor_phone == "+6282153017788"
    assert count(db, Visitor) == 1 and count(db, ServiceRequest) == 2
    assert reveal_entries(db) == []  # nothing was shown, so nothing to account for


def test_reveal_shows_the_nik_for_a_while_and_is_audited_once_with_officer_and_field(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int
) -> None:
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)
    button = dialog.kept_nik.reveal.button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert dialog.nik.text() == NIK and button.text() == "Sembunyikan"
    assert dialog.nik_hint.text() == "Laki-laki, lahir 14 Maret 1990"  # what the NIK says, now that it shows
    [(username, user_id, entity, entity_id, details)] = reveal_entries(db)
    assert (username, user_id, entity, entity_id) == ("rahmat", officer.user_id, "visitor", str(visitor_id))
    assert details["field"] == "nik" and details["value"] == MASKED_NIK  # the trail holds no full NIK

    dialog.kept_nik.reveal.hide_value()  # what the timer does after SHOW_SECONDS, or a second click
    assert dialog.nik.text() == MASKED_NIK and not dialog.nik_hint.isVisible() and button.text() == "Tampilkan"
    choose_service(dialog, db)
    save(qtbot, dialog)
    assert dialog.saved_record is not None and dialog.saved_record.visitor_nik == NIK
    assert len(reveal_entries(db)) == 1


def test_a_key_on_the_masked_nik_starts_a_correction_saved_as_typed(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int
) -> None:
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)
    dialog.nik.setFocus()
    press(qtbot, Qt.Key.Key_Backspace)
    assert dialog.nik.text() == "" and not dialog.kept_nik.reveal.isVisible()  # no asterisks left to edit
    corrected = make_nik("631103", date(1990, 3, 14), "L", 6)
    type_text(qtbot, corrected)
    assert dialog.nik.text() == corrected
    choose_service(dialog, db)
    save(qtbot, dialog)
    assert dialog.saved_record is not None and dialog.saved_record.visitor_nik == corrected
    with db.read() as s:
        assert s.scalar(select(Visitor.nik).where(Visitor.id == visitor_id)) == NIK  # his row is not rewritten
        assert "*" not in "".join(s.scalars(select(Visitor.nik).where(Visitor.nik.is_not(None))))


def test_consents_are_asked_and_recorded_with_the_request_by_keyboard(
    qtbot: QtBot, db: Database, officer: Actor
) -> None:
    dialog = open_dialog(qtbot, db, officer)
    notice = dialog.consent.notice.toPlainText()
    assert "Undang-Undang Nomor 27 Tahun 2022" in notice and "3 × 24 jam" in notice  # basis, rights
    assert dialog.consent.isVisible() and not any(dialog.consent.flags().values())  # opt-in: nothing ticked
    type_text(qtbot, make_nik("631104", date(1995, 5, 1), "P", 7315))
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0812 3456 7890")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Siti Aminah")
    choose_service(dialog, db)
    dialog.organisation_kind.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # down the visitor's column: the notice read to her, then the consents
    assert focused() is dialog.consent.notice
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.consent.boxes[ConsentPurpose.WHATSAPP]
    press(qtbot, Qt.Key.Key_W, ALT)  # she agrees to WhatsApp, and to nothing else
    qtbot.waitUntil(dialog.consent.boxes[ConsentPurpose.WHATSAPP].isChecked)  # a mnemonic clicks with a short animation
    assert dialog.consent.flags() == {ConsentPurpose.WHATSAPP: True, ConsentPurpose.FORUM_PHOTO: False,
                                      ConsentPurpose.ATTENDANCE_PUBLICATION: False}
    save(qtbot, dialog)

    record = dialog.saved_record
    assert record is not None
    assert consents(db) == [(record.visitor_id, ConsentPurpose.WHATSAPP, True, officer.user_id),
                            (record.visitor_id, ConsentPurpose.FORUM_PHOTO, False, officer.user_id),
                            (record.visitor_id, ConsentPurpose.ATTENDANCE_PUBLICATION, False, officer.user_id)]
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.username == "rahmat")
                                 .order_by(AuditEntry.id)))
    assert actions == ["request.create", "consent.record"]


def test_a_returning_visitor_brings_back_the_consents_given_before(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int
) -> None:
    with db.write(officer) as s:
        consent.set_consents(s, visitor_id, {ConsentPurpose.FORUM_PHOTO: True})
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)
    assert dialog.consent.flags()[ConsentPurpose.FORUM_PHOTO] and not dialog.consent.flags()[ConsentPurpose.WHATSAPP]


def test_a_save_the_store_refuses_records_no_consent(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int
) -> None:
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)
    choose_service(dialog, db)
    dialog.consent.boxes[ConsentPurpose.WHATSAPP].setChecked(True)
    with db.write() as s:  # an admin retires the service while the form is open
        s.execute(update(Service).where(Service.id == service_id(db, "P1")).values(active=False))
    dialog.save()

    assert dialog.saved_record is None and "tidak tersedia lagi" in dialog.error_labels["service"].text()
    assert consents(db) == [] and count(db, ServiceRequest) == 1


def test_consent_that_cannot_be_recorded_leaves_no_request_behind(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise StoreError("Persetujuan tidak dapat dicatat.", "consent")

    warned: list[str] = []
    monkeypatch.setattr(consent, "set_consents", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warned.append(text)))
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)
    choose_service(dialog, db)
    dialog.save()

    assert warned == ["Persetujuan tidak dapat dicatat."] and dialog.isVisible() and dialog.saved_record is None
    assert count(db, ServiceRequest) == 1  # one transaction: the request went back with the consent


def test_consents_loaded_for_one_person_are_not_recorded_for_another(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int
) -> None:
    with db.write(officer) as s:
        consent.set_consents(s, visitor_id, {ConsentPurpose.WHATSAPP: True})
    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)  # a relative using his phone...
    assert dialog.consent.flags()[ConsentPurpose.WHATSAPP]
    dialog.nik.setFocus()
    type_text(qtbot, make_nik("631103", date(1992, 7, 1), "P", 9))  # ...with her own KTP: someone else
    dialog.name.setText("Nur Aisyah")
    dialog.validate_now()
    assert not any(dialog.consent.flags().values())  # back to unticked: she has not been asked yet
    choose_service(dialog, db)
    dialog.sex.setCurrentIndex(dialog.sex.findData("P"))  # his details were filled in: the officer fixes them
    save(qtbot, dialog)

    record = dialog.saved_record
    assert record is not None and record.visitor_id != visitor_id
    with db.read() as s:
        assert consent.consent_flags(s, visitor_id)[ConsentPurpose.WHATSAPP]  # his decision stands
        assert not any(consent.consent_flags(s, record.visitor_id).values())


def test_a_refused_reveal_is_said_under_the_field_and_the_mask_stays(
    qtbot: QtBot, db: Database, officer: Actor, visitor_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> str:
        raise StoreError("NIK orang ini tidak tercatat.", "nik")  # e.g. erased on request a moment ago

    dialog = open_dialog(qtbot, db, officer)
    find_by_phone(qtbot, dialog)
    monkeypatch.setattr(reveal, "reveal", refuse)
    qtbot.mouseClick(dialog.kept_nik.reveal.button, Qt.MouseButton.LeftButton)
    assert dialog.kept_nik.refusal.isVisible() and dialog.kept_nik.refusal.text() == "NIK orang ini tidak tercatat."
    assert dialog.nik.text() == MASKED_NIK
