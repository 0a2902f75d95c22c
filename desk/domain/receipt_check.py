"""The check code printed in a receipt's QR code, and how a scanned code is verified.

The QR carries "DESK1|<reference number>|<date received, ISO>|<check>", where the check is
the first 16 hex digits (64 bits) of HMAC-SHA256 over everything before it, keyed with the
office's secret. A forged or altered receipt (another number, another date) does not carry a
matching check unless its maker has the secret, which never leaves the office's database.
The number and date stay readable in the clear: the code proves authenticity, it hides nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

from desk.domain.messages import N_, Filled

PREFIX = "DESK1"
CHECK_LENGTH = 16

MSG_GENUINE = N_("Tanda terima asli.")
MSG_FORGED = N_("Kode pemeriksa tidak cocok: tanda terima mungkin dipalsukan.")
MSG_NOT_OURS = N_("Teks bukan kode tanda terima Desk.")
MSG_DAMAGED = N_("Kode tanda terima Desk tidak lengkap atau rusak: pindai ulang atau periksa nomornya di register.")
MSG_UNVERIFIED = N_(
    "Nomor {ref} terbaca, tetapi tanpa kode pemeriksa sehingga keasliannya tidak dapat diverifikasi. "
    "Cocokkan dengan register pelayanan."
)

_HEX = re.compile(r"[0-9a-f]+")
# A reference number typed or scanned on its own: one token holding the sequence and the year
# (every pattern must show both, see refnumber.REQUIRED) and the unit code.
_BARE_REFERENCE = re.compile(r"[A-Za-z0-9./_\-]{3,80}")


@dataclass(frozen=True, slots=True)
class ReceiptCheck:
    genuine: bool
    ref_number: str | None
    received: date | None
    message: str


def _check(ref_number: str, received: date, secret: bytes) -> str:
    message = f"{PREFIX}|{ref_number}|{received.isoformat()}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:CHECK_LENGTH]


def make_qr_payload(ref_number: str, received: date, secret: bytes) -> str:
    """"DESK1|0001/PNP/DKUKMTK/X/2025|2025-10-29|<16 hex>" for a receipt's QR code.

    ``received`` is the date in the office's time zone, the one printed on the receipt.
    """
    if not secret:
        raise ValueError("the receipt secret must not be empty")
    if not ref_number or ref_number != ref_number.strip() or any(c in ref_number for c in "\r\n"):
        raise ValueError(f"not a printable reference number: {ref_number!r}")
    return f"{PREFIX}|{ref_number}|{received.isoformat()}|{_check(ref_number, received, secret)}"


def verify_qr_payload(text: str, secret: bytes) -> ReceiptCheck:
    """Tell whether scanned or typed ``text`` is a genuine receipt code of this office."""
    if not secret:
        raise ValueError("the receipt secret must not be empty")
    text = text.strip()
    head, sep, rest = text.partition("|")
    if not sep or head.upper() != PREFIX:
        if _is_bare_reference(text):
            return ReceiptCheck(False, text, None, Filled(MSG_UNVERIFIED, ref=text))
        return ReceiptCheck(False, None, None, MSG_NOT_OURS)
    parts = rest.rsplit("|", 2)  # the number itself may contain "|" if the office's pattern does
    if len(parts) != 3:
        return ReceiptCheck(False, None, None, MSG_DAMAGED)
    ref_number, iso, check = (p.strip() for p in parts)
    try:
        received = date.fromisoformat(iso)
    except ValueError:
        received = None
    check = check.lower()
    if not ref_number or received is None or len(check) != CHECK_LENGTH or not _HEX.fullmatch(check):
        return ReceiptCheck(False, ref_number or None, received, MSG_DAMAGED)
    if hmac.compare_digest(check, _check(ref_number, received, secret)):
        return ReceiptCheck(True, ref_number, received, MSG_GENUINE)
    return ReceiptCheck(False, ref_number, received, MSG_FORGED)


def _is_bare_reference(text: str) -> bool:
    if not _BARE_REFERENCE.fullmatch(text):
        return False
    digits = sum(c.isdigit() for c in text)
    return digits >= 5 and any(c.isalpha() for c in text)
