"""Reading a CSV file's rows (see table.py for what is accepted and why)."""

from __future__ import annotations

import csv
import io

from desk.domain.imports import ImportProblem, ImportRejected
from desk.domain.intake import plain_text
from desk.domain.messages import Filled
from desk.formats.cells import MSG_NOT_TABLE, Row, clean_cell, is_blank

DELIMITERS = (";", "\t", ",")


def decode(data: bytes) -> str:
    """The text of a CSV file: UTF-16 with a BOM, UTF-8 (with or without BOM), else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportRejected(message=Filled(MSG_NOT_TABLE, name="ini")) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The separator of a CSV: `,`, `;` or tab, whichever its first non-empty line has most of."""
    # Excel with Indonesian regional settings saves "CSV" with semicolons (the comma is the decimal mark).
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delim: first.count(delim) for delim in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, *, limit: int, too_many: ImportRejected) -> list[Row]:
    """The non-blank rows of a CSV file, each with the line it starts on; at most `limit` (else `too_many`)."""
    # Control characters go before the csv module sees them: it chokes on some, PostgreSQL refuses NUL.
    text = plain_text(decode(data), multiline=True)
    # newline=None reads CR-only (old Mac Excel) and CRLF line endings as line feeds, also inside quotes.
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=sniff_delimiter(text))
    rows: list[Row] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problem = ImportProblem(start, "Baris ini tidak dapat dibaca: isinya terlalu panjang, atau tanda petik "
                                           "(\") tidak ditutup.")
            raise ImportRejected((problem,)) from exc
        cleaned = tuple(clean_cell(cell) for cell in cells)
        if is_blank(cleaned):
            continue
        if len(rows) >= limit:
            raise too_many
        rows.append(Row(start, cleaned))
    return rows
