"""Consent under UU 27/2022: the purposes a person may agree to, one vocabulary for every area.

A visitor at the counter and a participant of a public consultation forum are asked about the
same purposes; the codes are what the database stores ("whatsapp", "forum_photo",
"attendance_publication"), the labels and the stated purposes are data here.
"""

from __future__ import annotations

from enum import StrEnum

from desk.domain.messages import N_


class ConsentPurpose(StrEnum):
    WHATSAPP = "whatsapp"  # contacted by WhatsApp/SMS
    FORUM_PHOTO = "forum_photo"  # photographed at a forum, the photos used for its records
    ATTENDANCE_PUBLICATION = "attendance_publication"  # named in a published attendance list

    @property
    def label(self) -> str:
        return CONSENT_LABELS[self]

    @property
    def statement(self) -> str:
        return PURPOSE_STATEMENTS[self]


# Short names, for lists and history ("Dihubungi melalui WhatsApp/SMS").
CONSENT_LABELS: dict[ConsentPurpose, str] = {
    ConsentPurpose.WHATSAPP: N_("Dihubungi melalui WhatsApp/SMS"),
    ConsentPurpose.FORUM_PHOTO: N_("Difoto dalam Forum Konsultasi Publik"),
    ConsentPurpose.ATTENDANCE_PUBLICATION: N_("Nama dalam daftar hadir yang dipublikasikan"),
}

# The purpose as stated to the person when asked (Pasal 22: consent is given for a stated purpose).
PURPOSE_STATEMENTS: dict[ConsentPurpose, str] = {
    ConsentPurpose.WHATSAPP: N_("Dihubungi melalui WhatsApp/SMS (pemberitahuan hasil, undangan FKP)."),
    ConsentPurpose.FORUM_PHOTO: N_("Difoto selama forum; foto dipakai untuk dokumentasi dan laporan kegiatan FKP."),
    ConsentPurpose.ATTENDANCE_PUBLICATION: N_(
        "Nama, instansi dan nomor HP dicantumkan pada daftar hadir yang diedarkan di forum; daftar hadir "
        "dipublikasikan sebagai bukti dukung FKP tanpa nomor HP."
    ),
}


def purpose_of(code: str) -> ConsentPurpose | None:
    """The purpose a stored code names, or None for a code this Desk does not know."""
    try:
        return ConsentPurpose(code)
    except ValueError:
        return None


def label_of(code: str) -> str:
    purpose = purpose_of(code)
    return purpose.label if purpose is not None else code
