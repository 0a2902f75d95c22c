"""Administration: the office profile with its logo and numbering pattern, units and services.

Everything here makes Desk the office's own without touching a file: an admin changes it
in the app (or with `desk office ...`), the store checks the permission and writes the
audit trail in the same unit of work. Documents read the profile when they are printed, so
a change shows on every document printed from then on; earlier prints keep what they showed.

The public functions are operations (docs/architecture.md): each takes the database bound to
the acting user, opens its own unit of work and returns frozen records, or a `Done` with the
`Changes` it made. The session-taking helpers below them stay inside the store.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from string import Formatter
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desk.domain.errors import DomainError
from desk.domain.holiday_rules import parse_date
from desk.domain.messages import N_, Filled, joined
from desk.domain.nip import nip_digits, nip_problem
from desk.domain.office_rules import FIELD_LABELS, OfficeGap, office_gaps
from desk.domain.office_time import TZ_LABELS
from desk.domain.os_errors import os_error_text
from desk.domain.records import OfficeProfile, ServiceRecord, UnitRecord
from desk.domain.refnumber import format_reference, validate_pattern
from desk.domain.text_id import roman_month
from desk.store import access, recap_days
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import (
    OfficeProfileRow,
    RefCounter,
    Service,
    ServiceRequest,
    StandardVersion,
    Unit,
)
from desk.store.office import get_office_profile
from desk.store.work import Change, Done, office_context, reading, writing


class InvalidInput(StoreError):
    """Several fields are wrong at once; `errors` maps each field to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(joined(errors.values()), next(iter(errors), None))
        self.errors = errors


# --- office profile ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProfileField:
    label: str
    max_length: int
    required: bool = False


def _field(name: str, max_length: int, required: bool = False, label: str = "") -> ProfileField:
    # One label per field everywhere (form, command line, the papers' checks): desk.domain.office_rules.
    return ProfileField(label or FIELD_LABELS[name], max_length, required)


# The fields of the profile an admin edits here, in form order. The logo has its own
# functions; the retention period belongs to the personal-data screen (desk.store.retention),
# the working weekdays to the holiday screen (desk.store.holidays).
PROFILE_FIELDS: dict[str, ProfileField] = {
    "government_name": _field("government_name", 200, True),
    "office_name": _field("office_name", 300, True),
    "short_name": _field("short_name", 40, True),
    "address": _field("address", 300),
    "village": _field("village", 100),
    "district": _field("district", 100),
    "regency": _field("regency", 100),
    "province": _field("province", 100),
    "postal_code": _field("postal_code", 10),
    "phone": _field("phone", 60),
    "email": _field("email", 120),
    "website": _field("website", 120),
    "head_name": _field("head_name", 120),
    "head_nip": _field("head_nip", 30),
    "head_rank": _field("head_rank", 120),
    "head_title": _field("head_title", 120),
    "head_position": _field("head_position", 300),
    "service_pic_name": _field("service_pic_name", 120),
    "service_pic_nip": _field("service_pic_nip", 30),
    "service_pic_title": _field("service_pic_title", 120),
    "place_name": _field("place_name", 100, True),
    "timezone": _field("timezone", 40, True, N_("Zona waktu")),
    "ref_pattern": _field("ref_pattern", 120, True, N_("Pola nomor permohonan")),
    "forum_venue": _field("forum_venue", 200),
    "standards_decree_number": _field("standards_decree_number", 120),
    "standards_decree_date": _field("standards_decree_date", 10),
    "maklumat_date": _field("maklumat_date", 10),
    "privacy_notice": _field("privacy_notice", 5000),
    "dpo_contact": _field("dpo_contact", 200),
    "maklumat_text": _field("maklumat_text", 5000),
}
TIMEZONES: dict[str, str] = dict(TZ_LABELS)  # IANA name → WIB, WITA or WIT
MULTI_LINE = ("head_position", "privacy_notice", "maklumat_text")
DATE_FIELDS = ("standards_decree_date", "maklumat_date")
NIP_FIELDS = ("head_nip", "service_pic_nip")
MAX_POSITION_LINES = 3  # the full jabatan above a signature: "KEPALA DINAS ... / KABUPATEN BALANGAN"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?$")
_POSTAL = re.compile(r"^\d{5}$")
# An office telephone as printed in the kop: digits with the usual separators, one number or several
# ("(0526) 2028123", "0526-2028123 / 2028124", "+62 526 2028123"); no letters left to fill in.
_PHONE = re.compile(r"^[0-9+() ./,-]+$")
MIN_PHONE_DIGITS = 7
_SHORT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.&-]*$")

