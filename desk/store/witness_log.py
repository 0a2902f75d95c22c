"""The audit witness log: copies of the audit trail's head, kept in a file beside the data.

Every backup Desk makes and every recap it prints appends a line here with the newest audit
entry (id and hash) it saw, and a restore appends the point the trail went back to. The file
lives in the data folder, not in the database it witnesses; `desk audit verify` compares the
trail with these lines and with the backup files themselves (desk.safety.witness).
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk.domain.audit_trail import AuditHead

log = logging.getLogger(__name__)

WITNESS_FILE = "saksi-jejak-audit.jsonl"
RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class WitnessLine:
    at: datetime
    head: AuditHead
    source: str  # what saw it: "cadangan desk-….sqlite3", "rekap tercetak …"
    kind: str = "witness"  # or RESTORE: the trail went back to `head`


def append(folder: Path | None, head: AuditHead | None, source: str, *, kind: str = "witness",
           at: datetime | None = None) -> None:
    """Add one line (nothing when there is no folder or no entry yet); a failure is logged, never raised."""
    if folder is None or head is None:
        return
    line = {"at": (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"), "kind": kind,
            "id": head.entry_id, "hash": head.hash, "source": source}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / WITNESS_FILE).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError as exc:  # a witness is a second line of defence: never fail the backup or print for it
        log.warning("audit witness not written: %s", type(exc).__name__)


def read(folder: Path | None) -> list[WitnessLine]:
    """Every readable line of the log (a damaged line is skipped: it witnesses nothing)."""
    if folder is None:
        return []
    try:
        text = (folder / WITNESS_FILE).read_text(encoding="utf-8")
    except OSError:
        return []
    lines: list[WitnessLine] = []
    for raw in text.splitlines():
        with contextlib.suppress(ValueError, KeyError, TypeError):
            data = json.loads(raw)
            lines.append(WitnessLine(datetime.fromisoformat(data["at"]), AuditHead(int(data["id"]), str(data["hash"])),
                                     str(data.get("source", "")), str(data.get("kind", "witness"))))
    return lines
