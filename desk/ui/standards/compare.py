"""Comparing two versions of a service's standard, component by component."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.store import standards
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.screen_text import format_date
from desk.ui.standards.html import diff_html
from desk.ui.translations import error_text


class CompareDialog(QDialog):
    """Two version pickers (older, newer) and the differences between them."""

    def __init__(self, db: Database, service_id: int, parent: QWidget | None = None, *,
                 old_id: int | None = None, new_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("compare_dialog")
        shown = standards.service_standard(db, service_id)
        entry = shown.entry
        self.versions = list(shown.versions)  # newest first
        self.setWindowTitle(self.tr("Bandingkan versi — {code}").format(code=entry.service.code))
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(entry.service.code)} — {escape(entry.service.name)}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        pickers = QHBoxLayout()
        self.old = QComboBox()
        self.old.setObjectName("old_version")
        self.new = QComboBox()
        self.new.setObjectName("new_version")
        for version in self.versions:
            self.old.addItem(version.label(), version.id)
            self.new.addItem(version.label(), version.id)
        pickers.addWidget(QLabel(self.tr("Versi lama:")))
        pickers.addWidget(self.old, 1)
        pickers.addWidget(QLabel(self.tr("dibandingkan dengan:")))
        pickers.addWidget(self.new, 1)
        layout.addLayout(pickers)
        self.show_same = QCheckBox(self.tr("Tampilkan juga baris yang tidak berubah"))
        layout.addWidget(self.show_same)
        self.meta = QLabel()
        self.meta.setObjectName("meta")
        self.meta.setWordWrap(True)
        layout.addWidget(self.meta)
        self.view = QTextBrowser()
        self.view.setObjectName("differences")
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # By default: the version before the chosen (or newest) one against it.
        new_index = self._index(new_id) if new_id is not None else 0
        old_index = self._index(old_id) if old_id is not None else min(new_index + 1, len(self.versions) - 1)
        self.new.setCurrentIndex(new_index)
        self.old.setCurrentIndex(old_index)
        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.show_same.toggled.connect(self.refresh)
        self.resize(900, 640)
        self.refresh()

    def _index(self, version_id: int) -> int:
        return next((i for i, v in enumerate(self.versions) if v.id == version_id), 0)

    def refresh(self) -> None:
        old_id, new_id = self.old.currentData(), self.new.currentData()
        if old_id is None or new_id is None:
            self.view.setHtml(self.tr("<p>Layanan ini belum mempunyai standar.</p>"))
            return
        if old_id == new_id:
            self.meta.setText(self.tr("Pilih dua versi yang berbeda."))
            self.view.clear()
            return
        try:
            diffs = standards.compare_versions(self.db, old_id, new_id)
        except StoreError as exc:
            self.meta.setText(error_text(exc))
            return
        old = next(v for v in self.versions if v.id == old_id)
        new = next(v for v in self.versions if v.id == new_id)
        changes = []
        if old.effective_date != new.effective_date:
            changes.append(self.tr("tanggal berlaku {a} → {b}").format(a=format_date(old.effective_date),
                                                                        b=format_date(new.effective_date)))
        if old.sk_number != new.sk_number:
            changes.append(self.tr("SK {a} → {b}").format(a=old.sk_number or "—", b=new.sk_number or "—"))
        if old.forum_title != new.forum_title:
            changes.append(self.tr("forum {a} → {b}").format(a=old.forum_title or "—", b=new.forum_title or "—"))
        self.meta.setText(self.tr("Versi {a} → versi {b}").format(a=old.version_no, b=new.version_no)
                          + (": " + "; ".join(changes) if changes else ""))
        self.view.setHtml(diff_html(diffs, show_same=self.show_same.isChecked()))

    @classmethod
    def show_for(cls, parent: QWidget | None, db: Database, service_id: int, *,
                 new_id: int | None = None) -> CompareDialog:
        """Open the comparison without blocking (window-modal)."""
        dialog = cls(db, service_id, parent, new_id=new_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
