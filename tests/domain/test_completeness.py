"""Optional requirements, and whether a receipt may promise a date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desk.domain.completeness import completeness, counts_from_complete_file, is_optional, promise
from desk.domain.records import StandardRecord
from desk.paths import seed_dir


@pytest.mark.parametrize("text", [
    "Surat keterangan pengalaman kerja (jika ada)", "NPWP (bila ada)", "NIB (apabila ada)", "Identitas usaha (NIB jika ada)",
    "Sertifikat kompetensi (apabila dipersyaratkan jabatan)", "Akun SIAPkerja (dibantu petugas bila belum ada)",
    "Kartu AK/I (diterbitkan sekaligus apabila belum memiliki)", "Surat rekomendasi (opsional)",
    "Pas foto (tidak wajib)", "Surat izin kalau ada", "Dokumen lain bila perlu",
])
def test_optional_and_conditional_items(text: str) -> None:
    assert is_optional(text)


@pytest.mark.parametrize("text", [
    "KTP-el asli dan fotokopi", "Nomor HP aktif dan alamat e-mail untuk akun SIAPkerja",
    "Fotokopi KTP-el pemohon dan surat kuasa apabila dikuasakan",  # the KTP is always needed
    "Daftar Adalah", "Surat keterangan ada usaha dari desa",
])
def test_mandatory_items(text: str) -> None:
    assert not is_optional(text)


def test_optional_items_left_out_do_not_make_a_file_incomplete() -> None:
    lines = [("KTP-el", True), ("Ijazah", False), ("Sertifikat (jika ada)", False), ("NPWP (bila ada)", True)]
    state = completeness(lines)
    assert (state.mandatory, state.missing, state.optional_missing, state.complete) == (2, 1, 1, False)
    assert completeness([("KTP-el", True), ("Sertifikat (jika ada)", False)]).complete


def _standard(notes: str, steps: tuple[str, ...] = ()) -> StandardRecord:
    return StandardRecord(1, 1, 1, date(2025, 10, 29), "", None, False, 3, None, 0, "Surat", (), steps, (), (),
                          notes=notes)


def test_the_seeded_standards_that_count_from_a_complete_file() -> None:
    services = json.loads((seed_dir() / "services.json").read_text(encoding="utf-8"))
    counting = {s["code"] for s in services if counts_from_complete_file(_standard(s["standard"]["notes"],
                                                                                tuple(s["standard"]["steps"])))}
    assert counting == {"P1", "P3", "P5", "P6", "U3", "K5"}


def test_no_firm_date_while_mandatory_documents_are_missing_where_the_standard_says_so() -> None:
    due = date(2026, 12, 8)
    counting = _standard("Jangka waktu 3 hari kerja dihitung sejak berkas dinyatakan lengkap.")
    missing = completeness([("KTP-el", False), ("Paspor", False), ("Sertifikat (jika ada)", False)])
    held = promise(counting, due, missing)
    assert held.due is None
    assert held.text == ("Belum dapat ditentukan: jangka waktu dihitung sejak berkas lengkap "
                         "(2 persyaratan wajib belum ada).")
    assert promise(counting, due, completeness([("KTP-el", True), ("Sertifikat (jika ada)", False)])).due == due
    other = _standard("Mediasi diselesaikan paling lama 30 hari kerja sejak mediator menerima pelimpahan perkara.")
    assert promise(other, due, missing).due == due  # this standard counts from another moment
