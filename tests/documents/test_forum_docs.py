"""Berita acara, notulen and the attendance recap, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from desk.documents.berita_acara import render_berita_acara
from desk.documents.forum_recap import render_forum_recap
from desk.documents.notulen import render_notulen
from desk.domain.forum_rules import (
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    MinutesContent,
    ParticipantRecord,
    recap,
)
from tests.documents.test_attendance import FORUM, OFFICE

OFFICE_HEAD = replace(OFFICE, head_name="H. Ahmad Rizani, S.E., M.M.", head_nip="197001011990031001",
                      head_title="Kepala Dinas")
PEOPLE = [
    ParticipantRecord(1, 1, "Ahmad Fauzi", "akademisi", sex="L", invited=True, present=True),
    ParticipantRecord(2, 1, "Noor Aisyah", "media", sex="P", invited=True, present=False),
    ParticipantRecord(3, 1, "Hairul Anwar", "tokoh", sex="L", invited=False, present=True, walk_in=True),
    ParticipantRecord(4, 1, "Siti Aminah", "masyarakat", sex="P", invited=True, present=True),
    ParticipantRecord(5, 1, "Rahmadi", "masyarakat", sex="L", invited=True, present=True),
]
RECAP = recap(PEOPLE)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_berita_acara_has_facts_counts_numbered_outcomes_and_both_signatures() -> None:
    forum = replace(FORUM, standards=("Penerbitan Kartu AK/I", "Pelatihan BLK"), moderator="Dr. Rina Kartika")
    content = BeritaAcaraContent(
        number="01/BA-FKP/DKUKMTK/X/2025",
        outcomes=("Waktu penerbitan kartu AK/I menjadi satu hari kerja.", "Surat pengantar desa tidak diminta lagi."),
        representative_name="Hairul Anwar", representative_institution="Tokoh Masyarakat Desa Lok Batu",
    )
    text = text_of(render_berita_acara(OFFICE_HEAD, forum, content, RECAP, paper="F4"))
    assert "BERITA ACARA" in text and "Nomor: 01/BA-FKP/DKUKMTK/X/2025" in text
    assert "Pada hari ini Rabu tanggal dua puluh sembilan bulan Oktober tahun dua ribu dua puluh lima" in text
    assert FORUM.venue in text and "Dr. Rina Kartika" in text
    assert "1. Penerbitan Kartu AK/I" in text and "2. Pelatihan BLK" in text
    assert "sebanyak 4 orang" in text
    # Counts by unsur: Masyarakat 2 invited, 2 present; Media 1 invited, 0 present; Tokoh a walk-in.
    assert "Masyarakat / Pengguna Layanan 2 2 0 2 100,0%" in text
    assert "Media Massa 1 0 0 0 0,0%" in text
    assert "Tokoh Masyarakat 0 0 1 1 –" in text
    assert "Jumlah 4 3 1 4 75,0%" in text
    assert "1. Waktu penerbitan kartu AK/I menjadi satu hari kerja." in text
    assert "2. Surat pengantar desa tidak diminta lagi." in text
    assert "Wakil Masyarakat" in text and "Hairul Anwar" in text and "Tokoh Masyarakat Desa Lok Batu" in text
    assert "KEPALA DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA," in text
    assert "H. Ahmad Rizani, S.E., M.M." in text and "NIP 19700101 199003 1 001" in text
    assert "Batumandi, 29 Oktober 2025" in text


def test_berita_acara_uses_the_offices_own_opening_when_given() -> None:
    content = BeritaAcaraContent(opening="Pada hari Rabu telah dilaksanakan forum di Aula.")
    text = text_of(render_berita_acara(OFFICE, FORUM, content, RECAP))
    assert "Pada hari Rabu telah dilaksanakan forum di Aula." in text and "dua puluh sembilan" not in text
    assert "(belum diisi)" in text  # no outcomes yet: said so, not left blank


def test_notulen_lists_agenda_discussion_with_speaker_and_unsur_and_conclusions() -> None:
    minutes = MinutesContent(
        agenda=(AgendaItem("09.00–09.15", "Pembukaan oleh Kepala Dinas"), AgendaItem("09.15–10.00", "Paparan")),
        discussion=(DiscussionPoint("Ahmad Fauzi", "akademisi", "Waktu AK/I dipercepat.", "Disetujui."),
                    DiscussionPoint("Noor Aisyah", "media", "Jadwal BLK diumumkan.")),
        conclusions=("AK/I selesai hari itu juga.", "Jadwal BLK diumumkan sebulan sebelumnya."),
        minute_taker="Rusmini Jaya",
    )
    forum = replace(FORUM, moderator="Dr. Rina Kartika")
    text = text_of(render_notulen(OFFICE, forum, minutes, RECAP, paper="A4"))
    assert "NOTULEN" in text and "Rabu, 29 Oktober 2025" in text
    assert "1. 09.00–09.15 Pembukaan oleh Kepala Dinas" in text and "2. 09.15–10.00 Paparan" in text
    assert "Ahmad Fauzi Akademisi / Praktisi Waktu AK/I dipercepat. Disetujui." in text
    assert "Noor Aisyah Media Massa Jadwal BLK diumumkan." in text
    assert "1. AK/I selesai hari itu juga." in text and "2. Jadwal BLK diumumkan sebulan sebelumnya." in text
    assert "Notulis" in text and "Rusmini Jaya" in text and "Dr. Rina Kartika" in text
    assert "4 orang" in text


def test_recap_counts_invited_and_present_by_unsur_and_by_sex() -> None:
    pdf = render_forum_recap(OFFICE, FORUM, RECAP, paper="A4")
    text = text_of(pdf)
    assert "REKAPITULASI KEHADIRAN" in text
    assert "Jumlah hadir : 4 orang: 3 dari 4 undangan (75,0%) dan 1 tanpa undangan" in text
    assert "Laki-laki 2 2 1 3 100,0%" in text
    assert "Perempuan 2 1 0 1 50,0%" in text
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (595.3, 841.9)
