"""Kecamatan and desa/kelurahan (admin): the address pickers' list, edited by hand or imported as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.store import admin_regions
from desk.store.admin_regions import RegionImport, RegionRecord
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change
from desk.ui.admin.common import TABLE_FILTERS, AdminPage, tr
from desk.ui.common import MUTED_STYLE, error_label, show_error_text, show_message
from desk.ui.screen_text import format_number
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import button_row, push_button, save_cancel_buttons


class RegionDialog(QDialog):
    """Code and name of a new region, or a new name for one."""

    def __init__(self, title: str, region: RegionRecord | None = None, parent: QWidget | None = None,
                 *, parent_code: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit(region.code if region else (parent_code + "." if parent_code else ""))
        self.code.setObjectName("code")
        self.code.setReadOnly(region is not None)
        self.code.setPlaceholderText(tr("kecamatan 63.11.04, desa 63.11.04.2008"))
        self.name = QLineEdit(region.name if region else "")
        self.name.setObjectName("name")
        self.error = error_label("region_error")
        form.addRow(tr("&Kode Kemendagri:"), self.code)
        form.addRow(tr("&Nama:"), self.name)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel_buttons(self))

    def show_refusal(self, exc: StoreError) -> bool:
        """Every refusal is about the code or the name typed here: say it here, and let the admin correct it."""
        show_error_text(self.error, error_text(exc))
        return True


def describe_region_import(report: RegionImport) -> list[tuple[str, str, str, bool]]:
    return [
        (str(r.line), f"{r.code}  {r.name}", r.action.upper() if r.ok else "; ".join(r.problems), r.ok)
        for r in report.rows
    ]


class RegionsPage(AdminPage):
    KINDS = frozenset({Change.REGIONS, Change.REQUESTS})  # the regions, and how many visitors' addresses use each

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent, message_name="regions_message")
        self.records: tuple[RegionRecord, ...] = ()
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Daftar ini mengisi pilihan kecamatan dan desa pada alamat pemohon. Kode mengikuti "
                          "Kepmendagri (kecamatan 63.11.04, desa 63.11.04.2008, kelurahan 63.11.06.1019)."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("regions")
        self.tree.setHeaderLabels([tr("Nama"), tr("Kode"), tr("Jenis"), tr("Dipakai pengunjung")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemDoubleClicked.connect(lambda *_: self.rename_selected())
        layout.addWidget(self.tree, 1)
        self.add_button = push_button(tr("&Tambah…"), self.add)
        self.rename_button = push_button(tr("&Ubah nama…"), self.rename_selected)
        self.delete_button = push_button(tr("&Hapus"), self.delete_selected)
        self.import_button = push_button(tr("&Impor CSV/Excel…"), self.import_file, "import_regions")
        hint = QLabel(tr("Kolom: kode, nama (baris provinsi dan kabupaten dilewati)"))
        hint.setStyleSheet(MUTED_STYLE)
        layout.addLayout(button_row(self.add_button, self.rename_button, self.delete_button, self.import_button,
                                    note=hint))
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        try:
            self.records = admin_regions.list_regions(self.db)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        for r in sorted(self.records, key=lambda r: (r.parent_code is not None, r.name)):
            item = QTreeWidgetItem([r.name, r.code, translated(r.level_label), format_number(r.visitors) if r.visitors else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, r.code)
            if r.parent_code and r.parent_code in parents:
                parents[r.parent_code].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
                parents[r.code] = item
        self.tree.sortItems(0, Qt.SortOrder.AscendingOrder)
        for col in (1, 2, 3):
            self.tree.resizeColumnToContents(col)

    def selected(self) -> RegionRecord | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        code = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.records if r.code == code), None)

    def add(self) -> bool:
        current = self.selected()
        parent_code = (current.parent_code or current.code) if current else ""
        dialog = RegionDialog(tr("Tambah wilayah"), None, self, parent_code=parent_code)
        made = self.ask_until_stored(dialog, lambda: admin_regions.add_region(
            self.db, dialog.code.text(), dialog.name.text()))
        if made is None:
            return False
        show_message(self.message, tr("{name} ditambahkan.").format(name=made.name))
        return True

    def rename_selected(self) -> bool:
        region = self.selected()
        if region is None:
            return False
        dialog = RegionDialog(tr("Ubah nama wilayah"), region, self)
        if self.ask_until_stored(dialog, lambda: admin_regions.rename_region(
                self.db, region.code, dialog.name.text())) is None:
            return False
        show_message(self.message, tr("Nama {code} diubah.").format(code=region.code))
        return True

    def delete_selected(self) -> bool:
        region = self.selected()
        if region is None:
            return False
        if not dialogs.confirm(self, tr("Hapus wilayah"), tr("Hapus {level} {name} ({code})?").format(
                level=translated(region.level_label).lower(), name=region.name, code=region.code), tr("Hapus")):
            return False
        if self.perform(lambda: admin_regions.delete_region(self.db, region.code)) is None:
            return False
        show_message(self.message, tr("{name} dihapus.").format(name=region.name))
        return True

    @staticmethod
    def choose_file(parent: QWidget | None) -> Path | None:
        """The CSV or Excel file the admin picks (patched in tests)."""
        return dialogs.choose_open_file(parent, tr("Impor wilayah dari CSV atau Excel"), tr(TABLE_FILTERS))

    def import_file(self) -> RegionImport | None:
        path = self.choose_file(self)
        if path is None:
            return None
        report = self.import_table_file(
            path,
            lambda rows, _replace: admin_regions.check_region_import(self.db, rows),
            lambda rows, replace: admin_regions.import_regions(self.db, rows, replace=replace),
            title=tr("Impor wilayah: {name}").format(name=path.name),
            intro=tr("Setiap baris diperiksa. Bila satu saja bermasalah, tidak ada yang diimpor."),
            describe=describe_region_import,
            replace_label=tr("&Hapus wilayah yang tidak ada di berkas (kecuali yang dipakai alamat pengunjung)"),
        )
        if report is None:
            return None
        text_done = tr("Wilayah: {a} ditambah, {r} diubah namanya, {d} dihapus.").format(
            a=report.added, r=report.renamed, d=report.removed)
        if report.kept_in_use:
            text_done += " " + tr("Tetap disimpan karena dipakai alamat pengunjung: {codes}.").format(
                codes=", ".join(report.kept_in_use))
        show_message(self.message, text_done)
        return report
