"""Merge the area branches (forums, accounts, PostgreSQL search) into one line.

Revision ID: 0900
Revises: 0101, 0201, 0401
Create Date: 2026-11-28

The areas were built in parallel, each branching from 0002; from here on the
schema has a single head again and new revisions follow this one.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0900"
down_revision: str | Sequence[str] | None = ("0101", "0201", "0401")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
