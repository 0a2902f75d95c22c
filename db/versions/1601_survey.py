"""Survei Kepuasan Masyarakat: anonymous responses with their answers by unsur key, and the follow-up.

Revision ID: 1601_survey
Revises: 0902
Create Date: 2026-12-02

Adds the tables of desk.store.models_survey. A response keeps no request id, name, NIK, phone,
time of day or officer: the survey is anonymous.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1601_survey"
down_revision: str | Sequence[str] | None = "1401"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNSUR_KEYS = ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana")


def upgrade() -> None:
    # Idempotent, like the area migrations before it: a database whose version table was set back
    # (an old backup rewritten by hand, a test of the upgrade path) may already hold these tables.
    inspector = sa.inspect(op.get_bind())
    tables = set(inspector.get_table_names())
    if "survey_responses" not in tables:
        _create_responses()
    if "survey_followups" not in tables:
        _create_followups()
    if "ix_service_requests_status_closed" not in {i["name"] for i in inspector.get_indexes("service_requests")}:
        # The population of a period: requests completed (Selesai) between two moments.
        op.create_index("ix_service_requests_status_closed", "service_requests", ["status", "closed_at"])


def _create_responses() -> None:
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("surveyed_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("age", sa.SmallInteger(), nullable=True),
        sa.Column("education", sa.String(length=10), nullable=False),
        sa.Column("job", sa.String(length=10), nullable=False),
        *(sa.Column(key, sa.SmallInteger(), nullable=True) for key in UNSUR_KEYS),
        *(sa.CheckConstraint(f"{key} BETWEEN 1 AND 4", name=op.f(f"ck_survey_responses_{key}_score"))
          for key in UNSUR_KEYS),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"], name=op.f("fk_survey_responses_service_id_services")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_survey_responses_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
    )
    op.create_index("ix_survey_responses_surveyed_on", "survey_responses", ["surveyed_on"])
    op.create_index("ix_survey_responses_unit_day", "survey_responses", ["unit_id", "surveyed_on"])
    op.create_index("ix_survey_responses_service_day", "survey_responses", ["service_id", "surveyed_on"])


def _create_followups() -> None:
    op.create_table(
        "survey_followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("unsur", sa.String(length=20), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("schedule", sa.String(length=100), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("forum_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_survey_followups_unit_id_units")),
        sa.ForeignKeyConstraint(["forum_id"], ["forums.id"], name=op.f("fk_survey_followups_forum_id_forums"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_survey_followups_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_followups")),
    )
    op.create_index("ix_survey_followups_period", "survey_followups", ["period", "unit_id"])


def downgrade() -> None:
    op.drop_index("ix_service_requests_status_closed", table_name="service_requests")
    op.drop_index("ix_survey_followups_period", table_name="survey_followups")
    op.drop_table("survey_followups")
    op.drop_index("ix_survey_responses_service_day", table_name="survey_responses")
    op.drop_index("ix_survey_responses_unit_day", table_name="survey_responses")
    op.drop_index("ix_survey_responses_surveyed_on", table_name="survey_responses")
    op.drop_table("survey_responses")
