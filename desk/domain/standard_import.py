"""What a standards file says, between the file reader (desk.formats) and the store.

The reader turns a JSON export or an Excel workbook into these records, with the place of
every field in the file; the store checks them against the database and imports them, and
reports each problem at that place. For export the store hands the file writer the same
content the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from desk.domain.imports import ImportProblem
from desk.domain.records import StandardRecord
from desk.domain.standard_rules import StandardDraft

FileKind = Literal["json", "xlsx"]
# A field's place in the file: field key -> (place in words, spreadsheet row or None, column letter or "").
Locator = Callable[[str], tuple[str, int | None, str]]


@dataclass(frozen=True, slots=True)
class ForumRef:
    """The forum that approved a version, named as a file can name it."""

    title: str
    starts_at: datetime  # aware, UTC
    venue: str = ""


@dataclass(slots=True)
class VersionIn:
    draft: StandardDraft
    where: Locator
    version_no: int | None = None
    created_at: datetime | None = None
    forum: ForumRef | None = None
    quiet: frozenset[str] = frozenset()  # fields already reported (column absent, cell unreadable)
    from_sheet: bool = False  # an Excel row: it names no forum


@dataclass(slots=True)
class ServiceIn:
    code: str
    unit_code: str
    name: str
    where: Locator
    sort: int | None = None
    active: bool | None = None
    versions: list[VersionIn] = field(default_factory=list)
    empty: bool = False  # an Excel row whose components are all blank


@dataclass(slots=True)
class UnitIn:
    code: str
    name: str
    full_name: str
    where: Locator
    sort: int | None = None
    active: bool = True


@dataclass(slots=True)
class StandardsFile:
    """Everything a file says, and the problems found reading it (the store adds its own)."""

    kind: FileKind
    name: str  # the file's name, for the audit trail
    units: list[UnitIn] = field(default_factory=list)
    services: list[ServiceIn] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def problem(self, where: tuple[str, int | None, str], message: str) -> None:
        self.problems.append(ImportProblem(where[1], message, where[2], where[0]))


# --- export ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportedUnit:
    code: str
    name: str
    full_name: str
    sort: int
    active: bool


@dataclass(frozen=True, slots=True)
class ExportedVersion:
    standard: StandardRecord
    forum: ForumRef | None


@dataclass(frozen=True, slots=True)
class ExportedService:
    code: str
    unit_code: str
    name: str
    sort: int
    active: bool
    versions: tuple[ExportedVersion, ...]  # oldest first

    @property
    def latest(self) -> StandardRecord | None:
        return self.versions[-1].standard if self.versions else None


@dataclass(frozen=True, slots=True)
class StandardsContent:
    """Every unit and service with every version, in the order the files list them."""

    units: tuple[ExportedUnit, ...]
    services: tuple[ExportedService, ...]
