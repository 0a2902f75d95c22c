"""The Standards area: look a service up in seconds, read its standard, start a request, publish, maintain.

Left: a search field that answers while typing over every component of every standard, and
the services grouped by unit (only the matching ones, with the matching lines and the words
marked, while something is typed). Right: the chosen service's page. Above: the paper, the
booklet and the maklumat for everyone; export and import for the admin (who also sees services
still without a standard, and the editor). The store refuses anyone else whatever the screen shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.domain.standard_rules import search_words
from desk.formats.standards_file import read_standards_file, write_standards_file
from desk.store import access, standards, standards_io
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import office_today
from desk.ui.common import MUTED_STYLE, may
from desk.ui.standards.common import HTML_ROLE, HtmlDelegate, ReportDialog, tr
from desk.ui.standards.compare import CompareDialog
from desk.ui.standards.editor import StandardEditor
from desk.ui.standards.html import entry_html
from desk.ui.standards.page import ServicePage
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import push_button
from desk.ui.widgets.search_box import SearchBox

log = logging.getLogger(__name__)
T = TypeVar("T")

SERVICE_ROLE = Qt.ItemDataRole.UserRole
PAPERS = ("A4", "F4")
UNIT_COLOR = "#1F3B63"  # headings are disabled items: without a colour of their own they would be greyed


class StandardsArea(QWidget):
    """`start_request(service_id)` when the officer starts a request from a service's page;
    `status_message(text)` for the main window's status bar."""

    start_request = Signal(int)
    status_message = Signal(str)

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standards_area")
        self.db = db
        self.actor = actor
        self.can_edit = may(actor, access.STANDARDS_EDIT)
        self.can_import = self.can_edit and may(actor, access.IMPORT)
        self.can_export = may(actor, access.EXPORT)
        self.can_print = may(actor, access.PRINT)
        self.words: tuple[str, ...] = ()
        self._build()
        self.reload()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchBox()
        self.search.setObjectName("standards_search")
        self.search.setPlaceholderText(tr("Cari layanan, persyaratan (mis. ijazah), prosedur, produk, dasar hukum…"))
        self.search.search_changed.connect(lambda _text: self.reload())
        self.search.down_pressed.connect(self.focus_results)
        self.search.returnPressed.connect(self.open_first)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet(MUTED_STYLE)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addSpacing(12)
        top.addWidget(QLabel(tr("Cetak pada kertas")))
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(self._default_paper())))
        top.addWidget(self.paper)
        self.booklet_button = self._button(tr("&Buku standar…"), "print_booklet", self.print_booklet)
        self.maklumat_button = self._button(tr("&Maklumat…"), "print_maklumat", self.print_maklumat)
        for button in (self.booklet_button, self.maklumat_button):
            button.setEnabled(self.can_print)
            top.addWidget(button)
        self.export_button = self._button(tr("&Ekspor…"), "export", None)
        menu = QMenu(self.export_button)
        menu.addAction(tr("Ke JSON (lengkap, semua versi)…"), lambda: self.export("json"))
        menu.addAction(tr("Ke Excel (templat, satu baris per layanan)…"), lambda: self.export("xlsx"))
        self.export_button.setMenu(menu)
        self.export_button.setVisible(self.can_export)
        self.import_button = self._button(tr("&Impor…"), "import", self.import_file)
        self.import_button.setVisible(self.can_import)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.results.itemActivated.connect(lambda _item: self.page.start_button.setFocus())
        self.page = ServicePage(self.db, self.actor, can_edit=self.can_edit)
        self.page.start_request.connect(self.start_request)
        self.page.edit_requested.connect(self.edit)
        self.page.compare_requested.connect(self.compare)
        self.page.print_requested.connect(self.print_service)
        splitter.addWidget(self.results)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 760])
        layout.addWidget(splitter, 1)

    def _button(self, text: str, name: str, slot: Callable[[], Any] | None) -> QPushButton:
        button = push_button(text, slot, name)
        button.setAutoDefault(False)  # Enter in the search box opens the first result, not a button
        return button

    def _default_paper(self) -> str:
        from desk.store.printing_defaults import STANDARD, default_paper

        try:
            with self.db.read(self.actor) as session:
                paper = default_paper(session, STANDARD)
        except StoreError:
            return "A4"
        return paper if paper in PAPERS else "A4"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()

    # --- the list -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Run the look-up again (typing, or after a save or import) and keep the chosen service."""
        typed = self.search.text()
        self.words = search_words(typed)
        chosen = self.page.service_id
        try:
            with self.db.read(self.actor) as session:
                if self.words:
                    hits = standards.search_standards(session, typed, include_inactive=self.can_edit)
                    rows = [(h.entry, [(m.label, m.text) for m in h.matches], h.more) for h in hits]
                else:
                    entries = standards.list_entries(session, include_inactive=self.can_edit)
                    rows = [(e, [], 0) for e in entries]
        except StoreError as exc:
            self.count.setText(exc.message)
            return
        self.results.blockSignals(True)
        self.results.clear()
        unit = None
        for entry, snippets, more in rows:
            if entry.service.unit_code != unit:
                unit = entry.service.unit_code
                header = QListWidgetItem()
                header.setData(HTML_ROLE, f"<b style='color:{UNIT_COLOR}'>{escape(entry.unit_full_name)}</b>")
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: arrows and clicks pass it by
                self.results.addItem(header)
            item = QListWidgetItem(f"{entry.service.code} — {entry.service.name}")
            item.setData(SERVICE_ROLE, entry.service.id)
            item.setData(HTML_ROLE, entry_html(entry.service.code, entry.service.name, snippets, self.words, more,
                                               inactive=not entry.offered, no_standard=entry.version_no is None))
            self.results.addItem(item)
        self.results.blockSignals(False)
        services = sum(1 for row in range(self.results.count()) if self._service_of(self.results.item(row)))
        if self.words:
            self.count.setText(tr("{n} layanan cocok").format(n=services) if services
                               else tr("Tidak ada layanan yang memuat kata itu"))
        else:
            self.count.setText(tr("{n} layanan").format(n=services))
        row = self._row_of(chosen) if chosen is not None else None
        if row is not None:
            self.results.setCurrentRow(row)
            self.page.show_service(chosen, self.words)
        elif self.page.service_id is not None and self.words:
            self.page.clear()

    def _service_of(self, item: QListWidgetItem | None) -> int | None:
        value = item.data(SERVICE_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _row_of(self, service_id: int) -> int | None:
        for row in range(self.results.count()):
            if self._service_of(self.results.item(row)) == service_id:
                return row
        return None

    def service_rows(self) -> list[int]:
        """The service ids listed, top to bottom (tests and the count read it)."""
        ids = (self._service_of(self.results.item(row)) for row in range(self.results.count()))
        return [service_id for service_id in ids if service_id is not None]

    def _show(self, item: QListWidgetItem | None) -> None:
        service_id = self._service_of(item)
        if service_id is not None:
            self.page.show_service(service_id, self.words)

    def focus_results(self) -> None:
        self.results.setFocus()
        if self._service_of(self.results.currentItem()) is None:
            self.open_first(focus=False)

    def open_first(self, *, focus: bool = True) -> None:
        """Enter in the search field: open the first matching service."""
        self.search.flush()
        for row in range(self.results.count()):
            if self._service_of(self.results.item(row)) is not None:
                self.results.setCurrentRow(row)
                if focus:
                    self.page.start_button.setFocus()
                return

    def open_service(self, service_id: int) -> bool:
        row = self._row_of(service_id)
        if row is None:
            self.search.clear()
            self.search.flush()
            row = self._row_of(service_id)
        if row is None:
            return False
        self.results.setCurrentRow(row)
        return True

    # --- maintaining (admin) ------------------------------------------------------------------

    def edit(self, service_id: int) -> None:
        record = StandardEditor.edit(self, self.db, self.actor, service_id)
        if record is None:
            return
        self.status_message.emit(tr("Standar tersimpan sebagai versi {n}, berlaku sejak {when}.").format(
            n=record.version_no, when=record.effective_date.strftime("%d-%m-%Y")))
        self.reload()
        self.page.show_service(service_id, self.words)

    def compare(self, service_id: int) -> None:
        CompareDialog.show_for(self, self.db, self.actor, service_id, new_id=self.page.current_version_id())

    def export(self, kind: str) -> Path | None:
        suffix = ".json" if kind == "json" else ".xlsx"
        filters = tr("Berkas JSON (*.json)") if kind == "json" else tr("Buku kerja Excel (*.xlsx)")
        path = dialogs.choose_save_target(self, tr("Ekspor standar pelayanan"), f"standar-pelayanan{suffix}",
                                           filters)
        if path is None:
            return None
        try:
            with self.db.write(self.actor) as session:
                report = standards_io.export_file(session, path, write_standards_file)
        except StoreError as exc:
            dialogs.inform(self, tr("Ekspor gagal"), exc.message, problem=True)
            return None
        self.status_message.emit(tr("Diekspor ke {path} ({n} layanan).").format(path=path, n=report.services))
        return path

    def import_file(self) -> bool:
        title = tr("Impor standar pelayanan")
        path = dialogs.choose_open_file(self, title, tr("Standar pelayanan (*.json *.xlsx);;Semua berkas (*)"))
        if path is None:
            return False

        def check() -> standards_io.ImportReport:
            content = read_standards_file(path)
            with self.db.read(self.actor) as session:
                return standards_io.check_import_file(session, content)

        def run() -> standards_io.ImportReport:
            content = read_standards_file(path)
            with self.db.write(self.actor) as session:
                return standards_io.import_file(session, content)

        plan = self._import_step(title, check)
        if plan is None:
            return False
        if not plan.changes:
            dialogs.inform(self, title, "\n".join(plan.lines()))
            return False
        if not ReportDialog.ask(self, title, tr("Berkas {name} sudah diperiksa dan tidak ada masalah. Yang akan "
                                                "terjadi bila diimpor:").format(name=path.name),
                                plan.lines(), tr("Impor")):
            return False
        report = self._import_step(title, run)
        if report is None:
            return False
        self.status_message.emit(tr("Impor selesai: ") + "; ".join(report.lines()))
        self.reload()
        return True

    def _import_step(self, title: str, step: Callable[[], T]) -> T | None:
        """Check or import; a refused file lists its problems, any other refusal is said; None then."""
        try:
            return step()
        except standards_io.ImportRejected as exc:
            ReportDialog.show_lines(self, title, exc.message, [p.text() for p in exc.problems])
        except StoreError as exc:
            dialogs.inform(self, title, exc.message, problem=True)
        return None

    # --- publishing ---------------------------------------------------------------------------

    def paper_name(self) -> str:
        return str(self.paper.currentData() or "A4")

    def print_service(self, kind: str) -> Path | None:
        service_id, version_no = self.page.service_id, self.page.current_version_no()
        if service_id is None:
            return None
        paper = self.paper_name()

        def make() -> tuple[bytes, str, int | None, dict[str, Any]]:
            with self.db.read(self.actor) as session:
                published = standards.published(session, service_id, version_no=version_no)
                office = standards.office_profile(session)
            if kind == "board":
                from desk.documents.board import render_board

                pdf = render_board(office, published, paper)
                name = f"papan-standar-{published.service_code}.pdf"
            else:
                from desk.documents.standard import render_standard

                pdf = render_standard(office, published, paper)
                name = f"standar-pelayanan-{published.service_code}-v{published.standard.version_no}.pdf"
            return pdf, name, published.standard.id, {"layanan": published.service_code,
                                                      "versi": published.standard.version_no}

        return self._deliver(kind, make)

    def print_booklet(self) -> Path | None:
        paper = self.paper_name()

        def make() -> tuple[bytes, str, int | None, dict[str, Any]]:
            from desk.documents.booklet import render_booklet

            with self.db.read(self.actor) as session:
                data = standards.booklet_data(session)
            pdf = render_booklet(data.office, data.standards, data.on, paper)
            return pdf, f"buku-standar-pelayanan-{data.on.year}.pdf", None, {"layanan": len(data.standards)}

        return self._deliver("booklet", make)

    def print_maklumat(self) -> Path | None:
        paper = self.paper_name()

        def make() -> tuple[bytes, str, int | None, dict[str, Any]]:
            from desk.documents.maklumat import render_maklumat

            with self.db.read(self.actor) as session:
                office = standards.office_profile(session)
                on: date = office_today(session)
            return render_maklumat(office, on, paper), "maklumat-pelayanan.pdf", None, {"tanggal": on.isoformat()}

        return self._deliver("maklumat", make)

    def _deliver(self, kind: str, make: Callable[[], tuple[bytes, str, int | None, dict[str, Any]]]) -> Path | None:
        """Build the PDF, let the officer save it, and log the print (print_records + audit)."""
        what = standards.DOCUMENT_KINDS[kind]
        try:
            pdf, suggested, record_id, details = make()
        except StoreError as exc:
            dialogs.inform(self, tr("Dokumen tidak dapat dibuat"), exc.message, problem=True)
            return None
        path = dialogs.save_pdf(self, pdf, what, suggested)
        if path is None:
            return None
        try:
            with self.db.write(self.actor) as session:
                standards.record_print(session, kind, record_id, paper=self.paper_name(), action="save",
                                       target=str(path), details=details)
        except StoreError as exc:
            log.warning("print record for %s: %s", kind, exc.message)
        self.status_message.emit(tr("{what} disimpan: {path}").format(what=what, path=path))
        return path
