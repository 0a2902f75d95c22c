"""The intake checklist: which documents a request still lacks, and when its file counts as complete.

A requirement the standard marks as applying only sometimes is optional: the file is complete
without it. The seeded standards say so in a closing parenthesis: "(jika ada)", "(apabila
dipersyaratkan …)", "(khusus …)", "(bagi …)", "(untuk duplikat)", "(untuk pembaruan)" and the like.
Every other requirement is mandatory.
Where a service's time counts from a complete file (PermenPANRB 15/2014: the completion time runs
once the requirements are met), the due date counts from the day the last mandatory document came in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desk.domain.messages import N_
from desk.domain.workdays import WorkCalendar

_OPTIONAL = re.compile(
    r"\((?:(?:jika|bila|apabila) (?:ada|dipersyaratkan\b[^()]*)"
    r"|(?:khusus|bagi)\b[^()]*"
    r"|untuk (?:duplikat|pembaruan|penggantian|negara tujuan|koperasi desa)[^()]*)\)\s*$",
    re.IGNORECASE,
)


def is_optional(requirement: str) -> bool:
    """Whether the file is complete without this requirement ("NPWP (jika ada)", "... (khusus koperasi)")."""
    return bool(_OPTIONAL.search(requirement.strip()))


def missing_mandatory(items: Iterable[tuple[str, bool]]) -> list[str]:
    """The mandatory requirements not yet received, in checklist order; items are (text, received)."""
    return [text for text, received in items if not received and not is_optional(text)]


def due_start(received: date, completed_on: date | None, from_complete: bool) -> tuple[date, bool]:
    """The day the standard's time counts from, and whether it still waits for a complete file.

    Without the rule (or before the file is complete, as an estimate) it is the day received.
    """
    if not from_complete:
        return received, False
    if completed_on is None:
        return received, True
    return max(received, completed_on), False


@dataclass(frozen=True, slots=True)
class DuePlan:
    due: date  # the due date (an estimate while `awaiting`)
    start: date  # the day it counts from
    awaiting: bool  # waiting for a complete file: the office's time has not started


def plan_due(calendar: WorkCalendar, received: date, completed_on: date | None, from_complete: bool,
             same_day: bool, duration_days: int | None) -> DuePlan:
    """The due date of a request received on `received` whose file was complete on `completed_on`."""
    start, awaiting = due_start(received, completed_on, from_complete)
    return DuePlan(calendar.add_working_days(start, 0 if same_day else (duration_days or 0)), start, awaiting)


def completion_day(ticks: Sequence[tuple[str, bool]], before: date | None, today: date) -> date | None:
    """When the file became complete, given the checklist now: kept while complete, today if it just became so."""
    if missing_mandatory(ticks):
        return None
    return before or today


def due_note(awaiting: bool, from_complete: bool, completed_on: date | None, due_from: date | None) -> str:
    """How a due date was counted, in a few words ("" when simply from the day received)."""
    if awaiting:
        return N_("perkiraan; dihitung ulang saat berkas wajib lengkap")
    if from_complete and completed_on is not None and due_from == completed_on:
        return N_("dihitung sejak berkas lengkap")
    return ""
