"""Indonesian personal names as lists sort them: by the name itself, not by its titles.

A name often carries titles before it (Dr., Drs., Dra., Ir., Prof., H., Hj., K.H., dr., drg.,
Ns., Tn., Ny., Sdr., Bpk.) and degrees after it, set off by a comma (", S.Pd., M.Si.",
", S.E., M.M."). An attendance list sorted "by name" puts "Hj. Masliani" under M and
"Dr. Ir. H. Ahmad Fauzi, M.Si." under A: :func:`name_sort_key` drops the titles in front (any
number, in any order, with or without their dots) and everything after the first comma that
starts a degree, then folds case and accents.
"""

from __future__ import annotations

import re
import unicodedata

# Titles that may precede a name, without their dots, lower case.
HONORIFICS: frozenset[str] = frozenset({
    "dr", "drs", "dra", "drg", "ir", "prof", "h", "hj", "kh", "hc", "ns", "apt", "tn", "ny", "nn", "sdr",
    "sdri", "bpk", "bapak", "ibu", "haji", "hajah", "ustadz", "ustad", "ustazah", "tgh", "rm", "ra", "raden",
})
# A degree after a comma: "S.Pd.", "M.Si", "S.E.", "Ph.D.", "A.Md.", "S.H., M.H.", "MBA".
_DEGREE_TAIL = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,4}\.|[A-Z]{2,5}\b|[A-Z]\.[A-Za-z]).*$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def bare_name(name: str) -> str:
    """``name`` without the titles before it and the degrees after it (as typed otherwise)."""
    text = " ".join((name or "").split())
    words = _DEGREE_TAIL.sub("", text).split()
    while len(words) > 1 and words[0].replace(".", "").lower() in HONORIFICS:
        words = words[1:]
    text = " ".join(words)
    return text.strip(" ,.") or " ".join((name or "").split())


def name_sort_key(name: str) -> tuple[str, str]:
    """Sort key for a person's name: the bare name folded, then the full name folded (a tie-break)."""
    return _fold(bare_name(name)), _fold(name)
