"""The "Rekap" area: choose a period and a scope, see the recap's tables and charts, preview the PDF,
save the spreadsheet, print the buku register.

Everything shown comes from one store operation (desk.store.recaps.recap); the papers go through
the shared preview and the one print log. The area reads again when requests, the calendar, the
catalogue, the regions or the accounts change, if it is on screen (otherwise when next shown).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.errors import DomainError
from desk.domain.messages import N_
from desk.domain.recap_period import (
    DAY,
    RANGE,
    RECAP_KINDS,
    RecapPeriod,
    calendar_period,
    day_period,
    range_period,
)
from desk.domain.recap_records import JobSeekers, Recap, RecapRow, RecapTable
from desk.domain.records import OfficeProfile
from desk.domain.skm import MONTH, QUARTER, SEMESTER, YEAR, Period
from desk.store import prints, recaps
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change, Changes, office_context
from desk.ui.common import Debouncer, message_label, show_message, tr
from desk.ui.operations import publish
from desk.ui.recaps.charts import (
    MONTHS_MIN_WIDTH,
    TIMELINESS_MIN_WIDTH,
    chart_view,
    show_months,
    show_timeliness,
)
from desk.ui.screen_text import format_date, format_number
from desk.ui.survey.words import period_label, period_numbers
from desk.ui.translations import INDONESIAN, current_language, error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.tables import fill_table, make_table

WATCHED = (Change.REQUESTS, Change.CALENDAR, Change.CATALOGUE, Change.REGIONS, Change.ACCOUNTS, Change.OFFICE)
# The kinds whose periods are numbered within a year (months, quarters, half-years): desk.ui.survey.words.
NUMBERED = (MONTH, QUARTER, SEMESTER)
# The store's name of the whole-office scope, translated where the scope list shows it.
WHOLE_OFFICE = N_("Seluruh unit pelayanan")
EXCEL = "Excel (*.xlsx)"


def cell(value: object, decimals: int = 0) -> str:
    if value is None:
        return "–"
    return format_number(value, decimals) if decimals else format_number(int(value))  # type: ignore[arg-type]


def period_text(period: RecapPeriod) -> str:
    """The recap's period in the screen's language ("Desember 2026", "December 2026", "3 December 2026")."""
    if current_language() == INDONESIAN:
        return period.label
    if period.kind in (*NUMBERED, YEAR):
        span = {MONTH: 1, QUARTER: 3, SEMESTER: 6}.get(period.kind, 12)
        return period_label(Period(period.first.year, period.kind, (period.first.month - 1) // span + 1))
    if period.first == period.last:
        return format_date(period.first)
    return f"{format_date(period.first)} – {format_date(period.last)}"


def month_columns(columns: Sequence[str]) -> list[str]:
    """The months chart's labels: the recap's own ("Jan" … "Des"), or the English short names."""
    if current_language() == INDONESIAN:
        return list(columns)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return [english.standaloneMonthName(month, QLocale.FormatType.ShortFormat) for month in range(1, len(columns) + 1)]


def headline_text(recap: Recap) -> str:
    h = recap.headline
    share = "" if h.on_time_percent is None else tr(", {percent}% tepat waktu").format(
        percent=format_number(h.on_time_percent, 1))
    median = "" if h.median_days is None else tr("; median {days} hari kerja").format(
        days=format_number(h.median_days, 1))
    draft = tr(" Periode belum berakhir: angka masih dapat berubah.") if recap.draft else ""
    return tr("{period} · {scope}: %Ln permohonan diterima, {done} selesai ({on_time} tepat waktu, {late} terlambat"
              "{share}{median}), {rejected} ditolak, {cancelled} dibatalkan, {open} masih dalam proses.{draft}", "",
              h.received).format(
        period=period_text(recap.period), scope=translated(recap.scope.label), done=format_number(h.done),
        on_time=format_number(h.on_time), late=format_number(h.late), share=share, median=median,
        rejected=format_number(h.rejected), cancelled=format_number(h.cancelled), open=format_number(h.still_open),
        draft=draft)


def headings(table: RecapTable) -> list[str]:
    """A table's column names in the screen's language (those Desk's catalog knows; the rest as written)."""
    return [translated(name) for name in (table.first_heading, *table.columns)]


class RecapArea(QWidget):
    """`loaded(recap)` after every read."""

    loaded = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recap_area")
        self.db = db
        self.recap: Recap | None = None
        self._stale = True
        today = office_context(db).today
        self.kind = QComboBox()
        self.kind.setObjectName("recapKind")
        for key, label in RECAP_KINDS.items():
            self.kind.addItem(tr(label), key)
        self.number = QComboBox()
        self.number.setObjectName("recapNumber")
        self.year = QSpinBox()
        self.year.setObjectName("recapYear")
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        self.first = DateField(today)
        self.first.setObjectName("recapFrom")
        self.last = DateField(today)
        self.last.setObjectName("recapTo")
        self.until = QLabel(tr("s.d."))
        self.scope = QComboBox()
        self.scope.setObjectName("recapScope")
        # Long service names would widen the window past a 1366-pixel screen: the list shows them whole.
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(26)
        self.scope.view().setMinimumWidth(520)
        self.preview_button = QPushButton(tr("&Pratinjau PDF…"))
        self.preview_button.setObjectName("recapPreview")
        self.excel_button = QPushButton(tr("Simpan &Excel…"))
        self.excel_button.setObjectName("recapExcel")
        self.book_button = QPushButton(tr("&Buku register…"))
        self.book_button.setObjectName("recapBook")
        self.book_button.setToolTip(tr("Buku register pelayanan periode ini (F4 mendatar) untuk dicetak"))

        top = QHBoxLayout()
        label = QLabel(tr("Peri&ode:"))
        label.setBuddy(self.kind)
        scope_label = QLabel(tr("&Cakupan:"))
        scope_label.setBuddy(self.scope)
        for widget in (label, self.kind, self.number, self.year, self.first, self.until, self.last, scope_label,
                       self.scope):
            top.addWidget(widget)
        top.addStretch(1)
        for button in (self.preview_button, self.excel_button, self.book_button):
            top.addWidget(button)
        self.summary = QLabel()
        self.summary.setObjectName("recapSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = message_label("recapMessage")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recapTabs")
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.setChildrenCollapsible(False)  # a chart dragged to nothing would look like a recap without it
        self.month_chart = chart_view("recapMonthChart")
        self.month_chart.setMinimumWidth(MONTHS_MIN_WIDTH)
        self.time_chart = chart_view("recapTimeChart")
        # Scrolls when a year of every service needs more rows than the screen has (show_timeliness sets its height).
        self.time_scroll = QScrollArea()
        self.time_scroll.setWidgetResizable(True)
        self.time_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.time_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.time_scroll.setWidget(self.time_chart)
        self.time_scroll.setMinimumWidth(TIMELINESS_MIN_WIDTH)
        charts.addWidget(self.month_chart)
        charts.addWidget(self.time_scroll)
        self.tabs.addTab(charts, tr("Grafik"))
        self.tables: dict[str, object] = {}
        self.seekers = make_table([""], "recap_job_seekers", stretch=0)
        self.seekers_note = QLabel()
        self.seekers_note.setWordWrap(True)
        self.seekers_page = QWidget()
        seekers_layout = QVBoxLayout(self.seekers_page)
        seekers_layout.addWidget(self.seekers, 1)
        seekers_layout.addWidget(self.seekers_note)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self._fill_scopes()
        self._fill_numbers(MONTH)
        self.kind.setCurrentIndex(self.kind.findData(MONTH))
        self.number.setCurrentIndex(today.month - 1)
        self._show_fields()
        self._reload_soon = Debouncer(250, self.reload, self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.number.currentIndexChanged.connect(lambda _i: self._reload_soon.trigger())
        self.year.valueChanged.connect(lambda _v: self._reload_soon.trigger())
        self.scope.currentIndexChanged.connect(lambda _i: self._reload_soon.trigger())
        self.first.date_changed.connect(lambda _d: self._reload_soon.trigger())
        self.last.date_changed.connect(lambda _d: self._reload_soon.trigger())
        self.preview_button.clicked.connect(self.preview_pdf)
        self.excel_button.clicked.connect(self.save_excel)
        self.book_button.clicked.connect(self.preview_register_book)

    # --- choices ------------------------------------------------------------------------------------

    def _fill_scopes(self) -> None:
        try:
            choices = recaps.scopes(self.db)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            choices = ()
        for kind, code, label in choices:
            self.scope.addItem(translated(label) if kind == recaps.OFFICE else label, (kind, code))

    def _fill_numbers(self, kind: str) -> None:
        blocked = self.number.blockSignals(True)
        try:
            self.number.clear()
            self.number.addItems(period_numbers(kind) if kind in NUMBERED else [])
        finally:
            self.number.blockSignals(blocked)

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        self._fill_numbers(kind)
        if kind in NUMBERED:
            self.number.setCurrentIndex(0)
        self._show_fields()
        self._reload_soon.trigger()

    def _show_fields(self) -> None:
        kind = str(self.kind.currentData())
        self.number.setVisible(kind in NUMBERED)
        self.year.setVisible(kind not in (DAY, RANGE))
        self.first.setVisible(kind in (DAY, RANGE))
        self.until.setVisible(kind == RANGE)
        self.last.setVisible(kind == RANGE)

    def period(self) -> RecapPeriod:
        """The period chosen; DomainError (Indonesian) when the dates typed are not a period."""
        kind = str(self.kind.currentData())
        if kind in (DAY, RANGE):
            first = self._date(self.first, N_("Tanggal awal periode belum diisi."))
            if kind == DAY:
                return day_period(first)
            return range_period(first, self._date(self.last, N_("Tanggal akhir periode belum diisi.")))
        number = self.number.currentIndex() + 1 if kind in NUMBERED else 1
        return calendar_period(self.year.value(), kind if kind != YEAR else YEAR, max(1, number))

    @staticmethod
    def _date(field: DateField, missing: str) -> date:
        value = field.date()
        if value is None:
            raise DomainError(field.problem() or missing, "period")
        return value

    def scope_codes(self) -> tuple[str | None, str | None]:
        kind, code = self.scope.currentData() or (recaps.OFFICE, "")
        return (code if kind == recaps.UNIT else None), (code if kind == recaps.SERVICE else None)

    # --- reading ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(WATCHED):
            self._stale = True
            if self.isVisible():
                self._reload_soon.trigger()

    def reload(self) -> None:
        self._stale = False
        try:
            period = self.period()
            unit, service = self.scope_codes()
            recap = recaps.recap(self.db, period, unit=unit, service=service)
        except (DomainError, StoreError) as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        show_message(self.message, "")
        self.recap = recap
        self.summary.setText(headline_text(recap))
        self._show_tables(recap)
        months = recap.table("months")
        assert months.total is not None
        show_months(self.month_chart, month_columns(months.columns[:12]), months.total.values[:12],
                    tr("Permohonan per bulan, tahun {year}").format(year=recap.period.year))
        show_timeliness(self.time_chart, recap.table("timeliness"))
        self.loaded.emit(recap)

    def _show_tables(self, recap: Recap) -> None:
        current = self.tabs.currentIndex()
        for table in recap.tables:
            view = self.tables.get(table.key)
            if view is None:
                view = make_table(headings(table), f"recap_{table.key}", stretch=0)
                self.tables[table.key] = view
                self.tabs.addTab(view, tr(table.short_title))
                view.setToolTip(translated(table.title))  # type: ignore[attr-defined]
            view.setHorizontalHeaderLabels(headings(table))  # type: ignore[attr-defined]
            keys = [r.key for r in table.rows] + (["total"] if table.total is not None else [])
            fill_table(view, table_cells(table), keys)  # type: ignore[arg-type]
            align_numbers(view)  # type: ignore[arg-type]
        seekers = recap.job_seekers
        index = self.tabs.indexOf(self.seekers_page)
        if seekers is None:
            if index >= 0:
                self.tabs.removeTab(index)
        else:
            if index < 0:
                self.tabs.addTab(self.seekers_page, tr("Pencari kerja (IPK III/1)"))
            self._show_seekers(seekers)
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))

    def _show_seekers(self, seekers: JobSeekers) -> None:
        headers = [tr("Kelompok umur")] + [text.format(column=translated(name)) for name in seekers.columns
                                            for text in (tr("{column} L"), tr("{column} P"))]
        self.seekers.setColumnCount(len(headers))
        self.seekers.setHorizontalHeaderLabels(headers)
        missing = tr("t.d.")  # no data in Desk, as the note under the table says
        rows = [[translated(r.label), *(missing if v is None else format_number(int(v)) for v in r.values)]
                for r in (*seekers.rows, seekers.total)]
        fill_table(self.seekers, rows)
        align_numbers(self.seekers)
        self.seekers_note.setText(tr("t.d.: tidak ada data di Desk. ") + " ".join(translated(m) for m in seekers.missing))

    # --- papers and files ---------------------------------------------------------------------------

    def preview_pdf(self) -> object:
        """The recap's PDF in the shared preview (not blocking); returns the preview."""
        recap = self.recap
        if recap is None:
            return None
        from desk.documents.recap import PAPERS, render_recap
        from desk.ui.preview.document import open_document

        office = office_context(self.db).profile
        reasons = _profile_reasons(office)
        if recap.draft:
            reasons.insert(0, tr("Periode {period} belum berakhir.").format(period=period_text(recap.period)))
        return open_document(
            self, self.db, kind=DocumentKind.REQUEST_RECAP, record_id=None,
            build=lambda paper, copy_no: render_recap(office, recap, paper=paper, copy_no=copy_no),
            copy_no=prints.next_copy(self.db, DocumentKind.REQUEST_RECAP, None), papers=PAPERS, paper="A4",
            suggested_name=f"rekap-{recap.period.code.replace('..', '_')}{_slug(recap)}.pdf",
            title=f"{translated(DocumentKind.REQUEST_RECAP.label)} — {period_text(recap.period)}",
            details={"period": recap.period.code, "scope": recap.scope.code}, draft_reasons=reasons)

    def preview_register_book(self) -> object:
        try:
            period = self.period()
            unit, service = self.scope_codes()
            book = recaps.register_book(self.db, period, unit=unit, service=service)
        except (DomainError, StoreError) as exc:
            show_message(self.message, error_text(exc), problem=True)
            return None
        from desk.documents.register_book import render_register_book
        from desk.ui.preview.document import open_document

        office = office_context(self.db).profile
        reasons = _profile_reasons(office)
        if book.draft:
            reasons.insert(0, tr("Periode {period} belum berakhir.").format(period=period_text(period)))
        return open_document(
            self, self.db, kind=DocumentKind.REGISTER_BOOK, record_id=None,
            build=lambda _paper, copy_no: render_register_book(office, book, copy_no=copy_no),
            copy_no=prints.next_copy(self.db, DocumentKind.REGISTER_BOOK, None), papers=("F4",), paper="F4",
            suggested_name=f"buku-register-{period.code.replace('..', '_')}.pdf",
            title=f"{translated(DocumentKind.REGISTER_BOOK.label)} — {period_text(period)}",
            details={"period": period.code, "scope": book.scope.code}, draft_reasons=reasons)

    def save_excel(self) -> str | None:
        recap = self.recap
        if recap is None:
            return None
        path = dialogs.choose_save_target(self, tr("Simpan rekap ke Excel"),
                                          f"rekap-{recap.period.code.replace('..', '_')}{_slug(recap)}.xlsx", EXCEL)
        if path is None:
            return None
        from desk.formats.recap_workbook import recap_bytes

        try:
            path.write_bytes(recap_bytes(recap))
        except OSError as exc:
            dialogs.inform(self, tr("Gagal menyimpan"), tr("Berkas {path} tidak dapat ditulis: {why}").format(
                path=path, why=exc.strerror or exc), problem=True)
            return None
        try:
            done = prints.record_print(self.db, DocumentKind.REQUEST_RECAP, None, PrintAction.SAVE, "xlsx", str(path),
                                       {"period": recap.period.code, "scope": recap.scope.code})
            publish(self, done.changes)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
        show_message(self.message, tr("Rekap disimpan ke {path}.").format(path=path))
        return str(path)


def align_numbers(view: QTableWidget) -> None:
    """Figures to the right, as in the printed tables; the label column stays left."""
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for row in range(view.rowCount()):
        for column in range(1, view.columnCount()):
            item = view.item(row, column)
            if item is not None:
                item.setTextAlignment(right)


def _profile_reasons(office: OfficeProfile) -> list[str]:
    from desk.domain.office_rules import gaps_summary, office_gaps

    summary = gaps_summary(office_gaps(office))
    return [summary] if summary else []


def _slug(recap: Recap) -> str:
    return f"-{recap.scope.code.lower()}" if recap.scope.code else ""


# Tables whose rows are the office's own names (services, places, officers): shown as entered.
_NAMED_ROWS = frozenset({"service_status", "timeliness", "kecamatan", "desa", "officer"})


def table_cells(table: RecapTable) -> list[list[str]]:
    rows = [*table.rows, *([table.total] if table.total is not None else [])]
    total = table.total

    def label(row: RecapRow) -> str:
        text = row.label
        return text if table.key in _NAMED_ROWS and row is not total else translated(text)

    return [[label(r), *(cell(v, table.decimals_of(i)) for i, v in enumerate(r.values))] for r in rows]
