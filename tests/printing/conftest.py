"""A real print spooler for the printing tests: a private CUPS scheduler with the cups-pdf virtual printer.

Each test session starts a cupsd of its own (as root, as in CI) from a temporary folder: its own
cupsd.conf and cups-files.conf, state, cache, spool and logs, listening only on a unix socket in that
folder, stopped and removed at the end. While a test that uses `spool_printers` runs, CUPS_SERVER
points at that socket, so Qt (libcups), lpadmin and lpstat talk to it alone: the system scheduler,
running, stopped or restarted by someone else, is neither used nor touched, and test sessions running
side by side on one machine never share a scheduler, a queue or a certificate.

The only files outside that folder are cups-pdf's instance configurations: its backend reads
/etc/cups/cups-pdf-<instance>.conf for the device `cups-pdf:/<instance>` (the path is compiled in).
Their names carry the process id (so parallel sessions never share one), they are removed with their
queue, and those left by a process that died are removed at the next start. Without CUPS the tests
are skipped, except under CI=true, where that is a failure (`make sysdeps` installs it).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CONFIG_DIR = Path("/etc/cups")
SCHEDULER_PREFIX = "desk-cups-"
START_TIMEOUT_S = 30
STOP_TIMEOUT_S = 30
JOB_TIMEOUT_S = 120
PR_SET_PDEATHSIG = 1  # linux/prctl.h

# Only this scheduler's own files: nothing here may name a path outside `root`, except ServerBin
# and DataDir (the installed backends, filters and MIME types, read only). Printcap must be set: its
# default is the system scheduler's /run/cups/printcap.
CUPS_FILES_CONF = """\
ServerRoot {root}/conf
StateDir {root}/state
CacheDir {root}/cache
RequestRoot {root}/spool
ServerBin /usr/lib/cups
DataDir /usr/share/cups
ServerKeychain {root}/conf/ssl
Printcap {root}/state/printcap
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
"""
# Reachable only through its socket (no port, no sharing, no web pages), so it needs no
# authentication: lpadmin would otherwise present the system scheduler's root certificate.
CUPSD_CONF = """\
LogLevel info
Listen {root}/cups.sock
Browsing No
BrowseLocalProtocols none
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""
INSTANCE_CONFIG = re.compile(r"cups-pdf-deskuji(\d+)[a-z]\w*\.conf")
SCHEDULER_FOLDER = re.compile(re.escape(SCHEDULER_PREFIX) + r"(\d+)-\w+")


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CUPS spooler not available in CI: {why}")
    pytest.skip(f"CUPS spooler not available here: {why}")


def _process_gone(pid: str) -> bool:
    return not Path(f"/proc/{pid}").exists()


def _forget_cached_server() -> None:
    """Make libcups in this process read CUPS_SERVER again.

    libcups reads the variable once per thread and keeps the answer, so Qt, having listed printers
    in an earlier test, would keep talking to the system scheduler.
    """
    name = ctypes.util.find_library("cups")
    if name is not None:
        ctypes.CDLL(name).cupsSetServer(None)


@contextmanager
def using_scheduler(socket: Path) -> Iterator[None]:
    """This process, Qt and every command it starts talk to the scheduler at `socket` until the end of the block."""
    before = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(socket)
    _forget_cached_server()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = before
        _forget_cached_server()


def _scheduler_folder() -> Path:
    """The private scheduler's folder (the one CUPS_SERVER points at now)."""
    server = os.environ.get("CUPS_SERVER", "")
    folder = Path(server).parent
    assert SCHEDULER_FOLDER.fullmatch(folder.name), f"not pointed at a private scheduler: {server!r}"
    return folder


@dataclass(frozen=True)
class PrivateScheduler:
    """A cupsd of this process alone, living in `root` and reached at `socket`."""

    root: Path
    process: subprocess.Popen[bytes]

    @property
    def socket(self) -> Path:
        return self.root / "cups.sock"

    def running(self) -> bool:
        done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True,
                              env={**os.environ, "CUPS_SERVER": str(self.socket), "LC_ALL": "C"})
        return done.stdout.strip() == "scheduler is running"

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def start_scheduler() -> PrivateScheduler:
    # In /tmp, not pytest's 0700 base folder: the filters run as the `lp` user and must reach
    # the job files in the spool folder. 0711: they can pass through, nobody can list it.
    root = Path(tempfile.mkdtemp(prefix=f"{SCHEDULER_PREFIX}{os.getpid()}-"))
    root.chmod(0o711)
    for folder in ("conf", "state", "cache", "spool", "log"):
        (root / folder).mkdir()
    (root / "conf" / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root), encoding="utf-8")
    (root / "conf" / "cupsd.conf").write_text(CUPSD_CONF.format(root=root), encoding="utf-8")
    prctl = ctypes.CDLL(None).prctl  # looked up before the fork: the child only calls it
    with (root / "log" / "cupsd.out").open("wb") as out:
        # If the test process dies without its teardown, its cupsd gets SIGTERM and goes too.
        process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(root / "conf" / "cupsd.conf"), "-s", str(root / "conf" / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=out, preexec_fn=lambda: prctl(PR_SET_PDEATHSIG, signal.SIGTERM))
    scheduler = PrivateScheduler(root, process)
    deadline = time.monotonic() + START_TIMEOUT_S
    while not scheduler.running():
        if process.poll() is not None or time.monotonic() > deadline:
            why = (root / "log" / "cupsd.out").read_text(errors="replace") + scheduler.log()
            scheduler.stop()
            _unavailable(f"the private cupsd did not start: {why.strip()[-2000:]}")
        time.sleep(0.1)
    return scheduler


