"""The documents Desk prints, as one vocabulary: codes for the print log and papers, labels for people."""

from __future__ import annotations

from enum import StrEnum

from desk.domain.messages import N_


class DocumentKind(StrEnum):
    RECEIPT = "receipt"
    STANDARD = "standard"
    BOARD = "board"
    BOOKLET = "booklet"
    MAKLUMAT = "maklumat"
    ATTENDANCE = "attendance"
    MINUTES = "minutes"
    BERITA_ACARA = "berita_acara"
    FORUM_RECAP = "forum_recap"
    SKM_REPORT = "skm_report"
    SKM_POSTER = "skm_poster"
    COMPLAINT_RECEIPT = "complaint_receipt"
    COMPLAINT_REPLY = "complaint_reply"
    REQUEST_RECAP = "request_recap"
    REGISTER_BOOK = "register_book"

    @property
    def label(self) -> str:
        return DOCUMENT_LABELS[self]

    @property
    def entity(self) -> str:
        """What the document is of, as the audit trail names records."""
        return DOCUMENT_ENTITIES[self]

    @property
    def is_recap(self) -> bool:
        """A recap: its printout is kept, and witnesses the audit trail as it was when printed."""
        return self in RECAP_KINDS


DOCUMENT_LABELS: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: N_("Tanda terima berkas"),
    DocumentKind.STANDARD: N_("Standar pelayanan"),
    DocumentKind.BOARD: N_("Papan informasi standar pelayanan"),
    DocumentKind.BOOKLET: N_("Buku standar pelayanan"),
    DocumentKind.MAKLUMAT: N_("Maklumat pelayanan"),
    DocumentKind.ATTENDANCE: N_("Daftar hadir forum"),
    DocumentKind.MINUTES: N_("Notulen"),
    DocumentKind.BERITA_ACARA: N_("Berita acara"),
    DocumentKind.FORUM_RECAP: N_("Rekap kehadiran forum"),
    DocumentKind.SKM_REPORT: N_("Laporan hasil SKM"),
    DocumentKind.SKM_POSTER: N_("Poster hasil SKM"),
    DocumentKind.COMPLAINT_RECEIPT: N_("Tanda terima pengaduan"),
    DocumentKind.COMPLAINT_REPLY: N_("Jawaban pengaduan"),
    DocumentKind.REQUEST_RECAP: N_("Rekap permohonan"),
    DocumentKind.REGISTER_BOOK: N_("Buku register pelayanan"),
}
DOCUMENT_ENTITIES: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: "request",
    DocumentKind.STANDARD: "standard",
    DocumentKind.BOARD: "standard",
    DocumentKind.BOOKLET: "office",
    DocumentKind.MAKLUMAT: "office",
    DocumentKind.ATTENDANCE: "forum",
    DocumentKind.MINUTES: "forum",
    DocumentKind.BERITA_ACARA: "forum",
    DocumentKind.FORUM_RECAP: "forum",
    DocumentKind.SKM_REPORT: "survey",
    DocumentKind.SKM_POSTER: "survey",
    DocumentKind.COMPLAINT_RECEIPT: "complaint",
    DocumentKind.COMPLAINT_REPLY: "complaint",
    DocumentKind.REQUEST_RECAP: "request",
    DocumentKind.REGISTER_BOOK: "request",
}


RECAP_KINDS: frozenset[DocumentKind] = frozenset({DocumentKind.FORUM_RECAP, DocumentKind.REQUEST_RECAP,
                                                  DocumentKind.REGISTER_BOOK})


class PrintAction(StrEnum):
    PRINT = "print"  # on paper, through a printer
    SAVE = "save"  # written to a PDF file

