"""Migration 1901: the kecamatan 63.11.04 is "Batumandi" everywhere, as the kop and Kemendagri spell it.

A database seeded with the old spelling ("Batu Mandi") upgrades to the new one on SQLite and on
PostgreSQL: the intake list, the requests of visitors who live there and the register's search all
follow at once; a name the office chose itself is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from desk.store import migrations, walk_in
from desk.store.database import Database
from desk.store.requests import RegisterFilter, register_slice, request_detail
from tests.conftest import saved_walk_in

BEFORE = "1801_complaints"  # the schema as the release before this migration left it


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def migrate(db: Database, how: Callable[[Config, str], None], target: str) -> None:
    cfg = migrations.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        how(cfg, target)


def found(db: Database, typed: str) -> list[int]:
    return list(register_slice(db, RegisterFilter(text=typed), date.today()).ids)


def kecamatan_name(db: Database) -> str:
    return dict(walk_in.intake_form(db).kecamatan)["63.11.04"]


def test_the_seeded_spelling_becomes_batumandi_and_the_register_follows(db: Database) -> None:
    siti = saved_walk_in(db, "Siti Aminah", kecamatan_code="63.11.04", desa_code="63.11.04.2008")
    assert kecamatan_name(db) == "Batumandi"  # a new installation is seeded with it
    migrate(db, command.downgrade, BEFORE)
    assert kecamatan_name(db) == "Batu Mandi" and found(db, "batu mandi") == [siti.id]
    assert request_detail(db, siti.id).record.visitor_kecamatan == "Batu Mandi"

    migrate(db, command.upgrade, "heads")
    assert kecamatan_name(db) == "Batumandi"
    assert request_detail(db, siti.id).record.visitor_kecamatan == "Batumandi"
    assert found(db, "batumandi") == [siti.id] and found(db, "batu mandi") == []
    assert found(db, "mampari batumandi") == [siti.id]


def test_a_name_the_office_chose_is_kept(db: Database) -> None:
    migrate(db, command.downgrade, BEFORE)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE regions SET name = 'Batu Mandi Raya' WHERE code = '63.11.04'"))
    migrate(db, command.upgrade, "heads")
    assert kecamatan_name(db) == "Batu Mandi Raya"
    assert migrations.current_revisions(db) == migrations.head_revisions()
