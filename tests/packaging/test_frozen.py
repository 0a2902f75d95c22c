"""The frozen Desk works on its own, as on an office PC: copied elsewhere, a fresh HOME, nothing on PATH.

Every command runs with an environment holding only HOME, PATH=/usr/bin:/bin and the Qt platform:
no venv, no PYTHONPATH, the working directory a new empty folder. PYTHONTZPATH points nowhere, as on
Windows, where the office time zone (WITA) can only come from the tzdata files inside the build.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

pytestmark = pytest.mark.frozen

TIMEOUT_S = 180


class OfficePc:
    def __init__(self, program: Path, home: Path) -> None:
        self.program, self.home = program, home
        self.cwd = home / "Dokumen"
        self.cwd.mkdir(parents=True)
        self.data = home / ".local" / "share" / "Desk"  # platformdirs' user data folder on Linux

    def env(self, **extra: str) -> dict[str, str]:
        return {"HOME": str(self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                "QT_QPA_PLATFORM": "offscreen", "PYTHONTZPATH": "/nonexistent", **extra}

    def run(self, *args: str, exe: str = "desk", **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.program / exe), *args], cwd=self.cwd, env=self.env(**extra),
                              capture_output=True, text=True, timeout=TIMEOUT_S)

    def ok(self, *args: str) -> str:
        done = self.run(*args)
        assert done.returncode == 0, f"desk {' '.join(args)} -> {done.returncode}\n{done.stdout}\n{done.stderr}"
        assert "Traceback" not in done.stderr
        return done.stdout


@pytest.fixture(scope="module")
def pc(installed_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> OfficePc:
    office = OfficePc(installed_folder, tmp_path_factory.mktemp("home"))
    office.ok("demo-data", "--requests", "200", "--forums", "2", "--participants", "20")
    return office


def _first_reference(pc: OfficePc) -> str:
    with sqlite3.connect(pc.data / "desk.sqlite3") as conn:
        (reference,) = conn.execute("SELECT ref_number FROM service_requests ORDER BY id LIMIT 1").fetchone()
    return str(reference)


def test_version_and_check_on_the_default_data_folder(pc: OfficePc) -> None:
    from desk import __version__

    assert pc.ok("--version").strip() == f"Desk {__version__}"
    out = pc.ok("check")
    assert "sehat" in out and str(pc.data) in out
    assert (pc.data / "desk.sqlite3").is_file()
    assert "Rantai audit utuh" in pc.ok("audit", "verify")


def test_receipt_and_attendance_sheet_print_to_pdf(pc: OfficePc) -> None:
    reference = _first_reference(pc)
    pc.ok("print", "receipt", reference, "--out", "tanda-terima.pdf", "--paper", "80mm")
    receipt = PdfReader(pc.cwd / "tanda-terima.pdf")
    assert len(receipt.pages) == 1
    assert reference in receipt.pages[0].extract_text()
    assert round(float(receipt.pages[0].mediabox.width) / 72 * 25.4) == 80

    with sqlite3.connect(pc.data / "desk.sqlite3") as conn:
        (forum_id,) = conn.execute("SELECT id FROM forums ORDER BY id LIMIT 1").fetchone()
    pc.ok("print", "attendance", str(forum_id), "--out", "daftar-hadir.pdf", "--paper", "A4")
    sheet = PdfReader(pc.cwd / "daftar-hadir.pdf")
    assert "DAFTAR HADIR" in sheet.pages[0].extract_text()
    fonts = {str(f.get("/BaseFont")) for page in sheet.pages for f in (page["/Resources"].get("/Font") or {}).values()}
    assert any("DejaVu" in name for name in fonts), fonts  # the shipped fonts, embedded


def test_backup_is_written_and_listed(pc: OfficePc) -> None:
    out = pc.ok("backup")
    made = sorted((pc.data / "backups").glob("*"))
    assert made, out
    assert made[-1].name in pc.ok("backups")


def test_register_exports_to_excel(pc: OfficePc) -> None:
    from openpyxl import load_workbook

    pc.ok("export", "register", "--out", "register.xlsx")
    sheet = load_workbook(pc.cwd / "register.xlsx").active
    assert sheet is not None and sheet.max_row == 201  # the heading and the 200 demo requests
    assert sheet["C2"].is_date and sheet["C2"].number_format == "DD-MM-YYYY HH:MM"


def test_window_opens_and_paints_the_register(pc: OfficePc) -> None:
    shot = pc.home / "register.png"
    done = pc.run(exe="desk-gui", DESK_SKIP_LOGIN="1", DESK_EXIT_AFTER_FIRST_PAINT=str(shot))
    assert done.returncode == 0, done.stderr
    log = (pc.data / "desk.log").read_text(encoding="utf-8")
    assert "register painted with" in log and "Traceback" not in log
    image = Image.open(shot).convert("RGB")
    assert image.width >= 600 and image.height >= 400
    # A painted register, not an empty frame: text, grid lines and the warning bar give many colours.
    assert len(image.getcolors(maxcolors=1_000_000) or []) > 50


def test_folder_carries_what_desk_uses_and_no_unused_qt(installed_folder: Path) -> None:
    inside = installed_folder / "_internal"
    assert (inside / "desk" / "_db" / "env.py").is_file()
    assert sorted(p.name for p in (inside / "desk" / "_db" / "versions").glob("*.py")) == sorted(
        p.name for p in (Path(__file__).resolve().parents[2] / "db" / "versions").glob("*.py"))
    assert (inside / "desk" / "_resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "desk" / "_resources" / "seed" / "services.json").is_file()
    assert (inside / "tzdata" / "zoneinfo" / "Asia" / "Makassar").is_file()
    names = {p.name for p in inside.rglob("*")}
    assert any(n.startswith("libQt6Pdf.") for n in names) and any(n.startswith("QtPdfWidgets.") for n in names)
    assert any("cupsprintersupport" in n for n in names), "the printer plugin"
    assert any(n.startswith("libQt6Charts.") for n in names), "the Rekap area's charts"
    assert any(n.startswith("etree.") for n in names), "lxml, which openpyxl writes its XML through"
    unused = [n for n in names if any(part in n for part in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D",
                                                             "Multimedia", "VirtualKeyboard"))]
    assert unused == []
    # Desk's own catalogs (Qt's words in Indonesian, Desk's in English) and none of Qt's other languages.
    catalogs = sorted(p.relative_to(inside).as_posix() for p in inside.rglob("*.qm"))
    assert catalogs == ["desk/i18n/desk_en.qm", "desk/i18n/qtbase_id.qm"]
