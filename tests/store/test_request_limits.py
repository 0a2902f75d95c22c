"""Every text of a request and its visitor has one limit: the same in the form, the store and the schema."""

from __future__ import annotations

import pytest
from sqlalchemy import String, Text, text

from desk.domain.intake import (
    MAX_ADDRESS,
    MAX_NAME,
    MAX_NOTES,
    MAX_ORGANISATION,
    MAX_REGION_TEXT,
    TEXT_LIMITS,
)
from desk.store.database import Database
from desk.store.errors import DataRejected
from desk.store.models import ServiceRequest, Visitor
from desk.store.requests import InvalidRequest
from tests.conftest import saved_walk_in


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_db


@pytest.mark.parametrize(("field", "key", "limit", "message"), [
    ("name", "name", MAX_NAME, "Nama terlalu panjang (maksimal 300 huruf)."),
    ("organisation", "organisation", MAX_ORGANISATION, "Nama organisasi terlalu panjang (maksimal 300 huruf)."),
    ("region_text", "region", MAX_REGION_TEXT, "Daerah asal terlalu panjang (maksimal 200 huruf)."),
    ("address", "address", MAX_ADDRESS, "Alamat terlalu panjang (maksimal 2000 huruf)."),
    ("notes", "notes", MAX_NOTES, "Catatan terlalu panjang (maksimal 2000 huruf)."),
])
def test_one_character_too_many_is_refused_in_indonesian_at_the_field(
    db: Database, field: str, key: str, limit: int, message: str
) -> None:
    values = {"name": "Siti Aminah", field: "x" * limit}
    assert saved_walk_in(db, **values).id  # the limit itself is fine
    values[field] = "x" * (limit + 1)
    with pytest.raises(InvalidRequest) as info:
        saved_walk_in(db, **values)
    assert info.value.errors == {key: message}


def test_the_schema_refuses_what_the_store_would_on_both_databases(db: Database) -> None:
    """A path that skips the store (another program, a hand-written script) meets the same limits."""
    rec = saved_walk_in(db, "Siti Aminah", notes="awal")
    too_long = {
        "UPDATE visitors SET organisation = :v WHERE id = :id": "K" * (MAX_ORGANISATION + 1),
        "UPDATE visitors SET region_text = :v WHERE id = :id": "R" * (MAX_REGION_TEXT + 1),
        "UPDATE visitors SET address = :v WHERE id = :id": "A" * (MAX_ADDRESS + 1),
        "UPDATE service_requests SET notes = :v WHERE id = :id": "N" * (MAX_NOTES + 1),
    }
    for statement, value in too_long.items():
        ids = {"id": rec.visitor_id if "visitors" in statement else rec.id}
        with pytest.raises(DataRejected), db.write() as s:  # said in Indonesian, nothing kept
            s.execute(text(statement), {"v": value, **ids})
    with db.write() as s:  # at the limit, and an update of another column, pass
        s.execute(text("UPDATE visitors SET organisation = :v WHERE id = :id"),
                  {"v": "K" * MAX_ORGANISATION, "id": rec.visitor_id})
        s.execute(text("UPDATE service_requests SET channel = 'telepon' WHERE id = :id"), {"id": rec.id})


def test_the_models_name_the_same_limits() -> None:
    columns = {"name": Visitor.name, "organisation": Visitor.organisation, "region_text": Visitor.region_text}
    for field, column in columns.items():
        assert isinstance(column.type, String) and column.type.length == TEXT_LIMITS[field], field
    assert isinstance(Visitor.address.type, Text) and isinstance(ServiceRequest.notes.type, Text)  # CHECK: 1503
