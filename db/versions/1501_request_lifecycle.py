"""A request after it is saved: its file completed later, due dates from a complete file, who collected it.

Revision ID: 1501
Revises: 0902
Create Date: 2026-12-03

service_requests gains
- completed_on: the office day the last mandatory document came in (NULL: not complete yet);
- due_from: the day the due date counts from (NULL on older rows: the day received);
- awaiting_documents: the due date waits for a complete file (an estimate until then; not overdue);
- collected_by ("pemohon" | "kuasa"), collector_name and product_number, recorded with Selesai.

services gains time_from_complete: the standard's time counts from a complete file (on by default).
Older requests keep their due dates: they are recomputed only when their file or service changes.
ALTER TABLE ADD COLUMN on both databases: no table is rebuilt, the search triggers stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1501"
down_revision: str | Sequence[str] | None = "0902"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

def _request_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("due_from", sa.Date(), nullable=True),
        sa.Column("awaiting_documents", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("collected_by", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("collector_name", sa.String(length=300), nullable=False, server_default=""),
        sa.Column("product_number", sa.String(length=100), nullable=False, server_default=""),
    ]


def upgrade() -> None:
    # Only what is missing: a restored backup may carry an older version mark on a newer schema.
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("service_requests")}
    for column in _request_columns():
        if column.name not in have:
            op.add_column("service_requests", column)
    if "time_from_complete" not in {c["name"] for c in inspector.get_columns("services")}:
        op.add_column("services", sa.Column("time_from_complete", sa.Boolean(), nullable=False,
                                            server_default=sa.true()))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN on both (SQLite 3.35+): a batch copy of service_requests would trip over
    # the foreign keys and the search triggers that name the table.
    drops = [("services", "time_from_complete")] + [("service_requests", c.name) for c in reversed(_request_columns())]
    for table, column in drops:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
