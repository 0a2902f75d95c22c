"""Complaints register: complaints, their timeline and attachments, and the yearly number counter.

Revision ID: 1801_complaints
Revises: 0902
Create Date: 2026-12-02

The tables of desk.store.models_complaints. Nothing existing changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1801_complaints"
down_revision: str | Sequence[str] | None = "1601_survey"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    referred = target.split(".")[0]
    return sa.ForeignKeyConstraint([column], [target], name=op.f(f"fk_{table}_{column}_{referred}"),
                                   ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "complaint_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_complaint_counters")),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("lapor_id", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("received_by", sa.Integer(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("contact_consent", sa.Boolean(), nullable=False),
        sa.Column("visitor_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("verify_due", sa.Date(), nullable=False),
        sa.Column("respond_due", sa.Date(), nullable=False),
        sa.Column("complete_due", sa.Date(), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("responded_on", sa.Date(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        _fk("complaints", "received_by", "users.id"),
        _fk("complaints", "visitor_id", "visitors.id"),
        _fk("complaints", "unit_id", "units.id"),
        _fk("complaints", "service_id", "services.id"),
        _fk("complaints", "request_id", "service_requests.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("number", name=op.f("uq_complaints_number")),
        sa.UniqueConstraint("year", "seq", name="uq_complaints_year_seq"),
    )
    op.create_index("ix_complaints_received_on", "complaints", ["received_on"])
    op.create_index("ix_complaints_next_due", "complaints", ["next_due"])
    op.create_index("ix_complaints_status", "complaints", ["status"])
    op.create_index(op.f("ix_complaints_visitor_id"), "complaints", ["visitor_id"])
    op.create_index(op.f("ix_complaints_request_id"), "complaints", ["request_id"])

    op.create_table(
        "complaint_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("addressee", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("complaint_events", "complaint_id", "complaints.id", ondelete="CASCADE"),
        _fk("complaint_events", "user_id", "users.id"),
        _fk("complaint_events", "unit_id", "units.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
    )
    op.create_index(op.f("ix_complaint_events_complaint_id"), "complaint_events", ["complaint_id"])

    op.create_table(
        "complaint_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        _fk("complaint_attachments", "complaint_id", "complaints.id", ondelete="CASCADE"),
        _fk("complaint_attachments", "added_by", "users.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_attachments")),
    )
    op.create_index(op.f("ix_complaint_attachments_complaint_id"), "complaint_attachments", ["complaint_id"])


def downgrade() -> None:
    op.drop_table("complaint_attachments")
    op.drop_table("complaint_events")
    op.drop_table("complaints")
    op.drop_table("complaint_counters")
