"""A real print spooler for the printing tests: CUPS with the cups-pdf virtual printer.

The session uses the running CUPS scheduler, or starts `cupsd -f` itself (as root, as in CI) and
stops it afterwards. It adds its own cups-pdf printers, each writing into its own folder
(`cups-pdf:/<instance>` reads /etc/cups/cups-pdf-<instance>.conf), named after the process so that
parallel test runs on one machine never share one; they are removed at the end. Without CUPS the
tests are skipped, except under CI=true, where that is a failure (`make sysdeps` installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CONFIG_DIR = Path("/etc/cups")
START_TIMEOUT_S = 30
JOB_TIMEOUT_S = 120


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in done.stdout and "not" not in done.stdout


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CUPS spooler not available in CI: {why}")
    pytest.skip(f"CUPS spooler not available here: {why}")


@dataclass(frozen=True)
class SpoolPrinter:
    """One cups-pdf queue: what is printed to `name` comes out as a PDF file in `out`."""

    name: str
    out: Path

    def outputs(self) -> set[Path]:
        return set(self.out.glob("*.pdf"))

    def pending_jobs(self) -> str:
        return subprocess.run(["lpstat", "-o", self.name], capture_output=True, text=True).stdout.strip()

    def wait_for_output(self, before: set[Path]) -> Path:
        """The PDF the spooler wrote for the job sent after `before` was taken (waits for the job to finish)."""
        deadline = time.monotonic() + JOB_TIMEOUT_S
        while time.monotonic() < deadline:
            new = self.outputs() - before
            if len(new) == 1 and not self.pending_jobs():
                (path,) = new
                # cups-pdf names the file before it has written it: wait for the whole PDF.
                if path.read_bytes().rstrip().endswith(b"%%EOF"):
                    return path
            time.sleep(0.2)
        raise AssertionError(f"nothing came out of {self.name} (queue: {self.pending_jobs()!r})")

    def set_enabled(self, enabled: bool) -> None:
        subprocess.run(["cupsenable" if enabled else "cupsdisable", self.name], check=True)


@pytest.fixture(scope="session")
def cups_scheduler() -> Iterator[None]:
    for tool in ("lpstat", "lpadmin", "cupsd"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed")
    if not BACKEND.exists() or not PPD.exists():
        _unavailable("the cups-pdf printer driver is not installed")
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            _unavailable("the scheduler is not running and only root can start it")
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _scheduler_running():
            if started.poll() is not None or time.monotonic() > deadline:
                _unavailable("cupsd did not start")
            time.sleep(0.2)
    yield
    if started is not None:
        started.terminate()
        started.wait(timeout=30)


def add_printer(role: str, out: Path) -> SpoolPrinter:
    """A cups-pdf queue named after `role` and this process, writing into `out`."""
    instance = f"deskuji{os.getpid()}{role}"
    (CONFIG_DIR / f"cups-pdf-{instance}.conf").write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\n",
                                                          encoding="utf-8")
    name = f"Desk-Uji-{role}-{os.getpid()}"
    subprocess.run(["lpadmin", "-p", name, "-v", f"cups-pdf:/{instance}", "-P", str(PPD), "-E"],
                   check=True, capture_output=True)
    return SpoolPrinter(name, out)


def remove_printer(printer: SpoolPrinter) -> None:
    subprocess.run(["lpadmin", "-x", printer.name], capture_output=True)
    role = printer.name.removeprefix("Desk-Uji-").rsplit("-", 1)[0]
    (CONFIG_DIR / f"cups-pdf-deskuji{os.getpid()}{role}.conf").unlink(missing_ok=True)


def remove_stale_printers() -> None:
    """Queues left by a test process that died before its teardown (its pid is gone): removed, with their config."""
    listed = subprocess.run(["lpstat", "-p"], capture_output=True, text=True).stdout.split()
    for name in {word for word in listed if word.startswith("Desk-Uji-")}:
        role, _, pid = name.removeprefix("Desk-Uji-").rpartition("-")
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            subprocess.run(["lpadmin", "-x", name], capture_output=True)
            (CONFIG_DIR / f"cups-pdf-deskuji{pid}{role}.conf").unlink(missing_ok=True)


@pytest.fixture(scope="session")
def spool_printers(cups_scheduler: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SpoolPrinter]]:
    """Two queues, "struk" and "a4" (the receipt printer and the office laser printer of a counter)."""
    if os.geteuid() != 0:
        _unavailable("adding a cups-pdf queue needs root")
    remove_stale_printers()
    printers: dict[str, SpoolPrinter] = {}
    try:
        for role in ("struk", "a4"):
            printers[role] = add_printer(role, tmp_path_factory.mktemp(f"spool-{role}"))
        yield printers
    finally:
        for printer in printers.values():
            remove_printer(printer)
