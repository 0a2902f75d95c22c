"""Figure 11: printing the F4 daftar hadir of a 1,000-participant forum from the preview to a CUPS printer.

Run alone: `.venv/bin/python -m bench.fig_print [--runs 5] [--raster-runs 3]` (as root: it starts a
private CUPS scheduler with a cups-pdf queue, the one the printing tests use, and stops it after).

- Value: from pressing print (PdfPreview.print_to, the printer already chosen) to the last page
  spooled (print_to returns: the job is complete in the queue), in a fresh process per run, with
  that process's peak memory. The preview's own window and event loop run throughout.
- Floor: the same PDF submitted with `lp` (the spooler's own client), timed to its return.
- Memory flat in the page count: the peak memory growth while printing the 1,000-participant sheet
  against a 100-participant one.
- Beside it, for Windows (pages as 300 dpi grayscale pictures through QPrinter, here to the same
  CUPS queue through Qt): the time and memory of that way.

Each queue job is cancelled right after it is timed: the cups-pdf backend (Ghostscript) would
otherwise keep both cores busy converting the previous runs while the next one is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.core import Figure, median

ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 10.0
FLAT = 1.25  # peak growth for 1,000 participants at most this multiple of that for 100


def _rss_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def child(pdf_path: str, printer_name: str, way: str) -> None:
    """One print in this fresh process; prints a JSON line with the milliseconds and memory."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desk.ui.preview import PdfPreview, cups

    if way == "raster":
        cups.available = lambda: False  # type: ignore[assignment]  # Windows' way, through Qt
    app = QApplication([])
    data = Path(pdf_path).read_bytes()
    preview = PdfPreview(None, kind="bench", title="Daftar hadir", build=lambda _p, _t: data, papers=["F4"],
                         paper="F4")
    preview.show()
    app.processEvents()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    rss_before = _rss_kib("VmRSS")
    started = time.perf_counter()
    ok = preview.print_to(printer)
    ms = (time.perf_counter() - started) * 1000
    print(json.dumps({"ok": ok, "ms": ms, "rss_before_kib": rss_before, "hwm_kib": _rss_kib("VmHWM"),
                      "pages": preview.document.pageCount() if preview.document else 0}), flush=True)
    os._exit(0)


def _one(pdf: Path, printer: str, way: str, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "bench.fig_print", "--child", str(pdf), printer, way],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"print child failed: {done.stderr[-800:]}")
    result = json.loads(lines[-1])
    if not result["ok"]:
        raise RuntimeError(f"print child did not print: {done.stderr[-800:]}")
    subprocess.run(["cancel", "-a", printer], capture_output=True, env=env)
    return result


