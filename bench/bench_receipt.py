"""Receipt rendering speed: `python -m bench.bench_receipt [--runs 200] [--paper A4]`.

Renders the seeded DKUKMTK receipt (office profile and service P1 from resources/seed, a
visitor with NIK and phone, five requirements, the full privacy notice) `runs` times after a
warm-up, and prints the median next to the floor: a bare ReportLab canvas that writes one
page with a few lines of Helvetica and nothing else. Goal: receipt median <= 50 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from io import BytesIO

from desk.domain.receipt_check import make_qr_payload
from desk.domain.records import ChecklistItem, OfficeProfile, RequestRecord, StandardRecord
from desk.paths import seed_dir

GOAL_MS = 50.0


def sample_receipt() -> object:
    """ReceiptData for a realistic walk-in, built from the seed files the app ships."""
    from desk.domain.records import ReceiptData

    office_data = json.loads((seed_dir() / "office.json").read_text(encoding="utf-8"))
    office = OfficeProfile(**{k: v for k, v in office_data.items() if not k.startswith("_")})
    services = json.loads((seed_dir() / "services.json").read_text(encoding="utf-8"))
    service = next(s for s in services if s["code"] == "P1")
    st = service["standard"]
    standard = StandardRecord(
        id=1, service_id=1, version_no=1, effective_date=date.fromisoformat(st["effective_date"]),
        sk_number=st["sk_number"], forum_id=None, same_day=st["same_day"], duration_days=st["duration_days"],
        duration_minutes=st["duration_minutes"], fee=st["fee"], product=st["product"],
        requirements=tuple(st["requirements"]), steps=tuple(st["steps"]), complaints=tuple(st["complaints"]),
        legal_basis=tuple(st["legal_basis"]),
    )
    request = RequestRecord(
        id=1, ref_number="0001/PNP/DKUKMTK/X/2025", received_at=datetime(2025, 10, 29, 1, 5, tzinfo=UTC),
        received_by="Petugas", due_date=date(2025, 10, 29), status="diterima", channel="loket", notes="",
        unit_code="PNP", unit_name="Bidang Penempatan", service_id=1, service_code="P1", service_name=service["name"],
        standard_version_id=1, standard_version_no=1, visitor_id=1, visitor_name="Siti Aminah",
        visitor_nik="6311044105950001", visitor_sex="P", visitor_phone="+6281234567890",
        visitor_address="Jalan Mampari RT 02", visitor_kecamatan="Batumandi", visitor_desa="Mampari",
        organisation="UMKM Kue Bingka", checklist=tuple(ChecklistItem(t, i != 1) for i, t in enumerate(st["requirements"])),
    )
    payload = make_qr_payload(request.ref_number, date(2025, 10, 29), b"bench-secret")
    return ReceiptData(office=office, request=request, standard=standard, officer_name="Syifa Miratil Hayati",
                       qr_payload=payload)


def floor_page() -> bytes:
    """The least a one-page PDF can cost with ReportLab: canvas, a few lines, save."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(72, 770, "0001/PNP/DKUKMTK/X/2025")
    canvas.setFont("Helvetica", 10)
    for line in range(20):
        canvas.drawString(72, 740 - 14 * line, f"Baris {line}: persyaratan diterima")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def floor_page_embedded() -> bytes:
    """The same page in Desk's embedded TrueType font: what subsetting and embedding add."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desk.documents.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=REGULAR)
    canvas.setFont(BOLD, 16)
    canvas.drawString(72, 770, "0001/PNP/DKUKMTK/X/2025")
    canvas.setFont(REGULAR, 10)
    for line in range(20):
        canvas.drawString(72, 740 - 14 * line, f"Baris {line}: persyaratan diterima")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_ms(fn: Callable[[], bytes], runs: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        pdf = fn()
        times.append((time.perf_counter() - started) * 1000)
        assert pdf.startswith(b"%PDF")
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--paper", default="A4", help="A4, F4, A5, 80mm, 58mm")
    parser.add_argument("--two-up", action="store_true")
    args = parser.parse_args(argv)

    from desk.documents.receipt import render_receipt

    data = sample_receipt()
    receipt = median_ms(lambda: render_receipt(data, args.paper, two_up=args.two_up), args.runs)  # type: ignore[arg-type]
    floor = median_ms(floor_page, args.runs)
    embedded = median_ms(floor_page_embedded, args.runs)
    label = f"{args.paper}{' two-up' if args.two_up else ''}"
    print(f"receipt {label}: median {receipt:.1f} ms over {args.runs} runs (goal <= {GOAL_MS:.0f} ms: "
          f"{'met' if receipt <= GOAL_MS else 'NOT met'})")
    print(f"floor (bare ReportLab page): median {floor:.2f} ms")
    print(f"same page in the embedded DejaVu Sans: median {embedded:.2f} ms")
    print(f"ratio receipt / floor: {receipt / floor:.1f}x")
    return 0 if receipt <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
