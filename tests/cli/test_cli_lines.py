"""What a user reads from Desk's commands, in English (`--lang en`) and in Indonesian, on a data folder with demo
requests, forums, survey forms and complaints: the lines themselves, numbers and dates in the language's own
notation, argparse's errors for bad numbers, dates and choices, and missing files. In English no line holds one of
the Indonesian words below (none of them is in a name the demo data or the seed carries); in Indonesian none holds
argparse's or Desk's English."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from desk.cli import main, speech
from desk.paths import DATABASE_FILE
from tests.cli.running import desk

# Common words of Desk's Indonesian that English never uses and no proper noun of the demo data or the seed has
# (test_the_words_are_in_no_name_of_the_seed checks the seed's names).
CLI_WORDS = frozenset({
    "tidak", "permohonan", "berhasil", "layanan", "cadangan", "gagal", "periode", "ditulis", "sebagai", "bawaan",
    "perintah", "galat", "peringatan", "pemeriksaan", "ditambahkan", "responden", "formulir", "tanggal", "berkas",
    "dibuat", "diimpor", "pilihan", "argumen", "terbaru", "ukuran", "sejak", "sesudah", "baris", "pakai",
    "dimasukkan", "masukkan",
})
# argparse's and Desk's English, which an Indonesian line never holds.
ENGLISH_WORDS = frozenset({
    "usage", "error", "Error", "invalid", "choose", "required", "arguments", "options", "written", "Written",
    "the", "is", "not", "of", "file", "Traceback", "Warning",
})
# The demo data's period: 60 days back, so that its year has survey forms, requests and complaints in it.
YEAR = (date.today() - timedelta(days=60)).year


def words_in(text: str, words: frozenset[str], case_sensitive: bool = False) -> list[str]:
    """The lines of `text` holding one of `words` (paths taken out: a folder's name is not what Desk says)."""
    found = []
    for line in text.splitlines():
        rest = re.sub(r"\S*/\S*", " ", line)
        tokens = {t.strip(".,:;()[]{}“”\"'!?…·—–-`") for t in rest.split()}
        if not case_sensitive:
            tokens = {t.lower() for t in tokens}
        if tokens & words:
            found.append(line)
    return found


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    english: tuple[str, ...]
    indonesian: tuple[str, ...]
    code: int = 0

    def __str__(self) -> str:
        return " ".join(self.args)


CASES = (
    Case(("--help",), ("usage: desk [-h] [--version] [--data-dir FOLDER]", "show Desk's version and exit",
                       "open the Desk application (default)"),
         ("cara pakai: desk [-h] [--version] [--data-dir FOLDER]", "tampilkan versi Desk lalu keluar",
          "buka aplikasi Desk (bawaan)")),
    Case(("demo-data", "--help"), ("Adds realistic sample requests", "[--years YEAR]"),
         ("Menambah permohonan contoh yang realistis", "[--years TAHUN]")),
    Case(("print", "maklumat", "--help"), ("--out FILE.pdf", "--date YYYY-MM-DD"),
         ("--out BERKAS.pdf", "--date TTTT-BB-HH")),
    Case(("check",), ("Requests   : 1,500", "[ok] Location: local disk (", "Newest backup: No database backup yet.",
                      "Status     : healthy ("),
         ("Permohonan : 1.500", "[ok] Lokasi: disk lokal (", "Cadangan terbaru: Belum ada cadangan basis data.",
          "Status     : sehat (")),
    Case(("backups",), ("No backups yet.",), ("Belum ada cadangan.",)),
    Case(("audit", "verify"), ("The audit chain is whole: ", " entries checked."),
         ("Rantai audit utuh: ", " entri diperiksa.")),
    Case(("audit", "list", "--since", "2026-13-45"),
         ("desk audit list: error: argument --since: date '2026-13-45' is not valid (write 2026-11-01)",),
         ("desk audit list: galat: argumen --since: tanggal '2026-13-45' tidak valid (tulis 2026-11-01)",), 2),
    Case(("audit", "list", "--limit", "abc"), ("argument --limit: 'abc' is not a whole number (write e.g. 10)",),
         ("argumen --limit: 'abc' bukan bilangan bulat (tulis mis. 10)",), 2),
    Case(("demo-data", "--years", "dua"), ("argument --years: 'dua' is not a number (write e.g. 2 or 2.5)",),
         ("argumen --years: 'dua' bukan angka (tulis mis. 2 atau 2,5)",), 2),
    Case(("retention", "run", "--dry-run"), ("Visitors to be anonymised: 0", "Dry run: nothing was changed."),
         ("Pengunjung yang akan dianonimkan: 0", "Uji coba: tidak ada yang diubah.")),
    Case(("holidays", "import", "--from-library", "2027", "--dry-run"),
         ("Desk's built-in holiday list for 2027", "Nothing was saved (--dry-run)."),
         ("Daftar hari libur 2027 bawaan Desk", "Tidak ada yang disimpan (--dry-run).")),
    Case(("holidays", "list", "--year", "2035"), ("No holidays yet for year 2035.", "Years listed: "),
         ("Belum ada hari libur untuk tahun 2035.", "Tahun yang ada: ")),
    Case(("holidays", "add", "2026-02-30", "Libur"), ("argument DATE: date '2026-02-30' is not valid",),
         ("argumen TANGGAL: tanggal '2026-02-30' tidak valid",), 2),
    Case(("holidays", "import", "{out}/libur.csv"),
         ("Error: The file libur.csv cannot be read: the path does not exist.",),
         ("Galat: Berkas libur.csv tidak dapat dibaca: jalurnya tidak ada.",), 1),
    Case(("workdays",), ("Working days: Monday, Tuesday, Wednesday, Thursday, Friday",),
         ("Hari kerja: Senin, Selasa, Rabu, Kamis, Jumat",)),
    Case(("services", "list"), ("active", "from complete"), ("aktif", "sejak lengkap")),
    Case(("paper",), ("Receipt", "A4 (210 × 297 mm)"), ("Tanda terima", "A4 (210 × 297 mm)")),
    Case(("standards", "import", "{out}/standar.json"),
         ("Error: The file standar.json cannot be read: the path does not exist.",),
         ("Galat: Berkas standar.json tidak dapat dibaca: jalurnya tidak ada.",), 1),
    Case(("skm", "report", "--period", f"{YEAR}", "--out", "{out}/skm.pdf"),
         (f"SKM results report DKUKMTK, Year {YEAR}: IKM ", " respondents", "Written to "),
         (f"Laporan hasil SKM DKUKMTK, Tahun {YEAR}: IKM ", " responden", "Ditulis ke ")),
    Case(("skm", "export", "--period", f"{YEAR}", "{out}/skm.xlsx"), (f" forms DKUKMTK, Year {YEAR} written to ",),
         (f" formulir DKUKMTK, Tahun {YEAR} ditulis ke ",)),
    Case(("skm", "import", "{out}/formulir.xlsx"),
         ("Error: The file formulir.xlsx cannot be read: the path does not exist.",),
         ("Galat: Berkas formulir.xlsx tidak dapat dibaca: jalurnya tidak ada.",), 1),
    Case(("complaints", "export", "--period", f"{YEAR}", "--out", "{out}/pengaduan.xlsx"),
         (f" (Year {YEAR}) written to ",), (f" (Tahun {YEAR}) ditulis ke ",)),
    Case(("recap", "--period", f"{YEAR}-Q1", "--out", "{out}/rekap.xlsx"),
         (f"Recap Quarter I {YEAR}, All service units: ", " on time, "),
         (f"Rekap Triwulan I {YEAR}, Seluruh unit pelayanan: ", " tepat waktu, ")),
    Case(("recap", "--period", f"{YEAR}-01-05..{YEAR}-02-10", "--unit", "PNP", "--out", "{out}/rekap.pdf"),
         (f"Recap 5 January {YEAR} to 10 February {YEAR}, Penempatan (PNP): ",),
         (f"Rekap 5 Januari {YEAR} s.d. 10 Februari {YEAR}, Penempatan (PNP): ",)),
    Case(("print", "register-book", "--period", f"{YEAR}-S1", "--out", "{out}/buku.pdf"),
         (f"Register book Half-year I {YEAR}: ",), (f"Buku register Semester I {YEAR}: ",)),
    Case(("print", "receipt", "9999/X/2026", "--out", "{out}/tanda-terima.pdf"),
         ("Error: Number 9999/X/2026 is not in the service register.",),
         ("Galat: Nomor 9999/X/2026 tidak ada di register pelayanan.",), 1),
    Case(("print", "standard", "P1", "--out", "{out}/standar.pdf"),
         ("Printed as KONSEP (a draft, not for signing): The office profile is not complete enough for official "
          "printing: Telephone, Name of the head of office, ", "Written: "),
         ("Dicetak sebagai KONSEP (belum untuk ditandatangani): Profil kantor belum lengkap untuk cetak resmi: "
          "Telepon, Nama kepala kantor, ", "Ditulis: ")),
    Case(("print", "attendance", "1", "--out", "{out}/hadir.pdf"),
         ("Attendance sheet (F4; 8 participants, 10 blank rows)", "The office profile is not complete"),
         ("Daftar hadir (F4; 8 peserta, 10 baris kosong)", "Profil kantor belum lengkap")),
    Case(("print", "maklumat", "--out", "{out}/maklumat.pdf", "--date", "2026-02-30"),
         ("argument --date: date '2026-02-30' is not valid (write 2026-11-01)",),
         ("argumen --date: tanggal '2026-02-30' tidak valid (tulis 2026-11-01)",), 2),
    Case(("print", "attendance", "satu", "--out", "{out}/hadir.pdf"),
         ("argument FORUM_NUMBER: 'satu' is not a whole number",),
         ("argumen NOMOR_FORUM: 'satu' bukan bilangan bulat",), 2),
    Case(("print", "attendance", "1", "--out", "{out}/tidak-ada/hadir.pdf"),
         ("Error: The folder ", " does not exist."), ("Galat: Folder ", " tidak ada."), 1),
    Case(("export", "register", "--status", "terbuka", "--out", "{out}/register.csv"),
         (" requests written to ", "(NIKs and phone numbers masked)"),
         (" permohonan ditulis ke ", "(NIK dan nomor HP disamarkan)")),
    Case(("users", "list"), ("Counter officer", "no password yet"), ("Petugas loket", "belum ada kata sandi")),
    Case(("users", "add", "rahmat", "--name", "Rahmat Hidayat"),
         ("Error: This command changes accounts or opens personal data",),
         ("Galat: Perintah ini mengubah akun atau membuka data pribadi",), 1),
    Case(("tidak-ada",), ("desk: error: argument COMMAND: invalid choice: 'tidak-ada'",),
         ("desk: galat: argumen PERINTAH: pilihan 'tidak-ada' tidak dikenal",), 2),
)


@pytest.fixture(scope="module")
def demo(template_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 1,500 demo requests over two years, a forum, survey forms and complaints (no backup)."""
    folder = tmp_path_factory.mktemp("cli-lines") / "data"
    folder.mkdir()
    shutil.copy2(template_data_dir / DATABASE_FILE, folder / DATABASE_FILE)
    code = main(["--lang", "id", "--data-dir", str(folder), "demo-data", "--requests", "1500", "--years", "2",
                 "--forums", "1", "--participants", "8", "--skm", "250", "--complaints", "15"])
    speech.use(speech.INDONESIAN)
    assert code == 0
    return folder


def run(capsys: pytest.CaptureFixture[str], folder: Path, out: Path, language: str,
        args: Iterable[str]) -> tuple[int, str]:
    return desk(capsys, "--lang", language, "--data-dir", str(folder), *(a.format(out=out) for a in args))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_command_says_its_lines_in_the_chosen_language(case: Case, capsys: pytest.CaptureFixture[str], demo: Path,
                                                         tmp_path: Path, pc_settings: Path) -> None:
    code, english = run(capsys, demo, tmp_path, "en", case.args)
    assert code == case.code, english
    assert [line for line in case.english if line not in english] == [], english
    assert words_in(english, CLI_WORDS) == []

    code, indonesian = run(capsys, demo, tmp_path, "id", case.args)
    assert code == case.code, indonesian
    assert [line for line in case.indonesian if line not in indonesian] == [], indonesian
    assert words_in(indonesian, ENGLISH_WORDS, case_sensitive=True) == []


def test_numbers_and_scores_follow_the_language(capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path,
                                                pc_settings: Path) -> None:
    args = ("skm", "report", "--period", f"{YEAR}", "--out", "{out}/skm.pdf")
    _code, english = run(capsys, demo, tmp_path, "en", args)
    _code, indonesian = run(capsys, demo, tmp_path, "id", args)
    assert re.search(r"IKM \d+\.\d\d \([A-D]\); [\d,]+ of [\d,]+ respondents", english), english
    assert re.search(r"IKM \d+,\d\d \([A-D]\); [\d.]+ dari [\d.]+ responden", indonesian), indonesian


def test_backup_list_check_and_restore_in_english(capsys: pytest.CaptureFixture[str], demo: Path,
                                                  tmp_path: Path, pc_settings: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(demo / DATABASE_FILE, folder / DATABASE_FILE)
    code, made = run(capsys, folder, tmp_path, "en", ("backup",))
    assert code == 0 and "Backup made: " in made and ", checked: ok" in made
    assert re.search(r"\d\.\d MB", made), made  # the English decimal point
    code, listed = run(capsys, folder, tmp_path, "en", ("backups",))
    assert code == 0 and "1 backup, newest first." in listed
    code, checked = run(capsys, folder, tmp_path, "en", ("check",))
    assert code == 0 and "(today), " in checked and "[ok] Newest backup: " in checked
    name = next((folder / "backups").glob("*.sqlite3")).name
    code, restored = run(capsys, folder, tmp_path, "en", ("restore", name, "--yes"))
    assert code == 0
    assert "  holds 1,500 requests, schema revision " in restored
    assert "Safety backup of the previous database: " in restored
    assert f"Restored from {name}: 1,500 requests." in restored
    said = "\n".join((made, listed, checked, restored))
    assert words_in(said, CLI_WORDS) == []

    code, checked = run(capsys, folder, tmp_path, "id", ("check",))
    assert "(hari ini), " in checked and "[ok] Cadangan terbaru: " in checked


def test_the_words_are_in_no_name_of_the_seed() -> None:
    """The offices' names Desk starts with (services, units, regions, holidays, the office) hold none of CLI_WORDS,
    so an English line holding one is Desk's own Indonesian, not a name."""
    seed = Path(__file__).resolve().parents[2] / "resources" / "seed"
    names: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str) and (key in ("name", "full_name") or key.endswith("_name")):
                    names.append(item)
                elif key == "aliases" and isinstance(item, list):
                    names.extend(str(alias) for alias in item)
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in sorted(seed.glob("*.json")):
        collect(json.loads(path.read_text(encoding="utf-8")))
    assert len(names) > 100
    assert words_in("\n".join(names), CLI_WORDS) == []


def test_import_reports_in_english_and_in_indonesian(capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path,
                                                     pc_settings: Path) -> None:
    holidays = tmp_path / "libur.csv"
    holidays.write_text("tanggal,nama,jenis\n2031-01-01,Tahun Baru 2031,libur_nasional\n", encoding="utf-8")
    code, english = run(capsys, demo, tmp_path, "en", ("holidays", "import", str(holidays), "--dry-run"))
    assert code == 0, english
    assert english.splitlines() == ["row 2: 2031-01-01 Tahun Baru 2031 (National holiday): OK",
                                    "Check: the 1 row is fine. Nothing was saved (--dry-run)."]
    code, indonesian = run(capsys, demo, tmp_path, "id", ("holidays", "import", str(holidays), "--dry-run"))
    assert indonesian.splitlines() == ["baris 2: 2031-01-01 Tahun Baru 2031 (Libur nasional): OK",
                                       "Pemeriksaan: semua 1 baris baik. Tidak ada yang disimpan (--dry-run)."]

    code, _said = run(capsys, demo, tmp_path, "en", ("standards", "export", "{out}/standar.json"))
    assert code == 0
    code, english = run(capsys, demo, tmp_path, "en", ("standards", "import", "{out}/standar.json", "--dry-run"))
    assert code == 0 and english.splitlines()[0] == "Check done; nothing was saved (--dry-run)."
    assert "  Unchanged: P1, P2, " in english
    assert "  No changes: the file's content is already the same as the standards in Desk." in english
    assert words_in(english, CLI_WORDS) == []
    code, indonesian = run(capsys, demo, tmp_path, "id", ("standards", "import", "{out}/standar.json", "--dry-run"))
    assert "  Tidak berubah: P1, P2, " in indonesian
    assert "  Tidak ada perubahan: isi berkas sudah sama dengan standar di Desk." in indonesian
