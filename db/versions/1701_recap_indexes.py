"""Recap indexes: the requests received in a period, grouped by service, status, unit, channel and officer.

Revision ID: 1701_recap_indexes
Revises: 1801_complaints
Create Date: 2026-12-03

One covering index on (received_at, service_id, status, unit_id, channel, received_by): the recap's
GROUP BY queries over a period read it alone, without visiting the table's rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "1701_recap_indexes"
down_revision: str | Sequence[str] | None = "1801_complaints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["received_at", "service_id", "status", "unit_id", "channel", "received_by"]


def upgrade() -> None:
    op.create_index("ix_service_requests_recap", "service_requests", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_service_requests_recap", table_name="service_requests")
