"""What the administration tests share: users of each role, walk-ins saved as the counter saves them,
and image files for the logo."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from PIL import Image

from desk.domain.nik import make_nik
from desk.domain.records import RequestRecord
from desk.store import admin
from desk.store.access import Actor
from desk.store.database import Database
from tests.conftest import saved_walk_in
from tests.factories import user_with_role

WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # Rabu 29 Oktober 2025, 09.00 WITA
TODAY = date(2025, 10, 29)


def user(db: Database, role: str, name: str = "") -> Actor:
    """A user of `role` ("admin", "petugas", ...); `db.as_user(it)` acts as them."""
    return user_with_role(db, role, name or f"Pengguna {role.title()}")


def service_id(db: Database, code: str) -> int:
    """A service by its code, active or not."""
    return next(s.id for s in admin.list_catalogue(db) if s.code == code)


def receive(db: Database, code: str, serial: int, when: datetime = WED, **fields: object) -> RequestRecord:
    """A walk-in with a complete file saved as the counter saves it (tests.conftest.saved_walk_in), at `when`."""
    fields.setdefault("nik", make_nik("631104", date(1990, 1, 2), "L", serial))
    return saved_walk_in(db, str(fields.pop("name", f"Pemohon {serial}")), code, now=when, **fields)


def image_bytes(fmt: str, size: tuple[int, int] = (120, 150), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (0, 110, 50) if mode == "RGB" else 0).save(out, fmt)
    return out.getvalue()