def remove_stale_leftovers() -> None:
    """What a test process that died before its teardown left: cups-pdf configurations and scheduler folders."""
    for config in CONFIG_DIR.glob("cups-pdf-deskuji*.conf"):
        match = INSTANCE_CONFIG.fullmatch(config.name)
        if match and _process_gone(match[1]):
            config.unlink(missing_ok=True)
    for folder in Path(tempfile.gettempdir()).glob(f"{SCHEDULER_PREFIX}*"):
        match = SCHEDULER_FOLDER.fullmatch(folder.name)
        if match and _process_gone(match[1]):
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def cups_scheduler() -> Iterator[PrivateScheduler]:
    for tool in ("lpstat", "lpadmin", "cupsd"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed")
    if not BACKEND.exists() or not PPD.exists():
        _unavailable("the cups-pdf printer driver is not installed")
    if os.geteuid() != 0:
        _unavailable("a private cupsd with the cups-pdf backend needs root")
    remove_stale_leftovers()
    scheduler = start_scheduler()
    try:
        yield scheduler
    finally:
        scheduler.stop()


@dataclass(frozen=True)
class SpoolPrinter:
    """One cups-pdf queue: what is printed to `name` comes out as a PDF file in `out`."""

    name: str
    out: Path
    config: Path

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
        log = (_scheduler_folder() / "log" / "error_log").read_text(errors="replace")
        raise AssertionError(f"nothing came out of {self.name} (queue: {self.pending_jobs()!r})\n{log[-3000:]}")

    def set_enabled(self, enabled: bool) -> None:
        subprocess.run(["cupsenable" if enabled else "cupsdisable", self.name], check=True)


def add_printer(role: str, out: Path) -> SpoolPrinter:
    """A cups-pdf queue on the private scheduler, named after `role` and this process, writing into `out`."""
    folder = _scheduler_folder()
    instance = f"deskuji{os.getpid()}{role}"
    config = CONFIG_DIR / f"cups-pdf-{instance}.conf"
    # cups-pdf's own spool and log go to the scheduler's folder too (the defaults are shared system folders).
    config.write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\nSpool {folder}/cups-pdf\nLog {folder}/log\n",
                      encoding="utf-8")
    name = f"Desk-Uji-{role}-{os.getpid()}"
    done = subprocess.run(["lpadmin", "-p", name, "-v", f"cups-pdf:/{instance}", "-P", str(PPD), "-E"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        config.unlink(missing_ok=True)
        raise AssertionError(f"lpadmin could not add {name}: {done.stderr.strip()}")
    return SpoolPrinter(name, out, config)


def remove_printer(printer: SpoolPrinter) -> None:
    subprocess.run(["lpadmin", "-x", printer.name], capture_output=True)
    printer.config.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def spool_queues(cups_scheduler: PrivateScheduler,
                 tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SpoolPrinter]]:
    printers: dict[str, SpoolPrinter] = {}
    try:
        with using_scheduler(cups_scheduler.socket):
            for role in ("struk", "a4"):
                printers[role] = add_printer(role, tmp_path_factory.mktemp(f"spool-{role}"))
        yield printers
    finally:
        with using_scheduler(cups_scheduler.socket):
            for printer in printers.values():
                remove_printer(printer)


@pytest.fixture
def spool_printers(cups_scheduler: PrivateScheduler, spool_queues: dict[str, SpoolPrinter],
                   qapp: QApplication) -> Iterator[dict[str, SpoolPrinter]]:
    """Two queues, "struk" and "a4" (the receipt printer and the office laser printer of a counter).

    For the test's duration this process prints through the private scheduler, and Qt sees its
    queues and no others (any other would be the system scheduler's).
    """
    with using_scheduler(cups_scheduler.socket):
        seen = set(QPrinterInfo.availablePrinterNames())
        want = {printer.name for printer in spool_queues.values()}
        assert seen == want, f"Qt does not see the private scheduler's queues {want}, but {seen}"
        yield spool_queues
