"""`desk print receipt NUMBER --out FILE.pdf [--paper ...]`, without Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk.cli import main
from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.nik import make_nik, mask_nik
from desk.domain.receipt_check import verify_qr_payload
from desk.store import prints, receipts
from desk.store.database import Database
from desk.store.models import PrintRecord
from tests.conftest import saved_walk_in

NIK = make_nik("631104", date(1990, 1, 2), "L", 7)


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture
def request_ref(db: Database) -> tuple[int, str]:
    record = saved_walk_in(db, "Siti Rahmah", nik=NIK, phone="081234567890", now=datetime(2026, 3, 2, 1, 0, tzinfo=UTC))
    return record.id, record.ref_number


def test_print_receipt_writes_the_pdf_and_records_each_save(
        capsys: pytest.CaptureFixture[str], data_dir: Path, db: Database, request_ref: tuple[int, str],
        tmp_path: Path) -> None:
    request_id, ref = request_ref
    first, second = tmp_path / "tt.pdf", tmp_path / "tt-58.pdf"
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "print", "receipt", ref, "--out", str(first))
    assert code == 0 and str(first) in out
    text = text_of(first)
    assert ref in text and mask_nik(NIK) in text and NIK not in text
    assert "SALINAN" not in text
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "print", "receipt", ref, "--out", str(second),
                        "--paper", "58mm")
    assert code == 0 and "salinan" not in out  # a file is not a paper copy: the next paper is still the original
    assert "SALINAN" not in text_of(second)
    width_mm = float(PdfReader(second).pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(58, abs=0.5)
    with db.read() as s:
        rows = [(r.action, r.paper, r.copy_no, r.target) for r in s.scalars(
            select(PrintRecord).where(PrintRecord.record_id == request_id).order_by(PrintRecord.id))]
    assert rows == [("save", "A4", 1, str(first.resolve())), ("save", "58mm", 1, str(second.resolve()))]
    # The QR was signed with this installation's key: the app will call it genuine.
    payload = receipts.receipt_for(db, request_id).qr_payload
    assert verify_qr_payload(payload, (data_dir / receipts.KEY_FILE).read_bytes()).genuine


def test_the_message_says_what_the_paper_says(
        capsys: pytest.CaptureFixture[str], data_dir: Path, db: Database, request_ref: tuple[int, str],
        tmp_path: Path) -> None:
    """KONSEP and the copy mark: said by the command exactly when the file carries them, in its words."""
    request_id, ref = request_ref
    first, second = tmp_path / "asli.pdf", tmp_path / "salinan.pdf"
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "print", "receipt", ref, "--out", str(first))
    text = text_of(first)
    assert code == 0 and "KONSEP" in text  # the seeded profile still has its stand-ins
    assert "Dicetak sebagai KONSEP" in out and "Telepon" in out and "standar pelayanan" in out
    assert "SALINAN" not in text and "SALINAN" not in out and "salinan" not in out
    # The preview printed the original on paper: the next file carries the reprint's mark, and says so.
    prints.record_print(db, DocumentKind.RECEIPT, request_id, PrintAction.PRINT, "A4", "Loket 1")
    code, out, _ = desk(capsys, "--data-dir", str(data_dir), "print", "receipt", ref, "--out", str(second))
    assert code == 0 and "SALINAN ke-2" in text_of(second)
    assert f"Tanda terima {ref} (bertanda SALINAN ke-2) ditulis ke {second}." in out


def test_unknown_number_and_bad_paper_fail_without_a_file(
        capsys: pytest.CaptureFixture[str], data_dir: Path, request_ref: tuple[int, str], tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = desk(capsys, "--data-dir", str(data_dir), "print", "receipt", "0999/PNP/X/2026", "--out", str(out))
    assert code != 0 and "tidak ada di register" in err and not out.exists()
    with pytest.raises(SystemExit):
        desk(capsys, "--data-dir", str(data_dir), "print", "receipt", request_ref[1], "--out", str(out),
             "--paper", "Letter")
    assert not out.exists()


def test_the_receipt_command_never_loads_qt(data_dir: Path, request_ref: tuple[int, str], tmp_path: Path) -> None:
    script = (
        "import sys; from desk.cli import main; "
        f"code = main(['--data-dir', {str(data_dir)!r}, 'print', 'receipt', {request_ref[1]!r}, "
        f"'--out', {str(tmp_path / 'q.pdf')!r}, '--paper', 'a5']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")
