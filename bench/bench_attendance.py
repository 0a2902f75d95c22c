"""The 1,000-participant attendance sheet against a bare ReportLab table of the same rows.

Run: `.venv/bin/python -m bench.bench_attendance [--participants 1000] [--runs 7]`.

The floor is what ReportLab itself needs for those rows: one Table of plain strings (No, Nama,
Instansi, Jabatan, an empty signature cell) with a repeated header row, in the same embedded
font, on the same paper, built into PDF bytes; no letterhead, no wrapping, no page numbers.
The sheet is `render_attendance` with everything the office prints (kop, title lines, wrapped
cells, unsur, zig-zag signature column, 10 blank rows, signature block, "Halaman x dari y").
Both are timed in the same process after one warm-up run each; the medians are compared.
The goal is a ratio of about 1.5.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from desk.domain.forum_rules import UNSUR, ForumInfo, ParticipantRecord
from desk.domain.records import OfficeProfile

GOAL_RATIO = 1.5
OFFICE = OfficeProfile(
    government_name="Pemerintah Kabupaten Balangan",
    office_name="Dinas Koperasi, Usaha Kecil Menengah dan Tenaga Kerja",
    short_name="DKUKMTK",
    address="Jalan Sutera Ali Adul",
    village="Mampari",
    district="Batumandi",
    postal_code="71663",
    phone="(0526) 2028000",
    service_pic_name="Syifa Miratil Hayati",
    service_pic_title="Penanggung Jawab Pelayanan Publik",
    place_name="Batumandi",
)
FORUM = ForumInfo(
    id=1,
    title="Forum Konsultasi Publik Standar Pelayanan DKUKMTK Kabupaten Balangan",
    starts_at=datetime(2025, 10, 29, 1, 0, tzinfo=UTC),
    ends_at=datetime(2025, 10, 29, 4, 0, tzinfo=UTC),
    venue="Aula DKUKMTK, Desa Mampari, Kecamatan Batumandi",
)


def participants(n: int, seed: int = 1) -> list[ParticipantRecord]:
    """`n` participants with realistic names, institutions (some long) and positions."""
    from desk.store.demo import FEMALE_NAMES, MALE_NAMES, ORG_WORDS, SECOND_NAMES

    rng = random.Random(seed)
    out = []
    for i in range(n):
        first = rng.choice(MALE_NAMES + FEMALE_NAMES)
        name = f"{first} {rng.choice(SECOND_NAMES)} {rng.choice(SECOND_NAMES) if rng.random() < 0.3 else ''}".strip()
        institution = f"Koperasi Serba Usaha {rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)}"
        if rng.random() < 0.1:
            institution += " Desa Mampari Kecamatan Batumandi Kabupaten Balangan Provinsi Kalimantan Selatan"
        out.append(ParticipantRecord(
            id=i + 1, forum_id=1, name=name, unsur=rng.choice(UNSUR).code, institution=institution,
            position=rng.choice(("Ketua", "Anggota", "Kepala Desa", "Pemilik Usaha", "Wartawan")),
            sex=rng.choice("LP"), phone=f"+62812{rng.randrange(10**7, 10**8)}", consent_publication=rng.random() < 0.7,
        ))
    return out


def bare_table(people: list[ParticipantRecord], paper: str = "F4") -> bytes:
    """The floor: ReportLab's own table of the same rows, nothing else."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from desk.documents.fonts import REGULAR, register_fonts
    from desk.documents.pages import get_paper

    register_fonts()
    size = get_paper(paper).page_size()
    data: list[list[Any]] = [["No", "Nama", "Instansi / Unsur", "Jabatan", "Tanda Tangan"]]
    data += [[str(i), p.name, p.institution, p.position, ""] for i, p in enumerate(people, 1)]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=size, initialFontName=REGULAR).build([table])
    return buffer.getvalue()


def sheet(people: list[ParticipantRecord], paper: str = "F4") -> bytes:
    from desk.documents.attendance import AttendanceOptions, render_attendance

    return render_attendance(OFFICE, FORUM, people, AttendanceOptions(paper=paper))


def _timed(func: Any, *args: Any) -> float:
    started = time.perf_counter()
    func(*args)
    return (time.perf_counter() - started) * 1000


def measure(participants_count: int = 1000, runs: int = 5, paper: str = "F4") -> dict[str, float]:
    """Median milliseconds of the sheet and of the floor over `runs` alternating runs, and their ratio."""
    people = participants(participants_count)
    sheet(people, paper)  # warm-up: fonts registered, modules imported
    bare_table(people, paper)
    sheet_ms: list[float] = []
    floor_ms: list[float] = []
    for _ in range(max(1, runs)):
        sheet_ms.append(_timed(sheet, people, paper))
        floor_ms.append(_timed(bare_table, people, paper))
    ms, floor = statistics.median(sheet_ms), statistics.median(floor_ms)
    return {
        "ms": ms, "floor_ms": floor, "ratio": ms / floor if floor else float("nan"),
        "participants": float(participants_count), "runs": float(runs),
        "min_ms": min(sheet_ms), "max_ms": max(sheet_ms),
        "pages": float(_pages(sheet(people, paper))),
    }


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--paper", default="F4", choices=("A4", "F4"))
    args = parser.parse_args()
    result = measure(args.participants, args.runs, args.paper)
    print(f"attendance sheet, {int(result['participants'])} participants, {args.paper}, "
          f"{int(result['pages'])} pages, median of {args.runs} runs")
    print(f"  sheet (render_attendance) : {result['ms']:8.1f} ms")
    print(f"  floor (bare ReportLab)    : {result['floor_ms']:8.1f} ms")
    verdict = "meets" if result["ratio"] <= GOAL_RATIO * 1.1 else "misses"
    print(f"  ratio                     : {result['ratio']:8.2f}×  (goal ≈ {GOAL_RATIO}×: {verdict})")


if __name__ == "__main__":
    main()
