"""Plain, immutable records that cross room boundaries.

The store hands these out; documents and the UI consume them. They carry no
behaviour beyond simple derived text, so that no ORM object ever reaches a Qt
model or a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.domain.office_time import DEFAULT_TZ, OfficeClock


@dataclass(frozen=True, slots=True)
class OfficeProfile:
    government_name: str
    office_name: str
    short_name: str
    address: str = ""
    village: str = ""
    district: str = ""
    regency: str = ""
    province: str = ""
    postal_code: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    head_name: str = ""
    head_nip: str = ""  # 18 digits (desk.domain.nip), printed grouped
    head_title: str = "Kepala Dinas"
    head_rank: str = ""  # pangkat/golongan under the head's name: "Pembina Utama Muda (IV/c)"
    # The full jabatan above the head's signature, one line per "\n"; empty = made from head_title,
    # the office's name and the regency (desk.domain.office_rules.head_position_lines).
    head_position: str = ""
    service_pic_name: str = ""
    service_pic_title: str = ""
    service_pic_nip: str = ""
    place_name: str = ""
    timezone: str = DEFAULT_TZ
    ref_pattern: str = "{seq:04d}/{unit}/{office}/{month_roman}/{year}"
    forum_venue: str = ""
    privacy_notice: str = ""
    dpo_contact: str = ""
    maklumat_text: str = ""
    retention_years: int = 5
    logo: bytes | None = None  # PNG or JPEG bytes, None = placeholder in the letterhead
    # The head's decree (Keputusan Kepala Dinas) that set the service standards: the heading of
    # every printed standard cites it, unless a standard version carries its own SK number.
    standards_decree_number: str = ""
    standards_decree_date: date | None = None
    maklumat_date: date | None = None  # the day the head signed the maklumat (printed under it)


@dataclass(frozen=True, slots=True)
class OfficeContext:
    """The office as one operation sees it: its profile and one moment of its clock."""

    profile: OfficeProfile
    clock: OfficeClock

    @property
    def tz(self) -> str:
        return self.clock.tz

    @property
    def now(self) -> datetime:
        return self.clock.now

    @property
    def today(self) -> date:
        return self.clock.today


@dataclass(frozen=True, slots=True)
class UnitRecord:
    id: int
    code: str
    name: str
    full_name: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class StandardRecord:
    """One version of a service's standard: the 14 components of PermenPANRB 15/2014."""

    id: int
    service_id: int
    version_no: int
    effective_date: date
    sk_number: str
    forum_id: int | None
    same_day: bool
    duration_days: int | None
    duration_minutes: int | None
    fee: int
    product: str
    requirements: tuple[str, ...]
    steps: tuple[str, ...]
    complaints: tuple[str, ...]
    legal_basis: tuple[str, ...]
    facilities: str = ""
    competence: str = ""
    supervision: str = ""
    staff_count: str = ""
    service_assurance: str = ""
    safety_assurance: str = ""
    performance_evaluation: str = ""
    notes: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    id: int
    code: str
    name: str
    unit_id: int
    unit_code: str
    unit_name: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    text: str
    received: bool


@dataclass(frozen=True, slots=True)
class RequestEvent:
    at: datetime  # UTC
    user_name: str
    kind: str  # "status" | "due_date" | "note" | "print"
    from_status: str | None
    to_status: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """A service request as the register, the receipt and the detail panel see it."""

    id: int
    ref_number: str
    received_at: datetime  # UTC, aware
    received_by: str
    due_date: date
    status: str
    channel: str
    notes: str
    unit_code: str
    unit_name: str
    service_id: int
    service_code: str
    service_name: str
    standard_version_id: int
    standard_version_no: int
    visitor_id: int
    visitor_name: str
    visitor_nik: str | None
    visitor_sex: str | None
    visitor_phone: str | None
    visitor_address: str
    visitor_kecamatan: str
    visitor_desa: str
    organisation: str
    checklist: tuple[ChecklistItem, ...] = ()
    events: tuple[RequestEvent, ...] = field(default=())
    visitor_desa_kind: str = "desa"  # "desa" | "kelurahan": the word printed before the village's name
    visitor_region: str = ""  # where a visitor from outside the regency lives ("Kabupaten Tabalong")


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """Everything one printed receipt shows, as copy ``copy_no`` (1 = the original)."""

    office: OfficeProfile
    request: RequestRecord
    standard: StandardRecord
    officer_name: str  # the officer who received the file signs the receipt (a reprint keeps them)
    qr_payload: str
    copy_no: int = 1
    officer_nip: str = ""
