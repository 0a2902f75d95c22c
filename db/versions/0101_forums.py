"""Forums: participants with consent and attendance, standards discussed, notulen and berita acara.

Revision ID: 0101
Revises: 0002
Create Date: 2026-11-30

The `forums` table exists since 0001; this adds the tables of desk.store.models_forums.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0101"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _forum_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["forum_id"], ["forums.id"], name=op.f(f"fk_{table}_forum_id_forums"), ondelete="CASCADE"
    )


def _user_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"))


def upgrade() -> None:
    op.create_table(
        "forum_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("unsur", sa.String(length=30), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("consent_photo", sa.Boolean(), nullable=False),
        sa.Column("photo_purpose", sa.Text(), nullable=False),
        sa.Column("photo_consent_at", sa.DateTime(), nullable=True),
        sa.Column("photo_consent_by", sa.Integer(), nullable=True),
        sa.Column("consent_publication", sa.Boolean(), nullable=False),
        sa.Column("publication_purpose", sa.Text(), nullable=False),
        sa.Column("publication_consent_at", sa.DateTime(), nullable=True),
        sa.Column("publication_consent_by", sa.Integer(), nullable=True),
        sa.Column("invited", sa.Boolean(), nullable=False),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("checked_in_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        _forum_fk("forum_participants"),
        _user_fk("forum_participants", "photo_consent_by"),
        _user_fk("forum_participants", "publication_consent_by"),
        _user_fk("forum_participants", "checked_in_by"),
        _user_fk("forum_participants", "created_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_participants")),
    )
    op.create_index("ix_forum_participants_forum_name", "forum_participants", ["forum_id", "name_key"])
    op.create_index("ix_forum_participants_name_key", "forum_participants", ["name_key"])

    op.create_table(
        "forum_standards",
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        _forum_fk("forum_standards"),
        sa.ForeignKeyConstraint(
            ["service_id"], ["services.id"], name=op.f("fk_forum_standards_service_id_services")
        ),
        sa.PrimaryKeyConstraint("forum_id", "service_id", name=op.f("pk_forum_standards")),
    )

    op.create_table(
        "forum_agenda",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("time_text", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _forum_fk("forum_agenda"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_agenda")),
    )
    op.create_index("ix_forum_agenda_forum_position", "forum_agenda", ["forum_id", "position"])

    op.create_table(
        "forum_discussion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(length=200), nullable=False),
        sa.Column("unsur", sa.String(length=30), nullable=False),
        sa.Column("point", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        _forum_fk("forum_discussion"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_discussion")),
    )
    op.create_index("ix_forum_discussion_forum_position", "forum_discussion", ["forum_id", "position"])

    op.create_table(
        "forum_statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _forum_fk("forum_statements"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_statements")),
    )
    op.create_index("ix_forum_statements_forum_kind", "forum_statements", ["forum_id", "kind", "position"])

    op.create_table(
        "forum_reports",
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("ba_number", sa.String(length=120), nullable=False),
        sa.Column("ba_opening", sa.Text(), nullable=False),
        sa.Column("representative_name", sa.String(length=200), nullable=False),
        sa.Column("representative_role", sa.String(length=200), nullable=False),
        sa.Column("representative_institution", sa.String(length=300), nullable=False),
        sa.Column("minute_taker", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        _forum_fk("forum_reports"),
        _user_fk("forum_reports", "updated_by"),
        sa.PrimaryKeyConstraint("forum_id", name=op.f("pk_forum_reports")),
    )


def downgrade() -> None:
    op.drop_table("forum_reports")
    op.drop_index("ix_forum_statements_forum_kind", table_name="forum_statements")
    op.drop_table("forum_statements")
    op.drop_index("ix_forum_discussion_forum_position", table_name="forum_discussion")
    op.drop_table("forum_discussion")
    op.drop_index("ix_forum_agenda_forum_position", table_name="forum_agenda")
    op.drop_table("forum_agenda")
    op.drop_table("forum_standards")
    op.drop_index("ix_forum_participants_name_key", table_name="forum_participants")
    op.drop_index("ix_forum_participants_forum_name", table_name="forum_participants")
    op.drop_table("forum_participants")
