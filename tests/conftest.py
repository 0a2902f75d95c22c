"""Shared fixtures: a real SQLite file per test, copied from a template migrated once per session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# This PC's settings (the language the command line follows, desk.cli.speech) are never the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="desk-test-config-")

from desk.domain.records import RequestRecord
from desk.paths import DATABASE_FILE, default_database_url
from desk.safety.opening import open_database
from desk.store.database import Database

atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], True)

# Speed is measured in `make bench`, never here: Hypothesis' default 200 ms deadline per example would
# fail a correct property on a loaded machine.
settings.register_profile("desk", deadline=None)
settings.load_profile("desk")


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose database is migrated and seeded once for the whole session."""
    folder = tmp_path_factory.mktemp("template")
    db = open_database(default_database_url(folder), folder)
    db.dispose()
    return folder


@pytest.fixture
def data_dir(template_data_dir: Path, tmp_path: Path) -> Path:
    """A fresh data folder holding a copy of the seeded template database."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(template_data_dir / DATABASE_FILE, folder / DATABASE_FILE)
    return folder


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(default_database_url(data_dir), data_dir)
    yield database
    database.dispose()


# --- PostgreSQL ----------------------------------------------------------------------------------

_pg_counter = iter(range(1_000_000))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """The session's own PostgreSQL 15 server. Under CI=true a server that cannot start fails the run."""
    from tests.pgserver import PgServer, PgUnavailable

    try:
        server = PgServer().start()
    except PgUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL test server could not start: {exc}")
        pytest.skip(f"PostgreSQL not available here: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: object) -> str:
    """A database migrated and seeded once; tests get clones of it."""
    server = pg_server  # type: ignore[assignment]
    url = server.create_database("desk_template")  # type: ignore[attr-defined]
    database = open_database(url)
    database.dispose()
    return "desk_template"


@pytest.fixture
def pg_data_dir(tmp_path: Path) -> Path:
    """The counter's own data folder beside a server database: its audit key lives there."""
    folder = tmp_path / "pg-data"
    folder.mkdir()
    return folder


@pytest.fixture
def pg_db(pg_server: object, pg_template: str, pg_data_dir: Path) -> Iterator[Database]:
    server = pg_server
    name = f"desk_test_{os.getpid()}_{next(_pg_counter)}"
    url = server.create_database(name, template=pg_template)  # type: ignore[attr-defined]
    database = open_database(url, pg_data_dir)
    yield database
    database.dispose()
    server.drop_database(name)  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same store test on SQLite and on PostgreSQL."""
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")


# --- requests as the counter makes them ------------------------------------------------------------


def service_id_of(db: Database, code: str) -> int:
    """The id of the active service with `code` ("P1"), as the intake form lists it."""
    key = (db.url, code)
    if key not in _SERVICE_IDS:
        from desk.store import walk_in

        _SERVICE_IDS[key] = next(s.id for s in walk_in.intake_form(db).services if s.code == code)
    return _SERVICE_IDS[key]


COMPLETE_FILE = (True,) * 30  # more ticks than any checklist has: every document received

# Every test database is a copy of one seeded template, so a code names the same service id in each.
_SERVICE_IDS: dict[tuple[str, str], int] = {}


def saved_walk_in(db: Database, name: str = "Siti Aminah", service: str = "P1", *, now: datetime | None = None,
                  consents: dict[str, bool] | None = None, allow_duplicate: bool = True,
                  **fields: object) -> RequestRecord:
    """A walk-in saved through the operation the counter uses (`save_walk_in`); its request record.

    `fields` are further RequestDraft fields (nik, phone, address, documents_received, ...);
    `service` is a service code. The file is complete (every document ticked) unless
    `documents_received` says otherwise. Use it instead of `create_request(session, ...)` in tests.
    """
    from desk.domain.intake import RequestDraft
    from desk.store.walk_in import save_walk_in

    fields.setdefault("documents_received", COMPLETE_FILE)

    draft = RequestDraft(service_id=service_id_of(db, service), name=name, **fields)  # type: ignore[arg-type]
    return save_walk_in(db, draft, consents, now=now, allow_duplicate=allow_duplicate).value.request


