"""Pieces the administration pages share: who is acting, questions and file choosers (patched in tests),
read-only tables, and the all-or-nothing CSV import dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import office_today
from desk.ui.common import ERROR_STYLE, OK_STYLE

ActorSource = Actor | Callable[[], Actor | None] | None
Clock = Callable[[], datetime]


def tr(text: str) -> str:
    return QCoreApplication.translate("Admin", text)


def resolve_actor(source: ActorSource) -> Actor | None:
    return source() if callable(source) else source


def today_of(db: Database, clock: Clock | None) -> date:
    """The office's date now (or at the injected clock's time)."""
    with db.read() as session:
        return office_today(session, clock() if clock else datetime.now(UTC))


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def inform(parent: QWidget | None, title: str, text: str, *, problem: bool = False) -> None:
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def choose_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """The file the admin picks, or None (monkeypatched in tests)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def message_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, problem: bool) -> None:
    label.setStyleSheet(ERROR_STYLE if problem else OK_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def table(headers: Sequence[str], object_name: str) -> QTableWidget:
    """A read-only, row-selecting table whose last column stretches."""
    view = QTableWidget(0, len(headers))
    view.setObjectName(object_name)
    view.setHorizontalHeaderLabels(list(headers))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)  # one line per row; a long decree is elided and shown whole in the tooltip
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def fill(view: QTableWidget, rows: Sequence[Sequence[str]], *, data: Sequence[Any] | None = None,
         problem_rows: set[int] | None = None) -> None:
    view.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if len(text) > 40:
                item.setToolTip(text)
            if data is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            if problem_rows and r in problem_rows:
                item.setForeground(QColor("#a40000"))
            view.setItem(r, c, item)


class ImportReport(Protocol):
    @property
    def ok(self) -> bool: ...


class CsvImportDialog(QDialog):
    """Shows what importing a file would do, row by row, and imports only when every row is fine.

    ``check(replace)`` gives the report without writing, ``run(replace)`` imports; ``describe``
    turns a report into (first column, problems or action) table rows.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        check: Callable[[bool], Any],
        run: Callable[[bool], Any],
        describe: Callable[[Any], list[tuple[str, str, str, bool]]],
        replace_label: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 520)
        self._check, self._run, self._describe = check, run, describe
        self.result_report: Any = None
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        self.replace = QCheckBox(replace_label)
        self.replace.setObjectName("replace")
        self.replace.toggled.connect(self.recheck)
        layout.addWidget(self.replace)
        self.rows = table([tr("Baris"), tr("Isi"), tr("Hasil pemeriksaan")], "import_rows")
        layout.addWidget(self.rows, 1)
        self.summary = message_label("import_summary")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.report: Any = None
        self.recheck()

    def recheck(self) -> None:
        try:
            self.report = self._check(self.replace.isChecked())
        except StoreError as exc:
            self.report = None
            fill(self.rows, [])
            show_message(self.summary, exc.message, problem=True)
            self.import_button.setEnabled(False)
            return
        self._show(self.report)

    def _show(self, report: Any) -> None:
        described = self._describe(report)
        fill(self.rows, [(line, what, result) for line, what, result, _ok in described],
             problem_rows={i for i, row in enumerate(described) if not row[3]})
        bad = sum(1 for row in described if not row[3])
        problem = getattr(report, "problem", None)
        if problem:
            show_message(self.summary, problem, problem=True)
        elif bad:
            show_message(self.summary, tr("{bad} dari {n} baris bermasalah. Perbaiki berkasnya; tidak ada yang "
                                          "diimpor selama masih ada baris bermasalah.").format(bad=bad, n=len(described)),
                         problem=True)
        else:
            show_message(self.summary, tr("Semua {n} baris baik dan siap diimpor.").format(n=len(described)),
                         problem=False)
        self.import_button.setEnabled(bool(report.ok))

    def do_import(self) -> None:
        try:
            report = self._run(self.replace.isChecked())
        except StoreError as exc:
            show_message(self.summary, exc.message, problem=True)
            return
        if not report.ok:  # the list changed since the check (another counter): show why
            self.report = report
            self._show(report)
            return
        self.result_report = report
        self.accept()