ProfileValue = str | date | None


class _BadDate(str):
    """A typed date that is no date: kept as typed, so the form's message can point at it."""


def _clean_value(name: str, value: object) -> ProfileValue:
    """What is stored for a typed value: text tidied, a NIP's 18 digits, a date (None when empty)."""
    if name in DATE_FIELDS:
        if value is None or isinstance(value, date):
            return value
        text = str(value).strip()
        return (parse_date(text) or _BadDate(text)) if text else None
    text = "" if value is None else str(value)
    if name in MULTI_LINE:
        return "\n".join(line.rstrip() for line in text.strip().splitlines())
    text = " ".join(text.split())
    if name in NIP_FIELDS and text and nip_problem(text) is None:
        return nip_digits(text)  # stored as its digits, printed grouped (desk.domain.nip.format_nip)
    return text


def _field_problem(name: str, value: ProfileValue) -> str | None:
    spec = PROFILE_FIELDS[name]
    if isinstance(value, _BadDate):
        return f"{spec.label}: tulis tanggalnya seperti 31-12-2025."
    if value is None or isinstance(value, date):
        return None
    if spec.required and not value:
        return f"{spec.label} wajib diisi."
    if len(value) > spec.max_length:
        return f"{spec.label} terlalu panjang (maksimal {spec.max_length} huruf)."
    if not value:
        return None
    if name == "short_name" and not _SHORT_NAME.match(value):
        return "Singkatan kantor hanya huruf, angka, titik, tanda hubung atau &, tanpa spasi (mis. DKUKMTK)."
    if name == "email" and not _EMAIL.match(value):
        return "Alamat pos-el tidak valid (contoh: dkukmtk@balangankab.go.id)."
    if name == "website" and not _WEBSITE.match(value):
        return "Alamat laman tidak valid (contoh: dkukmtk.balangankab.go.id)."
    if name == "postal_code" and not _POSTAL.match(value):
        return "Kode pos terdiri dari 5 angka."
    if name == "phone" and (not _PHONE.match(value) or sum(ch.isdigit() for ch in value) < MIN_PHONE_DIGITS):
        return ("Telepon hanya berisi angka lengkap, boleh dengan spasi, tanda hubung, titik, garis miring atau "
                "kurung (mis. (0526) 2028123).")
    if name in NIP_FIELDS:
        return nip_problem(value)
    if name == "head_position" and len(value.splitlines()) > MAX_POSITION_LINES:
        return f"Jabatan lengkap paling banyak {MAX_POSITION_LINES} baris."
    if name == "timezone" and value not in TIMEZONES:
        return "Pilih zona waktu WIB, WITA atau WIT."
    return None


def _stored(row: OfficeProfileRow, name: str) -> ProfileValue:
    value = getattr(row, name)
    return value if name in DATE_FIELDS else (value or "")


def _cleaned_changes(row: OfficeProfileRow, changes: Mapping[str, object]) -> dict[str, ProfileValue]:
    """Only the fields that really change, cleaned; an unknown field name is a programming error."""
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    cleaned = {name: _clean_value(name, value) for name, value in changes.items()}
    return {name: value for name, value in cleaned.items() if value != _stored(row, name)}


def _profile_row(session: Session, *, lock: bool = False) -> OfficeProfileRow:
    row = session.get(OfficeProfileRow, 1, with_for_update=lock)
    if row is None:
        raise NotFound(N_("Profil kantor belum diisi."))
    return row


