"""Rules of a Forum Konsultasi Publik (FKP): unsur, participants, imports, sorting, recap.

Pure rules and the plain records the store hands out and the documents print. The unsur
list is data (code, label, order), because offices word their categories differently and a
sheet sorted "by unsur" must follow the office's order, not the alphabet (DOMAIN §2.3).
Phone numbers are personal data (UU 27/2022): a number reaches a printed sheet only for a
participant who consented to the attendance list being shown (DOMAIN §8.7).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Protocol, TypeVar

from desk.domain.consent import ConsentPurpose
from desk.domain.errors import DomainError
from desk.domain.imports import ImportProblem, cell_text, one_line
from desk.domain.messages import N_, Filled, joined
from desk.domain.nip import nip_digits, nip_problem
from desk.domain.person_names import name_sort_key
from desk.domain.phone import format_phone, normalize_phone

# --- unsur ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Unsur:
    code: str
    label: str
    short: str  # for narrow columns (the attendance sheet)
    aliases: tuple[str, ...] = ()


# In this order the sheet groups people ("by unsur"), and the recap lists them.
UNSUR: tuple[Unsur, ...] = (
    Unsur("masyarakat", N_("Masyarakat / Pengguna Layanan"), N_("Masyarakat"),
          ("masyarakat", "pengguna layanan", "warga", "umum")),
    Unsur("akademisi", N_("Akademisi / Praktisi"), N_("Akademisi"), ("akademisi", "praktisi", "ahli", "perguruan tinggi")),
    Unsur("media", N_("Media Massa"), N_("Media"), ("media", "media massa", "pers", "wartawan", "jurnalis")),
    Unsur("instansi", N_("Instansi Pemerintah"), N_("Instansi Pemerintah"), (
        "instansi", "instansi pemerintah", "opd", "pemerintah", "kecamatan", "desa", "instansi terkait",
    )),
    Unsur("pelaku_usaha", N_("Pelaku Usaha / UMKM"), N_("Pelaku Usaha/UMKM"),
          ("pelaku usaha", "umkm", "usaha", "pengusaha", "pelaku umkm")),
    Unsur("koperasi", N_("Koperasi"), N_("Koperasi"), ("koperasi", "pengurus koperasi")),
    Unsur("tokoh", N_("Tokoh Masyarakat"), N_("Tokoh Masyarakat"),
          ("tokoh", "tokoh masyarakat", "tokoh agama", "tomas", "toga")),
    Unsur("lsm", N_("LSM / Organisasi Masyarakat Sipil"), N_("LSM"),
          ("lsm", "ormas", "organisasi masyarakat", "osm", "ngo")),
    Unsur("internal", N_("Internal (Penyelenggara)"), N_("Internal"), ("internal", "penyelenggara", "dinas", "pegawai", "asn")),
)
UNSUR_LABELS: dict[str, str] = {u.code: u.label for u in UNSUR}
UNSUR_SHORT: dict[str, str] = {u.code: u.short for u in UNSUR}
_UNSUR_ORDER: dict[str, int] = {u.code: i for i, u in enumerate(UNSUR)}


def _fold(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces: how two spellings are compared."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


_UNSUR_LOOKUP: dict[str, str] = {}
for _u in UNSUR:
    for _key in (_u.code, _u.label, _u.short, *_u.aliases):
        _UNSUR_LOOKUP[_fold(_key)] = _u.code


def unsur_label(code: str) -> str:
    return UNSUR_LABELS.get(code, code)


def unsur_short(code: str) -> str:
    return UNSUR_SHORT.get(code, code)


def parse_unsur(text: str) -> str:
    """The unsur code for what a list says ("UMKM", "Media Massa", "tokoh agama", "lsm", ...)."""
    key = _fold(text)
    if not key:
        raise DomainError(N_("Unsur wajib diisi."), "unsur")
    code = _UNSUR_LOOKUP.get(key)
    if code is None:
        choices = ", ".join(u.label for u in UNSUR)
        raise DomainError(N_("Unsur \"{text}\" tidak dikenal. Pilih salah satu: {choices}."), "unsur",
                          text=text.strip(), choices=choices)
    return code


# --- sex -------------------------------------------------------------------------------------------

SEX_LABELS: dict[str, str] = {"L": N_("Laki-laki"), "P": N_("Perempuan")}
_SEX_LOOKUP = {
    "l": "L", "lk": "L", "laki laki": "L", "laki": "L", "pria": "L", "m": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "f": "P", "w": "P",
}


def parse_sex(text: str) -> str:
    """"L", "P" or "" (not given) from what a list or form says."""
    key = _fold(text)
    if not key:
        return ""
    sex = _SEX_LOOKUP.get(key)
    if sex is None:
        raise DomainError(N_("Jenis kelamin harus L (laki-laki) atau P (perempuan)."), "sex")
    return sex


# --- participants ----------------------------------------------------------------------------------

MAX_NAME = 200
MAX_INSTITUTION = 300
MAX_POSITION = 200


@dataclass(frozen=True, slots=True)
class ParticipantDraft:
    """What an officer types (or an import row holds) for one participant."""

    name: str
    unsur: str
    institution: str = ""
    position: str = ""
    sex: str = ""
    phone: str = ""
    consent_photo: bool = False
    consent_publication: bool = False
    photo_purpose: str = ""
    publication_purpose: str = ""


def clean_participant(draft: ParticipantDraft) -> tuple[ParticipantDraft, dict[str, str]]:
    """Normalise a draft; return it with every problem keyed by field (empty when valid)."""
    errors: dict[str, str] = {}
    name = one_line(draft.name)
    if not name:
        errors["name"] = N_("Nama peserta wajib diisi.")
    elif len(name) > MAX_NAME:
        errors["name"] = Filled(N_("Nama terlalu panjang (maksimal {max_name} huruf)."), max_name=MAX_NAME)
    unsur = draft.unsur
    if unsur not in UNSUR_LABELS:
        try:
            unsur = parse_unsur(draft.unsur)
        except DomainError as exc:
            errors["unsur"] = exc.message
    institution = one_line(draft.institution)
    if len(institution) > MAX_INSTITUTION:
        errors["institution"] = Filled(N_(
            "Instansi terlalu panjang (maksimal {max_institution} huruf)."),
            max_institution=MAX_INSTITUTION)
    position = one_line(draft.position)
    if len(position) > MAX_POSITION:
        errors["position"] = Filled(N_("Jabatan terlalu panjang (maksimal {max_position} huruf)."), max_position=MAX_POSITION)
    sex = draft.sex
    try:
        sex = parse_sex(draft.sex)
    except DomainError as exc:
        errors["sex"] = exc.message
    phone = one_line(draft.phone)
    if phone:
        try:
            phone = normalize_phone(phone)
        except DomainError as exc:
            errors["phone"] = exc.message
    cleaned = replace(
        draft, name=name, unsur=unsur, institution=institution, position=position, sex=sex, phone=phone,
        photo_purpose=(one_line(draft.photo_purpose) or ConsentPurpose.FORUM_PHOTO.statement) if draft.consent_photo
        else "",
        publication_purpose=(one_line(draft.publication_purpose) or ConsentPurpose.ATTENDANCE_PUBLICATION.statement)
        if draft.consent_publication else "",
    )
    return cleaned, errors


def person_key(name: str, institution: str) -> str:
    """Two rows with this key are the same person: same name at the same institution."""
    return f"{_fold(name)}|{_fold(institution)}"


def name_key(name: str) -> str:
    """The folded name the type-ahead searches by prefix."""
    return _fold(name)


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    """One participant of one forum, as the store hands it out."""

    id: int
    forum_id: int
    name: str
    unsur: str
    institution: str = ""
    position: str = ""
    sex: str = ""
    phone: str = ""  # E.164, or "" (also when the reader may not see it)
    phone_masked: str = ""
    consent_photo: bool = False
    consent_publication: bool = False
    photo_purpose: str = ""
    publication_purpose: str = ""
    photo_consent_at: datetime | None = None  # UTC: when this consent was last given or withdrawn
    photo_consent_by: str = ""  # by which officer
    publication_consent_at: datetime | None = None
    publication_consent_by: str = ""
    invited: bool = True
    present: bool = False
    checked_in_at: datetime | None = None  # UTC
    walk_in: bool = False

    @property
    def unsur_label(self) -> str:
        return unsur_label(self.unsur)

    def as_draft(self) -> ParticipantDraft:
        return ParticipantDraft(
            self.name, self.unsur, self.institution, self.position, self.sex, self.phone, self.consent_photo,
            self.consent_publication, self.photo_purpose, self.publication_purpose,
        )


def sheet_phone(participant: ParticipantRecord) -> str:
    """The number as printed in the sheet's No. HP column: blank without consent to the list being shown."""
    if not participant.consent_publication or not participant.phone:
        return ""
    return format_phone(participant.phone)


