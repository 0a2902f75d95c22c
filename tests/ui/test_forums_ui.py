"""The Forums area in the main window, driven by keys (pytest-qt, offscreen): invite, check in, notulen,
berita acara, recap, and every paper through the shared preview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.consent import ConsentPurpose
from desk.domain.document_kinds import DocumentKind
from desk.domain.forum_rules import ForumDraft, ParticipantDraft
from desk.domain.office_time import to_local
from desk.domain.text_id import format_clock
from desk.store import forums
from desk.store.access import ADMIN, HEAD, OFFICER, Actor
from desk.store.database import Database
from desk.store.models import PrintRecord
from desk.ui.forums import ForumsPage
from desk.ui.forums.forum_dialog import ForumDialog
from desk.ui.forums.import_dialog import ImportDialog
from desk.ui.forums.page import CHECKIN, MINUTES, PARTICIPANTS
from desk.ui.forums.participant_dialog import ParticipantDialog
from desk.ui.forums.rows_table import RowsTable
from desk.ui.main_window import MainWindow
from desk.ui.preview import PdfPreview
from desk.ui.widgets import dialogs
from tests.factories import user_with_role
from tests.ui.helpers import focused, open_main_window, settings_dir  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
TZ = "Asia/Makassar"


def user(db: Database, name: str, role: str) -> Actor:
    return user_with_role(db, role, name)


def today_at_nine() -> datetime:
    """09.00 office time today (the office clock is the real one in the main window)."""
    local = to_local(datetime.now(UTC), TZ)
    return local.replace(hour=9, minute=0, second=0, microsecond=0).astimezone(UTC)


def a_forum(db: Database, starts_at: datetime, *people: ParticipantDraft, title: str = "FKP 2026") -> int:
    forum = forums.create_forum(db, ForumDraft(title, starts_at, starts_at + timedelta(hours=3), venue="Aula")).value
    for person in people:
        forums.add_participant(db, forum.id, person)
    return forum.id


AHMAD = ParticipantDraft("Ahmad Fauzi", "akademisi", "Politeknik Hasnur", "Dosen", "L", "0812-3456-7890",
                         consent_photo=True, consent_publication=True)
NOOR = ParticipantDraft("Noor Aisyah", "media", "Balangan Pos", "Wartawan", "P")


@pytest.fixture
def open_forums(qtbot: QtBot, db: Database) -> Iterator[object]:
    """Desk's main window for a new user of a role, on the Forums area (Ctrl+3)."""
    windows: list[MainWindow] = []

    def start(role: str = ADMIN, name: str = "Syifa Miratil Hayati") -> tuple[MainWindow, ForumsPage]:
        window = open_main_window(qtbot, db, user(db, name, role))
        windows.append(window)
        qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
        page = window.tabs.currentWidget()
        assert isinstance(page, ForumsPage)
        return window, page

    yield start
    for window in windows:
        window.close()


def dialog_of(qtbot: QtBot, kind: type, parent: object) -> object:
    """The window-modal dialog of `kind` that `parent` opened (it does not block the test), active."""
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_in(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)  # type: ignore[arg-type]


def type_cell(qtbot: QtBot, table: QTableWidget, text: str) -> None:
    """Type into the current cell as the officer does (the first key opens it, unless Tab already did),
    then Tab to the next cell, which opens for typing."""
    if focused() is table:
        qtbot.keyClick(table, text[0])
        text = text[1:]
    qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)
    return printer


def print_log(db: Database, forum: int) -> list[tuple[str, str, int]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(PrintRecord.document_kind, PrintRecord.action, PrintRecord.copy_no)
            .where(PrintRecord.record_id == forum).order_by(PrintRecord.id))]