def _profile_problems(session: Session, changes: Mapping[str, object], today: date) -> dict[str, str]:
    """Every problem of the changed fields, by field; empty when the change can be saved.

    Fields left as they are stored are not judged again, so the seeded placeholders (a NIP
    still to be filled in) never block saving another field.
    """
    row = _profile_row(session)
    cleaned = _cleaned_changes(row, changes)
    errors: dict[str, str] = {}
    for name, value in cleaned.items():
        problem = _field_problem(name, value)
        if problem:
            errors[name] = problem
    if "ref_pattern" in cleaned or "short_name" in cleaned:
        pattern = str(cleaned.get("ref_pattern", row.ref_pattern))
        short_name = str(cleaned.get("short_name", row.short_name))
        if "ref_pattern" not in errors and "short_name" not in errors:
            problems = validate_pattern(pattern)
            if problems:
                errors["ref_pattern"] = joined(problems)
            else:
                clash = issued_number_clash(session, pattern, short_name, today)
                if clash:
                    errors["ref_pattern"] = clash
    return errors


def update_office_profile(
    db: Database, changes: Mapping[str, object], *, now: datetime | None = None
) -> Done[OfficeProfile]:
    """Save the changed fields of the profile (admin); every problem at once as `InvalidInput`."""
    with writing(db, now=now) as work:
        work.require(access.OFFICE_EDIT)
        session = work.session
        row = _profile_row(session, lock=True)
        errors = _profile_problems(session, changes, work.today)
        if errors:
            raise InvalidInput(errors)
        cleaned = _cleaned_changes(row, changes)
        if not cleaned:
            return work.done(get_office_profile(session))
        before = {name: getattr(row, name) for name in cleaned}
        for name, value in cleaned.items():
            setattr(row, name, value)
        row.updated_at = work.now
        session.flush()
        if "timezone" in cleaned:  # the recaps count closings on the office day of their moment
            recap_days.zone_changed(session, str(cleaned["timezone"]), work.today)
        work.audit("office.update", "office_profile", 1, {
            "changes": {name: [_short(before[name]), _short(value)] for name, value in cleaned.items()},
        })
        work.changed(Change.OFFICE)
        return work.done(get_office_profile(session))


def _short(value: object) -> object:
    # Long texts (the privacy notice) would swell the audit trail; the start and the length say enough.
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and len(value) > 200:
        return f"{value[:200]}… ({len(value)} huruf)"
    return value


# --- reference-number pattern: preview and clash with numbers already issued ----------------------


@dataclass(frozen=True, slots=True)
class NumberPreview:
    unit_code: str
    unit_name: str
    next_seq: int
    number: str


@dataclass(frozen=True, slots=True)
class PatternPreview:
    pattern: str
    problems: tuple[str, ...]
    numbers: tuple[NumberPreview, ...]  # empty when the pattern has problems

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class ProfileForm:
    """What the office profile page shows when it opens: the profile, the office's date, the next numbers,
    and the fields official papers cannot carry yet."""

    profile: OfficeProfile
    today: date
    numbers: PatternPreview
    gaps: tuple[OfficeGap, ...] = ()


def profile_form(db: Database, *, now: datetime | None = None) -> ProfileForm:
    with reading(db, now=now) as work:
        profile = work.office.profile
        # The stored pattern was checked against the issued numbers when it was saved.
        numbers = _preview_numbers(work.session, profile.ref_pattern, profile.short_name, work.today)
        return ProfileForm(profile, work.today, numbers, office_gaps(profile))


def paper_gaps(db: Database) -> tuple[OfficeGap, ...]:
    """The profile fields still empty or stand-ins, which make every official paper say KONSEP
    (for `desk check`, `desk office show` and the screens)."""
    return office_gaps(office_context(db).profile)


def preview_numbers(
    db: Database,
    pattern: str | None = None,
    *,
    short_name: str | None = None,
    check_issued: bool = False,
    now: datetime | None = None,
) -> PatternPreview:
    """The next number of every active unit under ``pattern`` (the stored one when None).

    ``check_issued`` also compares with this year's numbers already issued (a table scan
    of the year: the settings form asks for it after typing stops, not on every key).
    """
    with reading(db, now=now) as work:
        profile = work.office.profile
        pattern = profile.ref_pattern if pattern is None else pattern
        short_name = profile.short_name if short_name is None else " ".join(short_name.split())
        return _preview_numbers(work.session, pattern, short_name, work.today, check_issued=check_issued)