class _Sortable(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def unsur(self) -> str: ...


_T = TypeVar("_T", bound=_Sortable)
SORT_BY_UNSUR, SORT_BY_NAME = "unsur", "name"


def sort_participants(items: Iterable[_T], by: str = SORT_BY_UNSUR) -> list[_T]:
    """By unsur (in the list's order) then name, or by name alone. Names compare without case or
    accents and without their titles and degrees ("Hj. Masliani" sorts under M: person_names)."""
    if by == SORT_BY_NAME:
        return sorted(items, key=lambda p: (name_sort_key(p.name), p.name))
    if by != SORT_BY_UNSUR:
        raise ValueError(f"unknown sort order {by!r}")
    return sorted(items, key=lambda p: (_UNSUR_ORDER.get(p.unsur, len(UNSUR)), name_sort_key(p.name), p.name))


def matches(participant: ParticipantRecord, text: str) -> bool:
    """Check-in search: every typed word begins a word of the name or the institution."""
    words = _fold(text).split()
    if not words:
        return True
    haystack = _fold(f"{participant.name} {participant.institution}").split()
    return all(any(h.startswith(w) for h in haystack) for w in words)


# --- import rows -----------------------------------------------------------------------------------

# Column headings people put in a list, folded; the first matching heading wins.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "name": ("nama", "nama lengkap", "nama peserta", "name"),
    "unsur": ("unsur", "kategori", "kelompok", "unsur peserta"),
    "institution": ("instansi", "instansi lembaga", "lembaga", "asal instansi", "instansi unsur", "organisasi"),
    "position": ("jabatan", "posisi", "pekerjaan"),
    "sex": ("jenis kelamin", "l p", "jk", "sex", "kelamin"),
    "phone": ("no hp", "nomor hp", "hp", "telepon", "no telp", "no telepon", "nomor telepon", "wa", "no wa"),
    "consent_photo": ("setuju foto", "persetujuan foto", "izin foto", "foto"),
    "consent_publication": (
        "setuju publikasi", "persetujuan publikasi", "izin publikasi", "publikasi", "setuju daftar hadir",
    ),
}
REQUIRED_HEADINGS = ("name", "unsur")
_YES = frozenset({"ya", "y", "yes", "1", "true", "benar", "setuju", "x", "v"})
_NO = frozenset({"", "tidak", "t", "no", "n", "0", "false", "tdk", "-"})


