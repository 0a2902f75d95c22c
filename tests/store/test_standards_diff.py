"""Comparing two versions component by component, and the rules every version must meet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk.domain.errors import DomainError
from desk.domain.standard_diff import changed_components, diff_lines, diff_standards
from desk.domain.standard_rules import (
    COMPONENTS,
    StandardDraft,
    clean_standard,
    parse_date,
    parse_days,
    parse_fee,
    split_lines,
)

BASE = StandardDraft(
    effective_date=date(2025, 10, 29),
    sk_number="188.4/123/DKUKMTK/2025",
    same_day=True,
    duration_minutes=15,
    fee=0,
    product="Kartu AK/I",
    requirements=("KTP-el asli dan fotokopi 1 lembar", "Ijazah terakhir", "Pas foto 3×4 sebanyak 2 lembar"),
    steps=("Pemohon menyerahkan berkas", "Petugas memeriksa berkas", "Kartu diserahkan"),
    complaints=("Kotak saran", "SP4N-LAPOR!"),
    legal_basis=("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",),
    facilities="Ruang tunggu; komputer dan printer; kursi prioritas",
    competence="Memahami ketentuan penempatan tenaga kerja",
    supervision="Kepala Bidang",
    staff_count="3 orang",
    service_assurance="Maklumat pelayanan",
    safety_assurance="Data pribadi dijaga",
    performance_evaluation="Setiap 3 bulan",
)


def test_added_removed_and_changed_lines_per_component() -> None:
    new = replace(
        BASE,
        requirements=("KTP-el asli dan fotokopi 2 lembar", "Pas foto 3×4 sebanyak 2 lembar", "Surat pengantar desa"),
        same_day=False, duration_days=3, duration_minutes=None, fee=15_000,
        facilities="Ruang tunggu; komputer dan printer; kursi prioritas; ramp untuk kursi roda",
    )
    diffs = diff_standards(BASE, new)
    assert [d.number for d in diffs] == [*range(1, 15), 15]  # all 14 components and the notes, in order
    by_key = {d.key: d for d in diffs}
    requirements = [(line.kind, line.old, line.new) for line in by_key["requirements"].lines]
    assert requirements == [
        ("changed", "KTP-el asli dan fotokopi 1 lembar", "KTP-el asli dan fotokopi 2 lembar"),
        ("removed", "Ijazah terakhir", ""),
        ("same", "Pas foto 3×4 sebanyak 2 lembar", "Pas foto 3×4 sebanyak 2 lembar"),
        ("added", "", "Surat pengantar desa"),
    ]
    assert [(line.kind, line.old, line.new) for line in by_key["duration"].lines] == [
        ("changed", "Hari yang sama (± 15 menit)", "3 hari kerja")]
    assert [(line.kind, line.new) for line in by_key["fee"].lines] == [("changed", "Rp15.000")]
    # A text component is compared clause by clause: one clause was added, the others stay.
    assert [line.kind for line in by_key["facilities"].lines] == ["same", "same", "same", "added"]
    assert [d.key for d in changed_components(diffs)] == ["requirements", "duration", "fee", "facilities"]


def test_unlike_lines_are_removed_and_added_not_paired() -> None:
    lines = diff_lines(["KTP-el asli"], ["Surat rekomendasi kepala desa bermeterai"])
    assert [line.kind for line in lines] == ["removed", "added"]
    assert diff_lines(["a", "b"], ["a", "b"]) == tuple(diff_lines(["a", "b"], ["a", "b"]))
    assert not any(d.changed for d in diff_standards(BASE, replace(BASE, sk_number="lain")))


def test_every_component_is_checked_with_a_message_in_indonesian() -> None:
    empty = StandardDraft(effective_date=None)
    _cleaned, errors = clean_standard(empty)
    required = {c.key for c in COMPONENTS if c.kind in ("list", "text")}
    assert required | {"effective_date", "sk_number", "duration"} == set(errors)
    assert errors["effective_date"] == "Tanggal berlaku wajib diisi."
    assert errors["facilities"] == "Sarana, prasarana, dan/atau fasilitas wajib diisi."
    cleaned, errors = clean_standard(replace(BASE, requirements=("  KTP-el   asli ", "", "Ijazah")))
    assert errors == {} and cleaned.requirements == ("KTP-el asli", "Ijazah")
    _, errors = clean_standard(replace(BASE, same_day=False, duration_days=3, duration_minutes=30))
    assert errors["duration"] == "Lama layanan dalam menit hanya untuk layanan yang selesai di hari yang sama."


@pytest.mark.parametrize(("cell", "fee"), [(0, 0), ("Gratis", 0), ("gratis / tidak dipungut biaya", 0),
                                          (15000, 15000), ("Rp15.000", 15000), ("Rp 15.000,00", 15000),
                                          (2500.0, 2500)])
def test_fee_cells_that_are_read(cell: object, fee: int) -> None:
    assert parse_fee(cell) == fee


@pytest.mark.parametrize("cell", ["sepuluh ribu", "-5", 12.5, "", None, "15.00", True])
def test_fee_cells_that_are_refused(cell: object) -> None:
    with pytest.raises(DomainError) as caught:
        parse_fee(cell)
    assert caught.value.field == "fee" and caught.value.message


def test_duration_date_and_list_cells() -> None:
    assert parse_days(3) == (False, 3) and parse_days("12 hari kerja") == (False, 12)
    assert parse_days(0) == (True, None) and parse_days("Hari yang sama") == (True, None)
    with pytest.raises(DomainError):
        parse_days("seminggu")
    assert parse_date("29-10-2025") == parse_date("2025-10-29") == parse_date("29/10/2025") == date(2025, 10, 29)
    with pytest.raises(DomainError):
        parse_date("10/29/2025")  # month first is never read as a date
    assert split_lines("1. KTP-el\n2) Ijazah\n- Pas foto 3×4\n\n• Surat 3 lembar") == (
        "KTP-el", "Ijazah", "Pas foto 3×4", "Surat 3 lembar")
