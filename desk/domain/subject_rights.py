"""The rights of a data subject under UU 27/2022 Pasal 30-34: what they may ask, how, and by when."""

from __future__ import annotations

from enum import StrEnum

from desk.domain.status import CHANNEL_LABELS

RESPONSE_HOURS = 72  # 3×24 jam


class SubjectRequestKind(StrEnum):
    ACCESS = "akses"
    CORRECTION = "perbaikan"
    ERASURE = "penghapusan"
    WITHDRAWAL = "penarikan_persetujuan"

    @property
    def label(self) -> str:
        return SUBJECT_REQUEST_LABELS[self]


SUBJECT_REQUEST_LABELS: dict[SubjectRequestKind, str] = {
    SubjectRequestKind.ACCESS: "Akses dan salinan data",
    SubjectRequestKind.CORRECTION: "Perbaikan data",
    SubjectRequestKind.ERASURE: "Penghapusan (anonimisasi) data",
    SubjectRequestKind.WITHDRAWAL: "Penarikan persetujuan",
}

# How a request reached the office: the channels of a service request (one spelling of each,
# "datang_langsung" for someone at the counter), and e-mail.
WALK_IN = "datang_langsung"
SUBJECT_REQUEST_CHANNELS: dict[str, str] = {**CHANNEL_LABELS, "email": "E-mail"}


def kind_label(code: str) -> str:
    try:
        return SubjectRequestKind(code).label
    except ValueError:
        return code
