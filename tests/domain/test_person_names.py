"""Names sort by the name itself: titles before it and degrees after it count for nothing."""

from __future__ import annotations

import pytest

from desk.domain.forum_rules import ParticipantRecord, sort_participants
from desk.domain.person_names import bare_name, name_sort_key


@pytest.mark.parametrize(("name", "bare"), [
    ("Hj. Masliani", "Masliani"),
    ("Dr. Hj. Masliani Susanti", "Masliani Susanti"),
    ("Drs. H. AHMAD FAUZI RAHMAN, M.Si.", "AHMAD FAUZI RAHMAN"),
    ("H. Muhammad Ma'ruf, S.Pd.", "Muhammad Ma'ruf"),
    ("K.H. Ahmad Dahlan", "Ahmad Dahlan"),
    ("Prof. Dr. Ir. H. Muhammad Ali, M.Sc., Ph.D.", "Muhammad Ali"),
    ("Dr Ir H Ahmad", "Ahmad"),
    ("Ns. Fitri, S.Kep.", "Fitri"),
    ("dr. Rina, Sp.A", "Rina"),
    ("AHMAD, SE, MM", "AHMAD"),
    ("Rahmadi", "Rahmadi"),
    ("Hajah", "Hajah"),  # a title alone is the name
])
def test_bare_name(name: str, bare: str) -> None:
    assert bare_name(name) == bare


def test_hajah_masliani_sorts_under_m() -> None:
    names = ["Ir. Zainal", "Hj. Masliani", "Dr. Hj. Masliani Susanti", "Budi", "H. Ahmad Yani, S.E."]
    assert sorted(names, key=name_sort_key) == ["H. Ahmad Yani, S.E.", "Budi", "Hj. Masliani",
                                                 "Dr. Hj. Masliani Susanti", "Ir. Zainal"]
    people = [ParticipantRecord(i, 1, name, "masyarakat") for i, name in enumerate(names)]
    assert [p.name for p in sort_participants(people, "name")] == sorted(names, key=name_sort_key)
