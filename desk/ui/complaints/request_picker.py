"""Choosing the request a complaint is about: search the register by number, name, NIK or phone, Enter picks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desk.domain.messages import N_
from desk.store import complaints
from desk.store.complaints import LinkableRequest
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, short_datetime
from desk.ui.translations import error_text
from desk.ui.widgets.buttons import save_cancel_buttons
from desk.ui.widgets.search_box import SearchBox
from desk.ui.widgets.tables import fill_table, make_table, selected_key

HEADERS = (N_("Nomor registrasi"), N_("Diterima"), N_("Pemohon"), N_("Layanan"), N_("Status"))


class RequestPicker(QDialog):
    """`chosen` is the picked request after the dialog is accepted."""

    def __init__(self, db: Database, tz: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tz = db, tz
        self.chosen: LinkableRequest | None = None
        self._found: dict[int, LinkableRequest] = {}
        self.setObjectName("request_picker")
        self.setWindowTitle(self.tr("Pilih permohonan yang diadukan"))
        self.resize(860, 440)
        layout = QVBoxLayout(self)
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Nomor registrasi, nama pemohon, NIK atau nomor HP…"))
        self.table = make_table([self.tr(h) for h in HEADERS], "requests", stretch=3)
        self.note = QLabel()
        self.note.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        buttons = save_cancel_buttons(self, self.tr("&Pilih"), on_save=self._choose)
        layout.addWidget(buttons)
        self.search.search_changed.connect(self.find)
        self.search.down_pressed.connect(self._to_table)
        self.search.returnPressed.connect(self._enter_in_search)
        self.table.doubleClicked.connect(lambda _index: self._choose())
        self.search.setText(text)
        self.search.flush()
        self.search.setFocus()

    def find(self, text: str) -> None:
        try:
            found = complaints.find_requests(self.db, text)
        except StoreError as exc:
            self.note.setText(error_text(exc))
            return
        self._found = {r.id: r for r in found}
        fill_table(self.table, [(r.ref_number, short_datetime(r.received_at, self.tz), r.visitor_name, r.service_name,
                                 r.status_label) for r in found], [r.id for r in found])
        if found:
            self.table.selectRow(0)
        self.note.setText(self.tr("Tidak ada permohonan yang cocok.") if text.strip() and not found else
                          self.tr("Enter memilih baris yang disorot."))

    def _to_table(self) -> None:
        if self.table.rowCount():
            self.table.setFocus()

    def _enter_in_search(self) -> None:
        if self.table.rowCount():
            self._choose()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._choose()
            return
        super().keyPressEvent(event)

    def _choose(self) -> None:
        key = selected_key(self.table)
        if key is None:
            return
        self.chosen = self._found.get(key)
        self.accept()
