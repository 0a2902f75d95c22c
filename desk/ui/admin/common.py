"""Pieces the administration pages share: the page base (database, who is acting, a message line),
the office's date, and the all-or-nothing CSV import dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk.domain.imports import ImportRejected
from desk.formats.table import Row, read_table
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.requests import office_today
from desk.ui.common import ActorSource, message_label, resolve_actor, show_message
from desk.ui.widgets.tables import fill_table, make_table

Rows = tuple[Row, ...]

if TYPE_CHECKING:  # type only: the UI never runs SQL itself
    from desk.store.database import Session

Clock = Callable[[], datetime]
T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("Admin", text)


def today_of(db: Database, clock: Clock | None) -> date:
    """The office's date now (or at the injected clock's time)."""
    with db.read() as session:
        return office_today(session, clock() if clock else datetime.now(UTC))


class EntryDialog(Protocol):
    """A dialog whose input the page stores; it shows a refusal it can place (a field's error) itself."""

    def exec(self) -> int: ...

    def show_refusal(self, exc: StoreError) -> bool: ...


class AdminPage(QWidget):
    """An admin page: the database, who is acting (asked at each use: the login may change) and `message`,
    the line under the page that says what the last action did."""

    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None, *, message_name: str) -> None:
        super().__init__(parent)
        self.db = db
        self._actor = actor
        self.message = message_label(message_name)

    @property
    def actor(self) -> Actor | None:
        return resolve_actor(self._actor)

    @staticmethod
    def ask(dialog: EntryDialog) -> bool:
        """Run a dialog (patched in tests)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_until_stored(self, dialog: EntryDialog, store: Callable[[Session], T]) -> T | None:
        """Ask until `store(session)` takes the dialog's input, or the admin cancels (None).

        A refusal the dialog can show (beside a field) asks again; any other one ends up in `message`.
        """
        while self.ask(dialog):
            try:
                with self.db.write(self.actor) as session:
                    return store(session)
            except StoreError as exc:
                if not dialog.show_refusal(exc):
                    show_message(self.message, exc.message, problem=True)
                    return None
        return None

    @staticmethod
    def run_import(dialog: CsvImportDialog) -> Any:
        """Show the import dialog and wait: its report, or None (patched in tests, which press its buttons)."""
        dialog.exec()
        return dialog.result_report

    def import_csv_file(self, path: Path, check: Callable[[Session, Rows, bool], T],
                        run: Callable[[Session, Rows, bool], T], *, title: str, intro: str,
                        describe: Callable[[Any], list[tuple[str, str, str, bool]]], replace_label: str) -> T | None:
        """Show what importing the CSV or Excel file would do, row by row, and import it when the admin says so.

        `check(session, rows, replace)` reports without writing, `run(...)` imports; the import's
        report, or None (unreadable file, cancelled, or a file with problems).
        """
        try:
            rows = read_table(path).rows
        except ImportRejected as exc:
            show_message(self.message, "\n".join(exc.lines()), problem=True)
            return None

        def checked(replace: bool) -> T:
            with self.db.read() as session:
                return check(session, rows, replace)

        def imported(replace: bool) -> T:
            with self.db.write(self.actor) as session:
                return run(session, rows, replace)

        result: T | None = self.run_import(CsvImportDialog(self, title, intro, checked, imported, describe,
                                                           replace_label))
        return result


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
            show_message(self.summary, exc.message, problem=True)
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
            show_message(self.summary, exc.message, problem=True)
            return
        if not report.ok:  # the list changed since the check (another counter): show why
            self.report = report
            self._show(report)
            return
        self.result_report = report
        self.accept()
