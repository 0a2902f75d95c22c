"""What an operating-system error means, in Indonesian: the system's own words ("File exists",
"Permission denied") never reach an officer; the original goes to the log where it is caught."""

from __future__ import annotations

import errno

_ERRNO_TEXT = {
    errno.EEXIST: "sudah ada berkas dengan nama itu, bukan folder",
    errno.ENOTDIR: "sebagian jalurnya berkas, bukan folder",
    errno.ENOENT: "jalurnya tidak ada",
    errno.ENAMETOOLONG: "nama jalurnya terlalu panjang",
    errno.ENOSPC: "disk penuh",
    errno.EROFS: "disk hanya-baca",
    errno.EACCES: "tidak ada izin",
    errno.EPERM: "tidak ada izin",
    errno.EISDIR: "ternyata sebuah folder",
    errno.EIO: "kesalahan baca/tulis disk",
    errno.ELOOP: "jalurnya berputar (tautan)",
}


def os_error_text(exc: OSError) -> str:
    """What an operating-system error means, in Indonesian (never the system's own English words)."""
    if not exc.errno:
        return "kesalahan sistem berkas"
    return _ERRNO_TEXT.get(exc.errno) or f"kesalahan sistem berkas (kode {exc.errno})"
