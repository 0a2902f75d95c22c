"""Invitees of a forum: the list, add one by one (type-ahead), edit, remove, import; and the sheet to print."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.forum_rules import SORT_BY_NAME, SORT_BY_UNSUR, ParticipantRecord, unsur_short
from desk.domain.phone import format_phone
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, OK_COLOR, ActorSource, may, resolve_actor
from desk.ui.forums import printing
from desk.ui.forums.common import tr
from desk.ui.forums.import_dialog import FILE_FILTERS, ImportDialog
from desk.ui.forums.participant_dialog import ParticipantDialog
from desk.ui.widgets import dialogs
from desk.ui.widgets.tables import fill_table, make_table, selected_key

COLUMNS = ("No", "Nama", "Unsur", "Instansi", "Jabatan", "L/P", "No. HP", "Setuju foto", "Setuju publikasi", "Status")


def yes_no(value: bool) -> str:
    return tr("ya") if value else tr("tidak")


class ParticipantsPanel(QWidget):
    """`changed()` after the list changed (the page refreshes the other tabs)."""

    changed = Signal()

    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.forum_id: int | None = None
        self.people: list[ParticipantRecord] = []
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Tambah peserta…"))
        self.add_button.setObjectName("add_participant")
        self.edit_button = QPushButton(tr("&Ubah…"))
        self.edit_button.setObjectName("edit_participant")
        self.remove_button = QPushButton(tr("&Hapus"))
        self.remove_button.setObjectName("remove_participant")
        self.import_button = QPushButton(tr("&Impor CSV/Excel…"))
        self.import_button.setObjectName("import_participants")
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("participant_count")
        self.count.setStyleSheet(MUTED_STYLE)
        buttons.addWidget(self.count)
        layout.addLayout(buttons)
        self.table = make_table([tr(c) for c in COLUMNS], "participants", stretch=3, fit_contents=False)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        layout.addWidget(self._sheet_box())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_file)
        editing = may(actor, access.FORUM_EDIT)
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            b.setVisible(editing)

    def _sheet_box(self) -> QGroupBox:
        box = QGroupBox(tr("Daftar hadir (PDF)"))
        row = QVBoxLayout(box)
        self.paper = QComboBox()
        self.paper.setObjectName("sheet_paper")
        self.paper.addItem("F4", "F4")
        self.paper.addItem("A4", "A4")
        self.landscape = QCheckBox(tr("Mendatar"))
        self.landscape.setObjectName("sheet_landscape")
        self.sort = QComboBox()
        self.sort.setObjectName("sheet_sort")
        self.sort.addItem(tr("Urut unsur, lalu nama"), SORT_BY_UNSUR)
        self.sort.addItem(tr("Urut nama"), SORT_BY_NAME)
        self.blank_rows = QSpinBox()
        self.blank_rows.setObjectName("sheet_blank_rows")
        self.blank_rows.setRange(0, 500)
        self.blank_rows.setValue(10)
        self.phone = QCheckBox(tr("Kolom No. HP (hanya yang setuju)"))
        self.phone.setObjectName("sheet_phone")
        self.phone.setVisible(may(self.actor, access.REVEAL_PERSONAL))
        self.blank = QCheckBox(tr("Lembar kosong"))
        self.blank.setObjectName("sheet_blank")
        self.print_button = QPushButton(tr("&Cetak daftar hadir…"))
        self.print_button.setObjectName("print_sheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.print_button.setVisible(may(self.actor, access.PRINT))
        # Two rows, so the Forums area fits a 1366-pixel office screen beside the forum list.
        first = QHBoxLayout()
        for widget in (QLabel(tr("Kertas")), self.paper, self.landscape, self.sort, QLabel(tr("Baris kosong")),
                       self.blank_rows):
            first.addWidget(widget)
        first.addStretch(1)
        second = QHBoxLayout()
        for widget in (self.phone, self.blank):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.print_button)
        row.addLayout(first)
        row.addLayout(second)
        try:
            from desk.store.printing_defaults import ATTENDANCE, default_paper

            with self.db.read(resolve_actor(self.actor)) as session:
                self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper(session, ATTENDANCE))))
        except (ImportError, StoreError):
            pass
        return box

    # --- data -------------------------------------------------------------------------------------

    def load(self, forum_id: int | None) -> None:
        self.forum_id = forum_id
        self.people = []
        if forum_id is not None:
            with self.db.read(resolve_actor(self.actor)) as session:
                self.people = forums.list_participants(session, forum_id)
        rows = [
            [str(i), p.name, unsur_short(p.unsur), p.institution, p.position, p.sex,
             format_phone(p.phone) if p.phone else p.phone_masked, yes_no(p.consent_photo),
             yes_no(p.consent_publication),
             tr("hadir") if p.present else (tr("tanpa undangan") if p.walk_in else tr("diundang"))]
            for i, p in enumerate(self.people, 1)
        ]
        fill_table(self.table, rows, [p.id for p in self.people],
                   highlight={i for i, p in enumerate(self.people) if p.present}, color=OK_COLOR)
        self.table.resizeColumnsToContents()
        invited = sum(1 for p in self.people if p.invited)
        present = sum(1 for p in self.people if p.present)
        self.count.setText(tr("{n} peserta · {invited} diundang · {present} hadir").format(
            n=len(self.people), invited=invited, present=present))
        for b in (self.add_button, self.import_button, self.print_button):
            b.setEnabled(forum_id is not None)

    def selected(self) -> ParticipantRecord | None:
        key = selected_key(self.table)
        return next((p for p in self.people if p.id == key), None)

    # --- actions ----------------------------------------------------------------------------------

    def add(self) -> None:
        if self.forum_id is None:
            return
        forum_id = self.forum_id
        record = ParticipantDialog.ask(
            self, self.db, self.actor, forum_id, lambda s, d: forums.add_participant(s, forum_id, d),
            tr("Tambah peserta undangan"),
        )
        if record is not None:
            self.load(forum_id)
            self.changed.emit()

    def edit(self) -> None:
        person = self.selected()
        if person is None or self.forum_id is None or not may(self.actor, access.FORUM_EDIT):
            return
        record = ParticipantDialog.ask(
            self, self.db, self.actor, self.forum_id, lambda s, d: forums.update_participant(s, person.id, d),
            tr("Ubah peserta"), person.as_draft(),
        )
        if record is not None:
            self.load(self.forum_id)
            self.changed.emit()

    def remove(self) -> None:
        person = self.selected()
        if person is None or self.forum_id is None:
            return
        if not dialogs.confirm(self, tr("Hapus peserta"), tr("Hapus {name} dari daftar peserta forum ini?").format(
                name=person.name), tr("Hapus")):
            return
        try:
            with self.db.write(resolve_actor(self.actor)) as session:
                forums.remove_participant(session, person.id)
        except StoreError as exc:
            dialogs.inform(self, tr("Tidak dapat menghapus"), exc.message, problem=True)
            return
        self.load(self.forum_id)
        self.changed.emit()

    def import_file(self) -> None:
        if self.forum_id is None:
            return
        path = dialogs.choose_open_file(self, tr("Pilih daftar undangan"), FILE_FILTERS)
        if path is None:
            return
        report = ImportDialog.ask(self, self.db, self.actor, self.forum_id, path)
        if report is not None:
            self.load(self.forum_id)
            self.changed.emit()
            dialogs.inform(self, tr("Impor selesai"), tr("{n} peserta diimpor.").format(n=report.imported))

    def print_sheet(self) -> None:
        if self.forum_id is None:
            return
        from desk.documents.attendance import AttendanceOptions, render_attendance

        options = AttendanceOptions(
            paper=str(self.paper.currentData()), landscape=self.landscape.isChecked(),
            blank_rows=self.blank_rows.value(), blank=self.blank.isChecked(),
            show_phone=self.phone.isChecked() and self.phone.isVisible(), sort=str(self.sort.currentData()),
        )
        printing.deliver(
            self, self.db, self.actor, self.forum_id, "attendance",
            lambda data: render_attendance(data.office, data.forum, data.participants, options),
            paper=options.paper, suggested_name=f"daftar-hadir-forum-{self.forum_id}.pdf",
            with_phone=options.show_phone,
            details={"lanskap": options.landscape, "baris_kosong": options.blank_rows, "kosong": options.blank,
                     "kolom_hp": options.show_phone},
        )