def _preview_numbers(session: Session, pattern: str, short_name: str, today: date, *,
                     check_issued: bool = False) -> PatternPreview:
    problems = list(validate_pattern(pattern))
    if not problems and check_issued:
        clash = issued_number_clash(session, pattern, short_name, today)
        if clash:
            problems.append(clash)
    if problems:
        return PatternPreview(pattern, tuple(problems), ())
    counters = {
        unit_id: last for unit_id, last in session.execute(
            select(RefCounter.unit_id, RefCounter.last_seq).where(RefCounter.year == today.year)
        )
    }
    numbers = []
    for unit in session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.sort, Unit.code)):
        seq = counters.get(unit.id, 0) + 1
        try:
            number = format_reference(pattern, seq, unit.code, short_name, today)
        except DomainError as exc:  # validated above; kept so a preview never raises
            return PatternPreview(pattern, (exc.message,), ())
        numbers.append(NumberPreview(unit.code, unit.name, seq, number))
    return PatternPreview(pattern, (), tuple(numbers))


def issued_number_clash(session: Session, pattern: str, short_name: str, today: date) -> str | None:
    """Why ``pattern`` could later issue a number that was already issued this year, or None.

    Switching patterns in the middle of a year is allowed, but the new pattern must not be
    able to reproduce an old number: e.g. "{unit}{seq}/{year}" after "{unit}1{seq}/{year}"
    would give PNP15/2025 twice. An issued number that the new pattern could produce for a
    sequence not yet reached is such a clash.
    """
    units = {code: uid for uid, code in session.execute(select(Unit.id, Unit.code))}
    regex = _pattern_regex(pattern, list(units), short_name, today.year)
    if regex is None:
        return None
    counters = {
        unit_id: last for unit_id, last in session.execute(
            select(RefCounter.unit_id, RefCounter.last_seq).where(RefCounter.year == today.year)
        )
    }
    since = datetime(today.year, 1, 1, tzinfo=UTC) - timedelta(days=1)  # local 1 January, in any Indonesian zone
    refs = session.scalars(select(ServiceRequest.ref_number).where(ServiceRequest.received_at >= since))
    for ref in refs:
        match = regex.fullmatch(ref)
        if match is None:
            continue
        unit_code = match.group("unit")
        try:
            seq = int(re.sub(r"\D", "", match.group("seq")))
        except ValueError:
            continue
        if seq > counters.get(units.get(unit_code, -1), 0):
            return (
                f"Pola ini dapat menghasilkan lagi nomor {ref} yang sudah dipakai tahun ini. "
                "Ubah pola (mis. tambahkan pemisah seperti / di antara penanda) agar nomor tidak kembar."
            )
    return None


def _alternatives(texts: list[str]) -> str:
    return "(?:" + "|".join(re.escape(t) for t in sorted(set(texts), key=len, reverse=True)) + ")"


def _pattern_regex(pattern: str, unit_codes: list[str], short_name: str, year: int) -> re.Pattern[str] | None:
    """A regex matching exactly what ``pattern`` prints this year, with groups seq and unit."""
    parts: list[str] = []
    seen: set[str] = set()
    try:
        for literal, name, spec, _conv in Formatter().parse(pattern):
            parts.append(re.escape(literal))
            if name is None:
                continue
            if name == "seq":
                samples = [format(n, spec) for n in (1, 7, 42, 999, 12345)]
                if not all(re.fullmatch(r"[ 0+]*\d+", s) for s in samples):
                    return None  # an unusual fill character: nothing sensible to compare
                body = r"[ 0+]*\d+"
            elif name == "unit":
                body = _alternatives([format(code, spec) for code in unit_codes] or [""])
            elif name == "office":
                body = re.escape(format(short_name, spec))
            elif name == "month_roman":
                body = _alternatives([format(roman_month(m), spec) for m in range(1, 13)])
            elif name == "month":
                body = _alternatives([format(m, spec or "02d") for m in range(1, 13)])
            elif name == "year":
                body = re.escape(format(year, spec))
            else:
                return None
            if name in ("seq", "unit") and name not in seen:
                parts.append(f"(?P<{name}>{body})")
                seen.add(name)
            else:
                parts.append(f"(?:{body})")
        return re.compile("".join(parts))
    except (ValueError, TypeError, re.error):
        return None


