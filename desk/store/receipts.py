"""Receipts: what goes on one, which copy it is, and whether a scanned one is genuine.

The QR check code is keyed with a per-installation secret (desk.domain.receipt_check). On a
SQLite installation it is a file `receipt.key` in the data folder, made on first use; when the
counters share a server database it lives in the settings table so that every counter signs
and verifies with the same key.
"""

from __future__ import annotations

import os
import secrets
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.domain.receipt_check import MSG_UNVERIFIED, ReceiptCheck, make_qr_payload, verify_qr_payload
from desk.domain.text_id import to_local
from desk.store import access, audit
from desk.store.catalog import get_standard
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import PrintRecord, Setting, utcnow
from desk.store.office import get_office_profile
from desk.store.requests import find_by_reference, get_request

if TYPE_CHECKING:
    from desk.documents.receipt import ReceiptData

RECEIPT = "receipt"
KEY_FILE = "receipt.key"
SECRET_SETTING = "receipt.secret"
SECRET_BYTES = 32
ACTIONS = ("print", "save")
MSG_UNKNOWN_NUMBER = "Nomor {ref} tidak ada di register pelayanan kantor ini."


def installation_secret(data_dir: Path) -> bytes:
    """The secret in `data_dir/receipt.key`, made (32 random bytes, owner-only) on first use."""
    path = Path(data_dir) / KEY_FILE
    try:
        secret = path.read_bytes()
    except FileNotFoundError:
        secret = b""
    if len(secret) >= SECRET_BYTES:
        return secret
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = secrets.token_bytes(SECRET_BYTES)
    try:
        # O_EXCL: two Desk windows starting together must not each write a different key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        secret = path.read_bytes()
        if len(secret) < SECRET_BYTES:
            raise StoreError(f"Berkas kunci tanda terima {path} rusak. Pulihkan dari cadangan.") from None
        return secret
    with os.fdopen(fd, "wb") as handle:
        handle.write(fresh)
        handle.flush()
        os.fsync(handle.fileno())
    return fresh


def shared_secret(session: Session) -> bytes:
    """The secret kept in the settings table (server databases), made on first use."""
    row = session.get(Setting, SECRET_SETTING)
    if row is not None and isinstance(row.value, str) and len(row.value) >= 2 * SECRET_BYTES:
        return bytes.fromhex(row.value)
    if row is not None:
        raise StoreError("Kunci tanda terima di pengaturan rusak. Pulihkan dari cadangan.")
    session.add(Setting(key=SECRET_SETTING, value=secrets.token_hex(SECRET_BYTES)))
    session.flush()
    return bytes.fromhex(session.get(Setting, SECRET_SETTING).value)  # type: ignore[union-attr]


def receipt_secret(db: Database) -> bytes:
    """The installation's receipt secret for `db` (file next to a SQLite database, else the settings table)."""
    if db.is_sqlite:
        folder = db.data_dir or (db.sqlite_path.parent if db.sqlite_path else None)
        if folder is not None:
            return installation_secret(folder)
    try:
        with db.write() as session:
            return shared_secret(session)
    except IntegrityError:  # another counter made it at the same moment: use theirs
        with db.read() as session:
            return shared_secret(session)


@cache
def _prints_of_record() -> Select[tuple[int]]:
    """Built once, on first use: asked before every receipt preview and print."""
    return select(func.count()).select_from(PrintRecord).where(
        PrintRecord.document_kind == bindparam("kind"), PrintRecord.record_id == bindparam("record_id")
    )


def next_copy_no(session: Session, kind: str, record_id: int) -> int:
    """The copy number the next print or save of this record will carry (1 = the first)."""
    earlier = session.scalar(_prints_of_record(), {"kind": kind, "record_id": record_id}) or 0
    return earlier + 1


def receipt_data(session: Session, request_id: int, copy_no: int, secret: bytes) -> ReceiptData:
    """Everything the receipt of request `request_id` shows, as copy `copy_no`."""
    # Local import: desk.documents.receipt loads ReportLab, which stays off the start-up path.
    from desk.documents.receipt import ReceiptData

    request = get_request(session, request_id)
    office = get_office_profile(session)
    standard = get_standard(session, request.standard_version_id)
    received = to_local(request.received_at, office.timezone).date()
    actor = access.current_actor(session)
    # The officer who received the file signs it; a reprint keeps their name.
    officer = request.received_by or (actor.full_name if actor else "")
    return ReceiptData(
        office=office, request=request, standard=standard, officer_name=officer,
        qr_payload=make_qr_payload(request.ref_number, received, secret), copy_no=copy_no,
    )


def record_print(session: Session, kind: str, record_id: int, action: str, paper: str, target: str = "") -> int:
    """Log one print or save of a document of `record_id`; returns its copy number (n-th print)."""
    access.require(session, access.PRINT)
    if action not in ACTIONS:
        raise ValueError(f"unknown print action {action!r}")
    copy_no = next_copy_no(session, kind, record_id)
    session.add(PrintRecord(
        document_kind=kind, record_id=record_id, action=action, copy_no=copy_no, paper=paper[:10],
        user_id=access.current_user_id(session), at=utcnow(), target=target[:300],
    ))
    audit.record(
        session, "document.print" if copy_no == 1 else "document.reprint", "request", record_id,
        {"dokumen": kind, "salinan": copy_no, "kertas": paper, "tindakan": action},
    )
    return copy_no


def check_receipt(session: Session, text: str, secret: bytes) -> tuple[ReceiptCheck, int | None]:
    """Check typed or scanned text (a QR payload or a bare number); returns the verdict and the request found."""
    verdict = verify_qr_payload(text, secret)
    if verdict.ref_number is None:
        return verdict, None
    request_id = find_by_reference(session, verdict.ref_number)
    if request_id is None:
        if verdict.genuine or verdict.message == MSG_UNVERIFIED.format(ref=verdict.ref_number):
            message = MSG_UNKNOWN_NUMBER.format(ref=verdict.ref_number)
            return ReceiptCheck(False, verdict.ref_number, verdict.received, message), None
        return verdict, None
    if verdict.genuine and verdict.received is not None:
        office = get_office_profile(session)
        received = to_local(get_request(session, request_id).received_at, office.timezone).date()
        if received != verdict.received:  # signed by us, yet the dates disagree: treat as not genuine
            return ReceiptCheck(False, verdict.ref_number, verdict.received,
                                "Tanggal pada kode tidak sama dengan tanggal di register."), request_id
    return verdict, request_id
