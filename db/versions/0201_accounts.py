"""Personal data: consents with their purpose, and data-subject requests.

Revision ID: 0201
Revises: 0002
Create Date: 2026-11-30

Users and the audit log already exist (0001); this adds the two tables of
desk.store.models_accounts. Settings of the area (idle-lock minutes, the last
retention run) are rows of the existing `settings` table, written when first set.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0201"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visitor_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=30), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["visitor_id"], ["visitors.id"], name=op.f("fk_consents_visitor_id_visitors")),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"], name=op.f("fk_consents_recorded_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index("ix_consents_visitor_purpose", "consents", ["visitor_id", "purpose", "id"], unique=False)

    op.create_table(
        "subject_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visitor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("completed_by", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitors.id"], name=op.f("fk_subject_requests_visitor_id_visitors")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_subject_requests_recorded_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["completed_by"], ["users.id"], name=op.f("fk_subject_requests_completed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_requests")),
    )
    op.create_index(op.f("ix_subject_requests_visitor_id"), "subject_requests", ["visitor_id"], unique=False)
    op.create_index("ix_subject_requests_open", "subject_requests", ["completed_at", "due_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_subject_requests_open", table_name="subject_requests")
    op.drop_index(op.f("ix_subject_requests_visitor_id"), table_name="subject_requests")
    op.drop_table("subject_requests")
    op.drop_index("ix_consents_visitor_purpose", table_name="consents")
    op.drop_table("consents")
