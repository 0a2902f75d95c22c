"""Request statuses and the moves allowed between them."""

from __future__ import annotations

RECEIVED = "diterima"
IN_PROCESS = "diproses"
DONE = "selesai"
REJECTED = "ditolak"
CANCELLED = "dibatalkan"

STATUS_LABELS: dict[str, str] = {
    RECEIVED: "Diterima",
    IN_PROCESS: "Diproses",
    DONE: "Selesai (hasil diserahkan)",
    REJECTED: "Ditolak",
    CANCELLED: "Dibatalkan",
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
COLLECTED_BY_LABELS: dict[str, str] = {BY_VISITOR: "Pemohon sendiri", BY_REPRESENTATIVE: "Kuasa atau wakil pemohon"}
# After a final status only an admin can open a request again, and only with a reason.
CLOSED_STATUSES = frozenset({DONE, REJECTED, CANCELLED})

CHANNEL_LABELS: dict[str, str] = {
    "datang_langsung": "Datang langsung",
    "telepon": "Telepon",
    "whatsapp": "WhatsApp",
    "surat": "Surat",
}

ORGANISATION_KINDS: dict[str, str] = {
    "": "—",
    "perusahaan": "Perusahaan",
    "koperasi": "Koperasi",
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
