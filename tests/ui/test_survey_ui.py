"""The survey area driven by keys: a visitor takes the survey on the visitor screen, an officer types paper forms,
the results show the sample progress, the follow-up plan, and the offer after a request is closed as Selesai."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from pytestqt.qtbot import QtBot

from desk.domain.skm import UNSUR_KEYS, ResponseDraft, parse_period, period_of
from desk.domain.status import DONE
from desk.store import survey, survey_followup
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.work import office_context
from desk.ui.actions import AppAction
from desk.ui.main_window import MainWindow
from desk.ui.register.closing import CloseDialog
from desk.ui.survey.area import SurveyArea
from desk.ui.survey.visitor import VisitorSurvey
from desk.ui.widgets import dialogs
from tests.conftest import saved_walk_in
from tests.factories import user_with_role
from tests.ui.helpers import (  # noqa: F401
    draft,
    focused,
    key_into,
    on_next_dialog,
    open_main_window,
    press,
    service_id,
    settings_dir,
    type_text,
)

pytestmark = pytest.mark.usefixtures("settings_dir")

PASSWORD = "Loket-Balangan-2026"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def officer(db: Database, role: str = "petugas", name: str = "Rahmat Hidayat") -> Actor:
    return user_with_role(db, role, name, username=name.split()[0].lower(), password=PASSWORD)


def today(db: Database) -> date:
    return office_context(db).clock.today


def key(qtbot: QtBot, widget: object, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)  # type: ignore[arg-type]


def open_visitor_screen(qtbot: QtBot, window: MainWindow) -> VisitorSurvey:
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    visitor = window.survey.offer.visitor
    assert visitor is not None
    qtbot.waitUntil(visitor.isActiveWindow)
    assert visitor.isFullScreen() and visitor.waiting and focused() is visitor.start_button
    return visitor


def test_a_visitor_takes_the_survey_on_the_visitor_screen(qtbot: QtBot, db: Database) -> None:
    window = open_main_window(qtbot, db, officer(db))
    visitor = open_visitor_screen(qtbot, window)
    assert visitor.stack.currentWidget().findChild(type(visitor.welcome_service), "welcomeService") is not None
    assert not visitor.welcome_service.isVisible()  # no service offered yet: the visitor chooses it

    key(qtbot, visitor, Qt.Key.Key_Return)  # Mulai survei
    assert visitor.page == visitor.service_page
    visitor.service_list.setCurrentRow(1)  # P2, chosen by the arrow keys and Enter
    key(qtbot, visitor.service_list, Qt.Key.Key_Up)
    key(qtbot, visitor.service_list, Qt.Key.Key_Down)
    key(qtbot, visitor.service_list, Qt.Key.Key_Return)
    assert visitor.page == visitor.sex_page
    key(qtbot, visitor, Qt.Key.Key_2)  # Perempuan
    assert visitor.page == visitor.age_page and focused() is visitor.age_edit
    qtbot.keyClicks(visitor.age_edit, "12")
    key(qtbot, visitor.age_edit, Qt.Key.Key_Return)
    assert visitor.page == visitor.age_page and "15 sampai 99" in visitor.age_error.text()
    visitor.age_edit.clear()
    qtbot.keyClicks(visitor.age_edit, "34")
    key(qtbot, visitor.age_edit, Qt.Key.Key_Return)
    key(qtbot, visitor, Qt.Key.Key_5)  # D4/S1
    key(qtbot, visitor, Qt.Key.Key_9)  # no seventh job: nothing happens
    assert visitor.page == visitor.job_page
    key(qtbot, visitor, Qt.Key.Key_5)  # Wirausaha
    # Nine questions, one at a time, in the sample form's order (sarana 8th, pengaduan 9th).
    shown = []
    for answer in (4, 3, 2, 4, 3, 3, 4, 3, 1):
        page = visitor.stack.currentWidget()
        shown.append(page.objectName())
        if answer == 2:  # the visitor goes back once and changes the previous answer (3 → 4)
            key(qtbot, visitor, Qt.Key.Key_Escape)
            assert visitor.stack.currentWidget().objectName() == "question_prosedur"
            key(qtbot, visitor, Qt.Key.Key_4)
        key(qtbot, visitor, Qt.Key(Qt.Key.Key_0 + answer))
    assert shown == [f"question_{k}" for k in ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi",
                                                "perilaku", "sarana", "pengaduan")]
    assert visitor.page == visitor.thanks
    visitor.thanks_timer.timeout.emit()  # the thank-you page goes back to the welcome by itself
    assert visitor.waiting

    result = survey.scope_result(db, period_of(today(db), "bulan"))
    assert result.respondents == 1 and result.result is not None
    scores = {r.unsur.key: r.total for r in result.result.unsur}
    assert scores == {"persyaratan": 4, "prosedur": 4, "waktu": 2, "biaya": 4, "produk": 3, "kompetensi": 3,
                      "perilaku": 4, "sarana": 3, "pengaduan": 1}
    report = survey.report_data(db, period_of(today(db), "bulan"))
    profile = {t.title: {r.label: r.count for r in t.rows if r.count} for t in report.profile}
    assert profile["Jenis kelamin"] == {"Perempuan": 1} and profile["Umur"] == {"30–44 tahun": 1}
    assert profile["Pendidikan"] == {"D4/S1": 1} and profile["Pekerjaan"] == {"Wirausaha": 1}
    assert [label.split(" — ")[0] for label in profile["Jenis layanan"]] == ["P2"]
    visitor.close_for_quit()


def test_the_visitor_screen_resets_when_idle_and_needs_the_password_to_close(qtbot: QtBot, db: Database) -> None:
    actor = officer(db)
    window = open_main_window(qtbot, db, actor)
    visitor = open_visitor_screen(qtbot, window)
    key(qtbot, visitor, Qt.Key.Key_Return)
    key(qtbot, visitor.service_list, Qt.Key.Key_Return)
    key(qtbot, visitor, Qt.Key.Key_1)
    assert visitor.page == visitor.age_page and visitor.profile == {"sex": "L"}
    assert visitor.idle.isActive() and visitor.idle.interval() == 60_000  # a minute from the last key
    visitor.idle.timeout.emit()  # the minute passes
    assert visitor.waiting and visitor.profile == {} and visitor.answers == {}

    event = QCloseEvent()  # Alt+F4 or the window manager's close: a spontaneous close is refused
    event.setAccepted(True)
    event.spontaneous = lambda: True  # type: ignore[method-assign]
    visitor.closeEvent(event)
    assert not event.isAccepted() and visitor.page == visitor.password_page
    qtbot.keyClicks(visitor.password, "salah-sekali")
    key(qtbot, visitor.password, Qt.Key.Key_Return)
    assert visitor.isVisible() and "salah" in visitor.password_error.text()
    key(qtbot, visitor, Qt.Key.Key_Escape)  # Batal: back to the visitor's page
    assert visitor.waiting
    key(qtbot, visitor, Qt.Key.Key_Q, CTRL_SHIFT)
    assert visitor.page == visitor.password_page and focused() is visitor.password
    qtbot.keyClicks(visitor.password, PASSWORD)
    key(qtbot, visitor.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not visitor.isVisible())
    assert survey.scope_result(db, period_of(today(db), "tahun")).respondents == 0  # the abandoned form is gone


def test_closing_a_request_as_selesai_offers_the_survey_for_its_service(qtbot: QtBot, db: Database) -> None:
    window = open_main_window(qtbot, db, officer(db))
    record = saved_walk_in(db, "Noor Aisyah", "K1")  # every document handed in: closing asks nothing more
    window.register.show_saved(record)  # selected in the register, as after intake
    assert window.register.current_request_id() == record.id
    offer = window.survey.offer
    assert not offer.bar.isVisible()
    answered = on_next_dialog(lambda dialog: key_into(dialog, Qt.Key.Key_Return, CTRL), CloseDialog)
    window.register.change_status(DONE)  # collected by the visitor in person, the dialog's default
    assert answered
    assert offer.bar.isVisible() and "K1" in offer.bar.label.text() and "Ctrl+Shift+U" in offer.bar.start.text()
    window.activateWindow()  # back from the closing dialog (offscreen Qt does not hand activation back)
    qtbot.waitUntil(window.isActiveWindow)
    visitor = open_visitor_screen(qtbot, window)  # the officer accepts with the shortcut
    assert not offer.bar.isVisible() and visitor.preset == service_id(db, "K1")
    assert visitor.welcome_service.text().startswith("Layanan: K1")
    key(qtbot, visitor, Qt.Key.Key_Return)
    assert visitor.page == visitor.sex_page  # the service is known: the visitor is not asked for it
    visitor.close_for_quit()


def test_fifty_paper_forms_typed_without_the_mouse(qtbot: QtBot, db: Database) -> None:
    window = open_main_window(qtbot, db, officer(db))
    window.action(AppAction.SURVEY_PAPER).trigger()  # before the area was ever opened
    area = window.areas["survey"]
    assert isinstance(area, SurveyArea) and area.paper is not None
    paper = area.paper
    qtbot.waitUntil(lambda: focused() is paper.answers)
    day = today(db).strftime("%d-%m-%Y")
    assert paper.day.text() == day

    # A wrong digit is refused as it is typed, and the field says what it takes.
    type_text(qtbot, "34")
    type_text(qtbot, "5")
    assert paper.answers.text() == "34" and paper.message.isVisible()
    assert "hanya angka 1, 2, 3, 4" in paper.message.text()
    paper.answers.clear()

    first = True
    for n in range(50):
        answers = "".join(str(1 + (n + i) % 4) for i in range(9)) if n % 10 else "4444-4444"
        type_text(qtbot, answers)  # moves on to JK by itself
        assert focused() is paper.sex
        type_text(qtbot, "LP"[n % 2])
        type_text(qtbot, str(20 + n % 40))
        type_text(qtbot, str(1 + n % 6))
        type_text(qtbot, str(1 + (n + 2) % 6))
        assert focused() is paper.service
        if first:
            type_text(qtbot, "p1")  # the service and the date stay for the next form
            first = False
        press(qtbot, Qt.Key.Key_Return)
        assert focused() is paper.answers, paper.message.text()
    assert len(paper.forms) == 50 and paper.table.rowCount() == 50
    assert paper.table.item(0, 1).text() == "4444-4444" and paper.table.item(0, 6).text() == "P1"

    # A mistake found in the list: F2 takes it back, corrected, Enter adds it again.
    paper.table.setFocus()
    paper.table.setCurrentCell(49, 0)
    key(qtbot, paper.table, Qt.Key.Key_F2)
    assert len(paper.forms) == 49 and focused() is paper.answers
    type_text(qtbot, "333333333")
    press(qtbot, Qt.Key.Key_Return)
    assert len(paper.forms) == 50 and paper.table.item(49, 1).text() == "333333333"

    press(qtbot, Qt.Key.Key_S, CTRL)
    assert paper.forms == [] and paper.message.text() == "50 formulir tersimpan."
    result = survey.scope_result(db, period_of(today(db), "bulan"))
    assert result.respondents == 50 and result.result is not None
    assert result.result.of("produk").answered == 45  # the 5 forms with a blank fifth answer
    assert result.result.of("persyaratan").answered == 50


def test_results_show_the_progress_and_the_plan_its_share(qtbot: QtBot, db: Database,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    admin = officer(db, "admin", "Syifa Miratil Hayati")
    p1 = service_id(db, "P1")
    semester = parse_period("2026-S1")
    forms = [ResponseDraft(p1, date(2026, 3, 2), {**dict.fromkeys(UNSUR_KEYS, 3), "persyaratan": 4},
                           source="kertas")] * 3
    forms += [ResponseDraft(p1, date(2026, 3, 2), dict.fromkeys(UNSUR_KEYS, 3), source="kertas")] * 2
    survey.record_batch(db, forms)
    window = open_main_window(qtbot, db, admin)
    window.show_area("survey")
    area = window.areas["survey"]
    assert isinstance(area, SurveyArea)
    results = area.results
    results.period_picker.set_period(semester)
    results.reload()
    assert results.headline.text() == "IKM 76,67 — mutu B (Baik)"
    assert results.progress_text.text() == "5 responden (belum ada permohonan selesai tercatat)"
    assert "belum tercatat" in results.note.text() and results.note.isVisible()
    assert "Unsur terendah: U2 Sistem, Mekanisme, dan Prosedur (75,00, mutu C)" in results.weakest.text()
    assert results.unsur_table.rowCount() == 9 and results.unsur_table.item(0, 4).text() == "90,00"

    # Enter on a unit in the list shows that unit's own result.
    results.parts_table.setFocus()
    results.parts_table.setCurrentCell(0, 0)
    key(qtbot, results.parts_table, Qt.Key.Key_Return)
    assert results.scope.unit_id is not None and results.scope_label.text().startswith("PNP")

    # The plan: Insert opens a new item on the period's weakest unsur.
    area.tabs.setCurrentWidget(area.followup)
    plan = area.followup
    plan.period_picker.set_period(semester)
    plan.reload()
    assert plan.share.text() == "Belum ada rencana tindak lanjut untuk Semester I 2026."
    dialog = plan.add()
    assert dialog.unsur.currentData() == "prosedur" and "terendah" in dialog.unsur.currentText()
    dialog.action.setPlainText("Alur pelayanan dipasang di ruang tunggu")
    dialog.schedule.setText("Juli 2026")
    dialog.responsible.setText("Kepala Bidang Penempatan")
    dialog.status.setCurrentIndex(dialog.status.findData("selesai"))
    dialog.done_on.setDate(dialog.done_on.date().addDays(-1))
    dialog.save()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: plan.table.rowCount() == 1)
    assert plan.share.text() == "Tindak lanjut selesai: 1 dari 1 (100,0%)"
    second = survey_followup.save_followup(db.as_user(admin), survey_followup.FollowupDraft(
        "2026-S1", None, "waktu", "Loket prioritas", "Agustus 2026", "Sekretaris")).value
    plan.reload()
    assert plan.share.text() == "Tindak lanjut selesai: 1 dari 2 (50,0%)"
    plan.table.setFocus()
    plan.table.setCurrentCell(1, 0)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    key(qtbot, plan.table, Qt.Key.Key_Delete)
    assert plan.table.rowCount() == 1 and second.id not in [f.id for f in plan.plan.items]
    assert survey_followup.list_followups(db, "2026-S1").share == Decimal("100.0")


def test_a_filled_template_imported_from_the_area_and_its_problems_listed(qtbot: QtBot, db: Database,
                                                                         tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from desk.ui.survey import files

    window = open_main_window(qtbot, db, officer(db))
    window.show_area("survey")
    area = window.areas["survey"]
    assert isinstance(area, SurveyArea)
    path = tmp_path / "templat.xlsx"
    monkeypatch.setattr(dialogs, "choose_save_target", lambda *_a: path)
    area.template_button.click()
    assert path.exists() and str(path) in area.message.text()
    book = load_workbook(path)
    sheet = book["Formulir SKM"]
    for column, value in enumerate(["05-01-2026", "P1", "L", 33, 3, 4, *[3] * 7, 5, 3], start=1):
        sheet.cell(row=2, column=column, value=value)
    book.save(path)
    problems: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *_a: path)
    monkeypatch.setattr(files, "show_problems", lambda _p, _t, message, lines: problems.append((message, lines)))
    area.import_button.click()
    assert problems == [("Baris 2, kolom N (8. Sarana dan Prasarana): Jawaban harus 1, 2, 3 atau 4 (atau kosong).",
                         [])]
    sheet["N2"] = 4
    book.save(path)
    informed: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text, **_k: informed.append(text))
    area.import_button.click()
    assert informed == ["1 formulir diimpor dari templat.xlsx."] and area.message.text() == "1 formulir diimpor."
    assert survey.scope_result(db, parse_period("2026-01")).respondents == 1


def test_the_head_of_office_sees_results_but_no_entry(qtbot: QtBot, db: Database) -> None:
    window = open_main_window(qtbot, db, officer(db, "pimpinan", "Ahmad Rizani"))
    assert not window.action(AppAction.SURVEY_VISITOR).isVisible()
    window.show_area("survey")
    area = window.areas["survey"]
    assert isinstance(area, SurveyArea)
    assert area.paper is None and not area.visitor_button.isVisible() and not area.followup.add_button.isVisible()
    assert area.results.headline.text() == "Belum ada hasil"