@dataclass(frozen=True, slots=True)
class ImportCheck:
    """The outcome of checking a whole file: rows ready to store, and every problem found."""

    rows: tuple[tuple[int, ParticipantDraft], ...] = ()
    problems: tuple[ImportProblem, ...] = ()  # one per bad row: its messages together, the name as subject
    header_problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems and not self.header_problem


def map_headings(headings: Sequence[object]) -> tuple[dict[str, int], str]:
    """Which column holds which field; an Indonesian message when a required one is missing."""
    folded = [_fold(str(h or "")) for h in headings]
    found: dict[str, int] = {}
    for field_name, names in _HEADINGS.items():
        for i, heading in enumerate(folded):
            if heading in names and i not in found.values():
                found[field_name] = i
                break
    missing = [f for f in REQUIRED_HEADINGS if f not in found]
    if missing:
        wanted = " dan ".join(f"\"{_HEADINGS[f][0].title()}\"" for f in missing)
        return found, (
            f"Baris judul kolom tidak memuat kolom {wanted}. Baris pertama berkas harus berisi judul kolom, "
            "misalnya: Nama, Unsur, Instansi, Jabatan, Jenis Kelamin, No HP, Setuju Foto, Setuju Publikasi."
        )
    return found, ""


def _cell(row: Sequence[object], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return cell_text(row[index])  # a phone typed as a number in Excel arrives as 81234567890


def parse_yes_no(text: str, label: str) -> bool:
    key = _fold(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise DomainError(N_("{label} harus \"ya\" atau \"tidak\"."), label=label)


def _phone_cell(text: str) -> str:
    # Excel drops the leading 0 of a number stored as a number: 81234567890 means 081234567890.
    digits = text.replace(" ", "")
    if digits.isdigit() and digits.startswith("8"):
        return "0" + digits
    return text


def check_import(
    headings: Sequence[object],
    rows: Iterable[tuple[int, Sequence[object]]],
    existing: Mapping[str, str] | None = None,
) -> ImportCheck:
    """Check every row of a participant list; report each bad or duplicate row with its line.

    `rows` are (line number, cells); blank rows are skipped. `existing` maps `person_key` to
    the name of people already on the forum: a row naming one of them is a duplicate too.
    Nothing is stored by this function; the caller stores the rows only when `ok`.
    """
    columns, header_problem = map_headings(headings)
    if header_problem:
        return ImportCheck(header_problem=header_problem)
    existing = existing or {}
    good: list[tuple[int, ParticipantDraft]] = []
    problems: list[ImportProblem] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        if not any(_cell(row, i) for i in range(len(row))):
            continue
        messages: list[str] = []
        consents: dict[str, bool] = {}
        for field_name, label in (("consent_photo", "Setuju foto"), ("consent_publication", "Setuju publikasi")):
            try:
                consents[field_name] = parse_yes_no(_cell(row, columns.get(field_name)), label)
            except DomainError as exc:
                messages.append(exc.message)
                consents[field_name] = False
        draft = ParticipantDraft(
            name=_cell(row, columns["name"]),
            unsur=_cell(row, columns["unsur"]),
            institution=_cell(row, columns.get("institution")),
            position=_cell(row, columns.get("position")),
            sex=_cell(row, columns.get("sex")),
            phone=_phone_cell(_cell(row, columns.get("phone"))),
            **consents,
        )
        cleaned, errors = clean_participant(draft)
        messages[:0] = list(errors.values())
        if not errors.get("name"):
            key = person_key(cleaned.name, cleaned.institution)
            if key in seen:
                messages.append(Filled(N_("Ganda: orang yang sama sudah ada di baris {row}."), row=seen[key]))
            elif key in existing:
                messages.append(N_("Ganda: sudah terdaftar sebagai peserta forum ini."))
            else:
                seen[key] = line
        if messages:
            problems.append(ImportProblem(line, joined(messages), subject=cleaned.name))
        else:
            good.append((line, cleaned))
    return ImportCheck(tuple(good), tuple(problems))


# --- forums ------------------------------------------------------------------------------------------

MAX_TITLE = 300


@dataclass(frozen=True, slots=True)
class ForumDraft:
    title: str
    starts_at: datetime  # aware
    ends_at: datetime | None = None
    topic: str = ""
    venue: str = ""
    organiser: str = ""
    moderator: str = ""
    notes: str = ""
    service_ids: tuple[int, ...] = ()  # the standards under discussion


def clean_forum(draft: ForumDraft) -> tuple[ForumDraft, dict[str, str]]:
    errors: dict[str, str] = {}
    title = " ".join(draft.title.split())
    if not title:
        errors["title"] = N_("Judul forum wajib diisi.")
    elif len(title) > MAX_TITLE:
        errors["title"] = Filled(N_("Judul terlalu panjang (maksimal {max_title} huruf)."), max_title=MAX_TITLE)
    if draft.starts_at.tzinfo is None:
        errors["starts_at"] = N_("Waktu mulai harus menyertakan zona waktu.")
    elif draft.ends_at is not None and draft.ends_at <= draft.starts_at:
        errors["ends_at"] = N_("Waktu selesai harus sesudah waktu mulai.")
    venue = " ".join(draft.venue.split())
    if not venue:
        errors["venue"] = N_("Tempat forum wajib diisi.")
    cleaned = replace(
        draft, title=title, venue=venue, topic=draft.topic.strip(), organiser=" ".join(draft.organiser.split()),
        moderator=" ".join(draft.moderator.split()), notes=draft.notes.strip(),
        service_ids=tuple(dict.fromkeys(draft.service_ids)),
    )
    return cleaned, errors


@dataclass(frozen=True, slots=True)
class ForumInfo:
    """A forum's facts as the documents and the forum page show them."""

    id: int
    title: str
    starts_at: datetime  # UTC
    ends_at: datetime | None = None
    topic: str = ""
    venue: str = ""
    organiser: str = ""
    moderator: str = ""
    notes: str = ""
    service_ids: tuple[int, ...] = ()
    standards: tuple[str, ...] = ()  # names of the services whose standards are discussed
    # Whether the forum had begun when this record was read (the store knows the clock); None when
    # not said, and the papers then compare ``starts_at`` with the moment they are printed.
    held: bool | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    time_text: str  # "09.00–09.15", free text
    text: str


@dataclass(frozen=True, slots=True)
class DiscussionPoint:
    speaker: str
    unsur: str  # an unsur code, or "" when not said
    point: str
    response: str = ""  # the provider's answer, if any

    @property
    def unsur_label(self) -> str:
        return unsur_label(self.unsur) if self.unsur else ""


@dataclass(frozen=True, slots=True)
class MinutesContent:
    """The notulen: agenda, discussion points, conclusions."""

    agenda: tuple[AgendaItem, ...] = ()
    discussion: tuple[DiscussionPoint, ...] = ()
    conclusions: tuple[str, ...] = ()
    minute_taker: str = ""  # notulis
    minute_taker_nip: str = ""  # 18 digits when the notulis is a civil servant


@dataclass(frozen=True, slots=True)
class BeritaAcaraContent:
    """The berita acara's own text: its number, opening, numbered outcomes and the public's signatory."""

    number: str = ""
    opening: str = ""
    outcomes: tuple[str, ...] = ()
    representative_name: str = ""
    representative_role: str = "Wakil Masyarakat"
    representative_institution: str = ""


def clean_minutes(content: MinutesContent) -> tuple[MinutesContent, dict[str, str]]:
    errors: dict[str, str] = {}
    agenda = tuple(
        AgendaItem(a.time_text.strip(), a.text.strip()) for a in content.agenda if a.text.strip() or a.time_text.strip()
    )
    if any(not a.text for a in agenda):
        errors["agenda"] = N_("Setiap acara harus punya uraian.")
    discussion = tuple(
        DiscussionPoint(" ".join(d.speaker.split()), d.unsur, d.point.strip(), d.response.strip())
        for d in content.discussion
        if d.speaker.strip() or d.point.strip()
    )
    for i, d in enumerate(discussion, 1):
        if not d.point:
            errors["discussion"] = Filled(N_("Pokok bahasan nomor {i} belum diisi."), i=i)
        elif not d.speaker:
            errors["discussion"] = Filled(N_("Pembicara pada pokok bahasan nomor {i} belum diisi."), i=i)
        elif d.unsur and d.unsur not in UNSUR_LABELS:
            errors["discussion"] = Filled(N_("Unsur pada pokok bahasan nomor {i} tidak dikenal."), i=i)
    conclusions = tuple(c.strip() for c in content.conclusions if c.strip())
    if problem := nip_problem(content.minute_taker_nip):
        errors["minute_taker_nip"] = problem
    return MinutesContent(agenda, discussion, conclusions, " ".join(content.minute_taker.split()),
                          nip_digits(content.minute_taker_nip)), errors


def clean_berita_acara(content: BeritaAcaraContent) -> tuple[BeritaAcaraContent, dict[str, str]]:
    errors: dict[str, str] = {}
    outcomes = tuple(o.strip() for o in content.outcomes if o.strip())
    if len(content.number) > 120:
        errors["number"] = N_("Nomor berita acara terlalu panjang.")
    cleaned = replace(
        content, number=content.number.strip(), opening=content.opening.strip(), outcomes=outcomes,
        representative_name=" ".join(content.representative_name.split()),
        representative_role=" ".join(content.representative_role.split()) or "Wakil Masyarakat",
        representative_institution=" ".join(content.representative_institution.split()),
    )
    return cleaned, errors


# --- berita acara wording ---------------------------------------------------------------------------

_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
         "sebelas")


def spell_number(n: int) -> str:
    """Indonesian words for 0 <= n < 1,000,000: 29 → "dua puluh sembilan", 2025 → "dua ribu dua puluh lima"."""
    if not 0 <= n < 1_000_000:
        raise ValueError(f"cannot spell {n}")
    if n < 12:
        return _ONES[n]
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh" + (f" {_ONES[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
        return head + (f" {spell_number(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "seribu" if thousands == 1 else f"{spell_number(thousands)} ribu"
    return head + (f" {spell_number(rest)}" if rest else "")


def berita_acara_opening(forum: ForumInfo, local_date: date, day_name: str, month_name: str) -> str:
    """The customary first sentence, the date in words: "Pada hari ini Rabu tanggal dua puluh sembilan ..."."""
    topic = forum.topic.strip().rstrip(".")
    # Inside the sentence the topic starts in lower case, unless it opens with a name or an
    # acronym ("Pembahasan rancangan …" → "pembahasan rancangan …"; "SKM 2026" stays).
    if topic and not (len(topic) > 1 and topic[1].isupper()):
        topic = topic[0].lower() + topic[1:]
    topic = f" dengan topik {topic}" if topic else ""
    return (
        f"Pada hari ini {day_name} tanggal {spell_number(local_date.day)} bulan {month_name} tahun "
        f"{spell_number(local_date.year)}, bertempat di {forum.venue}, telah dilaksanakan {forum.title}{topic}. "
        "Forum dihadiri oleh penyelenggara pelayanan, wakil masyarakat dan pemangku kepentingan."
    )


# --- is a forum paper final? --------------------------------------------------------------------


def forum_held(forum: ForumInfo, now: datetime) -> bool:
    """Whether the forum has begun at ``now`` (aware): the record's word when it gives one."""
    if forum.held is not None:
        return forum.held
    return forum.starts_at.replace(tzinfo=forum.starts_at.tzinfo or UTC) <= now


def forum_paper_gaps(forum: ForumInfo, present: int, now: datetime) -> tuple[str, ...]:
    """Why a berita acara, notulen or recap of ``forum`` printed at ``now`` can only be a draft
    (KONSEP): the forum has not taken place yet, or nobody's attendance has been recorded."""
    gaps: list[str] = []
    if not forum_held(forum, now):
        gaps.append("Forum belum dilaksanakan.")
    if present <= 0:
        gaps.append("Kehadiran peserta belum dicatat.")
    return tuple(gaps)


# --- recap -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecapLine:
    key: str
    label: str
    invited: int = 0
    invited_present: int = 0
    walk_ins: int = 0

    @property
    def present(self) -> int:
        return self.invited_present + self.walk_ins


@dataclass(frozen=True, slots=True)
class ForumRecap:
    by_unsur: tuple[RecapLine, ...] = ()
    by_sex: tuple[RecapLine, ...] = ()
    total: RecapLine = field(default_factory=lambda: RecapLine("total", N_("Jumlah")))


def recap(participants: Iterable[ParticipantRecord]) -> ForumRecap:
    """Invited against present, by unsur (every unsur listed) and by sex."""
    people = list(participants)

    def line(key: str, label: str, group: list[ParticipantRecord]) -> RecapLine:
        return RecapLine(
            key, label,
            invited=sum(1 for p in group if p.invited),
            invited_present=sum(1 for p in group if p.invited and p.present),
            walk_ins=sum(1 for p in group if not p.invited and p.present),
        )

    by_unsur = [line(u.code, u.label, [p for p in people if p.unsur == u.code]) for u in UNSUR]
    unknown = [p for p in people if p.unsur not in UNSUR_LABELS]
    if unknown:
        by_unsur.append(line("lainnya", "Lainnya", unknown))
    by_sex = [line(code, label, [p for p in people if p.sex == code]) for code, label in SEX_LABELS.items()]
    unset = [p for p in people if p.sex not in SEX_LABELS]
    if unset:
        by_sex.append(line("", "Tidak diisi", unset))
    return ForumRecap(tuple(by_unsur), tuple(by_sex), line("total", "Jumlah", people))
