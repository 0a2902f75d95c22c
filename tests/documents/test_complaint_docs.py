"""The tanda terima pengaduan and the jawaban, read back from the PDF as the complainant reads them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk.documents.complaint_receipt import render_complaint_receipt
from desk.documents.complaint_reply import render_complaint_reply
from desk.domain.complaint_records import (
    AttachmentInfo,
    ComplaintEvent,
    ComplaintReceiptData,
    ComplaintRecord,
    ComplaintReplyData,
)
from desk.domain.complaints import DueDates
from tests.documents.conftest import PHONE_MASKED, make_office
from tests.documents.pdfcheck import (
    chars_outside_page,
    fonts,
    overlapping_chars,
    page_sizes,
    page_texts,
    qpdf_problems,
    reads_in_order,
    text,
)

RECEIVED = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # Senin, 2 November 2026 pukul 09.00 WITA
TZ = "Asia/Makassar"
ANSWER = ("Kartu AK/I Saudara telah selesai dicetak dan dapat diambil di loket Bidang Penempatan pada hari kerja.\n"
          "Keterlambatan terjadi karena gangguan pada printer kartu; kami mohon maaf.")


def complaint(**changes: object) -> ComplaintRecord:
    record = ComplaintRecord(
        id=5, number="0007/PGD/DKUKMTK/XI/2026", kind="pengaduan", channel="lapor", lapor_id="4412087",
        received_at=RECEIVED, received_on=date(2026, 11, 2), received_by="Rahmat Hidayat", anonymous=False,
        name="Siti Rahmah", phone_masked=PHONE_MASKED, email_masked="s**********@contoh.id",
        address="Jl. Mampari RT 02, Desa Mampari, Kecamatan Batumandi", contact_consent=True, identity_shown=True,
        subject="Kartu AK/I belum selesai", description="Saya mendaftar dua minggu lalu.\nKartu belum dapat diambil.",
        unit_id=1, unit_name="Penempatan", service_id=3, service_name="Penerbitan Kartu Pencari Kerja (AK/I)",
        request_id=9, request_number="0042/PNP/DKUKMTK/X/2026", status="diterima",
        due=DueDates(date(2026, 11, 5), date(2026, 11, 12), date(2026, 11, 26)), next_due=date(2026, 11, 5),
        overdue=False, responded_on=None, closed_on=None, answer="", reason="", anonymised=False,
        events=(ComplaintEvent(RECEIVED, "Rahmat Hidayat", None, "diterima"),),
        attachments=(AttachmentInfo(1, "surat.pdf", "application/pdf", 1200, RECEIVED, "Rahmat Hidayat"),),
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def office() -> object:
    return make_office(head_name="H. Ahmad Yani, S.Sos., M.AP", head_nip="19700512 199503 1 004",
                       head_title="Kepala Dinas")


def receipt(**changes: object) -> ComplaintReceiptData:
    return ComplaintReceiptData(office(), complaint(**changes), TZ, "Rahmat Hidayat",  # type: ignore[arg-type]
                                "198805122010011003")


def reply(**changes: object) -> ComplaintReplyData:
    closed = {"status": "selesai", "answer": ANSWER, "closed_on": date(2026, 11, 9), **changes}
    return ComplaintReplyData(office(), complaint(**closed), date(2026, 11, 9), TZ)  # type: ignore[arg-type]


def well_formed(pdf: bytes, tmp_path: Path) -> None:
    assert qpdf_problems(pdf, tmp_path) == ""
    assert all(f["emb"] == "yes" for f in fonts(pdf, tmp_path))
    assert chars_outside_page(pdf) == [] and overlapping_chars(pdf) == []


def test_the_receipt_gives_the_number_the_answer_date_and_the_channel_with_the_contact_masked(tmp_path: Path) -> None:
    pdf = render_complaint_receipt(receipt(), "A4", deterministic=True)
    well_formed(pdf, tmp_path)
    assert len(page_texts(pdf)) == 1
    words = text(pdf)
    for phrase in ("TANDA TERIMA PENGADUAN", "0007/PGD/DKUKMTK/XI/2026", "Senin, 2 November 2026 pukul 09.00 WITA",
                   "Tanggapan paling lambat Kamis, 12 November 2026 (12-11-2026)",
                   "Penyelesaian paling lambat Kamis, 26 November 2026", "SP4N-LAPOR! (Tracking ID 4412087)",
                   "Kartu AK/I belum selesai", "0042/PNP/DKUKMTK/X/2026", "1 berkas", "Petugas Penerima",
                   "Rahmat Hidayat", "NIP 19880512 201001 1 003", "Batumandi, 2 November 2026"):
        assert reads_in_order(words, phrase), phrase
    assert "Siti Rahmah" in words and PHONE_MASKED in words
    assert "6281234567890" not in words and "081234567890" not in words and "siti.rahmah@" not in words
    assert "Jl. Mampari" not in words  # the address stays off the receipt


def test_a_walk_in_complainant_signs_beside_the_officer_and_an_anonymous_one_is_never_named(tmp_path: Path) -> None:
    walk_in = text(render_complaint_receipt(receipt(channel="datang_langsung", lapor_id=""), "A4"))
    assert reads_in_order(walk_in, "Pelapor, Petugas Penerima,")
    anonymous = render_complaint_receipt(
        receipt(anonymous=True, name="Anonim", phone_masked="", email_masked="", address="", channel="kotak_saran",
                lapor_id=""), "A5")
    well_formed(anonymous, tmp_path)
    words = text(anonymous)
    assert "Anonim (identitas pelapor tidak dicatat)" in words and "Siti" not in words
    assert "Pelapor," not in words
    assert page_sizes(anonymous) == [pytest.approx((419.53, 595.28), abs=0.5)]


def test_a_long_complaint_text_is_cut_on_the_receipt_and_the_register_keeps_it(tmp_path: Path) -> None:
    long = "Pelayanan di loket sangat lambat dan petugas tidak ada di tempat. " * 60
    pdf = render_complaint_receipt(receipt(description=long), "A4")
    well_formed(pdf, tmp_path)
    assert "selengkapnya tercatat pada register pengaduan" in text(pdf)
    assert len(page_texts(pdf)) <= 2


def test_a_reprint_is_marked_as_a_copy() -> None:
    pdf = render_complaint_receipt(replace(receipt(), copy_no=2), "A4")
    assert "SALINAN ke-2" in text(pdf)


def test_the_reply_letter_is_on_the_kop_names_the_complaint_gives_the_answer_and_is_signed_by_the_head(
        tmp_path: Path) -> None:
    pdf = render_complaint_reply(reply(), "A4", deterministic=True)
    well_formed(pdf, tmp_path)
    words = text(pdf)
    for phrase in ("PEMERINTAH KABUPATEN BALANGAN", "Batumandi, 9 November 2026",
                   "Hal : Jawaban atas pengaduan Nomor 0007/PGD/DKUKMTK/XI/2026", "Yth. Sdr. Siti Rahmah",
                   "di Jl. Mampari RT 02", "Menindaklanjuti pengaduan Saudara yang kami terima pada tanggal 2 November "
                   "2026 melalui SP4N-LAPOR! dengan Tracking ID 4412087",
                   "Kartu AK/I Saudara telah selesai dicetak", "Keterlambatan terjadi karena gangguan",
                   "Demikian kami sampaikan", "KEPALA DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA",
                   "H. Ahmad Yani, S.Sos., M.AP",
                   "NIP 19700512 199503 1 004"):
        assert reads_in_order(words, phrase), phrase
    assert words.index("Demikian") < words.index("NIP")


def test_a_rejection_and_a_matter_for_another_office_say_why(tmp_path: Path) -> None:
    rejected = text(render_complaint_reply(reply(status="ditolak", answer="", reason="Isi tidak dapat diverifikasi."),
                                           "F4"))
    assert reads_in_order(rejected, "tidak dapat kami tindak lanjuti dengan alasan sebagai berikut.")
    assert "Isi tidak dapat diverifikasi." in rejected
    declined = render_complaint_reply(
        reply(status="bukan_kewenangan", answer="", reason="Izin usaha diterbitkan oleh DPMPTSP."), "A4")
    well_formed(declined, tmp_path)
    assert reads_in_order(text(declined), "bukan merupakan kewenangan DINAS KOPERASI")
    anonymous = text(render_complaint_reply(reply(anonymous=True, name="Anonim", address=""), "A4"))
    assert reads_in_order(anonymous, "Yth. Pelapor Pengaduan Nomor 0007/PGD/DKUKMTK/XI/2026 melalui SP4N-LAPOR!")
    assert "Sdr." not in anonymous and "di tempat" not in anonymous


def test_papers_a_document_is_not_made_for_are_refused() -> None:
    with pytest.raises(ValueError, match="A4, F4 atau A5"):
        render_complaint_receipt(receipt(), "80mm")
    with pytest.raises(ValueError, match="A4 atau F4"):
        render_complaint_reply(reply(), "A5")
