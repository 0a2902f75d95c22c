"""The Forums area with pytest-qt: create a forum, invite people, check two in, print the sheet, see the recap."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.forum_rules import ForumDraft, ParticipantDraft
from desk.store import forums
from desk.store.access import ADMIN, HEAD, OFFICER, Actor
from desk.store.database import Database
from desk.store.models import AuditEntry, PrintRecord
from desk.ui.common import may
from desk.ui.forums import ForumsPage
from desk.ui.forums import participants as participants_module
from desk.ui.forums.forum_dialog import ForumDialog
from desk.ui.forums.import_dialog import ImportDialog
from desk.ui.forums.participant_dialog import ParticipantDialog
from desk.ui.widgets import dialogs
from tests.factories import user_with_role

NOW = datetime(2026, 12, 9, 1, 30, tzinfo=UTC)  # Rabu 9 Desember 2026, 09.30 WITA: the forum's morning


def actor(db: Database, name: str, role: str) -> Actor:
    return user_with_role(db, role, name)


@pytest.fixture
def admin(db: Database) -> Actor:
    return actor(db, "Syifa Miratil Hayati", ADMIN)


def page_for(qtbot: QtBot, db: Database, who: Actor) -> ForumsPage:
    page = ForumsPage(db, who, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    return page


def fill_forum_dialog(dialog: ForumDialog) -> None:
    dialog.title.setText("Forum Konsultasi Publik Standar Pelayanan 2026")
    dialog.topic.setPlainText("Revisi standar pelayanan kartu AK/I")
    dialog.day.setDate(QDate(2026, 12, 9))
    dialog.start.setTime(QTime(9, 0))
    dialog.has_end.setChecked(True)
    dialog.end.setTime(QTime(12, 0))
    dialog.standards.item(0).setCheckState(Qt.CheckState.Checked)


def test_create_invite_check_in_print_and_recap(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Someone from last year's forum, offered by type-ahead.
    with db.write(admin) as s:
        old = forums.create_forum(s, ForumDraft("FKP 2025", datetime(2025, 10, 29, 1, tzinfo=UTC), venue="Aula")).id
        forums.add_participant(s, old, ParticipantDraft("Hairul Anwar", "tokoh", "Desa Lok Batu", "Ketua RT", "L",
                                                        "0813-1111-2222"))
    page = page_for(qtbot, db, admin)
    assert page.list.count() == 1

    def create(cls: type, parent: object, db_: Database, who: Actor, forum: object = None) -> object:
        dialog = ForumDialog(db_, who, None, None)
        qtbot.addWidget(dialog)
        assert dialog.venue.text() == "Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi"  # office default
        fill_forum_dialog(dialog)
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(ForumDialog, "ask", classmethod(create))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 2 and page.forum is not None
    assert page.list.item(0).text().startswith("Forum Konsultasi Publik Standar Pelayanan 2026")  # upcoming first
    assert "Sabtu" not in page.facts.text() and "Rabu, 9 Desember 2026" in page.facts.text()

    typed = iter([
        ParticipantDraft("Ahmad Fauzi", "akademisi", "Politeknik Hasnur", "Dosen", "L", "0812-3456-7890",
                         consent_photo=True, consent_publication=True),
        ParticipantDraft("Noor Aisyah", "media", "Balangan Pos", "Wartawan", "P"),
        None,  # the third one is taken from the type-ahead
    ])

    def invite(cls: type, parent: object, db_: Database, who: Actor, fid: int, submit: object, title: str,
               draft: object = None) -> object:
        dialog = ParticipantDialog(db_, who, fid, submit, title, draft, None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        person = next(typed)
        if person is None:
            dialog.name.setText("Hair")
            dialog._suggest()
            assert dialog.suggestions.rowCount() == 1
            dialog._take_suggestion(dialog.suggestions.index(0, 0))
            assert dialog.institution.text() == "Desa Lok Batu" and dialog.unsur.currentData() == "tokoh"
            assert not dialog.consent_publication.isChecked()  # consent is asked again for each forum
        else:
            dialog.fill(person)
        dialog.save()
        return dialog.result_record

    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(invite))
    for _ in range(3):
        qtbot.mouseClick(page.participants.add_button, Qt.MouseButton.LeftButton)
    assert page.participants.table.rowCount() == 3
    assert "3 peserta" in page.participants.count.text()

    # Check-in: type, Enter marks the single match present; the second is picked from the list.
    page.tabs.setCurrentIndex(2)
    checkin = page.checkin
    qtbot.keyClicks(checkin.search, "ahm fau")
    checkin.search.flush()
    assert [p.name for p in checkin.shown] == ["Ahmad Fauzi"]
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert "Ahmad Fauzi hadir pukul 09.30" in checkin.message.text()
    checkin.search.clear()
    checkin.search.flush()
    row = next(i for i, p in enumerate(checkin.shown) if p.name == "Noor Aisyah")
    checkin.table.selectRow(row)
    qtbot.mouseClick(checkin.present_button, Qt.MouseButton.LeftButton)
    assert "Hadir 2 dari 3" in checkin.count.text()

    # Print the sheet: it goes to the file the officer chooses and is logged.
    out = tmp_path / "daftar-hadir.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_a: out)
    page.tabs.setCurrentIndex(1)
    page.participants.blank_rows.setValue(4)
    qtbot.mouseClick(page.participants.print_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for name in ("Ahmad Fauzi", "Noor Aisyah", "Hairul Anwar"):
        assert name in text
    assert "7." in text and "8." not in text and "DAFTAR HADIR" in text
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (609.4, 935.4)  # the office's F4
    with db.read() as s:
        assert s.execute(select(PrintRecord.document_kind, PrintRecord.target)).one() == ("attendance", str(out))

    # The recap on screen: 3 invited, 2 present; by unsur and by sex.
    page.tabs.setCurrentIndex(3)
    recap = page.recap
    total_row = recap.by_unsur.rowCount() - 1
    assert [recap.by_unsur.item(total_row, c).text() for c in range(6)] == ["Jumlah", "3", "2", "0", "2", "66,7%"]
    sexes = {recap.by_sex.item(r, 0).text(): recap.by_sex.item(r, 4).text() for r in range(recap.by_sex.rowCount())}
    assert sexes["Laki-laki"] == "1" and sexes["Perempuan"] == "1"
    assert "Hadir 2 orang dari 3 undangan" in recap.summary.text()
    assert "2/3 hadir" in page.list.item(0).text()
    with db.read() as s:
        logged = list(s.scalars(select(AuditEntry.action)))
    assert logged.count("forum.checkin") == 2 and "forum.create" in logged and "document.print" in logged


def test_walk_in_and_the_berita_acara(qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    with db.write(admin) as s:
        forum = forums.create_forum(s, ForumDraft("FKP 2026", NOW, venue="Aula")).id
    page = page_for(qtbot, db, admin)

    def walk_in(cls: type, parent: object, db_: Database, who: Actor, fid: int, submit: object, title: str,
                draft: object = None) -> object:
        dialog = ParticipantDialog(db_, who, fid, submit, title, draft, None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.fill(ParticipantDraft("Rahmadi", "masyarakat", "Desa Mampari"))
        dialog.phone.setText("021-555")  # a landline: refused next to the field
        dialog.save()
        assert not dialog.errors["phone"].isHidden() and "Nomor HP" in dialog.errors["phone"].text()
        assert dialog.result_record is None
        dialog.phone.setText("")
        dialog.save()
        return dialog.result_record

    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(walk_in))
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.checkin.walk_in_button, Qt.MouseButton.LeftButton)
    assert "Rahmadi ditambahkan dan hadir pukul 09.30" in page.checkin.message.text()
    assert "1 tanpa undangan" in page.checkin.count.text()

    ba = page.berita_acara
    ba.number.setText("01/BA-FKP/2026")
    ba.outcomes.setPlainText("Waktu AK/I satu hari.\n\nSurat pengantar desa dihapus.")
    ba.representative.setText("Rahmadi")
    out = tmp_path / "ba.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_a: out)
    qtbot.mouseClick(ba.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "1. Waktu AK/I satu hari." in text and "2. Surat pengantar desa dihapus." in text
    with db.read() as s:
        assert forums.get_berita_acara(s, forum).outcomes == ("Waktu AK/I satu hari.", "Surat pengantar desa dihapus.")


def test_the_notulen_refuses_a_bad_discussion_line_and_saves_as_pdf(
    qtbot: QtBot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with db.write(admin) as s:
        forum = forums.create_forum(s, ForumDraft("FKP 2026", NOW, venue="Aula")).id
    page = page_for(qtbot, db, admin)
    minutes = page.minutes
    minutes.agenda.setPlainText("09.00–09.15 | Pembukaan")
    minutes.discussion.setPlainText("Ahmad Fauzi | akademisi")  # no point discussed
    minutes.conclusions.setPlainText("Persyaratan AK/I cukup KTP.")
    minutes.minute_taker.setText("Noor Aisyah")
    assert minutes.save() is False
    assert "Pembahasan baris 1" in minutes.message.text() and not minutes.message.isHidden()
    with db.read() as s:
        assert forums.get_minutes(s, forum).conclusions == ()

    minutes.discussion.setPlainText("Ahmad Fauzi | akademisi | Waktu layanan | Cukup satu hari")
    suggested: list[str] = []

    def choose(_parent: object, _title: str, name: str, _filters: str) -> Path:
        suggested.append(name)
        return tmp_path / "notulen"  # typed without ".pdf"

    monkeypatch.setattr(dialogs, "choose_save_file", choose)
    qtbot.mouseClick(minutes.pdf_button, Qt.MouseButton.LeftButton)
    assert minutes.message.text() == "Notulen tersimpan."
    assert suggested == [f"notulen-forum-{forum}.pdf"]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "notulen.pdf").pages)
    assert "Persyaratan AK/I cukup KTP." in text and "Waktu layanan" in text
    with db.read() as s:
        assert forums.get_minutes(s, forum).minute_taker == "Noor Aisyah"


def test_import_with_bad_rows_shows_them_and_imports_nothing(qtbot: QtBot, db: Database, admin: Actor,
                                                            tmp_path: Path) -> None:
    with db.write(admin) as s:
        forum = forums.create_forum(s, ForumDraft("FKP 2026", NOW, venue="Aula")).id
    path = tmp_path / "undangan.csv"
    path.write_text("Nama;Unsur;Instansi\nAhmad Fauzi;akademisi;Politeknik Hasnur\n;media;Balangan Pos\n"
                    "Budi;pejabat;X\n", encoding="utf-8")
    dialog = ImportDialog(db, admin, forum, path)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "2 dari 3 baris bermasalah" in dialog.summary.text()
    assert dialog.rows.rowCount() == 3 and dialog.rows.item(1, 0).text() == "3"
    with db.read() as s:
        assert forums.list_participants(s, forum) == []


def test_roles_see_only_what_they_may_do(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    officer = actor(db, "Rahmat Hidayat", OFFICER)
    head = actor(db, "Kepala Dinas", HEAD)
    with db.write() as s:
        forums.create_forum(s, ForumDraft("FKP 2026", NOW, venue="Aula"))
    officer_page = page_for(qtbot, db, officer)
    assert officer_page.new_button.isHidden() and officer_page.participants.add_button.isHidden()
    assert not officer_page.checkin.present_button.isHidden() and not officer_page.checkin.walk_in_button.isHidden()
    head_page = page_for(qtbot, db, head)
    assert head_page.checkin.present_button.isHidden() and not head_page.participants.print_button.isHidden()
    assert may(head, "forum.checkin") is False
    assert participants_module.COLUMNS[0] == "No"
