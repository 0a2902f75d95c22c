"""Holiday rules: checking the rows of next year's SKB list, and the warnings when a year is missing."""

from __future__ import annotations

from datetime import date

import pytest

from desk.domain.holiday_rules import (
    CUTI_BERSAMA,
    LIBUR_NASIONAL,
    LOKAL,
    HolidayRow,
    check_holiday_rows,
    coverage_warnings,
    holiday_problems,
    parse_date,
    parse_kind,
    weekdays_problem,
)
from desk.formats.table import read_table


def parse_holiday_csv(text: str, existing: dict[date, str] | None = None, *,
                      replace_years: set[int] | frozenset[int] = frozenset()) -> list[HolidayRow]:
    """The rows of a CSV as the import reads them (desk.formats), checked."""
    return check_holiday_rows(read_table(text.encode("utf-8")).rows, existing, replace_years=replace_years)

SKB_2027 = """tanggal,nama,jenis,dasar hukum
2027-01-01,Tahun Baru 2027 Masehi,libur_nasional,SKB 2026
2027-02-06,Tahun Baru Imlek 2578 Kongzili,Libur Nasional,SKB 2026
2027-02-05,Cuti Bersama Imlek,cuti bersama,SKB 2026
08/04/2027,Hari Jadi Kabupaten Balangan,lokal,Keputusan Bupati
"""


def test_a_clean_file_reads_every_row_with_its_kind() -> None:
    rows = parse_holiday_csv(SKB_2027)
    assert [r.ok for r in rows] == [True] * 4
    assert [(r.line, r.date, r.kind) for r in rows] == [
        (2, date(2027, 1, 1), LIBUR_NASIONAL),
        (3, date(2027, 2, 6), LIBUR_NASIONAL),
        (4, date(2027, 2, 5), CUTI_BERSAMA),
        (5, date(2027, 4, 8), LOKAL),  # day first, as an Indonesian spreadsheet writes it
    ]
    assert rows[0].decree == "SKB 2026"


def test_excel_semicolons_and_no_header_are_read_too() -> None:
    rows = parse_holiday_csv("1-1-2027;Tahun Baru;libur nasional\n\n17.08.2027;Proklamasi;nasional\n")
    assert [(r.line, r.date, r.name) for r in rows] == [
        (1, date(2027, 1, 1), "Tahun Baru"), (3, date(2027, 8, 17), "Proklamasi"),
    ]
    assert all(r.ok for r in rows)


def test_bad_date_unknown_kind_and_duplicate_are_each_reported_on_their_row() -> None:
    text = (
        "date,name,kind\n"
        "2027-01-01,Tahun Baru,libur_nasional\n"
        "2027-02-30,Tanggal mustahil,libur_nasional\n"
        "2027-03-10,Nyepi,libur_besar\n"
        "01/01/2027,Tahun Baru lagi,cuti_bersama\n"
        "2027-05-01,,libur_nasional\n"
        "2027-06-01,Pancasila\n"
    )
    rows = {r.line: r for r in parse_holiday_csv(text)}
    assert "2027-02-30" in rows[3].problems[0] and "tidak valid" in rows[3].problems[0]
    assert rows[4].problems == ("Jenis 'libur_besar' tidak dikenal (libur_nasional, cuti_bersama atau lokal).",)
    assert "juga di baris 5" in rows[2].problems[0]  # the first of a pair is flagged too
    assert "juga di baris 2" in rows[5].problems[0]
    assert rows[6].problems == ("Nama hari libur wajib diisi.",)
    assert "Kolom kurang" in rows[7].problems[0]
    assert "baris 4: " in rows[4].describe() and "tidak dikenal" in rows[4].describe()


def test_a_date_already_in_the_list_is_refused_unless_its_year_is_replaced() -> None:
    existing = {date(2027, 1, 1): "Tahun Baru 2027"}
    refused = parse_holiday_csv("2027-01-01,Tahun Baru,libur_nasional\n", existing)
    assert "sudah ada di daftar (Tahun Baru 2027)" in refused[0].problems[0]
    assert parse_holiday_csv("2027-01-01,Tahun Baru,libur_nasional\n", existing, replace_years={2027})[0].ok


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-01-05", date(2027, 1, 5)), ("5/1/2027", date(2027, 1, 5)), ("05-01-2027", date(2027, 1, 5)),
    ("2027/01/05", None), ("1/13/2027", None), ("kemarin", None), ("", None),
])
def test_dates_are_iso_or_day_first_never_guessed(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_kinds_accept_what_people_write() -> None:
    assert parse_kind("Cuti Bersama") == CUTI_BERSAMA
    assert parse_kind("LIBUR_NASIONAL") == LIBUR_NASIONAL
    assert parse_kind("Libur daerah") == LOKAL
    assert parse_kind("libur besar") is None


def test_single_holiday_problems_by_field() -> None:
    assert holiday_problems(date(2027, 1, 1), "Tahun Baru", LIBUR_NASIONAL) == {}
    problems = holiday_problems(None, "  ", "hari_raya")
    assert set(problems) == {"date", "name", "kind"}
    assert "di luar rentang" in holiday_problems(date(1999, 1, 1), "X", LOKAL)["date"]


def test_current_year_without_holidays_warns_all_year() -> None:
    assert coverage_warnings(date(2027, 3, 2), {2025, 2026}) == [
        "Hari libur tahun 2027 belum dimasukkan: tenggat permohonan dihitung tanpa libur nasional dan cuti "
        "bersama. Admin: masukkan daftar SKB tiga menteri di Administrasi › Hari libur."
    ]
    assert coverage_warnings(date(2026, 3, 2), {2025, 2026}) == []


def test_next_year_warning_starts_on_1_october() -> None:
    covered = {2025, 2026}
    assert coverage_warnings(date(2026, 9, 30), covered) == []
    warnings = coverage_warnings(date(2026, 10, 1), covered)
    assert len(warnings) == 1 and warnings[0].startswith("Hari libur tahun 2027 belum dimasukkan.")
    assert coverage_warnings(date(2026, 12, 31), covered | {2027}) == []


def test_working_weekdays_need_at_least_one_day() -> None:
    assert weekdays_problem([0, 1, 2, 3, 4, 5]) is None
    assert weekdays_problem([]) == "Minimal satu hari dalam seminggu harus hari kerja."
    assert weekdays_problem([7]) is not None


def test_rows_from_a_spreadsheet_keep_real_dates_and_controls_are_dropped() -> None:
    rows = check_holiday_rows([(2, (date(2027, 1, 1), "Tahun\x1b[2J Baru\x07", "libur nasional", None)),
                               (3, ("2027-05-01", "Hari\tBuruh\nInternasional", "libur_nasional"))])
    assert [(r.line, r.date, r.name, r.ok) for r in rows] == [
        (2, date(2027, 1, 1), "Tahun[2J Baru", True), (3, date(2027, 5, 1), "Hari Buruh Internasional", True),
    ]