def _lp(pdf: Path, printer: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(["lp", "-d", printer, str(pdf)], check=True, capture_output=True, env=env)
    ms = (time.perf_counter() - started) * 1000
    subprocess.run(["cancel", "-a", printer], capture_output=True, env=env)
    return ms


def _runs(values: list[float]) -> dict[str, float]:
    return {"runs": len(values), "min": min(values), "max": max(values)}


def measure(runs: int = 5, raster_runs: int = 3, participants: int = 1000, log: Any = print) -> dict[str, Any]:
    from bench.bench_attendance import participants as people
    from bench.bench_attendance import sheet
    from tests.printing.conftest import add_printer, remove_printer, remove_stale_leftovers, start_scheduler

    folder = Path(tempfile.mkdtemp(prefix="desk-bench-print-"))
    big, small = folder / "besar.pdf", folder / "kecil.pdf"
    big.write_bytes(sheet(people(participants), "F4"))
    small.write_bytes(sheet(people(participants // 10), "F4"))
    remove_stale_leftovers()
    scheduler = start_scheduler()
    out = folder / "out"
    out.mkdir()
    out.chmod(0o777)
    env = {**os.environ, "CUPS_SERVER": str(scheduler.socket), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    os.environ["CUPS_SERVER"] = str(scheduler.socket)
    try:
        queue = add_printer("bench", out)
        try:
            log("  print: lp floor")
            _lp(big, queue.name, env)  # warm-up: the scheduler's first job
            floor = [_lp(big, queue.name, env) for _ in range(runs)]
            log("  print: Desk, PDF to the spooler")
            _one(big, queue.name, "pdf", env)
            desk = [_one(big, queue.name, "pdf", env) for _ in range(runs)]
            few = [_one(small, queue.name, "pdf", env) for _ in range(runs)]
            log("  print: Desk, pages as pictures (Windows' way)")
            pictures = [_one(big, queue.name, "raster", env) for _ in range(raster_runs)]
            pictures_few = [_one(small, queue.name, "raster", env) for _ in range(raster_runs)]
        finally:
            remove_printer(queue)
    finally:
        scheduler.stop()
        os.environ.pop("CUPS_SERVER", None)

    def growth(results: list[dict[str, Any]]) -> float:
        return median([(r["hwm_kib"] - r["rss_before_kib"]) / 1024 for r in results])

    return {
        "pages": desk[0]["pages"], "pages_small": few[0]["pages"],
        "ms": median([r["ms"] for r in desk]), "ms_spread": _runs([r["ms"] for r in desk]),
        "floor_ms": median(floor), "floor_spread": _runs(floor),
        "peak_mib": max(r["hwm_kib"] for r in desk) / 1024,
        "growth_mib": growth(desk), "growth_small_mib": growth(few),
        "raster_ms": median([r["ms"] for r in pictures]), "raster_spread": _runs([r["ms"] for r in pictures]),
        "raster_peak_mib": max(r["hwm_kib"] for r in pictures) / 1024,
        "raster_growth_mib": growth(pictures), "raster_growth_small_mib": growth(pictures_few),
    }


def figures(result: dict[str, Any]) -> list[Figure]:
    pages = result["pages"]
    flat = max(result["growth_mib"], result["raster_growth_mib"]) <= FLAT * max(
        1.0, result["growth_small_mib"], result["raster_growth_small_mib"])
    main = Figure(
        "11a", f"Print the F4 daftar hadir, {pages} pages, to a CUPS printer: to the last page spooled", "ms",
        result["ms"], result["floor_ms"], "the same PDF submitted with lp", f"≤ {GOAL_S:.0f} s, window never frozen",
        value_max=GOAL_S * 1000, runs=result["ms_spread"]["runs"],
        spread=(result["ms_spread"]["min"], result["ms_spread"]["max"]),
        detail={"floor_spread_ms": [result["floor_spread"]["min"], result["floor_spread"]["max"]],
                "note": f"{pages} pages spooled as one PDF job in a worker; the floor `lp` of the same file took "
                        f"{result['floor_spread']['min']:.0f}–{result['floor_spread']['max']:.0f} ms over "
                        f"{result['floor_spread']['runs']} runs"},
    )
    memory = Figure(
        "11b", f"Print memory: peak growth for {pages} pages vs {result['pages_small']}", "MiB",
        result["growth_mib"], max(result["growth_small_mib"], 0.01), f"same, {result['pages_small']} pages",
        "flat in the page count", check=flat, runs=result["ms_spread"]["runs"],
        detail={"peak_mib": result["peak_mib"], "raster_growth_mib": result["raster_growth_mib"],
                "raster_growth_small_mib": result["raster_growth_small_mib"]},
    )
    raster = Figure(
        "11c", f"Same print as 300 dpi grayscale pages through QPrinter (Windows' way), {pages} pages", "ms",
        result["raster_ms"], result["floor_ms"], "the same PDF submitted with lp", "in a worker, with progress",
        runs=result["raster_spread"]["runs"], spread=(result["raster_spread"]["min"], result["raster_spread"]["max"]),
        detail={"peak_mib": result["raster_peak_mib"], "growth_mib": result["raster_growth_mib"],
                "note": "Windows' way, measured here through Qt's CUPS engine (Qt writes the pictures into a PDF "
                        "for CUPS); on Windows they go to GDI instead"},
    )
    return [main, memory, raster]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(*argv[1:4])
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench.fig_print", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--raster-runs", type=int, default=3)
    parser.add_argument("--participants", type=int, default=1000)
    args = parser.parse_args(argv)
    result = measure(args.runs, args.raster_runs, args.participants)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
