"""The audit trail screen (admin, pimpinan): filter the entries, read their details, check the chain.

Everything is shown as a person reads it: actions by their Indonesian names, records by their
numbers ("Permohonan 0001/PNP/…"), details as labelled lines, old and new entries alike.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.safety.backups import audit_witnesses
from desk.store import audit_verify
from desk.store.access import Actor
from desk.store.audit_verify import AuditFilter, AuditRecord
from desk.store.database import Database
from desk.ui.common import ERROR_STYLE, short_datetime
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import close_buttons
from desk.ui.widgets.tables import fill_table, make_table, selected_key

PAGE = 200


class AuditPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor)
        self.actor = actor
        choices = audit_verify.choices(self.db)
        self.tz = choices.timezone
        self.entries: list[AuditRecord] = []
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("Cari: nomor, nama pengguna, NIK tersamar…"))
        self.text.returnPressed.connect(self.reload)
        self.action = QComboBox()
        self.action.setObjectName("action")
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        self.use_dates.setObjectName("useDates")
        local = choices.today or date.today()  # the office's today, not the PC clock's zone
        today = QDate(local.year, local.month, local.day)
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        apply = QPushButton(self.tr("&Tampilkan"))
        apply.clicked.connect(self.reload)
        filters.addWidget(self.text, 2)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.user, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addWidget(apply)
        layout.addLayout(filters)

        splitter = QSplitter()
        self.table = make_table([
            self.tr("No."), self.tr("Waktu"), self.tr("Pengguna"), self.tr("Tindakan"), self.tr("Data"),
        ], "entries")
        self.table.itemSelectionChanged.connect(self._show_details)
        splitter.addWidget(self.table)
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        splitter.addWidget(self.details)
        splitter.setSizes([700, 300])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.more = QPushButton(self.tr("Muat &lebih banyak"))
        self.more.clicked.connect(self.load_more)
        self.verify_button = QPushButton(self.tr("&Periksa keutuhan rantai audit"))
        self.verify_button.clicked.connect(self.verify)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        bottom.addWidget(self.more)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)
        self._fill_choices(choices)
        self.reload()

    def _fill_choices(self, choices: audit_verify.AuditChoices) -> None:
        self.action.clear()
        self.action.addItem(self.tr("Semua tindakan"), "")
        for prefix, label in (("login.", self.tr("Masuk: gagal dan terkunci")),
                              ("user.", self.tr("Semua tindakan atas pengguna")),
                              ("subject.", self.tr("Semua permintaan subjek data"))):
            self.action.addItem(label, prefix)
        for action, label in choices.actions:
            self.action.addItem(label, action)
        self.user.clear()
        self.user.addItem(self.tr("Semua pengguna"), "")
        for name in choices.usernames:
            self.user.addItem(name, name)

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit) -> date:
            q = edit.date()
            return date(q.year(), q.month(), q.day())

        dated = self.use_dates.isChecked()
        return AuditFilter(
            text=self.text.text(), action=str(self.action.currentData() or ""),
            username=str(self.user.currentData() or ""),
            date_from=day(self.date_from) if dated else None, date_to=day(self.date_to) if dated else None,
        )

    def reload(self) -> None:
        self.entries = []
        self.table.setRowCount(0)  # a new search: nothing of the old list stays selected
        self.load_more()

    def load_more(self) -> None:
        before = self.entries[-1].id if self.entries else None
        page = audit_verify.entries(self.db, self.current_filter(), before_id=before, limit=PAGE)
        self.entries.extend(page)
        fill_table(self.table, [
            [str(e.id), short_datetime(e.at, self.tz), e.username, e.action_label, e.record_name]
            for e in self.entries
        ], [e.id for e in self.entries])
        self.more.setEnabled(len(page) == PAGE)
        self.status.setText(self.tr("{n} entri ditampilkan.").format(n=len(self.entries)))

    def _show_details(self) -> None:
        key = selected_key(self.table)
        entry = next((e for e in self.entries if e.id == key), None)
        if entry is None:
            self.details.clear()
            return
        lines = [
            f"#{entry.id}  {short_datetime(entry.at, self.tz)}",
            self.tr("Pengguna: {name}").format(name=entry.username),
            self.tr("Tindakan: {action}").format(action=entry.action_label),
        ]
        if entry.record_name:
            lines.append(self.tr("Data: {record}").format(record=entry.record_name))
        if entry.detail_lines:
            lines += ["", *entry.detail_lines]
        if entry.redacted:
            lines += ["", self.tr("Data pribadi dalam entri ini sudah dianonimkan oleh retensi.")]
        self.details.setPlainText("\n".join(lines))

    def verify(self) -> None:
        witnesses = audit_witnesses(self.db.data_dir) if self.db.data_dir is not None else []
        report = audit_verify.verify(self.db, witnesses)
        self.status.setText(report.message)
        self.status.setStyleSheet("" if report.ok else ERROR_STYLE)
        if not report.ok:
            dialogs.inform(self, self.tr("Jejak audit tidak utuh"), "\n\n".join(report.findings), problem=True)


class AuditDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jejak audit"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        self.page = AuditPage(db, actor, self)
        layout.addWidget(self.page)
        layout.addWidget(close_buttons(self))
