"""Reading and writing JSON files safely.

Reading refuses, with an Indonesian message and never a traceback: a file too large, text that
is not UTF-8, broken JSON (with its line and column), and nesting deeper than any Desk file
has (`[[[[...` a hundred thousand deep made Python's parser hit its recursion limit). Every
text in the result is free of control characters (line breaks and tabs stay), as the cells of
a table are.
"""

from __future__ import annotations

import json
import re
from typing import Any

from desk.domain.imports import ImportRejected
from desk.domain.intake import plain_text
from desk.domain.messages import N_

MAX_JSON_BYTES = 50_000_000  # a thousand services with all their versions is a few megabytes
MAX_DEPTH = 64  # Desk's own files nest 5 deep
# A JSON string (skipped whole) or one bracket: enough to count nesting without parsing.
_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def load_json(data: bytes, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    if len(data) > max_bytes:
        raise ImportRejected(message=f"Berkas JSON terlalu besar (lebih dari {max_bytes // 1_000_000} MB) "
                                     "untuk diimpor.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(message=N_("Berkas JSON tidak dapat dibaca: isinya bukan teks UTF-8.")) from exc
    depth = 0
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise ImportRejected(message=f"Berkas JSON tidak dapat dibaca: bersarang terlalu dalam (lebih dari "
                                             f"{max_depth} tingkat). Berkas ini bukan ekspor Desk.")
        elif token in "]}":
            depth -= 1
    try:
        content = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(message=f"Berkas JSON tidak dapat dibaca: penulisannya salah di baris {exc.lineno}, "
                                     f"kolom {exc.colno}.") from exc
    except RecursionError as exc:  # pragma: no cover - the count above keeps the parser shallow
        raise ImportRejected(message=N_("Berkas JSON tidak dapat dibaca: bersarang terlalu dalam.")) from exc
    return _without_controls(content)


def _without_controls(value: Any) -> Any:
    if isinstance(value, str):
        return plain_text(value, multiline=True)
    if isinstance(value, list):
        return [_without_controls(item) for item in value]
    if isinstance(value, dict):
        return {plain_text(str(key)): _without_controls(item) for key, item in value.items()}
    return value


def dump_json(content: Any) -> bytes:
    """Readable, diff-friendly UTF-8 JSON (the same content gives the same bytes)."""
    return (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
