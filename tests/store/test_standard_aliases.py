"""The names people use for a service ("kartu kuning", "AK1"): found by the look-up, edited with the standard."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from desk.domain.standard_rules import clean_aliases, contains_all, draft_of, search_words
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store import migrations, standards
from desk.store.access import ADMIN, OFFICER, AccessDenied
from desk.store.database import Database
from desk.store.models import AuditEntry, StandardVersion
from desk.store.work import Change
from tests.factories import user_with_role

ON = date(2025, 11, 3)


def as_user(db: Database, role: str) -> Database:
    return db.as_user(user_with_role(db, role, "Syifa Miratil Hayati" if role == ADMIN else "Rahmat Hidayat"))


def codes(db: Database, typed: str) -> list[str]:
    return [hit.entry.service.code for hit in standards.search_standards(db, typed, on=ON)]


def versions(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(StandardVersion)) or 0


def test_the_words_people_use_find_the_ak1_card(any_db: Database) -> None:
    for typed in ("kartu kuning", "AK1", "AK/1", "ak-1", "Kartu Kuning"):
        assert codes(any_db, typed)[0] == "P1", typed
    assert codes(any_db, "kartu kuning") == ["P1", "P2"]  # the renewal's aliases name the card too
    hit = standards.search_standards(any_db, "kartu kuning", on=ON)[0]
    aliases = next(m for m in hit.matches if m.label == "Nama lain")
    assert [aliases.text[a:b] for a, b in aliases.spans][:2] == ["kartu", "kuning"]


def test_ak_slash_1_no_longer_matches_every_service(any_db: Database) -> None:
    # Split into "ak" and "1" it matched "terakhir" and "1 lembar" in all nineteen standards.
    assert codes(any_db, "ak/1") == ["P1"]
    assert len(codes(any_db, "ak")) > 1  # a word on its own still finds it inside longer words


def test_search_words_keep_marks_inside_a_word() -> None:
    assert search_words("Kartu AK/1, ijazah; (KTP-el)") == ("ijazah", "kartu", "ktpel", "ak1")
    assert contains_all("Kartu AK/1", ("ak1",)) and contains_all("KTP-el asli", ("ktpel",))
    assert not contains_all("Ijazah terakhir 1 lembar", ("ak1",))


def test_aliases_are_cleaned_once_each_and_limited() -> None:
    assert clean_aliases(["kartu  kuning", "Kartu Kuning", " AK1 ", "", "AK/1"]) == (("kartu kuning", "AK1", "AK/1"), "")
    assert "terlalu panjang" in clean_aliases(["x" * 61])[1]
    assert "Paling banyak 20" in clean_aliases([f"nama {i}" for i in range(21)])[1]


def test_seeded_services_have_their_aliases(db: Database) -> None:
    entry = standards.service_by_code(db, "P1")
    assert entry.aliases[:3] == ("kartu kuning", "AK1", "AK/1")
    assert all(e.aliases for e in standards.list_entries(db))


def test_aliases_alone_are_saved_without_a_new_version_and_audited(db: Database) -> None:
    admin = as_user(db, ADMIN)
    p5 = standards.service_by_code(db, "P5").service.id
    latest = standards.latest_standard(db, p5)
    assert latest is not None
    before = versions(db)
    # The editor's draft: the same standard, today's date, no new SK number.
    draft = replace(draft_of(latest), effective_date=ON, sk_number="")
    done = standards.save_version(admin, p5, draft, ["PP perusahaan", "aturan kerja pabrik", "PP"])
    assert not done.value.new_version and done.value.record.version_no == latest.version_no
    assert done.value.aliases == ("PP perusahaan", "aturan kerja pabrik", "PP")
    assert Change.STANDARDS in done.changes and versions(db) == before
    assert codes(db, "aturan kerja pabrik") == ["P5"]
    with db.read() as session:
        logged = session.scalars(select(AuditEntry.details).where(AuditEntry.action == "standard.aliases")).one()
    assert logged == {"service": "P5", "aliases": [["PP perusahaan"], ["PP perusahaan", "aturan kerja pabrik", "PP"]]}


def test_a_new_version_keeps_its_aliases_and_unchanged_aliases_write_nothing(db: Database) -> None:
    admin = as_user(db, ADMIN)
    p6 = standards.service_by_code(db, "P6").service.id
    latest = standards.latest_standard(db, p6)
    assert latest is not None
    draft = replace(draft_of(latest), effective_date=ON, sk_number="188.4/201/DKUKMTK/2025", fee=0,
                    product=latest.product + " (diperbarui)")
    done = standards.save_version(admin, p6, draft, ["PKB"])
    assert done.value.new_version and done.value.aliases == ("PKB",)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "standard.aliases")) == 0
    # Nothing changed at all: refused, as before aliases.
    same = replace(draft_of(standards.latest_standard(db, p6)), sk_number="")  # type: ignore[arg-type]
    with pytest.raises(standards.InvalidStandard):
        standards.save_version(admin, p6, same, ["PKB"])


def test_bad_aliases_are_refused_next_to_the_field_and_a_petugas_may_not_change_them(db: Database) -> None:
    admin, officer = as_user(db, ADMIN), as_user(db, OFFICER)
    p7 = standards.service_by_code(db, "P7").service.id
    with pytest.raises(standards.InvalidStandard) as caught:
        standards.set_aliases(admin, p7, ["x" * 70])
    assert set(caught.value.errors) == {"aliases"}
    with pytest.raises(AccessDenied):
        standards.set_aliases(officer, p7, ["mediasi"])
    assert standards.set_aliases(admin, p7, ["mediasi", "Mediasi"]).value == ("mediasi",)
    assert standards.service_by_code(db, "P7").aliases == ("mediasi",)


def test_a_database_made_before_aliases_gets_the_shipped_ones_for_its_services(data_dir: Path) -> None:
    """Upgrading (1502_standard_aliases): the seeded services an office still has get their aliases; a renamed one keeps none."""
    path = data_dir / DATABASE_FILE
    db = open_database(default_database_url(data_dir), data_dir)
    cfg = migrations.alembic_config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "2101")  # the schema before aliases
    db.dispose()
    conn = sqlite3.connect(path)
    assert "service_aliases" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.execute("UPDATE services SET code = 'P1X' WHERE code = 'P1'")  # an office's own code: not ours to name
    conn.commit()
    conn.close()
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        assert standards.service_by_code(db, "P2").aliases[0] == "perpanjangan kartu kuning"
        assert standards.service_by_code(db, "P1X").aliases == ()
        assert codes(db, "ak1") == []
    finally:
        db.dispose()
