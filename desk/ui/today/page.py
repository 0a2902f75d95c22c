"""The Hari ini area: today's counts, each a way into the register filtered to what it counts.

One store operation (`desk.store.today.today_view`) gives every number. The page reads it again
when an operation changed a kind of data it shows (the main window's `changed`) and when the office
day turns; while another area is on screen it only notes that it is out of date and reads when it is
shown again, so a save at the counter never waits for it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.office_time import DEFAULT_TZ, local_midnight_utc, to_local
from desk.domain.status import status_label
from desk.domain.text_id import format_clock, tz_label
from desk.safety import backups
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import RegisterFilter
from desk.store.today import SHOWN, TodayView, today_view
from desk.store.work import Changes
from desk.ui.backup.status_text import status_text
from desk.ui.common import ERROR_COLOR, ERROR_STYLE, MUTED_STYLE, short_datetime
from desk.ui.screen_text import format_long_date, format_number
from desk.ui.survey.words import period_label
from desk.ui.translations import error_text

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
DAY_CHECK_SLACK_MS = 2_000  # read a moment after midnight, never a moment before it


class CountTile(QPushButton):
    """A big number with what it counts under it; Enter, Space or a click opens the register filtered."""

    def __init__(self, object_name: str, title: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(96)
        self.number = QLabel("–")
        self.number.setObjectName(f"{object_name}_number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-weight: bold;")
        self.note = QLabel()
        self.note.setObjectName(f"{object_name}_note")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(0)
        for label in (self.number, self.title, self.note):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setAccessibleName(title)

    def show_count(self, count: int, note: str = "", *, alarm: bool = False) -> None:
        colour = ERROR_COLOR if alarm and count else "#1f3b5a"
        self.number.setStyleSheet(f"font-size: 26pt; font-weight: bold; color: {colour};")
        self.number.setText(format_number(count))
        self.note.setText(note)
        self.setAccessibleDescription(f"{format_number(count)} {note}".strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class TodayPage(QWidget):
    """`open_register(filters)` when a count is chosen; `open_forum(id)`, `open_survey()`, `open_backups()`."""

    open_register = Signal(object)  # RegisterFilter
    open_forum = Signal(int)
    open_survey = Signal()
    open_backups = Signal()
    open_overdue_complaints = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_page")
        self.db = db
        self.view: TodayView | None = None
        self._stale = False

        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.read_at = QLabel()
        self.read_at.setObjectName("today_read_at")
        self.read_at.setStyleSheet(MUTED_STYLE)
        self.problem = QLabel()
        self.problem.setObjectName("today_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.read_at)

        self.received = CountTile("received", self.tr("Diterima hari ini"),
                                  self.tr("Permohonan yang diterima hari ini (semua layanan)"))
        self.due = CountTile("due_today", self.tr("Jatuh tempo hari ini"),
                             self.tr("Permohonan terbuka yang jatuh tempo hari ini (tanpa yang menunggu berkas wajib)"))
        self.overdue = CountTile("overdue", self.tr("Terlambat"),
                                 self.tr("Permohonan terbuka yang melewati jatuh tempo (tanpa yang menunggu berkas wajib)"))
        self.closed = CountTile("closed_today", self.tr("Ditutup hari ini"),
                                self.tr("Permohonan yang selesai, ditolak atau dibatalkan hari ini"))
        tiles = QHBoxLayout()
        for tile in (self.received, self.due, self.overdue, self.closed):
            tiles.addWidget(tile, 1)
        self.received.clicked.connect(lambda: self._open(lambda v: v.received_filter()))
        self.due.clicked.connect(lambda: self._open(lambda v: v.due_filter()))
        self.overdue.clicked.connect(lambda: self._open(lambda v: v.overdue_filter()))
        self.closed.clicked.connect(lambda: self._open(lambda v: v.closed_filter()))

        self.units = QTreeWidget()
        self.units.setObjectName("today_units")
        self.units.setColumnCount(2)
        self.units.setHeaderLabels([self.tr("Unit / layanan"), self.tr("Diterima")])
        self.units.setRootIsDecorated(True)
        self.units.setUniformRowHeights(True)
        header = self.units.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.units.itemActivated.connect(self._unit_activated)
        units_box = QGroupBox(self.tr("Diterima hari ini per unit dan layanan"))
        QVBoxLayout(units_box).addWidget(self.units)

        self.forums = QListWidget()
        self.forums.setObjectName("today_forums")
        self.forums.setWordWrap(True)
        self.forums.itemActivated.connect(self._forum_activated)
        forums_box = QGroupBox(self.tr("Forum konsultasi publik mendatang"))
        QVBoxLayout(forums_box).addWidget(self.forums)

        self.survey_text = QLabel()
        self.survey_text.setObjectName("today_survey")
        self.survey_text.setWordWrap(True)
        self.survey_bar = QProgressBar()
        self.survey_bar.setObjectName("today_survey_bar")
        self.survey_bar.setTextVisible(True)
        self.survey_button = QPushButton(self.tr("Buka hasil &survei"))
        self.survey_button.setObjectName("today_open_survey")
        self.survey_button.clicked.connect(self.open_survey.emit)
        self.survey_box = QGroupBox(self.tr("Survei kepuasan masyarakat (SKM)"))
        survey_layout = QVBoxLayout(self.survey_box)
        survey_layout.addWidget(self.survey_text)
        survey_layout.addWidget(self.survey_bar)
        survey_layout.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignRight)

        self.backup_text = QLabel()
        self.backup_text.setObjectName("today_backup")
        self.backup_text.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Cadangan…"))
        self.backup_button.setObjectName("today_open_backups")
        self.backup_button.clicked.connect(self.open_backups.emit)
        backup_box = QGroupBox(self.tr("Cadangan basis data"))
        backup_layout = QHBoxLayout(backup_box)
        backup_layout.addWidget(self.backup_text, 1)
        backup_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignTop)

        self.complaints_text = QLabel()
        self.complaints_text.setObjectName("today_complaints")
        self.complaints_text.setWordWrap(True)
        self.complaints_button = QPushButton(self.tr("Buka &pengaduan terlambat"))
        self.complaints_button.setObjectName("today_open_complaints")
        self.complaints_button.clicked.connect(self.open_overdue_complaints.emit)
        self.complaints_box = QGroupBox(self.tr("Pengaduan"))
        complaints_layout = QHBoxLayout(self.complaints_box)
        complaints_layout.addWidget(self.complaints_text, 1)
        complaints_layout.addWidget(self.complaints_button, 0, Qt.AlignmentFlag.AlignTop)

        for label in (self.survey_text, self.backup_text, self.complaints_text):
            # Wrapped sentences keep every line on a short window: the forums list gives way first.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        side = QVBoxLayout()
        side.addWidget(forums_box, 1)
        side.addWidget(self.complaints_box)
        side.addWidget(self.survey_box)
        side.addWidget(backup_box)
        body = QGridLayout()
        body.addWidget(units_box, 0, 0)
        body.addLayout(side, 0, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(tiles)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(body, 1)
        for first, second in ((self.received, self.due), (self.due, self.overdue), (self.overdue, self.closed),
                              (self.closed, self.units), (self.units, self.forums)):
            QWidget.setTabOrder(first, second)

        # The next office midnight: the day's counts start again from zero.
        self._day_timer = QTimer(self)
        self._day_timer.setSingleShot(True)
        self._day_timer.timeout.connect(self._day_turned)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """The main window's `changed`: read again for what this page shows (now, or when next shown)."""
        if changes.touches(SHOWN):
            self.refresh_when_seen()

    def refresh_when_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read today's counts and show them (a problem is said above the tiles; the old numbers stay)."""
        self._stale = False
        try:
            view = today_view(self.db)
        except StoreError as exc:
            log.warning("Hari ini not read: %s", exc.message)
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.problem.hide()
        self.view = view
        self._show(view)
        self.refresh_backup()
        self._arm_day_timer(view)

    def _arm_day_timer(self, view: TodayView) -> None:
        midnight = local_midnight_utc(view.today + timedelta(days=1), view.tz)
        wait_ms = int((midnight - datetime.now(UTC)).total_seconds() * 1000) + DAY_CHECK_SLACK_MS
        self._day_timer.start(max(DAY_CHECK_SLACK_MS, min(wait_ms, 24 * 3600 * 1000)))

    def _day_turned(self) -> None:
        self.refresh_when_seen()
        if self._stale:  # not on screen: still keep the timer for the day after
            self._day_timer.start(24 * 3600 * 1000)

    # --- showing ---------------------------------------------------------------------------------

    def _show(self, view: TodayView) -> None:
        self.heading.setText(self.tr("Hari ini — {day}").format(day=format_long_date(view.today)))
        self.read_at.setText(self.tr("Diperbarui pukul {clock} {zone}").format(
            clock=format_clock(to_local(view.read_at, view.tz)), zone=tz_label(view.tz)))
        units_with = sum(1 for u in view.units if u.received)
        self.received.show_count(view.received, self.tr("{n} unit").format(n=units_with) if view.received else "")
        self.due.show_count(view.due_today)
        self.overdue.show_count(view.overdue, self.tr("perlu ditindaklanjuti") if view.overdue else "", alarm=True)
        self.closed.show_count(view.closed, " · ".join(
            f"{status_label(status).split(' (')[0]} {format_number(n)}" for status, n in view.closed_by_status if n))
        self._show_units(view)
        self._show_forums(view)
        self._show_survey(view)
        self._show_complaints(view)

    def _show_complaints(self, view: TodayView) -> None:
        late = view.complaints_overdue
        self.complaints_box.setVisible(late is not None)
        if late is None:
            return
        self.complaints_text.setText(
            self.tr("%Ln pengaduan melewati batas waktu tahapnya.", "", late) if late
            else self.tr("Tidak ada pengaduan yang melewati batas waktu."))
        self.complaints_text.setStyleSheet(f"color: {ERROR_COLOR};" if late else "")
        self.complaints_button.setEnabled(bool(late))

    def _show_units(self, view: TodayView) -> None:
        self.units.clear()
        for unit in view.units:
            item = QTreeWidgetItem([f"{unit.code} — {unit.name}", format_number(unit.received)])
            item.setData(0, KEY_ROLE, ("unit", unit.unit_id))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for service in unit.services:
                child = QTreeWidgetItem([f"{service.code} — {service.name}", format_number(service.received)])
                child.setData(0, KEY_ROLE, ("service", service.service_id))
                child.setToolTip(0, service.name)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.addChild(child)
            self.units.addTopLevelItem(item)
            item.setExpanded(True)
        if not view.received:
            empty = QTreeWidgetItem([self.tr("Belum ada permohonan hari ini. Tekan Ctrl+N untuk mencatat."), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.units.addTopLevelItem(empty)

    def _show_forums(self, view: TodayView) -> None:
        self.forums.clear()
        for forum in view.forums:
            when = short_datetime(forum.starts_at, view.tz)
            text = f"{when} — {forum.title}"
            if forum.venue:
                text += f"\n{forum.venue}"
            if forum.invited:
                text += self.tr(" · {n} diundang").format(n=format_number(forum.invited))
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, forum.id)
            self.forums.addItem(item)
        if not view.forums:
            item = QListWidgetItem(self.tr("Belum ada forum yang dijadwalkan."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.forums.addItem(item)

    def _show_survey(self, view: TodayView) -> None:
        sample = view.survey
        self.survey_box.setVisible(sample is not None)
        if sample is None:
            return
        period = period_label(sample.period)
        if sample.population_known:
            self.survey_text.setText(self.tr(
                "{period}: %n responden dari sampel minimal {minimum} ({served} pengguna layanan selesai).", "",
                sample.respondents).format(
                period=period, minimum=format_number(sample.minimum),
                served=format_number(sample.population)))
            self.survey_bar.setRange(0, max(1, sample.minimum))
            self.survey_bar.setValue(min(sample.respondents, max(1, sample.minimum)))
            self.survey_bar.setFormat("%p%")
            self.survey_bar.show()
        else:
            self.survey_text.setText(self.tr("{period}: %n responden; belum ada permohonan selesai pada periode ini, "
                                             "sampel minimal belum dapat dihitung.", "", sample.respondents).format(
                period=period))
            self.survey_bar.hide()

    def refresh_backup(self) -> None:
        """The newest backup and whether it is too old (SQLite); the server's own backups otherwise."""
        path = self.db.sqlite_path
        if path is None:
            self.backup_text.setStyleSheet(MUTED_STYLE)
            self.backup_text.setText(self.tr("Basis data di server PostgreSQL kantor: cadangannya diatur di server."))
            return
        folder = self.db.data_dir or Path(path).parent
        try:
            status = backups.backup_status(folder, tz=self.view.tz if self.view else DEFAULT_TZ)
        except OSError as exc:
            log.warning("backup status not read: %s", type(exc).__name__)
            self.backup_text.setStyleSheet(ERROR_STYLE)
            self.backup_text.setText(self.tr("Status cadangan tidak dapat dibaca."))
            return
        tz = self.view.tz if self.view else DEFAULT_TZ
        shown = status_text(status, tz)
        text = shown if status.newest is None or status.too_old else self.tr(
            "Cadangan terakhir: {when}").format(when=shown)
        if status.second_folder_problem:
            text += "\n" + status.second_folder_problem
        warn = status.too_old or bool(status.second_folder_problem)
        self.backup_text.setStyleSheet(ERROR_STYLE + " font-weight: bold;" if warn else "")
        self.backup_text.setText(text)

    # --- going elsewhere -------------------------------------------------------------------------

    def _open(self, make: object) -> None:
        if self.view is None:
            return
        self.open_register.emit(make(self.view))  # type: ignore[operator]

    def _unit_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if self.view is None or not key:
            return
        kind, ident = key
        filters: RegisterFilter = (self.view.received_filter(unit_id=ident) if kind == "unit"
                                   else self.view.received_filter(service_id=ident))
        self.open_register.emit(filters)

    def _forum_activated(self, item: QListWidgetItem) -> None:
        forum_id = item.data(KEY_ROLE)
        if forum_id is not None:
            self.open_forum.emit(int(forum_id))