# --- logo ----------------------------------------------------------------------------------------

MAX_LOGO_BYTES = 5_000_000
MAX_LOGO_PIXELS = 40_000_000
MIN_LOGO_SIDE = 32
STORED_LOGO_SIDE = 1000  # larger logos are scaled down: a 2.5 cm kop logo needs no more at 600 dpi


@dataclass(frozen=True, slots=True)
class LogoInfo:
    format: str  # "PNG" | "JPEG"
    width: int
    height: int
    size: int  # bytes stored


def check_logo(data: bytes) -> tuple[bytes, LogoInfo]:
    """Validate a PNG/JPEG logo and give the bytes to store (scaled down when very large)."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise StoreError(N_("Berkas logo kosong."), "logo")
    if len(data) > MAX_LOGO_BYTES:
        raise StoreError(N_("Berkas logo terlalu besar (maksimal {megabytes} MB)."), "logo", megabytes=MAX_LOGO_BYTES // 1_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                kind = probe.format
                width, height = probe.size
                if kind not in ("PNG", "JPEG"):
                    raise StoreError(N_("Logo harus berupa gambar PNG atau JPEG."), "logo")
                if width * height > MAX_LOGO_PIXELS:
                    raise StoreError(N_("Gambar logo terlalu besar (lebih dari 40 megapiksel)."), "logo")
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()  # decodes every pixel: a truncated or damaged file fails here
                stored = _normalised(image, data)
    except StoreError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        raise StoreError(N_("Berkas ini bukan gambar PNG atau JPEG yang utuh."), "logo") from exc
    if min(width, height) < MIN_LOGO_SIDE:
        raise StoreError(
            N_("Gambar logo terlalu kecil ({width}×{height} piksel); minimal {least} piksel "
               "per sisi."), "logo", width=width, height=height, least=MIN_LOGO_SIDE)
    with Image.open(io.BytesIO(stored)) as final:
        info = LogoInfo(str(final.format), final.size[0], final.size[1], len(stored))
    return stored, info


def _normalised(image: Any, original: bytes) -> bytes:
    """The original bytes when usable as they are; else re-encoded (scaled, CMYK → RGB)."""
    kind = image.format
    too_big = max(image.size) > STORED_LOGO_SIDE
    odd_mode = image.mode not in ("RGB", "RGBA", "L", "LA", "P", "1")
    if not too_big and not odd_mode:
        return original
    if odd_mode:
        image = image.convert("RGBA" if kind == "PNG" else "RGB")
    if too_big:
        image = image.copy()
        image.thumbnail((STORED_LOGO_SIDE, STORED_LOGO_SIDE))
    out = io.BytesIO()
    if kind == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=92)
    else:
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class LogoSaved:
    """A logo stored: what it is, and the profile that now carries it."""

    info: LogoInfo
    profile: OfficeProfile


def set_logo(db: Database, data: bytes) -> Done[LogoSaved]:
    """Store the office logo (admin), shown in the kop surat of every document printed from now on."""
    with writing(db) as work:
        work.require(access.OFFICE_EDIT)  # before looking at the file: a refusal names the permission, not the image
        stored, info = check_logo(data)
        row = _profile_row(work.session, lock=True)
        had = row.logo is not None
        row.logo = stored
        row.updated_at = work.now
        work.session.flush()
        work.audit("office.logo", "office_profile", 1, {
            "format": info.format, "width": info.width, "height": info.height, "bytes": info.size, "replaced": had,
        })
        work.changed(Change.OFFICE)
        return work.done(LogoSaved(info, get_office_profile(work.session)))


def import_logo_file(db: Database, path: Path) -> Done[LogoSaved]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StoreError(N_("Berkas {name} tidak dapat dibaca: {reason}."), "logo", name=path.name, reason=os_error_text(exc)) from exc
    return set_logo(db, data)


def remove_logo(db: Database) -> Done[OfficeProfile]:
    """Back to the plain placeholder in the kop (admin)."""
    with writing(db) as work:
        work.require(access.OFFICE_EDIT)
        row = _profile_row(work.session, lock=True)
        if row.logo is not None:
            row.logo = None
            row.updated_at = work.now
            work.session.flush()
            work.audit("office.logo", "office_profile", 1, {"removed": True})
            work.changed(Change.OFFICE)
        return work.done(get_office_profile(work.session))


# --- units and services --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CatalogueService:
    """A service as the admin's list shows it, inactive ones included."""

    id: int
    code: str
    name: str
    unit_id: int
    unit_code: str
    unit_name: str
    active: bool
    unit_active: bool
    has_standard: bool
    requests: int
    time_from_complete: bool = True  # its time counts from a complete file (request_changes.set_due_counting)

    @property
    def offered(self) -> bool:
        """Chosen at intake and shown in the look-up: the service and its unit are both active."""
        return self.active and self.unit_active


