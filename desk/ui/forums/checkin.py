"""Check-in on the day: search as you type, Enter marks the person present with the time, walk-ins added.

A forum that is not held today says so above the list, and the first check-in on it asks first:
arrival times are recorded with the clock's time, so a check-in a week early would be wrong.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.domain.forum_rules import SORT_BY_NAME, ParticipantRecord, matches, sort_participants, unsur_short
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, OK_COLOR, may, message_label, show_message
from desk.ui.forums.common import clock, tr
from desk.ui.forums.participant_dialog import ParticipantDialog, open_participant_dialog
from desk.ui.operations import publish
from desk.ui.screen_text import format_long_date
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.search_box import SearchBox
from desk.ui.widgets.tables import fill_table, make_table, selected_key

WARNING_STYLE = "background:#fff4d6; color:#5a4300; padding:6px;"


class CheckInPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tz = ""
        self.forum_id: int | None = None
        self.day: date | None = None
        self.today: date | None = None
        self._agreed_not_today: int | None = None  # the forum whose early (or late) check-in was agreed to
        self.people: list[ParticipantRecord] = []
        self.shown: list[ParticipantRecord] = []
        self.dialog: ParticipantDialog | None = None
        layout = QVBoxLayout(self)
        self.day_warning = QLabel()
        self.day_warning.setObjectName("checkin_day_warning")
        self.day_warning.setWordWrap(True)
        self.day_warning.setStyleSheet(WARNING_STYLE)
        self.day_warning.hide()
        layout.addWidget(self.day_warning)
        top = QHBoxLayout()
        self.search = SearchBox(delay_ms=80)
        self.search.setObjectName("checkin_search")
        self.search.setPlaceholderText(tr("Ketik nama atau instansi peserta, lalu Enter untuk menandai hadir"))
        self.search.search_changed.connect(self.filter)
        self.search.returnPressed.connect(self.check_in_first)
        self.search.down_pressed.connect(lambda: self.table.setFocus())
        top.addWidget(self.search, 1)
        self.present_button = QPushButton(tr("Tandai &hadir"))
        self.present_button.setObjectName("mark_present")
        self.undo_button = QPushButton(tr("&Batal hadir"))
        self.undo_button.setObjectName("undo_present")
        self.walk_in_button = QPushButton(tr("Peserta &tanpa undangan…"))
        self.walk_in_button.setObjectName("add_walk_in")
        for b in (self.present_button, self.undo_button, self.walk_in_button):
            top.addWidget(b)
            b.setVisible(may(db.actor, access.FORUM_CHECKIN))
        layout.addLayout(top)
        self.table = make_table([tr("Nama"), tr("Unsur"), tr("Instansi"), tr("Jabatan"), tr("Hadir pukul")],
                                "checkin_table", stretch=2, fit_contents=False)
        self.table.activated.connect(lambda _i: self.mark_present())  # Enter or double click on a row
        layout.addWidget(self.table, 1)
        self.message = message_label("checkin_message")
        layout.addWidget(self.message)
        self.count = QLabel()
        self.count.setObjectName("checkin_count")
        self.count.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.count)
        self.present_button.clicked.connect(self.mark_present)
        self.undo_button.clicked.connect(self.undo)
        self.walk_in_button.clicked.connect(self.add_walk_in)

    def show_people(self, file: forums.ForumFile | None) -> None:
        if file is None or file.forum.id != self.forum_id:
            show_message(self.message, "")
        self.forum_id = file.forum.id if file else None
        self.people = sort_participants(file.participants, SORT_BY_NAME) if file else []
        self.tz = file.tz if file else self.tz
        self.day, self.today = (file.day, file.today) if file else (None, None)
        self.day_warning.setText(self._day_warning())
        self.day_warning.setVisible(bool(self.day_warning.text()))
        for b in (self.present_button, self.undo_button, self.walk_in_button):
            b.setEnabled(file is not None)
        self.filter(self.search.text())

    def _day_warning(self) -> str:
        if self.day is None or self.today is None or self.day == self.today:
            return ""
        when = tr("akan dilaksanakan") if self.day > self.today else tr("sudah dilaksanakan")
        return tr("Forum ini {when} pada {day}, bukan hari ini ({today}). Tanda hadir dicatat dengan jam "
                  "sekarang; catat kehadiran pada hari forum.").format(
            when=when, day=format_long_date(self.day), today=format_long_date(self.today))

    def filter(self, text: str = "") -> None:
        self.shown = [p for p in self.people if matches(p, text)]
        rows = [[p.name, translated(unsur_short(p.unsur)), p.institution, p.position,
                 clock(p.checked_in_at, self.tz) if p.present else ""] for p in self.shown]
        fill_table(self.table, rows, [p.id for p in self.shown],
                   highlight={i for i, p in enumerate(self.shown) if p.present}, color=OK_COLOR)
        self.table.resizeColumnsToContents()
        if self.shown:
            self.table.selectRow(0)
        present = sum(1 for p in self.people if p.present)
        self.count.setText(tr("Hadir {present} dari {n} peserta ({walk} tanpa undangan)").format(
            present=present, n=len(self.people), walk=sum(1 for p in self.people if p.walk_in)))

    def _selected(self) -> ParticipantRecord | None:
        key = selected_key(self.table)
        return next((p for p in self.shown if p.id == key), None)

    def check_in_first(self) -> None:
        """Enter in the search box marks the person present when the search found exactly one."""
        self.search.flush()
        if len(self.shown) == 1:
            self.mark_present()
        elif self.shown:
            show_message(self.message, tr("{n} peserta cocok: ketik lebih lengkap, atau pilih dengan panah bawah "
                                          "lalu Enter.").format(n=len(self.shown)))
        else:
            show_message(self.message, tr("Tidak ada peserta yang cocok. Peserta tanpa undangan? Tambahkan dengan "
                                          "tombol \"Peserta tanpa undangan\"."), problem=True)

    def _may_check_in_today(self) -> bool:
        """On a day that is not the forum's, ask once per forum before recording arrival times."""
        if not self.day_warning.text() or self._agreed_not_today == self.forum_id:
            return True
        if not dialogs.confirm(self, tr("Bukan hari forum"), self.day_warning.text() + "\n\n" + tr(
                "Tetap catat kehadiran sekarang?"), tr("Tetap catat"), warning=True):
            show_message(self.message, tr("Kehadiran tidak dicatat: hari ini bukan hari forum."), problem=True)
            return False
        self._agreed_not_today = self.forum_id
        return True

    def mark_present(self) -> None:
        person = self._selected()
        if person is None:
            return
        if person.present:
            show_message(self.message, tr("{name} sudah hadir sejak pukul {time}.").format(
                name=person.name, time=clock(person.checked_in_at, self.tz)))
            return
        if not self._may_check_in_today():
            return
        try:
            done = forums.check_in(self.db, person.id)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        publish(self, done.changes)
        show_message(self.message, tr("{name} hadir pukul {time}.").format(
            name=done.value.name, time=clock(done.value.checked_in_at, self.tz)))
        self._back_to_search()

    def undo(self) -> None:
        person = self._selected()
        if person is None or not person.present:
            return
        try:
            done = forums.undo_check_in(self.db, person.id)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        publish(self, done.changes)
        show_message(self.message, tr("Tanda hadir {name} dibatalkan.").format(name=person.name))
        self._back_to_search()

    def add_walk_in(self) -> None:
        if self.forum_id is None or not self._may_check_in_today():
            return
        forum_id = self.forum_id
        self.dialog = open_participant_dialog(
            self, self.db, forum_id, lambda d: forums.add_walk_in(self.db, forum_id, d),
            tr("Peserta tanpa undangan"))
        self.dialog.saved.connect(self._walk_in_added)

    def _walk_in_added(self, record: ParticipantRecord) -> None:
        show_message(self.message, tr("{name} ditambahkan dan hadir pukul {time}.").format(
            name=record.name, time=clock(record.checked_in_at, self.tz)))
        self._back_to_search()

    def _back_to_search(self) -> None:
        self.search.selectAll()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