def pdf_words(path_or_bytes: Path | bytes) -> str:
    reader = PdfReader(BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


# --- inviting ----------------------------------------------------------------------------------------


def test_a_new_forum_and_its_invitees_by_keys_with_the_whole_consent_text(
        qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    a_forum(db, datetime(2025, 10, 29, 1, tzinfo=UTC), ParticipantDraft(
        "Hairul Anwar", "tokoh", "Desa Lok Batu", "Ketua RT", "L", "0813-1111-2222"), title="FKP 2025")
    _window, page = open_forums()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, ForumDialog, page)
    assert isinstance(dialog, ForumDialog)
    assert dialog.venue.text() == "Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi"  # the office's usual venue
    type_in(qtbot, dialog.title, "Forum Konsultasi Publik Standar Pelayanan 2026")
    dialog.day.setDate(QDate(2026, 12, 9))
    dialog.start.setTime(QTime(9, 0))
    qtbot.keyClick(dialog.standards, Qt.Key.Key_Space)  # the first standard, ticked
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.list.item(0).text().startswith("Forum Konsultasi Publik Standar Pelayanan 2026")
    assert page.forum is not None and page.forum.title.endswith("2026")
    assert page.tabs.currentIndex() == PARTICIPANTS and "Rabu, 9 Desember 2026" in page.facts.text()

    panel = page.participants
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, ParticipantDialog, panel)
    assert isinstance(dialog, ParticipantDialog)
    # The purposes the participant agrees to are shown whole: no line cut off, however narrow.
    for label, purpose in ((dialog.photo_purpose, ConsentPurpose.FORUM_PHOTO.statement),
                           (dialog.publication_purpose, ConsentPurpose.ATTENDANCE_PUBLICATION.statement)):
        assert label.text() == f"Tujuan: {purpose}" and label.isVisible()
        assert label.height() >= label.heightForWidth(label.width())
        assert dialog.rect().contains(label.geometry().translated(label.parentWidget().pos()))
    dialog.resize(420, dialog.height())
    qtbot.waitUntil(lambda: dialog.publication_purpose.height()
                    >= dialog.publication_purpose.heightForWidth(dialog.publication_purpose.width()))
    type_in(qtbot, dialog.name, "Ahmad Fauzi")
    dialog.unsur.setCurrentIndex(dialog.unsur.findData("akademisi"))
    type_in(qtbot, dialog.institution, "Politeknik Hasnur")
    type_in(qtbot, dialog.phone, "0812-3456-7890")
    qtbot.keyClick(dialog.consent_publication, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert row[1:4] == ["Ahmad Fauzi", "Akademisi", "Politeknik Hasnur"]
    assert row[6] == "0812-****-7890"  # masked in the list, as everywhere else
    assert row[7:9] == ["tidak", "ya"]

    # Someone from last year's forum, taken from the type-ahead with Down and Enter.
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, ParticipantDialog, panel)
    qtbot.waitUntil(dialog.name.hasFocus)  # the name is typed first
    type_in(qtbot, dialog.name, "Hair")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.institution.text() == "Desa Lok Batu" and dialog.unsur.currentData() == "tokoh"
    assert not dialog.consent_publication.isChecked()  # consent is asked again for each forum
    qtbot.keyClick(dialog.institution, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    assert "2 peserta · 2 diundang · 0 hadir" in panel.count.text()
    assert "0/2 hadir" in page.list.item(0).text()


def test_a_refused_field_says_why_and_nothing_is_saved(qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    a_forum(db, today_at_nine())
    _window, page = open_forums()
    page.tabs.setCurrentIndex(CHECKIN)
    qtbot.mouseClick(page.checkin.walk_in_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, ParticipantDialog, page.checkin)
    type_in(qtbot, dialog.name, "Rahmadi")
    type_in(qtbot, dialog.phone, "021-555")  # a landline
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Nomor HP" in dialog.errors["phone"].text()
    assert not dialog.errors["phone"].isHidden() and page.checkin.people == []
    dialog.phone.clear()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Rahmadi ditambahkan dan hadir pukul" in page.checkin.message.text()
    assert "1 tanpa undangan" in page.checkin.count.text()


# --- check-in ----------------------------------------------------------------------------------------


def test_check_in_on_the_day_by_typing_a_name_and_enter(qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    forum = a_forum(db, today_at_nine(), AHMAD, NOOR)
    _window, page = open_forums(OFFICER, "Rahmat Hidayat")
    page.tabs.setCurrentIndex(CHECKIN)
    checkin = page.checkin
    assert checkin.day_warning.isHidden()  # the forum is today: nothing to warn about
    type_in(qtbot, checkin.search, "ahm fau")
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    person = next(p for p in forums.list_participants(db, forum) if p.name == "Ahmad Fauzi")
    assert person.present
    assert checkin.message.text() == f"Ahmad Fauzi hadir pukul {format_clock(to_local(person.checked_in_at, TZ))}."
    assert checkin.search.hasSelectedText()  # ready for the next name
    assert "Hadir 1 dari 2" in checkin.count.text() and "1/2 hadir" in page.list.item(0).text()
    assert page.recap.summary.text() == ("Diundang 2 orang; yang hadir 1 orang (50,0%). Hadir tanpa undangan: 0 "
                                         "orang. Jumlah yang hadir: 1 orang.")


def test_check_in_on_another_day_warns_and_asks_once(
        qtbot: QtBot, db: Database, open_forums, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    forum = a_forum(db, today_at_nine() + timedelta(days=7), AHMAD, NOOR)
    _window, page = open_forums(OFFICER, "Rahmat Hidayat")
    page.tabs.setCurrentIndex(CHECKIN)
    checkin = page.checkin
    assert checkin.day_warning.isVisible()
    assert checkin.day_warning.text().startswith("Forum ini akan dilaksanakan pada ")
    assert "bukan hari ini" in checkin.day_warning.text()
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(_parent: object, title: str, text: str, _yes: str, **_kw: object) -> bool:
        asked.append(title)
        return next(answers)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    type_in(qtbot, checkin.search, "noor")
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert asked == ["Bukan hari forum"] and "tidak dicatat" in checkin.message.text()
    assert not any(p.present for p in forums.list_participants(db, forum))
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)  # asked again; this time the officer agrees
    assert asked == ["Bukan hari forum"] * 2 and "Noor Aisyah hadir pukul" in checkin.message.text()
    checkin.search.clear()
    type_in(qtbot, checkin.search, "ahmad")
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)  # agreed once for this forum: not asked again
    assert len(asked) == 2 and "Ahmad Fauzi hadir pukul" in checkin.message.text()


# --- notulen and berita acara ------------------------------------------------------------------------


def test_notulen_discussion_is_typed_into_a_table_and_saved(qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    forum = a_forum(db, today_at_nine(), AHMAD, NOOR)
    _window, page = open_forums()
    page.tabs.setCurrentIndex(MINUTES)
    minutes = page.minutes
    agenda, table = minutes.agenda, minutes.discussion
    assert isinstance(table, RowsTable) and table.rowCount() == 1  # the empty row waiting for typing
    agenda.setFocus()
    agenda.setCurrentCell(0, 0)
    type_cell(qtbot, agenda, "09.00-09.15")
    type_cell(qtbot, agenda, "Pembukaan")
    table.setFocus()
    table.setCurrentCell(0, 0)
    type_cell(qtbot, table, "Ahmad Fauzi")
    assert table.item(0, 1).text() == "Akademisi / Praktisi"  # a participant brings their unsur
    assert table.currentColumn() == 1 and focused().currentText() == "Akademisi / Praktisi"  # the unsur's list
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_cell(qtbot, table, "Waktu layanan AK/I | dipercepat")  # a bar is just text now
    type_cell(qtbot, table, "Cukup satu hari")
    assert table.rowCount() == 2  # a new empty row appeared under the typed one
    qtbot.keyClicks(minutes.conclusions, "Persyaratan AK/I cukup KTP.")
    qtbot.keyClicks(minutes.minute_taker, "Noor Aisyah")
    qtbot.mouseClick(minutes.save_button, Qt.MouseButton.LeftButton)
    assert minutes.message.text() == "Notulen tersimpan."
    stored = forums.get_minutes(db, forum)
    assert [(a.time_text, a.text) for a in stored.agenda] == [("09.00-09.15", "Pembukaan")]
    assert [(d.speaker, d.unsur, d.point, d.response) for d in stored.discussion] == [
        ("Ahmad Fauzi", "akademisi", "Waktu layanan AK/I | dipercepat", "Cukup satu hari")]
    assert stored.conclusions == ("Persyaratan AK/I cukup KTP.",) and stored.minute_taker == "Noor Aisyah"

    # Ctrl+Delete removes a row; until saved, a reload of the area keeps what was typed.
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Delete, CTRL)
    assert table.rows() == [] and table.rowCount() == 1 and minutes.has_unsaved_input
    page.reload()
    assert table.rows() == []
    qtbot.mouseClick(minutes.save_button, Qt.MouseButton.LeftButton)
    assert forums.get_minutes(db, forum).discussion == () and not minutes.has_unsaved_input


def test_notulen_typed_but_not_saved_survives_a_check_in(qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    forum = a_forum(db, today_at_nine(), AHMAD, NOOR)
    _window, page = open_forums()
    qtbot.keyClicks(page.minutes.conclusions, "Kesimpulan yang belum disimpan")
    page.tabs.setCurrentIndex(CHECKIN)
    type_in(qtbot, page.checkin.search, "noor")
    qtbot.keyClick(page.checkin.search, Qt.Key.Key_Return)
    assert "Noor Aisyah hadir" in page.checkin.message.text()
    assert page.minutes.conclusions.toPlainText() == "Kesimpulan yang belum disimpan"
    assert forums.get_minutes(db, forum).conclusions == ()


def test_berita_acara_representative_is_picked_from_the_participants_present(
        qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    forum = a_forum(db, today_at_nine(), AHMAD, NOOR)
    noor = next(p for p in forums.list_participants(db, forum) if p.name == "Noor Aisyah")
    forums.check_in(db, noor.id)
    _window, page = open_forums()
    ba = page.berita_acara
    combo = ba.representative
    assert [combo.itemText(i) for i in range(combo.count())] == ["Noor Aisyah — Balangan Pos"]  # present only
    qtbot.keyClicks(ba.number, "01/BA-FKP/2026")
    qtbot.keyClicks(ba.outcomes, "Waktu AK/I satu hari.")
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Noor Aisyah" and ba.institution.text() == "Balangan Pos"
    assert ba.role.text() == "Wakil Masyarakat"
    qtbot.mouseClick(ba.save_button, Qt.MouseButton.LeftButton)
    stored = forums.get_berita_acara(db, forum)
    assert (stored.representative_name, stored.representative_institution) == ("Noor Aisyah", "Balangan Pos")
    assert stored.outcomes == ("Waktu AK/I satu hari.",)


# --- printing ----------------------------------------------------------------------------------------


def test_every_forum_paper_opens_in_the_preview_and_goes_to_the_print_log(
        qtbot: QtBot, db: Database, open_forums, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    forum = a_forum(db, today_at_nine(), AHMAD, NOOR)
    _window, page = open_forums()
    panel = page.participants
    panel.blank_rows.setValue(4)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)  # no file dialog: the preview
    preview = panel.preview
    assert isinstance(preview, PdfPreview) and preview.isVisible()
    assert preview.paper == "F4" and [preview.paper_box.itemData(i) for i in range(preview.paper_box.count())] == [
        "F4", "A4"]
    assert preview.pages.text() == "1 halaman"
    text = pdf_words(preview.pdf_bytes)
    assert "DAFTAR HADIR" in text and "Ahmad Fauzi" in text and "6." in text and "7." not in text
    saved, shown = tmp_path / "daftar-hadir.pdf", preview.pdf_bytes
    assert preview.save_pdf(saved) == saved and saved.read_bytes() == shown  # what was previewed
    assert "SALINAN" not in text  # a saved file did not use up the original
    printed = tmp_path / "dicetak.pdf"
    assert preview.print_to(pdf_printer(printed))
    assert preview.job.copy_no == 2  # type: ignore[attr-defined]  # the next paper is the second copy
    assert "SALINAN ke-2" in pdf_words(preview.pdf_bytes)  # and the preview shows it so
    preview.paper_box.setCurrentIndex(preview.paper_box.findData("A4"))
    assert round(float(PdfReader(BytesIO(preview.pdf_bytes)).pages[0].mediabox.width)) == 595
    preview.close()
    assert print_log(db, forum) == [("attendance", "save", 1), ("attendance", "print", 1)]

    page.tabs.setCurrentIndex(MINUTES)
    qtbot.mouseClick(page.minutes.pdf_button, Qt.MouseButton.LeftButton)
    assert page.minutes.preview is not None and "NOTULEN" in pdf_words(page.minutes.preview.pdf_bytes)
    assert page.minutes.preview.paper == "A4"
    page.minutes.preview.close()
    qtbot.mouseClick(page.berita_acara.pdf_button, Qt.MouseButton.LeftButton)
    ba = page.berita_acara.preview
    assert "BERITA ACARA" in pdf_words(ba.pdf_bytes) and "KONSEP" in pdf_words(ba.pdf_bytes)
    # The screen says why before anyone prints it: nobody is checked in yet (and the profile has stand-ins).
    assert ba.notice.isVisible() and ba.notice.text().startswith("Dicetak sebagai KONSEP")
    assert "Kehadiran peserta belum dicatat." in ba.notice.text() and "Profil kantor belum lengkap" in ba.notice.text()
    ba.close()
    qtbot.mouseClick(page.recap.pdf_button, Qt.MouseButton.LeftButton)
    recap = page.recap.preview
    assert recap is not None and "Menurut jenis kelamin" in pdf_words(recap.pdf_bytes)
    assert recap.print_to(pdf_printer(tmp_path / "rekap.pdf"))
    recap.close()
    assert print_log(db, forum)[-1] == ("forum_recap", "print", 1)


# --- the area as a whole -----------------------------------------------------------------------------


def test_ctrl_f_searches_the_forum_area(qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    a_forum(db, today_at_nine(), AHMAD, NOOR)
    window, page = open_forums()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert page.tabs.currentIndex() == PARTICIPANTS and focused() is page.participants.search
    type_in(qtbot, page.participants.search, "noor")
    page.participants.search.flush()
    assert [p.name for p in page.participants.shown] == ["Noor Aisyah"]
    page.tabs.setCurrentIndex(CHECKIN)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is page.checkin.search and window.tabs.currentWidget() is page  # not the register


def test_import_shows_every_bad_row_and_imports_nothing(
        qtbot: QtBot, db: Database, open_forums, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    forum = a_forum(db, today_at_nine())
    path = tmp_path / "undangan.csv"
    path.write_text("Nama;Unsur;Instansi\nAhmad Fauzi;akademisi;Politeknik Hasnur\n;media;Balangan Pos\n"
                    "Budi;pejabat;X\n", encoding="utf-8")
    _window, page = open_forums()
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *_a: path)
    qtbot.mouseClick(page.participants.import_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, ImportDialog, page)
    assert isinstance(dialog, ImportDialog) and not dialog.import_button.isEnabled()
    assert "2 dari 3 baris bermasalah" in dialog.summary.text()
    assert dialog.rows.rowCount() == 3 and dialog.rows.item(1, 0).text() == "3"
    assert forums.list_participants(db, forum) == []
    path.write_text("Nama;Unsur;Instansi\nAhmad Fauzi;akademisi;Politeknik Hasnur\n", encoding="utf-8")
    dialog.recheck()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "1 peserta diimpor." and dialog.isVisible()
    assert page.participants.table.rowCount() == 1  # the list behind the dialog already shows them
    dialog.close()


def test_roles_see_only_what_they_may_do(qtbot: QtBot, db: Database, open_forums) -> None:  # type: ignore[no-untyped-def]
    a_forum(db, today_at_nine(), AHMAD)
    _window, officer_page = open_forums(OFFICER, "Rahmat Hidayat")
    assert officer_page.new_button.isHidden() and officer_page.participants.add_button.isHidden()
    assert not officer_page.checkin.present_button.isHidden() and not officer_page.checkin.walk_in_button.isHidden()
    assert officer_page.minutes.save_button.isHidden() and not officer_page.minutes.pdf_button.isHidden()
    _window, head_page = open_forums(HEAD, "Kepala Dinas")
    assert head_page.checkin.present_button.isHidden() and not head_page.participants.print_button.isHidden()
    assert head_page.participants.table.item(0, 6).text() == "0812-****-7890"
    assert DocumentKind.ATTENDANCE.label == "Daftar hadir forum"
