"""`desk holidays ...`, `desk workdays`, `desk office ...`, `desk services ...`, `desk regions ...`, `desk paper`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from desk.cli import main
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store.requests import request_detail, request_id_of
from desk.store.work import office_context
from tests.admin_support import receive

Run = Callable[..., tuple[int, str, str]]

SKB_2027 = """tanggal;nama;jenis;dasar hukum
01/01/2027;Tahun Baru 2027 Masehi;libur nasional;SKB 2026
05/02/2027;Cuti Bersama Tahun Baru Imlek;cuti bersama;SKB 2026
06/02/2027;Tahun Baru Imlek 2578 Kongzili;libur nasional;SKB 2026
"""


@pytest.fixture
def desk(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def open_request_over_new_year(data_dir: Path) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    try:  # P3 takes 3 hari kerja
        receive(db, "P3", 3, datetime(2026, 12, 30, 1, 0, tzinfo=UTC), name="Nurul Hasanah")
    finally:
        db.dispose()


def test_next_years_holidays_in_one_command(desk: Run, data_dir: Path, tmp_path: Path) -> None:
    open_request_over_new_year(data_dir)  # due Senin 4 Januari 2027 while 2027 has no holidays
    csv_file = tmp_path / "libur-2027.csv"
    csv_file.write_text(SKB_2027, encoding="utf-8-sig")  # as Excel saves "CSV UTF-8"

    code, out, _ = desk("holidays", "import", str(csv_file), "--dry-run")
    assert code == 0 and "Tidak ada yang disimpan" in out
    assert desk("holidays", "list", "--year", "2027")[1].startswith("Belum ada hari libur untuk tahun 2027.")

    code, out, _ = desk("holidays", "import", str(csv_file))
    assert code == 0
    assert "baris 2: 2027-01-01 Tahun Baru 2027 Masehi (Libur nasional): OK" in out
    assert "Diimpor: 3 hari libur." in out
    assert "Tenggat 1 permohonan" in out
    assert "Senin, 4 Januari 2027 → Selasa, 5 Januari 2027" in out

    code, out, _ = desk("holidays", "list", "--year", "2027")
    assert code == 0
    assert out.splitlines()[0].split() == ["2027-01-01", "Jumat,", "1", "Januari", "2027", "Libur", "nasional",
                                           "Tahun", "Baru", "2027", "Masehi", "[1]"]
    assert "3 hari libur, tahun 2027." in out
    assert "Dasar hukum:\n  [1] SKB 2026\n" in out  # the decree each day rests on, once
    assert "Tahun yang ada: 2025, 2026, 2027" in out


def test_a_file_with_problems_imports_nothing_and_exits_1(desk: Run, tmp_path: Path) -> None:
    bad = tmp_path / "libur.csv"
    bad.write_text("2027-01-01,Tahun Baru,libur_nasional\n2027-02-31,Salah,libur_nasional\n"
                   "2027-03-10,Nyepi,libur_besar\n2027-01-01,Tahun Baru,libur_nasional\n", encoding="utf-8")
    code, out, err = desk("holidays", "import", str(bad))
    assert code == 1
    assert len([line for line in out.splitlines() if line.startswith("baris ")]) == 4
    assert "baris 3: 2027-03-10 Nyepi: Jenis 'libur_besar' tidak dikenal" in out
    assert "4 dari 4 baris bermasalah; tidak ada yang diimpor." in err
    assert desk("holidays", "list", "--year", "2027")[1].startswith("Belum ada hari libur")
    code, _, err = desk("holidays", "import", str(tmp_path / "tidak-ada.csv"))
    assert code == 1 and "tidak dapat dibaca" in err


def test_single_holidays_and_working_days(desk: Run) -> None:
    code, out, _ = desk("holidays", "add", "08/04/2027", "Hari Jadi Kabupaten Balangan", "--kind", "lokal",
                        "--decree", "Keputusan Bupati Balangan")
    assert code == 0 and "Ditambahkan: Kamis, 8 April 2027, Hari Jadi Kabupaten Balangan (Libur lokal (Bupati))." in out
    assert desk("holidays", "add", "2027-04-08", "Lagi")[0] == 1
    assert desk("holidays", "delete", "2027-04-08")[0] == 0
    assert desk("holidays", "delete", "2027-04-08")[0] == 1
    code, out, _ = desk("workdays", "--set", "senin-sabtu")
    assert code == 0 and out.strip().endswith("Hari kerja: Senin, Selasa, Rabu, Kamis, Jumat, Sabtu")


def test_office_profile_logo_services_and_paper(desk: Run, data_dir: Path, tmp_path: Path) -> None:
    code, out, err = desk("office", "set", "short_name=DPMPTSP", "postal_code=7166")
    assert code == 1 and "Kode pos: Kode pos terdiri dari 5 angka." in err
    code, out, _ = desk("office", "set", "short_name=DPMPTSP", "place_name=Paringin")
    assert code == 0 and "DPMPTSP" in out
    code, out, _ = desk("office", "numbers", "--pattern", "{unit}/{office}/{year}")
    assert code == 1
    code, out, _ = desk("office", "numbers")
    assert code == 0 and "/PNP/DPMPTSP/" in out

    logo = tmp_path / "lambang.png"
    Image.new("RGB", (200, 240), (0, 120, 60)).save(logo)
    code, out, _ = desk("office", "logo", str(logo))
    assert code == 0 and "PNG 200×240 piksel" in out
    (tmp_path / "bukan.png").write_bytes(b"bukan gambar")
    assert desk("office", "logo", str(tmp_path / "bukan.png"))[0] == 1
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        profile = office_context(db).profile
        assert profile.logo == logo.read_bytes() and profile.place_name == "Paringin"
    finally:
        db.dispose()

    code, out, _ = desk("services", "deactivate", "p5")
    assert code == 0 and out.startswith("Layanan P5 nonaktif")
    assert "nonaktif" in next(line for line in desk("services", "list")[1].splitlines() if line.startswith("P5"))
    assert desk("services", "activate", "X9")[0] == 1

    code, out, _ = desk("paper", "receipt", "80mm")
    assert code == 0 and "Struk 80 mm" in out.splitlines()[0]


def test_regions_import_from_a_kemendagri_list(desk: Run, tmp_path: Path) -> None:
    csv_file = tmp_path / "wilayah.csv"
    csv_file.write_text("kode,nama\n63.08,KAB. HULU SUNGAI UTARA\n63.08.01,Danau Panggang\n"
                        "63.08.01.2001,Danau Panggang\n", encoding="utf-8")
    code, out, _ = desk("regions", "import", str(csv_file))
    assert code == 0 and "Wilayah: 2 ditambah, 0 diubah namanya, 0 dihapus." in out
    assert "63.08.01.2001" in desk("regions", "list")[1]


def test_help_is_in_indonesian(desk: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["holidays", "import", "--help"])
    assert "BERKAS.csv" in capsys.readouterr().out


def test_cr_only_excel_and_binary_files_get_an_answer_not_a_traceback(desk: Run, tmp_path: Path) -> None:
    cr = tmp_path / "cr.csv"
    cr.write_bytes(b"tanggal,nama,jenis\r2027-01-01,Tahun Baru,libur_nasional\r")  # old Mac Excel
    code, out, err = desk("holidays", "import", str(cr))
    assert code == 0 and "Diimpor: 1 hari libur." in out and not err

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["kode", "nama"])
    sheet.append([6311042090, "Desa Baru"])  # Excel keeps an undotted code as a number
    book.save(tmp_path / "wilayah.xlsx")
    code, out, _ = desk("regions", "import", str(tmp_path / "wilayah.xlsx"))
    assert code == 0 and "Wilayah: 1 ditambah" in out

    binary = tmp_path / "libur.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    code, out, err = desk("holidays", "import", str(binary))
    assert code == 1 and "bukan berkas CSV atau Excel" in err and "Traceback" not in err + out
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["tanggal", "nama", "jenis"])
    sheet.append(["2027-01-01", "=A2", "libur_nasional"])
    book.save(tmp_path / "formula.xlsx")
    code, out, err = desk("holidays", "import", str(tmp_path / "formula.xlsx"))
    assert code == 1 and "baris 2, kolom B: Sel berisi rumus" in err


def test_next_years_holidays_from_the_list_that_comes_with_desk(desk: Run, data_dir: Path) -> None:
    open_request_over_new_year(data_dir)  # due Senin 4 Januari 2027 while 2027 has no holidays
    code, out, _ = desk("holidays", "import", "--from-library", "2027", "--dry-run")
    assert code == 0 and out.startswith("Daftar hari libur 2027 bawaan Desk (holidays 0.109)")
    assert "2027-03-10  Rabu, 10 Maret 2027" in out and "Hari Raya Idul Fitri" in out
    assert next(line for line in out.splitlines() if "2027-03-10" in line).endswith("BARU, PERKIRAAN")
    assert "26 baru, 0 sudah ada, 0 berbeda" in out and "Tidak ada yang disimpan (--dry-run)." in out

    code, out, err = desk("holidays", "import", "--from-library", "2027")
    assert code == 1 and "3 tanggal perkiraan perlu dipastikan" in err and "Tidak ada yang diimpor." in err
    assert desk("holidays", "list", "--year", "2027")[1].startswith("Belum ada hari libur")

    code, out, _ = desk("holidays", "import", "--from-library", "2027", "--skip-estimated")
    assert code == 0 and "Diimpor: 23 hari libur dari daftar bawaan (holidays 0.109)." in out
    assert "Senin, 4 Januari 2027 → Rabu, 6 Januari 2027" in out  # Isra Mikraj on Selasa 5 Januari

    code, out, _ = desk("holidays", "import", "--from-library", "2027", "--confirm-estimated")
    assert code == 0 and "Diimpor: 3 hari libur" in out
    assert "0 baru, 26 sudah ada" in desk("holidays", "import", "--from-library", "2027", "--dry-run")[1]
    code, _, err = desk("holidays", "import", "--from-library", "2027", "--confirm-estimated")
    assert code == 1 and "Tidak ada hari libur baru" in err
    code, _, err = desk("holidays", "import")
    assert code == 1 and "--from-library TAHUN" in err


def test_office_show_and_check_name_every_field_a_paper_cannot_carry_yet(desk: Run, tmp_path: Path) -> None:
    code, out, _ = desk("office", "show")
    assert code == 0
    warned = out[out.index("PERINGATAN: profil kantor belum lengkap"):].splitlines()[1:]
    assert "  - Telepon: masih isian contoh" in warned and "  - Pangkat/golongan kepala kantor: belum diisi" in warned
    code, out, _ = desk("check")
    assert code == 0 and "[PERINGATAN] Profil kantor: NIP kepala kantor: masih isian contoh" in out

    logo = tmp_path / "lambang.png"
    Image.new("RGB", (200, 240), (0, 120, 60)).save(logo)
    assert desk("office", "logo", str(logo))[0] == 0
    code, out, err = desk("office", "set", "phone=(0526) 2028123", "head_name=Drs. H. AHMAD FAUZI RAHMAN, M.Si.",
                          "head_nip=19680512 199403 1 007", "head_rank=Pembina Utama Muda (IV/c)",
                          "head_position=KEPALA DINAS KOPERASI, UKM\\nDAN TENAGA KERJA KABUPATEN BALANGAN",
                          "standards_decree_number=188.4/045/DKUKMTK/2025", "standards_decree_date=02-01-2025")
    assert code == 0, err
    assert "NIP kepala kantor                              19680512 199403 1 007" in out  # grouped
    assert "KEPALA DINAS KOPERASI, UKM / DAN TENAGA KERJA KABUPATEN BALANGAN" in out
    assert "Tanggal keputusan penetapan standar pelayanan  02-01-2025" in out
    assert "PERINGATAN" not in out
    assert "Profil kantor" not in desk("check")[1]
    code, _, err = desk("office", "set", "standards_decree_date=kemarin")
    assert code == 1 and "tulis tanggalnya seperti 31-12-2025" in err


def test_a_services_time_counts_from_the_complete_file_or_from_the_day_received(desk: Run, data_dir: Path) -> None:
    db = open_database(default_database_url(data_dir), data_dir)
    try:  # one of U3's documents still missing: no firm due date while its time counts from a complete file
        ref = receive(db, "U3", 7, documents_received=(True,), name="Nurul Hasanah").ref_number
    finally:
        db.dispose()
    u3 = next(line for line in desk("services", "list")[1].splitlines() if line.startswith("U3"))
    assert "sejak lengkap" in u3
    code, out, _ = desk("services", "due-from", "u3", "diterima")
    assert code == 0
    assert out.strip() == ("Layanan U3: jangka waktu dihitung sejak permohonan diterima; tenggat permohonan "
                           "terbuka tidak berubah.")  # the estimate it had is now its firm due date
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        waiting = request_detail(db, request_id_of(db, ref) or 0).record
    finally:
        db.dispose()
    assert not waiting.awaiting_documents and not waiting.time_from_complete
    assert "sejak diterima" in next(line for line in desk("services", "list")[1].splitlines() if line.startswith("U3"))
    code, _, err = desk("services", "due-from", "X9", "lengkap")
    assert code == 1 and "X9 tidak ada" in err
