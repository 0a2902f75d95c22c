"""Receipts: what goes on one, which copy it is, and whether a scanned one is genuine.

The QR check code is keyed with a per-installation secret (desk.domain.receipt_check). On a
SQLite installation it is a file `receipt.key` in the data folder, made on first use; when the
counters share a server database it lives in the settings table so that every counter signs
and verifies with the same key.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy.orm import Session

from desk.domain.document_kinds import DocumentKind
from desk.domain.messages import N_, Filled
from desk.domain.office_time import to_local
from desk.domain.receipt_check import MSG_UNVERIFIED, ReceiptCheck, make_qr_payload, verify_qr_payload
from desk.domain.records import ReceiptData, RequestRecord
from desk.store import access
from desk.store.catalog import get_standard
from desk.store.database import Database
from desk.store.errors import DataRejected, StoreError
from desk.store.key_files import KEY_BYTES as SECRET_BYTES
from desk.store.key_files import read_or_make_key
from desk.store.models import Setting
from desk.store.office import get_office_profile
from desk.store.prints import copy_number
from desk.store.requests import find_by_reference, get_request
from desk.store.work import reading

KEY_FILE = "receipt.key"
SECRET_SETTING = "receipt.secret"
MSG_UNKNOWN_NUMBER = N_("Nomor {ref} tidak ada di register pelayanan kantor ini.")


def installation_secret(data_dir: Path) -> bytes:
    """The secret in `data_dir/receipt.key`, made (32 random bytes, owner-only) on first use."""
    return read_or_make_key(Path(data_dir) / KEY_FILE, "tanda terima")


def shared_secret(session: Session) -> bytes:
    """The secret kept in the settings table (server databases), made on first use."""
    row = session.get(Setting, SECRET_SETTING)
    if row is not None and isinstance(row.value, str) and len(row.value) >= 2 * SECRET_BYTES:
        return bytes.fromhex(row.value)
    if row is not None:
        raise StoreError(N_("Kunci tanda terima di pengaturan rusak. Pulihkan dari cadangan."))
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
    except DataRejected:  # another counter made it at the same moment: use theirs
        with db.read() as session:
            return shared_secret(session)


def secret_in(db: Database, session: Session) -> bytes:
    """The receipt secret inside an operation's unit of work (the file beside a SQLite database)."""
    if db.is_sqlite:
        folder = db.data_dir or (db.sqlite_path.parent if db.sqlite_path else None)
        if folder is not None:
            return installation_secret(folder)
    return shared_secret(session)


def receipt_data(session: Session, request: int | RequestRecord, copy_no: int, secret: bytes) -> ReceiptData:
    """Everything the receipt of `request` (a record, or its id) shows, as copy `copy_no`."""
    if isinstance(request, int):
        request = get_request(session, request)
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


def check_receipt(session: Session, text: str, secret: bytes) -> tuple[ReceiptCheck, int | None]:
    """Check typed or scanned text (a QR payload or a bare number); returns the verdict and the request found."""
    verdict = verify_qr_payload(text, secret)
    if verdict.ref_number is None:
        return verdict, None
    request_id = find_by_reference(session, verdict.ref_number)
    if request_id is None:
        if verdict.genuine or verdict.message == MSG_UNVERIFIED.format(ref=verdict.ref_number):
            message = Filled(MSG_UNKNOWN_NUMBER, ref=verdict.ref_number)
            return ReceiptCheck(False, verdict.ref_number, verdict.received, message), None
        return verdict, None
    if verdict.genuine and verdict.received is not None:
        office = get_office_profile(session)
        received = to_local(get_request(session, request_id).received_at, office.timezone).date()
        if received != verdict.received:  # signed by us, yet the dates disagree: treat as not genuine
            return ReceiptCheck(False, verdict.ref_number, verdict.received,
                                "Tanggal pada kode tidak sama dengan tanggal di register."), request_id
    return verdict, request_id


def receipt_for(db: Database, request_id: int) -> ReceiptData:
    """The receipt of a saved request as its next print will carry it (a reprint: "SALINAN")."""
    secret = receipt_secret(db)
    with reading(db) as work:
        copy_no = copy_number(work, DocumentKind.RECEIPT, request_id)
        return receipt_data(work.session, request_id, copy_no, secret)


def check_typed_receipt(db: Database, text: str) -> tuple[ReceiptCheck, int | None]:
    """Check typed or scanned text against the register: the verdict and the request it names."""
    secret = receipt_secret(db)
    with reading(db) as work:
        return check_receipt(work.session, text, secret)
