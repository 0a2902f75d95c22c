"""The recap PDF, the recap workbook and the buku register, read back and compared with the store's figures;
and the commands that write them (`desk recap`, `desk print register-book`)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desk.cli import main
from desk.documents.recap import render_recap
from desk.documents.register_book import render_register_book
from desk.domain.document_kinds import DocumentKind
from desk.domain.recap_period import month_of, year_of
from desk.domain.recap_records import RecapScope, RegisterBook, RegisterBookLine
from desk.domain.text_id import format_number
from desk.formats.recap_workbook import recap_bytes
from desk.store import recaps
from desk.store.database import Database
from desk.store.demo import add_demo_requests
from desk.store.models import PrintRecord, Visitor
from desk.store.work import office_context
from tests.documents.conftest import run_tool
from tests.documents.pdfcheck import page_texts, squeezed, text
from tests.documents.seeded import ready_office

END = datetime(2026, 11, 20, 8, tzinfo=UTC)


@pytest.fixture
def demo(db: Database) -> Database:
    add_demo_requests(db, 700, seed=23, years=1.1, end=END)
    return db


def numbers(values: tuple[object, ...], decimals: tuple[int, ...] = ()) -> list[str]:
    out = []
    for i, v in enumerate(values):
        d = decimals[i] if i < len(decimals) else 0
        out.append("–" if v is None else format_number(v, d) if d else format_number(int(v)))  # type: ignore[arg-type]
    return out


def test_recap_pdf_shows_the_stores_figures_with_kop_period_printer_and_pages(demo: Database, tmp_path: Path) -> None:
    recap = recaps.recap(demo, year_of(2026), made_by="Kepala Dinas Contoh")
    pdf = render_recap(office_context(demo).profile, recap, paper="A4")
    path = tmp_path / "rekap.pdf"
    path.write_bytes(pdf)
    assert run_tool("qpdf", "qpdf", "--check", str(path)).returncode == 0
    fonts = run_tool("pdffonts", "poppler-utils", str(path)).stdout
    assert "Helvetica" not in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    pages = page_texts(pdf)
    assert len(pages) > 2
    assert all(f"Halaman {i} dari {len(pages)}" in page for i, page in enumerate(pages, 1))
    whole = text(pdf)
    assert "DINAS KOPERASI" in whole and "PERIODE TAHUN 2026" in whole
    assert "Dicetak oleh" in whole and "Kepala Dinas Contoh" in whole
    assert "KONSEP" in pages[0]  # the year is still running (and the seed profile has stand-ins)
    flat = squeezed(whole)
    for table in recap.tables:
        assert table.total is not None
        # The totals row reads in the PDF as the store made it.
        assert squeezed(" ".join(["Jumlah", *numbers(table.total.values, table.decimals)])) in flat, table.title
    status = recap.table("service_status")
    p1 = next(r for r in status.rows if r.key == "P1")
    assert squeezed(" ".join(numbers(p1.values))) in flat
    with pdfplumber.open(path) as doc:
        drawn = sum(len(page.rects) for page in doc.pages)
    assert drawn > 12  # the bar charts are drawn (ReportLab graphics), not pictures
    assert "IPK III/1" in whole and "t.d." in whole and "Desk tidak mencatat pendidikan" in whole


def test_no_column_heading_word_is_broken_across_lines(demo: Database) -> None:
    """Narrow figure columns took their headings apart ("Dibatalk" over "an"): every heading word reads whole."""
    recap = recaps.recap(demo, year_of(2026))
    tokens = set(text(render_recap(office_context(demo).profile, recap, paper="A4")).split())
    words = {word for table in recap.tables for column in table.columns for word in column.split() if len(word) > 5}
    assert "Dibatalkan" in words
    broken = [(w[:cut], w[cut:]) for w in words for cut in range(4, len(w) - 1)
              if w[:cut] in tokens and w[cut:] in tokens and w[:cut] not in words]
    assert broken == []


def test_a_closed_month_of_a_complete_office_is_no_konsep(demo: Database) -> None:
    recap = recaps.recap(demo, month_of(2026, 10), made_by="Admin")
    assert not recap.draft
    assert "KONSEP" not in text(render_recap(ready_office(), recap))  # a profile without stand-ins


def test_recap_workbook_has_real_numbers_frozen_headings_filters_and_formula_totals(demo: Database) -> None:
    recap = recaps.recap(demo, year_of(2026), made_by="Admin")
    path_bytes = recap_bytes(recap)
    from io import BytesIO

    book = load_workbook(BytesIO(path_bytes))
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary["Permohonan diterima"] == recap.headline.received
    assert summary["Tanggal awal"].date() == recap.period.first
    sheets = book.sheetnames[1:1 + len(recap.tables)]
    for name, table in zip(sheets, recap.tables, strict=True):
        ws = book[name]
        rows = list(ws.iter_rows(values_only=True))
        assert ws.freeze_panes == "B2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(table.columns) + 1).column_letter}{len(table.rows) + 1}"
        assert ws.column_dimensions["A"].width > 40
        assert rows[0][1:] == table.columns
        for sheet_row, row in zip(rows[1:-1], table.rows, strict=True):
            assert sheet_row[0] == row.label
            assert list(sheet_row[1:]) == [v for v in row.values], row.label  # numbers, not text
        totals = rows[-1]
        assert totals[0] == "Jumlah"
        for i, value in enumerate(table.total.values):  # type: ignore[union-attr]
            cell = totals[i + 1]
            if table.is_summed(i) and table.rows:
                letter = ws.cell(1, i + 2).column_letter
                assert cell == f"=SUM({letter}2:{letter}{len(table.rows) + 1})"
                assert sum(int(r.values[i] or 0) for r in table.rows) == value
            else:
                assert cell == value
    seekers = book["IPK III-1 pencari kerja"]
    values = list(seekers.iter_rows(min_row=2, values_only=True))
    assert values[0][1] == "t.d."
    assert [row[3] for row in values[:-1]] == [r.values[2] for r in recap.job_seekers.rows]  # type: ignore[union-attr]


def test_register_book_is_f4_landscape_and_closes_with_the_count(demo: Database, tmp_path: Path) -> None:
    book = recaps.register_book(demo, month_of(2026, 10), made_by="Admin")
    assert len(book.lines) > 20
    pdf = render_register_book(office_context(demo).profile, book)
    path = tmp_path / "register.pdf"
    path.write_bytes(pdf)
    with pdfplumber.open(path) as doc:
        width, height = doc.pages[0].width, doc.pages[0].height
        assert round(width) == 935 and round(height) == 609  # F4, 330 × 215 mm, landscape
    pages = page_texts(pdf)
    assert all(f"Halaman {i} dari {len(pages)}" in page for i, page in enumerate(pages, 1))
    whole = text(pdf)
    assert f"ditutup dengan jumlah {format_number(len(book.lines))} permohonan" in whole
    assert "Penanggung Jawab Pelayanan" in whole
    assert book.lines[0].ref_number in whole and book.lines[-1].ref_number in whole
    with demo.read() as session:
        niks = [n for n in session.scalars(select(Visitor.nik).where(Visitor.nik.is_not(None)).limit(50))]
    assert not any(nik in whole for nik in niks)  # NIKs are never printed


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_commands_write_the_recap_and_the_register_book_and_log_the_saves(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "data"
    code, _out, _err = desk(capsys, "--data-dir", str(folder), "demo-data", "--requests", "300", "--years", "1")
    assert code == 0
    pdf, xlsx, book = tmp_path / "rekap.pdf", tmp_path / "rekap.xlsx", tmp_path / "register.pdf"
    code, out, err = desk(capsys, "--data-dir", str(folder), "recap", "--period", "2026-11", "--unit", "PNP",
                          "--out", str(pdf))
    assert code == 0, err
    assert "Rekap November 2026, Penempatan (PNP)" in out and pdf.read_bytes().startswith(b"%PDF")
    assert "PENEMPATAN" in text(pdf.read_bytes())
    code, out, err = desk(capsys, "--data-dir", str(folder), "recap", "--period", "2026", "--out", str(xlsx))
    assert code == 0, err
    assert load_workbook(xlsx).sheetnames[0] == "Ringkasan"
    code, out, err = desk(capsys, "--data-dir", str(folder), "print", "register-book", "--period", "2026",
                          "--out", str(book))
    assert code == 0, err
    count = int(out.split(": ")[1].split(" permohonan")[0].replace(".", ""))
    assert f"ditutup dengan jumlah {format_number(count)} permohonan" in text(book.read_bytes())
    code, _out, err = desk(capsys, "--data-dir", str(folder), "recap", "--period", "2026", "--unit", "XYZ",
                           "--out", str(pdf))
    assert code == 1 and "XYZ tidak ada" in err
    code, _out, err = desk(capsys, "--data-dir", str(folder), "recap", "--period", "2026", "--out",
                           str(tmp_path / "rekap.txt"))
    assert code == 1 and ".pdf atau .xlsx" in err
    from desk.paths import default_database_url
    from desk.safety.opening import open_database

    db = open_database(default_database_url(folder), folder)
    try:
        with db.read() as session:
            kinds = [(k, a) for k, a in session.execute(select(PrintRecord.document_kind, PrintRecord.action))]
    finally:
        db.dispose()
    assert kinds.count((DocumentKind.REQUEST_RECAP.value, "save")) == 2
    assert kinds.count((DocumentKind.REGISTER_BOOK.value, "save")) == 1


def long_book(rows: int) -> RegisterBook:
    lines = tuple(RegisterBookLine(
        i, f"{i:04d}/PNP/DKUKMTK/X/2026", datetime(2026, 10, 1, 1, tzinfo=UTC) + timedelta(minutes=7 * i),
        f"Pemohon Nomor {i}", "L" if i % 2 else "P", "Mampari, Batumandi", "P1 Penerbitan Kartu AK/I", "Selesai",
        date(2026, 10, 20), "Petugas Satu") for i in range(1, rows + 1))
    return RegisterBook(month_of(2026, 10), RecapScope("kantor", "", "Seluruh unit pelayanan"), "Asia/Makassar",
                        datetime(2026, 11, 2, 2, tzinfo=UTC), date(2026, 11, 2), "Admin", lines)


@pytest.mark.parametrize("rows", [30, 32, 34, 36, 38])  # 32-37 rows once left the closing alone on page 3
def test_register_book_keeps_its_last_rows_with_the_closing_line(rows: int) -> None:
    book = long_book(rows)
    pdf = render_register_book(ready_office(), book, deterministic=True)
    pages = page_texts(pdf)
    closing = f"ditutup dengan jumlah {format_number(rows)} permohonan"
    assert closing in squeezed(pages[-1]) or closing in pages[-1]
    assert f"{rows:04d}/PNP/DKUKMTK/X/2026" in pages[-1]  # the last row is on the closing's page...
    assert "Penanggung Jawab Pelayanan" in pages[-1]
    assert all("Nomor permohonan" in page for page in pages)  # ...under the heading row, as on every page
    numbered = [int(n) for page in pages for n in re.findall(r"(\d{4})/PNP/DKUKMTK/X/2026", page)]
    assert numbered == list(range(1, rows + 1))  # every row once, in order: none lost or doubled at a cut
