"""The Standards area: look a service up in seconds, read its standard, start a request, publish, maintain.

Left: a search field that answers while typing over every component of every standard, and
the services grouped by unit (only the matching ones, with the matching lines and the words
marked, while something is typed; a service's aliases count: "kartu kuning" finds the AK/I
card). Right: the chosen service's page. Above: the booklet and the maklumat for everyone;
export and import for the admin (who also sees services still without a standard, and the
editor). The store refuses anyone else whatever the screen shows. Every document opens in the
shared preview (paper, print, save as PDF), and each print or save is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desk.domain.document_kinds import DocumentKind
from desk.domain.standard_rules import search_words
from desk.formats.standards_file import read_standards_file, write_standards_file
from desk.store import access, standards, standards_io
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change, Changes
from desk.ui.common import MUTED_STYLE, may
from desk.ui.operations import publish
from desk.ui.preview import PdfPreview
from desk.ui.preview.document import open_document
from desk.ui.standards.common import HTML_ROLE, HtmlDelegate, ReportDialog, tr
from desk.ui.standards.compare import CompareDialog
from desk.ui.standards.editor import StandardEditor
from desk.ui.standards.html import entry_html
from desk.ui.standards.page import ServicePage
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import push_button
from desk.ui.widgets.search_box import SearchBox

T = TypeVar("T")

SERVICE_ROLE = Qt.ItemDataRole.UserRole
# Standards and their aliases, and the services' names and offer, are what the list shows.
LISTED = (Change.STANDARDS, Change.CATALOGUE)
UNIT_COLOR = "#1F3B63"  # headings are disabled items: without a colour of their own they would be greyed


class StandardsArea(QWidget):
    """`start_request(service_id)` when the officer starts a request from a service's page;
    `status_message(text)` for the main window's status bar."""

    start_request = Signal(int)
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standards_area")
        self.db = db
        actor = db.actor
        self.preview: PdfPreview | None = None
        self.editor: StandardEditor | None = None
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
        self.page = ServicePage(self.db, can_edit=self.can_edit)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()

    def on_changed(self, changes: Changes) -> None:
        """What the main window broadcasts: the list and the page again when standards or services changed;
        only the page (the forum a version names) when forums did, not the look-up at every check-in."""
        if changes.touches(LISTED):
            self.reload(refresh_page=True)
        elif Change.FORUMS in changes and self.page.service_id is not None:
            self.page.show_service(self.page.service_id, self.words, keep_version=True)

    def focus_search(self) -> None:
        """Ctrl+F: this area's own look-up."""
        self.search.setFocus()
        self.search.selectAll()

    # --- the list -----------------------------------------------------------------------------

    def reload(self, *, refresh_page: bool = False) -> None:
        """Run the look-up again (typing, or after a save or import) and keep the chosen service."""
        typed = self.search.text()
        self.words = search_words(typed)
        chosen = self.page.service_id
        try:
            if self.words:
                hits = standards.search_standards(self.db, typed, include_inactive=self.can_edit)
                rows = [(h.entry, [(m.label, m.text) for m in h.matches], h.more) for h in hits]
            else:
                entries = standards.list_entries(self.db, include_inactive=self.can_edit)
                rows = [(e, [], 0) for e in entries]
        except StoreError as exc:
            self.count.setText(error_text(exc))
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
            self.count.setText(tr("%n layanan cocok", "", services) if services
                               else tr("Tidak ada layanan yang memuat kata itu"))
        else:
            self.count.setText(tr("%n layanan", "", services))
        row = self._row_of(chosen) if chosen is not None else None
        if row is not None:
            self.results.setCurrentRow(row)
            self.page.show_service(chosen, self.words, keep_version=not refresh_page)
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

    def edit(self, service_id: int) -> StandardEditor:
        """Open the editor (not blocking); what it saves is broadcast, and the list and page follow."""
        self.editor = StandardEditor.open_for(self, self.db, service_id)
        self.editor.saved.connect(self._saved)
        return self.editor

    def _saved(self, saved: standards.SavedStandard) -> None:
        record = saved.record
        if saved.new_version:
            self.status_message.emit(tr("Standar tersimpan sebagai versi {n}, berlaku sejak {when}.").format(
                n=record.version_no, when=record.effective_date.strftime("%d-%m-%Y")))
        else:
            self.status_message.emit(tr("Nama lain tersimpan; isi standar tidak berubah, tidak ada versi baru."))

    def compare(self, service_id: int) -> None:
        CompareDialog.show_for(self, self.db, service_id, new_id=self.page.current_version_id())

    def export(self, kind: str) -> Path | None:
        suffix = ".json" if kind == "json" else ".xlsx"
        filters = tr("Berkas JSON (*.json)") if kind == "json" else tr("Buku kerja Excel (*.xlsx)")
        path = dialogs.choose_save_target(self, tr("Ekspor standar pelayanan"), f"standar-pelayanan{suffix}",
                                           filters)
        if path is None:
            return None
        try:
            done = standards_io.export_file(self.db, path, write_standards_file)
        except StoreError as exc:
            dialogs.inform(self, tr("Ekspor gagal"), error_text(exc), problem=True)
            return None
        publish(self, done.changes)
        report = done.value
        self.status_message.emit(tr("Diekspor ke {path} ({n} layanan).").format(path=path, n=report.services))
        return path

    def import_file(self) -> bool:
        title = tr("Impor standar pelayanan")
        path = dialogs.choose_open_file(self, title, tr("Standar pelayanan (*.json *.xlsx);;Semua berkas (*)"))
        if path is None:
            return False

        def check() -> standards_io.ImportReport:
            return standards_io.check_import_file(self.db, read_standards_file(path))

        def run() -> standards_io.ImportReport:
            done = standards_io.import_file(self.db, read_standards_file(path))
            publish(self, done.changes)
            return done.value

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
        return True

    def _import_step(self, title: str, step: Callable[[], T]) -> T | None:
        """Check or import; a refused file lists its problems, any other refusal is said; None then."""
        try:
            return step()
        except standards_io.ImportRejected as exc:
            ReportDialog.show_lines(self, title, exc.message, [p.text() for p in exc.problems])
        except StoreError as exc:
            dialogs.inform(self, title, error_text(exc), problem=True)
        return None

    # --- publishing ---------------------------------------------------------------------------

    def print_service(self, kind: str) -> PdfPreview | None:
        """The chosen service's standard or board, as the version shown, in the preview."""
        service_id, version_no = self.page.service_id, self.page.current_version_no()
        if service_id is None:
            return None
        return self._preview(DocumentKind(kind), service_id=service_id, version_no=version_no)

    def print_booklet(self) -> PdfPreview | None:
        return self._preview(DocumentKind.BOOKLET)

    def print_maklumat(self) -> PdfPreview | None:
        return self._preview(DocumentKind.MAKLUMAT)

    def _preview(self, kind: DocumentKind, *, service_id: int | None = None,
                 version_no: int | None = None) -> PdfPreview | None:
        """Read what the document prints (one operation) and open it in the preview, which logs each print."""
        try:
            data = standards.print_data(self.db, kind, service_id=service_id, version_no=version_no)
        except StoreError as exc:
            dialogs.inform(self, tr("Dokumen tidak dapat dibuat"), error_text(exc), problem=True)
            return None
        name, title, details = document_names(data)
        self.preview = open_document(
            self, self.db, kind=kind, record_id=data.record_id, build=lambda paper, copy_no: build(data, paper, copy_no),
            copy_no=data.copy_no, papers=data.papers, paper=data.paper, suggested_name=name, title=title,
            details=details, draft_reasons=data.draft_reasons)
        return self.preview


