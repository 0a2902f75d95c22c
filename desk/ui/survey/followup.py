"""The rencana tindak lanjut of a period: items, their status and completion, and the share completed.

Per period, for the whole office or one unit. A new item starts on the weakest unsur of that
period's result; it may name the Forum Konsultasi Publik that agreed it. Insert adds, Enter or
F2 changes, Delete removes (after asking). Only the penanggung jawab (admin) changes the plan;
everyone who sees results sees it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.messages import N_
from desk.domain.skm import FOLLOWUP_DONE, FOLLOWUP_STATUSES, UNSUR, Period
from desk.domain.skm_records import FollowupDraft, FollowupList, FollowupRecord
from desk.domain.text_id import format_numeric_date
from desk.store import access, survey, survey_followup
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.survey import SurveySetup
from desk.ui.common import MUTED_STYLE, error_label, may, message_label, show_error_text, show_message, tr
from desk.ui.operations import publish, run
from desk.ui.screen_text import format_number
from desk.ui.survey.pickers import PeriodPicker, ScopePicker
from desk.ui.survey.words import period_label, unsur_name
from desk.ui.translations import error_text
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import button_row, push_button, save_cancel_buttons
from desk.ui.widgets.tables import fill_table, make_table, selected_key

HEADERS = (N_("No."), N_("Prioritas unsur"), N_("Program/kegiatan"), N_("Waktu"), N_("Penanggung jawab"), N_("Status"),
           N_("Forum"))


class FollowupDialog(QDialog):
    """One item of the plan: new (`record` None) or to change."""

    def __init__(self, db: Database, period: Period, unit_id: int | None, forums: tuple[tuple[int, str], ...],
                 today: date, record: FollowupRecord | None = None, weakest: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupDialog")
        self.setWindowTitle(tr("Tindak lanjut {period}").format(period=period_label(period)))
        self.db, self.period, self.unit_id, self.record = db, period, unit_id, record
        self.saved: FollowupRecord | None = None
        self.unsur = QComboBox()
        self.unsur.setObjectName("unsur")
        for u in UNSUR:
            self.unsur.addItem(f"{u.code} {unsur_name(u)}" + (tr(" — terendah") if u.key == weakest else ""), u.key)
        self.unsur.setCurrentIndex(self.unsur.findData(record.unsur_key if record else weakest or UNSUR[0].key))
        self.action = QPlainTextEdit(record.action if record else "")
        self.action.setObjectName("action")
        self.action.setTabChangesFocus(True)
        self.action.setFixedHeight(self.action.fontMetrics().height() * 4 + 12)
        self.schedule = QLineEdit(record.schedule if record else "")
        self.schedule.setObjectName("schedule")
        self.schedule.setPlaceholderText(tr("mis. Januari–Maret 2027"))
        self.responsible = QLineEdit(record.responsible if record else "")
        self.responsible.setObjectName("responsible")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for key, label in FOLLOWUP_STATUSES.items():
            self.status.addItem(label, key)
        self.status.setCurrentIndex(self.status.findData(record.status if record else "rencana"))
        self.done_on = QDateEdit()
        self.done_on.setObjectName("doneOn")
        self.done_on.setDisplayFormat("dd-MM-yyyy")
        self.done_on.setCalendarPopup(True)
        self.done_on.setMaximumDate(QDate(today.year, today.month, today.day))
        shown = record.done_on if record and record.done_on else today
        self.done_on.setDate(QDate(shown.year, shown.month, shown.day))
        self.forum = QComboBox()
        self.forum.setObjectName("forum")
        self.forum.addItem(tr("— belum dibahas dalam forum —"), 0)
        for forum_id, title in forums:
            self.forum.addItem(title, forum_id)
        self.forum.setCurrentIndex(max(0, self.forum.findData(record.forum_id if record and record.forum_id else 0)))
        self.error = error_label("followupError")
        form = QFormLayout()
        form.addRow(tr("Prioritas &unsur:"), self.unsur)
        form.addRow(tr("&Program/kegiatan:"), self.action)
        form.addRow(tr("&Waktu:"), self.schedule)
        form.addRow(tr("Penanggung &jawab:"), self.responsible)
        form.addRow(tr("&Status:"), self.status)
        form.addRow(tr("Tanggal &selesai:"), self.done_on)
        form.addRow(tr("Disepakati dalam &forum:"), self.forum)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel_buttons(self, on_save=self.save))
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.resize(560, self.sizeHint().height())

    def _status_changed(self) -> None:
        self.done_on.setEnabled(self.status.currentData() == FOLLOWUP_DONE)

    def draft(self) -> FollowupDraft:
        qdate = self.done_on.date()
        done = self.status.currentData() == FOLLOWUP_DONE
        forum_id = int(self.forum.currentData() or 0)
        return FollowupDraft(
            period=self.period.code, unit_id=self.unit_id, unsur_key=str(self.unsur.currentData()),
            action=self.action.toPlainText(), schedule=self.schedule.text(), responsible=self.responsible.text(),
            status=str(self.status.currentData()),
            done_on=date(qdate.year(), qdate.month(), qdate.day()) if done else None,
            forum_id=forum_id or None, id=self.record.id if self.record else None,
        )

    def save(self) -> None:
        try:
            done = survey_followup.save_followup(self.db, self.draft())
        except StoreError as exc:
            show_error_text(self.error, error_text(exc))
            focus = {"action": self.action, "schedule": self.schedule, "responsible": self.responsible,
                     "done_on": self.done_on, "unsur": self.unsur, "status": self.status}.get(exc.field or "")
            if focus is not None:
                focus.setFocus()
            return
        publish(self.parent(), done.changes)
        self.saved = done.value
        self.accept()


class FollowupPage(QWidget):
    def __init__(self, db: Database, setup: SurveySetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyFollowup")
        self.db = db
        self.setup = setup
        self.plan = FollowupList(())
        self.editable = may(db.actor, access.SURVEY_PLAN)
        self.period_picker = PeriodPicker(setup.today)
        self.scope = ScopePicker(setup.office_name, setup.units)
        top = QHBoxLayout()
        top.addWidget(self.period_picker)
        label = QLabel(tr("&Untuk:"))
        label.setBuddy(self.scope)
        top.addWidget(label)
        top.addWidget(self.scope, 1)
        self.share = QLabel()
        self.share.setObjectName("followupShare")
        self.share.setStyleSheet("font-weight: bold;")
        self.table = make_table([tr(h) for h in HEADERS], "followupTable", stretch=2)
        self.message = message_label("followupMessage")
        hint = QLabel(tr("Insert: tambah · Enter/F2: ubah · Delete: hapus") if self.editable else
                      tr("Rencana tindak lanjut diubah oleh penanggung jawab pelayanan (admin)."))
        hint.setStyleSheet(MUTED_STYLE)
        self.add_button = push_button(tr("T&ambah…"), self.add, "addFollowup")
        self.edit_button = push_button(tr("U&bah…"), self.edit, "editFollowup")
        self.delete_button = push_button(tr("Hap&us"), self.delete, "deleteFollowup")
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(self.editable)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.share)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button, note=hint))
        if self.editable:
            QShortcut(QKeySequence("Insert"), self, activated=self.add,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            QShortcut(QKeySequence("F2"), self.table, activated=self.edit, context=Qt.ShortcutContext.WidgetShortcut)
            QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit,
                      context=Qt.ShortcutContext.WidgetShortcut)
            QShortcut(QKeySequence("Delete"), self.table, activated=self.delete,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.period_picker.changed.connect(lambda _p: self.reload())
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.setFocusProxy(self.table)
        self.reload()

    def reload(self) -> None:
        try:
            self.plan = survey_followup.list_followups(self.db, self.period_picker.period.code, self.scope.unit_id)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        items = self.plan.items
        rows = [(str(i), f"{f.unsur.code} {unsur_name(f.unsur)}", f.action, f.schedule, f.responsible,
                 f.status_label + (f" {format_numeric_date(f.done_on)}" if f.done_on else ""), f.forum_title)
                for i, f in enumerate(items, 1)]
        fill_table(self.table, rows, keys=[f.id for f in items])
        if self.plan.share is None:
            self.share.setText(tr("Belum ada rencana tindak lanjut untuk {period}.").format(
                period=period_label(self.period_picker.period)))
        else:
            self.share.setText(tr("Tindak lanjut selesai: {done} dari {n} ({share}%)").format(
                done=self.plan.completed, n=len(items), share=format_number(self.plan.share, 1)))
        self.edit_button.setEnabled(bool(items))
        self.delete_button.setEnabled(bool(items))

    def refresh(self) -> None:
        self.reload()

    def _weakest(self) -> str:
        try:
            result = survey.scope_result(self.db, self.period_picker.period, unit_id=self.scope.unit_id)
        except StoreError:
            return ""
        return result.result.weakest.unsur.key if result.result else ""

    def _dialog(self, record: FollowupRecord | None) -> FollowupDialog:
        return FollowupDialog(self.db, self.period_picker.period, self.scope.unit_id, self.setup.forums,
                              self.setup.today, record, self._weakest(), self)

    def add(self) -> FollowupDialog:
        dialog = self._dialog(None)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def edit(self) -> FollowupDialog | None:
        key = selected_key(self.table)
        record = next((f for f in self.plan.items if f.id == key), None)
        if record is None:
            return None
        dialog = self._dialog(record)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def delete(self) -> None:
        key = selected_key(self.table)
        record = next((f for f in self.plan.items if f.id == key), None)
        if record is None:
            return
        if not dialogs.confirm(self, tr("Hapus tindak lanjut"), tr("Hapus \u201c{action}\u201d dari rencana?").format(
                action=record.action[:80]), tr("&Hapus"), warning=True):
            return
        run(self, lambda: survey_followup.delete_followup(self.db, record.id))  # a refusal is shown by run
        self.reload()
