"""The Forums area: forums listed upcoming first; the chosen forum's facts, invitees, check-in, recap,
notulen and berita acara in tabs; the standard versions the forum approved on its facts tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.forum_rules import ForumInfo
from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.domain.text_id import format_clock, format_date, format_long_date, tz_label
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.office import get_office_profile
from desk.ui.common import MUTED_STYLE, ActorSource, may, resolve_actor, short_datetime
from desk.ui.forums.checkin import CheckInPanel
from desk.ui.forums.common import tr
from desk.ui.forums.forum_dialog import ForumDialog
from desk.ui.forums.participants import ParticipantsPanel
from desk.ui.forums.recap import RecapPanel
from desk.ui.forums.reports import BeritaAcaraPanel, MinutesPanel
from desk.ui.widgets import dialogs

FACTS, PARTICIPANTS, CHECKIN, RECAP, MINUTES, BERITA_ACARA = range(6)


class ForumsPage(QWidget):
    def __init__(self, db: Database, actor: ActorSource = None, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forums_page")
        self.db, self.actor = db, actor
        self._now = now
        try:
            with db.read(resolve_actor(actor)) as session:
                self.tz = get_office_profile(session).timezone
        except StoreError:
            self.tz = DEFAULT_TZ
        self.forum: ForumInfo | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(tr("&Forum baru…"))
        self.new_button.setObjectName("new_forum")
        self.new_button.clicked.connect(self.new_forum)
        self.new_button.setVisible(may(actor, access.FORUM_EDIT))
        left_layout.addWidget(self.new_button)
        self.list = QListWidget()
        self.list.setObjectName("forum_list")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(lambda current, _prev: self._choose(current))
        left_layout.addWidget(self.list, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("forum_tabs")
        self.facts = QLabel()
        self.facts.setObjectName("forum_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts_page = QWidget()
        facts_layout = QVBoxLayout(facts_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.facts)
        facts_layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.edit_button = QPushButton(tr("&Ubah forum…"))
        self.edit_button.setObjectName("edit_forum")
        self.edit_button.clicked.connect(self.edit_forum)
        self.edit_button.setVisible(may(actor, access.FORUM_EDIT))
        row.addWidget(self.edit_button)
        facts_layout.addLayout(row)

        self.participants = ParticipantsPanel(db, actor)
        self.checkin = CheckInPanel(db, actor, self.tz, now=now)
        self.recap = RecapPanel(db, actor)
        self.minutes = MinutesPanel(db, actor)
        self.berita_acara = BeritaAcaraPanel(db, actor)
        self.tabs.addTab(facts_page, tr("Rincian"))
        self.tabs.addTab(self.participants, tr("Peserta"))
        self.tabs.addTab(self.checkin, tr("Daftar hadir hari-H"))
        self.tabs.addTab(self.recap, tr("Rekap"))
        self.tabs.addTab(self.minutes, tr("Notulen"))
        self.tabs.addTab(self.berita_acara, tr("Berita acara"))
        self.participants.changed.connect(self._people_changed)
        self.checkin.changed.connect(self._people_changed)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.empty = QLabel(tr("Belum ada forum. Buat forum konsultasi publik dengan \"Forum baru\"."))
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setObjectName("forums_empty")
        left_layout.addWidget(self.empty)
        self.reload()

    def now(self) -> datetime:
        return self._now() if self._now else datetime.now(UTC)

    # --- the list ---------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.forum.id if self.forum else None)
        with self.db.read(resolve_actor(self.actor)) as session:
            listed = forums.list_forums(session, now=self.now())
        self.list.blockSignals(True)
        self.list.clear()
        chosen_row = 0
        for i, f in enumerate(listed):
            when = short_datetime(f.starts_at, self.tz)
            state = tr("akan datang") if f.upcoming else tr("selesai")
            item = QListWidgetItem(f"{f.title}\n{when} · {state} · {f.present}/{f.participants} hadir")
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if not f.upcoming:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)
            if f.id == keep:
                chosen_row = i
        self.list.blockSignals(False)
        self.empty.setVisible(not listed)
        if listed:
            self.list.setCurrentRow(chosen_row)
            self._choose(self.list.currentItem())
        else:
            self._show(None)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._show(None)
            return
        forum_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            with self.db.read(resolve_actor(self.actor)) as session:
                forum = forums.get_forum(session, forum_id)
        except StoreError as exc:
            dialogs.inform(self, tr("Forum"), exc.message, problem=True)
            return
        self._show(forum)

    def _show(self, forum: ForumInfo | None) -> None:
        self.forum = forum
        forum_id = forum.id if forum else None
        self.tabs.setEnabled(forum is not None)
        self.edit_button.setEnabled(forum is not None)
        self.facts.setText(self._facts_html(forum) if forum else "")
        for panel in (self.participants, self.checkin, self.recap, self.minutes, self.berita_acara):
            panel.load(forum_id)

    def _facts_html(self, forum: ForumInfo) -> str:
        with self.db.read(resolve_actor(self.actor)) as session:
            approved = forums.approved_versions(session, forum.id)
        start = to_local(forum.starts_at, self.tz)
        hours = format_clock(start) + (f"–{format_clock(to_local(forum.ends_at, self.tz))}" if forum.ends_at else "")
        rows = [
            (tr("Hari/tanggal"), format_long_date(start.date())),
            (tr("Pukul"), f"{hours} {tz_label(self.tz)}"),
            (tr("Tempat"), forum.venue),
            (tr("Topik"), forum.topic),
            (tr("Penyelenggara"), forum.organiser),
            (tr("Moderator / narasumber"), forum.moderator),
            (tr("Catatan"), forum.notes),
        ]
        html = [f"<h2>{escape(forum.title)}</h2><table cellspacing='4'>"]
        html += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows if v]
        html.append("</table>")
        html.append(f"<h3>{escape(tr('Standar yang dibahas'))}</h3>")
        if forum.standards:
            html.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in forum.standards) + "</ol>")
        else:
            html.append(f"<p>{escape(tr('Belum dipilih.'))}</p>")
        html.append(f"<h3>{escape(tr('Versi standar yang disahkan forum ini'))}</h3>")
        if approved:
            html.append("<ol>" + "".join(
                f"<li>{escape(a.service_code)} — {escape(a.service_name)}: "
                f"{escape(tr('versi'))} {a.version_no}, {escape(tr('berlaku'))} {escape(format_date(a.effective_date))}"
                + (f", SK {escape(a.sk_number)}" if a.sk_number else "") + "</li>"
                for a in approved) + "</ol>")
        else:
            html.append(f"<p>{escape(tr('Belum ada versi standar yang menyebut forum ini sebagai pengesahnya.'))}</p>")
        return "".join(html)

    # --- actions ----------------------------------------------------------------------------------

    def new_forum(self) -> None:
        saved = ForumDialog.ask(self, self.db, self.actor)
        if saved is not None:
            self.reload(saved.id)
            self.tabs.setCurrentIndex(PARTICIPANTS)

    def edit_forum(self) -> None:
        if self.forum is None:
            return
        saved = ForumDialog.ask(self, self.db, self.actor, self.forum)
        if saved is not None:
            self.reload(saved.id)

    def _people_changed(self) -> None:
        sender = self.sender()
        forum_id = self.forum.id if self.forum else None
        for panel in (self.participants, self.checkin, self.recap):
            if panel is not sender:
                panel.load(forum_id)
        self._refresh_list_counts()

    def _refresh_list_counts(self) -> None:
        with self.db.read(resolve_actor(self.actor)) as session:
            listed = {f.id: f for f in forums.list_forums(session, now=self.now())}
        for i in range(self.list.count()):
            item = self.list.item(i)
            f = listed.get(int(item.data(Qt.ItemDataRole.UserRole)))
            if f is not None:
                when = short_datetime(f.starts_at, self.tz)
                state = tr("akan datang") if f.upcoming else tr("selesai")
                item.setText(f"{f.title}\n{when} · {state} · {f.present}/{f.participants} hadir")
