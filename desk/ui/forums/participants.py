"""Invitees of a forum: the list, add one by one (type-ahead), edit, remove, import; and the sheet to print.

Phone numbers are masked in the list as everywhere else (0813-****-2222); an editor sees the
whole number in the participant's own dialog.
"""

from __future__ import annotations

from pathlib import Path

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

from desk.domain.document_kinds import DocumentKind
from desk.domain.forum_rules import SORT_BY_NAME, SORT_BY_UNSUR, ParticipantRecord, matches, unsur_short
from desk.domain.messages import N_
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, OK_COLOR, may
from desk.ui.forums import printing
from desk.ui.forums.common import tr
from desk.ui.forums.import_dialog import FILE_FILTERS, ImportDialog, open_import_dialog
from desk.ui.forums.participant_dialog import ParticipantDialog, open_participant_dialog
from desk.ui.operations import publish
from desk.ui.preview import PdfPreview
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs
from desk.ui.widgets.search_box import SearchBox
from desk.ui.widgets.tables import fill_table, make_table, selected_key

COLUMNS = (N_("No."), N_("Nama"), N_("Unsur"), N_("Instansi"), N_("Jabatan"), N_("L/P"), N_("No. HP"), N_("Setuju foto"),
           N_("Setuju publikasi"), N_("Status"))
MAX_BLANK_ROWS = 500


def yes_no(value: bool) -> str:
    return tr("ya") if value else tr("tidak")


class ParticipantsPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.forum_id: int | None = None
        self.people: list[ParticipantRecord] = []
        self.shown: list[ParticipantRecord] = []
        self.dialog: ParticipantDialog | ImportDialog | None = None
        self.preview: PdfPreview | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.search = SearchBox(delay_ms=80)
        self.search.setObjectName("participant_search")
        self.search.setPlaceholderText(tr("Saring: nama atau instansi"))
        self.search.search_changed.connect(self.filter)
        self.search.down_pressed.connect(lambda: self.table.setFocus())
        buttons.addWidget(self.search, 1)
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
        self.count = QLabel()
        self.count.setObjectName("participant_count")
        self.count.setStyleSheet(MUTED_STYLE)
        buttons.addWidget(self.count)
        layout.addLayout(buttons)
        self.table = make_table([tr(c) for c in COLUMNS], "participants", stretch=3, fit_contents=False)
        self.table.activated.connect(lambda _i: self.edit())  # Enter or double click
        layout.addWidget(self.table, 1)
        layout.addWidget(self._sheet_box())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_file)
        editing = may(db.actor, access.FORUM_EDIT)
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            b.setVisible(editing)

    def _sheet_box(self) -> QGroupBox:
        box = QGroupBox(tr("Daftar hadir"))
        row = QHBoxLayout(box)
        self.landscape = QCheckBox(tr("Mendatar"))
        self.landscape.setObjectName("sheet_landscape")
        self.sort = QComboBox()
        self.sort.setObjectName("sheet_sort")
        self.sort.addItem(tr("Urut unsur, lalu nama"), SORT_BY_UNSUR)
        self.sort.addItem(tr("Urut nama"), SORT_BY_NAME)
        self.blank_rows = QSpinBox()
        self.blank_rows.setObjectName("sheet_blank_rows")
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        self.blank_rows.setValue(10)
        blank_rows_label = QLabel(tr("&Baris kosong"))
        blank_rows_label.setBuddy(self.blank_rows)
        self.phone = QCheckBox(tr("Kolom No. HP (hanya yang setuju)"))
        self.phone.setObjectName("sheet_phone")
        self.phone.setVisible(may(self.db.actor, access.REVEAL_PERSONAL))
        self.blank = QCheckBox(tr("Lembar kosong"))
        self.blank.setObjectName("sheet_blank")
        self.print_button = QPushButton(tr("&Cetak daftar hadir…"))
        self.print_button.setObjectName("print_sheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.print_button.setVisible(may(self.db.actor, access.PRINT))
        for widget in (self.sort, self.landscape, blank_rows_label, self.blank_rows, self.phone, self.blank):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.print_button)
        return box

    # --- data -------------------------------------------------------------------------------------

    def show_people(self, forum_id: int | None, people: tuple[ParticipantRecord, ...]) -> None:
        keep = selected_key(self.table) if forum_id == self.forum_id else None
        self.forum_id = forum_id
        self.people = list(people)
        self.filter(self.search.text(), keep=keep)
        invited = sum(1 for p in self.people if p.invited)
        present = sum(1 for p in self.people if p.present)
        self.count.setText(tr("%n peserta · {invited} diundang · {present} hadir", "", len(self.people)).format(
            invited=invited, present=present))
        for b in (self.add_button, self.import_button, self.print_button):
            b.setEnabled(forum_id is not None)

    def filter(self, text: str = "", *, keep: int | None = None) -> None:
        self.shown = [p for p in self.people if matches(p, text)]
        rows = [
            [str(i), p.name, translated(unsur_short(p.unsur)), p.institution, p.position, p.sex, p.phone_masked,
             yes_no(p.consent_photo), yes_no(p.consent_publication),
             tr("hadir") if p.present else (tr("tanpa undangan") if p.walk_in else tr("diundang"))]
            for i, p in enumerate(self.shown, 1)
        ]
        fill_table(self.table, rows, [p.id for p in self.shown],
                   highlight={i for i, p in enumerate(self.shown) if p.present}, color=OK_COLOR)
        self.table.resizeColumnsToContents()
        row = next((i for i, p in enumerate(self.shown) if p.id == keep), 0 if self.shown else -1)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> ParticipantRecord | None:
        key = selected_key(self.table)
        return next((p for p in self.shown if p.id == key), None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- actions ----------------------------------------------------------------------------------

    def add(self) -> None:
        if self.forum_id is None:
            return
        forum_id = self.forum_id
        self.dialog = open_participant_dialog(
            self, self.db, forum_id, lambda d: forums.add_participant(self.db, forum_id, d),
            tr("Tambah peserta undangan"))

    def edit(self) -> None:
        person = self.selected()
        if person is None or self.forum_id is None or not may(self.db.actor, access.FORUM_EDIT):
            return
        self.dialog = open_participant_dialog(
            self, self.db, self.forum_id, lambda d: forums.update_participant(self.db, person.id, d),
            tr("Ubah peserta"), person.as_draft())

    def remove(self) -> None:
        person = self.selected()
        if person is None or self.forum_id is None:
            return
        if not dialogs.confirm(self, tr("Hapus peserta"), tr("Hapus {name} dari daftar peserta forum ini?").format(
                name=person.name), tr("Hapus")):
            return
        try:
            done = forums.remove_participant(self.db, person.id)
        except StoreError as exc:
            dialogs.inform(self, tr("Tidak dapat menghapus"), error_text(exc), problem=True)
            return
        publish(self, done.changes)

    def import_file(self) -> None:
        if self.forum_id is None:
            return
        path = dialogs.choose_open_file(self, tr("Pilih daftar undangan"), FILE_FILTERS)
        if path is None:
            return
        self.dialog = open_import_dialog(self, self.db, self.forum_id, Path(path))

    def print_sheet(self) -> None:
        if self.forum_id is None:
            return
        from desk.documents.attendance import AttendanceOptions, render_attendance

        landscape, blank_rows, blank = self.landscape.isChecked(), self.blank_rows.value(), self.blank.isChecked()
        show_phone = self.phone.isChecked() and self.phone.isVisible()
        sort = str(self.sort.currentData())

        def build(data: forums.ForumPrintData, paper: str, copy_no: int) -> bytes:
            options = AttendanceOptions(paper=paper, landscape=landscape, blank_rows=blank_rows, blank=blank,
                                        show_phone=show_phone, sort=sort, copy_no=copy_no)
            return render_attendance(data.office, data.forum, data.participants, options)

        self.preview = printing.open_forum_document(
            self, self.db, self.forum_id, DocumentKind.ATTENDANCE, build,
            suggested_name=f"daftar-hadir-forum-{self.forum_id}.pdf", with_phone=show_phone,
            details={"landscape": landscape, "blank_rows": blank_rows, "blank": blank, "phone_column": show_phone},
        )
