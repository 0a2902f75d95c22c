"""Excel files as other programs write them, made for real: openpyxl first, then the sheet XML edited."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook


def write_workbook(path: Path, rows: Sequence[Sequence[object]], title: str = "Sheet") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def edit_sheet_xml(path: Path, edit: Callable[[str], str], sheet: int = 1) -> Path:
    """Rewrite xl/worksheets/sheet{N}.xml of the workbook at `path` in place."""
    member = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts[member] = edit(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def set_dimension(path: Path, ref: str, sheet: int = 1) -> Path:
    """Give the sheet a recorded `<dimension>` that says `ref`, whatever its rows are (a stale one)."""
    def edit(xml: str) -> str:
        assert "<dimension " in xml
        return re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', xml)

    return edit_sheet_xml(path, edit, sheet)


def sheet_xml_with_rows(rows_xml: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<dimension ref="A1:C3"/><sheetData>' + rows_xml + b"</sheetData></worksheet>")


def replace_sheet(path: Path, sheet_xml: bytes, sheet: int = 1) -> Path:
    """Put a whole new sheet XML in the workbook (for files no spreadsheet program would write slowly)."""
    member = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts[member] = sheet_xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def inline_row(number: int, *values: str) -> bytes:
    cells = b"".join(
        b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (bytes([65 + i]), number, v.encode("utf-8"))
        for i, v in enumerate(values)
    )
    return b'<row r="%d">%s</row>' % (number, cells)
