"""Handing a PDF to CUPS as it is: the spooler takes PDF itself, so nothing needs rasterising.

CUPS (Linux, macOS) accepts `application/pdf` on every queue and converts it for the printer with
its own filters. Printing through QPrinter instead paints every page as an image into a new PDF:
for a 43-page attendance sheet that is a 100 MB job built on the desktop for a 150 KB document.

libcups is the library Qt's own CUPS printing uses, so wherever Qt lists CUPS printers it is
loaded from the system; it is reached with ctypes (the documented C API: cupsCreateJob,
cupsStartDocument, cupsWriteRequestData, cupsFinishDocument, cupsCancelJob2). Each call uses the
calling thread's own default connection (libcups keeps it per thread), so a job is sent from
the print worker without touching the GUI thread's. A job is created, filled in chunks (checking
between them whether the officer cancelled) and only then closed: a cancelled job is purged
from the queue before the printer could start on it, never left half-sent.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
from collections.abc import Callable
from functools import cache

CHUNK = 64 * 1024
HTTP_DEFAULT = None  # CUPS_HTTP_DEFAULT: this thread's connection to the configured server
HTTP_STATUS_CONTINUE = 100
IPP_STATUS_OK_MAX = 0x00FF  # successful-ok … successful-ok-events-complete
FORMAT_PDF = b"application/pdf"


class SpoolError(Exception):
    """CUPS refused the job; the message is libcups' own (logged, not shown to the officer)."""


class SpoolCancelled(Exception):
    """The officer cancelled before the job was complete; it was removed from the queue."""


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


@cache
def _library() -> ctypes.CDLL | None:
    if sys.platform == "win32":
        return None
    name = ctypes.util.find_library("cups")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    http, text, options = ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(_Option)
    lib.cupsCreateJob.argtypes = [http, text, text, ctypes.c_int, options]
    lib.cupsCreateJob.restype = ctypes.c_int
    lib.cupsStartDocument.argtypes = [http, text, ctypes.c_int, text, text, ctypes.c_int]
    lib.cupsStartDocument.restype = ctypes.c_int
    lib.cupsWriteRequestData.argtypes = [http, ctypes.c_char_p, ctypes.c_size_t]
    lib.cupsWriteRequestData.restype = ctypes.c_int
    lib.cupsFinishDocument.argtypes = [http, text]
    lib.cupsFinishDocument.restype = ctypes.c_int
    lib.cupsCancelJob2.argtypes = [http, text, ctypes.c_int, ctypes.c_int]
    lib.cupsCancelJob2.restype = ctypes.c_int
    lib.cupsLastErrorString.argtypes = []
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    return lib


def available() -> bool:
    """Whether documents can go to the spooler as PDF here (CUPS systems; not Windows)."""
    return _library() is not None


def _last_error(lib: ctypes.CDLL) -> str:
    message = lib.cupsLastErrorString()
    return message.decode("utf-8", "replace") if message else "unknown CUPS error"


def submit_pdf(printer: str, pdf: bytes, title: str, options: dict[str, str],
               cancelled: Callable[[], bool] = lambda: False,
               on_job: Callable[[int], None] = lambda _job: None) -> int:
    """Send `pdf` to the CUPS queue `printer` as one job; the job id once it is complete in the queue.

    `cancelled` is asked after the job is created and between chunks: when it answers True the
    job is cancelled and purged and SpoolCancelled raised. `on_job` hears the job id as soon as
    the queue holds the (still open) job.
    """
    lib = _library()
    if lib is None:
        raise SpoolError("libcups is not available")
    name = printer.encode()
    array = (_Option * len(options))(*[_Option(k.encode(), v.encode()) for k, v in options.items()]) if options else None
    job = lib.cupsCreateJob(HTTP_DEFAULT, name, title.encode(), len(options), array)
    if job <= 0:
        raise SpoolError(_last_error(lib))
    finished = False
    try:
        on_job(job)
        # No document name: the job's title already names it, and the scheduler of CUPS 2.4.2 (Debian 12)
        # crashes starting a job whose document-name has a space in it.
        if lib.cupsStartDocument(HTTP_DEFAULT, name, job, None, FORMAT_PDF, 1) != HTTP_STATUS_CONTINUE:
            raise SpoolError(_last_error(lib))
        view = memoryview(pdf)
        for start in range(0, len(pdf), CHUNK):
            if cancelled():
                raise SpoolCancelled
            chunk = bytes(view[start:start + CHUNK])
            if lib.cupsWriteRequestData(HTTP_DEFAULT, chunk, len(chunk)) != HTTP_STATUS_CONTINUE:
                raise SpoolError(_last_error(lib))
        if cancelled():
            raise SpoolCancelled
        status = lib.cupsFinishDocument(HTTP_DEFAULT, name)
        if status > IPP_STATUS_OK_MAX:
            raise SpoolError(_last_error(lib))
        finished = True
        return job
    finally:
        if not finished:
            _purge(lib, name, job)


def _purge(lib: ctypes.CDLL, printer: bytes, job: int) -> None:
    """Cancel and purge an incomplete job, then end the request still open on this thread's connection.

    This thread's connection is in the middle of the document's request, so the cancel goes over
    another thread's (libcups keeps one per thread). Cancelled first, the job can no longer print
    when the open request is ended with what was sent so far.
    """
    cancel = threading.Thread(target=lambda: lib.cupsCancelJob2(HTTP_DEFAULT, printer, job, 1),
                              name="cups-cancel")
    cancel.start()
    cancel.join()
    lib.cupsFinishDocument(HTTP_DEFAULT, printer)
