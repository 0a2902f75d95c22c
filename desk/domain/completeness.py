"""Is a request's file complete, and can the office promise a date yet?

**Optional requirements.** A standard marks a document as optional or conditional in its own
words, not with a flag: "Surat keterangan pengalaman kerja (jika ada)", "NPWP (bila ada)",
"Sertifikat kompetensi (apabila dipersyaratkan jabatan)", "Akun SIAPkerja (dibantu petugas bila
belum ada)". :func:`is_optional` recognises a condition word (jika, bila, apabila, kalau,
bilamana, sekiranya) followed, within two words, by one of ada, perlu, diperlukan,
dipersyaratkan, memiliki or punya; and the words "opsional", "tidak wajib", "bila perlu".
An optional item the visitor did not bring is not missing: the officer judged whether the
condition applies when ticking the checklist.

**The promised date.** A standard says how its time limit counts. Where it counts from a
complete file ("dihitung sejak berkas dinyatakan lengkap", "apabila berkas lengkap", "sejak
berkas diterima lengkap"), a receipt for an incomplete file cannot promise a firm date: it
says that the time starts once the missing documents are handed in (:func:`promise`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desk.domain.records import StandardRecord

_CONDITION = r"(?:jika|bila|apabila|kalau|bilamana|sekiranya)"
_OPTIONAL = re.compile(
    rf"\b{_CONDITION}\s+(?:\w+\s+){{0,2}}?(?:ada|perlu|diperlukan|dipersyaratkan|memiliki|punya)\b"
    r"|\bopsional\b|\btidak\s+wajib\b|\bbila\s+perlu\b",
    re.IGNORECASE,
)
# "… dihitung sejak berkas (persyaratan) (dinyatakan/diterima) lengkap", "apabila berkas lengkap",
# "setelah berkas lengkap", "sejak permohonan lengkap".
_FROM_COMPLETE = re.compile(
    r"\b(?:sejak|setelah|apabila|jika|bila|sesudah)\s+(?:berkas|persyaratan|permohonan|pengajuan|dokumen)"
    r"(?:\s+\w+){0,3}?\s+lengkap\b",
    re.IGNORECASE,
)


def is_optional(requirement: str) -> bool:
    """True for a requirement the standard marks as optional or conditional (see the module)."""
    return bool(_OPTIONAL.search(requirement))


@dataclass(frozen=True, slots=True)
class Completeness:
    """How far a file is complete: mandatory items received and missing, optional ones left out."""

    mandatory: int
    missing: int
    optional_missing: int

    @property
    def complete(self) -> bool:
        return self.missing == 0


def completeness(lines: Iterable[tuple[str, bool]]) -> Completeness:
    """From (requirement, received) pairs."""
    mandatory = missing = optional_missing = 0
    for text, received in lines:
        if is_optional(text):
            optional_missing += 0 if received else 1
            continue
        mandatory += 1
        missing += 0 if received else 1
    return Completeness(mandatory, missing, optional_missing)


def counts_from_complete_file(standard: StandardRecord) -> bool:
    """True when the standard's time limit runs from the day the file is complete."""
    texts: Sequence[str] = (standard.notes, *standard.steps)
    return any(_FROM_COMPLETE.search(text or "") for text in texts)


@dataclass(frozen=True, slots=True)
class Promise:
    """What a receipt may promise: a firm date, or why there is none yet."""

    due: date | None  # None: no firm date while mandatory documents are missing
    text: str  # the sentence to print when there is no date; "" with a date


def promise(standard: StandardRecord, due: date, state: Completeness) -> Promise:
    """The due date when the office can promise it; otherwise what the visitor must know (printed
    under the standard's time limit, so the sentence does not repeat it)."""
    if state.complete or not counts_from_complete_file(standard):
        return Promise(due, "")
    return Promise(None, f"Belum dapat ditentukan: jangka waktu dihitung sejak berkas lengkap "
                         f"({state.missing} persyaratan wajib belum ada).")
