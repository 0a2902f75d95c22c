"""Search finds what officers type: apostrophes and accents folded, desa and kecamatan names, on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from desk.domain.nik import make_nik
from desk.store.database import Database
from desk.store.request_changes import RequestCorrection, correct_request
from desk.store.requests import RegisterFilter, register_count, register_slice
from desk.store.search import search_terms
from tests.conftest import saved_walk_in


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


def found(db: Database, typed: str) -> list[int]:
    return list(register_slice(db, RegisterFilter(text=typed), date.today()).ids)


def test_apostrophes_fold_inside_a_word() -> None:
    assert search_terms("Ma'ruf") == ["maruf"]
    assert search_terms("ma’ruf s.pd") == ["maruf", "s", "pd"]
    assert search_terms("' OR 1=1 --") == ["or", "1", "1"]  # quotes around words are no words


def test_names_are_found_without_their_apostrophes_and_accents(db: Database) -> None:
    maruf = saved_walk_in(db, "H. Muhammad Ma'ruf, S.Pd.", nik=make_nik("630902", date(1980, 1, 1), "L", 1))
    sukri = saved_walk_in(db, "Šukri Ğazali", organisation="Toko Ma’mur Jaya")
    others = saved_walk_in(db, "Mariam Rufaidah")
    for typed in ("maruf", "Ma'ruf", "MA'RUF", "ma ruf", "muhammad maruf"):
        assert maruf.id in found(db, typed), typed
    assert others.id not in found(db, "maruf")
    for typed in ("sukri", "Šukri", "gazali", "mamur", "ma'mur jaya"):
        assert found(db, typed) == [sukri.id], typed
    assert register_count(db, RegisterFilter(text="maruf"), date.today()).total == 1


def test_desa_kecamatan_and_the_region_of_a_visitor_from_outside_are_searchable(db: Database) -> None:
    mampari = saved_walk_in(db, "Siti Aminah", kecamatan_code="63.11.04", desa_code="63.11.04.2008")
    outside = saved_walk_in(db, "Yusuf Hamdani", region_text="Kab. Tabalong, Kec. Murung Pudak")
    assert found(db, "mampari") == [mampari.id]
    assert found(db, "batumandi") == [mampari.id]
    assert found(db, "siti mampari") == [mampari.id]
    assert found(db, "murung pudak") == [outside.id]

    # A corrected region follows into the index; so does a renamed desa.
    moved = correct_request(db, mampari.id, replace(RequestCorrection.of(mampari), kecamatan_code="63.11.01",
                                                    desa_code="")).value
    assert found(db, "mampari") == [] and found(db, moved.visitor_kecamatan.split()[0]) == [mampari.id]
    correct_request(db, mampari.id, replace(RequestCorrection.of(moved), kecamatan_code="63.11.04",
                                            desa_code="63.11.04.2008"))
    with db.write() as s:  # an admin renames the desa (the regions screen's own operation writes the same row)
        s.execute(text("UPDATE regions SET name = 'Mampari Baru' WHERE code = '63.11.04.2008'"))
    assert found(db, "mampari baru") == [mampari.id]
