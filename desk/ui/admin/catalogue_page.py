"""Units and services (admin): which are offered at the counter, and new ones.

Ticking "Aktif" off takes a service out of intake and of the standards look-up at once;
its old requests keep showing it. "Sejak berkas lengkap" is the service's rule for its time: ticked,
the working days count from the day the file is complete; unticked, from the day it was received;
open requests of the service get the due date the new rule gives them. A new service stays inactive until its standard is
written in the standards editor, so the counter never offers a service without one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
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

from desk.domain.records import UnitRecord
from desk.store import admin
from desk.store.admin import CatalogueService
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.request_changes import set_due_counting
from desk.store.work import Change, Done
from desk.ui.admin.common import AdminPage, tr
from desk.ui.common import error_label, show_error_text, show_message
from desk.ui.screen_text import format_number
from desk.ui.translations import error_text
from desk.ui.widgets.buttons import button_row, push_button, save_cancel_buttons

UNIT, SERVICE = "unit", "service"
COL_NAME, COL_ACTIVE, COL_FROM_COMPLETE, COL_STANDARD, COL_REQUESTS = 0, 1, 2, 3, 4


class NewEntryDialog(QDialog):
    """Code + name (+ full name for a unit, + unit for a service); validated by the store on Save."""

    def __init__(self, title: str, units: list[tuple[int, str]] | None, parent: QWidget | None = None,
                 *, full_name: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        for unit_id, label in units or []:
            self.unit.addItem(label, unit_id)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.errors = {key: error_label(f"{key}_error") for key in ("unit", "code", "name", "full_name")}
        rows = ([("unit", tr("&Bidang:"), self.unit)] if units is not None else []) + [
            ("code", tr("&Kode:"), self.code), ("name", tr("&Nama:"), self.name),
        ] + ([("full_name", tr("Nama &lengkap:"), self.full_name)] if full_name else [])
        for key, label, editor in rows:
            cell = QVBoxLayout()
            cell.addWidget(editor)
            cell.addWidget(self.errors[key])
            buddy = QLabel(label)
            buddy.setBuddy(editor)
            form.addRow(buddy, cell)
        layout.addLayout(form)
        layout.addWidget(save_cancel_buttons(self))

    def show_refusal(self, exc: StoreError) -> bool:
        """Field errors go beside their fields (and the admin tries again); other refusals are the page's."""
        if not isinstance(exc, admin.InvalidInput):
            return False
        for key, label in self.errors.items():
            show_error_text(label, exc.errors.get(key, ""))
        return True


