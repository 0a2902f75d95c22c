"""Errors the store raises with a message an officer can read (Indonesian), and what kind of problem each is.

Code that must react to a problem (offer a restore, a "Coba lagi", an exit code) branches on
`DatabaseProblem.kind`, never on the words of the message.
"""

from __future__ import annotations

from enum import StrEnum

from desk.domain.messages import N_, Filled

# What a failing database means to the officer.
MSG_LOCKED = N_(
    "Basis data sedang dikunci oleh program lain terlalu lama (mungkin Desk yang lain, program pencadangan "
    "atau antivirus). Tidak ada yang berubah. Tunggu sebentar lalu coba lagi; bila terus terjadi, tutup "
    "program lain yang memakai berkas basis data."
)
MSG_DISK_FULL = N_(
    "Penyimpanan penuh: disk tempat basis data tidak punya ruang lagi, jadi isian ini belum tersimpan. "
    "Data yang sudah tersimpan sebelumnya aman. Kosongkan ruang disk, lalu simpan lagi."
)
MSG_READ_ONLY = N_(
    "Basis data tidak bisa ditulisi (berkas atau folder data hanya-baca). Isian ini belum tersimpan. "
    "Minta pengelola komputer memberi izin tulis pada folder data Desk."
)
MSG_DAMAGED = N_(
    "Berkas basis data rusak atau bukan basis data Desk. Tutup Desk; saat dibuka lagi, Desk menawarkan "
    "pemulihan dari cadangan terakhir yang baik (atau jalankan `desk restore`)."
)
MSG_IO = N_(
    "Disk tidak dapat dibaca atau ditulisi (kesalahan masukan/keluaran). Isian ini belum tersimpan. "
    "Periksa disk atau flashdisk tempat folder data, lalu coba lagi."
)
MSG_CANT_OPEN = N_(
    "Berkas basis data tidak dapat dibuka. Periksa bahwa folder data ada dan boleh ditulisi."
)
MSG_SERVER = N_(
    "Server basis data tidak dapat dihubungi. Periksa jaringan kantor dan bahwa server PostgreSQL menyala, "
    "lalu coba lagi. Isian ini belum tersimpan."
)
MSG_DUPLICATE = N_(
    "Data ini bentrok dengan data yang baru saja disimpan (mungkin di loket lain pada saat yang sama). "
    "Tidak ada yang tersimpan. Coba simpan lagi."
)
MSG_REFUSED = N_(
    "Basis data menolak isian ini (ada isian yang terlalu panjang atau tidak sesuai). Tidak ada yang "
    "tersimpan. Periksa isian lalu simpan lagi; bila terus terjadi, laporkan kepada pengelola Desk."
)


class StoreError(Exception):
    """A problem the user can act on; `field` names the input at fault.

    The message is marked with N_() (desk.domain.messages) and its values kept apart, either as keywords,
    `StoreError(N_("Permohonan {ref} sudah selesai."), ref=ref)`, or as a `Filled` message. `message` is the
    Indonesian text filled in (the command line, the log); `template` and `values` let a screen translate
    the text first and fill the values in after (desk.ui.translations.error_text).
    """

    def __init__(self, message: str, field: str | None = None, **values: object) -> None:
        if values:
            message = Filled(message, **values)
        self.message = message
        self.template: str = getattr(message, "template", message)
        self.values: dict[str, object] = dict(getattr(message, "values", {}))
        super().__init__(message)
        self.field = field


class NotFound(StoreError):
    pass


class Problem(StrEnum):
    """Why the database cannot be used as it is."""

    LOCKED = "locked"  # another program holds the lock too long
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    DAMAGED = "damaged"  # not a database, or SQLite found damage
    FOREIGN = "foreign"  # another program's database: never touched
    IO = "io"
    CANT_OPEN = "cant_open"
    SERVER = "server"  # the PostgreSQL server cannot be reached
    NETWORK_SHARE = "network_share"  # a SQLite file on a network folder
    FOLDER = "folder"  # the data folder cannot be used (missing, not a folder, ...)
    TOO_NEW = "too_new"  # made by a newer Desk
    MIGRATION = "migration"  # a schema update failed and was rolled back
    AUDIT_KEY = "audit_key"  # this counter lacks the audit key the database was signed with
    OTHER = "other"


class DatabaseProblem(StoreError):
    """The database cannot be used as it is (damaged, too new, locked, on a network share, ...)."""

    def __init__(self, message: str, kind: Problem = Problem.OTHER) -> None:
        super().__init__(message)
        self.kind = kind


class DataRejected(StoreError):
    """The database refused a value (a constraint, a length): nothing was saved.

    Raised in place of the driver's IntegrityError or DataError, whose text carries the values
    that were bound (names, NIKs, phones) and must never reach a log or a screen.
    """

    def __init__(self, message: str, constraint: str = "", sqlstate: str = "") -> None:
        super().__init__(message)
        self.constraint = constraint
        self.sqlstate = sqlstate
