"""The recap of a month or a year: by kind, channel, unit and status, and how many were answered on time."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.complaint_records import ComplaintRecap, RecapLine
from desk.domain.complaints import Period, month_period, year_period
from desk.domain.messages import N_
from desk.store import complaint_recap
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import office_context
from desk.ui.common import tr
from desk.ui.screen_text import format_number, format_percent
from desk.ui.translations import error_text, translated
from desk.ui.widgets.buttons import close_buttons
from desk.ui.widgets.tables import fill_table, make_table

LINE_HEADERS = ("", N_("Diterima"), N_("Ditanggapi"), N_("Tepat waktu"), N_("Selesai"), N_("Masih berjalan"))


def period_text(period: Period) -> str:
    """"Desember 2026" or "December 2026"; "Tahun 2026" or "Year 2026" (the month named by the screen's locale)."""
    if period.first.month == 1 and period.last.month == 12 and period.last.day == 31:
        return tr("Tahun {year}").format(year=period.first.year)
    return f"{QLocale().standaloneMonthName(period.first.month)} {period.first.year}"


def summary_text(recap: ComplaintRecap) -> str:
    share = "—" if recap.on_time_percent is None else format_percent(recap.on_time_percent)
    counts = {name: format_number(getattr(recap, name)) for name in (
        "received", "responded", "responded_on_time", "responded_late", "completed", "rejected", "not_ours",
        "still_open", "overdue")}
    return tr("{period}: {received} diterima, {responded} ditanggapi ({responded_on_time} tepat waktu, "
              "{responded_late} terlambat; {share} tepat waktu), {completed} selesai, {rejected} ditolak, "
              "{not_ours} bukan kewenangan, {still_open} masih berjalan ({overdue} melewati batas waktu).").format(
        period=period_text(recap.period), share=share, **counts)


def line_cells(line: RecapLine) -> tuple[str, ...]:
    return (translated(line.label), str(line.received), str(line.responded), str(line.responded_on_time), str(line.done),
            str(line.still_open))


class RecapDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("complaint_recap")
        self.setWindowTitle(self.tr("Rekap pengaduan"))
        self.resize(760, 520)
        today = office_context(db).today
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.span = QComboBox()
        self.span.setObjectName("span")
        self.span.addItem(self.tr("Bulanan"), "month")
        self.span.addItem(self.tr("Tahunan"), "year")
        self.month = QComboBox()
        self.month.setObjectName("month")
        for n in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(n), n)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        for widget in (QLabel(self.tr("Periode:")), self.span, self.month, self.year):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tables = {}
        for key, title in (("kind", "Jenis"), ("channel", "Saluran"), ("unit", "Unit"), ("status", "Status")):
            headers = ("Status", "Jumlah") if key == "status" else (title, *LINE_HEADERS[1:])
            table = make_table([self.tr(h) for h in headers], f"recap_{key}", stretch=0)
            self.tables[key] = table
            self.tabs.addTab(table, self.tr(title))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close_buttons(self))
        for combo in (self.span, self.month):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.reload()

    def period(self) -> Period:
        if self.span.currentData() == "year":
            return year_period(self.year.value())
        return month_period(self.year.value(), int(self.month.currentData()))

    def reload(self) -> None:
        self.month.setEnabled(self.span.currentData() == "month")
        try:
            recap = complaint_recap.complaint_recap(self.db, self.period())
        except StoreError as exc:
            self.summary.setText(error_text(exc))
            return
        self.recap = recap
        self.summary.setText(summary_text(recap))
        fill_table(self.tables["kind"], [line_cells(line) for line in recap.by_kind])
        fill_table(self.tables["channel"], [line_cells(line) for line in recap.by_channel])
        fill_table(self.tables["unit"], [line_cells(line) for line in recap.by_unit])
        fill_table(self.tables["status"], [(translated(label), str(n)) for _, label, n in recap.by_status])
