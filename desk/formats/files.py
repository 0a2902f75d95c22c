"""Writing a file the user chose so that it is either the old file or the whole new one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A temporary file beside `target` to write into; put in place, flushed to disk, when the block ends.

    An error (or a cancelled export) inside the block removes the temporary file and leaves the
    previous `target` as it was, never half a file. Raises OSError; the caller words it for the user.
    """
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=".desk-", suffix=target.suffix, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `target`, flush it to disk, then put it in place.

    A crash or a full disk half-way leaves the previous file as it was, never half a file.
    Raises OSError; the caller words it for the user.
    """
    with replacing(target) as handle:
        handle.write(data)
