"""Retention: the setting, a dry run shown before anything changes, the run, and the offer at start."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.safety import backups
from desk.store import access, retention
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Done
from desk.ui.backup.worker import BackgroundCall
from desk.ui.common import MUTED_STYLE
from desk.ui.operations import publish, run
from desk.ui.screen_text import format_datetime, format_long_date, format_number
from desk.ui.translations import error_text
from desk.ui.widgets import dialogs


class RetentionPage(QWidget):
    """Years to keep personal data, what a run would anonymise now, and the run itself."""

    finished = Signal(object)  # RetentionReport of a real run

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor)
        self.actor = actor
        self.tz = DEFAULT_TZ
        self.plan: retention.RetentionReport | None = None
        self._call = BackgroundCall(self)
        self._call.finished.connect(self._done)
        self._call.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Data pribadi pengunjung (nama, NIK, nomor HP, alamat, desa, organisasi, catatan) disimpan selama masa "
            "retensi sejak layanan terakhirnya selesai, lalu dianonimkan. Permohonan tetap tercatat untuk statistik: "
            "layanan, tanggal, status dan kecamatan. Nomor HP peserta forum konsultasi publik dihapus setelah masa "
            "yang sama sejak forumnya; daftar hadir tetap menjadi arsip forum."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        years_label = QLabel(self.tr("Masa &retensi:"))
        row.addWidget(years_label)
        self.years = QSpinBox()
        self.years.setObjectName("years")
        years_label.setBuddy(self.years)
        self.years.setRange(*retention.RETENTION_RANGE)
        self.years.setSuffix(self.tr(" tahun"))
        row.addWidget(self.years)
        self.save_years = QPushButton(self.tr("Simpan"))
        self.save_years.clicked.connect(self.store_years)
        row.addWidget(self.save_years)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.last = QLabel()
        self.last.setObjectName("lastRun")
        self.last.setWordWrap(True)
        self.last.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.last)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Anonimkan sekarang"))
        self.run_button.setObjectName("run")
        self.run_button.clicked.connect(self.run)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        editable = access.allowed(actor, access.PERSONAL_DATA)
        for widget in (self.years, self.save_years, self.run_button):
            widget.setEnabled(editable)
        self.holders = QLabel()
        self.holders.setObjectName("backupsHolding")
        self.holders.setWordWrap(True)
        self.holders.setStyleSheet(MUTED_STYLE)
        self.holders.hide()
        layout.insertWidget(layout.count() - 2, self.holders)
        self.refresh()

    def refresh(self) -> None:
        view = retention.retention_view(self.db)
        self.tz = view.timezone
        self.years.setValue(view.years)
        self.plan = view.plan
        last = view.last_run
        cutoff = format_long_date(to_local(self.plan.cutoff, self.tz).date())
        self.summary.setText(self.tr(
            "Uji coba saat ini: {visitors} pengunjung yang layanan terakhirnya selesai sebelum {cutoff} akan "
            "dianonimkan; {requests} permohonan mereka tetap tercatat. Nomor telepon {participants} peserta forum "
            "yang diadakan sebelum tanggal itu dihapus; daftar hadirnya tetap."
        ).format(visitors=format_number(self.plan.visitors), cutoff=cutoff,
                 requests=format_number(self.plan.requests), participants=format_number(self.plan.participants)))
        if last and last.get("at"):
            when = format_datetime(datetime.fromisoformat(str(last["at"])), self.tz)
            self.last.setText(self.tr("Terakhir dijalankan: {when}, {n} pengunjung dianonimkan.").format(
                when=when, n=format_number(int(last.get("visitors", 0)))))
        else:
            self.last.setText(self.tr("Retensi belum pernah dijalankan."))
        self.run_button.setEnabled(self.plan.anything and access.allowed(self.actor, access.PERSONAL_DATA))

    def store_years(self) -> None:
        years = self.years.value()
        run(self, lambda: retention.set_retention_years(self.db, years), title=self.tr("Masa retensi"))
        self.refresh()

    def run(self) -> None:
        if self.plan is None or not self.plan.anything or self._call.running:
            return
        if not dialogs.confirm(
            self, self.tr("Jalankan retensi"),
            self.tr("Anonimkan data pribadi {n} pengunjung sekarang? Tindakan ini tidak dapat dibatalkan.").format(
                n=format_number(self.plan.visitors)),
            self.tr("Anonimkan"), warning=True,
        ):
            return
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Sedang menganonimkan…"))

        db = self.db
        self._call.start(lambda: retention.run_retention(db))

    def wait(self, timeout_s: float | None = None) -> None:
        self._call.wait(timeout_s)

    def _done(self, done: Done[retention.RetentionReport]) -> None:
        report = done.value
        publish(self, done.changes)
        self.refresh()
        self.summary.setText(self.tr(
            "Selesai: {n} pengunjung dianonimkan, {r} permohonan tetap tercatat, nomor telepon {p} peserta forum "
            "dihapus.").format(n=format_number(report.visitors), r=format_number(report.requests),
                               p=format_number(report.participants)))
        self.show_holders(report)
        self.finished.emit(report)

    def show_holders(self, report: retention.RetentionReport) -> None:
        """Which of Desk's backups still hold the anonymised values, and until when."""
        folder = self.db.data_dir
        if folder is None or report.at is None or not self.db.is_sqlite:
            return
        lines = backups.holders_summary(backups.old_value_holders(folder, report.at, tz=self.tz), self.tz)
        self.holders.setText("\n".join(lines) or self.tr("Tidak ada cadangan Desk yang memuat data lama."))
        self.holders.show()

    def _failed(self, exc: object) -> None:
        self.refresh()
        message = error_text(exc) if isinstance(exc, StoreError) else self.tr("Retensi gagal; tidak ada yang berubah.")
        dialogs.inform(self, self.tr("Retensi"), message, problem=True)


class RetentionDialog(QDialog):
    """Offered at start when someone is past the retention period: run now, or be reminded later."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *, offer: bool = False) -> None:
        super().__init__(parent)
        self.db = db.as_user(actor)
        self.actor = actor
        self.setWindowTitle(self.tr("Retensi data pribadi"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if offer:
            due = QLabel(self.tr("Ada data pribadi yang sudah melewati masa retensi."))
            due.setStyleSheet("font-weight: bold;")
            layout.addWidget(due)
        self.page = RetentionPage(db, actor, self)
        self.page.finished.connect(lambda _report: self.adjustSize())  # the result says more than the plan
        layout.addWidget(self.page)
        buttons = QDialogButtonBox()
        if offer:
            later = buttons.addButton(self.tr("&Ingatkan 7 hari lagi"), QDialogButtonBox.ButtonRole.RejectRole)
            later.clicked.connect(self.postpone)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def postpone(self) -> None:
        run(self, lambda: retention.postpone_retention(self.db), title=self.tr("Retensi"))
        self.reject()


def offer_retention(parent: QWidget | None, db: Database, actor: Actor) -> RetentionDialog | None:
    """At start: an admin is offered the retention run when it is due (non-blocking)."""
    if not access.allowed(actor, access.PERSONAL_DATA):
        return None
    if not retention.retention_due(db.as_user(actor)):
        return None
    dialog = RetentionDialog(db, actor, parent, offer=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
