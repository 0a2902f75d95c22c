"""desk.log: the one log of the application and the command line, in the data folder.

Nothing personal is written to it (names, NIKs and phones never reach a log message: the
database layer hides bound values and translates driver errors), and nothing of it goes to the
terminal: a command's stderr carries only its own Indonesian messages. A log that cannot be
written (a full disk, a read-only folder) is dropped quietly rather than printing tracebacks.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "desk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger("desk")

# A second line of defence: what still looks like a NIK or a phone number is masked on its way to
# the file, and PostgreSQL's "DETAIL: Key (nik)=(…)" lines, which quote a row's values, are dropped.
_NIK = re.compile(r"(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)")
_PHONE = re.compile(r"(?<![\d+])(\+?62|0)(8\d{2})[\d -]{5,12}(\d{3})(?!\d)")
_DETAIL = re.compile(r"(DETAIL:).*$", re.MULTILINE)


def redact(text: str) -> str:
    """`text` with NIK-like and phone-like numbers masked and value-quoting DETAIL lines removed."""
    text = _DETAIL.sub(r"\1 (nilai disembunyikan)", text)
    text = _NIK.sub(r"\1********\2", text)
    return _PHONE.sub(r"\1\2-****-\3", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(data_dir: Path, *, terminal_fallback: bool = True) -> Path | None:
    """A rotating `desk.log` in the data folder (once per process); None when the folder cannot be written.

    Without a log file, messages go to the terminal only when `terminal_fallback` (the desktop
    app, started by hand); a command line keeps its stderr for its own messages.
    """
    logging.raiseExceptions = False  # a failing log handler must not print "--- Logging error ---"
    path = data_dir / LOG_FILE
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "desk_log_path", None) == path:
            return path
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        if terminal_fallback:
            logging.basicConfig(level=logging.INFO)
            log.warning("cannot write the log in the data folder: %s", type(exc).__name__)
        else:
            root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.desk_log_path = path  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
