"""The kecamatan 63.11.04 is "Batumandi", as Kemendagri and the office's own kop spell it.

Revision ID: 1901_region_names
Revises: 1801_complaints
Create Date: 2026-12-03

The regions seed spelt it "Batu Mandi" while the letterhead (and Kepmendagri 300.2.2-2138/2025)
says "Batumandi", so one receipt printed both. Only the seeded spelling is changed: an office that
renamed the kecamatan itself, or imported another list, keeps what it chose. Visitors refer to
regions by code, so every request follows at once; the search index follows through the region
rename triggers (1502) on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1901_region_names"
down_revision: str | Sequence[str] | None = "1801_complaints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (code, the seed's old spelling, Kemendagri's spelling)
RENAMED: tuple[tuple[str, str, str], ...] = (
    ("63.11.04", "Batu Mandi", "Batumandi"),
)

_RENAME = sa.text("UPDATE regions SET name = :new WHERE code = :code AND name = :old")


def upgrade() -> None:
    for code, old, new in RENAMED:
        op.get_bind().execute(_RENAME, {"code": code, "old": old, "new": new})


def downgrade() -> None:
    for code, old, new in RENAMED:
        op.get_bind().execute(_RENAME, {"code": code, "old": new, "new": old})
