"""Is the office profile ready for official papers? And what the papers derive from it.

A new installation starts from seed values, some of which are stand-ins ("(0526) XXXXXXX",
"NAMA KEPALA DINAS", "188.4/___/DKUKMTK/2025", no logo). Nothing signed may leave the office
with such a value on it, so :func:`office_gaps` lists every field that is still empty or a
stand-in, with the label the profile screen uses; documents print a "KONSEP" mark while the
list is not empty, and the set-up screen, `desk check` and `desk office show` name the fields.

What counts as a stand-in (:func:`is_placeholder`): a run of three or more X's ("XXXXXXX",
"19XXXXXX"), of underscores ("___") or of dots or ellipses ("……", "...."), square or angle
brackets around a hint ("[nama]", "<NIP>"), and the seed's own capitalised hints ("NAMA KEPALA
DINAS", "NAMA PEJABAT", "ISI …"). A NIP must also be a valid NIP (desk.domain.nip).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desk.domain.messages import N_
from desk.domain.nip import nip_problem
from desk.domain.records import OfficeProfile, StandardRecord

# The profile screen's labels (Indonesian), for every field a paper prints.
FIELD_LABELS: dict[str, str] = {
    "government_name": N_("Nama pemerintah daerah"),
    "office_name": N_("Nama kantor"),
    "short_name": N_("Singkatan kantor"),
    "address": N_("Alamat"),
    "village": N_("Desa/kelurahan"),
    "district": N_("Kecamatan"),
    "regency": N_("Kabupaten/kota"),
    "province": N_("Provinsi"),
    "postal_code": N_("Kode pos"),
    "phone": N_("Telepon"),
    "email": N_("Pos-el"),
    "website": N_("Laman"),
    "head_name": N_("Nama kepala kantor"),
    "head_nip": N_("NIP kepala kantor"),
    "head_title": N_("Jabatan kepala kantor"),
    "head_rank": N_("Pangkat/golongan kepala kantor"),
    "head_position": N_("Jabatan lengkap kepala kantor"),
    "service_pic_name": N_("Penanggung jawab pelayanan"),
    "service_pic_title": N_("Jabatan penanggung jawab"),
    "service_pic_nip": N_("NIP penanggung jawab pelayanan"),
    "place_name": N_("Tempat pada baris tanggal"),
    "forum_venue": N_("Tempat forum konsultasi"),
    "privacy_notice": N_("Pemberitahuan pelindungan data"),
    "dpo_contact": N_("Kontak pelindungan data"),
    "maklumat_text": N_("Teks maklumat pelayanan"),
    "logo": N_("Logo (lambang daerah)"),
    "standards_decree_number": N_("Nomor keputusan penetapan standar pelayanan"),
    "standards_decree_date": N_("Tanggal keputusan penetapan standar pelayanan"),
    "maklumat_date": N_("Tanggal penandatanganan maklumat"),
}

# Printed on every official paper (kop, signature, the decree the standards cite): empty is a gap.
REQUIRED_FOR_PAPERS: tuple[str, ...] = (
    "government_name", "office_name", "address", "district", "regency", "phone",
    "head_name", "head_nip", "head_title", "head_rank", "place_name", "logo",
    "standards_decree_number", "standards_decree_date",
)
# Printed when filled; a stand-in left in one of these is a gap too.
CHECKED_WHEN_FILLED: tuple[str, ...] = (
    "short_name", "village", "province", "postal_code", "email", "website", "head_position",
    "service_pic_name", "service_pic_title", "service_pic_nip", "forum_venue", "privacy_notice",
    "dpo_contact", "maklumat_text",
)
NIP_FIELDS = ("head_nip", "service_pic_nip")

EMPTY = N_("belum diisi")
STAND_IN = N_("masih isian contoh")

_PLACEHOLDER = re.compile(
    r"[xX]{3,}"  # (0526) XXXXXXX, 19XXXXXX
    r"|_{3,}"  # 188.4/___/DKUKMTK/2025
    r"|\.{4,}|…"  # ……, ....
    r"|\[[^\]]*\]|<[^>]*>"  # [nama], <NIP>
    r"|\bNAMA (?:KEPALA|PEJABAT|PETUGAS|KANTOR|DINAS)\b|\bISI(?:KAN)? [A-Z]"
)


def is_placeholder(text: str) -> bool:
    """True when ``text`` holds a stand-in rather than the real value (see the module's list)."""
    return bool(_PLACEHOLDER.search(text or ""))


@dataclass(frozen=True, slots=True)
class OfficeGap:
    """One profile field not ready for official papers."""

    field: str
    label: str
    problem: str  # "belum diisi", "masih isian contoh", or what is wrong with a NIP

    @property
    def text(self) -> str:
        return f"{self.label}: {self.problem}"


def _gap(name: str, problem: str) -> OfficeGap:
    return OfficeGap(name, FIELD_LABELS[name], problem)


def office_gaps(office: OfficeProfile) -> tuple[OfficeGap, ...]:
    """Every field of ``office`` that an official paper cannot carry yet, in the screen's order."""
    gaps: list[OfficeGap] = []
    for name in FIELD_LABELS:
        value = getattr(office, name)
        required = name in REQUIRED_FOR_PAPERS
        if name == "logo":
            if not value:
                gaps.append(_gap(name, N_("belum dipasang")))
            continue
        if isinstance(value, date) or (value is None and name.endswith("_date")):
            if value is None and required:
                gaps.append(_gap(name, EMPTY))
            continue
        text = str(value or "").strip()
        if not text:
            if required:
                gaps.append(_gap(name, EMPTY))
            continue
        if name not in REQUIRED_FOR_PAPERS and name not in CHECKED_WHEN_FILLED:
            continue
        if is_placeholder(text):
            gaps.append(_gap(name, STAND_IN))
        elif name in NIP_FIELDS and (problem := nip_problem(text)):
            gaps.append(_gap(name, problem))
    return tuple(gaps)


def gaps_summary(gaps: tuple[OfficeGap, ...]) -> str:
    """One sentence for a warning line: "Profil kantor belum lengkap: Telepon, NIP kepala kantor."."""
    if not gaps:
        return ""
    return "Profil kantor belum lengkap untuk cetak resmi: " + ", ".join(g.label for g in gaps) + "."


DECREE_MISSING = "Nomor dan tanggal keputusan kepala dinas yang menetapkan standar pelayanan belum diisi."


def paper_draft_reasons(office: OfficeProfile, standards: Sequence[StandardRecord] = ()) -> list[str]:
    """Why a paper for ``office`` that cites ``standards`` must print "KONSEP", in the words the
    preview and `desk print` say before it is printed: the profile's gaps, then a decree not known."""
    gaps = office_gaps(office)
    reasons = [gaps_summary(gaps)] if gaps else []
    named = {gap.field for gap in gaps}  # said once: the profile's summary already names these
    if (any(not standard_decree(standard, office).complete for standard in standards)
            and not named & {"standards_decree_number", "standards_decree_date"}):
        reasons.append(DECREE_MISSING)
    return reasons


# --- what the papers derive from the profile -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Decree:
    """The Keputusan that set a standard: its number and date ("" / None when not known yet)."""

    number: str
    issued: date | None

    @property
    def complete(self) -> bool:
        return bool(self.number) and self.issued is not None and not is_placeholder(self.number)


def standard_decree(standard: StandardRecord, office: OfficeProfile) -> Decree:
    """The decree a printed standard cites: the version's own SK when it has a real one (dated on
    the day it took effect), else the office's decree that set all its standards."""
    own = standard.sk_number.strip()
    if own and not is_placeholder(own):
        return Decree(own, standard.effective_date)
    number = office.standards_decree_number.strip()
    if number:
        return Decree(number, office.standards_decree_date)
    return Decree(own, office.standards_decree_date)


def head_position_lines(office: OfficeProfile) -> tuple[str, ...]:
    """The full jabatan above the head's signature, in capitals as tata naskah dinas writes it:
    "KEPALA DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA KABUPATEN BALANGAN".

    The profile's own wording when given (one line per line typed); otherwise the short title
    joined to the office's name (without repeating "Dinas") and the regency.
    """
    own = [line.strip() for line in office.head_position.splitlines() if line.strip()]
    if own:
        return tuple(own)
    title = " ".join((office.head_title or "Kepala Dinas").split()).upper()
    name = " ".join(office.office_name.split()).upper()
    last = title.rsplit(" ", 1)[-1]
    if name.startswith(last + " "):
        text = f"{title.rsplit(' ', 1)[0]} {name}" if " " in title else name
    elif name:
        text = f"{title} {name}"
    else:
        text = title
    regency = " ".join(office.regency.split()).upper()
    if regency and regency not in text:
        text = f"{text} {regency}"
    return (text,)
