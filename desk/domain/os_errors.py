"""What an operating-system error means, in Indonesian: the system's own words ("File exists",
"Permission denied") never reach an officer; the original goes to the log where it is caught. The texts are
marked N_() and translated where they are shown."""

from __future__ import annotations

import errno

from desk.domain.messages import N_, Filled

_ERRNO_TEXT = {
    errno.EEXIST: N_("sudah ada berkas dengan nama itu, bukan folder"),
    errno.ENOTDIR: N_("sebagian jalurnya berkas, bukan folder"),
    errno.ENOENT: N_("jalurnya tidak ada"),
    errno.ENAMETOOLONG: N_("nama jalurnya terlalu panjang"),
    errno.ENOSPC: N_("disk penuh"),
    errno.EROFS: N_("disk hanya-baca"),
    errno.EACCES: N_("tidak ada izin"),
    errno.EPERM: N_("tidak ada izin"),
    errno.EISDIR: N_("ternyata sebuah folder"),
    errno.EIO: N_("kesalahan baca/tulis disk"),
    errno.ELOOP: N_("jalurnya berputar (tautan)"),
}


def os_error_text(exc: OSError) -> str:
    """What an operating-system error means, in Indonesian (never the system's own English words)."""
    if not exc.errno:
        return N_("kesalahan sistem berkas")
    return _ERRNO_TEXT.get(exc.errno) or Filled(N_("kesalahan sistem berkas (kode {code})"), code=exc.errno)