_UNIT_CODE = re.compile(r"^[A-Z0-9]{1,10}$")
_SERVICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9.-]{0,19}$")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Every unit and service, inactive ones included, as the admin's tree shows them."""

    units: tuple[UnitRecord, ...]
    services: tuple[CatalogueService, ...]


def catalogue(db: Database) -> Catalogue:
    with reading(db) as work:
        session = work.session
        units = tuple(_unit_record(u) for u in session.scalars(select(Unit).order_by(Unit.sort, Unit.code)))
        return Catalogue(units, _list_catalogue(session))


def list_catalogue(db: Database) -> tuple[CatalogueService, ...]:
    with reading(db) as work:
        return _list_catalogue(work.session)


def _list_catalogue(session: Session) -> tuple[CatalogueService, ...]:
    counts = {sid: n for sid, n in session.execute(
        select(ServiceRequest.service_id, func.count()).group_by(ServiceRequest.service_id)
    )}
    with_standard = set(session.scalars(select(StandardVersion.service_id).distinct()))
    query = select(Service, Unit).join(Unit).order_by(Unit.sort, Unit.code, Service.sort, Service.code)
    return tuple(
        CatalogueService(s.id, s.code, s.name, u.id, u.code, u.name, s.active, u.active, s.id in with_standard,
                         int(counts.get(s.id, 0)), s.time_from_complete)
        for s, u in session.execute(query)
    )


def _unit_record(unit: Unit) -> UnitRecord:
    return UnitRecord(unit.id, unit.code, unit.name, unit.full_name, unit.active)


def _service_record(service: Service, unit: Unit) -> ServiceRecord:
    return ServiceRecord(service.id, service.code, service.name, unit.id, unit.code, unit.name, service.active)


def _name_problem(label: str, name: str, limit: int) -> str | None:
    if not name:
        return f"{label} wajib diisi."
    if len(name) > limit:
        return f"{label} terlalu panjang (maksimal {limit} huruf)."
    return None


def add_unit(db: Database, code: str, name: str, full_name: str = "") -> Done[UnitRecord]:
    """A new unit (bidang); its code appears in reference numbers, so it cannot change later."""
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        session = work.session
        code = code.strip().upper()
        name, full_name = " ".join(name.split()), " ".join(full_name.split())
        errors: dict[str, str] = {}
        if not _UNIT_CODE.match(code):
            errors["code"] = N_("Kode bidang 1–10 huruf besar atau angka, tanpa spasi (mis. PNP).")
        elif session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
            errors["code"] = Filled(N_("Kode bidang {code} sudah dipakai."), code=code)
        for key, label, value, limit in (("name", "Nama bidang", name, 100),
                                         ("full_name", "Nama lengkap", full_name, 200)):
            problem = _name_problem(label, value, limit) if key == "name" or len(value) > limit else None
            if problem:
                errors[key] = problem
        if errors:
            raise InvalidInput(errors)
        sort = (session.scalar(select(func.max(Unit.sort))) or 0) + 1
        unit = Unit(code=code, name=name, full_name=full_name, sort=sort, active=True)
        session.add(unit)
        session.flush()
        work.audit("unit.create", "unit", unit.id, {"code": code, "name": name, "full_name": full_name})
        work.changed(Change.CATALOGUE)
        return work.done(_unit_record(unit))


