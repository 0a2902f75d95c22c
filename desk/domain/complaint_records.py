"""The plain records of the complaints register, as the store hands them to screens, papers and commands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.domain.complaints import Deadlines, DueDates, Period, channel_label, kind_label, status_label
from desk.domain.messages import N_
from desk.domain.records import OfficeProfile

# What a list or a detail says in place of an anonymous complainant's name (a screen says it in its language).
ANONYMOUS = N_("Anonim")

@dataclass(frozen=True, slots=True)
class ComplaintSettings:
    """Office-wide: how complaints are numbered and the deadlines of each kind."""

    pattern: str  # refnumber placeholders; {unit} is `code`
    code: str  # "PGD"
    deadlines: tuple[tuple[str, Deadlines], ...]  # (kind, deadlines) for every kind

    def deadlines_of(self, kind: str) -> Deadlines:
        return dict(self.deadlines).get(kind, Deadlines())


@dataclass(frozen=True, slots=True)
class ComplaintListRow:
    id: int
    number: str
    received_at: datetime
    kind: str
    channel: str
    complainant: str  # ANONYMOUS, the name, or its mask for a role that may not see it
    subject: str
    unit_name: str
    status: str
    next_due: date | None  # the deadline of the current stage; None once closed
    overdue: bool

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def channel_label(self) -> str:
        return channel_label(self.channel)

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True, slots=True)
class ComplaintEvent:
    at: datetime
    user_name: str
    from_status: str | None
    to_status: str
    unit_name: str = ""  # the unit forwarded to
    addressee: str = ""  # "Kepala Bidang Penempatan" (whom the disposition names)
    note: str = ""

    @property
    def label(self) -> str:
        return status_label(self.to_status)


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    file_name: str
    media_type: str  # image/png | image/jpeg | application/pdf
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True, slots=True)
class ComplaintRecord:
    """One complaint as a screen or a paper shows it.

    `name` and `address` are what the viewer may see: the full values for a role that may reveal
    personal data, masked (name) or left out (address) otherwise. Phone and e-mail are always
    masked here; the full contact is revealed by its own audited operation.
    """

    id: int
    number: str
    kind: str
    channel: str
    lapor_id: str
    received_at: datetime
    received_on: date
    received_by: str
    anonymous: bool
    name: str
    phone_masked: str
    email_masked: str
    address: str
    contact_consent: bool
    identity_shown: bool  # False: name masked and address left out for this viewer
    subject: str
    description: str
    unit_id: int | None
    unit_name: str
    service_id: int | None
    service_name: str
    request_id: int | None
    request_number: str
    status: str
    due: DueDates
    next_due: date | None
    overdue: bool
    responded_on: date | None
    closed_on: date | None
    answer: str  # the answer given when it was closed as selesai
    reason: str  # why it was rejected or is not the office's to handle
    anonymised: bool  # retention or erasure blanked the complainant
    events: tuple[ComplaintEvent, ...] = field(default_factory=tuple)
    attachments: tuple[AttachmentInfo, ...] = field(default_factory=tuple)

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def channel_label(self) -> str:
        return channel_label(self.channel)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def complainant(self) -> str:
        return ANONYMOUS if self.anonymous else self.name


@dataclass(frozen=True, slots=True)
class ComplaintContact:
    """The full contact of a complainant, handed out by the audited reveal."""

    phone: str  # E.164, "" when none
    email: str


@dataclass(frozen=True, slots=True)
class ComplaintReceiptData:
    """Everything the tanda terima pengaduan prints."""

    office: OfficeProfile
    complaint: ComplaintRecord
    tz: str
    officer_name: str
    officer_nip: str = ""
    copy_no: int = 1


@dataclass(frozen=True, slots=True)
class ComplaintReplyData:
    """Everything the jawaban (reply letter) prints: the complaint closed, its answer or reason, the date."""

    office: OfficeProfile
    complaint: ComplaintRecord
    letter_date: date
    tz: str
    copy_no: int = 1


@dataclass(frozen=True, slots=True)
class RecapLine:
    key: str
    label: str
    received: int
    responded: int
    responded_on_time: int
    done: int
    still_open: int


@dataclass(frozen=True, slots=True)
class ComplaintRecap:
    """Complaints received in a period, as they stand now: counts only, never a name."""

    period: Period
    received: int
    responded: int
    responded_on_time: int
    completed: int  # selesai
    rejected: int  # ditolak
    not_ours: int  # bukan kewenangan
    still_open: int
    overdue: int  # open and past the deadline of their stage today
    by_kind: tuple[RecapLine, ...]
    by_channel: tuple[RecapLine, ...]
    by_unit: tuple[RecapLine, ...]
    by_status: tuple[tuple[str, str, int], ...]  # (status, label, count), in flow order

    @property
    def responded_late(self) -> int:
        return self.responded - self.responded_on_time

    @property
    def on_time_percent(self) -> float | None:
        """Share of answered complaints answered within the response deadline; None when none was answered."""
        return 100.0 * self.responded_on_time / self.responded if self.responded else None


@dataclass(frozen=True, slots=True)
class ComplaintHandling:
    """What an SKM report cites for its unsur "Penanganan Pengaduan, Saran dan Masukan" for a period."""

    period: Period
    received: int
    responded: int
    responded_on_time: int
    completed: int
    still_open: int
    on_time_percent: float | None
    channels: tuple[str, ...]  # labels of the channels complaints came in through


@dataclass(frozen=True, slots=True)
class RegisterLine:
    """One complaint as a spreadsheet lists it: the complainant masked, no contact."""

    number: str
    received_on: date
    received_time: str  # "09.15" office time
    kind: str
    channel: str
    lapor_id: str
    complainant: str  # "Anonim" or the masked name
    subject: str
    unit: str
    service: str
    request_number: str
    status: str
    verify_due: date
    respond_due: date
    complete_due: date
    responded_on: date | None
    on_time: bool | None  # answered by the response deadline; None while unanswered
    closed_on: date | None