def document_names(data: standards.StandardsPrintData) -> tuple[str, str, dict[str, Any]]:
    """The suggested file name, the preview's title and what the print log notes of a document."""
    kind = data.kind
    if kind is DocumentKind.MAKLUMAT:
        return "maklumat-pelayanan.pdf", translated(kind.label), {"date": data.on.isoformat()}
    if kind is DocumentKind.BOOKLET:
        return f"buku-standar-pelayanan-{data.on.year}.pdf", translated(kind.label), {"services": len(data.standards)}
    published = data.standards[0]
    code, version = published.service_code, published.standard.version_no
    details: dict[str, Any] = {"service": code, "version": version}
    if kind is DocumentKind.BOARD:
        return f"papan-standar-{code}.pdf", f"{translated(kind.label)} — {code}", details
    title = tr("{document} — {code} versi {version}").format(document=translated(kind.label), code=code,
                                                             version=version)
    return f"standar-pelayanan-{code}-v{version}.pdf", title, details


def build(data: standards.StandardsPrintData, paper: str, copy_no: int) -> bytes:
    """The document on `paper` (ReportLab is imported only when one is asked for)."""
    kind = data.kind
    if kind is DocumentKind.BOARD:
        from desk.documents.board import render_board

        return render_board(data.office, list(data.standards), paper, copy_no=copy_no)
    if kind is DocumentKind.BOOKLET:
        from desk.documents.booklet import render_booklet

        return render_booklet(data.office, data.standards, data.on, paper, copy_no=copy_no)
    if kind is DocumentKind.MAKLUMAT:
        from desk.documents.maklumat import render_maklumat

        return render_maklumat(data.office, data.on, paper, copy_no=copy_no)
    from desk.documents.standard import render_standard

    return render_standard(data.office, data.standards[0], paper, copy_no=copy_no)
