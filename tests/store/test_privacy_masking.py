"""Masked NIK and phone on every printout: the receipt (each paper and layout) and the data-subject copy."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from desk.documents.receipt import render_receipt
from desk.documents.subject_export import render_subject_export
from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.domain.records import ReceiptData
from desk.store import subjects
from desk.store.catalog import get_standard, list_services
from desk.store.database import Database
from desk.store.office import get_office_profile
from desk.store.requests import create_request

NIK = make_nik("631104", date(1995, 5, 1), "P", 1)
PHONE_LOCAL = "081234567890"
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def pdf_text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def no_full_identifiers(text: str) -> None:
    digits = text.replace(" ", "").replace("-", "")
    assert NIK not in digits, "full NIK printed"
    assert "81234567890" not in digits, "full phone printed"


@pytest.fixture
def saved(db: Database) -> tuple[ReceiptData, int]:
    with db.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with db.write() as s:
        record = create_request(s, RequestDraft(service_id=service, name="Siti Aminah", nik=NIK, phone=PHONE_LOCAL,
                                                kecamatan_code="63.11.04"), None, NOW)
        data = ReceiptData(office=get_office_profile(s), request=record,
                           standard=get_standard(s, record.standard_version_id), officer_name="Rahmat Hidayat",
                           qr_payload=record.ref_number)
    return data, record.visitor_id


@pytest.mark.parametrize("paper, two_up", [("A4", False), ("F4", True), ("80mm", False), ("58mm", False)])
def test_receipt_prints_nik_and_phone_masked_and_the_privacy_notice(
    saved: tuple[ReceiptData, int], paper: str, two_up: bool
) -> None:
    data, _ = saved
    text = pdf_text(render_receipt(data, paper, two_up=two_up))
    assert "6311********0001" in text and "0812-****-7890" in text
    no_full_identifiers(text)
    assert "Pelindungan data pribadi" in text and "27 Tahun 2022" in text


def test_subject_copy_pdf_masks_identifiers_unless_the_payload_is_full(
    db: Database, saved: tuple[ReceiptData, int]
) -> None:
    data, visitor_id = saved
    export = subjects.export_subject(db, visitor_id, now=NOW).value.export
    office = data.office
    masked = pdf_text(render_subject_export(export.as_dict(masked=True), office))
    assert "6311********0001" in masked and "0812-****-7890" in masked and "Siti Aminah" in masked
    assert data.request.ref_number in masked
    no_full_identifiers(masked)
    full = pdf_text(render_subject_export(export.as_dict(masked=False), office))
    assert NIK in full.replace(" ", "") and "NIK dan nomor HP lengkap" in full
