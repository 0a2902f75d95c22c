"""Secret keys kept in files beside the data, never in the database they protect.

A key is 32 random bytes in a file readable by its owner only, made on first use: written and
flushed under a temporary name, then linked into place. The link fails if another Desk made the
key meanwhile (then theirs is used), and a full disk or a crash never leaves half a key behind.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from desk.domain.messages import N_
from desk.domain.os_errors import os_error_text
from desk.store.errors import MSG_DISK_FULL, StoreError

KEY_BYTES = 32


def read_key(path: Path, what: str) -> bytes | None:
    """The key in `path`, or None when there is no such file; a cut-short file is refused."""
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError as exc:
        raise StoreError(N_("Berkas kunci {what} {path} ternyata sebuah folder. Pindahkan folder itu."), what=what, path=path) from exc
    except OSError as exc:
        raise StoreError(N_("Berkas kunci {what} {path} tidak dapat dibaca: {reason}."), what=what, path=path, reason=os_error_text(exc)) from exc
    if len(key) < KEY_BYTES:
        raise StoreError(N_("Berkas kunci {what} {path} rusak. Pulihkan berkas itu dari salinannya."), what=what, path=path)
    return key


def read_or_make_key(path: Path, what: str) -> bytes:
    """The key in `path`, made (32 random bytes, owner-only) when the file does not exist yet."""
    found = read_key(path, what)
    if found is not None:
        return found
    fresh = secrets.token_bytes(KEY_BYTES)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(fresh)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return read_or_make_key(path, what)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StoreError(MSG_DISK_FULL) from exc
        raise StoreError(N_("Berkas kunci {what} tidak dapat dibuat di folder data {parent}. Periksa "
                            "bahwa folder itu boleh ditulisi."), what=what, parent=path.parent) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return fresh


class KeyRing:
    """The key files of one data folder (the audit key), read once and kept for the process.

    A database without a data folder (a PostgreSQL URL given without one) has no key ring
    folder: writing the audit trail then asks for one.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._keys: dict[str, bytes] = {}

    def path(self, name: str) -> Path | None:
        return self.folder / name if self.folder is not None else None

    def get(self, name: str, what: str) -> bytes | None:
        """The key in file `name`, or None when it does not exist (yet)."""
        if name in self._keys:
            return self._keys[name]
        path = self.path(name)
        key = read_key(path, what) if path is not None else None
        if key is not None:
            self._keys[name] = key
        return key

    def make(self, name: str, what: str) -> bytes:
        """The key in file `name`, made now when it does not exist."""
        path = self.path(name)
        if path is None:
            raise StoreError(N_("Kunci {what} memerlukan folder data; jalankan Desk dengan "
                                "--data-dir."), what=what)
        key = read_or_make_key(path, what)
        self._keys[name] = key
        return key

    def forget(self) -> None:
        """Read the files again next time (after a restore put other files in place)."""
        self._keys.clear()
