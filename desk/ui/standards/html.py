"""Rich text for the standards screens: a service's page, search snippets with the words marked, a comparison.

Plain functions returning the HTML subset QTextDocument renders; every piece of data is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from desk.domain.records import StandardRecord
from desk.domain.standard_diff import ComponentDiff
from desk.domain.standard_rules import (
    MANAGEMENT_COMPONENTS,
    MANAGEMENT_HEADING,
    NOTES_LABEL,
    PUBLIC_COMPONENTS,
    PUBLIC_HEADING,
    Component,
    component_lines,
    match_spans,
)
from desk.ui.screen_text import format_date, format_duration, format_fee

MARK = "background-color:#ffe27a; color:#000;"
ADDED = "color:#1e6b2f;"
REMOVED = "color:#a40000; text-decoration:line-through;"
MUTED = "color:#555;"
PUBLIC_PT = 15  # read aloud to a visitor across the counter
MANAGEMENT_PT = 11
HEADING_COLOR = "#1F3B63"


def highlighted(text: str, words: Iterable[str]) -> str:
    """``text`` escaped, with every occurrence of ``words`` (folded) marked."""
    out: list[str] = []
    last = 0
    for start, end in match_spans(text, words):
        out.append(escape(text[last:start]))
        out.append(f'<span style="{MARK}">{escape(text[start:end])}</span>')
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def entry_html(code: str, name: str, snippets: Sequence[tuple[str, str]], words: Sequence[str], more: int = 0,
               *, inactive: bool = False, no_standard: bool = False) -> str:
    """One service in the look-up list: code and name, then the lines that matched the search."""
    state = ""
    if no_standard:
        state = f' <span style="{MUTED}">(belum ada standar)</span>'
    elif inactive:
        state = f' <span style="{MUTED}">(tidak aktif)</span>'
    html = f"<b>{highlighted(code, words)}</b> — {highlighted(name, words)}{state}"
    for label, text in snippets:
        html += f'<br><span style="{MUTED}">{escape(label)}:</span> {highlighted(text, words)}'
    if more:
        html += f'<br><span style="{MUTED}">… dan {more} baris lain</span>'
    return html


def _component_html(std: StandardRecord, component: Component, words: Sequence[str]) -> str:
    lines = component_lines(std, component.key)
    if component.kind == "duration":
        body = highlighted(format_duration(std.same_day, std.duration_days, std.duration_minutes), words)
        return f"<p><b>{body}</b></p>"
    if component.kind == "fee":
        return f"<p><b>{highlighted(format_fee(std.fee), words)}</b></p>"
    if component.kind == "list":
        items = "".join(f"<li>{highlighted(line, words)}</li>" for line in lines)
        return f"<ol>{items}</ol>"
    text = getattr(std, component.key)
    return "".join(f"<p>{highlighted(part, words)}</p>" for part in text.split("\n") if part.strip()) or "<p>—</p>"


def _heading(text: str, size: int, top: int) -> str:
    # A paragraph, not <h3>: QTextDocument sizes its headings itself, smaller than 15 pt body text.
    return (f'<p style="font-size:{size}pt; font-weight:bold; color:{HEADING_COLOR}; margin-top:{top}px; '
            f'margin-bottom:2px;">{text}</p>')


def standard_html(std: StandardRecord, words: Sequence[str] = ()) -> str:
    """A service's standard: the six public components in large type, then the eight management ones.

    Each part's headings are a step larger than its text, so the eye finds the components and
    the text read out to a visitor stays the largest type on the page.
    """
    parts = [_heading(escape(PUBLIC_HEADING).upper(), PUBLIC_PT + 1, 0), f'<div style="font-size:{PUBLIC_PT}pt;">']
    for component in PUBLIC_COMPONENTS:
        parts.append(_heading(f"{component.number}. {escape(component.label)}", PUBLIC_PT, 10))
        parts.append(_component_html(std, component, words))
    parts.append("</div><hr>")
    parts.append(_heading(escape(MANAGEMENT_HEADING).upper(), MANAGEMENT_PT + 2, 6))
    parts.append(f'<div style="font-size:{MANAGEMENT_PT}pt;">')
    for component in MANAGEMENT_COMPONENTS:
        parts.append(_heading(f"{component.number}. {escape(component.label)}", MANAGEMENT_PT + 1, 8))
        parts.append(_component_html(std, component, words))
    if std.notes.strip():
        parts.append(_heading(escape(NOTES_LABEL), MANAGEMENT_PT + 1, 8))
        parts.extend(f"<p>{highlighted(p, words)}</p>" for p in std.notes.split("\n") if p.strip())
    parts.append("</div>")
    return "".join(parts)


def version_line(std: StandardRecord, forum_title: str = "") -> str:
    text = f"Versi {std.version_no}, berlaku sejak {format_date(std.effective_date)}"
    if std.sk_number:
        text += f" · SK Nomor {std.sk_number}"
    if forum_title:
        text += f" · disetujui dalam {forum_title}"
    return text


def diff_html(diffs: Sequence[ComponentDiff], *, show_same: bool = False) -> str:
    """Component by component: added lines green (+), removed red and struck (−), changed old → new (~)."""
    changed = [d for d in diffs if d.changed]
    if not changed:
        head = "<p><b>Isi kedua versi sama</b>; yang berbeda hanya data versinya (tanggal, SK, forum).</p>"
    else:
        names = ", ".join(f"{d.number}. {escape(d.label)}" if d.number <= 14 else escape(d.label) for d in changed)
        head = f"<p><b>{len(changed)} komponen berubah:</b> {names}</p>"
    parts = [head]
    for diff in diffs:
        if not diff.changed and not show_same:
            continue
        number = f"{diff.number}. " if diff.number <= 14 else ""
        counts = ", ".join(f"{n} {label}" for n, label in (
            (diff.count("added"), "ditambah"), (diff.count("removed"), "dihapus"), (diff.count("changed"), "diubah"))
            if n)
        parts.append(f"<h3>{number}{escape(diff.label)}"
                     + (f' <span style="{MUTED} font-weight:normal;">({counts})</span>' if counts else "") + "</h3>")
        rows = []
        for line in diff.lines:
            if line.kind == "same":
                if show_same:
                    rows.append(f'<p style="{MUTED}">&nbsp;&nbsp;{escape(line.old)}</p>')
            elif line.kind == "added":
                rows.append(f'<p style="{ADDED}">+ {escape(line.new)}</p>')
            elif line.kind == "removed":
                rows.append(f'<p><span style="{REMOVED}">− {escape(line.old)}</span></p>')
            else:
                rows.append(f'<p>~ <span style="{REMOVED}">{escape(line.old)}</span><br>'
                            f'&nbsp;&nbsp;→ <span style="{ADDED}">{escape(line.new)}</span></p>')
        parts.extend(rows)
    return "".join(parts)
