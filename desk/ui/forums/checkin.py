"""Check-in on the day: search as you type, Enter marks the person present with the time, walk-ins added."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.domain.forum_rules import ParticipantRecord, matches, unsur_short
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, OK_COLOR, ActorSource, may, message_label, resolve_actor, show_message
from desk.ui.forums.common import clock, tr
from desk.ui.forums.participant_dialog import ParticipantDialog
from desk.ui.widgets.search_box import SearchBox
from desk.ui.widgets.tables import fill_table, make_table, selected_key


class CheckInPanel(QWidget):
    """`changed()` after someone was marked present (or not) or a walk-in was added."""

    changed = Signal()

    def __init__(self, db: Database, actor: ActorSource, tz: str, parent: QWidget | None = None,
                 now: object = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.tz = db, actor, tz
        self._now = now  # a callable giving the time, for tests; None = the clock
        self.forum_id: int | None = None
        self.people: list[ParticipantRecord] = []
        self.shown: list[ParticipantRecord] = []
        layout = QVBoxLayout(self)
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
            b.setVisible(may(actor, access.FORUM_CHECKIN))
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

    def now(self) -> datetime:
        return self._now() if callable(self._now) else datetime.now(UTC)

    def load(self, forum_id: int | None) -> None:
        self.forum_id = forum_id
        self.people = []
        if forum_id is not None:
            with self.db.read(resolve_actor(self.actor)) as session:
                self.people = forums.list_participants(session, forum_id, order="name")
        self.filter(self.search.text())

    def filter(self, text: str = "") -> None:
        self.shown = [p for p in self.people if matches(p, text)]
        rows = [[p.name, unsur_short(p.unsur), p.institution, p.position,
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

    def mark_present(self) -> None:
        person = self._selected()
        if person is None:
            return
        if person.present:
            show_message(self.message, tr("{name} sudah hadir sejak pukul {time}.").format(
                name=person.name, time=clock(person.checked_in_at, self.tz)))
            return
        try:
            with self.db.write(resolve_actor(self.actor)) as session:
                record = forums.check_in(session, person.id, now=self.now())
        except StoreError as exc:
            show_message(self.message, exc.message, problem=True)
            return
        show_message(self.message, tr("{name} hadir pukul {time}.").format(
            name=record.name, time=clock(record.checked_in_at, self.tz)))
        self._after_change()

    def undo(self) -> None:
        person = self._selected()
        if person is None or not person.present:
            return
        try:
            with self.db.write(resolve_actor(self.actor)) as session:
                forums.undo_check_in(session, person.id)
        except StoreError as exc:
            show_message(self.message, exc.message, problem=True)
            return
        show_message(self.message, tr("Tanda hadir {name} dibatalkan.").format(name=person.name))
        self._after_change()

    def add_walk_in(self) -> None:
        if self.forum_id is None:
            return
        forum_id, at = self.forum_id, self.now()
        record = ParticipantDialog.ask(
            self, self.db, self.actor, forum_id, lambda s, d: forums.add_walk_in(s, forum_id, d, now=at),
            tr("Peserta tanpa undangan"),
        )
        if record is not None:
            show_message(self.message, tr("{name} ditambahkan dan hadir pukul {time}.").format(
                name=record.name, time=clock(record.checked_in_at, self.tz)))
            self._after_change()

    def _after_change(self) -> None:
        self.load(self.forum_id)
        self.search.selectAll()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
