"""What every import reports: a problem with its place in the file, and the refusal that lists them.

An import is all or nothing. The file readers (desk.formats) refuse a file they cannot read
as a table, and the store refuses content that breaks a rule; both say where, with the row
and the column letter a spreadsheet shows, in Indonesian. These records live here because
both rooms produce them and the UI and the command line show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desk.domain.errors import DomainError
from desk.domain.intake import plain_text
from desk.domain.messages import N_, Amount, Filled


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One problem of an import file, at the place a person finds it."""

    row: int | None  # the line (CSV) or row (Excel) as the user's program numbers it; None: not one row
    message: str
    column: str = ""  # the spreadsheet column letter ("H") when the problem is one cell's
    where: str = ""  # the place in words when it says more than the row: "Baris 3, kolom H (4. Biaya/Tarif)"
    subject: str = ""  # who or what the row is about (a participant's name), shown beside the row

    def place(self) -> str:
        if self.where:
            return self.where
        if self.row is None:
            return ""
        place = (Filled(N_("Baris {row}, kolom {column}"), row=self.row, column=self.column) if self.column
                 else Filled(N_("Baris {row}"), row=self.row))
        # The templates below hold no words: each part is said in the screen's language on its own.
        return Filled("{place} ({subject})", place=place, subject=self.subject) if self.subject else place

    def text(self) -> str:
        place = self.place()
        return Filled("{place}: {message}", place=place, message=self.message) if place else self.message


class ImportRejected(DomainError):
    """The file was refused: nothing was imported. `problems` says where, one by one (may be empty
    when `message` says it all, such as a file that is not a spreadsheet)."""

    def __init__(self, problems: Sequence[ImportProblem] = (), message: str = "") -> None:
        self.problems = tuple(problems)
        if not message:
            message = (self.problems[0].text() if len(self.problems) == 1 else
                       Filled(N_("{count} masalah ditemukan; tidak ada yang diimpor. Perbaiki berkas lalu impor lagi."),
                              count=Amount(len(self.problems))))
        super().__init__(message, "file")

    def lines(self) -> list[str]:
        """The message and then every problem, one line each (for a terminal or a message box)."""
        details = [p.text() for p in self.problems]
        return details if details == [self.message] else [self.message, *details]


def cell_text(value: object) -> str:
    """A cell of an imported row as text: a spreadsheet's date as 2027-01-01, a whole number without
    ".0" (Excel keeps 6311042008 and phone numbers as numbers), no control characters or outer spaces."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return plain_text(str(value), multiline=True).strip()


def one_line(text: str) -> str:
    """A one-line field as stored, typed or imported: no control characters, single spaces, trimmed."""
    return " ".join(plain_text(text).split())