def update_unit(db: Database, unit_id: int, name: str, full_name: str = "") -> Done[UnitRecord]:
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        unit = work.session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(N_("Bidang tidak ditemukan."))
        name, full_name = " ".join(name.split()), " ".join(full_name.split())
        errors = {k: p for k, p in (("name", _name_problem("Nama bidang", name, 100)),
                                    ("full_name", None if len(full_name) <= 200 else "Nama lengkap terlalu panjang."))
                  if p}
        if errors:
            raise InvalidInput(errors)
        changes = {k: [old, new] for k, old, new in (("name", unit.name, name),
                                                     ("full_name", unit.full_name, full_name)) if old != new}
        if changes:
            unit.name, unit.full_name = name, full_name
            work.session.flush()
            work.audit("unit.update", "unit", unit.id, {"code": unit.code, "changes": changes})
            work.changed(Change.CATALOGUE)
        return work.done(_unit_record(unit))


def set_unit_active(db: Database, unit_id: int, active: bool) -> Done[UnitRecord]:
    """An inactive unit's services disappear from intake and look-up; its old requests keep it."""
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        unit = work.session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(N_("Bidang tidak ditemukan."))
        if unit.active != active:
            unit.active = active
            work.session.flush()
            work.audit("unit.activate" if active else "unit.deactivate", "unit", unit.id, {"code": unit.code})
            work.changed(Change.CATALOGUE)
        return work.done(_unit_record(unit))


def add_service(db: Database, unit_id: int, code: str, name: str) -> Done[ServiceRecord]:
    """A new service, inactive until its standard is written in the standards editor."""
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        session = work.session
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise InvalidInput({"unit": "Pilih bidang layanan."})
        code = code.strip().upper()
        name = " ".join(name.split())
        errors: dict[str, str] = {}
        if not _SERVICE_CODE.match(code):
            errors["code"] = N_("Kode layanan 1–20 huruf besar, angka, titik atau tanda hubung (mis. P9).")
        elif session.scalar(select(Service.id).where(Service.code == code)) is not None:
            errors["code"] = Filled(N_("Kode layanan {code} sudah dipakai."), code=code)
        problem = _name_problem("Nama layanan", name, 300)
        if problem:
            errors["name"] = problem
        if errors:
            raise InvalidInput(errors)
        sort = (session.scalar(select(func.max(Service.sort))) or 0) + 1
        service = Service(unit_id=unit.id, code=code, name=name, sort=sort, active=False)
        session.add(service)
        session.flush()
        work.audit("service.create", "service", service.id, {"code": code, "name": name, "unit": unit.code})
        work.changed(Change.CATALOGUE)
        return work.done(_service_record(service, unit))


def rename_service(db: Database, service_id: int, name: str) -> Done[ServiceRecord]:
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        service = work.session.get(Service, service_id)
        if service is None:
            raise NotFound(N_("Layanan tidak ditemukan."), "service")
        name = " ".join(name.split())
        problem = _name_problem("Nama layanan", name, 300)
        if problem:
            raise InvalidInput({"name": problem})
        if service.name != name:
            old = service.name
            service.name = name
            work.session.flush()
            work.audit("service.update", "service", service.id,
                       {"code": service.code, "changes": {"name": [old, name]}})
            work.changed(Change.CATALOGUE)
        return work.done(_service_record(service, service.unit))


def set_service_active(db: Database, service_id: int, active: bool) -> Done[ServiceRecord]:
    """Offer the service at intake and look-up again, or stop offering it (old requests keep it)."""
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        session = work.session
        service = session.get(Service, service_id)
        if service is None:
            raise NotFound(N_("Layanan tidak ditemukan."), "service")
        if active and not session.scalar(select(exists().where(StandardVersion.service_id == service.id))):
            raise StoreError(
                N_("Layanan {code} belum dapat diaktifkan: standar pelayanannya belum ditulis. Tulis "
                   "standarnya dulu di layar Standar Pelayanan."), "service",
            code=service.code)
        if service.active != active:
            service.active = active
            session.flush()
            work.audit("service.activate" if active else "service.deactivate", "service", service.id,
                       {"code": service.code, "name": service.name})
            work.changed(Change.CATALOGUE)
        return work.done(_service_record(service, service.unit))
