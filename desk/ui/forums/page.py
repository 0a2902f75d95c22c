"""The Forums area: forums listed upcoming first; the chosen forum's facts, invitees, check-in, recap,
notulen and berita acara in tabs; the standard versions the forum approved on its facts tab.

The chosen forum is read with one operation (`forums.forum_file`) and every tab is shown from
that record. After any change (here, or anywhere the main window hears of one) the area reads
again only when forums, the catalogue, standards or consents changed.
"""

from __future__ import annotations

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

from desk.domain.office_time import to_local
from desk.domain.text_id import format_clock, tz_label
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change, Changes
from desk.ui.common import MUTED_STYLE, may, short_datetime
from desk.ui.forums.checkin import CheckInPanel
from desk.ui.forums.common import tr
from desk.ui.forums.forum_dialog import ForumDialog, open_forum_dialog
from desk.ui.forums.participants import ParticipantsPanel
from desk.ui.forums.recap import RecapPanel
from desk.ui.forums.reports import BeritaAcaraPanel, MinutesPanel
from desk.ui.screen_text import format_date, format_long_date
from desk.ui.translations import error_text

FACTS, PARTICIPANTS, CHECKIN, RECAP, MINUTES, BERITA_ACARA = range(6)
# What the area shows: forums and their people, the services they discuss, the versions they
# approved, and phone numbers that retention may have removed.
SHOWN = (Change.FORUMS, Change.CATALOGUE, Change.STANDARDS, Change.CONSENTS)


class ForumsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forums_page")
        self.db = db
        self.tz = ""
        self.file: forums.ForumFile | None = None
        self.dialog: ForumDialog | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(tr("&Forum baru…"))
        self.new_button.setObjectName("new_forum")
        self.new_button.clicked.connect(self.new_forum)
        self.new_button.setVisible(may(db.actor, access.FORUM_EDIT))
        left_layout.addWidget(self.new_button)
        self.list = QListWidget()
        self.list.setObjectName("forum_list")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(lambda current, _prev: self._choose(current))
        left_layout.addWidget(self.list, 1)
        self.problem = QLabel()
        self.problem.setObjectName("forums_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        left_layout.addWidget(self.problem)

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
        self.edit_button.setVisible(may(db.actor, access.FORUM_EDIT))
        row.addWidget(self.edit_button)
        facts_layout.addLayout(row)

        self.participants = ParticipantsPanel(db)
        self.checkin = CheckInPanel(db)
        self.recap = RecapPanel(db)
        self.minutes = MinutesPanel(db)
        self.berita_acara = BeritaAcaraPanel(db)
        self.tabs.addTab(facts_page, tr("Rincian"))
        self.tabs.addTab(self.participants, tr("Peserta"))
        self.tabs.addTab(self.checkin, tr("Daftar hadir hari-H"))
        self.tabs.addTab(self.recap, tr("Rekap"))
        self.tabs.addTab(self.minutes, tr("Notulen"))
        self.tabs.addTab(self.berita_acara, tr("Berita acara"))

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

    @property
    def forum(self) -> forums.ForumInfo | None:
        return self.file.forum if self.file else None

    # --- what the main window tells every area ---------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(SHOWN):
            self.reload()

    def focus_search(self) -> None:
        """Ctrl+F: the check-in search on the check-in tab, else the participants' filter."""
        if self.tabs.currentIndex() == CHECKIN:
            self.checkin.search.setFocus()
            self.checkin.search.selectAll()
            return
        self.tabs.setCurrentIndex(PARTICIPANTS)
        self.participants.focus_search()

    # --- the list ---------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the forums again and show the chosen one (`select_id`, else the one shown)."""
        keep = select_id if select_id is not None else (self.forum.id if self.forum else None)
        try:
            listed = forums.list_forums(self.db)
        except StoreError as exc:
            self._say(error_text(exc))
            return
        self.tz = listed.tz
        self.list.blockSignals(True)
        self.list.clear()
        chosen_row = 0
        for i, f in enumerate(listed.forums):
            item = QListWidgetItem(self._item_text(f))
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if not f.upcoming:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)
            if f.id == keep:
                chosen_row = i
        self.list.blockSignals(False)
        self.empty.setVisible(not listed.forums)
        if listed.forums:
            self.list.setCurrentRow(chosen_row)
            self._choose(self.list.currentItem())
        else:
            self._show(None)

    def _item_text(self, f: forums.ForumSummary) -> str:
        when = short_datetime(f.starts_at, self.tz)
        state = tr("akan datang") if f.upcoming else tr("selesai")
        present = tr("{present}/%n hadir", "", f.participants).format(present=f.present)
        return f"{f.title}\n{when} · {state} · {present}"

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._show(None)
            return
        try:
            file = forums.forum_file(self.db, int(item.data(Qt.ItemDataRole.UserRole)))
        except StoreError as exc:
            self._say(error_text(exc))
            return
        self._say("")
        self._show(file)

    def _show(self, file: forums.ForumFile | None) -> None:
        self.file = file
        forum_id = file.forum.id if file else None
        self.tabs.setEnabled(file is not None)
        self.edit_button.setEnabled(file is not None)
        self.facts.setText(self._facts_html(file) if file else "")
        self.participants.show_people(forum_id, file.participants if file else ())
        self.checkin.show_people(file)
        self.recap.show_recap(forum_id, file.recap if file else None)
        people = file.participants if file else ()
        self.minutes.show_content(forum_id, file.minutes if file else None, people)
        self.berita_acara.show_content(forum_id, file.berita_acara if file else None, people)

    def _facts_html(self, file: forums.ForumFile) -> str:
        forum, tz = file.forum, file.tz
        start = to_local(forum.starts_at, tz)
        hours = format_clock(start) + (f"–{format_clock(to_local(forum.ends_at, tz))}" if forum.ends_at else "")
        rows = [
            (tr("Hari/tanggal"), format_long_date(start.date())),
            (tr("Pukul"), f"{hours} {tz_label(tz)}"),
            (tr("Tempat"), forum.venue),
            (tr("Topik"), forum.topic),
            (tr("Penyelenggara"), forum.organiser),
            (tr("Moderator / narasumber"), forum.moderator),
            (tr("Catatan"), forum.notes),
        ]
        html = [f"<h2>{escape(forum.title)}</h2><table cellspacing='4'>"]
        html += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows if v]
        html.append("</table>")
        html.append("<h3>" + escape(tr("Standar yang dibahas")) + "</h3>")
        if forum.standards:
            html.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in forum.standards) + "</ol>")
        else:
            html.append("<p>" + escape(tr("Belum dipilih.")) + "</p>")
        html.append("<h3>" + escape(tr("Versi standar yang disahkan forum ini")) + "</h3>")
        if file.approved:
            version, effective = escape(tr("versi")), escape(tr("berlaku"))
            html.append("<ol>" + "".join(
                f"<li>{escape(a.service_code)} — {escape(a.service_name)}: "
                f"{version} {a.version_no}, {effective} {escape(format_date(a.effective_date))}"
                + (f", SK {escape(a.sk_number)}" if a.sk_number else "") + "</li>"
                for a in file.approved) + "</ol>")
        else:
            html.append("<p>" + escape(tr("Belum ada versi standar yang menyebut forum ini sebagai pengesahnya."))
                        + "</p>")
        return "".join(html)

    # --- actions ----------------------------------------------------------------------------------

    def new_forum(self) -> None:
        self.dialog = open_forum_dialog(self, self.db)
        self.dialog.saved.connect(self._forum_created)

    def _forum_created(self, forum: forums.ForumInfo) -> None:
        self.reload(forum.id)
        self.tabs.setCurrentIndex(PARTICIPANTS)

    def edit_forum(self) -> None:
        if self.forum is None:
            return
        self.dialog = open_forum_dialog(self, self.db, self.forum)
