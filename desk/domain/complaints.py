"""Complaints, suggestions and information requests (pengaduan): what they are, how they move, when they are due.

Perpres 76/2013 (SP4N, with SP4N-LAPOR! as the national channel) and PermenPANRB 62/2018
(DOMAIN §11.3). A unit keeps its own register, also of what reaches it through LAPOR!, whose
Tracking ID it records. Every complaint moves

    diterima → diverifikasi → diteruskan ke unit → ditindaklanjuti → selesai

or ends as ditolak or bukan kewenangan, each step with what it needs (the unit forwarded to,
the follow-up, the answer, the reason).

Deadlines are working days of the office calendar, counted stage after stage from the day of
receipt, with LAPOR!'s limits as defaults: verified (and forwarded) within 3 working days, an
answer with a follow-up within 5 more, and closed at the latest 10 working days after that (a
LAPOR! report closes by itself 10 working days after the follow-up). The office may set other
numbers per kind (local standards grade them by weight), never below one day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desk.domain.errors import DomainError, PhoneError
from desk.domain.intake import plain_text
from desk.domain.messages import N_, Amount, Filled
from desk.domain.phone import normalize_phone
from desk.domain.text_id import MONTH_NAMES
from desk.domain.workdays import WorkCalendar


class ComplaintKind(StrEnum):
    PENGADUAN = "pengaduan"
    ASPIRASI = "aspirasi"
    INFORMASI = "informasi"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS: dict[ComplaintKind, str] = {
    ComplaintKind.PENGADUAN: N_("Pengaduan"),
    ComplaintKind.ASPIRASI: N_("Aspirasi/saran"),
    ComplaintKind.INFORMASI: N_("Permintaan informasi"),
}


class Channel(StrEnum):
    DATANG_LANGSUNG = "datang_langsung"
    TELEPON = "telepon"
    WHATSAPP = "whatsapp"
    SURAT = "surat"
    EMAIL = "email"
    KOTAK_SARAN = "kotak_saran"
    LAPOR = "lapor"
    MEDIA_SOSIAL = "media_sosial"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.DATANG_LANGSUNG: N_("Datang langsung"),
    Channel.TELEPON: N_("Telepon"),
    Channel.WHATSAPP: "WhatsApp",
    Channel.SURAT: N_("Surat"),
    Channel.EMAIL: "E-mail",
    Channel.KOTAK_SARAN: N_("Kotak saran"),
    Channel.LAPOR: "SP4N-LAPOR!",
    Channel.MEDIA_SOSIAL: N_("Media sosial"),
}


class ComplaintStatus(StrEnum):
    RECEIVED = "diterima"
    VERIFIED = "diverifikasi"
    FORWARDED = "diteruskan"
    FOLLOWED_UP = "ditindaklanjuti"
    DONE = "selesai"
    REJECTED = "ditolak"
    NOT_OURS = "bukan_kewenangan"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


STATUS_LABELS: dict[ComplaintStatus, str] = {
    ComplaintStatus.RECEIVED: N_("Diterima"),
    ComplaintStatus.VERIFIED: N_("Diverifikasi"),
    ComplaintStatus.FORWARDED: N_("Diteruskan ke unit"),
    ComplaintStatus.FOLLOWED_UP: N_("Ditindaklanjuti"),
    ComplaintStatus.DONE: N_("Selesai"),
    ComplaintStatus.REJECTED: N_("Ditolak"),
    ComplaintStatus.NOT_OURS: N_("Bukan kewenangan"),
}
# What the officer does to reach each status (button and dialog titles).
STEP_LABELS: dict[ComplaintStatus, str] = {
    ComplaintStatus.VERIFIED: N_("Verifikasi"),
    ComplaintStatus.FORWARDED: N_("Teruskan ke unit"),
    ComplaintStatus.FOLLOWED_UP: N_("Tindak lanjut"),
    ComplaintStatus.DONE: N_("Selesai dan jawab"),
    ComplaintStatus.REJECTED: N_("Tolak"),
    ComplaintStatus.NOT_OURS: N_("Bukan kewenangan"),
}

S = ComplaintStatus
OPEN_STATUSES = frozenset({S.RECEIVED, S.VERIFIED, S.FORWARDED, S.FOLLOWED_UP})
FINAL_STATUSES = frozenset({S.DONE, S.REJECTED, S.NOT_OURS})
# Forwarding again from "diteruskan" sends it to another unit (a disposition can be corrected).
TRANSITIONS: dict[ComplaintStatus, tuple[ComplaintStatus, ...]] = {
    S.RECEIVED: (S.VERIFIED, S.REJECTED, S.NOT_OURS),
    S.VERIFIED: (S.FORWARDED, S.REJECTED, S.NOT_OURS),
    S.FORWARDED: (S.FOLLOWED_UP, S.FORWARDED, S.NOT_OURS),
    S.FOLLOWED_UP: (S.DONE,),
    S.DONE: (),
    S.REJECTED: (),
    S.NOT_OURS: (),
}
# Steps that must say something, and what the text is called there.
TEXT_NEEDED: dict[ComplaintStatus, str] = {
    S.FOLLOWED_UP: N_("Tindak lanjut"),
    S.DONE: N_("Jawaban"),
    S.REJECTED: N_("Alasan"),
    S.NOT_OURS: N_("Alasan"),
}
# The complainant has been answered once the complaint reaches one of these (the response deadline's test).
RESPONDED = frozenset({S.FOLLOWED_UP, S.DONE, S.REJECTED, S.NOT_OURS})
# Which deadline a complaint in each open status is working against.
STAGE_OF: dict[ComplaintStatus, str] = {
    S.RECEIVED: "verify", S.VERIFIED: "respond", S.FORWARDED: "respond", S.FOLLOWED_UP: "complete",
}
STAGE_LABELS = {"verify": N_("verifikasi"), "respond": N_("tanggapan"), "complete": N_("penyelesaian")}

MAX_NAME = 300
MAX_SUBJECT = 300
MAX_TEXT = 10_000
MAX_ADDRESS = 2000
MAX_EMAIL = 200
MAX_LAPOR_ID = 40
MAX_ADDRESSEE = 200
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LAPOR_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*$")


def status_label(status: str) -> str:
    try:
        return ComplaintStatus(status).label
    except ValueError:
        return status


def kind_label(kind: str) -> str:
    try:
        return ComplaintKind(kind).label
    except ValueError:
        return kind


def channel_label(channel: str) -> str:
    try:
        return Channel(channel).label
    except ValueError:
        return channel


def next_steps(status: str) -> tuple[ComplaintStatus, ...]:
    try:
        return TRANSITIONS[ComplaintStatus(status)]
    except ValueError:
        return ()


def step_problem(current: str, target: str, text: str, unit_id: int | None = None) -> str | None:
    """Why `current → target` with this text (and unit) is not allowed, in Indonesian; None when it is."""
    try:
        to = ComplaintStatus(target)
    except ValueError:
        return Filled(N_("Status '{status}' tidak dikenal."), status=target)
    if to not in next_steps(current):
        return Filled(N_("Pengaduan berstatus {current} tidak dapat diubah menjadi {target}."),
                      current=status_label(current), target=to.label)
    if to is S.FORWARDED and unit_id is None:
        return N_("Pilih unit yang menerima disposisi.")
    words = plain_text(text, multiline=True).strip()
    if to in TEXT_NEEDED and not words:
        return Filled(N_("{field} wajib diisi."), field=TEXT_NEEDED[to])
    if len(words) > MAX_TEXT:
        return Filled(N_("Teks terlalu panjang (maksimal {limit} huruf)."), limit=Amount(MAX_TEXT))
    return None


# --- deadlines ------------------------------------------------------------------------------------

DEADLINE_RANGE = (1, 90)


@dataclass(frozen=True, slots=True)
class Deadlines:
    """Working days for each stage, each counted from the end of the stage before it."""

    verify: int = 3  # LAPOR!: verified and forwarded within 3 working days
    respond: int = 5  # LAPOR!: the agency answers with a follow-up within 5 working days
    complete: int = 10  # LAPOR!: a report closes by itself 10 working days after the follow-up

    def problems(self) -> dict[str, str]:
        low, high = DEADLINE_RANGE
        found: dict[str, str] = {}
        for key in ("verify", "respond", "complete"):
            value = getattr(self, key)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                found[key] = f"Batas waktu {STAGE_LABELS[key]} harus {low} sampai {high} hari kerja."
        return found


DEFAULT_DEADLINES = Deadlines()


@dataclass(frozen=True, slots=True)
class DueDates:
    verify: date
    respond: date
    complete: date

    def of_stage(self, status: str) -> date | None:
        """The deadline a complaint in `status` is working against (None once it is closed)."""
        try:
            stage = STAGE_OF.get(ComplaintStatus(status))
        except ValueError:
            return None
        return getattr(self, stage) if stage else None


def due_dates(calendar: WorkCalendar, received_on: date, deadlines: Deadlines) -> DueDates:
    """The three deadlines of a complaint received on `received_on` (the day itself not counted)."""
    verify = calendar.add_working_days(received_on, deadlines.verify)
    respond = calendar.add_working_days(verify, deadlines.respond)
    complete = calendar.add_working_days(respond, deadlines.complete)
    return DueDates(verify, respond, complete)


# --- what the officer typed -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ComplaintDraft:
    kind: str = ComplaintKind.PENGADUAN.value
    channel: str = Channel.DATANG_LANGSUNG.value
    lapor_id: str = ""  # SP4N-LAPOR! Tracking ID, only for that channel
    anonymous: bool = False
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    contact_consent: bool = False  # may the office contact them about this complaint
    subject: str = ""
    description: str = ""
    unit_id: int | None = None
    service_id: int | None = None
    request_id: int | None = None
    complainant_is_applicant: bool = False  # the complainant is the visitor of the linked request


def clean_complaint(draft: ComplaintDraft) -> tuple[ComplaintDraft, dict[str, str]]:
    """Normalise what was typed and name every problem by field (the same checks in form and store)."""
    errors: dict[str, str] = {}
    d = replace(
        draft,
        lapor_id=plain_text(draft.lapor_id).strip(),
        name=" ".join(plain_text(draft.name).split()),
        phone=plain_text(draft.phone).strip(),
        email=plain_text(draft.email).strip(),
        address=plain_text(draft.address, multiline=True).strip(),
        subject=" ".join(plain_text(draft.subject).split()),
        description=plain_text(draft.description, multiline=True).strip(),
    )
    if d.kind not in ComplaintKind.__members__.values():
        errors["kind"] = N_("Pilih jenis: pengaduan, aspirasi/saran, atau permintaan informasi.")
    if d.channel not in Channel.__members__.values():
        errors["channel"] = N_("Pilih saluran penerimaan.")
    if d.channel == Channel.LAPOR:
        if not d.lapor_id:
            errors["lapor_id"] = N_("Isi Tracking ID SP4N-LAPOR! (tertera pada laporan di lapor.go.id).")
        elif len(d.lapor_id) > MAX_LAPOR_ID or not _LAPOR_ID.match(d.lapor_id):
            errors["lapor_id"] = N_("Tracking ID hanya berisi huruf, angka dan tanda hubung (maksimal 40).")
    elif d.lapor_id:
        errors["lapor_id"] = N_("Tracking ID hanya diisi untuk pengaduan yang masuk melalui SP4N-LAPOR!.")

    if d.anonymous:
        if d.name or d.phone or d.email or d.address or d.complainant_is_applicant:
            errors["name"] = N_("Pengaduan anonim tidak mencatat identitas; kosongkan nama, kontak dan alamat.")
        if d.contact_consent:
            errors["contact_consent"] = N_("Pelapor anonim tidak dapat dihubungi.")
    else:
        if not d.name and not d.complainant_is_applicant:
            errors["name"] = N_("Nama pelapor wajib diisi (atau tandai sebagai anonim).")
        elif len(d.name) > MAX_NAME:
            errors["name"] = Filled(N_("Nama terlalu panjang (maksimal {max_name} huruf)."), max_name=MAX_NAME)
        if d.phone:
            try:
                d = replace(d, phone=normalize_phone(d.phone))
            except PhoneError as exc:
                errors["phone"] = exc.message
        if d.email and (len(d.email) > MAX_EMAIL or not _EMAIL.match(d.email)):
            errors["email"] = N_("Alamat e-mail tidak valid (contoh: nama@contoh.id).")
        if len(d.address) > MAX_ADDRESS:
            errors["address"] = Filled(N_("Alamat terlalu panjang (maksimal {max_address} huruf)."), max_address=MAX_ADDRESS)
        if d.contact_consent and not (d.phone or d.email or d.complainant_is_applicant) and "phone" not in errors:
            errors["phone"] = N_("Isi nomor HP atau e-mail agar pelapor dapat dihubungi.")
    if d.complainant_is_applicant and d.request_id is None:
        errors["request"] = N_("Pilih permohonan yang diadukan bila pelapor adalah pemohonnya.")
    if not d.subject:
        errors["subject"] = N_("Perihal wajib diisi (ringkas, mis. \"Kartu AK/I belum selesai\").")
    elif len(d.subject) > MAX_SUBJECT:
        errors["subject"] = Filled(N_("Perihal terlalu panjang (maksimal {max_subject} huruf)."), max_subject=MAX_SUBJECT)
    if not d.description:
        errors["description"] = N_("Isi pengaduan wajib diisi.")
    elif len(d.description) > MAX_TEXT:
        errors["description"] = Filled(N_("Isi terlalu panjang (maksimal {limit} huruf)."), limit=Amount(MAX_TEXT))
    return d, errors


def mask_name(name: str) -> str:
    """"Siti Rahmah" → "S*** R*****": enough to tell two complaints apart, not to name the person."""
    return " ".join(word[0] + "*" * max(1, len(word) - 1) for word in name.split())


# --- periods of recaps ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    first: date
    last: date
    label: str  # "Oktober 2025", "Tahun 2025"

    @property
    def key(self) -> str:
        """"2025-10" or "2025": what `parse_period` reads back."""
        if self.first.month == 1 and self.last.month == 12 and self.first.day == 1 and self.last.day == 31:
            return f"{self.first.year:04d}"
        return f"{self.first.year:04d}-{self.first.month:02d}"


def month_period(year: int, month: int) -> Period:
    first = date(year, month, 1)
    last = date.fromordinal(date(year + month // 12, month % 12 + 1, 1).toordinal() - 1)
    return Period(first, last, f"{MONTH_NAMES[month - 1]} {year}")


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), f"Tahun {year}")


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


def parse_period(text: str) -> Period:
    """"2025-10" (a month) or "2025" (a year); DomainError in Indonesian otherwise."""
    match = _PERIOD.match(text.strip())
    if not match:
        raise DomainError(N_("Periode ditulis TTTT-BB untuk satu bulan (mis. 2025-10) atau TTTT untuk setahun."),
                          "period")
    year = int(match.group(1))
    if not 2000 <= year <= 2100:
        raise DomainError(N_("Tahun periode harus antara 2000 dan 2100."), "period")
    if match.group(2) is None:
        return year_period(year)
    month = int(match.group(2))
    if not 1 <= month <= 12:
        raise DomainError(N_("Bulan periode harus 1 sampai 12."), "period")
    return month_period(year, month)
