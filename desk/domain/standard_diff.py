"""Comparing two versions of a standard, component by component: lines added, removed and changed.

Each component is a sequence of lines (component_lines: requirements one per line, a text
component split at its line breaks and "; " clauses, time and fee as one line each). Lines are
matched with difflib; inside a replaced block, an old and a new line that still look alike
(ratio >= CHANGED_RATIO) are shown as one changed line, the rest as removed and added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from desk.domain.standard_rules import COMPONENTS, NOTES_LABEL, StandardLike, component_lines

ChangeKind = Literal["same", "added", "removed", "changed"]
CHANGED_RATIO = 0.45


@dataclass(frozen=True, slots=True)
class LineChange:
    kind: ChangeKind
    old: str  # "" for an added line
    new: str  # "" for a removed line


@dataclass(frozen=True, slots=True)
class ComponentDiff:
    number: int  # 1..14; 15 for the notes
    key: str
    label: str
    lines: tuple[LineChange, ...]

    @property
    def changed(self) -> bool:
        return any(line.kind != "same" for line in self.lines)

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for line in self.lines if line.kind == kind)


def diff_lines(old: Sequence[str], new: Sequence[str]) -> tuple[LineChange, ...]:
    out: list[LineChange] = []
    matcher = SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(LineChange("same", line, line) for line in old[i1:i2])
        elif tag == "delete":
            out.extend(LineChange("removed", line, "") for line in old[i1:i2])
        elif tag == "insert":
            out.extend(LineChange("added", "", line) for line in new[j1:j2])
        else:
            out.extend(_replaced(old[i1:i2], new[j1:j2]))
    return tuple(out)


def _replaced(old: Sequence[str], new: Sequence[str]) -> list[LineChange]:
    """Pair lines of a replaced block in order when they still look alike; the rest are removed/added."""
    out: list[LineChange] = []
    j = 0
    for line in old:
        pair = next(
            (k for k in range(j, len(new))
             if SequenceMatcher(a=line.casefold(), b=new[k].casefold(), autojunk=False).ratio() >= CHANGED_RATIO),
            None,
        )
        if pair is None:
            out.append(LineChange("removed", line, ""))
            continue
        out.extend(LineChange("added", "", added) for added in new[j:pair])
        out.append(LineChange("changed", line, new[pair]))
        j = pair + 1
    out.extend(LineChange("added", "", added) for added in new[j:])
    return out


def diff_standards(old: StandardLike, new: StandardLike) -> tuple[ComponentDiff, ...]:
    """All 14 components (and the notes) in order, each with its lines marked."""
    diffs = []
    for c in COMPONENTS:
        before, after = component_lines(old, c.key), component_lines(new, c.key)
        if c.kind in ("duration", "fee"):
            # One value, not a list: a different value is that value changed, however unlike it reads.
            lines = (LineChange("same", before[0], after[0]) if before == after
                     else LineChange("changed", before[0], after[0]),)
        else:
            lines = diff_lines(before, after)
        diffs.append(ComponentDiff(c.number, c.key, c.label, lines))
    diffs.append(ComponentDiff(15, "notes", NOTES_LABEL,
                               diff_lines(component_lines(old, "notes"), component_lines(new, "notes"))))
    return tuple(diffs)


def changed_components(diffs: Sequence[ComponentDiff]) -> tuple[ComponentDiff, ...]:
    return tuple(d for d in diffs if d.changed)
