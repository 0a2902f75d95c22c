"""The "Rekap" area, driven by keys: a period chosen, the figures on screen are the store's; papers and Excel."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.document_kinds import DocumentKind
from desk.domain.recap_period import month_of, range_period, year_of
from desk.domain.recap_records import RecapRow, RecapTable
from desk.domain.text_id import format_number
from desk.store import recaps
from desk.store.access import HEAD, OFFICER
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.models import PrintRecord
from desk.store.work import office_context
from desk.ui.actions import AppAction
from desk.ui.recaps.area import RecapArea
from desk.ui.recaps.charts import (
    MONTHS_MIN_WIDTH,
    TIMELINESS_MIN_WIDTH,
    chart_view,
    show_months,
    show_timeliness,
)
from desk.ui.widgets import dialogs
from tests.documents.pdfcheck import text
from tests.factories import user_with_role
from tests.ui.helpers import focused, open_main_window, settings_dir, type_text  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_dir")
ALT = Qt.KeyboardModifier.AltModifier
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


@pytest.fixture
def demo(db: Database) -> Database:
    add_demo_requests(db, 500, seed=31, years=1.5, end=datetime(2026, 11, 25, 8, tzinfo=UTC))
    return db


def open_area(qtbot: QtBot, db: Database) -> tuple[object, RecapArea]:
    window = open_main_window(qtbot, db, user_with_role(db, HEAD, "Ir. Kepala Dinas"))
    window.action(AppAction.RECAPS).trigger()
    area = window.recaps.area
    assert area is not None and window.current_area() is area
    qtbot.waitUntil(lambda: area.recap is not None)
    return window, area


def cells(area: RecapArea, key: str, row: int) -> list[str]:
    view = area.tables[key]
    return [view.item(row, c).text() for c in range(view.columnCount())]  # type: ignore[attr-defined]


def test_pimpinan_picks_a_year_by_keys_and_sees_the_stores_figures(qtbot: QtBot, demo: Database) -> None:
    window, area = open_area(qtbot, demo)
    qtbot.keyClick(area, Qt.Key.Key_O, ALT)  # "Periode:" → the kind of period
    assert focused() is area.kind
    type_text(qtbot, "Tah")  # Tahun
    assert area.kind.currentData() == "tahun"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is area.year
    qtbot.keyClick(area.year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "2025")
    qtbot.waitUntil(lambda: area.recap is not None and area.recap.period == year_of(2025))
    expected = recaps.recap(demo, year_of(2025))
    h = expected.headline
    assert f"Tahun 2025 · Seluruh unit pelayanan: {format_number(h.received)} permohonan diterima" in area.summary.text()
    assert f"{format_number(h.on_time)} tepat waktu, {format_number(h.late)} terlambat" in area.summary.text()
    status = expected.table("service_status")
    total_row = len(status.rows)
    assert cells(area, "service_status", total_row) == ["Jumlah", *(format_number(int(v)) for v in status.total.values)]  # type: ignore[union-attr]
    flow = expected.table("flow")  # open at the start, received, closed, open at the end: its own tab
    assert cells(area, "flow", len(flow.rows)) == ["Jumlah", *(format_number(int(v)) for v in flow.total.values)]  # type: ignore[union-attr]
    months = expected.table("months")
    assert cells(area, "months", 0)[1:13] == [format_number(int(v)) for v in months.rows[0].values[:12]]
    chart = area.month_chart.chart()
    assert [s.count() for s in chart.series()] == [1] and chart.series()[0].barSets()[0].count() == 12
    assert [chart.series()[0].barSets()[0].at(i) for i in range(12)] == [float(v) for v in months.total.values[:12]]  # type: ignore[union-attr]
    # on time versus late per service: the services in the table's order from the top bar down
    timeliness = expected.table("timeliness")
    done = [r.key for r in timeliness.rows if sum(r.values[timeliness.columns.index(c)] or 0
                                                  for c in ("Tepat waktu", "Terlambat"))]
    time_chart = area.time_chart.chart()
    categories = time_chart.axes(Qt.Orientation.Vertical)[0].categories()
    assert len(done) > 1 and sorted(categories) == sorted(done)

    def height_of(service: str) -> float:  # where the service's bar is drawn (smaller: higher on screen)
        return time_chart.mapToPosition(QPointF(0, categories.index(service)), time_chart.series()[0]).y()

    assert [height_of(s) for s in done] == sorted(height_of(s) for s in done)
    # the months keep their names: dragging the divider toward them stops where twelve names still fit
    splitter = area.month_chart.parentWidget()
    window.resize(1366, 768)  # type: ignore[attr-defined]
    splitter.setSizes([0, 2000])  # type: ignore[attr-defined]  (as a drag to the edge asks)
    qtbot.waitUntil(lambda: area.month_chart.width() >= MONTHS_MIN_WIDTH)
    assert area.month_chart.width() < 1366 - 200 and area.time_chart.width() > 200
    splitter.setSizes([2000, 0])  # type: ignore[attr-defined]  (and to the other edge: the title still fits)
    qtbot.waitUntil(lambda: area.time_chart.width() >= TIMELINESS_MIN_WIDTH)
    # every service's code stays readable: Qt writes "…" for a category whose row is lower than its label's line
    # and the label's padding (4 px above and below); on a lower window the chart scrolls rather than squeeze
    window.resize(1366, 600)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: area.time_scroll.verticalScrollBar().maximum() > 0)
    line = QFontMetrics(time_chart.axes(Qt.Orientation.Vertical)[0].labelsFont()).height()
    assert len(categories) >= 15 and time_chart.plotArea().height() / len(categories) >= line + 8


def test_a_busy_years_months_chart_writes_its_numbers_as_the_tables_do(qtbot: QtBot) -> None:
    # Counts of a million-request office: Qt's own labels would say "26654" where the table says "26.654".
    counts = [26654, 24001, 1200, 2, 0, 15000, 30000, 28000, 27000, 26000, None, None]
    view = chart_view("months")
    qtbot.addWidget(view)
    view.resize(700, 360)
    show_months(view, MONTH_NAMES, counts, "Permohonan per bulan, tahun 2026")
    view.show()
    qtbot.waitExposed(view)
    chart = view.chart()
    series = chart.series()[0]
    assert chart.axes(Qt.Orientation.Vertical)[0].categoriesLabels() == [  # type: ignore[attr-defined]
        "0", "10.000", "20.000", "30.000", "40.000"]

    def labels() -> list[tuple[str, float, float]]:  # (text, centre x, lowest y) on the screen, left to right
        items = [i for i in chart.childItems() if isinstance(i, QGraphicsSimpleTextItem)]
        boxes = [(i.text(), i.sceneBoundingRect()) for i in items]
        return sorted(((t, r.center().x(), r.bottom()) for t, r in boxes), key=lambda b: b[1])

    def each_above_its_bar() -> None:
        shown = labels()
        assert [t for t, _x, _y in shown] == [format_number(c) for c in counts if c is not None]  # none for no figure
        for (_t, x, bottom), month in zip(shown, range(10), strict=True):
            top = chart.mapToPosition(QPointF(month, counts[month] or 0), series)  # type: ignore[arg-type]
            assert abs(x - top.x()) < 2 and top.y() - 12 < bottom <= top.y()

    each_above_its_bar()
    before = chart.plotArea()
    view.resize(560, 480)  # a narrower, taller chart: the counts follow their bars
    qtbot.waitUntil(lambda: chart.plotArea().height() > before.height() + 60)
    each_above_its_bar()
    with qtbot.waitSignal(chart.destroyed):  # drawn again (on every change of data), the old chart does not linger
        show_months(view, MONTH_NAMES, counts, "Permohonan per bulan, tahun 2026")


def test_a_period_with_nothing_closed_says_so_where_the_timeliness_bars_would_be(qtbot: QtBot) -> None:
    def timeliness(on_time: int) -> RecapTable:
        return RecapTable("timeliness", "Ketepatan waktu", "Layanan", ("Selesai", "Tepat waktu", "Terlambat"),
                          (RecapRow("P1", "Kartu AK/I", (on_time, on_time, 0)), RecapRow("B1", "Pelatihan", (0, 0, 0))))

    def words(view: QChartView) -> list[tuple[str, QPointF]]:
        return [(i.text(), i.sceneBoundingRect().center()) for i in view.chart().childItems()
                if isinstance(i, QGraphicsSimpleTextItem)]

    view = chart_view("time")
    qtbot.addWidget(view)
    view.resize(600, 400)
    show_timeliness(view, timeliness(0))
    view.show()
    qtbot.waitExposed(view)
    [(said, centre)] = words(view)
    assert said == "Belum ada permohonan yang selesai pada periode ini."
    middle = view.chart().plotArea().center()
    assert abs(centre.x() - middle.x()) < 2 and abs(centre.y() - middle.y()) < 2
    assert not view.chart().legend().isVisible()
    show_timeliness(view, timeliness(3))  # one service with requests closed: bars, a legend, no sentence
    qtbot.waitUntil(lambda: view.chart().legend().isVisible())
    assert words(view) == []


def test_scope_by_keys_narrows_to_a_unit_and_the_job_seekers_tab_follows(qtbot: QtBot, demo: Database) -> None:
    _window, area = open_area(qtbot, demo)
    qtbot.keyClick(area, Qt.Key.Key_C, ALT)  # "Cakupan:"
    assert focused() is area.scope
    qtbot.keyClick(area.scope, Qt.Key.Key_Down)  # the first unit: Penempatan (PNP)
    qtbot.waitUntil(lambda: area.recap is not None and area.recap.scope.code == "PNP")
    assert area.tabs.indexOf(area.seekers_page) >= 0  # the AK/I services are Penempatan's
    qtbot.keyClick(area.scope, Qt.Key.Key_End)  # the last service, of the Koperasi unit
    qtbot.waitUntil(lambda: area.recap is not None and area.recap.scope.code.startswith("K"))
    assert area.tabs.indexOf(area.seekers_page) < 0


def test_preview_register_book_and_excel_are_logged(qtbot: QtBot, demo: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _window, area = open_area(qtbot, demo)
    today = office_context(demo).today
    assert area.recap is not None and area.recap.period == month_of(today.year, today.month)  # the office's month
    preview = area.preview_pdf()
    qtbot.addWidget(preview)  # type: ignore[arg-type]
    assert preview.windowTitle().startswith("Rekap permohonan")  # type: ignore[attr-defined]
    saved_pdf = preview.save_pdf(tmp_path / "rekap.pdf")  # type: ignore[attr-defined]
    assert saved_pdf is not None and "REKAPITULASI PERMOHONAN" in text(saved_pdf.read_bytes())
    preview.close()  # type: ignore[attr-defined]
    book = area.preview_register_book()
    qtbot.addWidget(book)  # type: ignore[arg-type]
    assert book.save_pdf(tmp_path / "register.pdf") is not None  # type: ignore[attr-defined]
    book.close()  # type: ignore[attr-defined]
    target = tmp_path / "rekap.xlsx"
    monkeypatch.setattr(dialogs, "choose_save_target", lambda *_a: target)
    assert area.save_excel() == str(target)
    assert load_workbook(target).sheetnames[0] == "Ringkasan"
    with demo.read() as session:
        saved = session.execute(select(PrintRecord.document_kind, PrintRecord.paper)).all()
    assert (DocumentKind.REQUEST_RECAP.value, "xlsx") in saved
    assert (DocumentKind.REQUEST_RECAP.value, "A4") in saved and (DocumentKind.REGISTER_BOOK.value, "F4") in saved


def test_an_officer_has_no_recap_area(qtbot: QtBot, db: Database) -> None:
    window = open_main_window(qtbot, db, user_with_role(db, OFFICER, "Petugas Loket"))
    assert "recaps" not in window.areas
    assert not window.action(AppAction.RECAPS).isVisible()


def test_a_range_of_dates_typed_by_keys_and_a_backwards_range_refused(qtbot: QtBot, demo: Database) -> None:
    _window, area = open_area(qtbot, demo)
    qtbot.keyClick(area, Qt.Key.Key_O, ALT)
    type_text(qtbot, "Ren")  # Rentang tanggal
    assert area.kind.currentData() == "rentang"
    assert area.first.isVisible() and area.last.isVisible() and not area.year.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is area.first.edit
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "01092026")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is area.last.edit
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "15102026")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    period = range_period(date(2026, 9, 1), date(2026, 10, 15))
    qtbot.waitUntil(lambda: area.recap is not None and area.recap.period == period)
    received = recaps.recap(demo, period).headline.received
    assert received > 0 and f"{format_number(received)} permohonan diterima" in area.summary.text()

    area.last.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "31082026")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "tidak boleh sebelum tanggal awal" in area.message.text())
    assert area.recap is not None and area.recap.period == period  # the last good figures stay on screen
