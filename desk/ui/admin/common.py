"""Pieces the administration pages share: the page base (database, office clock, a message line, the
kinds of data it shows), and the all-or-nothing import dialog for CSV and Excel lists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk.domain.imports import ImportRejected
from desk.formats.table import TABLE_SUFFIXES, XLSX_SUFFIXES, Row, read_table
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change, Changes, Done, office_context
from desk.ui.common import message_label, show_message
from desk.ui.operations import BROADCAST, publish
from desk.ui.translations import error_text, translated
from desk.ui.widgets.tables import fill_table, make_table

Rows = tuple[Row, ...]
# Something to attend to that is not an error: a form holding unsaved changes, a notice for an officer.
NOTICE_COLOR = "#7a5300"
NOTICE_STYLE = f"color: {NOTICE_COLOR}; font-weight: bold;"
Clock = Callable[[], datetime]
T = TypeVar("T")


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join(f"*{suffix}" for suffix in suffixes)


_TEXT_SUFFIXES = tuple(s for s in TABLE_SUFFIXES if s not in XLSX_SUFFIXES)
# What the file chooser of every admin import offers: what desk.formats reads, Excel and CSV alike.
TABLE_FILTERS = (f"Daftar CSV atau Excel ({_patterns(TABLE_SUFFIXES)});;Excel ({_patterns(XLSX_SUFFIXES)});;"
                 f"CSV ({_patterns(_TEXT_SUFFIXES)})")


def tr(text: str) -> str:
    return QCoreApplication.translate("Admin", text)


def now_of(clock: Clock | None) -> datetime | None:
    """The moment an operation should take as now: the injected clock's (tests), else the real one (None)."""
    return clock() if clock is not None else None


def today_of(db: Database, clock: Clock | None) -> date:
    """The office's date now (or at the injected clock's time)."""
    return office_context(db, now=now_of(clock)).today


def _broadcaster(widget: QObject) -> QObject | None:
    """The main window above `widget` (what `publish` reaches), or None for a page shown on its own."""
    target = widget.parent()
    while target is not None:
        if callable(getattr(target, BROADCAST, None)):
            return target
        target = target.parent()
    return None


class EntryDialog(Protocol):
    """A dialog whose input the page stores; it shows a refusal it can place (a field's error) itself."""

    def exec(self) -> int: ...

    def show_refusal(self, exc: StoreError) -> bool: ...


class AdminPage(QWidget):
    """An admin page: the database bound to the acting user, the office clock (injected in tests) and
    `message`, the line under the page that says what the last action did.

    A page carries out each action with one store operation and publishes what it changed; the
    main window tells every page, and a page reloads (`reload`) only for the kinds in `KINDS`: at
    once when it is on screen, else when it is next shown (a counter's saves do not make hidden
    admin pages count requests). A page shown on its own, outside a main window, tells itself.
    """

    KINDS: ClassVar[frozenset[Change]] = frozenset()

    def __init__(self, db: Database, parent: QWidget | None, *, message_name: str,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._clock = clock
        self._stale = False
        self.message = message_label(message_name)

    def now(self) -> datetime | None:
        return now_of(self._clock)

    def reload(self) -> None:
        raise NotImplementedError

    def on_changed(self, changes: Changes) -> None:
        if not changes.touches(self.KINDS):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def publish(self, changes: Changes) -> None:
        """Tell the main window what an operation changed (it tells every area, this page too)."""
        if _broadcaster(self) is not None:
            publish(self, changes)
        elif changes.touches(self.KINDS):
            self.reload()

    def done(self, done: Done[T]) -> T:
        """The value of an operation that succeeded, after publishing what it changed."""
        self.publish(done.changes)
        return done.value

    def perform(self, operation: Callable[[], Done[T]], where: QLabel | None = None) -> T | None:
        """Run one operation for a user action: its value, or None after saying why not in `where`
        (default: the page's message line). What it changed is published."""
        try:
            done = operation()
        except StoreError as exc:
            show_message(where or self.message, error_text(exc), problem=True)
            return None
        return self.done(done)

    @staticmethod
    def ask(dialog: EntryDialog) -> bool:
        """Run a dialog (patched in tests)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_until_stored(self, dialog: EntryDialog, store: Callable[[], Done[T]]) -> T | None:
        """Ask until the operation `store()` takes the dialog's input, or the admin cancels (None).

        A refusal the dialog can show (beside a field) asks again; any other one ends up in `message`.
        """
        while self.ask(dialog):
            try:
                done = store()
            except StoreError as exc:
                if not dialog.show_refusal(exc):
                    show_message(self.message, error_text(exc), problem=True)
                    return None
                continue
            return self.done(done)
        return None

    @staticmethod
    def run_import(dialog: TableImportDialog) -> Any:
        """Show the import dialog and wait: its report, or None (patched in tests, which press its buttons)."""
        dialog.exec()
        return dialog.result_report

    def import_table_file(self, path: Path, check: Callable[[Rows, bool], T],
                          run: Callable[[Rows, bool], Done[T]], *, title: str, intro: str,
                          describe: Callable[[Any], list[tuple[str, str, str, bool]]], replace_label: str) -> T | None:
        """Show what importing the CSV or Excel file would do, row by row, and import it when the admin says so.

        `check(rows, replace)` reports without writing, `run(...)` is the import operation; the
        import's report, or None (unreadable file, cancelled, or a file with problems).
        """
        try:
            rows = read_table(path).rows
        except ImportRejected as exc:
            show_message(self.message, "\n".join(translated(line) for line in exc.lines()), problem=True)
            return None
        dialog = TableImportDialog(self, title, intro, lambda replace: check(rows, replace),
                                   lambda replace: self.done(run(rows, replace)), describe, replace_label)
        result: T | None = self.run_import(dialog)
        return result


class TableImportDialog(QDialog):
    """Shows what importing a file would do, row by row, and imports only when every row is fine.

    ``check(replace)`` gives the report without writing, ``run(replace)`` imports (through the
    page, which publishes what changed); ``describe`` turns a report into (first column, problems
    or action) table rows.
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
        self.rows = make_table([tr("Baris"), tr("Isi"), tr("Hasil pemeriksaan")], "import_rows")
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
            fill_table(self.rows, [])
            show_message(self.summary, error_text(exc), problem=True)
            self.import_button.setEnabled(False)
            return
        self._show(self.report)

    def _show(self, report: Any) -> None:
        described = self._describe(report)
        fill_table(self.rows, [(line, what, result) for line, what, result, _ok in described],
                   highlight={i for i, row in enumerate(described) if not row[3]})
        bad = sum(1 for row in described if not row[3])
        problem = getattr(report, "problem", None)
        if problem:
            show_message(self.summary, problem, problem=True)
        elif bad:
            show_message(self.summary, tr("{bad} dari {n} baris bermasalah. Perbaiki berkasnya; tidak ada yang "
                                          "diimpor selama masih ada baris bermasalah.").format(bad=bad, n=len(described)),
                         problem=True)
        else:
            show_message(self.summary, tr("Semua {n} baris baik dan siap diimpor.").format(n=len(described)))
        self.import_button.setEnabled(bool(report.ok))

    def do_import(self) -> None:
        try:
            report = self._run(self.replace.isChecked())
        except StoreError as exc:
            show_message(self.summary, error_text(exc), problem=True)
            return
        if not report.ok:  # the list changed since the check (another counter): show why
            self.report = report
            self._show(report)
            return
        self.result_report = report
        self.accept()
