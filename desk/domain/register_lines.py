"""One line of the register as it leaves Desk (the Excel or CSV export): what the store reads, what a file writes."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple


class RegisterLine(NamedTuple):
    # A named tuple rather than a frozen dataclass: as immutable, and made in a third of the time (an
    # export makes one per request; a frozen dataclass sets each of its 18 fields through object.__setattr__).
    number: int  # 1, 2, 3, ... in the order exported
    ref_number: str
    received_at: datetime  # office-local wall time, without a zone (what the spreadsheet shows)
    unit_code: str
    service_code: str
    service_name: str
    visitor_name: str
    nik: str  # masked ("6311********0001") unless revealed; "" when not recorded
    sex: str  # "L", "P" or ""
    phone: str  # masked ("0812-****-7890") unless revealed; "" when not recorded
    desa: str
    kecamatan: str
    organisation: str
    channel: str  # its label ("Datang langsung")
    status: str  # its label ("Diproses")
    due_date: date
    closed_at: datetime | None  # office-local wall time, without a zone
    overdue: bool