class CataloguePage(AdminPage):
    # Units and services, whether each has a standard, and how many requests each has had.
    KINDS = frozenset({Change.CATALOGUE, Change.STANDARDS, Change.REQUESTS})

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent, message_name="catalogue_message")
        self.rows: tuple[CatalogueService, ...] = ()
        self.units: tuple[UnitRecord, ...] = ()
        self._loading = False
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("catalogue")
        self.tree.setHeaderLabels([tr("Bidang / layanan"), tr("Aktif"), tr("Sejak berkas lengkap"), tr("Standar"),
                                   tr("Permohonan")])
        self.tree.headerItem().setToolTip(COL_FROM_COMPLETE, tr(
            "Dicentang: jangka waktu layanan dihitung sejak berkas lengkap. Tidak dicentang: sejak permohonan "
            "diterima. Tenggat permohonan yang masih terbuka dihitung ulang."))
        self.tree.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 1)
        self.add_unit_button = push_button(tr("Tambah bi&dang…"), self.add_unit)
        self.add_service_button = push_button(tr("Tambah la&yanan…"), self.add_service)
        self.rename_button = push_button(tr("&Ubah nama…"), self.rename_selected)
        layout.addLayout(button_row(self.add_unit_button, self.add_service_button, self.rename_button))
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        try:
            shown = admin.catalogue(self.db)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        self.rows, self.units = shown.services, shown.units
        units = {u.id: u for u in self.units}
        self._loading = True
        self.tree.clear()
        unit_items: dict[int, QTreeWidgetItem] = {}
        for unit in units.values():
            item = QTreeWidgetItem([f"{unit.code} — {unit.name}", "", "", "", ""])
            item.setData(COL_NAME, Qt.ItemDataRole.UserRole, (UNIT, unit.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(COL_ACTIVE, Qt.CheckState.Checked if unit.active else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
            unit_items[unit.id] = item
        for row in self.rows:
            item = QTreeWidgetItem([f"{row.code} — {row.name}", "", "",
                                    tr("ada") if row.has_standard else tr("belum ada"), format_number(row.requests)])
            item.setData(COL_NAME, Qt.ItemDataRole.UserRole, (SERVICE, row.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(COL_ACTIVE, Qt.CheckState.Checked if row.active else Qt.CheckState.Unchecked)
            item.setCheckState(COL_FROM_COMPLETE,
                               Qt.CheckState.Checked if row.time_from_complete else Qt.CheckState.Unchecked)
            item.setTextAlignment(COL_REQUESTS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not row.offered:
                item.setToolTip(COL_NAME, tr("Tidak ditawarkan di loket dan pencarian standar."))
                for col in range(self.tree.columnCount()):
                    item.setForeground(col, Qt.GlobalColor.gray)
            unit_items[row.unit_id].addChild(item)
        self.tree.expandAll()
        for col in (COL_ACTIVE, COL_FROM_COMPLETE, COL_STANDARD, COL_REQUESTS):
            self.tree.resizeColumnToContents(col)
        self._loading = False

    def item_for(self, kind: str, code: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            unit = self.tree.topLevelItem(i)
            candidates = [unit] + [unit.child(j) for j in range(unit.childCount())]
            for item in candidates:
                key = item.data(COL_NAME, Qt.ItemDataRole.UserRole)
                if key[0] == kind and item.text(COL_NAME).split(" — ")[0] == code:
                    return item
        return None

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column not in (COL_ACTIVE, COL_FROM_COMPLETE):
            return
        kind, key = item.data(COL_NAME, Qt.ItemDataRole.UserRole)
        if column == COL_FROM_COMPLETE:
            self._due_counting_changed(item, key, item.checkState(column) == Qt.CheckState.Checked)
            return
        active = item.checkState(COL_ACTIVE) == Qt.CheckState.Checked
        name = item.text(COL_NAME)
        switch = admin.set_unit_active if kind == UNIT else admin.set_service_active
        try:
            done = switch(self.db, key, active)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            QTimer.singleShot(0, self.reload)  # not inside the item's own signal: reload deletes the item
            return
        show_message(self.message, (tr("{name} aktif: ditawarkan di loket.") if active else
                                    tr("{name} nonaktif: tidak ditawarkan lagi; permohonan lamanya tetap tercatat."))
                     .format(name=name))
        # Published after the item's own signal has returned: the reload it brings deletes the item.
        QTimer.singleShot(0, lambda: self.publish(done.changes))

    def _due_counting_changed(self, item: QTreeWidgetItem, service_id: int, from_complete: bool) -> None:
        name = item.text(COL_NAME)
        try:
            done = set_due_counting(self.db, service_id, from_complete)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            QTimer.singleShot(0, self.reload)
            return
        rule = (tr("{name}: jangka waktu dihitung sejak berkas lengkap.") if from_complete else
                tr("{name}: jangka waktu dihitung sejak permohonan diterima.")).format(name=name)
        moved = tr(" {n} permohonan terbuka mendapat tenggat baru.").format(n=format_number(done.value))
        show_message(self.message, rule + (moved if done.value else ""))
        QTimer.singleShot(0, lambda: self.publish(done.changes))

    def add_unit(self) -> bool:
        dialog = NewEntryDialog(tr("Tambah bidang"), None, self, full_name=True)
        made = self.ask_until_stored(dialog, lambda: admin.add_unit(
            self.db, dialog.code.text(), dialog.name.text(), dialog.full_name.text()))
        if made is None:
            return False
        show_message(self.message, tr("Bidang {code} ditambahkan.").format(code=made.code))
        return True

    def add_service(self) -> bool:
        units = [(u.id, f"{u.code} — {u.name}") for u in self.units]
        dialog = NewEntryDialog(tr("Tambah layanan"), units, self)
        made = self.ask_until_stored(dialog, lambda: admin.add_service(
            self.db, int(dialog.unit.currentData()), dialog.code.text(), dialog.name.text()))
        if made is None:
            return False
        show_message(self.message, tr("Layanan {code} ditambahkan, belum aktif: tulis standar pelayanannya di layar Standar "
                      "Pelayanan, lalu aktifkan di sini.").format(code=made.code))
        return True

    def rename_selected(self) -> bool:
        item = self.tree.currentItem()
        if item is None:
            return False
        kind, key = item.data(COL_NAME, Qt.ItemDataRole.UserRole)
        current = item.text(COL_NAME).split(" — ", 1)[1]
        unit = next((u for u in self.units if u.id == key), None) if kind == UNIT else None
        dialog = NewEntryDialog(tr("Ubah nama"), None, self, full_name=kind == UNIT)
        dialog.code.setText(item.text(COL_NAME).split(" — ")[0])
        dialog.code.setReadOnly(True)
        dialog.name.setText(current)
        if unit is not None:
            dialog.full_name.setText(unit.full_name)

        def rename() -> Done[object]:
            if kind == UNIT:
                return admin.update_unit(self.db, key, dialog.name.text(), dialog.full_name.text())  # type: ignore[return-value]
            return admin.rename_service(self.db, key, dialog.name.text())  # type: ignore[return-value]

        return self.ask_until_stored(dialog, rename) is not None
