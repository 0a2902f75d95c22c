"""Importing an invitation list (CSV or Excel): every bad or duplicate row shown; all rows or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk.domain.forum_rules import ImportCheck, unsur_label
from desk.domain.imports import ImportRejected
from desk.domain.messages import N_
from desk.formats.table import TABLE_SUFFIXES, Table, read_table
from desk.store import forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import message_label, show_message
from desk.ui.forums.common import tr
from desk.ui.operations import publish
from desk.ui.translations import error_text, translated
from desk.ui.widgets.tables import fill_table, make_table

FILE_FILTERS = "Daftar peserta (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"


class ImportDialog(QDialog):
    """Checks the file first and lists every row; "Impor" is enabled only when every row is fine.
    After the import the dialog stays open saying how many were invited; `imported(report)` fires."""

    imported = Signal(object)

    def __init__(self, db: Database, forum_id: int, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.db, self.forum_id, self.path = db, forum_id, path
        self.report: forums.ParticipantImport | None = None
        self.setWindowTitle(tr("Impor daftar undangan"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Berkas: {name}. Baris pertama berisi judul kolom: Nama, Unsur, Instansi, Jabatan, "
                          "Jenis Kelamin (L/P), No HP, Setuju Foto (ya/tidak), Setuju Publikasi (ya/tidak). "
                          "Semua baris diimpor sekaligus, atau tidak sama sekali bila ada yang bermasalah.")
                       .format(name=path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = make_table([tr("Baris"), tr("Nama"), tr("Unsur / instansi"), tr("Hasil pemeriksaan")],
                               "import_rows", fit_contents=False)
        layout.addWidget(self.rows, 1)
        self.summary = message_label("import_summary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Tutup"))
        self.import_button = buttons.addButton(tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check: ImportCheck | None = None
        self.recheck()

    def read(self) -> Table:
        return read_table(self.path, header=True, max_rows=forums.MAX_IMPORT_ROWS, what=N_("baris peserta"),
                          suffixes=TABLE_SUFFIXES)

    def recheck(self) -> None:
        self.import_button.setEnabled(False)
        try:
            table = self.read()
            self.check = forums.check_participant_rows(self.db, self.forum_id, table.header, table.rows)
        except (ImportRejected, StoreError) as exc:
            fill_table(self.rows, [])
            lines = [translated(line) for line in exc.lines()] if isinstance(exc, ImportRejected) else [error_text(exc)]
            show_message(self.summary, "\n".join(lines), problem=True)
            return
        self._show(self.check)

    def _show(self, check: ImportCheck) -> None:
        if check.header_problem:
            fill_table(self.rows, [])
            show_message(self.summary, check.header_problem, problem=True)
            return
        lines: list[tuple[int, list[str], bool]] = [
            (line, [str(line), d.name, f"{unsur_label(d.unsur)} — {d.institution}", tr("baik")], True)
            for line, d in check.rows
        ]
        lines += [(p.row or 0, [str(p.row), p.subject, "", p.message], False) for p in check.problems]
        lines.sort(key=lambda item: item[0])
        fill_table(self.rows, [cells for _, cells, _ in lines],
                   highlight={i for i, (_, _, ok) in enumerate(lines) if not ok})
        if check.problems:
            show_message(self.summary, tr("{bad} dari {n} baris bermasalah (merah). Perbaiki berkasnya lalu impor "
                                          "lagi; tidak ada yang diimpor selama masih ada baris bermasalah.")
                         .format(bad=len(check.problems), n=len(lines)), problem=True)
        elif not check.rows:
            show_message(self.summary, tr("Berkas tidak memuat satu pun baris peserta."), problem=True)
        else:
            show_message(self.summary, tr("Semua {n} baris baik dan siap diimpor.").format(n=len(check.rows)))
            self.import_button.setEnabled(True)

    def do_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        try:
            table = self.read()
            done = forums.import_participants(self.db, self.forum_id, table.header, table.rows, source=str(self.path))
        except ImportRejected:
            self.recheck()  # the list changed since the check (another counter): show why
            return
        except StoreError as exc:
            show_message(self.summary, error_text(exc), problem=True)
            return
        self.report = done.value
        publish(self, done.changes)
        self.import_button.setEnabled(False)
        show_message(self.summary, tr("{n} peserta diimpor.").format(n=done.value.imported))
        self.imported.emit(done.value)


def open_import_dialog(parent: QWidget, db: Database, forum_id: int, path: Path) -> ImportDialog:
    """Check the file and show the check without blocking; "Impor" invites everyone on it."""
    dialog = ImportDialog(db, forum_id, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
