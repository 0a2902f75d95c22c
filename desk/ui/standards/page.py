"""One service's standard as the officer reads it to a visitor: six public components large, eight below.

The version in force is shown unless an earlier (or a coming) version is picked; a request
always keeps the version it was received under, so reading an old one answers "what did I
have to bring back then?". The words of the look-up stay marked on the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.domain.records import StandardRecord
from desk.domain.standard_rules import ALIASES_LABEL
from desk.store import standards
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import ERROR_STYLE, MUTED_STYLE
from desk.ui.standards.html import standard_html, version_line
from desk.ui.translations import error_text

OLD_STYLE = "background:#fff4d6; color:#5a4300; padding:4px;"


class ServicePage(QWidget):
    """`start_request`, `edit_requested`, `compare_requested` and `print_requested(kind)` carry the service id."""

    start_request = Signal(int)
    edit_requested = Signal(int)
    compare_requested = Signal(int)
    print_requested = Signal(str)  # "standard" | "board"

    def __init__(self, db: Database, *, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_page")
        self.db = db
        self.can_edit = can_edit
        self.service_id: int | None = None
        self.record: StandardRecord | None = None
        self.versions: list[standards.VersionSummary] = []
        self.entry: standards.ServiceEntry | None = None
        self.words: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("service_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("service_subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.subtitle)

        self.version_box = QComboBox()
        self.version_box.setObjectName("version")
        self.version_box.setMinimumContentsLength(16)
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version_box.currentIndexChanged.connect(lambda _i: self._version_chosen())
        self.start_button = QPushButton(self.tr("&Mulai permohonan"))
        self.start_button.setObjectName("start_request")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._emit(self.start_request))
        self.print_standard = QPushButton(self.tr("Cetak s&tandar…"))
        self.print_standard.setObjectName("print_standard")
        self.print_standard.clicked.connect(lambda: self.print_requested.emit("standard"))
        self.print_board = QPushButton(self.tr("Cetak &papan…"))
        self.print_board.setObjectName("print_board")
        self.print_board.clicked.connect(lambda: self.print_requested.emit("board"))
        self.compare_button = QPushButton(self.tr("Ban&dingkan versi…"))
        self.compare_button.setObjectName("compare")
        self.compare_button.clicked.connect(lambda: self._emit(self.compare_requested))
        self.edit_button = QPushButton(self.tr("&Ubah standar (versi baru)…"))
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.edit_button.setVisible(can_edit)
        # Two short rows rather than one long one: the page must fit beside the list on a 1366-px screen.
        first = QHBoxLayout()
        first.addWidget(self.start_button)
        first.addStretch(1)
        first.addWidget(self.print_standard)
        first.addWidget(self.print_board)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Versi:")))
        second.addWidget(self.version_box, 1)
        second.addWidget(self.compare_button)
        second.addWidget(self.edit_button)
        for button in (self.print_standard, self.print_board, self.compare_button, self.edit_button):
            button.setAutoDefault(False)
        layout.addLayout(first)
        layout.addLayout(second)
        self.notice = QLabel()
        self.notice.setObjectName("version_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.body = QTextBrowser()
        self.body.setObjectName("standard_body")
        self.body.setOpenLinks(False)
        layout.addWidget(self.body, 1)
        self.clear()

    def _emit(self, signal: Signal) -> None:
        if self.service_id is not None:
            signal.emit(self.service_id)  # type: ignore[attr-defined]

    # --- showing ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.service_id = None
        self.record = None
        self.entry = None
        self.title.setText(self.tr("Standar Pelayanan"))
        self.subtitle.setText(self.tr("Pilih layanan di sebelah kiri, atau ketik kata yang dicari: nama layanan, "
                                      "persyaratan (mis. ijazah), prosedur, produk, dasar hukum…"))
        self.version_box.clear()
        self.notice.hide()
        self.body.clear()
        for widget in (self.start_button, self.version_box, self.print_standard, self.print_board,
                       self.compare_button, self.edit_button):
            widget.setEnabled(False)

    def show_service(self, service_id: int, words: tuple[str, ...] = (), *, keep_version: bool = False) -> None:
        """Show a service as its version in force (or, with `keep_version`, as the version shown now)."""
        self.words = words
        version_id = self.current_version_id() if keep_version and service_id == self.service_id else None
        try:
            shown = standards.service_standard(self.db, service_id, version_id)
        except StoreError as exc:
            self.clear()
            self.subtitle.setText(error_text(exc))
            return
        self.service_id = service_id
        self.entry = entry = shown.entry
        self.versions = list(shown.versions)
        self.title.setText(f"{entry.service.code} — {entry.service.name}")
        self.version_box.blockSignals(True)
        self.version_box.clear()
        for version in self.versions:
            self.version_box.addItem(version.label(), version.id)
        chosen = shown.record.id if shown.record else None
        self.version_box.setCurrentIndex(max(0, self.version_box.findData(chosen)))
        self.version_box.blockSignals(False)
        has_standard = bool(self.versions)
        self.start_button.setEnabled(has_standard and entry.offered)
        self.version_box.setEnabled(has_standard)
        for widget in (self.print_standard, self.print_board):
            widget.setEnabled(has_standard)
        self.compare_button.setEnabled(len(self.versions) > 1)
        self.edit_button.setEnabled(self.can_edit)
        self.edit_button.setText(self.tr("&Ubah standar (versi baru)…") if has_standard
                                 else self.tr("&Tulis standar…"))
        self._show_record(shown.record)

    def _version_chosen(self) -> None:
        version_id = self.version_box.currentData()
        if self.entry is None or version_id is None:
            return
        try:
            record = standards.get_version(self.db, version_id)
        except StoreError as exc:
            self.notice.setText(error_text(exc))
            self.notice.setStyleSheet(ERROR_STYLE)
            self.notice.show()
            return
        self._show_record(record)

    def _show_record(self, record: StandardRecord | None) -> None:
        entry = self.entry
        assert entry is not None
        unit = entry.unit_full_name
        aliases = f"{ALIASES_LABEL}: {', '.join(entry.aliases)}" if entry.aliases else ""
        self.record = record
        if record is None:
            self.subtitle.setText(" · ".join(part for part in (unit, aliases) if part))
            self.notice.setText(self.tr("Layanan ini belum mempunyai standar pelayanan.")
                                + (self.tr(" Tulis standarnya dengan tombol Tulis standar.") if self.can_edit else ""))
            self.notice.setStyleSheet(ERROR_STYLE)
            self.notice.show()
            self.body.clear()
            return
        summary = next(v for v in self.versions if v.id == record.id)
        self.subtitle.setText("\n".join(part for part in (f"{unit} · {version_line(record, summary.forum_title)}",
                                                             aliases) if part))
        notice = ""
        if summary.state == "lama":
            notice = self.tr("Ini versi lama: tidak berlaku lagi untuk permohonan baru. Permohonan yang diterima "
                             "saat versi ini berlaku tetap memakai persyaratannya.")
        elif summary.state == "akan berlaku":
            notice = self.tr("Versi ini baru berlaku sejak tanggal tersebut; sampai saat itu permohonan baru "
                             "memakai versi yang berlaku sekarang.")
        if not entry.offered:
            notice = (notice + " " if notice else "") + self.tr(
                "Layanan ini sedang tidak aktif: tidak dapat dipilih untuk permohonan baru.")
        self.notice.setText(notice)
        self.notice.setStyleSheet(OLD_STYLE)
        self.notice.setVisible(bool(notice))
        self.body.setHtml(standard_html(record, self.words))

    def current_version_id(self) -> int | None:
        return self.version_box.currentData()

    def current_version_no(self) -> int | None:
        return self.record.version_no if self.record else None
