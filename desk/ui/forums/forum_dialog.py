"""Create or edit a forum: title, topic, date and time (office time), venue, people, standards, notes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from desk.domain.forum_rules import ForumDraft, ForumInfo
from desk.domain.office_time import to_local
from desk.domain.text_id import tz_label
from desk.store import forums
from desk.store.database import Database
from desk.store.work import Done
from desk.ui.common import error_label
from desk.ui.forums.common import ForumFormDialog, tr


class ForumDialog(ForumFormDialog):
    """Saves through the store on Save; `saved(forum)` fires with the stored forum."""

    def __init__(self, db: Database, forum: ForumInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("forum_dialog")
        self.forum = forum
        self.setWindowTitle(tr("Ubah forum") if forum else tr("Forum baru"))
        self.resize(720, 640)
        offered = forums.forum_form(db)
        self.tz = offered.tz
        self.today = offered.today
        services = offered.services

        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(tr("mis. Forum Konsultasi Publik Standar Pelayanan DKUKMTK 2026"))
        self.topic = QPlainTextEdit()
        self.topic.setObjectName("topic")
        self.topic.setFixedHeight(60)
        self.topic.setTabChangesFocus(True)
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.start = QTimeEdit()
        self.start.setObjectName("start")
        self.start.setDisplayFormat("HH.mm")
        self.has_end = QCheckBox(tr("sampai"))
        self.has_end.setObjectName("has_end")
        self.end = QTimeEdit()
        self.end.setObjectName("end")
        self.end.setDisplayFormat("HH.mm")
        self.has_end.toggled.connect(self.end.setEnabled)
        when = QHBoxLayout()
        for widget in (self.day, QLabel(tr("pukul")), self.start, self.has_end, self.end):
            when.addWidget(widget)
        when.addWidget(QLabel(tz_label(self.tz)))
        when.addStretch(1)
        self.venue = QLineEdit()
        self.venue.setObjectName("venue")
        self.organiser = QLineEdit()
        self.organiser.setObjectName("organiser")
        self.moderator = QLineEdit()
        self.moderator.setObjectName("moderator")
        self.standards = QListWidget()
        self.standards.setObjectName("standards")
        self.standards.setMinimumHeight(140)
        for service in services:
            item = QListWidgetItem(f"{service.code} — {service.name}")
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.standards.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)

        self.errors = {key: error_label(f"{key}_error") for key in
                       ("title", "starts_at", "ends_at", "venue", "standards")}
        form.addRow(tr("&Judul forum"), self.title)
        form.addRow("", self.errors["title"])
        form.addRow(tr("&Topik"), self.topic)
        when_label = QLabel(tr("&Waktu"))
        when_label.setBuddy(self.day)  # a row holding a layout gets no buddy of its own: Alt+W goes to the day
        form.addRow(when_label, when)
        form.addRow("", self.errors["starts_at"])
        form.addRow("", self.errors["ends_at"])
        form.addRow(tr("Tem&pat"), self.venue)
        form.addRow("", self.errors["venue"])
        form.addRow(tr("Penyelenggara"), self.organiser)
        form.addRow(tr("Moderator / narasumber"), self.moderator)
        form.addRow(tr("Standar yang dibahas"), self.standards)
        form.addRow("", self.errors["standards"])
        form.addRow(tr("Catatan"), self.notes)
        self.finish(form)
        self._load(forum, offered.venue, offered.organiser)

    def _load(self, forum: ForumInfo | None, venue: str, office_name: str) -> None:
        if forum is None:
            start = datetime.combine(self.today + timedelta(days=7), time(9, 0))
            self.day.setDate(QDate(start.year, start.month, start.day))
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(12, 0))
            self.has_end.setChecked(False)
            self.end.setEnabled(False)
            self.venue.setText(venue)
            self.organiser.setText(office_name)
            return
        local = to_local(forum.starts_at, self.tz)
        self.title.setText(forum.title)
        self.topic.setPlainText(forum.topic)
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.start.setTime(QTime(local.hour, local.minute))
        self.has_end.setChecked(forum.ends_at is not None)
        self.end.setEnabled(forum.ends_at is not None)
        if forum.ends_at is not None:
            end = to_local(forum.ends_at, self.tz)
            self.end.setTime(QTime(end.hour, end.minute))
        self.venue.setText(forum.venue)
        self.organiser.setText(forum.organiser)
        self.moderator.setText(forum.moderator)
        self.notes.setPlainText(forum.notes)
        chosen = set(forum.service_ids)
        for i in range(self.standards.count()):
            item = self.standards.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)

    def draft(self) -> ForumDraft:
        zone = ZoneInfo(self.tz)
        d = self.day.date()
        day = date(d.year(), d.month(), d.day())
        start = datetime.combine(day, time(self.start.time().hour(), self.start.time().minute()), zone)
        end = None
        if self.has_end.isChecked():
            end = datetime.combine(day, time(self.end.time().hour(), self.end.time().minute()), zone)
        ids = tuple(
            int(self.standards.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.standards.count())
            if self.standards.item(i).checkState() == Qt.CheckState.Checked
        )
        return ForumDraft(
            title=self.title.text(), starts_at=start, ends_at=end, topic=self.topic.toPlainText(),
            venue=self.venue.text(), organiser=self.organiser.text(), moderator=self.moderator.text(),
            notes=self.notes.toPlainText(), service_ids=ids,
        )

    def submit(self) -> Done[ForumInfo]:
        if self.forum is None:
            return forums.create_forum(self.db, self.draft())
        return forums.update_forum(self.db, self.forum.id, self.draft())


def open_forum_dialog(parent: QWidget, db: Database, forum: ForumInfo | None = None) -> ForumDialog:
    """Open the New forum (or Ubah forum) dialog without blocking; it publishes what it saved."""
    dialog = ForumDialog(db, forum, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
