"""What the officer typed for a new request, and the checks it must pass.

Validation returns every problem at once, keyed by field, so the form can
show each message next to its field and the store can refuse the same input.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date

from desk.domain.errors import DomainError
from desk.domain.messages import N_
from desk.domain.nik import parse_nik
from desk.domain.phone import normalize_phone
from desk.domain.printable import folded, unprintable_message
from desk.domain.status import CHANNEL_LABELS, ORGANISATION_KINDS

# The longest text each field of a request or visitor may hold: the same number in the form
# (maxLength), in clean_draft (an Indonesian message) and in the schema (column length, or a
# CHECK / trigger for TEXT columns: migration 1502), on SQLite and PostgreSQL alike.
MAX_NAME = 300
MAX_ADDRESS = 2000
MAX_REGION_TEXT = 200
MAX_ORGANISATION = 300
MAX_NOTES = 2000
MAX_REASON = 1000  # why a request was rejected, cancelled, reopened or closed with documents missing
MAX_COLLECTOR = 300  # the name of whoever collected the result for the visitor
MAX_PRODUCT_NUMBER = 100
TEXT_LIMITS: dict[str, int] = {
    "name": MAX_NAME, "address": MAX_ADDRESS, "region_text": MAX_REGION_TEXT,
    "organisation": MAX_ORGANISATION, "notes": MAX_NOTES,
}
LIMIT_MESSAGES: dict[str, str] = {
    "name": "Nama terlalu panjang (maksimal {n} huruf).",
    "address": "Alamat terlalu panjang (maksimal {n} huruf).",
    "region_text": "Daerah asal terlalu panjang (maksimal {n} huruf).",
    "organisation": "Nama organisasi terlalu panjang (maksimal {n} huruf).",
    "notes": "Catatan terlalu panjang (maksimal {n} huruf).",
}


def too_long(field_name: str, text: str) -> str | None:
    """The Indonesian message when `text` is longer than its field allows, else None."""
    limit = TEXT_LIMITS[field_name]
    return LIMIT_MESSAGES[field_name].format(n=limit) if len(text) > limit else None


# Control characters (NUL, ESC, bell...) arrive by pasting from spreadsheets or scanners; PostgreSQL refuses NUL
# outright and none of them means anything on a form. Line breaks and tabs stay where multi-line text is allowed;
# in one-line fields they (and the other control characters Python counts as spaces) separate words, as typed.
_CONTROL = {c: None for c in range(32) if c not in (9, 10, 13)} | {127: None}
_CONTROL_ALL = {c: " " if chr(c).isspace() else None for c in range(32)} | {127: None}


def plain_text(text: str, *, multiline: bool = False) -> str:
    """`text` without control characters (see above): what any typed or pasted field is stored as."""
    return text.translate(_CONTROL if multiline else _CONTROL_ALL)


@dataclass(frozen=True, slots=True)
class RequestDraft:
    service_id: int | None
    name: str
    nik: str = ""
    sex: str = ""  # "L" | "P" | ""
    phone: str = ""
    address: str = ""
    kecamatan_code: str = ""
    desa_code: str = ""
    region_text: str = ""  # free text for visitors from outside Balangan
    organisation: str = ""
    organisation_kind: str = ""
    channel: str = "datang_langsung"
    notes: str = ""
    documents_received: tuple[bool, ...] = field(default=())


def clean_draft(
    draft: RequestDraft, today: date, known_regions: Collection[str] | None = None
) -> tuple[RequestDraft, dict[str, str], list[str]]:
    """Normalise NIK and phone; return (cleaned draft, errors by field, warnings)."""
    errors: dict[str, str] = {}
    warnings: list[str] = []
    draft = replace(
        draft,
        name=folded(plain_text(draft.name)), nik=folded(plain_text(draft.nik)), phone=folded(plain_text(draft.phone)),
        address=folded(plain_text(draft.address, multiline=True)), region_text=folded(plain_text(draft.region_text)),
        organisation=folded(plain_text(draft.organisation)), notes=plain_text(draft.notes, multiline=True),
    )
    nik = draft.nik.strip()
    sex = draft.sex
    if draft.service_id is None:
        errors["service"] = N_("Pilih layanan yang diminta.")
    name = " ".join(draft.name.split())
    if not name:
        errors["name"] = N_("Nama pemohon wajib diisi.")
    elif message := too_long("name", name) or unprintable_message(name):
        errors["name"] = message
    if nik:
        try:
            info = parse_nik(nik, today, known_regions)
        except DomainError as exc:
            errors["nik"] = exc.message
        else:
            nik = info.nik
            warnings.extend(info.warnings)
            if sex and sex != info.sex:
                errors["sex"] = N_("Jenis kelamin tidak sesuai dengan NIK.")
            sex = sex or info.sex
    phone = draft.phone.strip()
    if phone:
        try:
            phone = normalize_phone(phone)
        except DomainError as exc:
            errors["phone"] = exc.message
    if sex not in ("", "L", "P"):
        errors["sex"] = N_("Jenis kelamin harus L atau P.")
    region_text, organisation = " ".join(draft.region_text.split()), " ".join(draft.organisation.split())
    for key, value in (("address", draft.address.strip()), ("region_text", region_text),
                       ("organisation", organisation), ("notes", draft.notes.strip())):
        # What prints on the receipt must be printable; notes stay on the screen and keep what was typed.
        if message := too_long(key, value) or (key != "notes" and unprintable_message(value)):
            errors["region" if key == "region_text" else key] = message
    if draft.channel not in CHANNEL_LABELS:
        errors["channel"] = N_("Pilih cara permohonan masuk.")
    if draft.organisation_kind not in ORGANISATION_KINDS:
        errors["organisation_kind"] = N_("Jenis organisasi tidak dikenal.")
    cleaned = replace(draft, name=name, nik=nik, sex=sex, phone=phone, address=draft.address.strip(),
                      region_text=region_text, organisation=organisation, notes=draft.notes.strip())
    return cleaned, errors, warnings
