"""`desk standards ...` and `desk print standard|board|booklet|maklumat`."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desk.cli import main
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store.models import AuditEntry, PrintRecord

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def desk(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_export_and_import_json_and_excel(desk: Run, tmp_path: Path) -> None:
    json_file, xlsx_file = tmp_path / "standar.json", tmp_path / "standar.xlsx"
    code, out, _ = desk("standards", "export", str(json_file))
    assert code == 0 and out.strip() == f"Ditulis: {json_file} (19 layanan, 19 versi)."
    code, out, _ = desk("standards", "export", str(xlsx_file))
    assert code == 0 and xlsx_file.is_file()
    code, out, _ = desk("standards", "import", str(json_file))
    assert code == 0 and "Tidak ada perubahan" in out

    book = load_workbook(xlsx_file)
    sheet = book["Standar Pelayanan"]
    fee = [c.value for c in sheet[1]].index("4. Biaya/Tarif (Rp; 0 = Gratis)") + 1
    sheet.cell(2, fee).value = "Rp25.000"
    book.save(xlsx_file)
    code, out, _ = desk("standards", "import", str(xlsx_file), "--dry-run")
    assert code == 0 and "Versi standar baru: P1 versi 2" in out and "tidak ada yang disimpan" in out
    code, out, _ = desk("standards", "import", str(xlsx_file))
    assert code == 0 and out.startswith("Impor selesai.") and "P1 versi 2" in out
    code, out, _ = desk("standards", "import", str(xlsx_file))
    assert "Tidak ada perubahan" in out


def test_a_broken_import_prints_every_problem_and_fails(desk: Run, tmp_path: Path) -> None:
    xlsx_file = tmp_path / "rusak.xlsx"
    desk("standards", "export", str(xlsx_file))
    book = load_workbook(xlsx_file)
    sheet = book["Standar Pelayanan"]
    sheet.cell(3, 3).value = ""
    sheet.cell(4, 1).value = "P1"
    book.save(xlsx_file)
    code, out, _ = desk("standards", "import", str(xlsx_file))
    assert code == 1
    assert "2 masalah ditemukan; tidak ada standar yang diimpor." in out
    assert "  - Baris 3, kolom C (Nama Layanan): Nama layanan wajib diisi." in out
    assert "  - Baris 4, kolom A (Kode Layanan): Kode layanan P1 ganda: sudah dipakai di Baris 2." in out
    code, _, err = desk("standards", "import", str(tmp_path / "tidak-ada.json"))
    assert code == 1 and "tidak dapat dibaca" in err


def test_print_standard_board_booklet_and_maklumat(desk: Run, tmp_path: Path, data_dir: Path) -> None:
    standard = tmp_path / "p3.pdf"
    code, out, _ = desk("print", "standard", "p3", "--out", str(standard), "--paper", "F4")
    # The seeded profile still has stand-ins: the command says the paper is a KONSEP, and why.
    konsep, written = out.strip().splitlines()
    assert code == 0 and written == f"Ditulis: {standard}"
    assert konsep.startswith("Dicetak sebagai KONSEP (belum untuk ditandatangani): Profil kantor belum lengkap")
    assert "Nomor keputusan penetapan standar pelayanan" in konsep
    assert "REKOMENDASI PASPOR" in pdf_text(standard) and "KONSEP" in pdf_text(standard)
    code, out, _ = desk("print", "standard", "P3", "--out", str(standard))
    assert out.strip().endswith(f"Ditulis: {standard}")  # a saved PDF does not use up the original
    board = tmp_path / "papan.pdf"
    assert desk("print", "board", "U1", "--out", str(board))[0] == 0
    assert len(PdfReader(board).pages) == 1 and "3. JANGKA WAKTU PELAYANAN" in pdf_text(board)
    assert desk("print", "board", "--all", "--out", str(board))[0] == 0
    assert len(PdfReader(board).pages) == 20  # a board per service; P3 (17 documents) continues on a second page
    booklet = tmp_path / "buku.pdf"
    assert desk("print", "booklet", "--out", str(booklet))[0] == 0
    assert "DAFTAR ISI" in pdf_text(booklet)
    maklumat = tmp_path / "maklumat.pdf"
    assert desk("print", "maklumat", "--out", str(maklumat), "--date", "2025-10-29")[0] == 0
    text = pdf_text(maklumat)
    assert "MAKLUMAT PELAYANAN" in text and "29 Oktober 2025" in text

    db = open_database(default_database_url(data_dir), data_dir)
    try:
        with db.read() as session:
            logged = list(session.execute(select(PrintRecord.document_kind, PrintRecord.action, PrintRecord.copy_no)
                                          .order_by(PrintRecord.id)))
            audits = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("document.%"))))
    finally:
        db.dispose()
    assert [kind for kind, _, _ in logged] == ["standard", "standard", "board", "board", "booklet", "maklumat"]
    assert {(action, copy) for _, action, copy in logged} == {("save", 1)}
    assert audits.count("document.print") == 6


def test_unknown_service_and_listing(desk: Run, tmp_path: Path) -> None:
    code, _, err = desk("print", "standard", "Z9", "--out", str(tmp_path / "z.pdf"))
    assert code == 1 and "Layanan dengan kode Z9 tidak ada." in err
    assert not (tmp_path / "z.pdf").exists()
    code, _, err = desk("print", "board", "--out", str(tmp_path / "z.pdf"))
    assert code == 2 and "--all" in err
    code, out, _ = desk("standards", "list")
    assert code == 0 and "  K5     Rekomendasi dan Verifikasi Izin Usaha Simpan Pinjam" in out
    assert "         nama lain: kartu kuning, AK1, AK/1" in out
    code, out, _ = desk("standards", "search", "ijazah")
    assert code == 0 and out.count("Persyaratan:") == 4
    assert desk("standards", "search", "helikopter")[0] == 1
    code, out, _ = desk("standards", "search", "kartu", "kuning")
    assert code == 0 and out.startswith("P1  ") and "    Nama lain: kartu kuning" in out
    code, out, _ = desk("standards", "search", "ak/1")
    assert code == 0 and [line.split()[0] for line in out.splitlines() if not line.startswith(" ")] == ["P1"]
