"""Is the office profile ready for official papers? Which fields are still stand-ins, and why."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date

import pytest

from desk.domain.office_rules import (
    FIELD_LABELS,
    gaps_summary,
    head_position_lines,
    is_placeholder,
    office_gaps,
    paper_draft_reasons,
    standard_decree,
)
from desk.domain.records import OfficeProfile, StandardRecord
from desk.paths import seed_dir


def seeded() -> OfficeProfile:
    data = json.loads((seed_dir() / "office.json").read_text(encoding="utf-8"))
    names = {f.name for f in fields(OfficeProfile)}
    return OfficeProfile(**{k: v for k, v in data.items() if k in names})


def ready() -> OfficeProfile:
    return replace(seeded(), phone="(0526) 2028123", head_name="Drs. H. AHMAD FAUZI RAHMAN, M.Si.",
                   head_nip="196805121994031007", head_rank="Pembina Utama Muda (IV/c)", logo=b"\x89PNG",
                   standards_decree_number="188.4/045/DKUKMTK/2025", standards_decree_date=date(2025, 10, 29))


@pytest.mark.parametrize("text", ["(0526) XXXXXXX", "19XXXXXX XXXXXX X XXX", "188.4/___/DKUKMTK/2025",
                                  "NAMA KEPALA DINAS", "……", "Nomor ....", "[nama kepala]", "<NIP>",
                                  "(0526) 2028xxx"])
def test_stand_ins_are_recognised(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["(0526) 2028123", "188.4/045/DKUKMTK/2025", "Drs. H. AHMAD FAUZI RAHMAN, M.Si.",
                                  "dkukmtk@balangankab.go.id", "Nama Kepala Seksi Pelayanan", ""])
def test_real_values_are_not(text: str) -> None:
    assert not is_placeholder(text)


def test_the_seeded_office_lists_every_stand_in_with_the_screens_label() -> None:
    gaps = {g.field: g for g in office_gaps(seeded())}
    assert set(gaps) == {"phone", "head_name", "head_nip", "head_rank", "logo", "standards_decree_number",
                         "standards_decree_date"}
    assert gaps["phone"].problem == "masih isian contoh" and gaps["phone"].label == "Telepon"
    assert gaps["head_rank"].problem == "belum diisi"
    assert gaps["logo"].text == "Logo (lambang daerah): belum dipasang"
    assert all(g.label == FIELD_LABELS[g.field] for g in gaps.values())
    summary = gaps_summary(office_gaps(seeded()))
    assert summary.startswith("Profil kantor belum lengkap untuk cetak resmi: ") and "NIP kepala kantor" in summary


def test_a_filled_in_office_has_no_gaps() -> None:
    assert office_gaps(ready()) == () and gaps_summary(()) == ""


def test_a_nip_that_is_not_one_is_a_gap_and_an_optional_field_only_when_it_holds_a_stand_in() -> None:
    gaps = office_gaps(replace(ready(), head_nip="1968051219940310", service_pic_nip="", website=""))
    assert [(g.field, g.problem) for g in gaps] == [("head_nip", "NIP terdiri dari 18 angka (terisi 16), "
                                                                 "mis. 19680512 199403 1 007.")]
    assert [g.field for g in office_gaps(replace(ready(), email="xxx@balangankab.go.id"))] == ["email"]


def _standard(sk: str) -> StandardRecord:
    return StandardRecord(1, 1, 2, date(2026, 1, 5), sk, None, True, None, 15, 0, "Kartu", (), (), (), ())


def test_a_standard_cites_its_own_decree_or_the_offices() -> None:
    office = ready()
    own = standard_decree(_standard("188.4/101/DKUKMTK/2026"), office)
    assert (own.number, own.issued, own.complete) == ("188.4/101/DKUKMTK/2026", date(2026, 1, 5), True)
    for stand_in in ("188.4/___/DKUKMTK/2025", ""):
        decree = standard_decree(_standard(stand_in), office)
        assert (decree.number, decree.issued, decree.complete) == ("188.4/045/DKUKMTK/2025", date(2025, 10, 29), True)
    unknown = standard_decree(_standard("188.4/___/DKUKMTK/2025"), seeded())
    assert not unknown.complete


def test_why_a_paper_is_a_konsep_is_said_once_per_cause() -> None:
    """The profile's gaps in one sentence (the decree named there, not again); a ready office whose
    decree stands in for a standard's stand-in SK has nothing to say."""
    stand_in = _standard("188.4/___/DKUKMTK/2025")
    reasons = paper_draft_reasons(seeded(), [stand_in])
    assert len(reasons) == 1 and "Telepon" in reasons[0] and "Nomor keputusan" in reasons[0]
    assert paper_draft_reasons(ready(), [stand_in]) == []
    assert paper_draft_reasons(ready(), [_standard("188.4/101/DKUKMTK/2026")]) == []


def test_the_heads_full_jabatan() -> None:
    assert head_position_lines(ready()) == (
        "KEPALA DINAS KOPERASI, USAHA KECIL MENENGAH DAN TENAGA KERJA KABUPATEN BALANGAN",)
    badan = replace(ready(), head_title="Kepala Badan", office_name="Badan Pendapatan Daerah")
    assert head_position_lines(badan) == ("KEPALA BADAN PENDAPATAN DAERAH KABUPATEN BALANGAN",)
    own = replace(ready(), head_position="Kepala Dinas Koperasi, UKM dan Tenaga Kerja\nKabupaten Balangan")
    assert head_position_lines(own) == ("Kepala Dinas Koperasi, UKM dan Tenaga Kerja", "Kabupaten Balangan")
