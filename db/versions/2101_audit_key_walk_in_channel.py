"""Keyed audit trail and one spelling of the walk-in channel.

Revision ID: 2101
Revises: 0902
Create Date: 2027-01-11

The audit log gains `key_id` (which key an entry's hash is keyed with; None for the entries
written before, which keep their plain SHA-256 and stay valid) and `redaction` (set when
retention blanks the personal values of an entry, with a keyed proof that only that
happened). Data-subject requests received at the counter were stored as "loket" while
requests say "datang_langsung" for the same thing; they now say "datang_langsung" too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2101"
down_revision: str | Sequence[str] | None = "1503"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("audit_log")}
    with op.batch_alter_table("audit_log") as batch:
        if "key_id" not in present:
            batch.add_column(sa.Column("key_id", sa.String(16), nullable=True))
        if "redaction" not in present:
            batch.add_column(sa.Column("redaction", sa.String(90), nullable=True))
    op.execute("UPDATE subject_requests SET channel = 'datang_langsung' WHERE channel = 'loket'")


def downgrade() -> None:
    op.execute("UPDATE subject_requests SET channel = 'loket' WHERE channel = 'datang_langsung'")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("redaction")
        batch.drop_column("key_id")
