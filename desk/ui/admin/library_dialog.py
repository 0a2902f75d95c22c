"""Next year's holidays from the list that comes with Desk: the year as the installed library has it,
beside the office's list, with the estimated dates to confirm one by one before they are imported.

Each row says what an import does: "baru" (added), "sudah ada" (left as it is), "berbeda" (the list
holds another kind that day; left as it is), "tetap" (a day of the office's own, a local holiday,
that the library does not know). An estimated date (an Islamic holiday before its decree) is
imported only when its box is ticked (Space on the row, or a click).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk.domain.text_id import format_numeric_date
from desk.store import holidays
from desk.store.holidays import LibraryOffer
from desk.ui.admin.common import NOTICE_COLOR, tr
from desk.ui.common import MUTED_STYLE, message_label, show_message
from desk.ui.screen_text import format_long_date
from desk.ui.widgets.tables import fill_table, make_table

COL_CONFIRM = 0
STATUS_TEXT = {
    holidays.NEW: "baru: ditambahkan",
    holidays.STORED: "sudah ada: tidak diubah",
    holidays.DIFFERENT: "berbeda: di daftar {kind}, tidak diubah",
}


class LibraryImportDialog(QDialog):
    """Shows the offer; `confirmed` holds the estimated dates ticked when the admin presses Impor."""

    def __init__(self, offer: LibraryOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.confirmed: list[date] = []
        self.setWindowTitle(tr("Hari libur {year} dari daftar bawaan Desk").format(year=offer.year))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Daftar libur nasional dan cuti bersama tahun {year} yang terpasang bersama Desk ({source}); "
                          "tidak diambil dari internet. Hari yang sudah ada di daftar kantor tidak diubah. Tanggal "
                          "bertanda perkiraan belum ditetapkan pemerintah: centang (Spasi) yang sudah Anda pastikan, "
                          "mis. dengan SKB tiga menteri; yang tidak dicentang tidak diimpor.")
                       .format(year=offer.year, source=offer.source))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not offer.has_cuti_bersama:
            note = QLabel(tr("Cuti bersama {year} belum ada di daftar bawaan (SKB-nya terbit setelah Desk ini dibuat): "
                             "tambahkan setelah terbit.").format(year=offer.year))
            note.setWordWrap(True)
            note.setStyleSheet(MUTED_STYLE)
            layout.addWidget(note)
        self.table = make_table([tr("Pastikan"), tr("Tanggal"), tr("Hari"), tr("Jenis"), tr("Nama"), tr("Hasil")],
                                "library_rows")
        layout.addWidget(self.table, 1)
        self.summary = message_label("library_summary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        cancel = buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.table.itemChanged.connect(lambda _item: self._summarise())
        self.table.setFocus()
        self._summarise()

    def _fill(self) -> None:
        offer = self.offer
        rows: list[tuple[str, ...]] = []
        for h in offer.holidays:
            status = tr(STATUS_TEXT[h.status]).format(kind=h.stored.kind_label.lower() if h.stored else "")
            if h.estimated and h.status == holidays.NEW:
                status = tr("PERKIRAAN: diimpor bila dicentang")
            rows.append(("", format_numeric_date(h.date), format_long_date(h.date).split(",")[0], h.kind_label,
                         h.name, status))
        for h in offer.kept:
            rows.append(("", format_numeric_date(h.date), format_long_date(h.date).split(",")[0], h.kind_label,
                         h.name, tr("tetap: tidak ada di daftar bawaan")))
        fill_table(self.table, rows, [h.date for h in offer.holidays] + [h.date for h in offer.kept])
        self.table.blockSignals(True)
        notice = QColor(NOTICE_COLOR)
        for row, h in enumerate(offer.holidays):
            if h.estimated and h.status == holidays.NEW:
                item = self.table.item(row, COL_CONFIRM)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                for col in range(self.table.columnCount()):
                    self.table.item(row, col).setForeground(notice)
        self.table.blockSignals(False)
        if self.table.rowCount():
            self.table.setCurrentCell(0, COL_CONFIRM)

    def ticked(self) -> list[date]:
        """The estimated dates the admin has ticked."""
        return [h.date for row, h in enumerate(self.offer.holidays)
                if h.estimated and h.status == holidays.NEW
                and self.table.item(row, COL_CONFIRM).checkState() == Qt.CheckState.Checked]

    def chosen(self) -> int:
        return sum(1 for h in self.offer.new if not h.estimated) + len(self.ticked())

    def _summarise(self) -> None:
        offer, chosen = self.offer, self.chosen()
        left_out = len(offer.estimated) - len(self.ticked())
        text = tr("{n} hari libur akan ditambahkan; {same} sudah ada di daftar kantor.").format(
            n=chosen, same=len(offer.holidays) - len(offer.new))
        if left_out:
            text += " " + tr("{n} tanggal perkiraan belum dicentang: tidak diimpor sekarang.").format(n=left_out)
        show_message(self.summary, text, problem=chosen == 0)
        self.import_button.setEnabled(chosen > 0)
        self.import_button.setText(tr("&Impor {n} hari libur").format(n=chosen))

    def _accept(self) -> None:
        self.confirmed = self.ticked()
        self.accept()
