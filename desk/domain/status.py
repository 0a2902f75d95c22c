"""Request statuses and the moves allowed between them."""

from __future__ import annotations

from desk.domain.messages import N_

RECEIVED = "diterima"
IN_PROCESS = "diproses"
DONE = "selesai"
REJECTED = "ditolak"
CANCELLED = "dibatalkan"

STATUS_LABELS: dict[str, str] = {
    RECEIVED: N_("Diterima"),
    IN_PROCESS: N_("Diproses"),
    DONE: N_("Selesai (hasil diserahkan)"),
    REJECTED: N_("Ditolak"),
    CANCELLED: N_("Dibatalkan"),
}

OPEN_STATUSES = frozenset({RECEIVED, IN_PROCESS})
# Ditolak and Dibatalkan must say why: the citizen and an auditor will ask.
NEEDS_REASON = frozenset({REJECTED, CANCELLED})

TRANSITIONS: dict[str, tuple[str, ...]] = {
    RECEIVED: (IN_PROCESS, DONE, REJECTED, CANCELLED),
    IN_PROCESS: (DONE, REJECTED, CANCELLED),
    DONE: (),
    REJECTED: (),
    CANCELLED: (),
}

# Who collected the result of a finished request.
BY_VISITOR, BY_REPRESENTATIVE = "pemohon", "kuasa"
COLLECTED_BY_LABELS: dict[str, str] = {BY_VISITOR: N_("Pemohon sendiri"),
                                         BY_REPRESENTATIVE: N_("Kuasa atau wakil pemohon")}
# After a final status only an admin can open a request again, and only with a reason.
CLOSED_STATUSES = frozenset({DONE, REJECTED, CANCELLED})

CHANNEL_LABELS: dict[str, str] = {
    "datang_langsung": N_("Datang langsung"),
    "telepon": N_("Telepon"),
    "whatsapp": "WhatsApp",
    "surat": N_("Surat"),
}

ORGANISATION_KINDS: dict[str, str] = {
    "": "—",
    "perusahaan": N_("Perusahaan"),
    "koperasi": N_("Koperasi"),
    "umkm": "UMKM",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def transition_problem(current: str, target: str, reason: str) -> str | None:
    """Why `current → target` is not allowed (Indonesian), or None when it is."""
    if target not in STATUS_LABELS:
        return f"Status '{target}' tidak dikenal."
    if target not in TRANSITIONS.get(current, ()):
        return f"Status tidak dapat diubah dari {status_label(current)} ke {status_label(target)}."
    if target in NEEDS_REASON and not reason.strip():
        return f"Alasan wajib diisi untuk status {status_label(target)}."
    return None
