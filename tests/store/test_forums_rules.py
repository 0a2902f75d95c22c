"""The pure rules of the forums area (desk.domain.forum_rules): unsur, sorting, search, import rows, wording."""

from __future__ import annotations

import pytest

from desk.domain.errors import DomainError
from desk.domain.forum_rules import (
    ParticipantDraft,
    ParticipantRecord,
    check_import,
    clean_participant,
    matches,
    parse_sex,
    parse_unsur,
    sheet_phone,
    sort_participants,
    spell_number,
)


@pytest.mark.parametrize(("typed", "code"), [
    ("UMKM", "pelaku_usaha"), ("Pelaku Usaha / UMKM", "pelaku_usaha"), ("media massa", "media"),
    ("Tokoh Agama", "tokoh"), ("LSM", "lsm"), ("instansi pemerintah", "instansi"), ("Akademisi", "akademisi"),
    (" internal ", "internal"), ("Koperasi", "koperasi"), ("masyarakat", "masyarakat"),
])
def test_unsur_is_read_from_how_lists_write_it(typed: str, code: str) -> None:
    assert parse_unsur(typed) == code


def test_unknown_unsur_and_sex_say_what_is_allowed() -> None:
    with pytest.raises(DomainError, match="Pilih salah satu"):
        parse_unsur("pejabat")
    assert (parse_sex("Perempuan"), parse_sex("laki-laki"), parse_sex("")) == ("P", "L", "")
    with pytest.raises(DomainError, match=r"L .* atau P"):
        parse_sex("X")


def test_participant_is_normalised_and_consent_gets_its_purpose() -> None:
    cleaned, errors = clean_participant(ParticipantDraft("  Siti   Aminah ", "UMKM", phone="0812 3456 7890",
                                                         consent_photo=True))
    assert errors == {}
    assert (cleaned.name, cleaned.unsur, cleaned.phone) == ("Siti Aminah", "pelaku_usaha", "+6281234567890")
    assert cleaned.photo_purpose and cleaned.publication_purpose == ""
    _cleaned, errors = clean_participant(ParticipantDraft("", "x", phone="12"))
    assert set(errors) == {"name", "unsur", "phone"}


def test_sorting_by_unsur_follows_the_list_order_then_name_ignoring_case_and_accents() -> None:
    people = [ParticipantRecord(1, 1, "zainal", "internal"), ParticipantRecord(2, 1, "Édi", "masyarakat"),
              ParticipantRecord(3, 1, "Budi", "masyarakat"), ParticipantRecord(4, 1, "Ani", "media")]
    assert [p.name for p in sort_participants(people)] == ["Budi", "Édi", "Ani", "zainal"]
    assert [p.name for p in sort_participants(people, "name")] == ["Ani", "Budi", "Édi", "zainal"]


def test_check_in_search_matches_word_starts_of_name_and_institution() -> None:
    p = ParticipantRecord(1, 1, "Hj. Masliani Rahman", "koperasi", "Koperasi Tani Sanggam")
    assert matches(p, "masl") and matches(p, "rah tani") and matches(p, "")
    assert not matches(p, "ani") and not matches(p, "masl budi")


def test_phone_reaches_the_sheet_only_with_consent() -> None:
    p = ParticipantRecord(1, 1, "A", "media", phone="+6281234567890", consent_publication=True)
    assert sheet_phone(p) == "0812-3456-7890"
    assert sheet_phone(ParticipantRecord(1, 1, "A", "media", phone="+6281234567890")) == ""


def test_import_check_reports_duplicates_within_the_file() -> None:
    check = check_import(["Nama", "Unsur", "Instansi"], [
        (2, ["Ahmad Fauzi", "akademisi", "Politeknik"]), (3, ["", "", ""]), (4, ["AHMAD fauzi", "media", "politeknik"]),
    ])
    assert [line for line, _ in check.rows] == [2]
    assert [(p.row, p.message) for p in check.problems] == [(4, "Ganda: orang yang sama sudah ada di baris 2.")]


@pytest.mark.parametrize(("n", "words"), [
    (1, "satu"), (11, "sebelas"), (19, "sembilan belas"), (29, "dua puluh sembilan"), (100, "seratus"),
    (110, "seratus sepuluh"), (1000, "seribu"), (2025, "dua ribu dua puluh lima"), (2026, "dua ribu dua puluh enam"),
])
def test_numbers_in_words_for_the_berita_acara(n: int, words: str) -> None:
    assert spell_number(n) == words
