"""The Laporan hasil SKM and the poster, read back from the PDF: chapters, numbers, KONSEP, signature, one page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desk.documents.skm_poster import render_skm_poster
from desk.documents.skm_report import render_skm_report
from desk.domain.complaint_records import ComplaintHandling
from desk.domain.complaints import Period as ComplaintPeriod
from desk.domain.skm import UNSUR_KEYS, compute_forms, parse_period
from desk.domain.skm_records import (
    OFFICE,
    UNIT,
    CountRow,
    FollowupRecord,
    ProfileTable,
    Scope,
    ScopeResult,
    SkmReport,
    TrendPoint,
)
from tests.documents.pdfcheck import (
    chars_outside_page,
    fonts,
    page_sizes,
    page_texts,
    qpdf_problems,
    reads_in_order,
    text,
)
from tests.documents.seeded import HEAD, HEAD_NIP_GROUPED, ready_office

S2 = parse_period("2026-S2")
OFFICE_PROFILE = ready_office()  # every stand-in replaced: only the period decides KONSEP


def forms(*changes: dict[str, int]) -> list[dict[str, int | None]]:
    return [{**dict.fromkeys(UNSUR_KEYS, 3), **change} for change in changes]


def report(*, draft: bool = False, followups: bool = True, empty: bool = False) -> SkmReport:
    # The hand-worked 76,67 (B): five forms, persyaratan 4 on three of them.
    result = None if empty else compute_forms(forms({"persyaratan": 4}, {"persyaratan": 4}, {"persyaratan": 4},
                                                    {}, {}))
    office = Scope(OFFICE, None, "", "DKUKMTK")
    main = ScopeResult(S2, office, 0 if empty else 5, 300, 169, result,
                       "Belum ada responden pada periode ini." if empty else "")
    unit = ScopeResult(S2, Scope(UNIT, 1, "PNP", "Bidang Penempatan"), 5, 280, 162, result)
    plan = (
        FollowupRecord(1, "2026-S2", None, "", "prosedur", "Alur pelayanan dipasang di ruang tunggu",
                       "Desember 2026", "Kepala Bidang Penempatan", "selesai", date(2026, 12, 10), 4,
                       "FKP Hasil SKM Semester II", 1),
        FollowupRecord(2, "2026-S2", None, "", "waktu", "Loket prioritas untuk lansia dan disabilitas",
                       "Triwulan I 2027", "Sekretaris Dinas", "rencana", None, None, "", 2),
    )
    return SkmReport(
        office=OFFICE_PROFILE, main=main,
        profile=(ProfileTable("Jenis kelamin", (CountRow("Laki-laki", 2), CountRow("Perempuan", 3))),
                 ProfileTable("Pendidikan", (CountRow("SMA", 4), CountRow("D4/S1", 1)))),
        parts=() if empty else (unit,),
        trend=(TrendPoint(parse_period("2025-S2"), 120, Decimal("74.10"), "C"),
               TrendPoint(parse_period("2026-S1"), 140, Decimal("75.52"), "C"),
               TrendPoint(S2, main.respondents, main.konversi, main.grade)),
        followups=plan if followups else (), sources=(CountRow("Layar pengunjung", 3), CountRow("Formulir kertas", 2)),
        first_day=None if empty else date(2026, 7, 2), last_day=None if empty else date(2026, 12, 18),
        today=date(2027, 1, 5), draft=draft,
    )


def test_the_report_follows_the_regulations_chapters_with_the_numbers(tmp_path: Path) -> None:
    pdf = render_skm_report(report(), paper="A4", deterministic=True)
    assert not qpdf_problems(pdf, tmp_path) and not chars_outside_page(pdf)
    assert all(f["emb"] == "yes" for f in fonts(pdf, tmp_path))  # the chart's labels too
    assert all(size == pytest.approx((595.3, 841.9), abs=0.5) for size in page_sizes(pdf))
    whole = text(pdf)
    chapters = ["BAB I PENDAHULUAN", "BAB II PENGUMPULAN DATA SKM", "BAB III HASIL PENGOLAHAN DATA SKM",
                "BAB IV ANALISIS HASIL SKM", "BAB V PENUTUP"]
    assert [whole.index(c) for c in chapters] == sorted(whole.index(c) for c in chapters)
    assert "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT" in whole and "SEMESTER II 2026" in whole
    assert "PermenPANRB 14/2017" in whole or "Nomor 14 Tahun 2017" in whole
    # Sample: 5 of the 169 needed for 300 completed requests, and the report says it is too small.
    assert "5 responden dari 300 pengguna layanan" in whole and "5 dari 169 responden" in whole
    assert "Sampel belum mencukupi: minimal 169 responden untuk 300 pengguna layanan" in whole
    # Profile with counts and percentages.
    assert "Perempuan 3 60,0%" in whole and "Jumlah 5 100,0%" in whole
    # Per unsur: U1 18 points from 5 forms, NRR 3,60, weighted 0,400, konversi 90,00 A; the index 76,67 B.
    assert "U1 Persyaratan 18 5 3,60 0,400 90,00 A (Sangat baik)" in whole
    assert reads_in_order(whole, "U2 Sistem, Mekanisme, dan Prosedur 15 5 3,00 0,333 75,00 C (Kurang baik)")
    assert "3,067 76,67 B (Baik)" in whole
    assert "PNP — Bidang Penempatan 5 * 280 162 76,67 B (Baik)" in whole
    # Rencana tindak lanjut: the regulation's five columns, with status and the forum that agreed it.
    assert "No Prioritas unsur Program/kegiatan Waktu Penanggung jawab" in whole
    assert "Tindak lanjut selesai: 1 dari 2 (50,0%)." in whole and "Disepakati: FKP Hasil SKM Semester II" in whole
    assert "Semester II 2025 120 74,10 C (Kurang baik)" in whole and "Semester I 2026 140 75,52" in whole
    assert "adalah 76,67 dengan mutu pelayanan B (Baik), dari 5 responden" in whole
    assert "terendah adalah Sistem, Mekanisme, dan Prosedur (75,00)" in whole
    last = page_texts(pdf)[-1]
    assert "5 Januari 2027" in last and "KEPALA DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA" in last
    assert HEAD in last and f"NIP {HEAD_NIP_GROUPED}" in last
    assert "KONSEP" not in whole


def test_while_the_period_runs_every_page_says_konsep_and_f4_is_f4(tmp_path: Path) -> None:
    pdf = render_skm_report(report(draft=True, followups=False), paper="F4", deterministic=True)
    pages = page_texts(pdf)
    assert len(pages) > 1 and all("KONSEP — belum untuk ditandatangani" in p for p in pages)
    assert "KONSEP: periode Semester II 2026 belum berakhir" in pages[0]
    assert all(size == pytest.approx((609.4, 935.4), abs=0.5) for size in page_sizes(pdf))
    assert "Rencana tindak lanjut belum disusun" in text(pdf) and "(Sistem, Mekanisme, dan Prosedur)" in text(pdf)
    with pytest.raises(ValueError, match="A4 atau F4"):
        render_skm_report(report(), paper="80mm")


def test_a_period_without_forms_still_prints_and_says_why() -> None:
    whole = text(render_skm_report(report(empty=True), paper="A4", deterministic=True))
    assert "Belum ada responden pada periode ini." in whole and "BAB V PENUTUP" in whole
    assert "belum ada formulir yang terkumpul" in whole


def test_the_pengaduan_unsur_is_read_beside_the_complaints_register_of_the_same_days() -> None:
    days = ComplaintPeriod(S2.first_day, S2.last_day, S2.label)
    handled = ComplaintHandling(days, 7, 5, 4, 3, 4, 80.0, ("Datang langsung", "WhatsApp", "SP4N-LAPOR!"))
    whole = text(render_skm_report(replace(report(), complaints=handled), paper="A4", deterministic=True))
    analysis = whole[whole.index("BAB IV ANALISIS HASIL SKM"):whole.index("B. Rencana Tindak Lanjut")]
    assert reads_in_order(
        analysis, "Unsur U8 Penanganan Pengaduan, Saran dan Masukan bernilai 75,00 (C). Sebagai pembanding, register "
        "pengaduan kantor mencatat 7 pengaduan, aspirasi dan permintaan informasi selama Semester II 2026 (melalui "
        "Datang langsung, WhatsApp dan SP4N-LAPOR!); 5 di antaranya telah ditanggapi, 4 dalam batas waktu tanggapan "
        "(80,0%); 3 selesai dan 4 masih diproses.")
    quiet = replace(handled, received=0, responded=0, responded_on_time=0, completed=0, still_open=0,
                    on_time_percent=None, channels=())
    whole = text(render_skm_report(replace(report(), complaints=quiet), paper="A4", deterministic=True))
    assert reads_in_order(whole, "register pengaduan kantor mencatat tidak ada pengaduan, aspirasi atau permintaan "
                                 "informasi yang diterima selama Semester II 2026.")
    assert "register pengaduan" not in text(render_skm_report(report(), paper="A4", deterministic=True))


def test_the_poster_is_one_page_with_the_index_the_unsur_and_the_plan(tmp_path: Path) -> None:
    pdf = render_skm_poster(report(), paper="A4", deterministic=True)
    assert len(page_texts(pdf)) == 1 and not qpdf_problems(pdf, tmp_path) and not chars_outside_page(pdf)
    assert all(f["emb"] == "yes" for f in fonts(pdf, tmp_path))
    whole = text(pdf)
    assert "INDEKS KEPUASAN MASYARAKAT" in whole and "Semester II 2026" in whole
    assert "76,67" in whole and "MUTU PELAYANAN B (BAIK)" in whole and "dari 5 responden" in whole
    assert "U1 Persyaratan: 90,00" in whole and "U9 Sarana dan Prasarana: 75,00" in whole
    assert "Alur pelayanan dipasang di ruang tunggu (Desember 2026) — selesai" in whole
    long_plan = replace(report(), followups=tuple(
        replace(report().followups[0], id=i, action="Perbaikan " + "sangat panjang " * 40) for i in range(4)))
    assert len(page_texts(render_skm_poster(long_plan, paper="F4"))) == 1  # smaller type, never a second page
    draft = text(render_skm_poster(report(draft=True), paper="A4"))
    assert "KONSEP" in draft
