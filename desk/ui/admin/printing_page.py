"""Printing (admin): the office's default paper per document kind, and this PC's printer per kind.

The paper is office-wide (in the database, shared by every counter on one PostgreSQL
database); the printer is this PC's own choice, kept in its Qt settings under the key the
shared PDF preview remembers it by (`printing/<kind>/printer`), so both agree.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desk.store import printing_defaults
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change
from desk.ui.admin.common import AdminPage, tr
from desk.ui.common import MUTED_STYLE, show_message
from desk.ui.settings import PRINTER
from desk.ui.translations import error_text

SYSTEM_DEFAULT = ""  # no choice stored: the system's default printer

def pc_printer(kind: str) -> str:
    """The printer this PC uses for ``kind`` ("" = the system default printer)."""
    return PRINTER.get(kind)


def set_pc_printer(kind: str, printer: str) -> None:
    if printer:
        PRINTER.set(printer, kind)
    else:
        PRINTER.clear(kind)


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


class PrintingPage(AdminPage):
    KINDS = frozenset({Change.OFFICE})  # the default papers

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent, message_name="printing_message")
        self.papers: dict[str, QComboBox] = {}
        self._stored: dict[str, str] = {}  # the office's default paper per kind, as last read
        self.printers: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        box = QGroupBox(tr("Kertas bawaan (untuk semua loket) dan printer di PC ini"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(tr("<b>Dokumen</b>")), 0, 0)
        grid.addWidget(QLabel(tr("<b>Kertas bawaan kantor</b>")), 0, 1)
        grid.addWidget(QLabel(tr("<b>Printer di PC ini</b>")), 0, 2)
        printers = available_printers()
        for row, (kind, label) in enumerate(printing_defaults.DOCUMENT_KINDS.items(), start=1):
            grid.addWidget(QLabel(tr(label)), row, 0)
            paper = QComboBox()
            paper.setObjectName(f"paper_{kind}")
            for name in printing_defaults.ALLOWED_PAPERS[kind]:
                paper.addItem(tr(printing_defaults.PAPER_LABELS[name]), name)
            paper.activated.connect(lambda _i, k=kind: self.save_paper(k))
            self.papers[kind] = paper
            grid.addWidget(paper, row, 1)
            printer = QComboBox()
            printer.setObjectName(f"printer_{kind}")
            printer.addItem(tr("Printer bawaan sistem"), SYSTEM_DEFAULT)
            for name in printers:
                printer.addItem(name, name)
            printer.activated.connect(lambda _i, k=kind: self.save_printer(k))
            self.printers[kind] = printer
            grid.addWidget(printer, row, 2)
        grid.setColumnStretch(2, 1)
        layout.addWidget(box)
        note = QLabel(tr("Kertas bawaan berlaku untuk dokumen yang dicetak mulai sekarang; petugas masih dapat memilih "
                         "kertas lain di pratinjau. Printer dipilih per PC karena tiap loket memakai printernya "
                         "sendiri."))
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        try:
            defaults = printing_defaults.papers(self.db)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        self._stored = defaults
        for kind, combo in self.papers.items():
            combo.setCurrentIndex(max(0, combo.findData(defaults[kind])))
        for kind, combo in self.printers.items():
            chosen = pc_printer(kind)
            index = combo.findData(chosen)
            if index < 0 and chosen:  # remembered printer no longer installed: keep showing it
                combo.addItem(tr("{name} (tidak terpasang)").format(name=chosen), chosen)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))

    def save_paper(self, kind: str) -> bool:
        paper = str(self.papers[kind].currentData())
        if self.perform(lambda: printing_defaults.choose_paper(self.db, kind, paper)) is None:
            self.papers[kind].setCurrentIndex(max(0, self.papers[kind].findData(self._stored.get(kind))))
            return False
        show_message(self.message, tr("Kertas bawaan {doc}: {paper}.").format(
            doc=tr(printing_defaults.DOCUMENT_KINDS[kind]).lower(), paper=paper))
        return True

    def save_printer(self, kind: str) -> None:
        printer = str(self.printers[kind].currentData() or "")
        set_pc_printer(kind, printer)
        show_message(self.message, tr("Printer {doc} di PC ini: {printer}.").format(
            doc=tr(printing_defaults.DOCUMENT_KINDS[kind]).lower(),
            printer=printer or tr("printer bawaan sistem")))
